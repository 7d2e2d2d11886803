//! Comparison: CPython 2.7's `PyObject_RichCompare` and `PyObject_Compare`
//! (object.c), with fast paths for numbers and strings.
//!
//! The order of attempts is CPython's: same-type rich compare then
//! three-way compare; else reflected rich compare for a subclass on the
//! right, rich compare both ways, three-way compare (`__cmp__`, classic
//! instances, number coercion), and finally the default ordering: None
//! first, then numbers, then other objects by type name, then by address.

use crate::object::type_of;
use crate::types::{CmpOp, Layout, TypeObject, is_subtype, type_ref};
use crate::value::Value;
use crate::{PyResult, classic, err, float, int, long, str as pstr};
use std::cmp::Ordering;

/// A three-way comparison result: `Some(ordering)`, or `None` when the
/// operands are unordered (NaN).
pub type Cmp = Option<Ordering>;

/// Numeric comparison of int-like, long and float operands; `None` if
/// either is not one of those.
#[inline]
pub fn compare_numbers(a: &Value, b: &Value) -> Option<Cmp> {
    if let Some(x) = int::as_i64(a) {
        if let Some(y) = int::as_i64(b) {
            return Some(Some(x.cmp(&y)));
        }
        if let Some(g) = float::as_f64(b) {
            return Some(float::cmp_with_i64(g, x).map(Ordering::reverse));
        }
        if long::is_long(b) {
            return Some(Some(long::BigInt::from(x).cmp(long::as_big(b))));
        }
        return None;
    }
    if let Some(f) = float::as_f64(a) {
        if let Some(g) = float::as_f64(b) {
            return Some(f.partial_cmp(&g));
        }
        if let Some(y) = int::as_i64(b) {
            return Some(float::cmp_with_i64(f, y));
        }
        if long::is_long(b) {
            return Some(float::cmp_with_big(f, long::as_big(b)));
        }
        return None;
    }
    if long::is_long(a) {
        if let Some(y) = int::as_i64(b) {
            return Some(Some(long::as_big(a).cmp(&long::BigInt::from(y))));
        }
        if long::is_long(b) {
            return Some(Some(long::as_big(a).cmp(long::as_big(b))));
        }
        if let Some(g) = float::as_f64(b) {
            return Some(float::cmp_with_big(g, long::as_big(a)).map(Ordering::reverse));
        }
    }
    None
}

/// Is this a plain builtin number (no user-defined comparison possible)?
#[inline]
fn is_builtin_number(v: &Value) -> bool {
    if !v.is_ptr() {
        return v.is_float() || v.is_small_int() || v.is_bool();
    }
    let t = type_of(v);
    let types = &crate::rt::rt().types;
    t == types.int || t == types.long
}

/// Applies `op` to a numeric comparison (NaN compares unequal to all).
#[inline]
pub fn apply(op: CmpOp, c: Cmp) -> bool {
    match c {
        Some(o) => op.from_ordering(o),
        None => op == CmpOp::Ne,
    }
}

/// `a OP b` as a Python object (usually a bool).
pub fn rich_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if Value::both_small_ints(a, b) {
        return Ok(Value::bool(op.from_ordering(
            a.as_small_int_unchecked().cmp(&b.as_small_int_unchecked()),
        )));
    }
    if a.is_float() && b.is_float() {
        return Ok(Value::bool(apply(
            op,
            a.as_float_unchecked().partial_cmp(&b.as_float_unchecked()),
        )));
    }
    if pstr::is_exact_str(a) && pstr::is_exact_str(b) {
        return Ok(Value::bool(str_compare(a, b, op)));
    }
    if (is_builtin_number(a) || a.is_float())
        && (is_builtin_number(b) || b.is_float())
        && let Some(c) = compare_numbers(a, b)
    {
        return Ok(Value::bool(apply(op, c)));
    }
    let (ta, tb) = (type_of(a), type_of(b));
    // SAFETY: live types.
    let (sa, sb) = unsafe { (&(*ta).slots, &(*tb).slots) };
    crate::ops::enter_recursive(" in cmp")?;
    let r = (|| {
        if ta == tb && !is_classic(ta) {
            if let Some(f) = sa.richcompare {
                let r = f(a, b, op)?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
            if let Some(f) = sa.compare {
                let c = f(a, b)?;
                return Ok(Value::bool(op.from_ordering(clamp3(c))));
            }
        }
        let r = try_rich_compare(a, b, op, sa, sb, ta, tb)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
        let mut c = try_3way_compare(a, b)?;
        if c >= 2 {
            c = default_3way_compare(a, b);
        }
        Ok(Value::bool(op.from_ordering(clamp3(c))))
    })();
    crate::ops::leave_recursive();
    r
}

