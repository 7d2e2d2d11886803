//! Weak references (`weakref.ref`, `weakref.proxy`).
//!
//! A side table maps each weakly referenced object to its weak references,
//! so objects need no extra field; deallocation consults the table only
//! while weak references exist at all. When the referent dies every weak
//! reference to it is cleared, then the callbacks run in list order (newest first), as in
//! CPython.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{CmpOp, Layout, type_ref};
use crate::value::Value;
use crate::{PyResult, args, err, ops, str as pstr};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A weak reference or proxy.
#[repr(C)]
pub struct WeakRefObj {
    /// Header.
    pub ob: ObjHeader,
    /// The referent, null once it died.
    pub referent: Cell<*mut ObjHeader>,
    /// The callback, or NULL.
    pub callback: Value,
    /// Cached hash (-1 = not computed).
    pub hash: Cell<i64>,
}

thread_local! {
    static TABLE: RefCell<HashMap<usize, Vec<*mut WeakRefObj>>> = RefCell::new(HashMap::new());
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static EXTRA_TYPES: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Lets instances of builtin type `t` (and its subclasses) be weakly
/// referenced, as CPython types with a `tp_weaklistoffset` (used by
/// native modules for their types: `deque`, `array`, `Struct`, ...).
pub fn allow_weakrefs(t: *mut crate::types::TypeObject) {
    EXTRA_TYPES.with(|e| e.borrow_mut().push(t as usize));
}

/// Does any weak reference point at `p`?
#[inline]
pub fn has_weakrefs(p: *mut ObjHeader) -> bool {
    LIVE.with(|l| l.get()) != 0 && TABLE.with(|t| t.borrow().contains_key(&(p as usize)))
}

/// The oldest live weak reference to `obj`, if any.
pub fn first_ref(obj: &Value) -> Option<Value> {
    if !obj.is_ptr() {
        return None;
    }
    TABLE.with(|t| {
        t.borrow()
            .get(&(obj.as_ptr() as usize))
            .and_then(|v| v.first().copied())
            .map(|w| {
                // SAFETY: registered weakrefs are live (they unregister on death).
                unsafe { Value::from_borrowed_ptr(w as *mut ObjHeader) }
            })
    })
}

/// Clears the weak references to a dying object and runs their callbacks.
pub fn clear_weakrefs(p: *mut ObjHeader) {
    let refs = TABLE
        .with(|t| t.borrow_mut().remove(&(p as usize)))
        .unwrap_or_default();
    let mut callbacks = Vec::new();
    for &w in refs.iter() {
        // SAFETY: registered weakrefs are live (they unregister on death).
        unsafe {
            (*w).referent.set(std::ptr::null_mut());
            if !(*w).callback.is_null() {
                callbacks.push((
                    Value::from_borrowed_ptr(w as *mut ObjHeader),
                    (*w).callback.clone(),
                ));
            }
        }
    }
    for (wr, cb) in callbacks {
        if let Err(e) = ops::call(&cb, std::slice::from_ref(&wr), &[]) {
            crate::exceptions::write_unraisable(&e, &cb);
        }
    }
}

fn can_weakref(v: &Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    let t = type_ref(v);
    let types = &rt().types;
    let ty = type_of(v);
    // a user class is weakly referenceable when it or a base added a
    // `__weakref__` slot (not for variable-size bases, as in CPython)
    (t.is_heap()
        && !matches!(t.layout, Layout::Long | Layout::Tuple | Layout::Str)
        && crate::types::lookup_str(ty, "__weakref__").is_some())
        || matches!(
            t.layout,
            Layout::Set | Layout::ClassicInstance | Layout::ClassicClass | Layout::Type
        )
        || ty == types.function
        || ty == types.generator
        || ty == types.method
        || ty == types.file
        || ty == types.code
        || EXTRA_TYPES.with(|e| {
            e.borrow()
                .iter()
                .any(|&x| crate::types::is_subtype(ty, x as *mut crate::types::TypeObject))
        })
}

/// `weakref.ref(obj[, callback])` (and proxies, by `ty`).
pub fn new_ref(
    ty: *mut crate::types::TypeObject,
    obj: &Value,
    callback: Option<Value>,
) -> PyResult {
    if !can_weakref(obj) {
        return Err(err::type_error_of(
            "cannot create weak reference to '%s' object",
            obj,
        ));
    }
    let p = obj.as_ptr();
    let callback = callback.filter(|c| !c.is_none());
    let t = &rt().types;
    let basic = ty == t.weakref || ty == t.weakproxy || ty == t.weakcallableproxy;
    let shared = callback.is_none() && basic;
    if shared {
        // basic references without callback are shared
        let existing = TABLE.with(|t| {
            t.borrow().get(&(p as usize)).and_then(|v| {
                v.iter()
                    .copied()
                    .find(|&w| unsafe { (*w).callback.is_null() && (*w).ob.ty == ty })
            })
        });
        if let Some(w) = existing {
            // SAFETY: registered weakrefs are live.
            return Ok(unsafe { Value::from_borrowed_ptr(w as *mut ObjHeader) });
        }
    }
    // SAFETY: WeakRefObj matches the weakref layouts.
    let v = unsafe {
        new_object(
            ty,
            WeakRefObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                referent: Cell::new(p),
                callback: callback.unwrap_or(Value::NULL),
                hash: Cell::new(-1),
            },
        )
    };
    let w = v.as_ptr() as *mut WeakRefObj;
    // CPython's list order: the basic ref, the basic proxy, then the
    // others, newest first
    let is_basic = |w: *mut WeakRefObj, proxy: bool| {
        // SAFETY: registered weakrefs are live.
        let (ty, cb) = unsafe { ((*w).ob.ty, (*w).callback.is_null()) };
        cb && if proxy {
            ty == t.weakproxy || ty == t.weakcallableproxy
        } else {
            ty == t.weakref
        }
    };
    TABLE.with(|tb| {
        let mut tb = tb.borrow_mut();
        let list = tb.entry(p as usize).or_default();
        let pos = if shared && ty == t.weakref {
            0
        } else {
            let mut pos = usize::from(list.first().is_some_and(|&x| is_basic(x, false)));
            if !shared && list.get(pos).is_some_and(|&x| is_basic(x, true)) {
                pos += 1;
            }
            pos
        };
        list.insert(pos, w);
    });
    LIVE.with(|l| l.set(l.get() + 1));
    Ok(v)
}

