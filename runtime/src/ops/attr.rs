//! Attribute access: `PyObject_GetAttr`, `PyObject_SetAttr` and the generic
//! implementations (`PyObject_GenericGetAttr`/`SetAttr`): data descriptors
//! on the type win over the instance dict, which wins over other class
//! attributes.

use crate::object::type_of;
use crate::rt::rt;
use crate::types::{lookup, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, dict, err, str as pstr};

/// `obj.name`; `name` is a str.
#[inline]
pub fn getattr(obj: &Value, name: &Value) -> PyResult {
    match type_ref(obj).slots.getattr {
        Some(f) => f(obj, name),
        None => generic_getattr(obj, name),
    }
}

/// `obj.name` by Rust string.
pub fn getattr_str(obj: &Value, name: &str) -> PyResult {
    getattr(obj, &crate::rt::intern(name))
}

/// `obj.name`, with AttributeError turned into `None`.
pub fn getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    match getattr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(rt().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `hasattr(obj, name)` (any exception counts as "no", as in 2.7).
pub fn hasattr(obj: &Value, name: &str) -> bool {
    getattr(obj, &crate::rt::intern(name)).is_ok()
}

/// `obj.name = v` (`Some`) or `del obj.name` (`None`).
#[inline]
pub fn setattr(obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    match type_ref(obj).slots.setattr {
        Some(f) => f(obj, name, v),
        None => generic_setattr(obj, name, v),
    }
}

/// The address of an object's instance-dict slot, if its type has one.
#[inline]
pub fn dict_slot(obj: &Value) -> Option<*mut Value> {
    if !obj.is_ptr() {
        return None;
    }
    let off = type_ref(obj).dictoffset;
    if off == 0 {
        None
    } else {
        // SAFETY: dictoffset is the offset of a Value field in instances.
        Some(unsafe { (obj.as_ptr() as *mut u8).add(off as usize) as *mut Value })
    }
}

/// The instance dict in dict slot `p`, made (a fresh instance dict) if
/// the object has none yet: what storing an attribute starts from.
///
/// # Safety
/// `p` is the [`dict_slot`] of a live object.
#[inline]
pub unsafe fn dict_in_slot(p: *mut Value) -> Value {
    // SAFETY: forwarded contract.
    let slot = unsafe { &mut *p };
    if slot.is_null() {
        *slot = dict::new_instance_dict();
    }
    slot.clone()
}

/// The instance dict of `obj`, if it has one and it exists yet.
#[inline]
pub fn instance_dict(obj: &Value) -> Option<Value> {
    let p = dict_slot(obj)?;
    // SAFETY: p points into the live object.
    let d = unsafe { &*p };
    if d.is_null() { None } else { Some(d.clone()) }
}

/// The instance dict of `obj`, created on first use.
pub fn instance_dict_create(obj: &Value) -> Option<Value> {
    let p = dict_slot(obj)?;
    // SAFETY: p points into the live object; creating the dict runs no
    // Python code.
    unsafe {
        if (*p).is_null() {
            *p = dict::new_instance_dict();
        }
        Some((*p).clone())
    }
}

/// `PyObject_GenericGetAttr`.
pub fn generic_getattr(obj: &Value, name: &Value) -> PyResult {
    match generic_getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => Err(err::no_attribute(obj, name)),
    }
}

/// `PyObject_GenericGetAttr` returning `None` instead of raising
/// AttributeError for a missing name.
pub fn generic_getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let tp = type_of(obj);
    let descr = lookup(tp, name);
    if let Some(d) = &descr {
        let ds = &type_ref(d).slots;
        if let (Some(get), Some(_)) = (ds.descr_get, ds.descr_set) {
            return get(d, obj, &type_value(tp)).map(Some);
        }
    }
    if let Some(p) = dict_slot(obj) {
        // SAFETY: p points into the live object.
        let d = unsafe { &*p };
        if !d.is_null() {
            let d = d.clone();
            let found = if pstr::is_exact_str(name) {
                dict::get_str(&d, name)
            } else {
                dict::get(&d, name)?
            };
            if let Some(v) = found {
                return Ok(Some(v));
            }
        }
    }
    if let Some(d) = descr {
        if let Some(get) = type_ref(&d).slots.descr_get {
            return get(&d, obj, &type_value(tp)).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// `PyObject_GenericSetAttr` (`None` deletes).
pub fn generic_setattr(obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let tp = type_of(obj);
    let descr = lookup(tp, name);
    if let Some(d) = &descr
        && let Some(set) = type_ref(d).slots.descr_set
    {
        return set(d, obj, v);
    }
    if let Some(p) = dict_slot(obj) {
        match v {
            Some(val) => {
                // SAFETY: p is obj's dict slot; obj is alive.
                let d = unsafe { dict_in_slot(p) };
                return dict::set(&d, name.clone(), val);
            }
            None => {
                // SAFETY: p points into the live object.
                let slot = unsafe { &*p };
                if !slot.is_null() {
                    let d = slot.clone();
                    if dict::pop(&d, name)?.is_some() {
                        return Ok(());
                    }
                }
                return Err(crate::PyErr::with_arg(
                    rt().exc.attribute_error,
                    name.clone(),
                ));
            }
        }
    }
    let t = type_ref(obj);
    if descr.is_none() {
        return Err(err::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            t.name_str(),
            pstr::as_str_lossy(name)
        )));
    }
    Err(err::attribute_error(format!(
        "'{}' object attribute '{}' is read-only",
        t.name_str(),
        pstr::as_str_lossy(name)
    )))
}
