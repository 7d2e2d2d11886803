//! Struct sequences: read-only sequences with named fields
//! (`sys.version_info`, `sys.flags`, `time.struct_time`,
//! `os.stat_result`), like CPython 2.7's structseq.c: a builtin type named
//! `module.name` deriving from `object` (not from tuple, and not
//! subclassable) that behaves as a tuple of its visible fields for
//! indexing, slicing, `+`, `*`, `in`, comparison and hashing.
//!
//! Terms (as CPython's): the first `n_sequence_fields` values are the
//! visible items; a type may have more fields (`n_fields` in all) that are
//! reachable only by name, and some visible fields may be unnamed
//! (`n_unnamed_fields`: `stat_result`'s integer times).
//!
//! Layout invariant: an instance is a [`TupleObj`] holding the visible
//! items, followed by one Value: a tuple of the values past the sequence
//! (NULL when the type has none). So `tuple::items` reads the visible
//! items of a struct sequence, although `tuple::is_tuple` is false for it.

use crate::object::{ObjHeader, type_of};
use crate::tuple::TupleObj;
use crate::types::{CmpOp, Layout, Slots, TypeFlags, TypeObject, type_value};
use crate::value::Value;
use crate::{PyResult, args, class, dict, err, int, ops, str as pstr, tuple};
use std::cell::RefCell;
use std::collections::HashMap;

/// What a struct sequence type knows about its fields.
struct Meta {
    /// The named fields in position order (the names `repr` pairs with
    /// the visible items).
    named: Vec<&'static str>,
    /// The names of the fields past the sequence, in order.
    hidden: Vec<&'static str>,
    /// `n_sequence_fields`.
    n_sequence: usize,
    /// `n_fields`.
    n_fields: usize,
    /// `(hidden position, visible position)`: a hidden field the
    /// constructor leaves None takes the visible item's value
    /// (`stat_result`'s float times).
    fallbacks: Vec<(usize, usize)>,
}

thread_local! {
    static META: RefCell<HashMap<usize, std::rc::Rc<Meta>>> = RefCell::new(HashMap::new());
}

fn meta(t: *mut TypeObject) -> std::rc::Rc<Meta> {
    META.with(|m| m.borrow().get(&(t as usize)).cloned())
        .expect("struct sequence type")
}

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

/// The visible items (the `TupleObj` part of the layout).
fn items(v: &Value) -> &[Value] {
    // SAFETY: v is a struct sequence instance, which starts with a
    // TupleObj whose items never change.
    unsafe { &*(*(v.as_ptr() as *const TupleObj)).items.get() }
}

/// The visible items as a real tuple (CPython's `make_tuple`).
fn as_tuple(v: &Value) -> Value {
    tuple::from_slice(items(v))
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
    // SAFETY: p is live; see hidden_slot and the layout invariant.
    unsafe {
        let h = &*hidden_slot(p);
        if !h.is_null() {
            visit(h);
        }
        crate::tuple::traverse(p, visit);
    }
}

/// # Safety
/// `p` is a live struct sequence instance.
unsafe fn clear(p: *mut ObjHeader) {
    // SAFETY: p is live; the old value is dropped after the store.
    unsafe {
        let old = std::ptr::replace(hidden_slot(p), Value::NULL);
        drop(old);
        crate::tuple::clear(p);
    }
}

/// A field of a struct sequence type (CPython's read-only
/// `member_descriptor`): `owner.name`, reading position `index`.
#[repr(C)]
struct FieldObj {
    ob: ObjHeader,
    owner: *mut TypeObject,
    name: &'static str,
    index: usize,
}

thread_local! {
    static FIELD_TYPE: std::cell::Cell<*mut TypeObject> =
        const { std::cell::Cell::new(std::ptr::null_mut()) };
}

fn field(d: &Value) -> &FieldObj {
    // SAFETY: d is a field descriptor.
    unsafe { &*(d.as_ptr() as *const FieldObj) }
}

/// The value of field `index` of `v`: a visible item, or a hidden value.
fn field_value(v: &Value, index: usize) -> Value {
    let vis = items(v);
    if let Some(x) = vis.get(index) {
        return x.clone();
    }
    hidden(v)
        .and_then(|h| tuple::items(&h).get(index - vis.len()).cloned())
        .unwrap_or(Value::NONE)
}

