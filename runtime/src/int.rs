//! `int` (and `bool` arithmetic): machine integers with CPython 2.7's
//! semantics — floor division and modulo, promotion to `long` on overflow,
//! `int ** negative` giving a float.
//!
//! Representation: values fitting 50 bits are unboxed (see `value.rs`); the
//! rest of the `i64` range lives in [`IntObj`]; instances of int subclasses
//! are `IntObj`s with an extension area. Every operation takes "int-like"
//! operands: small ints, `IntObj`s and bools.

use crate::long::{self, BigInt};
use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, Layout, UnOp};
use crate::value::Value;
use crate::{PyResult, err, float};
use num_traits::ToPrimitive;

/// A boxed int.
#[repr(C)]
pub struct IntObj {
    /// Header.
    pub ob: ObjHeader,
    /// The value.
    pub v: i64,
}

/// An int Value for any `i64`.
#[inline(always)]
pub fn new(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::small_int(i)
    } else {
        new_boxed(rt().types.int, i)
    }
}

/// A boxed int of type `ty` (int or a subclass).
#[cold]
pub fn new_boxed(ty: *mut crate::types::TypeObject, i: i64) -> Value {
    // SAFETY: IntObj matches the int layout.
    unsafe {
        new_object(
            ty,
            IntObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                v: i,
            },
        )
    }
}

/// The value of an int-like (int, int subclass, bool) Value.
#[inline(always)]
pub fn as_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if v.is_ptr() {
        // SAFETY: layout Int means the object starts with an IntObj.
        unsafe {
            if (*type_of(v)).layout == Layout::Int {
                return Some((*(v.as_ptr() as *const IntObj)).v);
            }
        }
        return None;
    }
    if v.is(&Value::TRUE) {
        Some(1)
    } else if v.is(&Value::FALSE) {
        Some(0)
    } else {
        None
    }
}

/// Is `v` an int (any int-layout value; bools count, as in `PyInt_Check`)?
#[inline]
pub fn is_int(v: &Value) -> bool {
    as_i64(v).is_some()
}

/// Is `v` exactly of type int?
#[inline]
pub fn is_exact_int(v: &Value) -> bool {
    v.is_small_int() || (v.is_ptr() && type_of(v) == rt().types.int)
}

/// CPython's int hash.
#[inline(always)]
pub fn hash_i64(i: i64) -> i64 {
    if i == -1 { -2 } else { i }
}

/// `(x // y, x % y)` with Python's floor semantics; None on overflow
/// (`-maxint-1 // -1`). `y` must be nonzero.
#[inline]
pub fn floor_divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    if y == -1 && x == i64::MIN {
        return None;
    }
    let mut d = x / y;
    let mut m = x - d * y;
    if m != 0 && ((y ^ m) < 0) {
        m += y;
        d -= 1;
    }
    Some((d, m))
}

fn zero_div() -> crate::PyErr {
    err::zero_division_error("integer division or modulo by zero")
}

/// Promotes both operands to longs and applies the long operation.
fn via_long(op: BinOp, a: i64, b: i64) -> PyResult {
    long::long_binop_big(op, &BigInt::from(a), &BigInt::from(b))
}

/// The int number slot: both operands must be int-like, else
/// NotImplemented.
pub fn int_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    binop_i64(op, x, y)
}

