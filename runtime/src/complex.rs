//! `complex`: arithmetic (Smith's division, integer and general powers),
//! hashing, comparison and repr as complexobject.c.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, Layout, UnOp};
use crate::value::Value;
use crate::{PyResult, err, float, int, long, str as pstr};

/// A complex number.
#[repr(C)]
pub struct ComplexObj {
    /// Header.
    pub ob: ObjHeader,
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// A new complex.
pub fn new(re: f64, im: f64) -> Value {
    new_of_type(rt().types.complex, re, im)
}

/// A new complex of type `ty` (complex or a subclass).
pub fn new_of_type(ty: *mut crate::types::TypeObject, re: f64, im: f64) -> Value {
    // SAFETY: ComplexObj is the complex layout.
    unsafe {
        new_object(
            ty,
            ComplexObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                re,
                im,
            },
        )
    }
}

/// Is `v` a complex?
#[inline]
pub fn is_complex(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Complex }
}

/// The parts of a complex.
pub fn parts(v: &Value) -> (f64, f64) {
    // SAFETY: callers pass complex values.
    let c = unsafe { &*(v.as_ptr() as *const ComplexObj) };
    (c.re, c.im)
}

/// `TO_COMPLEX`: numbers as complex; None for other types.
pub fn coerce(v: &Value) -> PyResult<Option<(f64, f64)>> {
    if is_complex(v) {
        return Ok(Some(parts(v)));
    }
    Ok(float::coerce_f64(v)?.map(|f| (f, 0.0)))
}

type C = (f64, f64);

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's complex division; None on division by zero.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn cpow(a: C, b: C) -> Result<C, ()> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

fn powi(x: C, n: i64) -> Result<C, ()> {
    if !(-100..=100).contains(&n) {
        cpow(x, (n as f64, 0.0))
    } else if n > 0 {
        Ok(powu(x, n))
    } else {
        quot((1.0, 0.0), powu(x, -n)).ok_or(())
    }
}

/// `a ** b` on complex numbers.
pub fn pow(a: C, b: C) -> PyResult {
    let ie = b.0 as i64;
    let r = if b.1 == 0.0 && b.0 == ie as f64 {
        powi(a, ie)
    } else {
        cpow(a, b)
    };
    match r {
        Ok(p) => {
            if !p.0.is_finite()
                && a.0.is_finite()
                && a.1.is_finite()
                && (p.0.is_infinite() || p.1.is_infinite())
            {
                return Err(err::overflow_error("complex exponentiation"));
            }
            Ok(new(p.0, p.1))
        }
        Err(()) => Err(err::zero_division_error(
            "0.0 to a negative or complex power",
        )),
    }
}

/// The complex number slot.
pub fn complex_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    let Some(x) = coerce(a)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let Some(y) = coerce(b)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(match op {
        BinOp::Add => new(x.0 + y.0, x.1 + y.1),
        BinOp::Sub => new(x.0 - y.0, x.1 - y.1),
        BinOp::Mul => {
            let p = prod(x, y);
            new(p.0, p.1)
        }
        BinOp::Div | BinOp::TrueDiv => match quot(x, y) {
            Some(q) => new(q.0, q.1),
            None => return Err(err::zero_division_error("complex division by zero")),
        },
        BinOp::Mod | BinOp::FloorDiv | BinOp::DivMod => {
            let Some(q) = quot(x, y) else {
                let what = match op {
                    BinOp::Mod => "complex remainder",
                    BinOp::DivMod => "complex divmod()",
                    _ => "complex divmod()",
                };
                return Err(err::zero_division_error(what));
            };
            let d = (q.0.floor(), 0.0);
            let pm = prod(y, d);
            let m = (x.0 - pm.0, x.1 - pm.1);
            match op {
                BinOp::Mod => new(m.0, m.1),
                BinOp::FloorDiv => new(d.0, d.1),
                _ => crate::tuple::new(vec![new(d.0, d.1), new(m.0, m.1)]),
            }
        }
        BinOp::Pow => return pow(x, y),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    })
}

/// Three-argument pow: always an error for complex.
pub fn complex_pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    if coerce(a)?.is_none() || coerce(b)?.is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if !c.is_none() {
        return Err(err::value_error("complex modulo"));
    }
    complex_binop(BinOp::Pow, a, b)
}

/// The complex unary slot.
pub fn complex_unop(op: UnOp, a: &Value) -> PyResult {
    let (re, im) = parts(a);
    Ok(match op {
        UnOp::Neg => new(-re, -im),
        UnOp::Pos => {
            if type_of(a) == rt().types.complex {
                a.clone()
            } else {
                new(re, im)
            }
        }
        UnOp::Abs => {
            let r = re.hypot(im);
            if r.is_infinite() && re.is_finite() && im.is_finite() {
                return Err(err::overflow_error("absolute value too large"));
            }
            Value::float(r)
        }
        UnOp::Int => return Err(err::type_error("can't convert complex to int")),
        UnOp::Long => return Err(err::type_error("can't convert complex to long")),
        UnOp::Float => return Err(err::type_error("can't convert complex to float")),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    })
}

/// `complex_richcompare`.
pub fn complex_richcompare(v: &Value, w: &Value, op: CmpOp) -> PyResult {
    let is_num =
        |x: &Value| int::is_int(x) || long::is_long(x) || float::is_float(x) || is_complex(x);
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if is_num(w) {
            return Err(err::type_error(
                "no ordering relation is defined for complex numbers",
            ));
        }
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (re, im) = parts(v);
    let equal = if int::is_int(w) || long::is_long(w) {
        if im == 0.0 {
            return crate::ops::rich_compare(&Value::float(re), w, op);
        }
        false
    } else if let Some(f) = float::as_f64(w) {
        re == f && im == 0.0
    } else if is_complex(w) {
        let (a, b) = parts(w);
        re == a && im == b
    } else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(equal == (op == CmpOp::Eq)))
}

/// `complex_format`.
pub fn format(re: f64, im: f64, precision: usize, code: char) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!(
            "{}j",
            float::format(im, code, precision, false, false, false)
        )
    } else {
        format!(
            "({}{}j)",
            float::format(re, code, precision, false, false, false),
            float::format(im, code, precision, true, false, false)
        )
    }
}

/// `repr(complex)`.
pub fn repr(v: &Value) -> PyResult {
    let (re, im) = parts(v);
    Ok(pstr::from_string(format(re, im, 0, 'r')))
}

/// `str(complex)`.
pub fn str(v: &Value) -> PyResult {
    let (re, im) = parts(v);
    Ok(pstr::from_string(format(re, im, 12, 'g')))
}

/// `hash(complex)`.
pub fn hash(v: &Value) -> PyResult<i64> {
    let (re, im) = parts(v);
    let h = float::hash(re).wrapping_add(1000003i64.wrapping_mul(float::hash(im)));
    Ok(if h == -1 { -2 } else { h })
}
