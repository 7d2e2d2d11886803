//! Builtin types owned by native modules, created when their module is
//! first imported (after start-up) rather than by `bootstrap`.
//!
//! [`new_type`] allocates the type like a builtin one; the module then adds
//! its methods and getsets and calls [`ready`], which gives the type what
//! bootstrap gives every builtin type: generic attribute access (get and set,
//! as CPython types inherit `object`'s), the
//! default identity hash (unless the type compares or is unhashable), its
//! docstring as `__doc__` in its dict, the
//! slot wrappers (`__repr__`, `__len__`, ...) and a version tag.
//!
//! Invariant: such a type lives as long as the runtime (its creator keeps
//! the reference `new_builtin_type` returns), so modules may cache the raw
//! pointer in a thread-local.

use crate::object::ObjHeader;
use crate::rt::rt;
use crate::types::{Layout, Slots, TypeFlags, TypeObject, type_value};
use crate::value::Value;
use crate::{PyResult, class, dict, str as pstr, tuple};

/// Allocates a builtin type `name` (`module.Name` gives it a `__module__`)
/// with instances of `size` bytes laid out as `layout`.
pub fn new_type(
    name: &'static str,
    base: *mut TypeObject,
    layout: Layout,
    size: usize,
    drop_payload: unsafe fn(*mut ObjHeader),
    flags: TypeFlags,
    slots: Slots,
) -> *mut TypeObject {
    let base = if base.is_null() {
        rt().types.object
    } else {
        base
    };
    crate::bootstrap::new_builtin_type(name, base, layout, size, drop_payload, flags, slots, 0)
}

/// Finishes a type made by [`new_type`] once its dict is filled. With
/// `unhashable`, `hash()` of an instance raises TypeError (and
/// `__hash__` is None), as for CPython's mutable containers.
///
/// # Safety
/// `t` is a type returned by [`new_type`] that no instance uses yet.
pub unsafe fn ready(t: *mut TypeObject, unhashable: bool) {
    // SAFETY: forwarded contract.
    unsafe { fill_slots(t, unhashable) };
    if unhashable {
        crate::descr::add_attr(t, "__hash__", Value::NONE);
    }
    // as PyType_Ready: tp_doc (or None) in the dict, so instances see it
    // SAFETY: forwarded contract.
    let d = unsafe { (*t).dict.clone() };
    if dict::get_item_str(&d, "__doc__").is_none() {
        let doc = crate::docstrings::lookup(&class::tp_name(t)).map_or(Value::NONE, pstr::new);
        dict::set_item_str(&d, "__doc__", doc);
    }
    crate::wrappers::add_operators(t);
    class::type_modified(t);
}

/// The generic slots `ready` gives a type.
///
/// # Safety
/// `t` is a live type under construction.
unsafe fn fill_slots(t: *mut TypeObject, unhashable: bool) {
    // SAFETY: forwarded contract; nothing else uses the slots yet.
    let s = unsafe { &mut (*t).slots };
    if s.getattr.is_none() {
        s.getattr = Some(crate::ops::generic_getattr);
    }
    // as PyType_Ready inherits object's tp_setattro
    if s.setattr.is_none() {
        s.setattr = Some(crate::ops::generic_setattr);
    }
    if unhashable {
        s.hash = None;
    } else if s.hash.is_none() && s.richcompare.is_none() && s.compare.is_none() {
        s.hash = Some(|v| Ok(crate::ops::hash_pointer(v)));
    }
}

/// A new exception class `module.name` deriving from `base` (CPython's
/// `PyErr_NewException`).
pub fn new_exception(module: &str, name: &str, base: *mut TypeObject) -> PyResult<Value> {
    let ns = dict::new();
    dict::set_item_str(&ns, "__module__", pstr::new(module));
    let bases = tuple::new(vec![type_value(base)]);
    class::type_new(rt().types.type_, &pstr::new(name), &bases, &ns)
}

/// `PyInt_AsSsize_t`: ints, longs and objects with `__int__` (floats
/// truncate), as the C modules' size and offset arguments take them.
pub fn as_ssize_t(v: &Value) -> PyResult<isize> {
    use num_traits::ToPrimitive;
    if let Some(f) = crate::float::as_f64(v) {
        return Ok(f as isize);
    }
    if crate::long::is_long(v) {
        return crate::long::as_big(v)
            .to_isize()
            .ok_or_else(|| crate::err::overflow_error("long int too large to convert to int"));
    }
    Ok(crate::ops::as_i64_arg(v)? as isize)
}
