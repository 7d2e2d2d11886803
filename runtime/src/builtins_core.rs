//! `isinstance`, `issubclass` and attribute-name conversion: the type
//! checks shared by the interpreter (exception matching), builtins and
//! descriptors (abstract.c's `PyObject_IsInstance`/`IsSubclass`).

use crate::object::type_of;
use crate::types::{TypeObject, is_subtype, is_type, type_value};
use crate::value::Value;
use crate::{PyResult, classic, err, ops, str as pstr, tuple, unicode};

/// Is classic class (or type) `c` derived from classic class `base`?
fn classic_subclass(c: &Value, base: &Value) -> bool {
    if c.is(base) {
        return true;
    }
    if !classic::is_class(c) {
        return false;
    }
    let mut seen = Vec::new();
    classic::depth_first(c, &mut seen);
    seen.iter().any(|x| x.is(base))
}

/// The `__bases__` of a class-like object, if it has them.
fn abstract_bases(c: &Value) -> PyResult<Option<Value>> {
    match ops::getattr_opt(c, &crate::rt::intern("__bases__"))? {
        Some(b) if tuple::is_tuple(&b) => Ok(Some(b)),
        _ => Ok(None),
    }
}

fn abstract_issubclass(derived: &Value, cls: &Value) -> PyResult<bool> {
    if derived.is(cls) {
        return Ok(true);
    }
    let Some(bases) = abstract_bases(derived)? else {
        return Ok(false);
    };
    for b in tuple::items(&bases).to_vec() {
        if abstract_issubclass(&b, cls)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `isinstance(obj, cls)`.
pub fn isinstance(obj: &Value, cls: &Value) -> PyResult<bool> {
    if is_type(cls) {
        let t = cls.as_ptr() as *mut TypeObject;
        if is_subtype(type_of(obj), t) {
            return Ok(true);
        }
        // SAFETY: cls is a type; its metaclass is live.
        let meta = type_of(cls);
        if meta != crate::rt::rt().types.type_
            && let Some(check) = crate::types::lookup_str(meta, "__instancecheck__")
        {
            let r = ops::call(&ops::bind(&check, cls)?, std::slice::from_ref(obj), &[])?;
            return ops::truthy(&r);
        }
        // an object may claim another class through __class__
        if let Some(c) = ops::getattr_opt(obj, &crate::rt::intern("__class__"))?
            && !c.is(&type_value(type_of(obj)))
            && is_type(&c)
        {
            return Ok(is_subtype(c.as_ptr() as *mut TypeObject, t));
        }
        return Ok(false);
    }
    if classic::is_class(cls) {
        if classic::is_instance(obj) {
            return Ok(classic_subclass(&classic::instance_class(obj), cls));
        }
        if let Some(c) = ops::getattr_opt(obj, &crate::rt::intern("__class__"))? {
            return Ok(classic_subclass(&c, cls));
        }
        return Ok(false);
    }
    if tuple::is_tuple(cls) {
        for c in tuple::items(cls).to_vec() {
            if isinstance(obj, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = crate::types::lookup_str(type_of(cls), "__instancecheck__") {
        let r = ops::call(&ops::bind(&check, cls)?, std::slice::from_ref(obj), &[])?;
        return ops::truthy(&r);
    }
    if abstract_bases(cls)?.is_none() {
        return Err(err::type_error(
            "isinstance() arg 2 must be a class, type, or tuple of classes and types",
        ));
    }
    match ops::getattr_opt(obj, &crate::rt::intern("__class__"))? {
        Some(c) => abstract_issubclass(&c, cls),
        None => Ok(false),
    }
}

/// `issubclass(derived, cls)`.
pub fn issubclass(derived: &Value, cls: &Value) -> PyResult<bool> {
    if tuple::is_tuple(cls) {
        for c in tuple::items(cls).to_vec() {
            if issubclass(derived, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // A metaclass's __subclasscheck__ decides for any `derived`, classic
    // classes included (abc.ABCMeta.register accepts those).
    if is_type(cls) {
        let meta = type_of(cls);
        if meta != crate::rt::rt().types.type_
            && let Some(check) = crate::types::lookup_str(meta, "__subclasscheck__")
        {
            let r = ops::call(&ops::bind(&check, cls)?, std::slice::from_ref(derived), &[])?;
            return ops::truthy(&r);
        }
    }
    if is_type(cls) && is_type(derived) {
        return Ok(is_subtype(
            derived.as_ptr() as *mut TypeObject,
            cls.as_ptr() as *mut TypeObject,
        ));
    }
    if (classic::is_class(derived) || is_type(derived)) && classic::is_class(cls) {
        return Ok(classic_subclass(derived, cls));
    }
    if !is_type(cls) && !classic::is_class(cls) && abstract_bases(cls)?.is_none() {
        return Err(err::type_error(
            "issubclass() arg 2 must be a class or tuple of classes",
        ));
    }
    if !is_type(derived) && !classic::is_class(derived) && abstract_bases(derived)?.is_none() {
        return Err(err::type_error("issubclass() arg 1 must be a class"));
    }
    abstract_issubclass(derived, cls)
}

/// An attribute name argument as an interned str (unicode names are
/// encoded; other types are a TypeError).
pub fn attr_name(v: &Value) -> PyResult {
    if pstr::is_exact_str(v) {
        return Ok(crate::rt::intern_value(v.clone()));
    }
    if pstr::is_str(v) {
        return Ok(crate::rt::intern_bytes(pstr::as_bytes(v)));
    }
    if unicode::is_unicode(v) {
        let s = unicode::encode_default(v)?;
        return Ok(crate::rt::intern_value(s));
    }
    Err(err::type_error(format!(
        "attribute name must be string, not '{}'",
        crate::types::type_ref(v).name_str()
    )))
}

/// Does exception class `given` match the `except` clause `exc` (a
/// class, or a tuple of them)? CPython's `PyErr_GivenExceptionMatches`.
pub fn exception_matches(given: &Value, exc: &Value) -> bool {
    if tuple::is_tuple(exc) {
        return tuple::items(exc)
            .iter()
            .any(|e| exception_matches(given, e));
    }
    if given.is(exc) {
        return true;
    }
    if is_type(given) && is_type(exc) {
        return is_subtype(
            given.as_ptr() as *mut TypeObject,
            exc.as_ptr() as *mut TypeObject,
        );
    }
    if classic::is_class(given) && classic::is_class(exc) {
        return classic_subclass(given, exc);
    }
    false
}
