//! Slots, constructors and methods of `int`, `long`, `float` and
//! `complex`: parsing (`int('0x1f', 0)`), repr/str, hashing, comparison,
//! and the numeric methods (`bit_length`, `as_integer_ratio`, `hex`, ...).

use crate::long::{self, BigInt};
use crate::object::type_of;
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, Layout, TypeObject, UnOp, type_ref};
use crate::value::Value;
use crate::{PyResult, args, complex, err, float, int, ops, str as pstr, tuple, unicode};
use num_traits::{Signed, ToPrimitive, Zero};

/// `_PyLong_DigitValue`: a byte's digit value in bases up to 36 (37 for
/// non-digits).
fn digit_value(c: Option<&u8>) -> u32 {
    match c {
        Some(c @ b'0'..=b'9') => (c - b'0') as u32,
        Some(c @ b'a'..=b'z') => (c - b'a') as u32 + 10,
        Some(c @ b'A'..=b'Z') => (c - b'A') as u32 + 10,
        _ => 37,
    }
}

fn skip_space(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && crate::str_methods::is_space(t[i]) {
        i += 1;
    }
    i
}

/// `PyOS_strtoul` from `i`: the value and where the scan stopped. A base
/// prefix without a digit after it stops at the prefix letter.
fn strtoul(t: &[u8], i: usize, base: u32) -> (BigInt, usize) {
    let mut i = skip_space(t, i);
    let mut base = base;
    let prefix = |i: usize, letter: [u8; 2], b: u32| -> Option<Option<usize>> {
        // Some(None): a prefix with no digit after it; Some(Some(j)):
        // digits start at j; None: no such prefix
        if t.get(i + 1).is_some_and(|c| letter.contains(c)) {
            if digit_value(t.get(i + 2)) >= b {
                return Some(None);
            }
            return Some(Some(i + 2));
        }
        None
    };
    if t.get(i) == Some(&b'0') {
        let found = match base {
            0 => [(*b"xX", 16), (*b"oO", 8), (*b"bB", 2)]
                .into_iter()
                .find_map(|(l, b)| prefix(i, l, b).map(|r| (r, b))),
            2 => prefix(i, *b"bB", 2).map(|r| (r, 2)),
            8 => prefix(i, *b"oO", 8).map(|r| (r, 8)),
            16 => prefix(i, *b"xX", 16).map(|r| (r, 16)),
            _ => None,
        };
        match found {
            Some((None, _)) => return (BigInt::zero(), i + 1),
            Some((Some(j), b)) => {
                i = j;
                base = b;
            }
            None => {
                i += 1;
                if base == 0 {
                    base = 8;
                }
            }
        }
    } else if base == 0 {
        base = 10;
    }
    while t.get(i) == Some(&b'0') {
        i += 1;
    }
    let start = i;
    while digit_value(t.get(i)) < base {
        i += 1;
    }
    let v = if i > start {
        BigInt::parse_bytes(&t[start..i], base).unwrap_or_default()
    } else {
        BigInt::zero()
    };
    (v, i)
}

/// `PyInt_FromString` on the bytes up to the first NUL: an int when it
/// fits in a C long, else what `PyLong_FromString` makes of it.
fn int_from_string(text: &[u8], base: i64) -> PyResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(err::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let t = &text[..text.iter().position(|&c| c == 0).unwrap_or(text.len())];
    let s = skip_space(t, 0);
    let bad = || {
        let shown = &t[s..(s + 200).min(t.len())];
        err::value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            pstr::repr_bytes(shown)
        ))
    };
    let (neg, val, end) = if base == 0 && t.get(s) == Some(&b'0') {
        let (v, e) = strtoul(t, s, 0);
        (false, v, e)
    } else {
        let mut i = s;
        let neg = t.get(i) == Some(&b'-');
        if matches!(t.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let (v, e) = strtoul(t, i, base as u32);
        (neg, v, e)
    };
    if end == s || !t[end - 1].is_ascii_alphanumeric() {
        return Err(bad());
    }
    if skip_space(t, end) != t.len() {
        return Err(bad());
    }
    let v = if neg { -val } else { val };
    if v.to_i64().is_some() {
        return Ok(v);
    }
    long_from_string(&t[s..], base)
}

