//! `object.__reduce__` and `object.__reduce_ex__`: the default pickle
//! protocol that `copy` and `pickle` use for instances of classes that
//! define no reduction of their own (typeobject.c's `object_reduce_ex`,
//! `_common_reduce` and `reduce_2`).
//!
//! Protocol 2 is built here: `(copy_reg.__newobj__, (cls,) + args, state,
//! listitems, dictitems)`, where args come from `__getnewargs__`, state
//! from `__getstate__` or the instance `__dict__` plus its slot values.
//! Protocols 0 and 1 are `copy_reg._reduce_ex(obj, proto)`. Both need the
//! `copy_reg` module (Python, in the bundled library), imported on use.

use crate::rt::{intern, rt};
use crate::types::{TypeObject, lookup_str, type_ref};
use crate::value::Value;
use crate::{PyResult, args, dict, err, int, list, ops, str as pstr, tuple};

/// `import copy_reg`.
fn copy_reg() -> PyResult {
    let none = Value::NONE;
    (rt().hooks.get().import)(&pstr::new("copy_reg"), &none, &none, &none, 0)
}

/// The optional protocol argument ("|i" format).
fn protocol(name: &str, a: &[Value], kw: &[Value]) -> PyResult<i64> {
    args::no_kw(name, kw)?;
    match a {
        [] => Ok(0),
        [p] => ops::as_i64_arg(p),
        _ => Err(err::type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            a.len()
        ))),
    }
}

/// `object.__reduce__([proto])`.
pub fn object_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let proto = protocol("__reduce__", a, kw)?;
    common_reduce(v, proto)
}

/// `object.__reduce_ex__([proto])`: a `__reduce__` overridden by the class
/// wins; otherwise the default reduction for the protocol.
pub fn object_reduce_ex(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let proto = protocol("__reduce_ex__", a, kw)?;
    if let Some(reduce) = ops::getattr_opt(v, &intern("__reduce__"))? {
        let cls = ops::getattr(v, &intern("__class__"))?;
        let overridden = match crate::types::is_type(&cls) {
            true => {
                let t = cls.as_ptr() as *mut crate::types::TypeObject;
                let own = lookup_str(t, "__reduce__");
                let base = lookup_str(rt().types.object, "__reduce__");
                match (own, base) {
                    (Some(o), Some(b)) => o.as_ptr() != b.as_ptr(),
                    (o, b) => o.is_some() != b.is_some(),
                }
            }
            false => true,
        };
        if overridden {
            return ops::call(&reduce, &[], &[]);
        }
    }
    common_reduce(v, proto)
}

fn common_reduce(v: &Value, proto: i64) -> PyResult {
    if proto >= 2 {
        return reduce_2(v);
    }
    let cr = copy_reg()?;
    let f = ops::getattr(&cr, &intern("_reduce_ex"))?;
    ops::call(&f, &[v.clone(), int::new(proto)], &[])
}

/// Does `t` have a constructor of its own (CPython's non-NULL `tp_new`)?
/// Builtin types directly under object do not inherit object's.
fn has_constructor(t: *mut TypeObject) -> bool {
    let object = rt().types.object;
    // SAFETY: t and object are live type objects.
    unsafe {
        if t == object || (*t).is_heap() {
            return true;
        }
        match ((*t).slots.new, (*object).slots.new) {
            (Some(own), Some(base)) => !std::ptr::fn_addr_eq(own, base),
            (own, _) => own.is_some(),
        }
    }
}

/// The names of the slots of `cls` and its bases (`copy_reg._slotnames`,
/// cached in the class as `__slotnames__`), or None.
fn slot_names(cls: &Value) -> PyResult {
    if crate::types::is_type(cls) {
        let t = cls.as_ptr() as *mut crate::types::TypeObject;
        // SAFETY: cls is a type, so t points to a live TypeObject.
        let d = unsafe { (*t).dict.clone() };
        if let Some(names) = dict::get_item_str(&d, "__slotnames__")
            && list::is_list(&names)
        {
            return Ok(names);
        }
    }
    let cr = copy_reg()?;
    let f = ops::getattr(&cr, &intern("_slotnames"))?;
    let names = ops::call(&f, std::slice::from_ref(cls), &[])?;
    if !names.is_none() && !list::is_list(&names) {
        return Err(err::type_error(
            "copy_reg._slotnames didn't return a list or None",
        ));
    }
    Ok(names)
}

/// Protocol 2: `(copy_reg.__newobj__, (cls,) + args, state, listitems,
/// dictitems)`.
fn reduce_2(v: &Value) -> PyResult {
    let cls = ops::getattr(v, &intern("__class__"))?;
    if crate::types::is_type(&cls) && !has_constructor(cls.as_ptr() as *mut TypeObject) {
        return Err(err::type_error(format!(
            "can't pickle {} objects",
            crate::class::type_short_name(cls.as_ptr() as *mut TypeObject)
        )));
    }
    let newargs = match ops::getattr_opt(v, &intern("__getnewargs__"))? {
        Some(f) => {
            let r = ops::call(&f, &[], &[])?;
            if !tuple::is_tuple(&r) {
                return Err(err::type_error(format!(
                    "__getnewargs__ should return a tuple, not '{}'",
                    type_ref(&r).name_str()
                )));
            }
            tuple::items(&r).to_vec()
        }
        None => Vec::new(),
    };
    let state = match ops::getattr_opt(v, &intern("__getstate__"))? {
        Some(f) => ops::call(&f, &[], &[])?,
        None => {
            let inst_dict = ops::getattr_opt(v, &intern("__dict__"))?.unwrap_or(Value::NONE);
            let names = slot_names(&cls)?;
            let mut state = inst_dict.clone();
            if !names.is_none() {
                let slots = dict::new();
                let mut n = 0;
                for name in list::items(&names).to_vec() {
                    if let Some(value) = ops::getattr_opt(v, &name)? {
                        dict::set(&slots, name, value)?;
                        n += 1;
                    }
                }
                if n > 0 {
                    state = tuple::new(vec![inst_dict, slots]);
                }
            }
            state
        }
    };
    let listitems = if list::is_list(v) {
        ops::iter(v)?
    } else {
        Value::NONE
    };
    let dictitems = if dict::is_dict(v) {
        ops::call_method(v, "iteritems", &[])?
    } else {
        Value::NONE
    };
    let cr = copy_reg()?;
    let newobj = ops::getattr(&cr, &intern("__newobj__"))?;
    let mut args2 = Vec::with_capacity(newargs.len() + 1);
    args2.push(cls);
    args2.extend(newargs);
    Ok(tuple::new(vec![
        newobj,
        tuple::new(args2),
        state,
        listitems,
        dictitems,
    ]))
}
