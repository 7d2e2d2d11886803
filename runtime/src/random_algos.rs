//! The algorithms of CPython 2.7's `Lib/random.py`, on top of a random source.
//!
//! This module owns what `random.Random` adds to the `_random` core
//! ([`crate::mt19937`]): `randrange`/`randint` (with 2.7's float-multiply
//! path below 2**53 and `_randbelow` above it), `choice`, `shuffle` and
//! `sample` as index selection, every distribution (`uniform` ...
//! `weibullvariate`, `gauss` with its cached second value), and the
//! SHA-512-based `Random.jumpahead`. It owns no Python objects: arguments
//! arrive as numbers, results leave as numbers or indices, and Python
//! exceptions leave as [`AlgoError`] values the caller raises.
//!
//! # Invariants
//! * **Same draws, same results.** Each function calls the source's
//!   `random()` / `getrandbits(k)` exactly as often, in the same order, as
//!   the `random.py` code it mirrors, and computes bit-identical floats. The
//!   float steps are the same IEEE operations in the same order, and
//!   transcendental functions call the platform libm (`log`, `exp`, `cos`,
//!   `sin`, `acos`, `pow`) with `black_box`ed arguments so the compiler can't
//!   substitute its own rewrites (e.g. `pow(x, 0.5)` -> `sqrt(x)`). Constants
//!   are the exact doubles `random.py` computes at import.
//! * **Same errors, same moment.** Where CPython raises (math domain/range
//!   errors, float division by zero, float `**` errors, the `ValueError`s of
//!   `randrange`/`sample`/`gammavariate`), the function returns the matching
//!   [`AlgoError`] after exactly the draws CPython made before raising.
//!
//! # Numbers
//! Float parameters are `f64`. Python passes ints to many of these (`uniform(1,
//! 5)`); converting them with `float()` first gives the same result whenever
//! the ints and their differences are exact doubles (|x| <= 2**53), which is
//! the caller's to check if it cares. Integer parameters of `randrange` are
//! `i128` and must satisfy `|x| <= 2**120` ([`AlgoError::TooLarge`]
//! otherwise; the caller then falls back to bigints and
//! [`randbelow_words`]). Indices assume a source whose `random()` is in
//! `[0, 1)`, as the built-in one is.
//!
//! # What the caller does
//! * Argument conversion and its errors (`int(start) != start` ...), done
//!   before calling — none of them depends on a draw. Note `randrange`
//!   ignores `step` entirely when `stop` is `None`.
//! * Which source to use: a `random.Random` subclass that overrides
//!   `random()` without supplying `getrandbits()` makes `_randbelow` use
//!   `int(random() * n)` (see [`RandomSource::randbelow_uses_getrandbits`]).
//! * `shuffle(x, random=f)` with a user function, and populations that are
//!   neither sequences nor sets/mappings, are left to the caller; the
//!   functions here describe the built-in behaviour.

use std::convert::Infallible;
use std::hint::black_box;

use crate::mt19937::Mt19937;

/// `random.BPF`: bits in a float's mantissa; widths below `2**BPF` are drawn
/// with one `random()` call.
pub const BPF: u32 = 53;
/// `random.NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0)`.
pub const NV_MAGICCONST: f64 = f64::from_bits(0x3ffb_72cd_3f33_1398);
/// `random.TWOPI = 2.0 * pi`.
pub const TWOPI: f64 = f64::from_bits(0x4019_21fb_5444_2d18);
/// `random.LOG4 = log(4.0)`.
pub const LOG4: f64 = f64::from_bits(0x3ff6_2e42_fefa_39ef);
/// `random.SG_MAGICCONST = 1.0 + log(4.5)`.
pub const SG_MAGICCONST: f64 = f64::from_bits(0x4004_0859_baee_748f);
/// `math.e`.
const E: f64 = f64::from_bits(0x4005_bf0a_8b14_5769);
/// `math.pi`.
const PI: f64 = f64::from_bits(0x4009_21fb_5444_2d18);
/// `math.log(2.0)`.
const LN2: f64 = f64::from_bits(0x3fe6_2e42_fefa_39ef);
/// `1L << BPF`, randrange's `_maxwidth`.
const MAXWIDTH: i128 = 1 << BPF;
/// Largest magnitude `randrange` accepts in `i128` arguments.
const I128_ARG_LIMIT: i128 = 1 << 120;

/// Where the algorithms get randomness: the two methods of `_random.Random`
/// that `random.py` builds on. [`Mt19937`] and [`Random`] implement it
/// infallibly; a caller wrapping a Python subclass can make `random()` call
/// the Python override and fail with the Python exception.
pub trait RandomSource {
    /// What a failing draw returns (a raised Python exception, say).
    type Error;

    /// `self.random()`: a float, in `[0, 1)` for the built-in source.
    fn random(&mut self) -> Result<f64, Self::Error>;

    /// `self.getrandbits(k)` for `k >= 1`: the value's little-endian 32-bit
    /// words, as [`Mt19937::getrandbits`] returns them.
    fn getrandbits(&mut self, k: u32) -> Result<Vec<u32>, Self::Error>;

    /// Whether `_randbelow` may use `getrandbits`. `random.py` does so when
    /// `self.random` is still the built-in method or `getrandbits` was
    /// overridden by a Python method; otherwise it uses `int(random() * n)`.
    fn randbelow_uses_getrandbits(&self) -> bool {
        true
    }

    /// Called when `_randbelow` falls back to `int(random() * n)` with
    /// `n >= 2**53`: `random.py` issues `UserWarning("Underlying random()
    /// generator does not supply \nenough bits to choose from a population
    /// range this large")`. The warning may be turned into an error.
    fn warn_randbelow_precision(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

impl RandomSource for Mt19937 {
    type Error = Infallible;

    fn random(&mut self) -> Result<f64, Infallible> {
        Ok(Mt19937::random(self))
    }

    fn getrandbits(&mut self, k: u32) -> Result<Vec<u32>, Infallible> {
        Ok(Mt19937::getrandbits(self, k))
    }
}

/// The Python exception classes these algorithms raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    /// `ValueError`.
    ValueError,
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `OverflowError`.
    OverflowError,
    /// `IndexError`.
    IndexError,
}

/// A failure: the source's own error, or a Python exception to raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AlgoError<E> {
    /// The random source failed; pass its error on.
    Source(E),
    /// Raise `kind(message)`.
    Raise(ExcKind, String),
    /// Raise `OverflowError(34, 'Numerical result out of range')`: what a
    /// float `**` / `pow()` overflow raises (CPython builds it from `errno`).
    PowOverflow,
    /// An `i128` argument of [`randrange`] exceeded `2**120` in magnitude;
    /// not a Python error — the caller must use its bigint path.
    TooLarge,
}

