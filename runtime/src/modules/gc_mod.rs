//! The `gc` module: the cycle collector's interface.

use crate::value::Value;
use crate::{PyResult, args, gc, int, list, module, tuple};

fn collect(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("collect", a, kw, &["generation"], 0)?;
    let g = match &p[0] {
        Some(g) => args::c_int(g)? as i64,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(crate::err::value_error("invalid generation"));
    }
    Ok(int::new(gc::collect(g as usize) as i64))
}

fn enable(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("enable", a, kw)?;
    gc::set_enabled(true);
    Ok(Value::NONE)
}

fn disable(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("disable", a, kw)?;
    gc::set_enabled(false);
    Ok(Value::NONE)
}

fn isenabled(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("isenabled", a, kw)?;
    Ok(Value::bool(gc::is_enabled()))
}

fn get_threshold(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("get_threshold", a, kw)?;
    let (x, y, z) = gc::thresholds();
    Ok(tuple::new(vec![
        int::new(x as i64),
        int::new(y as i64),
        int::new(z as i64),
    ]))
}

fn set_threshold(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("set_threshold", a, kw, 1, 3)?;
    let mut v = Vec::new();
    for x in a {
        v.push(args::c_int(x)? as isize);
    }
    gc::set_thresholds(&v);
    Ok(Value::NONE)
}

fn get_count(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("get_count", a, kw)?;
    let (x, y, z) = gc::counts();
    Ok(tuple::new(vec![
        int::new(x as i64),
        int::new(y as i64),
        int::new(z as i64),
    ]))
}

fn is_tracked(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("is_tracked", a, kw)?;
    Ok(Value::bool(gc::is_tracked(x)))
}

thread_local! {
    static DEBUG: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

fn get_debug(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("get_debug", a, kw)?;
    Ok(int::new(DEBUG.with(|d| d.get())))
}

fn set_debug(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("set_debug", a, kw, 1, 1)?;
    let v = args::c_int(&a[0])? as i64;
    DEBUG.with(|d| d.set(v));
    Ok(Value::NONE)
}

fn get_objects(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("get_objects", a, kw)?;
    Ok(list::new(gc::tracked_objects()))
}

fn get_referrers(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("get_referrers", kw)?;
    let mut out = Vec::new();
    for obj in gc::tracked_objects() {
        let mut hit = false;
        // SAFETY: obj is live; traverse only reads.
        unsafe {
            if let Some(f) = (*(*obj.as_ptr()).ty).slots.traverse {
                f(obj.as_ptr(), &mut |c| {
                    if a.iter().any(|x| x.is(c)) {
                        hit = true;
                    }
                });
            }
        }
        if hit {
            out.push(obj);
        }
    }
    Ok(list::new(out))
}

fn get_referents(_s: &Value, a: &[Value], _kw: &[Value]) -> PyResult {
    let mut out = Vec::new();
    for x in a {
        if x.is_ptr() {
            // SAFETY: x is live; traverse only reads.
            unsafe {
                if let Some(f) = (*(*x.as_ptr()).ty).slots.traverse {
                    f(x.as_ptr(), &mut |c| out.push(c.clone()));
                }
            }
        }
    }
    Ok(list::new(out))
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("gc");
    for (name, f) in [
        ("collect", collect as crate::descr::NativeFn),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_count", get_count),
        ("is_tracked", is_tracked),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
    ] {
        module::add_fn(&m, name, f);
    }
    module::set_attr(&m, "garbage", gc::garbage_list());
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_INSTANCES", 8),
        ("DEBUG_OBJECTS", 16),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 62),
    ] {
        module::set_attr(&m, n, int::new(v));
    }
    Ok(m)
}