#[inline]
fn clamp3(c: i32) -> Ordering {
    c.cmp(&0)
}

#[inline]
fn is_classic(t: *mut TypeObject) -> bool {
    // SAFETY: live type.
    unsafe { (*t).layout == Layout::ClassicInstance }
}

fn try_rich_compare(
    a: &Value,
    b: &Value,
    op: CmpOp,
    sa: &crate::types::Slots,
    sb: &crate::types::Slots,
    ta: *mut TypeObject,
    tb: *mut TypeObject,
) -> PyResult {
    if ta != tb
        && is_subtype(tb, ta)
        && let Some(f) = sb.richcompare
    {
        let r = f(b, a, op.swapped())?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if let Some(f) = sa.richcompare {
        let r = f(a, b, op)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if let Some(f) = sb.richcompare {
        return f(b, a, op.swapped());
    }
    Ok(Value::NOT_IMPLEMENTED)
}

/// CPython's `try_3way_compare`: -1/0/1, or 2 when undefined.
fn try_3way_compare(a: &Value, b: &Value) -> PyResult<i32> {
    let (ta, tb) = (type_of(a), type_of(b));
    if is_classic(ta) || is_classic(tb) {
        return classic::compare(a, b);
    }
    // SAFETY: live types.
    let (fa, fb) = unsafe { ((*ta).slots.compare, (*tb).slots.compare) };
    if let (Some(f), Some(g)) = (fa, fb)
        && std::ptr::fn_addr_eq(f, g)
    {
        return Ok(clamp3(f(a, b)?) as i32);
    }
    let slot = crate::class::slot_compare as crate::types::Cmp3Fn;
    if fa.is_some_and(|f| std::ptr::fn_addr_eq(f, slot))
        || fb.is_some_and(|f| std::ptr::fn_addr_eq(f, slot))
    {
        return slot(a, b);
    }
    // number coercion: mixed numeric types compare numerically
    if let Some(c) = compare_numbers(a, b) {
        return Ok(match c {
            Some(o) => o as i32,
            None => 2,
        });
    }
    Ok(2)
}

/// Does CPython's `PyNumber_Check` hold (numbers sort before everything)?
pub fn number_check(v: &Value) -> bool {
    if int::is_int(v) || float::is_float(v) || long::is_long(v) || crate::complex::is_complex(v) {
        return true;
    }
    let t = type_ref(v);
    if t.layout == Layout::ClassicInstance {
        return true;
    }
    if t.is_heap() {
        return crate::types::lookup_str(type_of(v), "__int__").is_some()
            || crate::types::lookup_str(type_of(v), "__float__").is_some();
    }
    false
}

/// The ordering name CPython uses for a type (its `tp_name`).
fn order_name(v: &Value) -> String {
    crate::class::tp_name(type_of(v))
}

/// CPython's `default_3way_compare`.
pub fn default_3way_compare(a: &Value, b: &Value) -> i32 {
    let (ta, tb) = (type_of(a), type_of(b));
    if ta == tb {
        return address_of(a).cmp(&address_of(b)) as i32;
    }
    if a.is_none() {
        return -1;
    }
    if b.is_none() {
        return 1;
    }
    let an = if number_check(a) {
        String::new()
    } else {
        order_name(a)
    };
    let bn = if number_check(b) {
        String::new()
    } else {
        order_name(b)
    };
    match an.cmp(&bn) {
        Ordering::Less => -1,
        Ordering::Greater => 1,
        Ordering::Equal => {
            if (ta as usize) < (tb as usize) {
                -1
            } else {
                1
            }
        }
    }
}

/// A stable "address" for ordering objects of the same type without
/// comparison methods (unboxed values use their bits).
pub fn address_of(v: &Value) -> u64 {
    if v.is_ptr() {
        v.as_ptr() as u64
    } else {
        v.bits()
    }
}

/// Byte-wise str comparison.
#[inline]
pub fn str_compare(a: &Value, b: &Value, op: CmpOp) -> bool {
    if a.is(b) {
        return matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge);
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return (op == CmpOp::Eq) == pstr::eq(a, b);
    }
    op.from_ordering(pstr::as_bytes(a).cmp(pstr::as_bytes(b)))
}

/// `a OP b` as a Rust bool (`PyObject_RichCompareBool`: identity implies
/// equality).
#[inline]
pub fn compare_bool(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CmpOp::Eq => return Ok(true),
            CmpOp::Ne => return Ok(false),
            _ => {}
        }
    }
    let r = rich_compare(a, b, op)?;
    if r.is_bool() {
        Ok(r.is(&Value::TRUE))
    } else {
        crate::ops::truthy(&r)
    }
}