/// Results of this module.
pub type AlgoResult<T, E> = Result<T, AlgoError<E>>;

fn raise<T, E>(kind: ExcKind, msg: &str) -> AlgoResult<T, E> {
    Err(AlgoError::Raise(kind, msg.to_string()))
}

fn draw<R: RandomSource + ?Sized>(rng: &mut R) -> AlgoResult<f64, R::Error> {
    rng.random().map_err(AlgoError::Source)
}

// ---- float arithmetic with CPython 2.7's error behaviour ----

/// `a / b` for floats: `ZeroDivisionError("float division by zero")`.
fn div<E>(a: f64, b: f64) -> AlgoResult<f64, E> {
    if b == 0.0 {
        raise(ExcKind::ZeroDivisionError, "float division by zero")
    } else {
        Ok(a / b)
    }
}

/// `x % y` for floats with `y != 0`: the result takes the sign of `y`.
fn fmod_py(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        0.0f64.copysign(y)
    }
}

/// `math.<f>(x)` through CPython's `math_1`: a NaN from a non-NaN is a
/// domain error, an infinity from a finite value is a range error if the
/// function can overflow, else a domain error.
fn math_1<E>(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> AlgoResult<f64, E> {
    let r = f(black_box(x));
    if r.is_nan() && !x.is_nan() {
        return raise(ExcKind::ValueError, "math domain error");
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow {
            raise(ExcKind::OverflowError, "math range error")
        } else {
            raise(ExcKind::ValueError, "math domain error")
        };
    }
    Ok(r)
}

/// `math.log(x)` for a float.
fn log<E>(x: f64) -> AlgoResult<f64, E> {
    if x.is_nan() {
        Ok(x)
    } else if x > 0.0 {
        Ok(black_box(x).ln())
    } else {
        raise(ExcKind::ValueError, "math domain error")
    }
}

fn exp<E>(x: f64) -> AlgoResult<f64, E> {
    math_1(x, f64::exp, true)
}

fn sqrt<E>(x: f64) -> AlgoResult<f64, E> {
    math_1(x, f64::sqrt, false)
}

fn cos<E>(x: f64) -> AlgoResult<f64, E> {
    math_1(x, f64::cos, false)
}

fn sin<E>(x: f64) -> AlgoResult<f64, E> {
    math_1(x, f64::sin, false)
}

fn acos<E>(x: f64) -> AlgoResult<f64, E> {
    math_1(x, f64::acos, false)
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `v ** w` (and `pow(v, w)`) for floats, as 2.7's `float_pow`: special
/// cases first, libm `pow` for the rest.
fn pow<E>(v: f64, w: f64) -> AlgoResult<f64, E> {
    if w == 0.0 {
        return Ok(1.0);
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let a = v.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (w > 0.0) == (a > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        let odd = is_odd_integer(w);
        return Ok(if w > 0.0 {
            if odd { v } else { v.abs() }
        } else if odd {
            0.0f64.copysign(v)
        } else {
            0.0
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return raise(
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            );
        }
        return Ok(if is_odd_integer(w) { v } else { 0.0 });
    }
    let mut base = v;
    let mut negate = false;
    if v < 0.0 {
        if w != w.floor() {
            return raise(
                ExcKind::ValueError,
                "negative number cannot be raised to a fractional power",
            );
        }
        base = -v;
        negate = is_odd_integer(w);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = black_box(base).powf(black_box(w));
    // glibc sets ERANGE for overflow (an infinity) and for underflow to zero;
    // CPython forgives the latter.
    if r.is_infinite() {
        return Err(AlgoError::PowOverflow);
    }
    Ok(if negate { -r } else { r })
}

/// `int(x)` for a float known to be finite (truncation; saturates outside
/// `i128`, which a `[0, 1)` source never reaches).
fn trunc_int(x: f64) -> i128 {
    x.trunc() as i128
}

// ---- integers ----

/// A Python integer result, with whether CPython 2.7 returns it as a `long`
/// (its `repr` then ends in `L`) rather than an `int`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyInt {
    /// The value.
    pub value: i128,
    /// True if CPython's result object is a `long`.
    pub is_long: bool,
}

fn fits_i64(x: i128) -> bool {
    i64::try_from(x).is_ok()
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn u128_words(mut n: u128) -> Vec<u32> {
    let mut w = Vec::with_capacity(4);
    while n != 0 {
        w.push(n as u32);
        n >>= 32;
    }
    w
}

fn words_u128(w: &[u32]) -> u128 {
    w.iter()
        .rev()
        .fold(0u128, |acc, &x| (acc << 32) | u128::from(x))
}

/// Significant length of little-endian words (high zero words dropped).
fn trimmed(w: &[u32]) -> &[u32] {
    let used = w.iter().rposition(|&x| x != 0).map_or(0, |t| t + 1);
    &w[..used]
}

/// `_PyLong_Frexp` for a non-zero magnitude: `(m, e)` with the value
/// `~= m * 2**(e - 53)`, `m` in `[2**52, 2**53)` rounded half-to-even.
fn frexp_words(w: &[u32]) -> (u64, i64) {
    let w = trimmed(w);
    debug_assert!(!w.is_empty());
    let bits = (w.len() as i64 - 1) * 32 + i64::from(32 - w[w.len() - 1].leading_zeros());
    let bit = |i: i64| -> u64 {
        if i < 0 {
            0
        } else {
            u64::from((w[(i / 32) as usize] >> (i % 32)) & 1)
        }
    };
    // The top 55 bits (53 + guard + round), with a sticky bit for the rest.
    let mut top: u64 = 0;
    for i in (bits - 55..bits).rev() {
        top = (top << 1) | bit(i);
    }
    let below = bits - 55;
    if below > 0 {
        let sticky = (0..below).any(|i| bit(i) == 1);
        top |= u64::from(sticky);
    }
    let low = top & 3;
    let mut m = top >> 2;
    if low > 2 || (low == 2 && m & 1 == 1) {
        m += 1;
    }
    let mut e = bits;
    if m == 1 << 53 {
        m = 1 << 52;
        e += 1;
    }
    (m, e)
}

/// `PyLong_AsDouble` of a magnitude: `None` where CPython raises
/// `OverflowError("long int too large to convert to float")`.
fn words_to_f64(w: &[u32]) -> Option<f64> {
    if trimmed(w).is_empty() {
        return Some(0.0);
    }
    let (m, e) = frexp_words(w);
    if e > 1024 {
        return None;
    }
    Some(f64::from_bits(
        (((e - 1 + 1023) as u64) << 52) | (m - (1 << 52)),
    ))
}

/// `math.log(n)` for a positive int/long given as magnitude words.
fn log_words(w: &[u32]) -> f64 {
    match words_to_f64(w) {
        Some(x) => black_box(x).ln(),
        None => {
            let (m, e) = frexp_words(w);
            let x = m as f64 / (1u64 << 53) as f64;
            black_box(x).ln() + LN2 * e as f64
        }
    }
}

/// Magnitude words of `int(x)` for a finite non-negative float.
fn float_to_words(x: f64) -> Vec<u32> {
    let x = x.trunc();
    if x < 1.0 {
        return Vec::new();
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    // value = mant * 2**exp, exp >= -52 and the low bits below 2**0 are zero.
    let mut out = vec![0u32; ((exp.max(0) + 53) / 32 + 2) as usize];
    if exp < 0 {
        let v = mant >> (-exp);
        out[0] = v as u32;
        out[1] = (v >> 32) as u32;
    } else {
        let (wi, sh) = ((exp / 32) as usize, (exp % 32) as u32);
        let v = u128::from(mant) << sh;
        for k in 0..3 {
            if wi + k < out.len() {
                out[wi + k] = (v >> (32 * k)) as u32;
            }
        }
    }
    trimmed(&out).to_vec()
}

fn words_lt(a: &[u32], b: &[u32]) -> bool {
    let (a, b) = (trimmed(a), trimmed(b));
    if a.len() != b.len() {
        return a.len() < b.len();
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x < y;
        }
    }
    false
}

fn words_minus_one(w: &[u32]) -> Vec<u32> {
    let mut out = trimmed(w).to_vec();
    for x in out.iter_mut() {
        let (v, borrow) = x.overflowing_sub(1);
        *x = v;
        if !borrow {
            break;
        }
    }
    trimmed(&out).to_vec()
}

/// The `k` of `_randbelow(n)`: `int(1.00001 + math.log(n - 1, 2.0))`, for
/// `n - 1 >= 1` given as magnitude words (`2**k > n-1 > 2**(k-2)`).
pub fn randbelow_bits(n_minus_1: &[u32]) -> u32 {
    let lg = log_words(n_minus_1) / LN2;
    (1.00001 + lg) as u32
}

/// `Random._randbelow(n)` for any `n` given as magnitude words; returns the
/// value's words. With `getrandbits`: draws `getrandbits(k)` until the value
/// is below `n`. Otherwise `int(random() * n)`, warning first if
/// `n >= 2**53`.
///
/// `n <= 1` raises `ValueError("math domain error")` (from `log(n - 1)`), as
/// in CPython; `randrange` never calls it with such `n`.
pub fn randbelow_words<R: RandomSource + ?Sized>(
    rng: &mut R,
    n: &[u32],
) -> AlgoResult<Vec<u32>, R::Error> {
    let n = trimmed(n);
    if rng.randbelow_uses_getrandbits() {
        let nm1 = words_minus_one(n);
        if n.is_empty() || nm1.is_empty() {
            return raise(ExcKind::ValueError, "math domain error");
        }
        let k = randbelow_bits(&nm1);
        loop {
            let r = rng.getrandbits(k).map_err(AlgoError::Source)?;
            if words_lt(&r, n) {
                return Ok(trimmed(&r).to_vec());
            }
        }
    }
    if !words_lt(n, &u128_words(MAXWIDTH as u128)) {
        rng.warn_randbelow_precision().map_err(AlgoError::Source)?;
    }
    let r = draw(rng)?;
    let Some(nf) = words_to_f64(n) else {
        return raise(
            ExcKind::OverflowError,
            "long int too large to convert to float",
        );
    };
    Ok(float_to_words(r * nf))
}

/// [`randbelow_words`] for `n` that fits in a `u128`.
pub fn randbelow<R: RandomSource + ?Sized>(rng: &mut R, n: u128) -> AlgoResult<u128, R::Error> {
    randbelow_words(rng, &u128_words(n)).map(|w| words_u128(&w))
}

/// What `randrange` does with a positive count `n` (a width, or a number of
/// steps): `_randbelow(n)` if `n >= 2**53`, else `int(random() * n)`.
/// Returns the value and whether it is certainly a `long` (`getrandbits`
/// builds one; `int(float)` gives an int whenever the value fits).
fn below<R: RandomSource + ?Sized>(rng: &mut R, n: i128) -> AlgoResult<(i128, bool), R::Error> {
    if n >= MAXWIDTH {
        let is_long = rng.randbelow_uses_getrandbits();
        Ok((randbelow(rng, n as u128)? as i128, is_long))
    } else {
        Ok((trunc_int(draw(rng)? * n as f64), false))
    }
}

/// `Random.randrange(start, stop=None, step=1)` after argument conversion.
///
/// With `stop == None`, `step` is not looked at (as in CPython). Errors:
/// `ValueError("empty range for randrange()")`, `ValueError("empty range for
/// randrange() (start,stop, width)")` for `step == 1`, `ValueError("zero step
/// for randrange()")`; [`AlgoError::TooLarge`] if any argument exceeds
/// `2**120` in magnitude.
pub fn randrange<R: RandomSource + ?Sized>(
    rng: &mut R,
    start: i128,
    stop: Option<i128>,
    step: i128,
) -> AlgoResult<PyInt, R::Error> {
    let too_big = |x: i128| !(-I128_ARG_LIMIT..=I128_ARG_LIMIT).contains(&x);
    if too_big(start) || stop.is_some_and(too_big) || too_big(step) {
        return Err(AlgoError::TooLarge);
    }
    let Some(stop) = stop else {
        if start > 0 {
            let (v, long) = below(rng, start)?;
            // `_randbelow`'s result is returned unchanged here.
            return Ok(PyInt {
                value: v,
                is_long: long || !fits_i64(v),
            });
        }
        return raise(ExcKind::ValueError, "empty range for randrange()");
    };
    let width = stop - start;
    if step == 1 && width > 0 {
        let (j, _) = below(rng, width)?;
        let v = start + j;
        // `int(istart + ...)` turns a long that fits back into an int.
        return Ok(PyInt {
            value: v,
            is_long: !fits_i64(v),
        });
    }
    if step == 1 {
        return Err(AlgoError::Raise(
            ExcKind::ValueError,
            format!("empty range for randrange() ({start},{stop}, {width})"),
        ));
    }
    let n = match step {
        s if s > 0 => floor_div(width + s - 1, s),
        s if s < 0 => floor_div(width + s + 1, s),
        _ => return raise(ExcKind::ValueError, "zero step for randrange()"),
    };
    if n <= 0 {
        return raise(ExcKind::ValueError, "empty range for randrange()");
    }
    let (j, long) = below(rng, n)?;
    let prod = step * j;
    let v = start + prod;
    let is_long = long || !fits_i64(start) || !fits_i64(step) || !fits_i64(prod) || !fits_i64(v);
    Ok(PyInt { value: v, is_long })
}

/// `Random.randint(a, b)`: `randrange(a, b + 1)`.
pub fn randint<R: RandomSource + ?Sized>(
    rng: &mut R,
    a: i128,
    b: i128,
) -> AlgoResult<PyInt, R::Error> {
    if b >= I128_ARG_LIMIT {
        return Err(AlgoError::TooLarge);
    }
    randrange(rng, a, Some(b + 1), 1)
}

// ---- sequences ----

/// `Random.choice(seq)`: the index `int(random() * len(seq))`. For an empty
/// sequence this is 0 and the caller's `seq[0]` raises its `IndexError`
/// (after the draw, as in CPython).
pub fn choice_index<R: RandomSource + ?Sized>(
    rng: &mut R,
    len: usize,
) -> AlgoResult<i128, R::Error> {
    Ok(trunc_int(draw(rng)? * len as f64))
}

/// `Random.shuffle(x)` with the built-in `random`, as the sequence of swaps:
/// for `i` from `len - 1` down to 1, `j = int(random() * (i + 1))`, then
/// `swap(i, j)` (Python's `x[i], x[j] = x[j], x[i]`, which reads `x[j]`,
/// reads `x[i]`, stores `x[i]`, stores `x[j]`). `j` is passed as computed;
/// it is in `0..=i` for a `[0, 1)` source.
pub fn shuffle_swaps<R: RandomSource + ?Sized>(
    rng: &mut R,
    len: usize,
    swap: &mut dyn FnMut(usize, i128) -> AlgoResult<(), R::Error>,
) -> AlgoResult<(), R::Error> {
    for i in (1..len).rev() {
        let j = trunc_int(draw(rng)? * (i + 1) as f64);
        swap(i, j)?;
    }
    Ok(())
}

/// `Random.shuffle(x)` on a slice (a Python list): [`shuffle_swaps`] with
/// list indexing (negative `j` counts from the end; out of range raises
/// `IndexError("list index out of range")`).
pub fn shuffle<R: RandomSource + ?Sized, T>(rng: &mut R, x: &mut [T]) -> AlgoResult<(), R::Error> {
    let len = x.len();
    shuffle_swaps(rng, len, &mut |i, j| {
        let j = list_index(j, len)?;
        x.swap(i, j);
        Ok(())
    })
}

fn list_index<E>(j: i128, len: usize) -> AlgoResult<usize, E> {
    let k = if j < 0 { j + len as i128 } else { j };
    if (0..len as i128).contains(&k) {
        Ok(k as usize)
    } else {
        raise(ExcKind::IndexError, "list index out of range")
    }
}

/// What `sample` can do with its population, which decides the algorithm
/// when the set-based one would be chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Population {
    /// Supports `len()` and `population[j]` (list, tuple, str, xrange, ...).
    Sequence,
    /// Has a `keys` attribute: always the pool algorithm over
    /// `list(population)`, i.e. over its iteration order.
    Mapping,
    /// `population[j]` raises `TypeError`/`KeyError` (set, frozenset): the
    /// set algorithm draws once, fails, and `sample` restarts on
    /// `tuple(population)`; indices refer to iteration order.
    Unindexable,
}

/// `setsize` in `Random.sample`: `21`, plus `4 ** ceil(log(3k, 4))` when
/// `k > 5`. A population with `n <= setsize` uses the pool algorithm.
pub fn sample_setsize(k: usize) -> f64 {
    let mut setsize = 21.0;
    if k > 5 {
        // `_log(k * 3, 4)`: the int product converted to float, over log(4).
        let lg = black_box((k as u128 * 3) as f64).ln() / black_box(4.0f64).ln();
        // `4 ** float` is float_pow; the exponent is a small positive integer.
        setsize += black_box(4.0f64).powf(black_box(lg.ceil()));
    }
    setsize
}

/// `Random.sample(population, k)` as indices into the population (into its
/// iteration order for [`Population::Mapping`] / [`Population::Unindexable`]),
/// in selection order.
///
/// `k > n` raises `ValueError("sample larger than population")` before any
/// draw. The pool algorithm (`n <= setsize` or a mapping) moves picks out of
/// a shrinking list; the set algorithm redraws `int(random() * n)` until it
/// gets an index not picked before. A `j` outside `0..n` (only from sources
/// outside `[0, 1)`) is treated as Python list/sequence indexing:
/// negative counts from the end, else `IndexError("list index out of
/// range")` — for the set algorithm the caller may prefer its sequence
/// type's own message.
pub fn sample_indices<R: RandomSource + ?Sized>(
    rng: &mut R,
    n: usize,
    k: usize,
    population: Population,
) -> AlgoResult<Vec<usize>, R::Error> {
    if k > n {
        return raise(ExcKind::ValueError, "sample larger than population");
    }
    let setsize = sample_setsize(k);
    // `n <= setsize`: an exact int/float comparison; setsize is integral.
    let small = (n as u128) <= setsize as u128;
    let mut result = Vec::with_capacity(k);
    if small || population == Population::Mapping {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = list_index(trunc_int(draw(rng)? * (n - i) as f64), n)?;
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
        return Ok(result);
    }
    if population == Population::Unindexable && k > 0 {
        // `population[j]` fails after the first draw; start over on a tuple.
        draw(rng)?;
        return sample_indices(rng, n, k, Population::Sequence);
    }
    let mut selected = std::collections::HashSet::with_capacity(k);
    for _ in 0..k {
        let mut j = trunc_int(draw(rng)? * n as f64);
        while selected.contains(&j) {
            j = trunc_int(draw(rng)? * n as f64);
        }
        selected.insert(j);
        result.push(list_index(j, n)?);
    }
    Ok(result)
}

// ---- distributions ----

/// `Random.uniform(a, b)`: `a + (b - a) * random()`.
pub fn uniform<R: RandomSource + ?Sized>(rng: &mut R, a: f64, b: f64) -> AlgoResult<f64, R::Error> {
    Ok(a + (b - a) * draw(rng)?)
}

/// Result of [`triangular`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Triangular {
    /// The computed float.
    Value(f64),
    /// `high - low` was zero: CPython catches the `ZeroDivisionError` and
    /// returns the `low` argument object itself (an int stays an int).
    Low,
}

/// `Random.triangular(low=0.0, high=1.0, mode=None)`.
pub fn triangular<R: RandomSource + ?Sized>(
    rng: &mut R,
    low: f64,
    high: f64,
    mode: Option<f64>,
) -> AlgoResult<Triangular, R::Error> {
    let mut u = draw(rng)?;
    let mut c = match mode {
        None => 0.5,
        Some(m) => {
            let d = high - low;
            if d == 0.0 {
                return Ok(Triangular::Low);
            }
            (m - low) / d
        }
    };
    let (mut low, mut high) = (low, high);
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Triangular::Value(low + (high - low) * pow(u * c, 0.5)?))
}

/// `Random.normalvariate(mu, sigma)` (Kinderman–Monahan ratio of uniforms).
pub fn normalvariate<R: RandomSource + ?Sized>(
    rng: &mut R,
    mu: f64,
    sigma: f64,
) -> AlgoResult<f64, R::Error> {
    loop {
        let u1 = draw(rng)?;
        let u2 = 1.0 - draw(rng)?;
        let z = div(NV_MAGICCONST * (u1 - 0.5), u2)?;
        let zz = z * z / 4.0;
        if zz <= -log(u2)? {
            return Ok(mu + z * sigma);
        }
    }
}

/// `Random.lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
pub fn lognormvariate<R: RandomSource + ?Sized>(
    rng: &mut R,
    mu: f64,
    sigma: f64,
) -> AlgoResult<f64, R::Error> {
    exp(normalvariate(rng, mu, sigma)?)
}

/// `Random.expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
pub fn expovariate<R: RandomSource + ?Sized>(rng: &mut R, lambd: f64) -> AlgoResult<f64, R::Error> {
    let r = draw(rng)?;
    div(-log(1.0 - r)?, lambd)
}

/// `Random.vonmisesvariate(mu, kappa)`.
pub fn vonmisesvariate<R: RandomSource + ?Sized>(
    rng: &mut R,
    mu: f64,
    kappa: f64,
) -> AlgoResult<f64, R::Error> {
    if kappa <= 1e-6 {
        return Ok(TWOPI * draw(rng)?);
    }
    let s = div(0.5, kappa)?;
    let r = s + sqrt(1.0 + s * s)?;
    let z = loop {
        let u1 = draw(rng)?;
        let z = cos(PI * u1)?;
        let d = div(z, r + z)?;
        let u2 = draw(rng)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)? {
            break z;
        }
    };
    let q = div(1.0, r)?;
    let f = div(q + z, 1.0 + q * z)?;
    let u3 = draw(rng)?;
    if u3 > 0.5 {
        Ok(fmod_py(mu + acos(f)?, TWOPI))
    } else {
        Ok(fmod_py(mu - acos(f)?, TWOPI))
    }
}

/// `Random.gammavariate(alpha, beta)`; `ValueError('gammavariate: alpha and
/// beta must be > 0.0')` unless both are positive.
pub fn gammavariate<R: RandomSource + ?Sized>(
    rng: &mut R,
    alpha: f64,
    beta: f64,
) -> AlgoResult<f64, R::Error> {
    if alpha <= 0.0 || beta <= 0.0 {
        return raise(
            ExcKind::ValueError,
            "gammavariate: alpha and beta must be > 0.0",
        );
    }
    if alpha > 1.0 {
        // Cheng's algorithm GB.
        let ainv = sqrt(2.0 * alpha - 1.0)?;
        let bbb = alpha - LOG4;
        let ccc = alpha + ainv;
        loop {
            let u1 = draw(rng)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - draw(rng)?;
            let v = div(log(div(u1, 1.0 - u1)?)?, ainv)?;
            let x = alpha * exp(v)?;
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)? {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        let mut u = draw(rng)?;
        while u <= 1e-7 {
            u = draw(rng)?;
        }
        Ok(-log(u)? * beta)
    } else {
        // Algorithm GS of Kennedy & Gentle.
        loop {
            let u = draw(rng)?;
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 {
                pow(p, div(1.0, alpha)?)?
            } else {
                -log(div(b - p, alpha)?)?
            };
            let u1 = draw(rng)?;
            if p > 1.0 {
                if u1 <= pow(x, alpha - 1.0)? {
                    return Ok(x * beta);
                }
            } else if u1 <= exp(-x)? {
                return Ok(x * beta);
            }
        }
    }
}

/// `Random.gauss(mu, sigma)`. `gauss_next` is the instance's cached second
/// value (`self.gauss_next`); it is cleared before drawing, so a failed draw
/// leaves it `None`, as in CPython.
pub fn gauss<R: RandomSource + ?Sized>(
    rng: &mut R,
    gauss_next: &mut Option<f64>,
    mu: f64,
    sigma: f64,
) -> AlgoResult<f64, R::Error> {
    let z = match gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = draw(rng)? * TWOPI;
            let g2rad = sqrt(-2.0 * log(1.0 - draw(rng)?)?)?;
            let z = cos(x2pi)? * g2rad;
            *gauss_next = Some(sin(x2pi)? * g2rad);
            z
        }
    };
    Ok(mu + z * sigma)
}