/// Arithmetic on two machine ints.
pub fn binop_i64(op: BinOp, x: i64, y: i64) -> PyResult {
    Ok(match op {
        BinOp::Add => match x.checked_add(y) {
            Some(r) => new(r),
            None => return via_long(op, x, y),
        },
        BinOp::Sub => match x.checked_sub(y) {
            Some(r) => new(r),
            None => return via_long(op, x, y),
        },
        BinOp::Mul => match x.checked_mul(y) {
            Some(r) => new(r),
            None => return via_long(op, x, y),
        },
        BinOp::Div | BinOp::FloorDiv => {
            if y == 0 {
                return Err(zero_div());
            }
            match floor_divmod(x, y) {
                Some((d, _)) => new(d),
                None => return via_long(op, x, y),
            }
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(zero_div());
            }
            match floor_divmod(x, y) {
                Some((_, m)) => new(m),
                None => new(0),
            }
        }
        BinOp::DivMod => {
            if y == 0 {
                return Err(zero_div());
            }
            match floor_divmod(x, y) {
                Some((d, m)) => crate::tuple::new(vec![new(d), new(m)]),
                None => return via_long(op, x, y),
            }
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(err::zero_division_error("division by zero"));
            }
            if x == 0 {
                return Ok(Value::float(if y < 0 { -0.0 } else { 0.0 }));
            }
            if x.unsigned_abs() >> 53 != 0 || y.unsigned_abs() >> 53 != 0 {
                return long::true_divide(&BigInt::from(x), &BigInt::from(y));
            }
            Value::float(x as f64 / y as f64)
        }
        BinOp::Pow => return pow_i64(x, y, None),
        BinOp::Lshift => {
            if y < 0 {
                return Err(err::value_error("negative shift count"));
            }
            if x == 0 {
                return Ok(new(0));
            }
            if y >= 64 {
                return via_long(op, x, y);
            }
            let r = x.wrapping_shl(y as u32);
            if r >> y != x {
                return via_long(op, x, y);
            }
            new(r)
        }
        BinOp::Rshift => {
            if y < 0 {
                return Err(err::value_error("negative shift count"));
            }
            new(if y >= 64 {
                if x < 0 { -1 } else { 0 }
            } else {
                x >> y
            })
        }
        BinOp::And => new(x & y),
        BinOp::Xor => new(x ^ y),
        BinOp::Or => new(x | y),
    })
}

/// `pow(x, y[, z])` on machine ints, CPython's `int_pow`.
pub fn pow_i64(x: i64, y: i64, z: Option<i64>) -> PyResult {
    if y < 0 {
        if z.is_some() {
            return Err(err::type_error(
                "pow() 2nd argument cannot be negative when 3rd argument specified",
            ));
        }
        return float::pow(x as f64, y as f64);
    }
    if let Some(0) = z {
        return Err(err::value_error("pow() 3rd argument cannot be 0"));
    }
    let iz = z.unwrap_or(0);
    let big = || -> PyResult {
        long::pow3(
            &BigInt::from(x),
            &BigInt::from(y),
            z.map(BigInt::from).as_ref(),
        )
    };
    let mut temp = x;
    let mut ix: i64 = 1;
    let mut iw = y;
    while iw > 0 {
        if iw & 1 != 0 {
            match ix.checked_mul(temp) {
                Some(r) => ix = r,
                None => return big(),
            }
            if temp == 0 {
                break;
            }
        }
        iw >>= 1;
        if iw == 0 {
            break;
        }
        match temp.checked_mul(temp) {
            Some(r) => temp = r,
            None => return big(),
        }
        if iz != 0 {
            ix %= iz;
            temp %= iz;
        }
    }
    if iz != 0 {
        match floor_divmod(ix, iz) {
            Some((_, m)) => ix = m,
            None => return big(),
        }
    }
    Ok(new(ix))
}

/// The int unary slot.
pub fn int_unop(op: UnOp, a: &Value) -> PyResult {
    let Some(x) = as_i64(a) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(match op {
        UnOp::Neg => match x.checked_neg() {
            Some(r) => new(r),
            None => long::new(-BigInt::from(x)),
        },
        UnOp::Pos | UnOp::Int | UnOp::Index => {
            if is_exact_int(a) {
                a.clone()
            } else {
                new(x)
            }
        }
        UnOp::Abs => match x.checked_abs() {
            Some(r) => new(r),
            None => long::new(-BigInt::from(x)),
        },
        UnOp::Invert => new(!x),
        UnOp::Long => long::new(BigInt::from(x)),
        UnOp::Float => Value::float(x as f64),
        UnOp::Oct => crate::str::new(&oct_str(x)),
        UnOp::Hex => crate::str::new(&hex_str(x)),
    })
}

/// `oct()` of an int, CPython 2 style (`0`, `0755`, `-012`).
pub fn oct_str(x: i64) -> String {
    if x == 0 {
        "0".into()
    } else if x < 0 {
        format!("-0{:o}", x.unsigned_abs())
    } else {
        format!("0{x:o}")
    }
}

/// `hex()` of an int (`0x1f`, `-0x1f`).
pub fn hex_str(x: i64) -> String {
    if x < 0 {
        format!("-0x{:x}", x.unsigned_abs())
    } else {
        format!("0x{x:x}")
    }
}

/// `int.bit_length()`.
pub fn bit_length(x: i64) -> u32 {
    64 - x.unsigned_abs().leading_zeros()
}

/// An int or long Value from a big integer (int when it fits `i64`).
pub fn from_bigint(b: &BigInt) -> Value {
    match b.to_i64() {
        Some(i) => new(i),
        None => long::new(b.clone()),
    }
}
