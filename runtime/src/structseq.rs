//! Struct sequences: tuples with named fields (`sys.version_info`,
//! `sys.flags`, `time.struct_time`, `os.stat_result`), like CPython's
//! structseq.c. A struct sequence type is a builtin subtype of tuple
//! (named `module.name`, not subclassable) whose fields are read-only
//! properties.
//!
//! Terms (as CPython's): the first `n_sequence_fields` values are the
//! tuple items; a type may have more fields (`n_fields` in all) that are
//! reachable only by name, and some sequence fields may be unnamed
//! (`n_unnamed_fields`: `stat_result`'s integer times).
//!
//! Layout invariant: an instance is a [`TupleObj`] followed by one Value,
//! a tuple of the values past the sequence (NULL when the type has none).

use crate::descr::new_builtin;
use crate::object::{ObjHeader, type_of};
use crate::tuple::TupleObj;
use crate::types::{Layout, TypeFlags, TypeObject, type_value};
use crate::value::Value;
use crate::{PyResult, args, class, dict, err, int, ops, str as pstr, tuple};

/// The hidden-values slot of an instance (after the tuple layout).
fn hidden_slot(p: *mut ObjHeader) -> *mut Value {
    // SAFETY: struct sequence instances are `TupleObj` plus one Value.
    unsafe { (p as *mut u8).add(std::mem::size_of::<TupleObj>()) as *mut Value }
}

/// The values past the sequence, if any.
fn hidden(v: &Value) -> Option<Value> {
    // SAFETY: v is a struct sequence instance (see hidden_slot).
    let h = unsafe { &*hidden_slot(v.as_ptr()) };
    if h.is_null() { None } else { Some(h.clone()) }
}

/// # Safety
/// `p` is a dying struct sequence instance.
unsafe fn drop_structseq(p: *mut ObjHeader) {
    // SAFETY: see hidden_slot.
    unsafe {
        std::ptr::drop_in_place(hidden_slot(p));
        std::ptr::drop_in_place(p as *mut TupleObj);
    }
}

/// # Safety
/// `p` is a live struct sequence instance.
unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live; see hidden_slot.
    unsafe {
        let h = &*hidden_slot(p);
        if !h.is_null() {
            visit(h);
        }
        if let Some(t) = (*crate::rt::rt().types.tuple).slots.traverse {
            t(p, visit);
        }
    }
}

/// The getter of a field: `index` is its position; positions past the
/// tuple read the hidden values.
fn field_get(index: &Value, a: &[Value], _kw: &[Value]) -> PyResult {
    let i = int::as_i64(index).unwrap_or(0) as usize;
    let t = &a[0];
    let items = tuple::items(t);
    if let Some(x) = items.get(i) {
        return Ok(x.clone());
    }
    Ok(hidden(t)
        .and_then(|h| tuple::items(&h).get(i - items.len()).cloned())
        .unwrap_or(Value::NONE))
}

/// An integer class attribute of a struct sequence type.
fn type_int(t: *mut TypeObject, name: &str) -> usize {
    // SAFETY: t is a live struct sequence type.
    let d = unsafe { (*t).dict.clone() };
    dict::get_item_str(&d, name)
        .and_then(|x| int::as_i64(&x))
        .unwrap_or(0) as usize
}

/// A tuple class attribute of a struct sequence type.
fn type_tuple(t: *mut TypeObject, name: &str) -> Value {
    // SAFETY: t is a live struct sequence type.
    let d = unsafe { (*t).dict.clone() };
    dict::get_item_str(&d, name).unwrap_or_else(tuple::empty)
}

fn structseq_repr(v: &Value) -> PyResult {
    let t = type_of(v);
    let names = type_tuple(t, "_fields");
    let mut out = class::tp_name(t);
    out.push('(');
    // as CPython, the named fields in order are paired with the items
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
    let tp = t.as_ptr() as *mut TypeObject;
    let p = args::parse("structseq", a, kw, &["sequence", "dict"], 1)?;
    let items = ops::seq_to_vec(p[0].as_ref().unwrap())?;
    let extra = match args::opt(&p[1]) {
        Some(d) if !dict::is_dict(d) => {
            return Err(err::type_error(format!(
                "{}() takes a dict as second arg, if any",
                class::tp_name(tp)
            )));
        }
        other => other.cloned(),
    };
    let n = type_int(tp, "n_sequence_fields");
    let max = type_int(tp, "n_fields");
    let len = items.len();
    let name = class::tp_name(tp);
    if len < n {
        let how = if n == max { "a" } else { "an at least" };
        return Err(err::type_error(format!(
            "{name}() takes {how} {n}-sequence ({len}-sequence given)"
        )));
    }
    if len > max {
        let how = if n == max { "a" } else { "an at most" };
        return Err(err::type_error(format!(
            "{name}() takes {how} {max}-sequence ({len}-sequence given)"
        )));
    }
    let mut all = items;
    let names = type_tuple(tp, "_hidden");
    for (k, name) in tuple::items(&names).iter().enumerate() {
        if n + k >= all.len() {
            let v = extra
                .as_ref()
                .and_then(|e| dict::get_str(e, name))
                .unwrap_or(Value::NONE);
            all.push(v);
        }
    }
    Ok(new(tp, all))
}

