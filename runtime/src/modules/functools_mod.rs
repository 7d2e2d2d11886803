//! The `_functools` module: `partial` and `reduce` (CPython 2.7's
//! _functoolsmodule.c; `lib/functools.py` builds on it).
//!
//! A partial object holds the function, the frozen positional arguments
//! (a tuple) and keywords (a dict, shared with Python through
//! `p.keywords`); it has an instance `__dict__` and is subclassable.

use super::native_type::{self, State, visit_all};
use crate::types::{Slots, TypeObject, type_value};
use crate::value::Value;
use crate::{PyResult, args, dict, err, module, ops, tuple};

struct Partial {
    func: Value,
    args: Value,
    kw: Value,
}

impl Default for Partial {
    fn default() -> Self {
        Partial {
            func: Value::NULL,
            args: Value::NULL,
            kw: Value::NULL,
        }
    }
}

impl State for Partial {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        visit_all(&[&self.func, &self.args, &self.kw], f);
    }
}

fn st(v: &Value) -> std::cell::Ref<'_, Partial> {
    native_type::state::<Partial>(v).borrow()
}

fn partial_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    if a.is_empty() {
        return Err(err::type_error(
            "type 'partial' takes at least one argument",
        ));
    }
    if !ops::is_callable(&a[0]) {
        return Err(err::type_error("the first argument must be callable"));
    }
    let d = dict::new();
    for pair in kw.chunks_exact(2) {
        dict::set(&d, pair[0].clone(), pair[1].clone())?;
    }
    Ok(native_type::alloc(
        t.as_ptr() as *mut TypeObject,
        Partial {
            func: a[0].clone(),
            args: tuple::from_slice(&a[1..]),
            kw: d,
        },
    ))
}

fn partial_call(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (func, fargs, fkw) = {
        let s = st(v);
        (s.func.clone(), s.args.clone(), s.kw.clone())
    };
    let mut all: Vec<Value> = tuple::items(&fargs).to_vec();
    all.extend_from_slice(a);
    if dict::len(&fkw) == 0 {
        return ops::call(&func, &all, kw);
    }
    // the frozen keywords, overridden by the call's
    let merged = dict::copy(&fkw);
    for pair in kw.chunks_exact(2) {
        dict::set(&merged, pair[0].clone(), pair[1].clone())?;
    }
    let mut flat = Vec::with_capacity(dict::len(&merged) * 2);
    for (k, x) in dict::items_vec(&merged) {
        flat.push(k);
        flat.push(x);
    }
    ops::call(&func, &all, &flat)
}

fn get_func(v: &Value) -> PyResult {
    Ok(st(v).func.clone())
}

fn get_args(v: &Value) -> PyResult {
    Ok(st(v).args.clone())
}

fn get_keywords(v: &Value) -> PyResult {
    Ok(st(v).kw.clone())
}

fn readonly(_v: &Value, _x: Option<Value>) -> PyResult<()> {
    Err(err::type_error("readonly attribute"))
}

fn get_dict(v: &Value) -> PyResult {
    Ok(ops::instance_dict_create(v).unwrap_or(Value::NONE))
}

fn set_dict(v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(x) = x else {
        return Err(err::type_error(
            "a partial object's dictionary may not be deleted",
        ));
    };
    if !dict::is_dict(&x) {
        return Err(err::type_error(
            "setting partial object's dictionary to a non-dict",
        ));
    }
    if let Some(p) = ops::dict_slot(v) {
        // SAFETY: p is the live object's dict slot; the old dict is
        // dropped after the store.
        let old = unsafe { std::mem::replace(&mut *p, x) };
        drop(old);
    }
    Ok(())
}

fn partial_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let (func, fargs, fkw) = {
        let s = st(v);
        (s.func.clone(), s.args.clone(), s.kw.clone())
    };
    let d = ops::instance_dict(v).unwrap_or(Value::NONE);
    Ok(tuple::new(vec![
        type_value(crate::object::type_of(v)),
        tuple::new(vec![func.clone()]),
        tuple::new(vec![func, fargs, fkw, d]),
    ]))
}

fn partial_setstate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let state = args::one("__setstate__", a, kw)?;
    let bad = || err::type_error("invalid partial state");
    if !tuple::is_tuple(state) || tuple::items(state).len() != 4 {
        return Err(bad());
    }
    let [func, fargs, fkw, d] = tuple::items(state) else {
        return Err(bad());
    };
    if !ops::is_callable(func) || !tuple::is_tuple(fargs) || !(fkw.is_none() || dict::is_dict(fkw))
    {
        return Err(bad());
    }
    let fargs = if tuple::is_exact_tuple(fargs) {
        fargs.clone()
    } else {
        tuple::from_slice(tuple::items(fargs))
    };
    let fkw = if fkw.is_none() {
        dict::new()
    } else if dict::is_exact_dict(fkw) {
        fkw.clone()
    } else {
        dict::copy(fkw)
    };
    let old = std::mem::replace(
        &mut *native_type::state::<Partial>(v).borrow_mut(),
        Partial {
            func: func.clone(),
            args: fargs,
            kw: fkw,
        },
    );
    drop(old);
    if let Some(p) = ops::dict_slot(v) {
        let new = if d.is_none() { Value::NULL } else { d.clone() };
        // SAFETY: p is the live object's dict slot.
        let old = unsafe { std::mem::replace(&mut *p, new) };
        drop(old);
    }
    Ok(Value::NONE)
}

fn reduce(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("reduce", a, kw, 2, 3)?;
    let (func, seq) = (&a[0], &a[1]);
    let mut acc = a.get(2).cloned();
    let it =
        ops::iter(seq).map_err(|_| err::type_error("reduce() arg 2 must support iteration"))?;
    while let Some(x) = ops::next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(r) => ops::call(func, &[r, x], &[])?,
        });
    }
    acc.ok_or_else(|| err::type_error("reduce() of empty sequence with no initial value"))
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("_functools");
    module::add_fn(&m, "reduce", reduce);
    let t = native_type::new_type_with_dict::<Partial>(
        "functools.partial",
        Slots {
            new: Some(partial_new),
            call: Some(partial_call),
            ..Default::default()
        },
        true,
    );
    crate::descr::add_methods(
        t,
        &[
            ("__reduce__", partial_reduce),
            ("__setstate__", partial_setstate),
        ],
    );
    crate::descr::add_getsets(
        t,
        &[
            ("func", get_func, Some(readonly)),
            ("args", get_args, Some(readonly)),
            ("keywords", get_keywords, Some(readonly)),
            ("__dict__", get_dict, Some(set_dict)),
        ],
    );
    native_type::ready(t);
    module::set_attr(&m, "partial", type_value(t));
    Ok(m)
}
