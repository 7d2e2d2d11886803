//! The `_weakref` module: the weak reference types and the functions the
//! `weakref` library module is built on (`_weakref.c`). The objects
//! themselves live in `weakref.rs` and `weakproxy.rs`.

use crate::rt::rt;
use crate::types::type_value;
use crate::value::Value;
use crate::{PyResult, args, dict, err, int, list, module, ops};

fn getweakrefcount(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("getweakrefcount", a, kw)?;
    Ok(int::new(crate::weakref::count(x) as i64))
}

fn getweakrefs(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("getweakrefs", a, kw)?;
    Ok(list::new(crate::weakref::refs_to(x)))
}

fn proxy(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("proxy", a, kw, 1, 2)?;
    let t = &rt().types;
    let ty = if ops::is_callable(&a[0]) {
        t.weakcallableproxy
    } else {
        t.weakproxy
    };
    crate::weakref::new_ref(ty, &a[0], a.get(1).cloned())
}

fn remove_dead_weakref(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("_remove_dead_weakref", a, kw, 2, 2)?;
    let (d, key) = (&a[0], &a[1]);
    if !dict::is_dict(d) {
        return Err(err::type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            crate::types::type_ref(d).name_str()
        )));
    }
    if let Some(v) = dict::get(d, key)? {
        if !crate::weakref::is_weakref(&v) {
            return Err(err::type_error("not a weakref"));
        }
        if crate::weakref::deref(&v).is_none() {
            match dict::del(d, key) {
                Ok(()) => {}
                Err(e) if e.matches(rt().exc.key_error) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(Value::NONE)
}

/// Creates the `_weakref` module.
pub fn create() -> PyResult {
    let m = module::new_native("_weakref");
    for (name, f) in [
        ("getweakrefcount", getweakrefcount as crate::descr::NativeFn),
        ("getweakrefs", getweakrefs),
        ("proxy", proxy),
        ("_remove_dead_weakref", remove_dead_weakref),
    ] {
        module::add_fn(&m, name, f);
    }
    let t = &rt().types;
    module::set_attr(&m, "ref", type_value(t.weakref));
    module::set_attr(&m, "ReferenceType", type_value(t.weakref));
    module::set_attr(&m, "ProxyType", type_value(t.weakproxy));
    module::set_attr(&m, "CallableProxyType", type_value(t.weakcallableproxy));
    Ok(m)
}