/// `PyLong_FromString` on the bytes up to the first NUL; a trailing 'L'
/// is allowed. Errors name the base actually used and show the text as
/// given.
fn long_from_string(text: &[u8], base: i64) -> PyResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(err::value_error("long() base must be >= 2 and <= 36, or 0"));
    }
    let t = &text[..text.iter().position(|&c| c == 0).unwrap_or(text.len())];
    let mut base = base as u32;
    let mut i = skip_space(t, 0);
    let mut neg = false;
    match t.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    i = skip_space(t, i);
    let c1 = t.get(i + 1).map(|c| c.to_ascii_lowercase());
    if base == 0 {
        base = if t.get(i) != Some(&b'0') {
            10
        } else {
            match c1 {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => 8,
            }
        };
    }
    if t.get(i) == Some(&b'0')
        && matches!(
            (base, c1),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        i += 2;
    }
    let bad = || {
        err::value_error(format!(
            "invalid literal for long() with base {}: {}",
            base,
            pstr::repr_bytes(&t[..t.len().min(200)])
        ))
    };
    let start = i;
    while digit_value(t.get(i)) < base {
        i += 1;
    }
    if i == start {
        return Err(bad());
    }
    let v = BigInt::parse_bytes(&t[start..i], base).ok_or_else(bad)?;
    if matches!(t.get(i), Some(b'L' | b'l')) {
        i += 1;
    }
    if skip_space(t, i) != t.len() {
        return Err(bad());
    }
    Ok(if neg { -v } else { v })
}

/// Parses the text of `int()`/`long()` (`allow_l`: long's rules) in
/// `base`; `explicit_base`: a base argument was given, which changes how
/// an embedded NUL is reported.
pub fn parse_int(text: &[u8], base: i64, allow_l: bool, explicit_base: bool) -> PyResult<BigInt> {
    let name = if allow_l { "long" } else { "int" };
    if text.contains(&0) {
        if explicit_base {
            return Err(err::value_error(format!(
                "invalid literal for {}() with base {}: {}",
                name,
                base,
                pstr::repr_bytes(text)
            )));
        }
        // the prefix before the NUL must parse first
        let before = &text[..text.iter().position(|&c| c == 0).unwrap()];
        if allow_l {
            long_from_string(before, base)?;
        } else {
            int_from_string(before, base)?;
        }
        return Err(err::value_error(format!(
            "null byte in argument for {name}()"
        )));
    }
    if allow_l {
        long_from_string(text, base)
    } else {
        int_from_string(text, base)
    }
}

/// int's tp_str: the same text as its repr.
fn int_str(v: &Value) -> PyResult {
    int_repr(v)
}

fn int_repr(v: &Value) -> PyResult {
    let i = int::as_i64(v).unwrap_or(0);
    Ok(pstr::from_string(i.to_string()))
}

fn int_hash(v: &Value) -> PyResult<i64> {
    Ok(int::hash_i64(int::as_i64(v).unwrap_or(0)))
}

/// Three-way numeric comparison shared by int and long (one function, so
/// mixed int/long comparisons take the same-slot path).
fn num_compare(a: &Value, b: &Value) -> PyResult<i32> {
    match ops::compare_numbers(a, b) {
        Some(Some(o)) => Ok(o as i32),
        Some(None) => Ok(2),
        None => Ok(2),
    }
}

fn num_nonzero(v: &Value) -> PyResult<bool> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i != 0);
    }
    if long::is_long(v) {
        return Ok(!long::as_big(v).is_zero());
    }
    if let Some(f) = float::as_f64(v) {
        return Ok(f != 0.0);
    }
    if complex::is_complex(v) {
        let (r, i) = complex::parts(v);
        return Ok(r != 0.0 || i != 0.0);
    }
    Ok(true)
}

fn int_pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    let (Some(x), Some(y), Some(z)) = (int::as_i64(a), int::as_i64(b), int::as_i64(c)) else {
        return long_pow3(a, b, c);
    };
    int::pow_i64(x, y, Some(z))
}

fn long_pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    let (Some(x), Some(y), Some(z)) = (long::to_big(a), long::to_big(b), long::to_big(c)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    long::pow3(&x, &y, Some(&z))
}

