//! User classes (heap types): creation (`type(name, bases, dict)`), the C3
//! MRO, instance layout, slot resolution, version tags with the method
//! cache, and the generic slots that call special methods defined in
//! Python.
//!
//! Slot resolution (CPython's `update_one_slot`, simplified): for each
//! slot, the special names it answers to are looked up along the MRO. If
//! nothing is found the slot is empty; if every name found is a builtin
//! slot wrapper (`int.__add__`), the wrapper's owner's slot is used
//! directly; otherwise the generic slot below, which looks the method up
//! and calls it. Slots are recomputed for a class and its subclasses when
//! a special name is assigned on the class.

use crate::descr;
use crate::object::{ObjHeader, type_of};
use crate::rt::rt;
use crate::types::{
    BinOp, CmpOp, Layout, Slots, TypeFlags, TypeObject, UnOp, is_subtype, lookup_str, type_ref,
    type_value,
};
use crate::value::Value;
use crate::wrappers::{self, WrapKind};
use crate::{PyResult, classic, dict, err, int, list, ops, str as pstr, tuple};
use std::cell::{Cell, RefCell};

// ---------------------------------------------------------------------------
// Version tags and the method cache
// ---------------------------------------------------------------------------

const CACHE_SIZE: usize = 4096;

#[derive(Default)]
struct CacheEntry {
    version: u64,
    name: u64,
    value: Value,
}

thread_local! {
    static NEXT_TYPE_VERSION: Cell<u64> = const { Cell::new(1) };
    // ManuallyDrop: no Value release during thread-local teardown.
    static METHOD_CACHE: std::mem::ManuallyDrop<RefCell<Vec<CacheEntry>>> = std::mem::ManuallyDrop::new(RefCell::new({
        let mut v = Vec::with_capacity(CACHE_SIZE);
        v.resize_with(CACHE_SIZE, CacheEntry::default);
        v
    }));
}

fn fresh_version() -> u64 {
    NEXT_TYPE_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

/// Gives `t` a new version tag (0 if its MRO holds a classic class, whose
/// dict changes cannot be tracked), invalidating every cache keyed on the
/// old one, and does the same for all subclasses.
pub fn type_modified(t: *mut TypeObject) {
    // SAFETY: t is a live type; subclasses are live (they remove themselves
    // from the list when freed).
    unsafe {
        let cacheable =
            tuple::is_tuple(&(*t).mro) && tuple::items(&(*t).mro).iter().all(crate::types::is_type);
        (*t).version
            .set(if cacheable { fresh_version() } else { 0 });
        let subs = (*t).subclasses.borrow().clone();
        for s in subs {
            type_modified(s);
        }
    }
}

/// `_PyType_Lookup` with the method cache (interned names only).
pub fn method_cache_lookup(t: *mut TypeObject, name: &Value) -> Option<Value> {
    // SAFETY: t is a live type.
    let version = unsafe { (*t).version.get() };
    if version == 0 || !pstr::is_exact_str(name) || !pstr::obj(name).interned.get() {
        return crate::types::lookup_uncached(t, name);
    }
    let nbits = name.bits();
    let idx =
        ((version.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (nbits >> 3)) as usize) & (CACHE_SIZE - 1);
    let hit = METHOD_CACHE.with(|c| {
        let c = c.borrow();
        let e = &c[idx];
        if e.version == version && e.name == nbits {
            Some(e.value.clone())
        } else {
            None
        }
    });
    if let Some(v) = hit {
        return if v.is_null() { None } else { Some(v) };
    }
    let found = crate::types::lookup_uncached(t, name);
    let stored = found.clone().unwrap_or(Value::NULL);
    let old = METHOD_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        let e = &mut c[idx];
        e.version = version;
        e.name = nbits;
        std::mem::replace(&mut e.value, stored)
    });
    drop(old);
    found
}