/// `Random.betavariate(alpha, beta)`, from two gamma variates.
pub fn betavariate<R: RandomSource + ?Sized>(
    rng: &mut R,
    alpha: f64,
    beta: f64,
) -> AlgoResult<f64, R::Error> {
    let y = gammavariate(rng, alpha, 1.0)?;
    if y == 0.0 {
        return Ok(0.0);
    }
    div(y, y + gammavariate(rng, beta, 1.0)?)
}

/// `Random.paretovariate(alpha)`: `1.0 / pow(1.0 - random(), 1.0 / alpha)`.
pub fn paretovariate<R: RandomSource + ?Sized>(
    rng: &mut R,
    alpha: f64,
) -> AlgoResult<f64, R::Error> {
    let u = 1.0 - draw(rng)?;
    div(1.0, pow(u, div(1.0, alpha)?)?)
}

/// `Random.weibullvariate(alpha, beta)`:
/// `alpha * pow(-log(1.0 - random()), 1.0 / beta)`.
pub fn weibullvariate<R: RandomSource + ?Sized>(
    rng: &mut R,
    alpha: f64,
    beta: f64,
) -> AlgoResult<f64, R::Error> {
    let u = 1.0 - draw(rng)?;
    let base = -log(u)?;
    Ok(alpha * pow(base, div(1.0, beta)?)?)
}

