//! The `math` module: CPython 2.7's mathmodule.c.
//!
//! Results must match CPython to the last bit, so every function either
//! calls the platform libm as CPython does (see `libm.rs`) or reproduces
//! CPython's own algorithm step for step (gamma and lgamma by the Lanczos
//! approximation, erf and erfc by series and continued fraction, fsum by
//! exact partial sums, logarithms of huge longs by frexp).
//!
//! Error reporting follows CPython's `math_1`/`is_error` rules: a NaN from
//! a non-NaN argument is a domain error (ValueError), an infinity from a
//! finite argument is a range error (OverflowError) or a domain error,
//! depending on the function; a range error whose result is below 1 in
//! magnitude is an underflow and is not reported.

use super::libm;
use crate::types::BinOp;
use crate::value::Value;
use crate::{PyResult, args, err, float, int, long, module, ops, tuple};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::f64::consts::PI;

/// What went wrong in a libm-style computation (C's `errno`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MathErr {
    /// EDOM: invalid argument or pole.
    Domain,
    /// ERANGE: overflow (or underflow, which is ignored).
    Range,
}

/// CPython's `is_error`: the exception for `e` given the result `r`, or
/// `None` when the error is an ignorable underflow.
pub fn error_for(e: MathErr, r: f64) -> Option<crate::PyErr> {
    match e {
        MathErr::Domain => Some(err::value_error("math domain error")),
        MathErr::Range if r.abs() < 1.0 => None,
        MathErr::Range => Some(err::overflow_error("math range error")),
    }
}

fn result(r: f64, e: Option<MathErr>) -> PyResult {
    match e.and_then(|e| error_for(e, r)) {
        Some(x) => Err(x),
        None => Ok(Value::float(r)),
    }
}

/// `math_1`: applies `f`, classifying NaN/infinite results of finite
/// arguments as errors.
fn math_1(x: f64, f: impl Fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let r = f(x);
    let e = if r.is_nan() && !x.is_nan() {
        Some(MathErr::Domain)
    } else if r.is_infinite() && x.is_finite() {
        Some(if can_overflow {
            MathErr::Range
        } else {
            MathErr::Domain
        })
    } else {
        None
    };
    result(r, e)
}

/// `math_2`: as [`math_1`] for two-argument functions (overflow always a
/// range error).
fn math_2(name: &str, a: &[Value], kw: &[Value], f: fn(f64, f64) -> f64) -> PyResult {
    args::unpack(name, a, kw, 2, 2)?;
    let x = ops::as_f64_arg(&a[0])?;
    let y = ops::as_f64_arg(&a[1])?;
    let r = f(x, y);
    let e = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Some(MathErr::Domain)
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Some(MathErr::Range)
    } else {
        None
    };
    result(r, e)
}

macro_rules! func1 {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
                let x = ops::as_f64_arg(args::one(stringify!($name), a, kw)?)?;
                math_1(x, $f, $overflow)
            }
        )*
    };
}

func1! {
    acos => libm::acos, false;
    acosh => libm::acosh, false;
    asin => libm::asin, false;
    asinh => libm::asinh, false;
    atan => libm::atan, false;
    atanh => libm::atanh, false;
    ceil => f64::ceil, false;
    cos => libm::cos, false;
    cosh => libm::cosh, true;
    exp => libm::exp, true;
    expm1 => libm::expm1, true;
    fabs => f64::abs, false;
    floor => f64::floor, false;
    log1p => libm::m_log1p, true;
    sin => libm::sin, false;
    sinh => libm::sinh, true;
    sqrt => f64::sqrt, false;
    tan => libm::tan, false;
    tanh => libm::tanh, false;
}

/// Functions that report their own errors (`math_1a`).
macro_rules! func1a {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
                let x = ops::as_f64_arg(args::one(stringify!($name), a, kw)?)?;
                let (r, e) = $f(x);
                result(r, e)
            }
        )*
    };
}