fn float_pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    if float::coerce_f64(a)?.is_none() || float::coerce_f64(b)?.is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if !c.is_none() {
        return Err(err::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    ops::binary_op(a, b, crate::types::BinOp::Pow)
}

/// Converts the argument of `int()`/`long()` (no base given).
fn int_from_object(x: &Value, name: &str, want_long: bool) -> PyResult {
    if pstr::is_str(x) {
        let b = parse_int(pstr::as_bytes(x), 10, want_long, false)?;
        return Ok(if want_long {
            long::new(b)
        } else {
            int::from_bigint(&b)
        });
    }
    if unicode::is_unicode(x) {
        let s = crate::unicode_methods::encode_decimal(x)?;
        let b = parse_int(&s, 10, want_long, false)?;
        return Ok(if want_long {
            long::new(b)
        } else {
            int::from_bigint(&b)
        });
    }
    let op = if want_long { UnOp::Long } else { UnOp::Int };
    let t = type_ref(x);
    let r = match t.slots.unop {
        Some(f) => f(op, x)?,
        None => Value::NOT_IMPLEMENTED,
    };
    let r = if r.is(&Value::NOT_IMPLEMENTED) {
        match ops::call_special(x, "__trunc__", &[])? {
            Some(r) => r,
            None => {
                return Err(err::type_error(format!(
                    "{}() argument must be a string or a number, not '{}'",
                    name,
                    t.name_str()
                )));
            }
        }
    } else {
        r
    };
    if want_long {
        if long::is_long(&r) {
            return Ok(r);
        }
        if let Some(i) = int::as_i64(&r) {
            return Ok(long::new(BigInt::from(i)));
        }
        return Err(err::type_error(format!(
            "__long__ returned non-long (type {})",
            type_ref(&r).name_str()
        )));
    }
    if int::is_int(&r) || long::is_long(&r) {
        return Ok(r);
    }
    Err(err::type_error(format!(
        "__int__ returned non-int (type {})",
        type_ref(&r).name_str()
    )))
}

fn int_or_long_new(t: &Value, a: &[Value], kw: &[Value], want_long: bool) -> PyResult {
    let name = if want_long { "long" } else { "int" };
    let p = args::parse(name, a, kw, &["x", "base"], 0)?;
    let ty = t.as_ptr() as *mut TypeObject;
    let v = match (&p[0], &p[1]) {
        (None, None) => Value::small_int(0),
        (None, Some(_)) => {
            return Err(err::type_error(format!("{name}() missing string argument")));
        }
        (Some(x), None) => int_from_object(x, name, want_long)?,
        (Some(x), Some(b)) => {
            let base = ops::as_i64_arg(b)?;
            let text = if pstr::is_str(x) {
                pstr::as_bytes(x).to_vec()
            } else if unicode::is_unicode(x) {
                crate::unicode_methods::encode_decimal(x)?
            } else {
                return Err(err::type_error(format!(
                    "{name}() can't convert non-string with explicit base"
                )));
            };
            let b = parse_int(&text, base, want_long, true)?;
            if want_long {
                long::new(b)
            } else {
                int::from_bigint(&b)
            }
        }
    };
    let base_ty = if want_long {
        rt().types.long
    } else {
        rt().types.int
    };
    if ty == base_ty {
        if want_long && !crate::types::type_of_ptr_is(&v, base_ty) {
            return Ok(long::new(long::to_big(&v).unwrap_or_default()));
        }
        if !want_long && !int::is_exact_int(&v) && !long::is_long(&v) {
            return Ok(int::new(int::as_i64(&v).unwrap_or(0)));
        }
        return Ok(v);
    }
    // subclass instance
    if want_long {
        Ok(long::new_of_type(ty, long::to_big(&v).unwrap_or_default()))
    } else {
        match int::as_i64(&v) {
            Some(i) => Ok(int::new_boxed(ty, i)),
            None => Err(err::overflow_error(
                "Python int too large to convert to C long",
            )),
        }
    }
}

fn int_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    int_or_long_new(t, a, kw, false)
}

fn long_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    int_or_long_new(t, a, kw, true)
}

fn long_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(format!(
        "{}L",
        long::to_decimal(long::as_big(v))
    )))
}

fn long_str(v: &Value) -> PyResult {
    Ok(pstr::from_string(long::to_decimal(long::as_big(v))))
}

fn long_hash(v: &Value) -> PyResult<i64> {
    Ok(long::hash(long::as_big(v)))
}

fn float_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(float::repr(float::as_f64(v).unwrap())))
}

fn float_str(v: &Value) -> PyResult {
    Ok(pstr::from_string(float::str(float::as_f64(v).unwrap())))
}

fn float_hash(v: &Value) -> PyResult<i64> {
    Ok(float::hash(float::as_f64(v).unwrap()))
}

