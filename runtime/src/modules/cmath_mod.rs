//! The `cmath` module: CPython 2.7's cmathmodule.c.
//!
//! Each function follows C99 Annex G: non-finite arguments are looked up in
//! a 7x7 table indexed by the kind of the real and imaginary parts
//! ([`Kind`]); finite arguments go through CPython's formulas (rescaled to
//! avoid spurious overflow), calling the platform libm so results match
//! bit for bit. A computation reports `Some(MathErr)` where C sets `errno`:
//! EDOM becomes ValueError("math domain error"), ERANGE OverflowError("math
//! range error") (cmath, unlike math, never ignores ERANGE).

use super::libm;
use super::math_mod::{MathErr, m_atan2};
use crate::types::Layout;
use crate::value::Value;
use crate::{PyResult, args, complex, err, module, ops, tuple};
use std::f64::consts::{E, PI};

type C = (f64, f64);
type Res = (C, Option<MathErr>);

const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
/// Beyond this, formulas are rescaled to avoid overflow.
const LARGE: f64 = f64::MAX / 4.0;
/// Makes a subnormal normal when multiplied in (an odd power of two).
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    libm::log(LARGE)
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// The kind of a double, indexing the special-value tables.
#[derive(Clone, Copy)]
enum Kind {
    NegInf = 0,
    Neg = 1,
    NegZero = 2,
    PosZero = 3,
    Pos = 4,
    PosInf = 5,
    Nan = 6,
}

fn kind(d: f64) -> Kind {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => Kind::Pos,
            (true, false) => Kind::Neg,
            (false, true) => Kind::PosZero,
            (false, false) => Kind::NegZero,
        }
    } else if d.is_nan() {
        Kind::Nan
    } else if d > 0.0 {
        Kind::PosInf
    } else {
        Kind::NegInf
    }
}

type Table = [[C; 7]; 7];