func1a! {
    erf => |x| (m_erf(x), None);
    erfc => |x| (m_erfc(x), None);
    gamma => m_tgamma;
    lgamma => m_lgamma;
}

/// atan2 with C99's special values handled before libm.
pub fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

fn atan2(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    math_2("atan2", a, kw, m_atan2)
}

fn copysign(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    math_2("copysign", a, kw, f64::copysign)
}

// ----- gamma and lgamma (Lanczos approximation, N=13) -----

const SQRTPI: f64 = 1.772_453_850_905_516;
// exactly 6.024680040776729583740234375 and 5.524680040776729583740234375
const LANCZOS_G: f64 = 6.024_680_040_776_73;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_73;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `(n-1)!` for n in 1..=23, exactly as doubles.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi*x), accurate near integers (finite x only).
fn m_sinpi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos sum as a rational function, evaluated in 1/x for large x.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn m_tgamma(x: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, None);
        }
        return (f64::NAN, Some(MathErr::Domain));
    }
    if x == 0.0 {
        return (1.0 / x, Some(MathErr::Domain));
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Some(MathErr::Domain));
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, r.is_infinite().then_some(MathErr::Range));
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / m_sinpi(x), None);
        }
        return (f64::INFINITY, Some(MathErr::Range));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // the rounding error of y, to correct pow(y, ...) below
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, r.is_infinite().then_some(MathErr::Range))
}

fn m_lgamma(x: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, None);
        }
        return (f64::INFINITY, None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Some(MathErr::Domain));
        }
        return (0.0, None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), None);
    }
    let r = if x > 0.0 {
        libm::log(lanczos_sum(x)) - LANCZOS_G + (x - 0.5) * (libm::log(x + LANCZOS_G - 0.5) - 1.0)
    } else {
        libm::log(PI)
            - libm::log(m_sinpi(absx).abs())
            - libm::log(absx)
            - (libm::log(lanczos_sum(absx)) - LANCZOS_G
                + (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0))
    };
    (r, r.is_infinite().then_some(MathErr::Range))
}

// ----- erf and erfc -----

const ERF_SERIES_CUTOFF: f64 = 1.5;
const ERF_SERIES_TERMS: i32 = 25;
const ERFC_CONTFRAC_CUTOFF: f64 = 30.0;
const ERFC_CONTFRAC_TERMS: i32 = 50;

/// erf by its power series (small |x|).
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = ERF_SERIES_TERMS as f64 + 0.5;
    for _ in 0..ERF_SERIES_TERMS {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * libm::exp(-x2) / SQRTPI
}

/// erfc by its continued fraction (positive, larger x).
fn erfc_contfrac(x: f64) -> f64 {
    if x >= ERFC_CONTFRAC_CUTOFF {
        return 0.0;
    }
    let x2 = x * x;
    let mut a = 0.0;
    let mut da = 0.5;
    let (mut p, mut p_last) = (1.0, 0.0);
    let (mut q, mut q_last) = (da + x2, 1.0);
    for _ in 0..ERFC_CONTFRAC_TERMS {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * libm::exp(-x2) / SQRTPI
}

fn m_erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < ERF_SERIES_CUTOFF {
        return erf_series(x);
    }
    let cf = erfc_contfrac(x.abs());
    if x > 0.0 { 1.0 - cf } else { cf - 1.0 }
}

fn m_erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < ERF_SERIES_CUTOFF {
        return 1.0 - erf_series(x);
    }
    let cf = erfc_contfrac(x.abs());
    if x > 0.0 { cf } else { 2.0 - cf }
}

// ----- fsum -----

