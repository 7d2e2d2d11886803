//! `long`: arbitrary-precision integers (num-bigint), with CPython 2.7's
//! division, shift, power, hash and correctly rounded conversion to float.
//!
//! A long stays a long: `5L + 1` is `6L`. Ints overflow into longs; longs
//! become ints only through `int()`.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, Layout, UnOp};
use crate::value::Value;
use crate::{PyResult, err, int};
pub use num_bigint::BigInt;
use num_bigint::{BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A long object.
#[repr(C)]
pub struct LongObj {
    /// Header.
    pub ob: ObjHeader,
    /// The value.
    pub v: BigInt,
}

/// A new long.
pub fn new(v: BigInt) -> Value {
    new_of_type(rt().types.long, v)
}

/// A new long of type `ty` (long or a subclass).
pub fn new_of_type(ty: *mut crate::types::TypeObject, v: BigInt) -> Value {
    // SAFETY: LongObj matches the long layout.
    unsafe {
        new_object(
            ty,
            LongObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                v,
            },
        )
    }
}

/// Is `v` a long (or subclass instance)?
#[inline]
pub fn is_long(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Long }
}

/// The value of a long.
#[inline]
pub fn as_big(v: &Value) -> &BigInt {
    debug_assert!(is_long(v));
    // SAFETY: callers pass longs.
    unsafe { &(*(v.as_ptr() as *const LongObj)).v }
}

/// The value of an int-like or long Value as a BigInt.
pub fn to_big(v: &Value) -> Option<BigInt> {
    big_ref(v).map(std::borrow::Cow::into_owned)
}

/// The long number slot: both operands int-like or long.
pub fn long_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (big_ref(a), big_ref(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    long_binop_big(op, &x, &y)
}

/// An int-like or long Value as a BigInt, borrowed from a long (no copy of
/// its digits) or made from an int.
pub fn big_ref(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    if let Some(i) = int::as_i64(v) {
        Some(std::borrow::Cow::Owned(BigInt::from(i)))
    } else if is_long(v) {
        Some(std::borrow::Cow::Borrowed(as_big(v)))
    } else {
        None
    }
}

fn zero_div() -> crate::PyErr {
    err::zero_division_error("long division or modulo by zero")
}

/// Floor division and modulo of big integers.
pub fn floor_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    match divmod_small_quotient(x, y) {
        Some(qr) => qr,
        None => x.div_mod_floor(y),
    }
}

/// Floor division and modulo of two positive numbers of similar size (a
/// quotient below 2**56, a divisor above 64 bits) in a few linear passes:
/// the general algorithm normalizes and splits both operands, which costs
/// several times more when the quotient is a single digit (the common case
/// of digit extraction and continued-fraction loops).
///
/// With `s` the divisor's bit length minus 64, the quotient of the top bits
/// `(x >> s) / ((y >> s) + 1)` never exceeds the true quotient and falls
/// short of it by at most 2; the remainder fixes it.
fn divmod_small_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    if x.sign() != Sign::Plus || y.sign() != Sign::Plus {
        return None;
    }
    let (xb, yb) = (x.bits(), y.bits());
    if yb <= 64 || xb < yb || xb - yb >= 56 {
        return None;
    }
    let s = yb - 64;
    let xs = (x.magnitude() >> s).to_u128()?;
    let ys = (y.magnitude() >> s).to_u64()?;
    let mut q = (xs / (ys as u128 + 1)) as u64;
    let mut r = x.magnitude() - y.magnitude() * q;
    while &r >= y.magnitude() {
        r -= y.magnitude();
        q += 1;
    }
    Some((BigInt::from(q), BigInt::from_biguint(Sign::Plus, r)))
}