fn float_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    match ops::compare_numbers(a, b) {
        Some(c) => Ok(Value::bool(ops::apply(op, c))),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn float_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("float", a, kw, &["x"], 0)?;
    let ty = t.as_ptr() as *mut TypeObject;
    let f = match &p[0] {
        None => 0.0,
        Some(x) => float_from_object(x)?,
    };
    if ty == rt().types.float {
        Ok(Value::float(f))
    } else {
        Ok(float::new_boxed(ty, f))
    }
}

/// `PyFloat_FromString` on the bytes of a str (or of a unicode after the
/// decimal codec): surrounding C-locale whitespace is allowed; a text with
/// no float prefix and one with trailing garbage get different messages.
fn float_from_text(b: &[u8]) -> PyResult<f64> {
    let mut s = 0;
    while s < b.len() && crate::str_methods::is_space(b[s]) {
        s += 1;
    }
    // what the C code prints: from the first non-space byte up to a NUL,
    // at most 200 bytes
    let shown = |prefix: &str| {
        let tail = &b[s..];
        let tail = &tail[..tail.iter().position(|&c| c == 0).unwrap_or(tail.len())];
        let mut msg = prefix.as_bytes().to_vec();
        msg.extend_from_slice(&tail[..tail.len().min(200)]);
        crate::PyErr::with_arg(rt().exc.value_error, pstr::from_vec(msg))
    };
    let Some((v, n)) = float::parse_prefix(&b[s..]) else {
        return Err(shown("could not convert string to float: "));
    };
    let mut end = s + n;
    while end < b.len() && crate::str_methods::is_space(b[end]) {
        end += 1;
    }
    if end == b.len() {
        Ok(v)
    } else {
        Err(shown("invalid literal for float(): "))
    }
}

/// `float(x)`.
pub fn float_from_object(x: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(x) {
        return Ok(f);
    }
    if pstr::is_str(x) {
        return float_from_text(pstr::as_bytes(x));
    }
    if unicode::is_unicode(x) {
        let mut t = crate::unicode_methods::encode_decimal(x)?;
        if let Some(z) = t.iter().position(|&c| c == 0) {
            t.truncate(z);
        }
        return float_from_text(&t);
    }
    if let Some(i) = int::as_i64(x) {
        return Ok(i as f64);
    }
    if long::is_long(x) {
        return long::to_f64(long::as_big(x));
    }
    let r = match type_ref(x).slots.unop {
        Some(f) => f(UnOp::Float, x)?,
        None => Value::NOT_IMPLEMENTED,
    };
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Err(err::type_error(
            "float() argument must be a string or a number",
        ));
    }
    float::as_f64(&r).ok_or_else(|| err::type_error("__float__ returned non-float"))
}

fn complex_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("complex", a, kw, &["real", "imag"], 0)?;
    let ty = t.as_ptr() as *mut TypeObject;
    let (re, im) = match (&p[0], &p[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), None) if pstr::is_str(r) || unicode::is_unicode(r) => parse_complex(r)?,
        (Some(r), Some(_)) if pstr::is_str(r) || unicode::is_unicode(r) => {
            return Err(err::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        (_, Some(i)) if pstr::is_str(i) || unicode::is_unicode(i) => {
            return Err(err::type_error("complex() second arg can't be a string"));
        }
        (r, i) => {
            // as complex_new: the parts combine only where an argument
            // really is complex, so complex(0, -0.0) keeps its signed zero
            let (mut re, r_imag, r_cx) = match r {
                Some(r) => to_complex(r)?,
                None => (0.0, 0.0, false),
            };
            let (mut im, i_imag, i_cx) = match i {
                Some(i) => to_complex(i)?,
                None => (0.0, 0.0, false),
            };
            if i_cx {
                re -= i_imag;
            }
            if r_cx {
                im += r_imag;
            }
            (re, im)
        }
    };
    if ty == rt().types.complex
        && let Some(x) = &p[0]
        && p[1].is_none()
        && crate::types::type_of_ptr_is(x, ty)
    {
        return Ok(x.clone());
    }
    Ok(complex::new_of_type(ty, re, im))
}

/// (real, imag, is_complex) of a complex() argument.
fn to_complex(x: &Value) -> PyResult<(f64, f64, bool)> {
    if complex::is_complex(x) {
        let (r, i) = complex::parts(x);
        return Ok((r, i, true));
    }
    if let Some(r) = ops::call_special(x, "__complex__", &[])? {
        if !complex::is_complex(&r) {
            return Err(err::type_error(
                "__complex__ should return a complex object",
            ));
        }
        let (re, im) = complex::parts(&r);
        return Ok((re, im, true));
    }
    match float_from_object(x) {
        Ok(f) => Ok((f, 0.0, false)),
        Err(_) => Err(err::type_error(
            "complex() argument must be a string or a number",
        )),
    }
}