fn field_descr_get(d: &Value, obj: &Value, _owner: &Value) -> PyResult {
    if obj.is_null() || obj.is_none() {
        return Ok(d.clone());
    }
    let f = field(d);
    if !crate::types::is_subtype(type_of(obj), f.owner) {
        return Err(err::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
            f.name,
            class::tp_name(f.owner),
            crate::types::type_ref(obj).name_str()
        )));
    }
    Ok(field_value(obj, f.index))
}

fn field_descr_set(_d: &Value, _obj: &Value, _v: Option<Value>) -> PyResult<()> {
    Err(err::type_error("readonly attribute"))
}

fn field_repr(d: &Value) -> PyResult {
    let f = field(d);
    Ok(pstr::from_string(format!(
        "<member '{}' of '{}' objects>",
        f.name,
        class::tp_name(f.owner)
    )))
}

fn field_doc(d: &Value) -> PyResult {
    let f = field(d);
    let key = format!("{}.{}", class::tp_name(f.owner), f.name);
    Ok(crate::docstrings::lookup(&key).map_or(Value::NONE, pstr::new))
}

fn field_name(d: &Value) -> PyResult {
    Ok(pstr::new(field(d).name))
}

fn field_objclass(d: &Value) -> PyResult {
    Ok(type_value(field(d).owner))
}

fn field_type() -> *mut TypeObject {
    let t = FIELD_TYPE.with(|c| c.get());
    if !t.is_null() {
        return t;
    }
    let slots = Slots {
        descr_get: Some(field_descr_get),
        descr_set: Some(field_descr_set),
        repr: Some(field_repr),
        ..Slots::default()
    };
    let t = crate::modules::native_types::new_type(
        "member_descriptor",
        std::ptr::null_mut(),
        Layout::Other,
        std::mem::size_of::<FieldObj>(),
        crate::object::drop_payload_of::<FieldObj>,
        TypeFlags::default(),
        slots,
    );
    crate::descr::add_getsets(
        t,
        &[
            ("__doc__", field_doc, None),
            ("__name__", field_name, None),
            ("__objclass__", field_objclass, None),
        ],
    );
    // SAFETY: the type was just made by new_type.
    unsafe { crate::modules::native_types::ready(t, false) };
    FIELD_TYPE.with(|c| c.set(t));
    t
}

fn new_field(owner: *mut TypeObject, name: &'static str, index: usize) -> Value {
    // SAFETY: FieldObj is the layout of the field descriptor type.
    unsafe {
        crate::object::new_object(
            field_type(),
            FieldObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                owner,
                name,
                index,
            },
        )
    }
}

fn ss_repr(v: &Value) -> PyResult {
    let t = type_of(v);
    let m = meta(t);
    let mut out = class::tp_name(t);
    out.push('(');
    // as CPython, the named fields in order are paired with the items
    for (i, (n, x)) in m.named.iter().zip(items(v).iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(n);
        out.push('=');
        out.push_str(&ops::repr_string(x)?);
    }
    out.push(')');
    Ok(pstr::from_string(out))
}

fn ss_len(v: &Value) -> PyResult<usize> {
    Ok(items(v).len())
}

fn ss_getitem(v: &Value, k: &Value) -> PyResult {
    ops::getitem(&as_tuple(v), k)
}

fn ss_getslice(v: &Value, lo: isize, hi: isize) -> PyResult {
    let (lo, hi) = crate::slice::clamp_simple(items(v).len(), lo, hi);
    Ok(tuple::from_slice(&items(v)[lo..hi]))
}

fn ss_contains(v: &Value, x: &Value) -> PyResult<bool> {
    ops::contains(&as_tuple(v), x)
}

fn ss_concat(v: &Value, w: &Value) -> PyResult {
    ops::add(&as_tuple(v), w)
}

fn ss_repeat(v: &Value, n: isize) -> PyResult {
    ops::mul(&as_tuple(v), &int::new(n as i64))
}

fn ss_richcompare(v: &Value, w: &Value, op: CmpOp) -> PyResult {
    ops::rich_compare(&as_tuple(v), w, op)
}