/// Arithmetic on big integers; results are longs.
pub fn long_binop_big(op: BinOp, x: &BigInt, y: &BigInt) -> PyResult {
    Ok(match op {
        BinOp::Add => new(x + y),
        BinOp::Sub => new(x - y),
        BinOp::Mul => new(x * y),
        BinOp::Div | BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_div());
            }
            new(floor_divmod(x, y).0)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_div());
            }
            new(floor_divmod(x, y).1)
        }
        BinOp::DivMod => {
            if y.is_zero() {
                return Err(zero_div());
            }
            let (d, m) = floor_divmod(x, y);
            crate::tuple::new(vec![new(d), new(m)])
        }
        BinOp::TrueDiv => return true_divide(x, y),
        BinOp::Pow => return pow3(x, y, None),
        BinOp::Lshift => {
            // PyLong_AsSsize_t on the count comes first
            let Some(n) = y.to_i64() else {
                return Err(err::overflow_error("long int too large to convert to int"));
            };
            if n < 0 {
                return Err(err::value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(new(BigInt::zero()));
            }
            if n >= 1 << 36 {
                return Err(err::memory_error(""));
            }
            new(x << n as usize)
        }
        BinOp::Rshift => {
            if y.to_i64().is_none() {
                return Err(err::overflow_error("long int too large to convert to int"));
            }
            if y.is_negative() {
                return Err(err::value_error("negative shift count"));
            }
            match y.to_u64() {
                // BigInt's >> on negatives rounds toward -inf, like Python
                Some(n) if n < u32::MAX as u64 => new(x >> n as u32),
                _ => new(if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }),
            }
        }
        BinOp::And => new(x & y),
        BinOp::Xor => new(x ^ y),
        BinOp::Or => new(x | y),
    })
}

/// `a + b`, `a - b` or `a * b` computed in the digits of an operand that
/// no one else can see, instead of in a new long: for callers that own
/// both operands and know, through `reusable`, that their reference to an
/// operand is the only one that outlives the operation (the JIT passes
/// operands it owns; an object whose other reference is a local about to
/// be overwritten by the result also qualifies). The reused operand must
/// be an exact long and the other a small int or an exact long, so no
/// subclass method has a say and the result is the long Python computes;
/// the reused object is returned as the result. Returns the operands when
/// none of this applies.
pub fn binop_in_place(
    op: BinOp,
    a: Value,
    b: Value,
    reusable: impl Fn(&Value) -> bool,
) -> Result<Value, (Value, Value)> {
    enum Num<'a> {
        Small(i64),
        Big(&'a BigInt),
    }
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul) || a.is(&b) {
        return Err((a, b));
    }
    let long_t = rt().types.long;
    let exact = |v: &Value| v.is_ptr() && type_of(v) == long_t;
    fn num(v: &Value, long_t: *mut crate::types::TypeObject) -> Option<Num<'_>> {
        match v.as_small_int() {
            Some(i) => Some(Num::Small(i)),
            None if v.is_ptr() && type_of(v) == long_t => Some(Num::Big(as_big(v))),
            None => None,
        }
    }
    let target = if exact(&a) && reusable(&a) && num(&b, long_t).is_some() {
        &a
    } else if exact(&b) && reusable(&b) && num(&a, long_t).is_some() {
        &b
    } else {
        return Err((a, b));
    };
    let left = target.is(&a);
    let other = num(if left { &b } else { &a }, long_t).expect("checked above");
    // SAFETY: `target` is a long (exact type checked) whose digits nobody
    // else can observe (`reusable`), and it is not the other operand
    // (`a.is(&b)` was excluded), so this is the only access to them.
    let x = unsafe { &mut (*(target.as_ptr() as *mut LongObj)).v };
    match (op, other) {
        (BinOp::Add, Num::Small(i)) => *x += i,
        (BinOp::Add, Num::Big(y)) => *x += y,
        (BinOp::Mul, Num::Small(i)) => *x *= i,
        (BinOp::Mul, Num::Big(y)) => *x *= y,
        (_, Num::Small(i)) => *x -= i,
        (_, Num::Big(y)) => *x -= y,
    }
    if op == BinOp::Sub && !left {
        // computed b - a; the result is a - b
        let v = std::mem::take(x);
        *x = -v;
    }
    Ok(if left { a } else { b })
}