// ---- random.Random ----

/// The state of a `random.Random` instance: the `_random` core plus
/// `gauss_next`. `random.py`'s `VERSION` is 3.
#[derive(Clone, Debug, PartialEq)]
pub struct Random {
    /// The Mersenne Twister.
    pub mt: Mt19937,
    /// `self.gauss_next`: the second value of the last `gauss` pair.
    pub gauss_next: Option<f64>,
}

impl Random {
    /// `random.Random(n)` for an int/long with magnitude words `words`.
    pub fn from_magnitude(words: &[u32]) -> Self {
        Random {
            mt: Mt19937::from_magnitude(words),
            gauss_next: None,
        }
    }

    /// `seed(n)` for an int/long (see [`Mt19937::seed_from_magnitude`]).
    pub fn seed_from_magnitude(&mut self, words: &[u32]) {
        self.mt.seed_from_magnitude(words);
        self.gauss_next = None;
    }

    /// `seed(n)` for an int that fits in 64 bits.
    pub fn seed_from_i64(&mut self, n: i64) {
        self.mt.seed_from_i64(n);
        self.gauss_next = None;
    }

    /// `seed(obj)` for a non-integer object with `hash(obj) == hash`.
    pub fn seed_from_hash(&mut self, hash: i64) {
        self.mt.seed_from_hash(hash);
        self.gauss_next = None;
    }