fn wobj(v: &Value) -> &WeakRefObj {
    // SAFETY: callers pass weak references.
    unsafe { &*(v.as_ptr() as *const WeakRefObj) }
}

/// The referent, or None if it died.
pub fn deref(v: &Value) -> Value {
    let p = wobj(v).referent.get();
    if p.is_null() {
        Value::NONE
    } else {
        // SAFETY: the referent is alive while registered.
        unsafe { Value::from_borrowed_ptr(p) }
    }
}

/// Drops a weak reference: unregisters it from the table.
///
/// # Safety
/// `p` is a dying weak reference.
pub unsafe fn drop_weakref(p: *mut ObjHeader) {
    let w = p as *mut WeakRefObj;
    // SAFETY: p is a weakref being freed.
    unsafe {
        let r = (*w).referent.get();
        if !r.is_null() {
            TABLE.with(|t| {
                let mut t = t.borrow_mut();
                if let Some(v) = t.get_mut(&(r as usize)) {
                    v.retain(|x| *x != w);
                    if v.is_empty() {
                        t.remove(&(r as usize));
                    }
                }
            });
        }
        LIVE.with(|l| l.set(l.get().saturating_sub(1)));
        std::ptr::drop_in_place(w);
    }
}

/// `ref()`: call slot.
pub fn ref_call(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("weakref", a, kw, 0, 0)?;
    Ok(deref(v))
}

/// `hash(ref)`: the referent's hash, remembered.
pub fn ref_hash(v: &Value) -> PyResult<i64> {
    let w = wobj(v);
    if w.hash.get() != -1 {
        return Ok(w.hash.get());
    }
    let r = deref(v);
    if r.is_none() {
        return Err(err::type_error("weak object has gone away"));
    }
    let h = ops::hash(&r)?;
    w.hash.set(h);
    Ok(h)
}

/// `ref == ref`: referents compared while both alive, else identity.
pub fn ref_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || type_of(b) != type_of(a) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = (deref(a), deref(b));
    if x.is_none() || y.is_none() {
        return Ok(Value::bool((a.is(b)) == (op == CmpOp::Eq)));
    }
    ops::rich_compare(&x, &y, op)
}

/// `repr(ref)`.
pub fn ref_repr(v: &Value) -> PyResult {
    let r = deref(v);
    let addr = ops::address_of(v);
    if r.is_none() {
        return Ok(pstr::from_string(format!("<weakref at {addr:#x}; dead>")));
    }
    Ok(pstr::from_string(format!(
        "<weakref at {:#x}; to '{}' at {:#x}>",
        addr,
        type_ref(&r).name_str(),
        ops::address_of(&r)
    )))
}

/// Visits the callback (cycle collector).
///
/// # Safety
/// `p` is a live weak reference.
pub unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let w = unsafe { &*(p as *const WeakRefObj) };
    if !w.callback.is_null() {
        visit(&w.callback);
    }
}

/// Number of weak references to `v` (`weakref.getweakrefcount`).
pub fn count(v: &Value) -> usize {
    if !v.is_ptr() {
        return 0;
    }
    TABLE.with(|t| {
        t.borrow()
            .get(&(v.as_ptr() as usize))
            .map(|x| x.len())
            .unwrap_or(0)
    })
}

/// The weak references to `v`, in CPython's list order
/// (`weakref.getweakrefs`).
pub fn refs_to(v: &Value) -> Vec<Value> {
    if !v.is_ptr() {
        return Vec::new();
    }
    TABLE.with(|t| {
        t.borrow()
            .get(&(v.as_ptr() as usize))
            .map(|l| {
                l.iter()
                    // SAFETY: registered weakrefs are live.
                    .map(|&w| unsafe { Value::from_borrowed_ptr(w as *mut ObjHeader) })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Is `v` a weak reference or proxy (of any of the three types or a
/// subclass of `ref`)?
pub fn is_weakref(v: &Value) -> bool {
    let t = &rt().types;
    v.is_ptr()
        && (crate::types::is_subtype(type_of(v), t.weakref)
            || type_of(v) == t.weakproxy
            || type_of(v) == t.weakcallableproxy)
}
