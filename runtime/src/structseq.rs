//! Struct sequences: tuples with named fields (`sys.version_info`,
//! `sys.flags`, `time.struct_time`, `os.stat_result`), like CPython's
//! structseq.c. A struct sequence type is a subclass of tuple whose fields
//! are read-only properties reading tuple items.

use crate::descr::new_builtin;
use crate::object::type_of;
use crate::types::{TypeObject, type_value};
use crate::value::Value;
use crate::{PyResult, args, class, dict, err, int, ops, str as pstr, tuple};

fn field_get(index: &Value, a: &[Value], _kw: &[Value]) -> PyResult {
    let i = int::as_i64(index).unwrap_or(0) as usize;
    let t = &a[0];
    Ok(tuple::items(t).get(i).cloned().unwrap_or(Value::NONE))
}

fn structseq_repr(v: &Value) -> PyResult {
    let t = type_of(v);
    // SAFETY: v's type is a live struct sequence type.
    let d = unsafe { (*t).dict.clone() };
    let names = dict::get_item_str(&d, "_fields").unwrap_or_else(tuple::empty);
    let mut out = String::new();
    let module = class::type_module_name(t);
    if !module.is_empty() && module != "__builtin__" {
        out.push_str(&module);
        out.push('.');
    }
    out.push_str(&class::type_short_name(t));
    out.push('(');
    for (i, (n, x)) in tuple::items(&names)
        .iter()
        .zip(tuple::items(v).iter())
        .enumerate()
    {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(pstr::as_str_lossy(n));
        out.push('=');
        out.push_str(&ops::repr_string(x)?);
    }
    out.push(')');
    Ok(pstr::from_string(out))
}

fn structseq_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count(
        &class::type_short_name(t.as_ptr() as *mut TypeObject),
        a,
        kw,
        1,
        2,
    )?;
    let items = ops::seq_to_vec(&a[0])?;
    // SAFETY: t is a struct sequence type.
    let d = unsafe { (*(t.as_ptr() as *mut TypeObject)).dict.clone() };
    let n = dict::get_item_str(&d, "n_sequence_fields")
        .and_then(|x| int::as_i64(&x))
        .unwrap_or(0) as usize;
    if items.len() != n {
        return Err(err::type_error(format!(
            "{}() takes a {}-sequence ({}-sequence given)",
            class::tp_name(t.as_ptr() as *mut TypeObject),
            n,
            items.len()
        )));
    }
    Ok(tuple::new_of_type(t.as_ptr() as *mut TypeObject, items))
}

/// Creates a struct sequence type `module.name` with `fields`.
pub fn new_type(module: &str, name: &str, fields: &[&str]) -> *mut TypeObject {
    let ns = dict::new();
    dict::set_item_str(&ns, "__module__", pstr::new(module));
    let names: Vec<Value> = fields.iter().map(|f| pstr::new(f)).collect();
    for (i, f) in fields.iter().enumerate() {
        let getter = new_builtin("getter", field_get, int::new(i as i64));
        let prop = ops::call(&type_value(crate::rt::rt().types.property), &[getter], &[])
            .expect("property()");
        dict::set_item_str(&ns, f, prop);
    }
    dict::set_item_str(&ns, "_fields", tuple::new(names));
    dict::set_item_str(&ns, "n_sequence_fields", int::new(fields.len() as i64));
    dict::set_item_str(&ns, "n_fields", int::new(fields.len() as i64));
    let bases = tuple::new(vec![type_value(crate::rt::rt().types.tuple)]);
    let t = class::type_new(crate::rt::rt().types.type_, &pstr::new(name), &bases, &ns)
        .expect("structseq type");
    let tp = t.as_ptr() as *mut TypeObject;
    // SAFETY: tp is a fresh heap type; slots are set once.
    unsafe {
        (*tp).slots.repr = Some(structseq_repr);
        (*tp).slots.new = Some(structseq_new);
        // keep the type alive for the runtime's lifetime
        (*(tp as *mut crate::object::ObjHeader)).refcnt += 1;
    }
    tp
}

/// An instance of struct sequence type `t`.
pub fn new(t: *mut TypeObject, items: Vec<Value>) -> Value {
    tuple::new_of_type(t, items)
}
