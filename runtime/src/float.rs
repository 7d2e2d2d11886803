//! `float`: IEEE doubles, unboxed in [`Value`]; arithmetic, hashing and
//! formatting as CPython 2.7 (`repr` shortest round-trip, `str` 12
//! significant digits, `%e/%f/%g` correctly rounded).
//!
//! Formatting follows pystrtod.c's `format_float_short`: a digit string and
//! decimal-point position (from Rust's correctly rounded, ties-to-even
//! conversions, which agree with David Gay's dtoa) are laid out with the
//! same padding, exponent and trailing-dot rules.

use crate::long::{self, BigInt};
use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, Layout, UnOp};
use crate::value::Value;
use crate::{PyResult, err, int};

/// A boxed float: only instances of float subclasses use it.
#[repr(C)]
pub struct FloatObj {
    /// Header.
    pub ob: ObjHeader,
    /// The value.
    pub v: f64,
}

/// A float-subclass instance.
pub fn new_boxed(ty: *mut crate::types::TypeObject, f: f64) -> Value {
    // SAFETY: FloatObj matches the float layout.
    unsafe {
        new_object(
            ty,
            FloatObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                v: f,
            },
        )
    }
}

/// The value of a float (unboxed or subclass instance).
#[inline(always)]
pub fn as_f64(v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    // SAFETY: layout Float means the object starts with a FloatObj.
    if v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Float } {
        return Some(unsafe { (*(v.as_ptr() as *const FloatObj)).v });
    }
    None
}

/// Is `v` a float (or subclass instance)?
#[inline]
pub fn is_float(v: &Value) -> bool {
    as_f64(v).is_some()
}

/// CPython's `CONVERT_TO_DOUBLE`: floats, ints and longs; `Ok(None)` for
/// other types (the caller returns NotImplemented).
#[inline]
pub fn coerce_f64(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
    }
    if let Some(i) = int::as_i64(v) {
        return Ok(Some(i as f64));
    }
    if long::is_long(v) {
        return long::to_f64(long::as_big(v)).map(Some);
    }
    Ok(None)
}

/// The float number slot.
pub fn float_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    let Some(x) = coerce_f64(a)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let Some(y) = coerce_f64(b)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    binop_f64(op, x, y)
}

/// Arithmetic on two doubles.
pub fn binop_f64(op: BinOp, x: f64, y: f64) -> PyResult {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div | BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(err::zero_division_error("float division by zero"));
            }
            x / y
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(err::zero_division_error("float modulo"));
            }
            fmod_py(x, y)
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(err::zero_division_error("float divmod()"));
            }
            divmod(x, y).0
        }
        BinOp::DivMod => {
            if y == 0.0 {
                return Err(err::zero_division_error("float divmod()"));
            }
            let (d, m) = divmod(x, y);
            return Ok(crate::tuple::new(vec![Value::float(d), Value::float(m)]));
        }
        BinOp::Pow => return pow(x, y),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    }))
}

/// Python's float `%`: the result has the sign of the divisor.
pub fn fmod_py(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        // zero with the sign of the divisor
        if y < 0.0 { -0.0 } else { 0.0 }
    }
}

/// `float_divmod`: (floor quotient, remainder), CPython's algorithm.
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = if wx < 0.0 { -0.0 } else { 0.0 };
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        // zero with the sign of the true quotient
        let d = div * div;
        d * vx / wx
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    x.rem_euclid(2.0) == 1.0
}