    /// `getstate()`: `(3, (<N words>..., index), gauss_next)` in CPython,
    /// where every word and the index are longs.
    pub fn getstate(&self) -> (Vec<u32>, usize, Option<f64>) {
        let (words, index) = self.mt.getstate();
        (words, index, self.gauss_next)
    }

    /// `setstate((3, internal, gauss_next))`. As in `random.py`, the tuple
    /// unpacking stores `gauss_next` *before* the core validates the rest,
    /// so it changes even when this fails. (Version 2 states: the caller
    /// first maps every internal item `x` to `long(x) % 2**32`; other
    /// versions raise `ValueError` in the caller.)
    pub fn setstate(
        &mut self,
        internal: &[u64],
        index: i64,
        gauss_next: Option<f64>,
    ) -> Result<(), crate::mt19937::SetStateError> {
        self.gauss_next = gauss_next;
        self.mt.setstate(internal, index)
    }

    /// `random.Random.jumpahead(n)`: hashes `repr(n) + repr(self.getstate())`
    /// with SHA-512 and passes the digest, as a long, to the core's
    /// `jumpahead`. `n_repr` is `repr(n)` (any object works); `float_repr`
    /// must produce Python's `repr` of a float, used for `gauss_next`.
    pub fn jumpahead(&mut self, n_repr: &str, float_repr: &dyn Fn(f64) -> String) {
        let (words, index) = self.mt.getstate();
        let mut s = String::with_capacity(n_repr.len() + 12 * words.len() + 32);
        s.push_str(n_repr);
        s.push_str("(3, (");
        for w in &words {
            s.push_str(&w.to_string());
            s.push_str("L, ");
        }
        s.push_str(&index.to_string());
        s.push_str("L), ");
        match self.gauss_next {
            Some(g) => s.push_str(&float_repr(g)),
            None => s.push_str("None"),
        }
        s.push(')');
        let digest = sha512(s.as_bytes());
        // The hex digest read as a number: big-endian bytes.
        let magnitude: Vec<u32> = digest
            .chunks(4)
            .rev()
            .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        self.mt.jumpahead_words(false, &magnitude);
    }

