//! Dictionary views: `d.viewkeys()`, `d.viewvalues()`, `d.viewitems()`.
//!
//! A view is an [`IterObj`](crate::iterobj::IterObj) whose `seq` is the
//! dict (never exhausted); it reads the dict live, so changes show through.
//! Key and item views are set-like: `in`, comparisons with other views and
//! sets, and `- & ^ |` (which build a `set` from the view and apply the
//! matching in-place set method to the other operand, as CPython does).
//! Value views only have `len`, `iter` and `repr`.

use crate::iterobj::{DictPart, dict_iter, it, new_iter};
use crate::object::type_of;
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, TypeObject};
use crate::value::Value;
use crate::{PyResult, dict, list, ops, set, str as pstr, tuple};

/// A new view of `d`.
pub fn new_view(d: Value, part: DictPart) -> Value {
    let t = &rt().types;
    let ty = match part {
        DictPart::Keys => t.dict_keys,
        DictPart::Values => t.dict_values,
        DictPart::Items => t.dict_items,
    };
    new_iter(ty, d, 0, 0, 0, Value::NULL)
}

/// The viewed dict.
fn dict_of(v: &Value) -> Value {
    it(v).seq().clone()
}

fn part_of(v: &Value) -> DictPart {
    let t = &rt().types;
    let ty = type_of(v);
    if ty == t.dict_keys {
        DictPart::Keys
    } else if ty == t.dict_values {
        DictPart::Values
    } else {
        DictPart::Items
    }
}

/// Is `v` a keys or items view (the set-like views)?
fn is_set_view(v: &Value) -> bool {
    let t = &rt().types;
    v.is_ptr() && (type_of(v) == t.dict_keys || type_of(v) == t.dict_items)
}

fn view_len(v: &Value) -> PyResult<usize> {
    Ok(dict::len(&dict_of(v)))
}

fn view_iter(v: &Value) -> PyResult {
    Ok(dict_iter(dict_of(v), part_of(v)))
}

fn view_repr(v: &Value) -> PyResult {
    let name = crate::class::tp_name(type_of(v));
    let items = ops::seq_to_vec(v)?;
    let r = ops::repr(&list::new(items))?;
    Ok(pstr::from_string(format!(
        "{}({})",
        name,
        pstr::as_str_lossy(&r)
    )))
}

fn keys_contains(v: &Value, k: &Value) -> PyResult<bool> {
    Ok(dict::get(&dict_of(v), k)?.is_some())
}

fn items_contains(v: &Value, item: &Value) -> PyResult<bool> {
    if !tuple::is_tuple(item) || tuple::items(item).len() != 2 {
        return Ok(false);
    }
    let kv = tuple::items(item);
    match dict::get(&dict_of(v), &kv[0])? {
        Some(found) => ops::eq_bool(&found, &kv[1]),
        None => Ok(false),
    }
}

/// Is every element of `a` in `b`?
fn all_contained_in(a: &Value, b: &Value) -> PyResult<bool> {
    let it = ops::iter(a)?;
    while let Some(x) = ops::next(&it)? {
        if !ops::contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !is_set_view(b) && !set::is_anyset(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => la == lb && all_contained_in(a, b)?,
        CmpOp::Lt => la < lb && all_contained_in(a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(Value::bool(if op == CmpOp::Ne { !ok } else { ok }))
}

/// `view OP other`: a set made from the left operand, updated in place
/// by the other (dictviews_sub and friends).
fn view_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    let method = match op {
        BinOp::Sub => "difference_update",
        BinOp::And => "intersection_update",
        BinOp::Or => "update",
        BinOp::Xor => "symmetric_difference_update",
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    let s = set::make_new_set(rt().types.set, Some(a))?;
    ops::call_method(&s, method, std::slice::from_ref(b))?;
    Ok(s)
}

fn m_viewkeys(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::noargs("viewkeys", a, kw)?;
    Ok(new_view(d.clone(), DictPart::Keys))
}

fn m_viewvalues(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::noargs("viewvalues", a, kw)?;
    Ok(new_view(d.clone(), DictPart::Values))
}

fn m_viewitems(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::noargs("viewitems", a, kw)?;
    Ok(new_view(d.clone(), DictPart::Items))
}

/// Fills the view types and adds the `view*` methods to dict (bootstrap).
pub fn setup() {
    let t = &rt().types;
    let views: [*mut TypeObject; 3] = [t.dict_keys, t.dict_values, t.dict_items];
    for ty in views {
        // SAFETY: bootstrap: the types exist and are not shared yet.
        unsafe {
            let s = &mut (*ty).slots;
            s.next = None;
            s.len = Some(view_len);
            s.iter = Some(view_iter);
            s.repr = Some(view_repr);
            s.traverse = Some(crate::iterobj::traverse);
            if ty != t.dict_values {
                // set-like views compare, so they are unhashable
                s.hash = None;
                s.richcompare = Some(view_richcompare);
                s.binop = Some(view_binop);
                s.binop_mask =
                    BinOp::Sub.bit() | BinOp::And.bit() | BinOp::Xor.bit() | BinOp::Or.bit();
                s.contains = Some(if ty == t.dict_keys {
                    keys_contains
                } else {
                    items_contains
                });
            }
        }
        if ty != t.dict_values {
            crate::descr::add_attr(ty, "__hash__", Value::NONE);
        }
    }
    crate::descr::add_methods(
        t.dict,
        &[
            ("viewkeys", m_viewkeys),
            ("viewvalues", m_viewvalues),
            ("viewitems", m_viewitems),
        ],
    );
}