fn m_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let t = type_of(v);
    let d = dict::new();
    if let Some(h) = hidden(v) {
        let names = type_tuple(t, "_hidden");
        for (k, x) in tuple::items(&names).iter().zip(tuple::items(&h)) {
            dict::set(&d, k.clone(), x.clone())?;
        }
    }
    Ok(tuple::new(vec![
        type_value(t),
        tuple::new(vec![tuple::from_slice(tuple::items(v)), d]),
    ]))
}

/// Creates a struct sequence type `module.name` with `fields`.
pub fn new_type(module: &str, name: &str, fields: &[&str]) -> *mut TypeObject {
    let all: Vec<Option<&str>> = fields.iter().map(|f| Some(*f)).collect();
    new_type_with_hidden(module, name, &all, fields.len())
}

/// Creates a struct sequence type `module.name`: `fields` lists every
/// field in position order (`None` for an unnamed one); the first
/// `n_sequence` are the tuple items.
pub fn new_type_with_hidden(
    module: &str,
    name: &str,
    fields: &[Option<&str>],
    n_sequence: usize,
) -> *mut TypeObject {
    let rt = crate::rt::rt();
    let tuple_t = rt.types.tuple;
    // SAFETY: tuple is a live builtin type.
    let mut slots = unsafe { (*tuple_t).slots };
    slots.repr = Some(structseq_repr);
    slots.new = Some(structseq_new);
    slots.traverse = Some(traverse);
    let full: &'static str = Box::leak(format!("{module}.{name}").into_boxed_str());
    let t = crate::modules::native_types::new_type(
        full,
        tuple_t,
        Layout::Tuple,
        std::mem::size_of::<TupleObj>() + std::mem::size_of::<Value>(),
        drop_structseq,
        TypeFlags::HAS_GC,
        slots,
    );
    let mut names = Vec::new();
    let mut hidden_names = Vec::new();
    let mut unnamed = 0;
    for (i, f) in fields.iter().enumerate() {
        let Some(f) = f else {
            unnamed += 1;
            continue;
        };
        names.push(pstr::new(f));
        if i >= n_sequence {
            hidden_names.push(pstr::new(f));
        }
        let getter = new_builtin("getter", field_get, int::new(i as i64));
        let prop = ops::call(&type_value(rt.types.property), &[getter], &[]).expect("property()");
        crate::descr::add_attr(t, f, prop);
    }
    crate::descr::add_attr(t, "_fields", tuple::new(names));
    crate::descr::add_attr(t, "_hidden", tuple::new(hidden_names));
    crate::descr::add_attr(t, "n_sequence_fields", int::new(n_sequence as i64));
    crate::descr::add_attr(t, "n_fields", int::new(fields.len() as i64));
    crate::descr::add_attr(t, "n_unnamed_fields", int::new(unnamed));
    crate::descr::add_methods(t, &[("__reduce__", m_reduce)]);
    crate::modules::native_types::ready(t, false);
    t
}

/// An instance of struct sequence type `t` from all its field values
/// (the sequence ones, then the hidden ones).
pub fn new(t: *mut TypeObject, items: Vec<Value>) -> Value {
    let n = type_int(t, "n_sequence_fields");
    let mut items = items;
    let rest = if items.len() > n {
        items.split_off(n)
    } else {
        Vec::new()
    };
    let v = tuple::new_of_type(t, items);
    if !rest.is_empty() {
        // SAFETY: v is a fresh instance of t, whose layout has the slot;
        // it holds NULL (alloc_object fills the tail).
        unsafe { *hidden_slot(v.as_ptr()) = tuple::new(rest) };
    }
    v
}
