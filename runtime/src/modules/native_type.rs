//! Builtin types defined by native modules after bootstrap
//! (`itertools.count`, `operator.itemgetter`, `_functools.partial`, ...).
//!
//! Every such type uses one layout, [`NativeObj`]: the object header, an
//! instance-dict slot (used by types made with [`new_type_with_dict`]) and
//! a `RefCell` holding a Rust state struct `S` that implements [`State`].
//! The cycle collector reaches the state's Values through
//! [`State::visit`]; clearing an object drops its dict and replaces its
//! state with `S::default()`.
//!
//! Invariants:
//! - a `RefCell` borrow of the state is never held across a call into
//!   Python code (which may re-enter the same object): callers clone what
//!   they need, release the borrow, call, then borrow again to store.
//! - the collector only `try_borrow`s: an object whose state is borrowed at
//!   that moment counts as externally referenced (never wrongly freed).

use crate::object::{ObjHeader, drop_payload_of, new_object};
use crate::types::{Slots, TypeFlags, TypeObject};
use crate::value::Value;
use std::cell::RefCell;

/// The Rust state of a native-module object.
pub trait State: Default + 'static {
    /// Visits every Value the state holds (for the cycle collector).
    fn visit(&self, f: &mut dyn FnMut(&Value));
}

/// The layout of every native-module object.
#[repr(C)]
pub struct NativeObj<S> {
    /// Header.
    pub ob: ObjHeader,
    /// The instance `__dict__` for types made with one (NULL until first
    /// used, and always NULL for the others).
    pub dict: Value,
    /// The state.
    pub st: RefCell<S>,
}

/// Offset of [`NativeObj::dict`] (the same for every `S`).
const DICT_OFFSET: usize = std::mem::offset_of!(NativeObj<()>, dict);

impl State for () {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
}

/// # Safety
/// `p` is a live `NativeObj<S>`.
unsafe fn traverse_of<S: State>(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: forwarded contract.
    let o = unsafe { &*(p as *const NativeObj<S>) };
    if !o.dict.is_null() {
        visit(&o.dict);
    }
    if let Ok(s) = o.st.try_borrow() {
        s.visit(visit);
    }
}

/// # Safety
/// `p` is a live `NativeObj<S>`.
unsafe fn clear_of<S: State>(p: *mut ObjHeader) {
    // SAFETY: forwarded contract; the collector runs no Python code while
    // clearing, so nothing else is using the dict slot.
    let o = unsafe { &mut *(p as *mut NativeObj<S>) };
    let dict = std::mem::replace(&mut o.dict, Value::NULL);
    let old = match o.st.try_borrow_mut() {
        Ok(mut s) => Some(std::mem::take(&mut *s)),
        Err(_) => None,
    };
    // dropping may run arbitrary code: do it with no borrow held
    drop(old);
    drop(dict);
}

/// Creates the builtin type `name` (a dotted `module.Type` name) whose
/// instances hold an `S`. The type is subclassable when `basetype`.
pub fn new_type<S: State>(name: &'static str, slots: Slots, basetype: bool) -> *mut TypeObject {
    make_type::<S>(name, slots, basetype, false)
}

/// As [`new_type`], for instances that also have a `__dict__` (generic
/// attribute get/set through it).
pub fn new_type_with_dict<S: State>(
    name: &'static str,
    mut slots: Slots,
    basetype: bool,
) -> *mut TypeObject {
    if slots.setattr.is_none() {
        slots.setattr = Some(crate::ops::generic_setattr);
    }
    make_type::<S>(name, slots, basetype, true)
}