fn fsum(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let seq = args::one("fsum", a, kw)?;
    let it = ops::iter(seq)?;
    // non-overlapping partial sums, increasing in magnitude
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    while let Some(item) = ops::next(&it)? {
        let mut x = ops::as_f64_arg(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // an inf or nan summand, or an intermediate overflow
                if xsave.is_finite() {
                    return Err(err::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(err::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        // add from the top, stopping when the sum becomes inexact
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // round half-even correctly across the remaining partials
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

// ----- integer-valued and representation functions -----

fn factorial(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let arg = args::one("factorial", a, kw)?;
    let n = if let Some(f) = float::as_f64(arg) {
        if !(f.is_finite() && f == f.floor()) {
            return Err(err::value_error("factorial() only accepts integral values"));
        }
        long::from_f64(f)?
            .to_i64()
            .ok_or_else(|| err::overflow_error("Python int too large to convert to C long"))?
    } else {
        ops::as_i64_arg(arg)?
    };
    if n < 0 {
        return Err(err::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(int::from_bigint(&r))
}

fn trunc(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("trunc", a, kw)?;
    ops::call_method(x, "__trunc__", &[])
}

fn frexp(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = ops::as_f64_arg(args::one("frexp", a, kw)?)?;
    let (m, e) = float::frexp(x);
    Ok(tuple::new(vec![Value::float(m), int::new(e as i64)]))
}

fn ldexp(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("ldexp", a, kw, 2, 2)?;
    let x = ops::as_f64_arg(&a[0])?;
    let oexp = &a[1];
    // exponents beyond C long saturate
    let exp: i64 = if let Some(i) = int::as_i64(oexp) {
        i
    } else if long::is_long(oexp) {
        let b = long::as_big(oexp);
        b.to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
    } else {
        return Err(err::type_error(
            "Expected an int or long as second argument to ldexp.",
        ));
    };
    let (r, e) = if x == 0.0 || !x.is_finite() {
        (x, None)
    } else if exp > i32::MAX as i64 {
        (f64::INFINITY.copysign(x), Some(MathErr::Range))
    } else if exp < i32::MIN as i64 {
        (0.0f64.copysign(x), None)
    } else {
        let r = libm::ldexp(x, exp as i32);
        (r, r.is_infinite().then_some(MathErr::Range))
    };
    result(r, e)
}

fn modf(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = ops::as_f64_arg(args::one("modf", a, kw)?)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let w = x.trunc();
        ((x - w).copysign(x), w)
    };
    Ok(tuple::new(vec![Value::float(frac), Value::float(whole)]))
}

// ----- logarithms -----

/// log with C99 special values.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// log10 with C99 special values.
fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log10(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// A positive big integer as `(m, e)` with `x ~= m * 2**e`, `0.5 <= m < 1`,
/// `m` correctly rounded to 53 bits (CPython's `_PyLong_Frexp`).
fn big_frexp(x: &BigInt) -> (f64, i64) {
    let mag = x.magnitude();
    let n = mag.bits() as i64;
    let m = long::round_to_f64(mag, false, -n).unwrap_or(1.0);
    if m == 1.0 { (0.5, n + 1) } else { (m, n) }
}

/// CPython's `loghelper`: logarithms of longs of any size computed via
/// frexp; everything else through `math_1`.
fn loghelper(arg: &Value, f: impl Fn(f64) -> f64) -> PyResult {
    if long::is_long(arg) {
        let b = long::as_big(arg);
        if b.is_zero() || b.is_negative() {
            return Err(err::value_error("math domain error"));
        }
        return Ok(Value::float(match long::to_f64(b) {
            Ok(x) => f(x),
            Err(_) => {
                let (m, e) = big_frexp(b);
                f(m) + f(2.0) * e as f64
            }
        }));
    }
    math_1(ops::as_f64_arg(arg)?, f, false)
}

fn log(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("log", a, kw, 1, 2)?;
    let num = loghelper(&a[0], m_log)?;
    match a.get(1) {
        None => Ok(num),
        Some(base) => {
            let den = loghelper(base, m_log)?;
            ops::binary_op(&num, &den, BinOp::Div)
        }
    }
}

fn log10(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    loghelper(args::one("log10", a, kw)?, m_log10)
}

// ----- two-argument functions with their own special cases -----

fn fmod(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("fmod", a, kw, 2, 2)?;
    let x = ops::as_f64_arg(&a[0])?;
    let y = ops::as_f64_arg(&a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = libm::fmod(x, y);
    let e = (r.is_nan() && !x.is_nan() && !y.is_nan()).then_some(MathErr::Domain);
    result(r, e)
}

fn hypot(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("hypot", a, kw, 2, 2)?;
    let x = ops::as_f64_arg(&a[0])?;
    let y = ops::as_f64_arg(&a[1])?;
    // an infinity wins even over a NaN
    if x.is_infinite() {
        return Ok(Value::float(x.abs()));
    }
    if y.is_infinite() {
        return Ok(Value::float(y.abs()));
    }
    let r = libm::hypot(x, y);
    let e = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Some(MathErr::Domain)
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Some(MathErr::Range)
    } else {
        None
    };
    result(r, e)
}

fn pow(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("pow", a, kw, 2, 2)?;
    let x = ops::as_f64_arg(&a[0])?;
    let y = ops::as_f64_arg(&a[1])?;
    let mut e = None;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            if x == 0.0 {
                e = Some(MathErr::Domain);
            }
            -y
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            e = Some(MathErr::Domain);
        } else if r.is_infinite() {
            e = Some(if x == 0.0 {
                MathErr::Domain
            } else {
                MathErr::Range
            });
        }
        r
    };
    result(r, e)
}

// ----- conversions and predicates -----

fn degrees(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = ops::as_f64_arg(args::one("degrees", a, kw)?)?;
    Ok(Value::float(x * (180.0 / PI)))
}

fn radians(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = ops::as_f64_arg(args::one("radians", a, kw)?)?;
    Ok(Value::float(x * (PI / 180.0)))
}

fn isnan(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = ops::as_f64_arg(args::one("isnan", a, kw)?)?;
    Ok(Value::bool(x.is_nan()))
}

fn isinf(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = ops::as_f64_arg(args::one("isinf", a, kw)?)?;
    Ok(Value::bool(x.is_infinite()))
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("math");
    for (name, f) in [
        ("acos", acos as crate::descr::NativeFn),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("ceil", ceil),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("hypot", hypot),
        ("isinf", isinf),
        ("isnan", isnan),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log1p", log1p),
        ("log10", log10),
        ("modf", modf),
        ("pow", pow),
        ("radians", radians),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
    ] {
        module::add_fn(&m, name, f);
    }
    if let Some(f) = crate::dict::get_item_str(&module::dict_of(&m), "sqrt") {
        // never released: compiled code recognises it by its bits
        crate::rt::rt().math_sqrt.set(f.into_raw());
    }
    module::set_attr(&m, "pi", Value::float(PI));
    module::set_attr(&m, "e", Value::float(std::f64::consts::E));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_is_exact_on_small_integers_and_flags_poles() {
        assert_eq!(m_tgamma(5.0), (24.0, None));
        assert_eq!(m_tgamma(-2.0).1, Some(MathErr::Domain));
        assert_eq!(m_tgamma(172.0).1, Some(MathErr::Range));
        assert_eq!(m_lgamma(1.0), (0.0, None));
    }

    #[test]
    fn erf_and_erfc_are_complementary_and_odd() {
        for x in [0.1, 0.5, 1.0, 2.0, 3.0] {
            assert!((m_erf(x) + m_erfc(x) - 1.0).abs() < 1e-15);
            assert_eq!(m_erf(-x), -m_erf(x));
        }
        assert_eq!(m_erfc(30.0), 0.0);
    }

    #[test]
    fn sinpi_is_exact_at_integers() {
        assert_eq!(m_sinpi(3.0), 0.0);
        assert_eq!(m_sinpi(0.5), 1.0);
        assert_eq!(m_sinpi(-1.5), 1.0);
    }
}
