//! The semantics of `raise` (ceval.c's `do_raise`, errors.c's
//! `PyErr_NormalizeException`): what `raise T`, `raise T, v` and
//! `raise inst` mean, shared by RAISE_VARARGS and `generator.throw`.

use crate::object::type_of;
use crate::rt::rt;
use crate::types::{is_subtype, is_type, type_ref, type_value};
use crate::value::Value;
use crate::{PyErr, PyResult, classic, err, ops, tuple};

/// Is `v` a class that can be raised (classic, or BaseException subclass)?
pub fn is_exception_class(v: &Value) -> bool {
    classic::is_class(v)
        || (is_type(v)
            && is_subtype(
                v.as_ptr() as *mut crate::types::TypeObject,
                rt().exc.base_exception,
            ))
}

/// Is `v` an instance that can be raised?
pub fn is_exception_instance(v: &Value) -> bool {
    classic::is_instance(v) || is_subtype(type_of(v), rt().exc.base_exception)
}

/// The class of a raisable instance.
pub fn instance_class(v: &Value) -> Value {
    if classic::is_instance(v) {
        classic::instance_class(v)
    } else {
        type_value(type_of(v))
    }
}

/// `PyErr_NormalizeException`: instantiates `ty` with `value` unless
/// `value` already is an instance of it.
pub fn normalize(ty: &Value, value: &Value) -> PyResult<(Value, Value)> {
    if is_exception_instance(value) && crate::builtins_core::isinstance(value, ty)? {
        return Ok((instance_class(value), value.clone()));
    }
    let args: Vec<Value> = if value.is_none() || value.is_null() {
        Vec::new()
    } else if tuple::is_tuple(value) {
        tuple::items(value).to_vec()
    } else {
        vec![value.clone()]
    };
    let inst = ops::call(ty, &args, &[])?;
    if !is_exception_instance(&inst) {
        return Err(err::type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            ops::repr_string(ty)?,
            type_ref(&inst).name_str()
        )));
    }
    Ok((instance_class(&inst), inst))
}

/// The exception `raise typ, val` raises.
pub fn make_error(typ: &Value, val: &Value) -> PyResult<PyErr> {
    let mut ty = typ.clone();
    while tuple::is_tuple(&ty) && !tuple::items(&ty).is_empty() {
        ty = tuple::items(&ty)[0].clone();
    }
    if is_exception_class(&ty) {
        let (cls, inst) = normalize(&ty, val)?;
        return Ok(PyErr::from_parts(cls, inst, Value::NONE));
    }
    if is_exception_instance(&ty) {
        if !val.is_none() && !val.is_null() {
            return Err(err::type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(PyErr::from_parts(instance_class(&ty), ty, Value::NONE));
    }
    Err(err::type_error(format!(
        "exceptions must be old-style classes or derived from BaseException, not {}",
        type_ref(&ty).name_str()
    )))
}