fn ss_hash(v: &Value) -> PyResult<i64> {
    ops::hash(&as_tuple(v))
}

fn ss_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
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
    let m = meta(tp);
    let (n, max, len) = (m.n_sequence, m.n_fields, items.len());
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
    for (k, field) in m.hidden.iter().enumerate() {
        if n + k >= all.len() {
            let v = extra
                .as_ref()
                .and_then(|e| dict::get_item_str(e, field))
                .unwrap_or(Value::NONE);
            all.push(v);
        }
    }
    for &(h, vis) in &m.fallbacks {
        if h < all.len() && all[h].is_none() {
            all[h] = all[vis].clone();
        }
    }
    Ok(new(tp, all))
}

fn m_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let t = type_of(v);
    let d = dict::new();
    if let Some(h) = hidden(v) {
        for (k, x) in meta(t).hidden.iter().zip(tuple::items(&h)) {
            dict::set_item_str(&d, k, x.clone());
        }
    }
    Ok(tuple::new(vec![
        type_value(t),
        tuple::new(vec![as_tuple(v), d]),
    ]))
}

/// Creates a struct sequence type `module.name` with `fields`.
pub fn new_type(module: &str, name: &str, fields: &[&str]) -> *mut TypeObject {
    let all: Vec<Option<&str>> = fields.iter().map(|f| Some(*f)).collect();
    new_type_with_hidden(module, name, &all, fields.len(), &[])
}

/// Creates a struct sequence type `module.name`: `fields` lists every
/// field in position order (`None` for an unnamed one); the first
/// `n_sequence` are the visible items. Each `(hidden, visible)` pair in
/// `fallbacks` names a hidden field the constructor fills from a visible
/// one when it is not given.
pub fn new_type_with_hidden(
    module: &str,
    name: &str,
    fields: &[Option<&str>],
    n_sequence: usize,
    fallbacks: &[(usize, usize)],
) -> *mut TypeObject {
    let slots = Slots {
        repr: Some(ss_repr),
        new: Some(ss_new),
        len: Some(ss_len),
        getitem: Some(ss_getitem),
        getslice: Some(ss_getslice),
        contains: Some(ss_contains),
        concat: Some(ss_concat),
        repeat: Some(ss_repeat),
        richcompare: Some(ss_richcompare),
        hash: Some(ss_hash),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::default()
    };
    let full: &'static str = Box::leak(format!("{module}.{name}").into_boxed_str());
    let t = crate::modules::native_types::new_type(
        full,
        std::ptr::null_mut(),
        Layout::Other,
        std::mem::size_of::<TupleObj>() + std::mem::size_of::<Value>(),
        drop_structseq,
        TypeFlags::HAS_GC,
        slots,
    );
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    let mut named = Vec::new();
    let mut hidden_names = Vec::new();
    let mut unnamed = 0;
    for (i, f) in fields.iter().enumerate() {
        let Some(f) = f else {
            unnamed += 1;
            continue;
        };
        let f = leak(f);
        named.push(f);
        if i >= n_sequence {
            hidden_names.push(f);
        }
        crate::descr::add_attr(t, f, new_field(t, f, i));
    }
    crate::descr::add_attr(t, "n_sequence_fields", int::new(n_sequence as i64));
    crate::descr::add_attr(t, "n_fields", int::new(fields.len() as i64));
    crate::descr::add_attr(t, "n_unnamed_fields", int::new(unnamed));
    crate::descr::add_methods(t, &[("__reduce__", m_reduce)]);
    META.with(|m| {
        m.borrow_mut().insert(
            t as usize,
            std::rc::Rc::new(Meta {
                named,
                hidden: hidden_names,
                n_sequence,
                n_fields: fields.len(),
                fallbacks: fallbacks.to_vec(),
            }),
        )
    });
    // SAFETY: the type was just made by new_type.
    unsafe { crate::modules::native_types::ready(t, false) };
    t
}

/// An instance of struct sequence type `t` from all its field values
/// (the visible ones, then the hidden ones).
pub fn new(t: *mut TypeObject, items: Vec<Value>) -> Value {
    let n = meta(t).n_sequence;
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