/// `pow(x, y[, z])` on big integers (CPython's `long_pow`).
pub fn pow3(x: &BigInt, y: &BigInt, z: Option<&BigInt>) -> PyResult {
    if y.is_negative() {
        if z.is_some() {
            return Err(err::type_error(
                "pow() 2nd argument cannot be negative when 3rd argument specified",
            ));
        }
        let fx = to_f64(x)?;
        let fy = to_f64(y)?;
        return crate::float::pow(fx, fy);
    }
    match z {
        None => {
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x.is_one() {
                    return Ok(new(x.clone()));
                }
                if *x == BigInt::from(-1) {
                    return Ok(new(if y.is_even() {
                        BigInt::one()
                    } else {
                        x.clone()
                    }));
                }
                return Err(err::memory_error(""));
            };
            Ok(new(num_traits::pow::Pow::pow(x, e)))
        }
        Some(m) => {
            if m.is_zero() {
                return Err(err::value_error("pow() 3rd argument cannot be 0"));
            }
            let neg = m.is_negative();
            let am = m.abs();
            let mut base = x.mod_floor(&am);
            if base.is_negative() {
                base += &am;
            }
            let mut r = base.modpow(y, &am);
            // result takes the sign of the modulus, as with %
            if neg && !r.is_zero() {
                r -= &am;
            }
            Ok(new(r))
        }
    }
}

/// The long unary slot.
pub fn long_unop(op: UnOp, a: &Value) -> PyResult {
    if !is_long(a) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let x = as_big(a);
    Ok(match op {
        UnOp::Neg => new(-x),
        UnOp::Pos | UnOp::Long | UnOp::Index => {
            if type_of(a) == rt().types.long {
                a.clone()
            } else {
                new(x.clone())
            }
        }
        UnOp::Abs => new(x.abs()),
        UnOp::Invert => new(-x - 1),
        UnOp::Int => int::from_bigint(x),
        UnOp::Float => Value::float(to_f64(x)?),
        UnOp::Oct => crate::str::new(&oct_str(x)),
        UnOp::Hex => crate::str::new(&hex_str(x)),
    })
}

/// `oct()` of a long: `0755L`.
pub fn oct_str(x: &BigInt) -> String {
    let (neg, mag) = (x.is_negative(), x.magnitude());
    let body = if mag.is_zero() {
        "0".to_string()
    } else {
        format!("0{}", mag.to_str_radix(8))
    };
    format!("{}{}L", if neg { "-" } else { "" }, body)
}

/// `hex()` of a long: `0xffL`.
pub fn hex_str(x: &BigInt) -> String {
    let (neg, mag) = (x.is_negative(), x.magnitude());
    format!("{}0x{}L", if neg { "-" } else { "" }, mag.to_str_radix(16))
}

/// CPython 2.7's long hash (64-bit, 30-bit digits): |v| mod (2**64 - 1),
/// kept nonzero for nonzero v, signed, -1 mapped to -2.
pub fn hash(v: &BigInt) -> i64 {
    if v.is_zero() {
        return 0;
    }
    let m = BigUint::from(u64::MAX);
    let mut x = (v.magnitude() % &m).to_u64().unwrap_or(0);
    if x == 0 {
        x = u64::MAX;
    }
    if v.is_negative() {
        x = x.wrapping_neg();
    }
    let r = x as i64;
    if r == -1 { -2 } else { r }
}

/// Rounds `q * 2**exp` (with `sticky` = "bits below q were nonzero") to
/// the nearest double, ties to even, handling subnormals. None on
/// overflow.
pub fn round_to_f64(q: &BigUint, sticky: bool, exp: i64) -> Option<f64> {
    if q.is_zero() {
        return Some(0.0);
    }
    let bits = q.bits() as i64;
    // exponent of the leading bit of the value
    let msb = bits - 1 + exp;
    let mut keep: i64 = 53;
    if msb < -1022 {
        keep = 53 - (-1022 - msb);
    }
    let drop = bits - keep;
    let (mut m, e): (u64, i64) = if drop <= 0 {
        (q.to_u64()?, exp)
    } else {
        let dropu = drop as u64;
        let m = (q >> dropu).to_u64().unwrap_or(0);
        let half = BigUint::one() << (dropu - 1);
        let rem = q - (BigUint::from(m) << dropu);
        let round_up = rem > half || (rem == half && (sticky || m & 1 == 1));
        (m + round_up as u64, exp + drop)
    };
    // m <= 2**53 here; convert exactly and scale
    let mut e = e;
    if m == 1u64 << 53 {
        m >>= 1;
        e += 1;
    }
    let f = m as f64;
    let r = ldexp(f, e);
    if r.is_infinite() { None } else { Some(r) }
}