/// `x ** y` on doubles, CPython's `float_pow` (special cases, errors).
pub fn pow(x: f64, y: f64) -> PyResult {
    let (mut iv, iw) = (x, y);
    if iw == 0.0 {
        return Ok(Value::float(1.0));
    }
    if iv.is_nan() {
        return Ok(Value::float(iv));
    }
    if iw.is_nan() {
        return Ok(Value::float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        iv = iv.abs();
        return Ok(Value::float(if iv == 1.0 {
            1.0
        } else if (iw > 0.0) == (iv > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Value::float(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(err::zero_division_error(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::float(if odd { iv } else { 0.0 }));
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(err::value_error(
                "negative number cannot be raised to a fractional power",
            ));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(Value::float(if negate { -1.0 } else { 1.0 }));
    }
    let mut r = iv.powf(iw);
    if r.is_infinite() {
        return Err(crate::PyErr::with_args(
            rt().exc.overflow_error,
            crate::tuple::new(vec![
                Value::small_int(34),
                crate::str::new("Numerical result out of range"),
            ]),
        ));
    }
    if negate {
        r = -r;
    }
    Ok(Value::float(r))
}

/// The float unary slot.
pub fn float_unop(op: UnOp, a: &Value) -> PyResult {
    let Some(x) = as_f64(a) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(match op {
        UnOp::Neg => Value::float(-x),
        UnOp::Pos | UnOp::Float => {
            if a.is_float() {
                a.clone()
            } else {
                Value::float(x)
            }
        }
        UnOp::Abs => Value::float(x.abs()),
        UnOp::Int => {
            if x.is_finite() && x.abs() < 9.2e18 {
                int::new(x as i64)
            } else {
                int::from_bigint(&long::from_f64(x)?)
            }
        }
        UnOp::Long => long::new(long::from_f64(x)?),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    })
}

/// CPython 2.7's `_Py_HashDouble`.
pub fn hash(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_infinite() {
            if v < 0.0 { -271828 } else { 314159 }
        } else {
            0
        };
    }
    let intpart = v.trunc();
    let fractpart = v - intpart;
    if fractpart == 0.0 {
        let half = (i64::MAX / 2) as f64;
        if intpart > half || -intpart > half {
            return match long::from_f64(v) {
                Ok(b) => long::hash(&b),
                Err(_) => -1,
            };
        }
        let x = intpart as i64;
        return if x == -1 { -2 } else { x };
    }
    let (m, expo) = frexp(v);
    let mut v = m * 2147483648.0;
    let hipart = v as i64;
    v = (v - hipart as f64) * 2147483648.0;
    let x = hipart
        .wrapping_add(v as i64)
        .wrapping_add((expo as i64) << 15);
    if x == -1 { -2 } else { x }
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: normalize first
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// The shortest round-tripping digits of `x` in `d.ddde±x` form, choosing
/// among equally short candidates the one nearest the exact value, ties
/// to an even last digit (as David Gay's dtoa mode 0). Rust's shortest
/// formatting gives the length; the correctly rounded string of that
/// length (round-half-even on the exact binary value) is the answer when
/// it round-trips.
fn shortest_exp(x: f64) -> String {
    let s = format!("{x:e}");
    let n = s
        .split_once('e')
        .map(|(m, _)| m.bytes().filter(u8::is_ascii_digit).count())
        .unwrap_or(1);
    let r = format!("{:.*e}", n.max(1) - 1, x);
    if r.parse::<f64>() == Ok(x) { r } else { s }
}

/// Digits (no leading/trailing zeros) and decimal point position of |x|,
/// as dtoa returns them for `mode` 0 (shortest), 2 (`ndigits` significant)
/// or 3 (`ndigits` after the point).
fn dtoa_digits(x: f64, mode: u8, ndigits: usize) -> (Vec<u8>, i64) {
    let x = x.abs();
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    match mode {
        0 | 2 => {
            let s = if mode == 0 {
                shortest_exp(x)
            } else {
                format!("{:.*e}", ndigits.max(1) - 1, x)
            };
            let (mant, exp) = s.split_once('e').unwrap();
            let exp: i64 = exp.parse().unwrap();
            let mut digits: Vec<u8> = mant.bytes().filter(|c| *c != b'.').collect();
            while digits.len() > 1 && digits.last() == Some(&b'0') {
                digits.pop();
            }
            (digits, exp + 1)
        }
        _ => {
            let s = format!("{:.*}", ndigits, x);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|c| **c == b'0').count();
            if lead == all.len() {
                return (Vec::new(), -(ndigits as i64));
            }
            let mut digits = all[lead..].to_vec();
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            (digits, ip.len() as i64 - lead as i64)
        }
    }
}

/// `PyOS_double_to_string`: `code` is one of `e f g r E F G`; flags as
/// CPython's `Py_DTSF_SIGN`, `Py_DTSF_ADD_DOT_0`, `Py_DTSF_ALT`.
pub fn format(
    val: f64,
    code: char,
    precision: usize,
    always_sign: bool,
    add_dot_0: bool,
    alt: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut precision = precision as i64;
    let mode = match code {
        'e' => {
            precision += 1;
            2
        }
        'f' => 3,
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            2
        }
        _ => 0,
    };
    let mut out = String::new();
    let negative = val.is_sign_negative() && !val.is_nan();
    if !val.is_finite() {
        if negative {
            out.push('-');
        } else if always_sign {
            out.push('+');
        }
        let s = if val.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        });
        return out;
    }
    let (digits, mut decpt) = dtoa_digits(val, mode, precision.max(0) as usize);
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if negative {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let ds = std::str::from_utf8(&digits).unwrap();
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&ds[..decpt as usize]);
        out.push('.');
        out.push_str(&ds[decpt as usize..]);
    } else {
        out.push_str(ds);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        if exp < 0 {
            out.push('-');
        } else {
            out.push('+');
        }
        let a = exp.abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// `repr(float)`.
pub fn repr(x: f64) -> String {
    format(x, 'r', 0, false, true, false)
}

/// `str(float)`.
pub fn str(x: f64) -> String {
    format(x, 'g', 12, false, true, false)
}

/// Parses a float the way `float(s)` does; None if malformed.
pub fn parse(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || !body
                    .bytes()
                    .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
            {
                return None;
            }
            if !body.bytes().any(|c| c.is_ascii_digit()) {
                return None;
            }
            body.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// `PyOS_string_to_double` without a full-match requirement: the value of
/// the longest prefix of `b` that is a float literal (`[sign] digits [.
/// digits] [e [sign] digits]`, or `inf`/`infinity`/`nan` in any case) and
/// the number of bytes it takes; None when no prefix parses.
pub fn parse_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &b[i..];
    let word = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let special = if word(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if word(b"inf") {
        Some((f64::INFINITY, 3))
    } else if word(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        return Some((if neg { -v } else { v }, i + n));
    }
    let start = i;
    let digits = |mut k: usize| {
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        k
    };
    let int_end = digits(i);
    let mut end = int_end;
    let mut frac_digits = 0;
    if end < b.len() && b[end] == b'.' {
        let f_end = digits(end + 1);
        frac_digits = f_end - end - 1;
        end = f_end;
    }
    if int_end == start && frac_digits == 0 {
        return None;
    }
    if end < b.len() && (b[end] == b'e' || b[end] == b'E') {
        let mut k = end + 1;
        if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
            k += 1;
        }
        let e_end = digits(k);
        if e_end > k {
            end = e_end;
        }
    }
    // the slice is ASCII digits, signs, '.', 'e': valid UTF-8 and a
    // literal Rust's correctly rounded parser accepts
    let text = std::str::from_utf8(&b[start..end]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((if neg { -v } else { v }, end))
}

/// Exact comparison of a double with a big integer, as `float_richcompare`
/// does: the ordering of `f` relative to `i` (None if f is NaN).
pub fn cmp_with_big(f: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let t = f.trunc();
    let ti = long::from_f64(t).ok()?;
    match ti.cmp(i) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Greater
            } else if frac < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// Ordering of a double and a machine int, exactly.
#[inline]
pub fn cmp_with_i64(f: f64, i: i64) -> Option<std::cmp::Ordering> {
    if i.unsigned_abs() < (1u64 << 53) {
        return f.partial_cmp(&(i as f64));
    }
    cmp_with_big(f, &BigInt::from(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1.5e300, "1.5e+300"),
            (123456789012.0, "123456789012.0"),
        ];
        for (x, want) in cases {
            assert_eq!(repr(x), want, "repr({x})");
        }
    }

    #[test]
    fn str_and_formats() {
        assert_eq!(str(123456789012.0), "1.23456789012e+11");
        assert_eq!(str(1.0 / 3.0), "0.333333333333");
        assert_eq!(str(100.0), "100.0");
        assert_eq!(format(0.125, 'f', 2, false, false, false), "0.12");
        assert_eq!(format(12345.0, 'e', 0, false, false, false), "1e+04");
        assert_eq!(format(12345.0, 'e', 0, false, false, true), "1.e+04");
        assert_eq!(format(2.0, 'f', 0, false, false, true), "2.");
        assert_eq!(format(1.0, 'g', 6, false, false, true), "1.00000");
        assert_eq!(format(1e-5, 'g', 6, false, false, false), "1e-05");
        assert_eq!(format(-0.0, 'g', 6, false, false, false), "-0");
        assert_eq!(format(0.0001, 'f', 6, false, false, false), "0.000100");
        assert_eq!(format(0.0004, 'f', 3, false, false, false), "0.000");
        assert_eq!(format(3.0, 'f', 2, true, false, false), "+3.00");
    }

    #[test]
    fn hash_matches_cpython() {
        assert_eq!(hash(1.5), 1610645504);
        assert_eq!(hash(-1.0), -2);
        assert_eq!(hash(0.1), 2576882278);
        assert_eq!(hash(f64::INFINITY), 314159);
    }
}