fn make_type<S: State>(
    name: &'static str,
    mut slots: Slots,
    basetype: bool,
    with_dict: bool,
) -> *mut TypeObject {
    slots.traverse = Some(traverse_of::<S>);
    slots.clear = Some(clear_of::<S>);
    if slots.getattr.is_none() {
        slots.getattr = Some(crate::ops::generic_getattr);
    }
    if slots.hash.is_none() && slots.richcompare.is_none() && slots.compare.is_none() {
        slots.hash = Some(|v| Ok(crate::ops::hash_pointer(v)));
    }
    let mut flags = TypeFlags::HAS_GC;
    if basetype {
        flags = flags | TypeFlags::BASETYPE;
    }
    crate::bootstrap::new_builtin_type(
        name,
        crate::rt::rt().types.object,
        crate::types::Layout::Other,
        std::mem::size_of::<NativeObj<S>>(),
        drop_payload_of::<NativeObj<S>>,
        flags,
        slots,
        if with_dict { DICT_OFFSET as u32 } else { 0 },
    )
}

/// Finishes a type made by [`new_type`] once its methods and getsets are
/// in its dict: adds the slot wrappers (`__iter__`, `next`, `__call__`,
/// `__new__`, ...) and stamps a version for the attribute caches.
pub fn ready(t: *mut TypeObject) {
    crate::wrappers::add_operators(t);
    crate::class::type_modified(t);
}

/// A new instance of `ty` (a type made by [`new_type`] for `S`, or a
/// subclass of one) holding `s`.
#[expect(
    clippy::not_unsafe_ptr_arg_deref,
    reason = "callers pass the live type their constructor received or a type made here"
)]
pub fn alloc<S: State>(ty: *mut TypeObject, s: S) -> Value {
    // SAFETY: NativeObj<S> is the layout of `ty` and its subclasses.
    unsafe {
        new_object(
            ty,
            NativeObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                dict: Value::NULL,
                st: RefCell::new(s),
            },
        )
    }
}

/// The state of `v`, an instance of a type made by [`new_type`] for `S`.
/// Callers are slots and methods of that type, which only receive its
/// instances.
#[inline]
pub fn state<S: State>(v: &Value) -> &RefCell<S> {
    // SAFETY: see the function contract: v's layout is NativeObj<S>.
    unsafe { &(*(v.as_ptr() as *const NativeObj<S>)).st }
}

/// A per-thread slot remembering a type created by a module, for code that
/// makes instances without going through the type's constructor.
pub struct TypeSlot(std::cell::Cell<*mut TypeObject>);

impl TypeSlot {
    /// An empty slot.
    pub const fn new() -> TypeSlot {
        TypeSlot(std::cell::Cell::new(std::ptr::null_mut()))
    }

    /// The remembered type, created by `make` on first use.
    pub fn get(&self, make: impl FnOnce() -> *mut TypeObject) -> *mut TypeObject {
        let t = self.0.get();
        if !t.is_null() {
            return t;
        }
        let t = make();
        self.0.set(t);
        t
    }
}

impl Default for TypeSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// Visits each of `vs`, skipping NULLs.
pub fn visit_all(vs: &[&Value], f: &mut dyn FnMut(&Value)) {
    for v in vs {
        if !v.is_null() {
            f(v);
        }
    }
}

/// `PyErr_NewException`: a new exception class `module.name` deriving
/// from `base`, as a heap type (what `class name(base)` would make).
pub fn new_exception_type(module: &str, name: &str, base: *mut TypeObject) -> *mut TypeObject {
    let ns = crate::dict::new();
    crate::dict::set_item_str(&ns, "__module__", crate::str::new(module));
    let bases = crate::tuple::new(vec![crate::types::type_value(base)]);
    let t = crate::class::type_new(
        crate::rt::rt().types.type_,
        &crate::str::new(name),
        &bases,
        &ns,
    )
    .expect("exception class");
    // the runtime keeps module exception classes for its whole life
    let p = t.as_ptr() as *mut TypeObject;
    std::mem::forget(t);
    p
}

/// Stores `new` in a Value field of `v`'s state (chosen by `field`),
/// dropping the old value only after the borrow is released: a drop may
/// run Python code (`__del__`) that uses `v` again.
pub fn set<S: State>(v: &Value, field: impl FnOnce(&mut S) -> &mut Value, new: Value) {
    let old = {
        let mut s = state::<S>(v).borrow_mut();
        std::mem::replace(field(&mut s), new)
    };
    drop(old);
}
