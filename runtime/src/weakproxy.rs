//! The slots of `weakproxy` and `weakcallableproxy` (weakrefobject.c):
//! every operation on a proxy is applied to its referent, and operands
//! that are proxies are replaced by their referents first. A dead proxy
//! raises `ReferenceError`.
//!
//! Proxies share the [`crate::weakref::WeakRefObj`] layout with `ref`.

use crate::object::type_of;
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, UnOp};
use crate::value::Value;
use crate::{PyResult, args, err, ops, str as pstr};

/// Is `v` a proxy (callable or not)?
pub fn is_proxy(v: &Value) -> bool {
    let t = &rt().types;
    v.is_ptr() && (type_of(v) == t.weakproxy || type_of(v) == t.weakcallableproxy)
}

/// The referent of a live proxy; ReferenceError if it died.
fn referent(p: &Value) -> PyResult {
    let r = crate::weakref::deref(p);
    if r.is_none() {
        return Err(crate::PyErr::new(
            rt().exc.reference_error,
            "weakly-referenced object no longer exists",
        ));
    }
    Ok(r)
}

/// `UNWRAP`: a proxy operand becomes its referent.
fn unwrap(v: &Value) -> PyResult {
    if is_proxy(v) {
        referent(v)
    } else {
        Ok(v.clone())
    }
}

fn p_getattr(p: &Value, name: &Value) -> PyResult {
    ops::getattr(&referent(p)?, name)
}

fn p_setattr(p: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    ops::setattr(&referent(p)?, name, v)
}

fn p_str(p: &Value) -> PyResult {
    ops::str(&referent(p)?)
}

fn p_repr(p: &Value) -> PyResult {
    let r = crate::weakref::deref(p);
    Ok(pstr::from_string(format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        ops::address_of(p),
        crate::types::type_ref(&r).name_str(),
        ops::address_of(&r)
    )))
}

fn p_call(p: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    ops::call(&referent(p)?, a, kw)
}

fn p_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    ops::rich_compare(&unwrap(a)?, &unwrap(b)?, op)
}

fn p_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    ops::binary_op(&unwrap(a)?, &unwrap(b)?, op)
}

fn p_inplace(op: BinOp, a: &Value, b: &Value) -> PyResult {
    ops::inplace(&unwrap(a)?, &unwrap(b)?, op)
}

fn p_pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    ops::pow3(&unwrap(a)?, &unwrap(b)?, &unwrap(c)?)
}

fn p_unop(op: UnOp, a: &Value) -> PyResult {
    let r = referent(a)?;
    match op {
        UnOp::Index => ops::index(&r),
        _ => ops::unary(&r, op),
    }
}

fn p_nonzero(p: &Value) -> PyResult<bool> {
    ops::truthy(&referent(p)?)
}

fn p_len(p: &Value) -> PyResult<usize> {
    ops::len(&referent(p)?)
}

fn p_getitem(p: &Value, k: &Value) -> PyResult {
    ops::getitem(&referent(p)?, &unwrap(k)?)
}

fn p_setitem(p: &Value, k: &Value, v: Option<Value>) -> PyResult<()> {
    let r = referent(p)?;
    match v {
        Some(v) => ops::setitem(&r, k, v),
        None => ops::delitem(&r, k),
    }
}

fn p_getslice(p: &Value, lo: isize, hi: isize) -> PyResult {
    let r = referent(p)?;
    crate::slice::apply(&r, &crate::int::new(lo as i64), &crate::int::new(hi as i64))
}

fn p_setslice(p: &Value, lo: isize, hi: isize, v: Option<Value>) -> PyResult<()> {
    let r = referent(p)?;
    crate::slice::assign(
        &r,
        &crate::int::new(lo as i64),
        &crate::int::new(hi as i64),
        v,
    )
}

fn p_contains(p: &Value, x: &Value) -> PyResult<bool> {
    ops::contains(&referent(p)?, x)
}

fn p_iter(p: &Value) -> PyResult {
    ops::iter(&referent(p)?)
}

fn p_next(p: &Value) -> PyResult<Option<Value>> {
    let r = referent(p)?;
    if crate::types::type_ref(&r).slots.next.is_none() {
        return Err(err::type_error_of(
            "Weakref proxy referenced a non-iterator '%s' object",
            &r,
        ));
    }
    ops::next(&r)
}

fn m_unicode(p: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__unicode__", a, kw)?;
    ops::call_method(&referent(p)?, "__unicode__", &[])
}

/// Fills the proxy types' slots (bootstrap).
pub fn setup() {
    let t = &rt().types;
    for ty in [t.weakproxy, t.weakcallableproxy] {
        // SAFETY: bootstrap; the types are live.
        unsafe {
            let s = &mut (*ty).slots;
            s.getattr = Some(p_getattr);
            s.setattr = Some(p_setattr);
            s.str = Some(p_str);
            s.repr = Some(p_repr);
            s.richcompare = Some(p_richcompare);
            s.binop = Some(p_binop);
            s.inplace = Some(p_inplace);
            s.pow3 = Some(p_pow3);
            s.unop = Some(p_unop);
            s.unop_mask = [
                UnOp::Neg,
                UnOp::Pos,
                UnOp::Invert,
                UnOp::Abs,
                UnOp::Int,
                UnOp::Long,
                UnOp::Float,
                UnOp::Index,
            ]
            .iter()
            .fold(0, |m, o| m | o.bit());
            s.nonzero = Some(p_nonzero);
            s.len = Some(p_len);
            s.getitem = Some(p_getitem);
            s.setitem = Some(p_setitem);
            s.getslice = Some(p_getslice);
            s.setslice = Some(p_setslice);
            s.contains = Some(p_contains);
            s.iter = Some(p_iter);
            s.next = Some(p_next);
            s.hash = None;
        }
        crate::descr::add_methods(ty, &[("__unicode__", m_unicode)]);
    }
    // SAFETY: bootstrap.
    unsafe {
        (*t.weakcallableproxy).slots.call = Some(p_call);
    }
}