    /// `gauss(mu, sigma)` using this instance's `gauss_next`.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> AlgoResult<f64, Infallible> {
        gauss(&mut self.mt, &mut self.gauss_next, mu, sigma)
    }
}

impl RandomSource for Random {
    type Error = Infallible;

    fn random(&mut self) -> Result<f64, Infallible> {
        Ok(self.mt.random())
    }

    fn getrandbits(&mut self, k: u32) -> Result<Vec<u32>, Infallible> {
        Ok(self.mt.getrandbits(k))
    }
}

/// SHA-512 (FIPS 180-4) of `data`, for [`Random::jumpahead`].
fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks(8).enumerate() {
            w[t] = u64::from_be_bytes(c.try_into().expect("8-byte chunk"));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (o, x) in out.chunks_mut(8).zip(h) {
        o.copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    //! `tests/fixtures/random.txt` is produced by
    //! `tests/fixtures/gen_random.py` under CPython 2.7.18; its header
    //! documents the format.
    use super::*;

    const FIXTURE: &str = include_str!("../tests/fixtures/random.txt");

    /// A `random.Random` or the fixture's subclass that overrides `random()`.
    struct Src {
        rnd: Random,
        sub: bool,
    }

    impl RandomSource for Src {
        type Error = Infallible;
        fn random(&mut self) -> Result<f64, Infallible> {
            Ok(self.rnd.mt.random())
        }
        fn getrandbits(&mut self, k: u32) -> Result<Vec<u32>, Infallible> {
            Ok(self.rnd.mt.getrandbits(k))
        }
        fn randbelow_uses_getrandbits(&self) -> bool {
            !self.sub
        }
    }

    /// A decimal literal as (negative, little-endian magnitude words).
    fn big(s: &str) -> (bool, Vec<u32>) {
        let (neg, digits) = match s.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, s),
        };
        let mut w: Vec<u32> = Vec::new();
        for ch in digits.bytes() {
            let mut carry = u64::from(ch - b'0');
            for x in w.iter_mut() {
                let v = u64::from(*x) * 10 + carry;
                *x = v as u32;
                carry = v >> 32;
            }
            if carry != 0 {
                w.push(carry as u32);
            }
        }
        (neg, trimmed(&w).to_vec())
    }

    fn small(s: &str) -> Option<i128> {
        s.parse::<i128>()
            .ok()
            .filter(|v| (-I128_ARG_LIMIT..=I128_ARG_LIMIT).contains(v))
    }

    fn hex(words: &[u32]) -> String {
        let w = trimmed(words);
        if w.is_empty() {
            return "0".into();
        }
        let mut s = format!("{:x}", w[w.len() - 1]);
        for x in w[..w.len() - 1].iter().rev() {
            s.push_str(&format!("{x:08x}"));
        }
        s
    }

    fn fnv(words: &[u32]) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &w in words {
            h = (h ^ u64::from(w)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    fn err_text(e: &AlgoError<Infallible>) -> String {
        match e {
            AlgoError::Raise(kind, msg) => format!("!{kind:?} {msg}"),
            AlgoError::PowOverflow => "!OverflowError (34, 'Numerical result out of range')".into(),
            other => panic!("unexpected error {other:?}"),
        }
    }

    fn int_text(v: PyInt) -> String {
        format!("{}{}", v.value, if v.is_long { "L" } else { "" })
    }

    /// Checks a float result against a Python repr, bit for bit.
    fn same_float(got: f64, want: &str) -> bool {
        match want.parse::<f64>() {
            Ok(w) => (w.is_nan() && got.is_nan()) || w.to_bits() == got.to_bits(),
            Err(_) => false,
        }
    }

    fn gauss_repr(g: Option<f64>) -> String {
        match g {
            None => "None".into(),
            // Python's repr for the magnitudes that occur here.
            Some(x) => format!("{x:?}"),
        }
    }

    /// Runs one fixture line; returns `Err(description)` on a mismatch.
    fn check(src: &mut Src, line: &str) -> Result<(), String> {
        let (lhs, want) = line.split_once(" -> ").ok_or("no result")?;
        let mut parts = lhs.split(' ');
        let op = parts.next().unwrap();
        let args: Vec<&str> = parts.filter(|a| !a.is_empty()).collect();
        let f = |i: usize| -> f64 { args[i].parse().unwrap() };
        let float_result = |r: AlgoResult<f64, Infallible>| -> Result<(), String> {
            match r {
                Ok(x) if same_float(x, want) => Ok(()),
                Ok(x) => Err(format!("got {x:?} ({:#x})", x.to_bits())),
                Err(e) if err_text(&e) == want => Ok(()),
                Err(e) => Err(format!("got {}", err_text(&e))),
            }
        };
        let text_result = |r: AlgoResult<String, Infallible>| -> Result<(), String> {
            let got = r.unwrap_or_else(|e| err_text(&e));
            if got == want {
                Ok(())
            } else {
                Err(format!("got {got}"))
            }
        };
        let list = |v: Vec<usize>| {
            v.iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        match op {
            "random" => float_result(Ok(src.rnd.mt.random())),
            "getrandbits" => {
                text_result(Ok(hex(&src.rnd.mt.getrandbits(args[0].parse().unwrap()))))
            }
            "randrange" | "randint" => {
                let a = small(args[0]);
                let b = if args.get(1) == Some(&"None") {
                    None
                } else {
                    Some(small(args[1]))
                };
                let got = match (op, a, b) {
                    ("randint", Some(a), Some(Some(b))) => randint(src, a, b),
                    ("randrange", Some(a), Some(Some(b))) => {
                        randrange(src, a, Some(b), small(args[2]).unwrap())
                    }
                    ("randrange", Some(a), None) => {
                        randrange(src, a, None, small(args[2]).unwrap())
                    }
                    ("randrange", None, None) => {
                        // Beyond i128: the caller's bigint path is `_randbelow` itself.
                        let (_, w) = big(args[0]);
                        randbelow_words(src, &w).map(|w| PyInt {
                            value: words_u128(&w) as i128,
                            is_long: true,
                        })
                    }
                    _ => panic!("unsupported arguments {args:?}"),
                };
                text_result(got.map(int_text))
            }
            "choice" => {
                let n: usize = args[0].parse().unwrap();
                text_result(
                    choice_index(src, n).and_then(|j| list_index(j, n).map(|j| j.to_string())),
                )
            }
            "shuffle" => {
                let mut v: Vec<usize> = (0..args[0].parse().unwrap()).collect();
                text_result(shuffle(src, &mut v).map(|()| list(v)))
            }
            "sample" => {
                let kind = match args[2] {
                    "seq" => Population::Sequence,
                    "map" => Population::Mapping,
                    _ => Population::Unindexable,
                };
                text_result(
                    sample_indices(
                        src,
                        args[0].parse().unwrap(),
                        args[1].parse().unwrap(),
                        kind,
                    )
                    .map(list),
                )
            }
            "uniform" => float_result(uniform(src, f(0), f(1))),
            "triangular" => {
                let mode = if args[2] == "None" { None } else { Some(f(2)) };
                match triangular(src, f(0), f(1), mode) {
                    Ok(Triangular::Low) if want == args[0] => Ok(()),
                    Ok(Triangular::Low) => Err("got low".into()),
                    Ok(Triangular::Value(x)) => float_result(Ok(x)),
                    Err(e) => float_result(Err(e)),
                }
            }
            "normalvariate" => float_result(normalvariate(src, f(0), f(1))),
            "lognormvariate" => float_result(lognormvariate(src, f(0), f(1))),
            "expovariate" => float_result(expovariate(src, f(0))),
            "vonmisesvariate" => float_result(vonmisesvariate(src, f(0), f(1))),
            "gammavariate" => float_result(gammavariate(src, f(0), f(1))),
            "gauss" => {
                let mut next = src.rnd.gauss_next;
                let r = gauss(src, &mut next, f(0), f(1));
                src.rnd.gauss_next = next;
                float_result(r)
            }
            "betavariate" => float_result(betavariate(src, f(0), f(1))),
            "paretovariate" => float_result(paretovariate(src, f(0))),
            "weibullvariate" => float_result(weibullvariate(src, f(0), f(1))),
            "jumpahead_c" => {
                let (neg, w) = big(args[0]);
                src.rnd.mt.jumpahead_words(neg, &w);
                Ok(())
            }
            "jumpahead" => {
                let expected_gauss = args[1];
                src.rnd.jumpahead(args[0], &|g| {
                    assert!(
                        same_float(g, expected_gauss),
                        "gauss_next {g:?} vs {expected_gauss}"
                    );
                    expected_gauss.to_string()
                });
                Ok(())
            }
            "state" => {
                let (words, index, g) = src.rnd.getstate();
                text_result(Ok(format!("{index} {} {}", fnv(&words), gauss_repr(g))))
            }
            other => Err(format!("unknown op {other}")),
        }
    }

    #[test]
    fn outputs_match_cpython() {
        let mut src: Option<Src> = None;
        let mut checked = 0;
        let mut failures = Vec::new();
        for (lineno, line) in FIXTURE.lines().enumerate() {
            let words: Vec<&str> = line.split(' ').collect();
            if words[0] == "seed" {
                let sub = words.last() == Some(&"sub");
                let mut rnd = Random::from_magnitude(&[]);
                match words[1] {
                    "int" => rnd.seed_from_magnitude(&big(words[2]).1),
                    "hash" => rnd.seed_from_hash(words[2].parse().unwrap()),
                    _ => panic!("bad seed line {line}"),
                }
                src = Some(Src { rnd, sub });
                continue;
            }
            let s = src.as_mut().expect("op before seed");
            if let Err(msg) = check(s, line) {
                failures.push(format!("line {}: {line}\n    {msg}", lineno + 1));
            }
            checked += 1;
        }
        assert!(checked > 2500);
        assert!(
            failures.is_empty(),
            "{} mismatches:\n{}",
            failures.len(),
            failures[..failures.len().min(20)].join("\n")
        );
    }

    #[test]
    fn constants_are_what_random_py_computes() {
        assert_eq!(
            NV_MAGICCONST,
            4.0 * black_box(-0.5f64).exp() / black_box(2.0f64).sqrt()
        );
        assert_eq!(TWOPI, 2.0 * std::f64::consts::PI);
        assert_eq!(LOG4, black_box(4.0f64).ln());
        assert_eq!(SG_MAGICCONST, 1.0 + black_box(4.5f64).ln());
        assert_eq!(E, std::f64::consts::E);
        assert_eq!(PI, std::f64::consts::PI);
        assert_eq!(LN2, black_box(2.0f64).ln());
    }

    #[test]
    fn sha512_known_answers() {
        let hexs = |d: [u8; 64]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(
            hexs(sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hexs(sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        let long = vec![b'a'; 1000];
        assert_eq!(&hexs(sha512(&long))[..16], "67ba5535a46e3f86");
    }

    #[test]
    fn int_float_conversions_round_like_cpython() {
        // 2**53 + 1 rounds to even (2**53); 2**53 + 3 rounds up.
        assert_eq!(
            words_to_f64(&u128_words((1 << 53) + 1)),
            Some(9007199254740992.0)
        );
        assert_eq!(
            words_to_f64(&u128_words((1 << 53) + 3)),
            Some(9007199254740996.0)
        );
        assert_eq!(words_to_f64(&u128_words(u128::MAX)), Some(2f64.powi(128)));
        for v in [
            1u128,
            3,
            12345,
            (1 << 64) + 12345,
            0xdead_beef_1234_5678_9abc_def0,
        ] {
            assert_eq!(words_to_f64(&u128_words(v)), Some(v as f64));
            assert_eq!(words_u128(&float_to_words(v as f64)), (v as f64) as u128);
        }
        // The largest finite double; one more unit in the 54th bit overflows.
        let mut w = vec![0u32; 33];
        w[32] = 0;
        w[31] = 0xffff_ffff;
        w[30] = 0xffff_f800;
        assert_eq!(words_to_f64(&w), Some(f64::MAX));
        w[30] = 0xffff_fc00;
        assert_eq!(words_to_f64(&w), None);
        assert_eq!(float_to_words(f64::MAX), {
            let mut x = vec![0u32; 32];
            x[31] = 0xffff_ffff;
            x[30] = 0xffff_f800;
            x
        });
        assert_eq!(randbelow_bits(&u128_words((1 << 53) - 1)), 54);
    }

    #[test]
    fn setstate_restores_the_stream() {
        let mut a = Random::from_magnitude(&[2024]);
        a.gauss(0.0, 1.0).unwrap();
        let (words, index, g) = a.getstate();
        let expected: Vec<u64> = (0..5).map(|_| a.mt.random().to_bits()).collect();
        let mut b = Random::from_magnitude(&[1]);
        let wide: Vec<u64> = words.iter().map(|&w| u64::from(w)).collect();
        assert!(b.setstate(&wide, 700, Some(1.0)).is_err());
        assert_eq!(
            b.gauss_next,
            Some(1.0),
            "gauss_next is stored before validation"
        );
        b.setstate(&wide, index as i64, g).unwrap();
        let got: Vec<u64> = (0..5).map(|_| b.mt.random().to_bits()).collect();
        assert_eq!(got, expected);
        assert_eq!(b.gauss_next, g);
    }
}