fn parse_complex(x: &Value) -> PyResult<(f64, f64)> {
    let s = if pstr::is_str(x) {
        pstr::as_str_lossy(x).to_string()
    } else {
        unicode::to_string_lossy(x)
    };
    let bad = || err::value_error("complex() arg is a malformed string");
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return Err(bad());
    }
    let lower = t.to_ascii_lowercase();
    if let Some(body) = lower.strip_suffix('j') {
        // find the split between real and imaginary parts
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && bytes[i - 1] != b'e' {
                split = Some(i);
                break;
            }
        }
        let (re_s, im_s) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im = match im_s {
            "" | "+" => 1.0,
            "-" => -1.0,
            _ => float::parse(im_s).ok_or_else(bad)?,
        };
        let re = if re_s.is_empty() {
            0.0
        } else {
            float::parse(re_s).ok_or_else(bad)?
        };
        return Ok((re, im));
    }
    Ok((float::parse(&lower).ok_or_else(bad)?, 0.0))
}

// ----- methods -----

fn m_conjugate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("conjugate", a, kw)?;
    if complex::is_complex(v) {
        let (r, i) = complex::parts(v);
        return Ok(complex::new(r, -i));
    }
    ops::unary(v, UnOp::Pos)
}

fn get_real(v: &Value) -> PyResult {
    if complex::is_complex(v) {
        return Ok(Value::float(complex::parts(v).0));
    }
    ops::unary(v, UnOp::Pos)
}

fn get_imag(v: &Value) -> PyResult {
    if complex::is_complex(v) {
        return Ok(Value::float(complex::parts(v).1));
    }
    if float::is_float(v) {
        return Ok(Value::float(0.0));
    }
    if long::is_long(v) {
        return Ok(long::new(BigInt::zero()));
    }
    Ok(Value::small_int(0))
}

fn get_numerator(v: &Value) -> PyResult {
    ops::unary(v, UnOp::Pos)
}

fn get_denominator(v: &Value) -> PyResult {
    if long::is_long(v) {
        return Ok(long::new(BigInt::from(1)));
    }
    Ok(Value::small_int(1))
}

fn m_bit_length(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("bit_length", a, kw)?;
    if let Some(i) = int::as_i64(v) {
        return Ok(int::new(int::bit_length(i) as i64));
    }
    Ok(int::new(long::as_big(v).bits() as i64))
}

fn m_trunc(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__trunc__", a, kw)?;
    if let Some(f) = float::as_f64(v) {
        return float::float_unop(UnOp::Int, &Value::float(f));
    }
    // int.__trunc__ is int_int, long.__trunc__ is long_long
    if long::is_long(v) {
        return ops::unary(v, UnOp::Long);
    }
    ops::unary(v, UnOp::Int)
}

/// `long.__sizeof__`: the header plus 4 bytes per 30-bit digit.
fn m_long_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    let digits = long::as_big(v).bits().div_ceil(30);
    Ok(int::new(24 + 4 * digits as i64))
}

/// long's own tp_compare (a different slot from int's, as `__cmp__`
/// wrappers check).
fn long_compare(a: &Value, b: &Value) -> PyResult<i32> {
    let r = num_compare(a, b)?;
    Ok(r)
}

fn m_getnewargs(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__getnewargs__", a, kw)?;
    let x = if let Some(i) = int::as_i64(v) {
        int::new(i)
    } else if long::is_long(v) {
        long::new(long::as_big(v).clone())
    } else if let Some(f) = float::as_f64(v) {
        Value::float(f)
    } else {
        let (r, i) = complex::parts(v);
        return Ok(tuple::new(vec![Value::float(r), Value::float(i)]));
    };
    Ok(tuple::new(vec![x]))
}

/// `__format__` of the numbers: a unicode spec is made a str first, and
/// the result is a str either way (PyObject_Format makes it unicode when
/// the spec was). Spec and result are handled byte per char.
fn m_format(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("__format__", a, kw, 1, 1)?;
    let spec = &a[0];
    let spec = if pstr::is_str(spec) {
        spec.clone()
    } else if unicode::is_unicode(spec) {
        ops::str(spec)?
    } else {
        return Err(err::type_error("__format__ requires str or unicode"));
    };
    let spec_s: String = pstr::as_bytes(&spec).iter().map(|&b| b as char).collect();
    let out = crate::formatspec::format_number(v, &spec_s)?;
    Ok(pstr::from_vec(
        out.chars().map(|c| c as u32 as u8).collect(),
    ))
}

