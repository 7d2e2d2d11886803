//! Arithmetic dispatch: CPython's `binary_op1`, in-place operators,
//! sequence concatenation/repetition fallbacks, unary operators and
//! three-argument `pow`.
//!
//! Fast paths for two small ints and two floats come first; everything else
//! goes through the operands' number slots with CPython's rules (a subclass
//! of the left operand's type gets the first try), then the sequence slots,
//! then `TypeError: unsupported operand type(s)`.

use crate::object::type_of;
use crate::types::{BinOp, Layout, TypeObject, UnOp, is_subtype, type_ref};
use crate::value::Value;
use crate::{PyResult, classic, err, float, int};

/// `unsupported operand type(s) for OP: 'A' and 'B'`.
#[cold]
pub fn binop_type_error(a: &Value, b: &Value, op: &str) -> crate::PyErr {
    err::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op,
        type_ref(a).name_str(),
        type_ref(b).name_str()
    ))
}

#[inline(always)]
fn is_classic(t: *mut TypeObject) -> bool {
    // SAFETY: t is a live type.
    unsafe { (*t).layout == Layout::ClassicInstance }
}

/// CPython's `binary_op1`: the number slots of both operands; may return
/// NotImplemented.
pub fn binary_op1(a: &Value, b: &Value, op: BinOp) -> PyResult {
    let (ta, tb) = (type_of(a), type_of(b));
    if is_classic(ta) || is_classic(tb) {
        return classic::binop(a, b, op);
    }
    // SAFETY: types of live values are live.
    let slota = unsafe { (*ta).slots.binop };
    let mut slotb = if ta != tb {
        unsafe { (*tb).slots.binop }
    } else {
        None
    };
    if let (Some(x), Some(y)) = (slota, slotb)
        && std::ptr::fn_addr_eq(x, y)
    {
        slotb = None;
    }
    if let Some(sa) = slota {
        if let Some(sb) = slotb
            && is_subtype(tb, ta)
        {
            let r = sb(op, a, b)?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
            slotb = None;
        }
        let r = sa(op, a, b)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if let Some(sb) = slotb {
        return sb(op, a, b);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

/// A binary operator with CPython's full semantics (number slots, then
/// sequence concatenation/repetition for `+` and `*`).
pub fn binary_op(a: &Value, b: &Value, op: BinOp) -> PyResult {
    let r = binary_op1(a, b, op)?;
    if !r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    match op {
        BinOp::Add => {
            if let Some(concat) = type_ref(a).slots.concat {
                return concat(a, b);
            }
        }
        BinOp::Mul => {
            if let Some(rep) = type_ref(a).slots.repeat {
                return sequence_repeat(rep, a, b);
            }
            if let Some(rep) = type_ref(b).slots.repeat {
                return sequence_repeat(rep, b, a);
            }
        }
        _ => {}
    }
    Err(binop_type_error(a, b, op.symbol()))
}

fn sequence_repeat(rep: crate::types::RepeatFn, seq: &Value, n: &Value) -> PyResult {
    if let Some(i) = int::as_i64(n) {
        return rep(seq, i.clamp(isize::MIN as i64, isize::MAX as i64) as isize);
    }
    if crate::long::is_long(n) || crate::ops::has_index(n) {
        let count = crate::ops::index_as_isize(n, true)?;
        return rep(seq, count);
    }
    Err(err::type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        type_ref(n).name_str()
    )))
}

/// `a += b` and friends: the in-place slot, then the binary operator, then
/// in-place sequence concatenation/repetition.
pub fn inplace_op(a: &Value, b: &Value, op: BinOp) -> PyResult {
    if let Some(f) = type_ref(a).slots.inplace {
        let r = f(op, a, b)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    let r = binary_op1(a, b, op)?;
    if !r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    let ta = type_ref(a);
    match op {
        BinOp::Add => {
            if let Some(f) = ta.slots.inplace_concat.or(ta.slots.concat) {
                return f(a, b);
            }
        }
        BinOp::Mul => {
            if let Some(f) = ta.slots.inplace_repeat.or(ta.slots.repeat) {
                return sequence_repeat(f, a, b);
            }
            if let Some(f) = type_ref(b).slots.repeat {
                return sequence_repeat(f, b, a);
            }
        }
        _ => {}
    }
    let sym = format!("{}=", op.symbol());
    Err(binop_type_error(
        a,
        b,
        if op == BinOp::Pow { "**=" } else { &sym },
    ))
}

macro_rules! fast_binop {
    ($(#[$m:meta])* $name:ident, $op:expr, $int:expr, $flt:expr) => {
        $(#[$m])*
        #[inline]
        pub fn $name(a: &Value, b: &Value) -> PyResult {
            if Value::both_small_ints(a, b) {
                let f: fn(i64, i64) -> Option<i64> = $int;
                if let Some(r) = f(a.as_small_int_unchecked(), b.as_small_int_unchecked()) {
                    return Ok(int::new(r));
                }
            } else if a.is_float() && b.is_float() {
                let f: fn(f64, f64) -> f64 = $flt;
                return Ok(Value::float(f(a.as_float_unchecked(), b.as_float_unchecked())));
            }
            binary_op(a, b, $op)
        }
    };
}

fast_binop!(
    /// `a + b`.
    add, BinOp::Add, |x, y| Some(x + y), |x, y| x + y
);
fast_binop!(
    /// `a - b`.
    sub, BinOp::Sub, |x, y| Some(x - y), |x, y| x - y
);
fast_binop!(
    /// `a * b`.
    mul, BinOp::Mul, |x, y| x.checked_mul(y), |x, y| x * y
);

/// `a % b` (numbers, or string formatting).
#[inline]
pub fn modulo(a: &Value, b: &Value) -> PyResult {
    if Value::both_small_ints(a, b) {
        let (x, y) = (a.as_small_int_unchecked(), b.as_small_int_unchecked());
        if y != 0
            && let Some((_, m)) = int::floor_divmod(x, y)
        {
            return Ok(int::new(m));
        }
    }
    binary_op(a, b, BinOp::Mod)
}

/// `a // b`.
#[inline]
pub fn floor_divide(a: &Value, b: &Value) -> PyResult {
    if Value::both_small_ints(a, b) {
        let (x, y) = (a.as_small_int_unchecked(), b.as_small_int_unchecked());
        if y != 0
            && let Some((d, _)) = int::floor_divmod(x, y)
        {
            return Ok(int::new(d));
        }
    }
    binary_op(a, b, BinOp::FloorDiv)
}

/// Any binary operator by enum, with the fast paths.
#[inline]
pub fn binary(a: &Value, b: &Value, op: BinOp) -> PyResult {
    match op {
        BinOp::Add => add(a, b),
        BinOp::Sub => sub(a, b),
        BinOp::Mul => mul(a, b),
        BinOp::Mod => modulo(a, b),
        BinOp::FloorDiv => floor_divide(a, b),
        _ => binary_op(a, b, op),
    }
}

/// Any in-place operator, with the fast paths for numbers (immutable, so
/// in-place is the binary operator).
#[inline]
pub fn inplace(a: &Value, b: &Value, op: BinOp) -> PyResult {
    if (Value::both_small_ints(a, b) || (a.is_float() && b.is_float())) && op != BinOp::DivMod {
        return binary(a, b, op);
    }
    inplace_op(a, b, op)
}

/// `pow(a, b, c)` with three arguments.
pub fn pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    if c.is_none() {
        return binary_op(a, b, BinOp::Pow);
    }
    let (ta, tb, tc) = (type_of(a), type_of(b), type_of(c));
    let mut tried: Vec<crate::types::TernaryFn> = Vec::new();
    for t in [ta, tb, tc] {
        // SAFETY: live types.
        if let Some(f) = unsafe { (*t).slots.pow3 } {
            if tried.iter().any(|g| std::ptr::fn_addr_eq(*g, f)) {
                continue;
            }
            tried.push(f);
            let r = f(a, b, c)?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    Err(err::type_error(format!(
        "unsupported operand type(s) for pow(): '{}', '{}', '{}'",
        type_ref(a).name_str(),
        type_ref(b).name_str(),
        type_ref(c).name_str()
    )))
}

/// A unary operator: `-x`, `+x`, `~x`, `abs(x)`.
pub fn unary(a: &Value, op: UnOp) -> PyResult {
    if let Some(i) = a.as_small_int() {
        match op {
            UnOp::Neg => return Ok(int::new(-i)),
            UnOp::Pos => return Ok(a.clone()),
            UnOp::Invert => return Ok(int::new(!i)),
            UnOp::Abs => return Ok(int::new(i.abs())),
            _ => {}
        }
    } else if let Some(f) = a.as_float() {
        match op {
            UnOp::Neg => return Ok(Value::float(-f)),
            UnOp::Pos => return Ok(a.clone()),
            UnOp::Abs => return Ok(Value::float(f.abs())),
            _ => {}
        }
    }
    if let Some(f) = type_ref(a).slots.unop {
        let r = f(op, a)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    let what = match op {
        UnOp::Neg => "bad operand type for unary -: '%s'",
        UnOp::Pos => "bad operand type for unary +: '%s'",
        UnOp::Invert => "bad operand type for unary ~: '%s'",
        UnOp::Abs => "bad operand type for abs(): '%s'",
        UnOp::Int => "int() argument must be a string or a number, not '%s'",
        UnOp::Long => "long() argument must be a string or a number, not '%s'",
        UnOp::Float => "float() argument must be a string or a number",
        UnOp::Oct => "oct() argument can't be converted to oct",
        UnOp::Hex => "hex() argument can't be converted to hex",
        UnOp::Index => "'%s' object cannot be interpreted as an index",
    };
    Err(err::type_error_of(what, a))
}

/// Is `a` a number CPython would accept in arithmetic with a float?
pub fn is_number(a: &Value) -> bool {
    int::is_int(a) || float::is_float(a) || crate::long::is_long(a)
}