/// `a == b` as a Rust bool (identity first).
#[inline]
pub fn eq_bool(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if Value::both_small_ints(a, b) {
        return Ok(false);
    }
    if pstr::is_exact_str(a) && pstr::is_exact_str(b) {
        return Ok(pstr::eq(a, b));
    }
    if crate::tuple::is_exact_tuple(a) && crate::tuple::is_exact_tuple(b) {
        // tuple equality of equal lengths is its items' equality, in order
        // (tuple keys of dicts and sets); other lengths compare items
        // before lengths and take the general path
        let (x, y) = (crate::tuple::items(a), crate::tuple::items(b));
        if x.len() == y.len() {
            for (p, q) in x.iter().zip(y) {
                let same = if p.is(q) {
                    true
                } else if Value::both_small_ints(p, q) {
                    false
                } else if pstr::is_exact_str(p) && pstr::is_exact_str(q) {
                    pstr::eq(p, q)
                } else {
                    compare_bool(p, q, CmpOp::Eq)?
                };
                if !same {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
    }
    compare_bool(a, b, CmpOp::Eq)
}

/// `cmp(a, b)`: CPython's `PyObject_Compare` (-1, 0, 1).
pub fn cmp(a: &Value, b: &Value) -> PyResult<i32> {
    if a.is(b) {
        return Ok(0);
    }
    if let Some(c) = compare_numbers(a, b)
        && (is_builtin_number(a) || a.is_float())
        && (is_builtin_number(b) || b.is_float())
    {
        // NaN: CPython's float has no tp_compare; rich tries all fail and
        // the default ordering applies. Emulate: NaN compares by address.
        return Ok(match c {
            Some(o) => o as i32,
            None => {
                let r = crate::ops::compare_bool(a, b, CmpOp::Lt)?;
                if r { -1 } else { 1 }
            }
        });
    }
    if pstr::is_exact_str(a) && pstr::is_exact_str(b) {
        return Ok(pstr::as_bytes(a).cmp(pstr::as_bytes(b)) as i32);
    }
    crate::ops::enter_recursive(" in cmp")?;
    let r = do_cmp(a, b);
    crate::ops::leave_recursive();
    r
}

fn do_cmp(a: &Value, b: &Value) -> PyResult<i32> {
    let (ta, tb) = (type_of(a), type_of(b));
    if ta == tb {
        // SAFETY: live type.
        if let Some(f) = unsafe { (*ta).slots.compare } {
            if is_classic(ta) {
                let c = classic::compare(a, b)?;
                if c != 2 {
                    return Ok(c);
                }
            } else {
                return Ok(clamp3(f(a, b)?) as i32);
            }
        }
    }
    let c = try_rich_to_3way_compare(a, b)?;
    if c < 2 {
        return Ok(c);
    }
    let c = try_3way_compare(a, b)?;
    if c < 2 {
        return Ok(c);
    }
    Ok(default_3way_compare(a, b))
}

fn try_rich_to_3way_compare(a: &Value, b: &Value) -> PyResult<i32> {
    let (ta, tb) = (type_ref(a), type_ref(b));
    if ta.slots.richcompare.is_none() && tb.slots.richcompare.is_none() {
        return Ok(2);
    }
    for (op, outcome) in [(CmpOp::Eq, 0), (CmpOp::Lt, -1), (CmpOp::Gt, 1)] {
        let r = try_rich_compare(a, b, op, &ta.slots, &tb.slots, type_of(a), type_of(b))?;
        if r.is(&Value::NOT_IMPLEMENTED) {
            continue;
        }
        if crate::ops::truthy(&r)? {
            return Ok(outcome);
        }
    }
    Ok(2)
}

/// A `TypeError` for ordering comparisons that are not allowed.
pub fn no_ordering(what: &str) -> crate::PyErr {
    err::type_error(format!("no ordering relation is defined for {what}"))
}