fn lookup(t: &Table, z: C) -> C {
    t[kind(z.0) as usize][kind(z.1) as usize]
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

// Table entries. Rows: real part -inf, neg, -0, +0, pos, +inf, nan;
// columns: imaginary part in the same order. `U` marks entries for finite
// arguments, which never use the table.
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const U: C = (-9.542_631_940_771_103e33, -9.542_631_940_771_103e33);

#[rustfmt::skip]
const ACOS_SV: Table = [
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), U, U, U, U, (P12, -INF), (N, N)],
    [(P12, INF), U, (P12, 0.), (P12, -0.), U, (P12, -INF), (P12, N)],
    [(P12, INF), U, (P12, 0.), (P12, -0.), U, (P12, -INF), (P12, N)],
    [(P12, INF), U, U, U, U, (P12, -INF), (N, N)],
    [(P14, INF), (0., INF), (0., INF), (0., -INF), (0., -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];

#[rustfmt::skip]
const ACOSH_SV: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), U, U, U, U, (INF, P12), (N, N)],
    [(INF, -P12), U, (0., -P12), (0., P12), U, (INF, P12), (N, N)],
    [(INF, -P12), U, (0., -P12), (0., P12), U, (INF, P12), (N, N)],
    [(INF, -P12), U, U, U, U, (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const ASINH_SV: Table = [
    [(-INF, -P14), (-INF, -0.), (-INF, -0.), (-INF, 0.), (-INF, 0.), (-INF, P14), (-INF, N)],
    [(-INF, -P12), U, U, U, U, (-INF, P12), (N, N)],
    [(-INF, -P12), U, (-0., -0.), (-0., 0.), U, (-INF, P12), (N, N)],
    [(INF, -P12), U, (0., -0.), (0., 0.), U, (INF, P12), (N, N)],
    [(INF, -P12), U, U, U, U, (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.), (N, 0.), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const ATANH_SV: Table = [
    [(-0., -P12), (-0., -P12), (-0., -P12), (-0., P12), (-0., P12), (-0., P12), (-0., N)],
    [(-0., -P12), U, U, U, U, (-0., P12), (N, N)],
    [(-0., -P12), U, (-0., -0.), (-0., 0.), U, (-0., P12), (-0., N)],
    [(0., -P12), U, (0., -0.), (0., 0.), U, (0., P12), (0., N)],
    [(0., -P12), U, U, U, U, (0., P12), (N, N)],
    [(0., -P12), (0., -P12), (0., -P12), (0., P12), (0., P12), (0., P12), (0., N)],
    [(0., -P12), (N, N), (N, N), (N, N), (N, N), (0., P12), (N, N)],
];

#[rustfmt::skip]
const COSH_SV: Table = [
    [(INF, N), U, (INF, 0.), (INF, -0.), U, (INF, N), (INF, N)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(N, 0.), U, (1., 0.), (1., -0.), U, (N, 0.), (N, 0.)],
    [(N, 0.), U, (1., -0.), (1., 0.), U, (N, 0.), (N, 0.)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(INF, N), U, (INF, -0.), (INF, 0.), U, (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const EXP_SV: Table = [
    [(0., 0.), U, (0., -0.), (0., 0.), U, (0., 0.), (0., 0.)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(N, N), U, (1., -0.), (1., 0.), U, (N, N), (N, N)],
    [(N, N), U, (1., -0.), (1., 0.), U, (N, N), (N, N)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(INF, N), U, (INF, -0.), (INF, 0.), U, (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const LOG_SV: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), U, U, U, U, (INF, P12), (N, N)],
    [(INF, -P12), U, (-INF, -P), (-INF, P), U, (INF, P12), (N, N)],
    [(INF, -P12), U, (-INF, -0.), (-INF, 0.), U, (INF, P12), (N, N)],
    [(INF, -P12), U, U, U, U, (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const SINH_SV: Table = [
    [(INF, N), U, (-INF, -0.), (-INF, 0.), U, (INF, N), (INF, N)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(0., N), U, (-0., -0.), (-0., 0.), U, (0., N), (0., N)],
    [(0., N), U, (0., -0.), (0., 0.), U, (0., N), (0., N)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(INF, N), U, (INF, -0.), (INF, 0.), U, (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const SQRT_SV: Table = [
    [(INF, -INF), (0., -INF), (0., -INF), (0., INF), (0., INF), (INF, INF), (N, INF)],
    [(INF, -INF), U, U, U, U, (INF, INF), (N, N)],
    [(INF, -INF), U, (0., -0.), (0., 0.), U, (INF, INF), (N, N)],
    [(INF, -INF), U, (0., -0.), (0., 0.), U, (INF, INF), (N, N)],
    [(INF, -INF), U, U, U, U, (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];

#[rustfmt::skip]
const TANH_SV: Table = [
    [(-1., 0.), U, (-1., -0.), (-1., 0.), U, (-1., 0.), (-1., 0.)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(N, N), U, (-0., -0.), (-0., 0.), U, (N, N), (N, N)],
    [(N, N), U, (0., -0.), (0., 0.), U, (N, N), (N, N)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(1., 0.), U, (1., -0.), (1., 0.), U, (1., 0.), (1., 0.)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const RECT_SV: Table = [
    [(INF, N), U, (-INF, 0.), (-INF, -0.), U, (INF, N), (INF, N)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(0., 0.), U, (-0., 0.), (-0., -0.), U, (0., 0.), (0., 0.)],
    [(0., 0.), U, (0., -0.), (0., 0.), U, (0., 0.), (0., 0.)],
    [(N, N), U, U, U, U, (N, N), (N, N)],
    [(INF, N), U, (INF, -0.), (INF, 0.), U, (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

/// `x * 2**e` through libm (exact, as C's ldexp).
fn ldexp(x: f64, e: i32) -> f64 {
    libm::ldexp(x, e)
}

fn c_acos(z: C) -> Res {
    if !finite(z) {
        return (lookup(&ACOS_SV, z), None);
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = libm::atan2(z.1.abs(), z.0);
        let l = libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        (re, im)
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
        let s2 = c_sqrt((1.0 + z.0, z.1)).0;
        (
            2.0 * libm::atan2(s1.0, s2.0),
            libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
        )
    };
    (r, None)
}

fn c_acosh(z: C) -> Res {
    if !finite(z) {
        return (lookup(&ACOSH_SV, z), None);
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        (
            libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0,
            libm::atan2(z.1, z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
        let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
        (
            libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
            2.0 * libm::atan2(s1.1, s2.0),
        )
    };
    (r, None)
}

/// asin(z) = -i asinh(iz).
fn c_asin(z: C) -> Res {
    let (s, e) = c_asinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_asinh(z: C) -> Res {
    if !finite(z) {
        return (lookup(&ASINH_SV, z), None);
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        (re, libm::atan2(z.1, z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
        let s2 = c_sqrt((1.0 - z.1, z.0)).0;
        (
            libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
            libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
        )
    };
    (r, None)
}

/// atan(z) = -i atanh(iz).
fn c_atan(z: C) -> Res {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_atanh(z: C) -> Res {
    if !finite(z) {
        return (lookup(&ATANH_SV, z), None);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        // atanh(z) ~ 1/z +- i*pi/2 for large |z|
        let h = libm::hypot(z.0 / 2.0, z.1 / 2.0);
        ((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)), None)
    } else if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            ((INF, z.1), Some(MathErr::Domain))
        } else {
            (
                (
                    -libm::log(ay.sqrt() / libm::hypot(ay, 2.0).sqrt()),
                    (libm::atan2(2.0, -ay) / 2.0).copysign(z.1),
                ),
                None,
            )
        }
    } else {
        let d = (1.0 - z.0) * (1.0 - z.0) + ay * ay;
        (
            (
                libm::m_log1p(4.0 * z.0 / d) / 4.0,
                -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
            ),
            None,
        )
    }
}

/// cos(z) = cosh(iz).
fn c_cos(z: C) -> Res {
    c_cosh((-z.1, z.0))
}

fn c_cosh(z: C) -> Res {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = INF.copysign(libm::sin(z.1));
            (
                INF.copysign(libm::cos(z.1)),
                if z.0 > 0.0 { im } else { -im },
            )
        } else {
            lookup(&COSH_SV, z)
        };
        let e = (z.1.is_infinite() && !z.0.is_nan()).then_some(MathErr::Domain);
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        // cosh(x) would overflow where cosh(z) need not
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (
            libm::cos(z.1) * libm::cosh(x1) * E,
            libm::sin(z.1) * libm::sinh(x1) * E,
        )
    } else {
        (
            libm::cos(z.1) * libm::cosh(z.0),
            libm::sin(z.1) * libm::sinh(z.0),
        )
    };
    (r, overflowed(r))
}

fn overflowed(r: C) -> Option<MathErr> {
    (r.0.is_infinite() || r.1.is_infinite()).then_some(MathErr::Range)
}

fn c_exp(z: C) -> Res {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let mag = if z.0 > 0.0 { INF } else { 0.0 };
            (mag.copysign(libm::cos(z.1)), mag.copysign(libm::sin(z.1)))
        } else {
            lookup(&EXP_SV, z)
        };
        let e = (z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0)))
            .then_some(MathErr::Domain);
        return (r, e);
    }
    let r = if z.0 > log_large() {
        let l = libm::exp(z.0 - 1.0);
        (l * libm::cos(z.1) * E, l * libm::sin(z.1) * E)
    } else {
        let l = libm::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    (r, overflowed(r))
}

fn c_log(z: C) -> Res {
    if !finite(z) {
        return (lookup(&LOG_SV, z), None);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot would be subnormal: rescale
            libm::log(libm::hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53.0 * LN2
        } else {
            return ((-INF, libm::atan2(z.1, z.0)), Some(MathErr::Domain));
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            libm::m_log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    ((re, libm::atan2(z.1, z.0)), None)
}

fn c_log10(z: C) -> Res {
    let (r, e) = c_log(z);
    ((r.0 / LN10, r.1 / LN10), e)
}

/// sin(z) = -i sinh(iz).
fn c_sin(z: C) -> Res {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_sinh(z: C) -> Res {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let re = INF.copysign(libm::cos(z.1));
            (
                if z.0 > 0.0 { re } else { -re },
                INF.copysign(libm::sin(z.1)),
            )
        } else {
            lookup(&SINH_SV, z)
        };
        let e = (z.1.is_infinite() && !z.0.is_nan()).then_some(MathErr::Domain);
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (
            libm::cos(z.1) * libm::sinh(x1) * E,
            libm::sin(z.1) * libm::cosh(x1) * E,
        )
    } else {
        (
            libm::cos(z.1) * libm::sinh(z.0),
            libm::sin(z.1) * libm::cosh(z.0),
        )
    };
    (r, overflowed(r))
}

fn c_sqrt(z: C) -> Res {
    if !finite(z) {
        return (lookup(&SQRT_SV, z), None);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), None);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE && (ax > 0.0 || ay > 0.0) {
        // hypot would be subnormal: rescale
        ax = ldexp(ax, SCALE_UP);
        ldexp(
            (ax + libm::hypot(ax, ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + libm::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    };
    (r, None)
}

/// tan(z) = -i tanh(iz).
fn c_tan(z: C) -> Res {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_tanh(z: C) -> Res {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * libm::sin(z.1) * libm::cos(z.1));
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(&TANH_SV, z)
        };
        let e = (z.1.is_infinite() && z.0.is_finite()).then_some(MathErr::Domain);
        return (r, e);
    }
    if z.0.abs() > log_large() {
        return (
            (
                1.0f64.copysign(z.0),
                4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * z.0.abs()),
            ),
            None,
        );
    }
    let tx = libm::tanh(z.0);
    let ty = libm::tan(z.1);
    let cx = 1.0 / libm::cosh(z.0);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        None,
    )
}

/// `abs(z)` with C99's rules: an infinite part wins over a NaN.
fn c_abs(z: C) -> (f64, Option<MathErr>) {
    if !finite(z) {
        if z.0.is_infinite() {
            return (z.0.abs(), None);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), None);
        }
        return (f64::NAN, None);
    }
    let r = libm::hypot(z.0, z.1);
    (r, (!r.is_finite()).then_some(MathErr::Range))
}

/// The exception for a C errno value.
fn math_error(e: MathErr) -> crate::PyErr {
    match e {
        MathErr::Domain => err::value_error("math domain error"),
        MathErr::Range => err::overflow_error("math range error"),
    }
}

/// `PyComplex_AsCComplex`: complex numbers, objects with `__complex__`,
/// then anything `PyFloat_AsDouble` accepts.
fn complex_arg(v: &Value) -> PyResult<C> {
    if complex::is_complex(v) {
        return Ok(complex::parts(v));
    }
    let r = if crate::types::type_ref(v).layout == Layout::ClassicInstance {
        match crate::classic::instance_getattr_opt(v, "__complex__")? {
            Some(f) => Some(ops::call(&f, &[], &[])?),
            None => None,
        }
    } else {
        ops::call_special(v, "__complex__", &[])?
    };
    match r {
        Some(c) if complex::is_complex(&c) => Ok(complex::parts(&c)),
        Some(_) => Err(err::type_error(
            "__complex__ should return a complex object",
        )),
        None => Ok((ops::as_f64_arg(v)?, 0.0)),
    }
}

/// `PyArg_ParseTuple` counts for a format without a function name:
/// "function takes exactly 1 argument (2 given)".
fn count_unnamed(name: &str, a: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    args::no_kw(name, kw)?;
    let n = a.len();
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(err::type_error(format!(
            "function takes {} {} argument{} ({} given)",
            how,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

fn finish(r: Res) -> PyResult {
    match r.1 {
        Some(e) => Err(math_error(e)),
        None => Ok(complex::new(r.0.0, r.0.1)),
    }
}

macro_rules! func1 {
    ($($name:ident => $f:ident;)*) => {
        $(
            fn $name(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
                count_unnamed(stringify!($name), a, kw, 1, 1)?;
                finish($f(complex_arg(&a[0])?))
            }
        )*
    };
}

func1! {
    acos => c_acos;
    acosh => c_acosh;
    asin => c_asin;
    asinh => c_asinh;
    atan => c_atan;
    atanh => c_atanh;
    cos => c_cos;
    cosh => c_cosh;
    exp => c_exp;
    log10 => c_log10;
    sin => c_sin;
    sinh => c_sinh;
    sqrt => c_sqrt;
    tan => c_tan;
    tanh => c_tanh;
}

fn log(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    count_unnamed("log", a, kw, 1, 2)?;
    let x = complex_arg(&a[0])?;
    let base = a.get(1).map(complex_arg).transpose()?;
    // as in C, each step overwrites errno; a zero divisor sets EDOM
    let (mut r, mut e) = c_log(x);
    if let Some(b) = base {
        let (lb, eb) = c_log(b);
        e = eb;
        r = match complex::quot(r, lb) {
            Some(q) => q,
            None => {
                e = Some(MathErr::Domain);
                (0.0, 0.0)
            }
        };
    }
    finish((r, e))
}

fn phase(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("phase", a, kw, 1, 1)?;
    let z = complex_arg(&a[0])?;
    // libm's atan2 may flag an underflow, which CPython reports here
    let (phi, errno) = libm::with_errno(|| m_atan2(z.1, z.0));
    match errno {
        0 => Ok(Value::float(phi)),
        libm::EDOM => Err(math_error(MathErr::Domain)),
        libm::ERANGE => Err(math_error(MathErr::Range)),
        e => Err(crate::PyErr::with_args(
            crate::rt::rt().exc.value_error,
            tuple::new(vec![
                crate::int::new(e as i64),
                crate::str::new(&crate::exceptions::strerror(e)),
            ]),
        )),
    }
}

fn polar(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("polar", a, kw, 1, 1)?;
    let z = complex_arg(&a[0])?;
    let phi = m_atan2(z.1, z.0);
    let (r, e) = c_abs(z);
    if let Some(e) = e {
        return Err(math_error(e));
    }
    Ok(tuple::new(vec![Value::float(r), Value::float(phi)]))
}

fn rect(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("rect", a, kw, 2, 2)?;
    let r = ops::as_f64_arg(&a[0])?;
    let phi = ops::as_f64_arg(&a[1])?;
    let mut e = None;
    let z = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (INF.copysign(libm::cos(phi)), INF.copysign(libm::sin(phi)));
            if r > 0.0 { (re, im) } else { (-re, -im) }
        } else {
            lookup(&RECT_SV, (r, phi))
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            e = Some(MathErr::Domain);
        }
        z
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * libm::cos(phi), r * libm::sin(phi))
    };
    finish((z, e))
}

fn isnan(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("isnan", a, kw, 1, 1)?;
    let z = complex_arg(&a[0])?;
    Ok(Value::bool(z.0.is_nan() || z.1.is_nan()))
}

fn isinf(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    // CPython parses with the name "isnan" here
    args::count("isnan", a, kw, 1, 1)?;
    let z = complex_arg(&a[0])?;
    Ok(Value::bool(z.0.is_infinite() || z.1.is_infinite()))
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("cmath");
    for (name, f) in [
        ("acos", acos as crate::descr::NativeFn),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("isinf", isinf),
        ("isnan", isnan),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
    ] {
        module::add_fn(&m, name, f);
    }
    module::set_attr(&m, "pi", Value::float(PI));
    module::set_attr(&m, "e", Value::float(E));
    Ok(m)
}
