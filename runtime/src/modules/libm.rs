//! The platform C math library, called directly.
//!
//! CPython's `math` and `cmath` call the system libm, and floats print with
//! all their digits, so results must come from the same functions bit for
//! bit. Rust's `f64` methods do not all do that (`asinh`, `acosh`, `atanh`
//! and `hypot` are implemented in Rust, and intrinsics may be folded at
//! compile time by LLVM's own code), so the math modules call these.
//! Functions that are exact by IEEE 754 (`sqrt`, `floor`, `ceil`, `fabs`,
//! `copysign`) may still use the `f64` methods.

mod c {
    #[link(name = "m")]
    unsafe extern "C" {
        pub safe fn acos(x: f64) -> f64;
        pub safe fn asin(x: f64) -> f64;
        pub safe fn atan(x: f64) -> f64;
        pub safe fn atan2(y: f64, x: f64) -> f64;
        pub safe fn cos(x: f64) -> f64;
        pub safe fn sin(x: f64) -> f64;
        pub safe fn tan(x: f64) -> f64;
        pub safe fn acosh(x: f64) -> f64;
        pub safe fn asinh(x: f64) -> f64;
        pub safe fn atanh(x: f64) -> f64;
        pub safe fn cosh(x: f64) -> f64;
        pub safe fn sinh(x: f64) -> f64;
        pub safe fn tanh(x: f64) -> f64;
        pub safe fn exp(x: f64) -> f64;
        pub safe fn expm1(x: f64) -> f64;
        pub safe fn log(x: f64) -> f64;
        pub safe fn log1p(x: f64) -> f64;
        pub safe fn log10(x: f64) -> f64;
        pub safe fn pow(x: f64, y: f64) -> f64;
        pub safe fn fmod(x: f64, y: f64) -> f64;
        pub safe fn hypot(x: f64, y: f64) -> f64;
        pub safe fn ldexp(x: f64, e: i32) -> f64;
    }

    unsafe extern "C" {
        /// glibc's location of the calling thread's `errno`.
        pub safe fn __errno_location() -> *mut i32;
    }
}

// Rust-ABI wrappers, so the functions can be passed as `fn` values.
macro_rules! wrap {
    ($($name:ident($($a:ident: $t:ty),*);)*) => {
        $(
            #[doc = concat!("libm's `", stringify!($name), "`.")]
            #[inline]
            pub fn $name($($a: $t),*) -> f64 {
                c::$name($($a),*)
            }
        )*
    };
}

wrap! {
    acos(x: f64);
    asin(x: f64);
    atan(x: f64);
    atan2(y: f64, x: f64);
    cos(x: f64);
    sin(x: f64);
    tan(x: f64);
    acosh(x: f64);
    asinh(x: f64);
    atanh(x: f64);
    cosh(x: f64);
    sinh(x: f64);
    tanh(x: f64);
    exp(x: f64);
    expm1(x: f64);
    log(x: f64);
    log1p(x: f64);
    log10(x: f64);
    pow(x: f64, y: f64);
    fmod(x: f64, y: f64);
    hypot(x: f64, y: f64);
    ldexp(x: f64, e: i32);
}

/// Runs `f` with C's `errno` cleared and returns its result and the
/// `errno` it left (for the few places where CPython reports an error
/// that libm signals only through `errno`).
pub fn with_errno(f: impl FnOnce() -> f64) -> (f64, i32) {
    let p = c::__errno_location();
    // SAFETY: glibc returns a valid pointer to this thread's errno.
    unsafe { *p = 0 };
    let r = f();
    // SAFETY: as above.
    (r, unsafe { *p })
}

/// `errno` value for a domain error.
pub const EDOM: i32 = 33;
/// `errno` value for a range error.
pub const ERANGE: i32 = 34;

/// CPython's `m_log1p`: log1p, except that a zero (of either sign) is
/// returned unchanged.
pub fn m_log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { log1p(x) }
}