/// The dict to search for an MRO entry: a type's dict, or a classic
/// class's dict.
pub fn dict_of_mro_entry(base: &Value) -> Value {
    if crate::types::is_type(base) {
        // SAFETY: base is a type.
        unsafe { crate::types::as_type(base).dict.clone() }
    } else {
        classic::class_dict(base)
    }
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/// CPython's `tp_name`: the full name (`collections.deque`, `A`).
pub fn tp_name(t: *mut TypeObject) -> String {
    // SAFETY: t is a live type.
    unsafe { (*t).name_str().to_string() }
}

/// `__name__` of a type: after the last dot for builtin types.
pub fn type_short_name(t: *mut TypeObject) -> String {
    // SAFETY: t is a live type.
    let (full, heap) = unsafe { ((*t).name_str(), (*t).is_heap()) };
    if heap {
        return full.to_string();
    }
    match full.rfind('.') {
        Some(i) => full[i + 1..].to_string(),
        None => full.to_string(),
    }
}

/// `__module__` of a type.
pub fn type_module_name(t: *mut TypeObject) -> String {
    // SAFETY: t is a live type.
    unsafe {
        if (*t).is_heap() {
            return match dict::get_item_str(&(*t).dict, "__module__") {
                Some(m) if pstr::is_str(&m) => pstr::as_str_lossy(&m).to_string(),
                _ => String::new(),
            };
        }
        let full = (*t).name_str();
        match full.rfind('.') {
            Some(i) => full[..i].to_string(),
            None => "__builtin__".to_string(),
        }
    }
}

// ---------------------------------------------------------------------------
// Class creation
// ---------------------------------------------------------------------------

/// C3 linearization of `t` given its bases.
fn compute_mro(t: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in bases {
        seqs.push(mro_of(b)?);
    }
    seqs.push(bases.to_vec());
    let mut out = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|o| o[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            // as set_mro_error: the heads go through a dict keyed by the
            // classes, so the order follows their (address) hashes
            let heads = dict::new();
            for s in &seqs {
                dict::set(&heads, s[0].clone(), Value::NONE)?;
            }
            let names: Vec<String> = dict::keys_vec(&heads).iter().map(class_name_of).collect();
            return Err(err::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The MRO of a base: a type's `__mro__`, or a classic class's
/// depth-first search order.
fn mro_of(b: &Value) -> PyResult<Vec<Value>> {
    if crate::types::is_type(b) {
        // SAFETY: b is a type.
        return Ok(tuple::items(unsafe { &crate::types::as_type(b).mro }).to_vec());
    }
    let mut out = Vec::new();
    classic::depth_first(b, &mut out);
    Ok(out)
}

fn class_name_of(c: &Value) -> String {
    if crate::types::is_type(c) {
        return type_short_name(c.as_ptr() as *mut TypeObject);
    }
    pstr::as_str_lossy(&classic::class_name(c)).to_string()
}

/// The builtin type whose layout instances of `t` extend.
pub fn solid_base(t: *mut TypeObject) -> *mut TypeObject {
    // SAFETY: t is a live type with a base chain ending at object.
    unsafe {
        let mut cur = t;
        while (*cur).is_heap() {
            if (*cur).nslots > 0 && !(*cur).base.is_null() {
                let base = (*cur).base.as_ptr() as *mut TypeObject;
                if (*base).nslots < (*cur).nslots {
                    return cur;
                }
            }
            cur = (*cur).base.as_ptr() as *mut TypeObject;
        }
        // builtin types: up to the nearest one that adds fields
        while !(*cur).base.is_null() && !(*cur).flags.contains(TypeFlags::OWN_LAYOUT) {
            let base = (*cur).base.as_ptr() as *mut TypeObject;
            if (*base).basicsize != (*cur).basicsize {
                break;
            }
            cur = base;
        }
        cur
    }
}

fn best_base(bases: &[Value]) -> PyResult<*mut TypeObject> {
    let mut winner: Option<*mut TypeObject> = None;
    let mut base: Option<*mut TypeObject> = None;
    for b in bases {
        if !crate::types::is_type(b) {
            continue; // classic classes do not contribute a layout
        }
        let bt = b.as_ptr() as *mut TypeObject;
        // SAFETY: bt is a live type.
        if !unsafe { (*bt).flags.contains(TypeFlags::BASETYPE) } {
            return Err(err::type_error(format!(
                "type '{}' is not an acceptable base type",
                tp_name(bt)
            )));
        }
        let candidate = solid_base(bt);
        match winner {
            None => {
                winner = Some(candidate);
                base = Some(bt);
            }
            Some(w) if is_subtype(w, candidate) => {}
            Some(w) if is_subtype(candidate, w) => {
                winner = Some(candidate);
                base = Some(bt);
            }
            Some(_) => {
                return Err(err::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
        }
    }
    Ok(base.unwrap_or(rt().types.object))
}

/// The most derived metaclass among `meta` and the bases' metaclasses.
pub fn calculate_metaclass(meta: *mut TypeObject, bases: &[Value]) -> PyResult<*mut TypeObject> {
    let mut winner = meta;
    for b in bases {
        let bt = type_of(b);
        if bt == rt().types.classobj {
            continue;
        }
        if is_subtype(winner, bt) {
            continue;
        }
        if is_subtype(bt, winner) {
            winner = bt;
            continue;
        }
        return Err(err::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Parses `__slots__`: (slot names, wants `__dict__`, wants `__weakref__`).
fn parse_slots(slots: &Value) -> PyResult<(Vec<Value>, bool, bool)> {
    let items: Vec<Value> = if pstr::is_str(slots) || crate::unicode::is_unicode(slots) {
        vec![slots.clone()]
    } else {
        ops::seq_to_vec(slots)?
    };
    let mut names = Vec::new();
    let (mut want_dict, mut want_weak) = (false, false);
    for it in items {
        let s = if crate::unicode::is_unicode(&it) {
            crate::unicode::encode_default(&it)?
        } else {
            it
        };
        if !pstr::is_str(&s) {
            return Err(err::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                type_ref(&s).name_str()
            )));
        }
        let name = pstr::as_str_lossy(&s).to_string();
        let valid = !name.is_empty()
            && !name.as_bytes()[0].is_ascii_digit()
            && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
        if !valid {
            return Err(err::type_error("__slots__ must be identifiers"));
        }
        match name.as_str() {
            "__dict__" => want_dict = true,
            "__weakref__" => want_weak = true,
            _ => names.push(crate::rt::intern(&name)),
        }
    }
    Ok((names, want_dict, want_weak))
}

/// Name mangling for private slot names (`__x` in class `A` is `_A__x`).
fn mangle(class_name: &str, name: &Value) -> Value {
    let n = pstr::as_str_lossy(name);
    if !n.starts_with("__") || n.ends_with("__") {
        return name.clone();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.clone();
    }
    crate::rt::intern(&format!("_{stripped}{n}"))
}

/// `type(name, bases, dict)` with metatype `meta`: creates a user class.
pub fn type_new(meta: *mut TypeObject, name: &Value, bases: &Value, ns: &Value) -> PyResult {
    if !pstr::is_str(name) {
        return Err(err::type_error(
            "type() argument 1 must be string, not ".to_string() + type_ref(name).name_str(),
        ));
    }
    if !tuple::is_tuple(bases) {
        return Err(err::type_error(
            "type() argument 2 must be tuple, not ".to_string() + type_ref(bases).name_str(),
        ));
    }
    if !dict::is_dict(ns) {
        return Err(err::type_error(
            "type() argument 3 must be dict, not ".to_string() + type_ref(ns).name_str(),
        ));
    }
    let mut base_list: Vec<Value> = tuple::items(bases).to_vec();
    let meta = calculate_metaclass(meta, &base_list)?;
    if base_list.is_empty() {
        base_list.push(type_value(rt().types.object));
    }
    let base = best_base(&base_list)?;
    // SAFETY: base is a live type.
    let base_ref = unsafe { &*base };
    let dict_copy = dict::copy(ns);
    let class_name = pstr::as_str_lossy(name).to_string();

    // __slots__
    let mut add_weak = true;
    let (slot_names, mut has_dict) = match dict::get_item_str(&dict_copy, "__slots__") {
        Some(s) => {
            let (names, want_dict, want_weak) = parse_slots(&s)?;
            add_weak = want_weak;
            if !names.is_empty()
                && base_ref.layout != Layout::Object
                && base_ref.layout != Layout::Exception
                && !base_ref.is_heap()
            {
                // CPython refuses nonempty slots on variable-size bases
                if matches!(
                    base_ref.layout,
                    Layout::Long | Layout::Str | Layout::Tuple | Layout::Unicode
                ) {
                    return Err(err::type_error(format!(
                        "nonempty __slots__ not supported for subtype of '{}'",
                        type_short_name(base)
                    )));
                }
            }
            let mangled: Vec<Value> = names.iter().map(|n| mangle(&class_name, n)).collect();
            for n in &mangled {
                if dict::get_str(&dict_copy, n).is_some() {
                    return Err(err::value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        pstr::as_str_lossy(n)
                    )));
                }
            }
            (mangled, want_dict)
        }
        None => (Vec::new(), true),
    };
    // A dict is only added when no base already provides one (type
    // objects keep their namespace in `dict`).
    if base_ref.dictoffset != 0 || base_ref.layout == Layout::Type {
        has_dict = false;
    }
    let base_nslots = if base_ref.is_heap() {
        base_ref.nslots
    } else {
        0
    };
    let ext_offset = if base_ref.ext_offset != 0 {
        base_ref.ext_offset
    } else {
        (base_ref.basicsize + 7) & !7
    };
    let nslots = base_nslots + slot_names.len() as u32;
    let basicsize = ext_offset + 8 * (1 + nslots);
    let dictoffset = if has_dict {
        ext_offset
    } else {
        base_ref.dictoffset
    };

    // __module__ and __doc__ defaults
    if dict::get_item_str(&dict_copy, "__module__").is_none()
        && let Some(g) = (rt().hooks.get().current_globals)()
        && let Some(m) = dict::get_item_str(&g, "__name__")
    {
        dict::set_item_str(&dict_copy, "__module__", m);
    }
    if dict::get_item_str(&dict_copy, "__doc__").is_none() {
        dict::set_item_str(&dict_copy, "__doc__", Value::NONE);
    }
    // __new__ given as a plain function is a static method
    if let Some(f) = dict::get_item_str(&dict_copy, "__new__")
        && crate::func::is_function(&f)
    {
        dict::set_item_str(&dict_copy, "__new__", crate::classobjs::new_staticmethod(f));
    }

    let mut flags = TypeFlags::HEAPTYPE | TypeFlags::BASETYPE | TypeFlags::HAS_GC;
    if base_ref.flags.contains(TypeFlags::EXCEPTION) {
        flags = flags | TypeFlags::EXCEPTION;
    }
    if base_ref.layout == Layout::Type {
        flags = flags | TypeFlags::TYPE_SUBCLASS;
    }
    let tobj = TypeObject {
        ob: ObjHeader {
            refcnt: 1,
            ty: meta,
        },
        flags,
        layout: base_ref.layout,
        basicsize,
        ext_offset,
        nslots,
        dictoffset,
        version: Cell::new(0),
        name: crate::rt::intern_value(name.clone()),
        base: type_value(base),
        bases: tuple::new(base_list.clone()),
        mro: Value::NULL,
        dict: dict_copy,
        subclasses: RefCell::new(Vec::new()),
        has_instance_dict: has_dict,
        drop_payload: base_ref.drop_payload,
        slots: base_ref.slots,
    };
    let t = alloc_type(meta, tobj);
    let tv = type_value(t);
    drop(unsafe { Value::from_owned_ptr(t as *mut ObjHeader) }); // tv holds it now
    // `__dict__` and `__weakref__` descriptors where this class adds them
    if has_dict && dict::get_item_str(&ns_of(t), "__dict__").is_none() {
        dict::set_item_str(
            &ns_of(t),
            "__dict__",
            descr::new_getset(t, "__dict__", subtype_get_dict, Some(subtype_set_dict)),
        );
    }
    if add_weak
        && lookup_str(base, "__weakref__").is_none()
        && dict::get_item_str(&ns_of(t), "__weakref__").is_none()
    {
        dict::set_item_str(
            &ns_of(t),
            "__weakref__",
            descr::new_getset(t, "__weakref__", subtype_get_weakref, None),
        );
    }
    // member descriptors for the new slots
    for (i, n) in slot_names.iter().enumerate() {
        // SAFETY: t is live.
        let d = unsafe { &(*t).dict };
        dict::set(
            d,
            n.clone(),
            descr::new_member(t, n.clone(), base_nslots + i as u32),
        )?;
    }
    // the MRO (a metaclass may override mro())
    let mro = if meta != rt().types.type_
        && lookup_str(meta, "mro").is_some_and(|m| {
            !crate::descr::is_builtin(&m) && type_of(&m) != rt().types.method_descriptor
        }) {
        let r = ops::call_method(&tv, "mro", &[])?;
        ops::seq_to_vec(&r)?
    } else {
        compute_mro(&tv, &base_list)?
    };
    // SAFETY: t is live; the MRO tuple is stored once.
    unsafe {
        (*t).mro = tuple::new(mro);
    }
    for b in &base_list {
        if crate::types::is_type(b) {
            // SAFETY: b is a live type.
            unsafe { crate::types::as_type(b).subclasses.borrow_mut().push(t) };
        }
    }
    update_slots(t);
    type_modified(t);
    Ok(tv)
}

/// The namespace dict of type `t`.
fn ns_of(t: *mut TypeObject) -> Value {
    // SAFETY: t is a live type.
    unsafe { (*t).dict.clone() }
}

/// `obj.__dict__` for instances of classes that add a dict (created on
/// first use).
fn subtype_get_dict(obj: &Value) -> PyResult {
    match ops::instance_dict_create(obj) {
        Some(d) => Ok(d),
        None => Err(err::attribute_error("This object has no __dict__")),
    }
}

/// `obj.__dict__ = d` / `del obj.__dict__`.
fn subtype_set_dict(obj: &Value, v: Option<Value>) -> PyResult<()> {
    let Some(p) = ops::dict_slot(obj) else {
        return Err(err::attribute_error("This object has no __dict__"));
    };
    let new = match v {
        Some(d) if dict::is_dict(&d) => d,
        Some(d) => {
            return Err(err::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                type_ref(&d).name_str()
            )));
        }
        None => Value::NULL,
    };
    // SAFETY: p points at the live object's dict field; the old value is
    // dropped after the store so a finalizer sees a consistent object.
    let old = unsafe { std::ptr::replace(p, new) };
    drop(old);
    Ok(())
}

/// `obj.__weakref__`: the oldest weak reference to `obj`, or None.
fn subtype_get_weakref(obj: &Value) -> PyResult {
    Ok(crate::weakref::first_ref(obj).unwrap_or(Value::NONE))
}

/// Allocates a type object of metatype `meta` (a GC-tracked heap object).
fn alloc_type(meta: *mut TypeObject, tobj: TypeObject) -> *mut TypeObject {
    // SAFETY: TypeObject is the layout of `type` and its subclasses; a
    // metaclass instance may need an extension area (its basicsize).
    unsafe { crate::object::alloc_object(meta, tobj) }
}

// ---------------------------------------------------------------------------
// Slot resolution
// ---------------------------------------------------------------------------

enum Choice {
    Missing,
    Specific(*mut TypeObject),
    Generic,
}

fn resolve(t: *mut TypeObject, names: &[&str]) -> Choice {
    let mut specific: Option<*mut TypeObject> = None;
    let mut found_any = false;
    for n in names {
        let Some(v) = crate::types::lookup_uncached(t, &crate::rt::intern(n)) else {
            continue;
        };
        found_any = true;
        if wrappers::is_wrapper(&v) {
            let owner = wrappers::wrapper(&v).owner;
            match specific {
                None => specific = Some(owner),
                Some(o) if o == owner => {}
                Some(_) => return Choice::Generic,
            }
        } else {
            return Choice::Generic;
        }
    }
    match (found_any, specific) {
        (false, _) => Choice::Missing,
        (true, Some(o)) => Choice::Specific(o),
        (true, None) => Choice::Generic,
    }
}

macro_rules! pick {
    ($t:expr, $slots:ident . $field:ident, $names:expr, $generic:expr) => {
        $slots.$field = match resolve($t, $names) {
            Choice::Missing => None,
            // SAFETY: owners of wrappers are live builtin types.
            Choice::Specific(o) => unsafe { (*o).slots.$field },
            Choice::Generic => Some($generic),
        };
    };
}

const BIN_NAMES: [&str; 28] = [
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__div__",
    "__rdiv__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
];
const INPLACE_NAMES: [&str; 13] = [
    "__iadd__",
    "__isub__",
    "__imul__",
    "__idiv__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
];
const UNARY_NAMES: [&str; 10] = [
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__int__",
    "__long__",
    "__float__",
    "__oct__",
    "__hex__",
    "__index__",
];

/// Recomputes the slots of heap type `t` from its MRO.
pub fn update_slots(t: *mut TypeObject) {
    // SAFETY: t is a live heap type being (re)configured; no Python code
    // runs during resolution.
    let mut s: Slots = unsafe { (*t).slots };
    pick!(t, s.repr, &["__repr__"], slot_repr);
    pick!(t, s.str, &["__str__"], slot_str);
    pick!(t, s.hash, &["__hash__"], slot_hash);
    pick!(
        t,
        s.richcompare,
        &["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"],
        slot_richcompare
    );
    pick!(t, s.compare, &["__cmp__"], slot_compare);
    pick!(t, s.call, &["__call__"], slot_call);
    pick!(t, s.iter, &["__iter__"], slot_iter);
    pick!(t, s.next, &["next"], slot_next);
    pick!(t, s.binop, &BIN_NAMES, slot_binop);
    pick!(t, s.inplace, &INPLACE_NAMES, slot_inplace);
    pick!(t, s.pow3, &["__pow__", "__rpow__"], slot_pow3);
    pick!(t, s.unop, &UNARY_NAMES, slot_unop);
    pick!(t, s.nonzero, &["__nonzero__"], slot_nonzero);
    pick!(t, s.len, &["__len__"], slot_len);
    pick!(t, s.getitem, &["__getitem__"], slot_getitem);
    pick!(t, s.setitem, &["__setitem__", "__delitem__"], slot_setitem);
    pick!(t, s.contains, &["__contains__"], slot_contains);
    pick!(t, s.getslice, &["__getslice__"], slot_getslice);
    pick!(
        t,
        s.setslice,
        &["__setslice__", "__delslice__"],
        slot_setslice
    );
    pick!(t, s.descr_get, &["__get__"], slot_descr_get);
    pick!(t, s.descr_set, &["__set__", "__delete__"], slot_descr_set);
    pick!(t, s.init, &["__init__"], slot_init);
    // __getattr__ needs the hook even when __getattribute__ is generic
    let has_getattr = lookup_str(t, "__getattr__").is_some();
    s.getattr = match resolve(t, &["__getattribute__"]) {
        Choice::Generic => Some(slot_getattr_hook),
        _ if has_getattr => Some(slot_getattr_hook),
        // SAFETY: owners are live builtin types.
        Choice::Specific(o) => unsafe { (*o).slots.getattr },
        Choice::Missing => Some(ops::generic_getattr),
    };
    pick!(t, s.setattr, &["__setattr__", "__delattr__"], slot_setattr);
    // sequence concat/repeat: kept from the builtin base unless the class
    // overrides the operator (then the number slot handles it)
    if matches!(resolve(t, &["__add__"]), Choice::Generic) {
        s.concat = None;
    }
    if matches!(resolve(t, &["__mul__", "__rmul__"]), Choice::Generic) {
        s.repeat = None;
    }
    if matches!(resolve(t, &["__iadd__"]), Choice::Generic) {
        s.inplace_concat = None;
    }
    if matches!(resolve(t, &["__imul__"]), Choice::Generic) {
        s.inplace_repeat = None;
    }
    // __new__: builtin bases' constructors unless overridden in Python
    s.new = match crate::types::lookup_uncached(t, &crate::rt::intern("__new__")) {
        Some(v)
            if crate::descr::is_builtin(&v)
                && crate::types::is_type(&crate::descr::builtin(&v).self_) =>
        {
            // SAFETY: the self of a __new__ wrapper is its builtin type.
            unsafe {
                (*(crate::descr::builtin(&v).self_.as_ptr() as *mut TypeObject))
                    .slots
                    .new
            }
        }
        Some(_) => Some(slot_new),
        None => None,
    };
    s.traverse = Some(traverse_instance);
    s.clear = Some(clear_instance);
    let mut flags = unsafe { (*t).flags };
    let has_del = lookup_str(t, "__del__").is_some();
    flags.0 &=
        !(TypeFlags::HAS_FINALIZER.0 | TypeFlags::CUSTOM_GETATTR.0 | TypeFlags::CUSTOM_SETATTR.0);
    if has_del {
        flags = flags | TypeFlags::HAS_FINALIZER;
    }
    if !s
        .getattr
        .is_some_and(|g| std::ptr::fn_addr_eq(g, ops::generic_getattr as crate::types::GetAttrFn))
    {
        flags = flags | TypeFlags::CUSTOM_GETATTR;
    }
    if !s
        .setattr
        .is_some_and(|g| std::ptr::fn_addr_eq(g, ops::generic_setattr as crate::types::SetAttrFn))
    {
        flags = flags | TypeFlags::CUSTOM_SETATTR;
    }
    // SAFETY: t is live; the assignment is a plain store.
    unsafe {
        (*t).slots = s;
        (*t).flags = flags;
    }
}

/// Called after `name` was set on heap type `t`: refreshes slots (for
/// special names) and version tags of `t` and its subclasses.
pub fn class_attr_changed(t: *mut TypeObject, name: &Value) {
    let n = pstr::as_bytes(name);
    if n.starts_with(b"__") && n.ends_with(b"__") || n == b"next" {
        update_slots_recursive(t);
    }
    type_modified(t);
}

fn update_slots_recursive(t: *mut TypeObject) {
    // SAFETY: t is a live type; subclasses listed are live.
    unsafe {
        if (*t).is_heap() {
            update_slots(t);
        }
        let subs = (*t).subclasses.borrow().clone();
        for s in subs {
            update_slots_recursive(s);
        }
    }
}

/// Visits an instance's extension area and its builtin base's references.
///
/// # Safety
/// `p` is a live instance of a heap type.
pub unsafe fn traverse_instance(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live; the solid base's traverse handles its layout.
    unsafe {
        let t = (*p).ty;
        let base = solid_builtin(t);
        if let Some(f) = (*base).slots.traverse {
            f(p, visit);
        }
        if (*t).ext_offset != 0 {
            let ext = (p as *mut u8).add((*t).ext_offset as usize) as *const Value;
            for i in 0..=(*t).nslots as usize {
                let v = &*ext.add(i);
                if !v.is_null() {
                    visit(v);
                }
            }
        }
        // the class itself is referenced by its instances
        let tv = std::mem::ManuallyDrop::new(Value::from_owned_ptr(t as *mut ObjHeader));
        visit(&tv);
    }
}

/// Drops an instance's dict and slot values (cycle collector).
///
/// # Safety
/// `p` is a live, unreachable instance of a heap type.
pub unsafe fn clear_instance(p: *mut ObjHeader) {
    // SAFETY: see traverse_instance.
    unsafe {
        let t = (*p).ty;
        let base = solid_builtin(t);
        if let Some(f) = (*base).slots.clear {
            f(p);
        }
        if (*t).ext_offset != 0 {
            let ext = (p as *mut u8).add((*t).ext_offset as usize) as *mut Value;
            for i in 0..=(*t).nslots as usize {
                let old = std::mem::replace(&mut *ext.add(i), Value::NULL);
                drop(old);
            }
        }
    }
}

/// The first builtin type in `t`'s base chain.
pub fn solid_builtin(t: *mut TypeObject) -> *mut TypeObject {
    let mut cur = t;
    // SAFETY: base chains end at a builtin type.
    unsafe {
        while (*cur).is_heap() {
            cur = (*cur).base.as_ptr() as *mut TypeObject;
        }
    }
    cur
}

// ---------------------------------------------------------------------------
// Generic slots (call special methods defined in Python)
// ---------------------------------------------------------------------------

fn special(obj: &Value, name: &str) -> Option<Value> {
    lookup_str(type_of(obj), name)
}

fn call_bound(f: &Value, obj: &Value, args: &[Value]) -> PyResult {
    // Fast path: a plain function is called with self prepended, without
    // building a bound method.
    if crate::func::is_function(f) {
        return ops::call_prepended(f, obj, args, &[]);
    }
    let b = ops::bind(f, obj)?;
    ops::call(&b, args, &[])
}

/// Calls special method `name` on `obj`, or raises AttributeError.
fn call_special_required(obj: &Value, name: &str, args: &[Value]) -> PyResult {
    match special(obj, name) {
        Some(f) => call_bound(&f, obj, args),
        None => Err(err::attribute_error(name)),
    }
}

/// Calls special method `name` if the type has it, else NotImplemented.
fn call_maybe(obj: &Value, name: &str, args: &[Value]) -> PyResult {
    match special(obj, name) {
        Some(f) => call_bound(&f, obj, args),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn slot_repr(v: &Value) -> PyResult {
    call_special_required(v, "__repr__", &[])
}

fn slot_str(v: &Value) -> PyResult {
    call_special_required(v, "__str__", &[])
}

fn slot_hash(v: &Value) -> PyResult<i64> {
    match special(v, "__hash__") {
        Some(f) if !f.is_none() => {
            let r = call_bound(&f, v, &[])?;
            let h = if crate::long::is_long(&r) {
                crate::long::hash(crate::long::as_big(&r))
            } else {
                match int::as_i64(&r) {
                    Some(i) => i,
                    None => return Err(err::type_error("an integer is required")),
                }
            };
            Ok(if h == -1 { -2 } else { h })
        }
        // `__hash__ = None` (PyObject_HashNotImplemented)
        Some(_) => Err(err::type_error_of("unhashable type: '%s'", v)),
        // new-style classes stay hashable by identity in 2.7, even with
        // __eq__ or __cmp__
        None => Ok(ops::hash_pointer(v)),
    }
}

fn is_slot_richcompare(t: *mut TypeObject) -> bool {
    // SAFETY: live type.
    unsafe { (*t).slots.richcompare }
        .is_some_and(|f| std::ptr::fn_addr_eq(f, slot_richcompare as crate::types::RichCmpFn))
}

fn half_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    call_maybe(a, op.name(), std::slice::from_ref(b))
}

fn slot_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if is_slot_richcompare(type_of(a)) {
        let r = half_richcompare(a, b, op)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if is_slot_richcompare(type_of(b)) {
        let r = half_richcompare(b, a, op.swapped())?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn half_compare(a: &Value, b: &Value) -> PyResult<i32> {
    if let Some(f) = special(a, "__cmp__") {
        let r = call_bound(&f, a, std::slice::from_ref(b))?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            let c = ops::as_i64_arg(&r)?;
            return Ok(c.signum() as i32);
        }
    }
    Ok(2)
}

fn is_slot_compare(t: *mut TypeObject) -> bool {
    // SAFETY: live type.
    unsafe { (*t).slots.compare }
        .is_some_and(|f| std::ptr::fn_addr_eq(f, slot_compare as crate::types::Cmp3Fn))
}

/// `_PyObject_SlotCompare`: `__cmp__` of either side, else by address.
pub fn slot_compare(a: &Value, b: &Value) -> PyResult<i32> {
    if is_slot_compare(type_of(a)) {
        let c = half_compare(a, b)?;
        if c <= 1 {
            return Ok(c);
        }
    }
    if is_slot_compare(type_of(b)) {
        let c = half_compare(b, a)?;
        if c <= 1 {
            return Ok(-c);
        }
    }
    Ok(ops::address_of(a).cmp(&ops::address_of(b)) as i32)
}

fn slot_call(f: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let m = special(f, "__call__")
        .ok_or_else(|| err::type_error_of("'%s' object is not callable", f))?;
    let b = ops::bind(&m, f)?;
    ops::call(&b, args, kw)
}

fn slot_iter(v: &Value) -> PyResult {
    match special(v, "__iter__") {
        Some(f) if !f.is_none() => call_bound(&f, v, &[]),
        Some(_) => Err(err::type_error_of("'%s' object is not iterable", v)),
        None => {
            if special(v, "__getitem__").is_some() {
                Ok(crate::iterobj::seq_iter(v.clone()))
            } else {
                Err(err::type_error_of("'%s' object is not iterable", v))
            }
        }
    }
}

fn slot_next(v: &Value) -> PyResult<Option<Value>> {
    match call_special_required(v, "next", &[]) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(rt().exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn method_is_overloaded(a: &Value, b: &Value, name: &str) -> PyResult<bool> {
    let n = crate::rt::intern(name);
    let Some(bm) = ops::getattr_opt(&type_value(type_of(b)), &n)? else {
        return Ok(false);
    };
    let Some(am) = ops::getattr_opt(&type_value(type_of(a)), &n)? else {
        return Ok(true);
    };
    ops::compare_bool(&am, &bm, CmpOp::Ne).or(Ok(false))
}

fn is_slot_binop(t: *mut TypeObject) -> bool {
    // SAFETY: live type.
    unsafe { (*t).slots.binop }
        .is_some_and(|f| std::ptr::fn_addr_eq(f, slot_binop as crate::types::BinaryFn))
}

/// CPython's `SLOT1BINFULL` for heap types.
fn slot_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    let (name, rname, _) = op.names();
    let (ta, tb) = (type_of(a), type_of(b));
    let mut do_other = ta != tb && is_slot_binop(tb);
    if is_slot_binop(ta) {
        if do_other && is_subtype(tb, ta) && method_is_overloaded(a, b, rname)? {
            let r = call_maybe(b, rname, std::slice::from_ref(a))?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
            do_other = false;
        }
        let r = call_maybe(a, name, std::slice::from_ref(b))?;
        if !r.is(&Value::NOT_IMPLEMENTED) || ta == tb {
            return Ok(r);
        }
    }
    if do_other {
        return call_maybe(b, rname, std::slice::from_ref(a));
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn slot_inplace(op: BinOp, a: &Value, b: &Value) -> PyResult {
    call_maybe(a, op.names().2, std::slice::from_ref(b))
}

fn slot_pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    if is_slot_binop(type_of(a)) && special(a, "__pow__").is_some() {
        return call_maybe(a, "__pow__", &[b.clone(), c.clone()]);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn slot_unop(op: UnOp, a: &Value) -> PyResult {
    call_maybe(a, op.name(), &[])
}

fn slot_nonzero(v: &Value) -> PyResult<bool> {
    let (f, using_len) = match special(v, "__nonzero__") {
        Some(f) => (f, false),
        None => match special(v, "__len__") {
            Some(f) => (f, true),
            None => return Ok(true),
        },
    };
    let r = call_bound(&f, v, &[])?;
    if int::is_exact_int(&r) || r.is_bool() {
        return ops::truthy(&r);
    }
    Err(err::type_error(format!(
        "{} should return bool or int, returned {}",
        if using_len { "__len__" } else { "__nonzero__" },
        type_ref(&r).name_str()
    )))
}

fn slot_len(v: &Value) -> PyResult<usize> {
    let r = call_special_required(v, "__len__", &[])?;
    let n = match int::as_i64(&r) {
        Some(i) => i,
        None if crate::long::is_long(&r) => ops::index_as_isize(&r, true)? as i64,
        None => return Err(err::type_error("an integer is required")),
    };
    if n < 0 {
        return Err(err::value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}

fn slot_getitem(o: &Value, k: &Value) -> PyResult {
    call_special_required(o, "__getitem__", std::slice::from_ref(k))
}

fn slot_setitem(o: &Value, k: &Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => call_special_required(o, "__setitem__", &[k.clone(), v]).map(drop),
        None => call_special_required(o, "__delitem__", std::slice::from_ref(k)).map(drop),
    }
}

fn slot_getslice(o: &Value, i: isize, j: isize) -> PyResult {
    call_special_required(o, "__getslice__", &[int::new(i as i64), int::new(j as i64)])
}

fn slot_setslice(o: &Value, i: isize, j: isize, v: Option<Value>) -> PyResult<()> {
    let (a, b) = (int::new(i as i64), int::new(j as i64));
    match v {
        Some(v) => call_special_required(o, "__setslice__", &[a, b, v]).map(drop),
        None => call_special_required(o, "__delslice__", &[a, b]).map(drop),
    }
}

fn slot_contains(o: &Value, item: &Value) -> PyResult<bool> {
    match special(o, "__contains__") {
        Some(f) => {
            let r = call_bound(&f, o, std::slice::from_ref(item))?;
            ops::truthy(&r)
        }
        None => {
            let it = ops::iter(o)?;
            while let Some(x) = ops::next(&it)? {
                if ops::eq_bool(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn slot_descr_get(d: &Value, obj: &Value, owner: &Value) -> PyResult {
    let Some(f) = special(d, "__get__") else {
        return Ok(d.clone());
    };
    let o = if obj.is_null() {
        Value::NONE
    } else {
        obj.clone()
    };
    let t = if owner.is_null() {
        Value::NONE
    } else {
        owner.clone()
    };
    call_bound(&f, d, &[o, t])
}

fn slot_descr_set(d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => call_special_required(d, "__set__", &[obj.clone(), v]).map(drop),
        None => call_special_required(d, "__delete__", std::slice::from_ref(obj)).map(drop),
    }
}

fn slot_init(obj: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let f = special(obj, "__init__").ok_or_else(|| err::attribute_error("__init__"))?;
    let b = ops::bind(&f, obj)?;
    let r = ops::call(&b, args, kw)?;
    if !r.is_none() {
        return Err(err::type_error(format!(
            "__init__() should return None, not '{}'",
            type_ref(&r).name_str()
        )));
    }
    Ok(())
}

fn slot_new(t: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let f = ops::getattr_str(t, "__new__")?;
    ops::call_prepended(&f, t, args, kw)
}

fn slot_getattr_hook(obj: &Value, name: &Value) -> PyResult {
    let t = type_of(obj);
    let getattr = lookup_str(t, "__getattr__");
    let getattribute = lookup_str(t, "__getattribute__");
    let res = match &getattribute {
        Some(ga) if !is_generic_getattribute(ga) => call_bound(ga, obj, std::slice::from_ref(name)),
        _ => ops::generic_getattr(obj, name),
    };
    match (res, getattr) {
        (Err(e), Some(g)) if e.matches(rt().exc.attribute_error) => {
            call_bound(&g, obj, std::slice::from_ref(name))
        }
        (r, _) => r,
    }
}

fn is_generic_getattribute(v: &Value) -> bool {
    wrappers::is_wrapper(v)
        && {
            let w = wrappers::wrapper(v);
            w.kind == WrapKind::GetAttribute
            // SAFETY: owners are live builtin types.
            && unsafe { (*w.owner).slots.getattr }.is_none_or(|g| std::ptr::fn_addr_eq(g, ops::generic_getattr as crate::types::GetAttrFn))
        }
}

fn slot_setattr(obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => call_special_required(obj, "__setattr__", &[name.clone(), v]).map(drop),
        None => call_special_required(obj, "__delattr__", std::slice::from_ref(name)).map(drop),
    }
}

/// CPython's "carlo Verre hack": `object.__setattr__(x, ...)` may not
/// bypass the `__setattr__` of a builtin type between x's type and object.
pub fn check_setattr_hack(obj: &Value, owner: *mut TypeObject) -> PyResult<()> {
    let base = solid_builtin(type_of(obj));
    if base != owner && is_subtype(base, owner) {
        // SAFETY: live types.
        let (bs, os) = unsafe { ((*base).slots.setattr, (*owner).slots.setattr) };
        if let (Some(b), Some(o)) = (bs, os)
            && !std::ptr::fn_addr_eq(b, o)
        {
            return Err(err::type_error(format!(
                "can't apply this __setattr__ to {} object",
                type_short_name(base)
            )));
        }
    }
    Ok(())
}

/// `type.__call__`: creates an instance with `__new__`, then runs
/// `__init__` if the result is an instance of the type.
pub fn type_call(t: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let tp = t.as_ptr() as *mut TypeObject;
    if tp == rt().types.type_ && args.len() == 1 && kw.is_empty() {
        return Ok(type_value(type_of(&args[0])));
    }
    // SAFETY: tp is a live type.
    let newf = unsafe { (*tp).slots.new }
        .ok_or_else(|| err::type_error(format!("cannot create '{}' instances", tp_name(tp))))?;
    let obj = newf(t, args, kw)?;
    let ot = type_of(&obj);
    if !is_subtype(ot, tp) {
        return Ok(obj);
    }
    if tp == rt().types.type_ && args.len() == 1 {
        return Ok(obj);
    }
    // SAFETY: ot is live.
    if let Some(init) = unsafe { (*ot).slots.init } {
        init(&obj, args, kw)?;
    }
    Ok(obj)
}

/// Creates a plain instance of heap type `t` whose solid base is object.
pub fn new_plain_instance(t: *mut TypeObject) -> Value {
    #[repr(C)]
    struct Plain {
        ob: ObjHeader,
    }
    // SAFETY: Plain is the `object` layout; t's basicsize covers the
    // extension area, which alloc_object fills with NULLs.
    unsafe {
        crate::object::new_object(
            t,
            Plain {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
            },
        )
    }
}

/// Lists `t`'s direct subclasses (for `__subclasses__()`).
pub fn subclasses(t: *mut TypeObject) -> Value {
    // SAFETY: t is live.
    let subs = unsafe { (*t).subclasses.borrow().clone() };
    list::new(subs.into_iter().map(type_value).collect())
}

/// Removes a dying type from its bases' subclass lists.
pub fn forget_subclass(t: *mut TypeObject) {
    // SAFETY: t is being freed; its bases tuple is still intact.
    unsafe {
        if !tuple::is_tuple(&(*t).bases) {
            return;
        }
        for b in tuple::items(&(*t).bases) {
            if crate::types::is_type(b) {
                crate::types::as_type(b)
                    .subclasses
                    .borrow_mut()
                    .retain(|s| *s != t);
            }
        }
    }
}