/// `2**k` for k in -1022..=1023, exactly.
#[inline]
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `x * 2**e`, exact whenever the result is representable (callers pass
/// an `x` whose low bits already make a subnormal result exact): the
/// scaling is done in power-of-two steps that each stay in range.
pub fn ldexp(x: f64, e: i64) -> f64 {
    let (mut x, mut e) = (x, e);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(e)
}

/// Correctly rounded conversion to float; OverflowError if too large.
pub fn to_f64(x: &BigInt) -> PyResult<f64> {
    if let Some(i) = x.to_i64()
        && i.unsigned_abs() < (1u64 << 53)
    {
        return Ok(i as f64);
    }
    match round_to_f64(x.magnitude(), false, 0) {
        Some(f) => Ok(if x.is_negative() { -f } else { f }),
        None => Err(err::overflow_error(
            "long int too large to convert to float",
        )),
    }
}

/// Correctly rounded `x / y` as a float (CPython's `long_true_divide`).
pub fn true_divide(x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_zero() {
        return Err(err::zero_division_error("division by zero"));
    }
    if x.is_zero() {
        return Ok(Value::float(if y.is_negative() { -0.0 } else { 0.0 }));
    }
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.bits() <= 53 && b.bits() <= 53 {
        let f = a.to_u64().unwrap() as f64 / b.to_u64().unwrap() as f64;
        return Ok(Value::float(if neg { -f } else { f }));
    }
    // scale so the quotient has at least 55 significant bits
    let shift: i64 = a.bits() as i64 - b.bits() as i64 - 55;
    let (q, r) = if shift <= 0 {
        (a << (-shift) as u64).div_rem(b)
    } else {
        a.div_rem(&(b << shift as u64))
    };
    match round_to_f64(&q, !r.is_zero(), shift) {
        Some(f) => Ok(Value::float(if neg { -f } else { f })),
        None => Err(err::overflow_error(
            "integer division result too large for a float",
        )),
    }
}

/// A long from a float, truncating toward zero (`long(3.7)`).
pub fn from_f64(f: f64) -> PyResult<BigInt> {
    if f.is_infinite() {
        return Err(err::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if f.is_nan() {
        return Err(err::value_error("cannot convert float NaN to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = if exp >= 0 {
        BigUint::from(mant) << exp as u64
    } else {
        BigUint::from(mant >> (-exp) as u64)
    };
    Ok(BigInt::from_biguint(
        if t < 0.0 { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// Decimal digits (no suffix).
pub fn to_decimal(x: &BigInt) -> String {
    x.to_str_radix(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The small-quotient division agrees with the general one, at the
    /// edges of its range (divisors just above 64 bits, quotients up to
    /// 2**56, exact multiples and remainders one below the divisor).
    #[test]
    fn small_quotient_division_matches_general_division() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..2000 {
            let ywords = 2 + (next() % 6) as usize;
            let mut y = BigInt::from(next() | 1);
            for _ in 1..ywords {
                y = (y << 64u32) + BigInt::from(next());
            }
            let qbits = (next() % 57) as u32;
            let q = BigInt::from(next() >> (64 - qbits.max(1)));
            let r = match next() % 4 {
                0 => BigInt::zero(),
                1 => &y - 1u32,
                _ => BigInt::from(next()) % &y,
            };
            let x = &q * &y + r;
            let want = x.div_mod_floor(&y);
            if let Some(got) = divmod_small_quotient(&x, &y) {
                assert_eq!(got, want, "x={x} y={y}");
            }
            assert_eq!(floor_divmod(&x, &y), want);
        }
    }
}