/// `__coerce__` of the builtin numbers (their `nb_coerce`): the pair, or
/// NotImplemented when the argument would have to be narrowed.
fn m_coerce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let other = args::one("__coerce__", a, kw)?;
    Ok(match crate::builtins::nb_coerce(v, other)? {
        Some((x, y)) => tuple::new(vec![x, y]),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn m_is_integer(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("is_integer", a, kw)?;
    let f = float::as_f64(v).unwrap();
    Ok(Value::bool(f.is_finite() && f == f.trunc()))
}

fn m_as_integer_ratio(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("as_integer_ratio", a, kw)?;
    let f = float::as_f64(v).unwrap();
    if f.is_infinite() {
        return Err(err::overflow_error(
            "Cannot pass infinity to float.as_integer_ratio.",
        ));
    }
    if f.is_nan() {
        return Err(err::value_error(
            "Cannot pass NaN to float.as_integer_ratio.",
        ));
    }
    let (m, e) = float::frexp(f);
    let mut mant = m;
    let mut exp = e as i64;
    let mut i = 0;
    while i < 300 && mant != mant.floor() {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let num = long::from_f64(mant)?;
    let (num, den) = if exp > 0 {
        (num << exp as u32, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-exp) as u32)
    };
    Ok(tuple::new(vec![
        int::from_bigint(&num),
        int::from_bigint(&den),
    ]))
}

fn m_float_hex(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("hex", a, kw)?;
    let f = float::as_f64(v).unwrap();
    if f.is_nan() || f.is_infinite() {
        return Ok(pstr::from_string(float::repr(f)));
    }
    if f == 0.0 {
        return Ok(pstr::new(if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }));
    }
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // subnormals keep a 0 lead digit and the minimum exponent; the
    // fraction always has all 13 hex digits
    let (lead, exp) = if bexp == 0 {
        (0u64, -1022)
    } else {
        (1u64, bexp - 1023)
    };
    let hex = format!("{frac:013x}");
    Ok(pstr::from_string(format!(
        "{}0x{}.{}p{}{}",
        if neg { "-" } else { "" },
        lead,
        hex,
        if exp >= 0 { "+" } else { "" },
        exp
    )))
}

fn m_float_fromhex(cls: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let s = args::one("fromhex", a, kw)?;
    let text = if pstr::is_str(s) {
        pstr::as_bytes(s).to_vec()
    } else if unicode::is_unicode(s) {
        pstr::as_bytes(&unicode::encode_default(s)?).to_vec()
    } else {
        return Err(err::type_error(format!(
            "expected string or Unicode object, {} found",
            type_ref(s).name_str()
        )));
    };
    let f = parse_hex_float(&text)?;
    ops::call(cls, &[Value::float(f)], &[])
}

/// `float.fromhex`'s parser (floatobject.c): optional whitespace, sign,
/// `0x`, hex digits with an optional point, optional `p` exponent;
/// correctly rounded, ties to even.
fn parse_hex_float(b: &[u8]) -> PyResult<f64> {
    let invalid = || err::value_error("invalid hexadecimal floating-point string");
    let overflow = || err::overflow_error("hexadecimal value too large to represent as a float");
    let is_space = crate::str_methods::is_space;
    let mut i = 0;
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    let finish = |mut i: usize, x: f64| -> PyResult<f64> {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i != b.len() { Err(invalid()) } else { Ok(x) }
    };
    // infinities and nans (with their own sign)
    {
        let (neg, j) = match b.get(i) {
            Some(b'-') => (true, i + 1),
            Some(b'+') => (false, i + 1),
            _ => (false, i),
        };
        let rest = &b[j..];
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
        if let Some((x, n)) = special {
            return finish(j + n, if neg { -x } else { x });
        }
    }
    let mut negate = false;
    match b.get(i) {
        Some(b'-') => {
            negate = true;
            i += 1;
        }
        Some(b'+') => i += 1,
        _ => {}
    }
    if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
    }
    let hex = |c: Option<&u8>| c.and_then(|&c| (c as char).to_digit(16));
    let mut digits: Vec<u32> = Vec::new();
    let mut fdigits = 0i64;
    while let Some(d) = hex(b.get(i)) {
        digits.push(d);
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while let Some(d) = hex(b.get(i)) {
            digits.push(d);
            fdigits += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    if digits.len() > (i64::MAX / 8) as usize {
        return Err(err::value_error("hexadecimal string too long to convert"));
    }
    let mut exp: i64 = 0;
    if matches!(b.get(i), Some(b'p' | b'P')) {
        i += 1;
        let start = i;
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        if !b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            return Err(invalid());
        }
        while b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        // strtol saturates
        let t = std::str::from_utf8(&b[start..i]).unwrap_or("0");
        exp = t.parse::<i64>().unwrap_or(if t.starts_with('-') {
            i64::MIN
        } else {
            i64::MAX
        });
    }
    let first = digits.iter().position(|&d| d != 0);
    let x = match first {
        None => 0.0,
        Some(_) if exp < i64::MIN / 2 => 0.0,
        Some(_) if exp > i64::MAX / 2 => return Err(overflow()),
        Some(k) => {
            let sig = &digits[k..];
            let e2 = exp - 4 * fdigits;
            // one more than the exponent of the leading bit
            let top = e2 + 4 * (sig.len() as i64 - 1) + (32 - sig[0].leading_zeros()) as i64;
            if top < -1021 - 53 {
                0.0
            } else if top > 1024 {
                return Err(overflow());
            } else {
                let mut m = num_bigint::BigUint::from(0u32);
                for &d in sig {
                    m = (m << 4u32) + num_bigint::BigUint::from(d);
                }
                long::round_to_f64(&m, false, e2).ok_or_else(overflow)?
            }
        }
    };
    let x = if negate { -x } else { x };
    finish(i, x)
}

thread_local! {
    /// `float.__setformat__` state: (double format, float format), each
    /// "unknown" or the detected little-endian IEEE format.
    static FLOAT_FORMATS: std::cell::Cell<(bool, bool)> = const { std::cell::Cell::new((true, true)) };
}

fn m_getformat(_cls: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let t = args::one("__getformat__", a, kw)?;
    if !pstr::is_str(t) {
        return Err(err::type_error(format!(
            "__getformat__() argument must be string, not {}",
            type_ref(t).name_str()
        )));
    }
    let ieee = FLOAT_FORMATS.with(|f| f.get());
    let known = match pstr::as_bytes(t) {
        b"double" => ieee.0,
        b"float" => ieee.1,
        _ => {
            return Err(err::value_error(
                "__getformat__() argument 1 must be 'double' or 'float'",
            ));
        }
    };
    Ok(pstr::new(if known {
        "IEEE, little-endian"
    } else {
        "unknown"
    }))
}

fn m_setformat(_cls: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("__setformat__", a, kw, 2, 2)?;
    let typestr = args::c_string("__setformat__", 1, &a[0])?;
    let format = args::c_string("__setformat__", 2, &a[1])?;
    let is_double = match typestr.as_slice() {
        b"double" => true,
        b"float" => false,
        _ => {
            return Err(err::value_error(
                "__setformat__() argument 1 must be 'double' or 'float'",
            ));
        }
    };
    let ieee = match format.as_slice() {
        b"unknown" => false,
        b"IEEE, little-endian" => true,
        b"IEEE, big-endian" => {
            return Err(err::value_error(format!(
                "can only set {} format to 'unknown' or the detected platform value",
                String::from_utf8_lossy(&typestr)
            )));
        }
        _ => {
            return Err(err::value_error(
                "__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'",
            ));
        }
    };
    FLOAT_FORMATS.with(|f| {
        let (d, fl) = f.get();
        f.set(if is_double { (ieee, fl) } else { (d, ieee) });
    });
    Ok(Value::NONE)
}

fn is_num_subclass_instance(v: &Value) -> bool {
    v.is_ptr()
        && matches!(
            type_ref(v).layout,
            Layout::Int | Layout::Float | Layout::Long | Layout::Complex
        )
}

/// The binary operators of float and complex (no shifts or bitwise ops).
const NON_INTEGRAL_BINOPS: u16 = BinOp::Add.bit()
    | BinOp::Sub.bit()
    | BinOp::Mul.bit()
    | BinOp::Div.bit()
    | BinOp::TrueDiv.bit()
    | BinOp::FloorDiv.bit()
    | BinOp::Mod.bit()
    | BinOp::DivMod.bit()
    | BinOp::Pow.bit();

/// The unary operators of float and complex.
const NON_INTEGRAL_UNOPS: u16 = UnOp::Neg.bit()
    | UnOp::Pos.bit()
    | UnOp::Abs.bit()
    | UnOp::Int.bit()
    | UnOp::Long.bit()
    | UnOp::Float.bit();

/// Fills the number types (bootstrap).
pub fn setup() {
    let t = &rt().types;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t.int).slots;
        s.binop = Some(int::int_binop);
        s.pow3 = Some(int_pow3);
        s.unop = Some(int::int_unop);
        s.repr = Some(int_repr);
        // int has its own tp_str (so int.__str__ exists)
        s.str = Some(int_str);
        s.hash = Some(int_hash);
        s.compare = Some(num_compare);
        s.nonzero = Some(num_nonzero);
        s.new = Some(int_new);
        let s = &mut (*t.bool).slots;
        s.pow3 = Some(int_pow3);
        s.unop = Some(int::int_unop);
        s.hash = Some(int_hash);
        s.compare = Some(num_compare);
        s.nonzero = Some(num_nonzero);
        let s = &mut (*t.long).slots;
        s.binop = Some(long::long_binop);
        s.pow3 = Some(long_pow3);
        s.unop = Some(long::long_unop);
        s.repr = Some(long_repr);
        s.str = Some(long_str);
        s.hash = Some(long_hash);
        s.compare = Some(long_compare);
        s.nonzero = Some(num_nonzero);
        s.new = Some(long_new);
        let s = &mut (*t.float).slots;
        s.binop = Some(float::float_binop);
        s.pow3 = Some(float_pow3);
        s.unop = Some(float::float_unop);
        s.binop_mask = NON_INTEGRAL_BINOPS;
        s.unop_mask = NON_INTEGRAL_UNOPS;
        s.repr = Some(float_repr);
        s.str = Some(float_str);
        s.hash = Some(float_hash);
        s.richcompare = Some(float_richcompare);
        s.nonzero = Some(num_nonzero);
        s.new = Some(float_new);
        let s = &mut (*t.complex).slots;
        s.binop = Some(complex::complex_binop);
        s.pow3 = Some(complex::complex_pow3);
        s.unop = Some(complex::complex_unop);
        s.binop_mask = NON_INTEGRAL_BINOPS;
        s.unop_mask = NON_INTEGRAL_UNOPS;
        s.repr = Some(complex::repr);
        s.str = Some(complex::str);
        s.hash = Some(complex::hash);
        s.richcompare = Some(complex::complex_richcompare);
        s.nonzero = Some(num_nonzero);
        s.new = Some(complex_new);
    }
    let common: [(&'static str, crate::descr::NativeFn); 4] = [
        ("conjugate", m_conjugate),
        ("__format__", m_format),
        ("__getnewargs__", m_getnewargs),
        ("__coerce__", m_coerce),
    ];
    for ty in [t.int, t.long, t.float, t.complex] {
        crate::descr::add_methods(ty, &common);
        let fields: &[(
            &'static str,
            crate::descr::Getter,
            Option<crate::descr::Setter>,
        )] = &[("real", get_real, None), ("imag", get_imag, None)];
        if ty == t.complex {
            // complex's are PyMemberDef entries: member descriptors
            crate::descr::add_members(ty, fields);
        } else {
            crate::descr::add_getsets(ty, fields);
        }
    }
    crate::descr::add_methods(t.long, &[("__sizeof__", m_long_sizeof)]);
    for ty in [t.int, t.long] {
        crate::descr::add_methods(ty, &[("bit_length", m_bit_length), ("__trunc__", m_trunc)]);
        crate::descr::add_getsets(
            ty,
            &[
                ("numerator", get_numerator, None),
                ("denominator", get_denominator, None),
            ],
        );
    }
    crate::descr::add_methods(
        t.float,
        &[
            ("is_integer", m_is_integer),
            ("as_integer_ratio", m_as_integer_ratio),
            ("hex", m_float_hex),
            ("__trunc__", m_trunc),
        ],
    );
    crate::descr::add_classmethods(
        t.float,
        &[
            ("fromhex", m_float_fromhex),
            ("__getformat__", m_getformat),
            ("__setformat__", m_setformat),
        ],
    );
    let _ = (
        is_num_subclass_instance,
        type_of,
        ToPrimitive::to_i64 as fn(&BigInt) -> Option<i64>,
        Signed::is_negative as fn(&BigInt) -> bool,
    );
}
