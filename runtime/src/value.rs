//! The one-word value representation: NaN-boxing.
//!
//! Every Python value is a [`Value`], one `u64`. The encoding (see
//! docs/ARCHITECTURE.md, "Values"):
//!
//! | bits (hex, top 16)   | meaning                                              |
//! |----------------------|------------------------------------------------------|
//! | `< FFF9`             | a float, stored as itself (NaNs are canonical)        |
//! | `FFFA`               | a pointer to a heap object (low 48 bits)              |
//! | `FFFB`               | a special: None, False, True, NotImplemented, ...     |
//! | `FFFC..=FFFF`        | an `int` whose value fits 50 signed bits              |
//!
//! Invariants:
//! - no float Value has top bits `>= FFF9`: an unboxed NaN is stored as
//!   [`CANONICAL_NAN`]; hardware float arithmetic on NaNs yields the x86
//!   default NaN `FFF8_0000_0000_0000`, still a float. [`Value::float`]
//!   boxes NaNs as heap `float` objects (identity semantics as in
//!   CPython); an unboxed NaN is nevertheless a valid float everywhere.
//! - an int is encoded as `i | INT_BASE` and decoded as `(bits << 14) >> 14`
//!   (arithmetic shift). Two ints `a`, `b` are both small exactly when
//!   `a & b >= INT_BASE`.
//! - ints outside the 50-bit range are heap `int` objects (same Python
//!   type); the two forms never overlap: a value that fits is always small.
//! - a pointer Value owns one reference: `Clone` increments the object's
//!   reference count, `Drop` decrements it and frees the object at zero.
//! - [`Value::NULL`] marks "no value" (an unbound local, an empty stack slot);
//!   it never reaches Python code.

use crate::object::{ObjHeader, decref_slow};
use std::mem::ManuallyDrop;

/// Values whose bits are below this are floats.
pub const FLOAT_LIMIT: u64 = 0xFFF9_0000_0000_0000;
/// Tag of heap-object pointers.
pub const PTR_TAG: u64 = 0xFFFA_0000_0000_0000;
/// Tag of the special singletons.
pub const SPECIAL_TAG: u64 = 0xFFFB_0000_0000_0000;
/// Base of the small-int range: `bits >= INT_BASE` means small int.
pub const INT_BASE: u64 = 0xFFFC_0000_0000_0000;
/// The low 48 bits hold a pointer.
pub const PTR_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;
/// Bits of a small int payload.
pub const INT_BITS: u32 = 50;
/// Shift that moves the int payload's sign bit to bit 63.
pub const INT_SHIFT: u32 = 64 - INT_BITS;
/// Smallest small int.
pub const SMALL_INT_MIN: i64 = -(1i64 << (INT_BITS - 1));
/// Largest small int.
pub const SMALL_INT_MAX: i64 = (1i64 << (INT_BITS - 1)) - 1;
/// The one NaN bit pattern a float Value may hold.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// A Python value in one machine word. See the module docs for the encoding.
#[repr(transparent)]
pub struct Value(u64);

impl Value {
    /// `None`.
    pub const NONE: Value = Value(SPECIAL_TAG);
    /// `False`.
    pub const FALSE: Value = Value(SPECIAL_TAG | 1);
    /// `True`.
    pub const TRUE: Value = Value(SPECIAL_TAG | 2);
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = Value(SPECIAL_TAG | 3);
    /// `Ellipsis`.
    pub const ELLIPSIS: Value = Value(SPECIAL_TAG | 4);
    /// No value: an unbound local or empty slot. Never visible to Python.
    pub const NULL: Value = Value(SPECIAL_TAG | 0xFFFF);

    /// The raw bits.
    #[inline(always)]
    pub const fn bits(&self) -> u64 {
        self.0
    }

    /// Wraps raw bits that do not carry a reference (floats, ints,
    /// specials). Panics in debug builds if given a pointer.
    #[inline(always)]
    pub const fn from_bits_unowned(bits: u64) -> Value {
        debug_assert!(bits >> 48 != PTR_TAG >> 48);
        Value(bits)
    }

    /// Takes ownership of a reference encoded in `bits`.
    ///
    /// # Safety
    /// If `bits` is a pointer, the caller transfers one reference it owns.
    #[inline(always)]
    pub const unsafe fn from_raw(bits: u64) -> Value {
        Value(bits)
    }

    /// Gives up ownership: the returned bits carry the reference.
    #[inline(always)]
    pub fn into_raw(self) -> u64 {
        let v = ManuallyDrop::new(self);
        v.0
    }

    /// Views raw bits as a Value without taking ownership.
    ///
    /// # Safety
    /// The caller guarantees the bits stay alive while the view is used.
    #[inline(always)]
    pub unsafe fn borrow_raw(bits: &u64) -> &Value {
        // SAFETY: Value is repr(transparent) over u64.
        unsafe { &*(bits as *const u64 as *const Value) }
    }

    // ----- floats -----

    /// A float value. A NaN becomes a heap float object so that, as in
    /// CPython, each NaN has its own identity (`nan in [nan]` is true only
    /// for the same object, and a dict finds a NaN key only by identity).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Self::boxed_nan(f)
        } else {
            Value(f.to_bits())
        }
    }

    #[cold]
    fn boxed_nan(f: f64) -> Value {
        crate::float::new_boxed(crate::rt::rt().types.float, f)
    }

    /// An unboxed float, NaNs canonicalized (no identity of their own).
    #[inline(always)]
    pub fn float_unboxed(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }

    /// Is this a float?
    #[inline(always)]
    pub fn is_float(&self) -> bool {
        self.0 < FLOAT_LIMIT
    }

    /// The float, assuming [`Value::is_float`].
    #[inline(always)]
    pub fn as_float_unchecked(&self) -> f64 {
        f64::from_bits(self.0)
    }

    /// The float if this is one.
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    // ----- small ints -----

    /// Does `i` fit the small-int payload?
    #[inline(always)]
    pub const fn fits_small(i: i64) -> bool {
        i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
    }

    /// A small int; `i` must fit ([`Value::fits_small`]).
    #[inline(always)]
    pub const fn small_int(i: i64) -> Value {
        debug_assert!(Value::fits_small(i));
        Value((i as u64) | INT_BASE)
    }

    /// Is this a small (inline) int?
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0 >= INT_BASE
    }

    /// Are both small ints?
    #[inline(always)]
    pub fn both_small_ints(a: &Value, b: &Value) -> bool {
        (a.0 & b.0) >= INT_BASE
    }

    /// The small int, assuming [`Value::is_small_int`].
    #[inline(always)]
    pub fn as_small_int_unchecked(&self) -> i64 {
        ((self.0 << INT_SHIFT) as i64) >> INT_SHIFT
    }

    /// The small int if this is one.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.as_small_int_unchecked())
        } else {
            None
        }
    }

    // ----- specials -----

    /// Is this a special singleton (None, bools, NotImplemented, Ellipsis, NULL)?
    #[inline(always)]
    pub fn is_special(&self) -> bool {
        self.0 >> 48 == SPECIAL_TAG >> 48
    }

    /// Is this `None`?
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.0 == Value::NONE.0
    }

    /// Is this the NULL marker?
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.0 == Value::NULL.0
    }

    /// Is this `True` or `False`?
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.0 == Value::TRUE.0 || self.0 == Value::FALSE.0
    }

    /// A bool value.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }

    // ----- pointers -----

    /// Is this a heap object?
    #[inline(always)]
    pub fn is_ptr(&self) -> bool {
        self.0 >> 48 == PTR_TAG >> 48
    }

    /// The object pointer, assuming [`Value::is_ptr`].
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut ObjHeader {
        (self.0 & PTR_MASK) as *mut ObjHeader
    }

    /// Wraps an object pointer, taking ownership of one reference.
    ///
    /// # Safety
    /// `p` points to a live object and the caller transfers a reference.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(p: *mut ObjHeader) -> Value {
        debug_assert!((p as u64) & !PTR_MASK == 0 && !p.is_null());
        Value(p as u64 | PTR_TAG)
    }

    /// Wraps an object pointer, adding a reference.
    ///
    /// # Safety
    /// `p` points to a live object.
    #[inline(always)]
    pub unsafe fn from_borrowed_ptr(p: *mut ObjHeader) -> Value {
        // SAFETY: the caller guarantees p is live.
        unsafe {
            (*p).refcnt += 1;
            Value::from_owned_ptr(p)
        }
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            // SAFETY: a pointer Value keeps its object alive.
            unsafe { (*self.as_ptr()).refcnt += 1 }
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            let p = self.as_ptr();
            // SAFETY: this Value owns one reference to a live object.
            unsafe {
                (*p).refcnt -= 1;
                if (*p).refcnt == 0 {
                    decref_slow(p);
                }
            }
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(x) = self.as_float() {
            write!(f, "float({x})")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "int({i})")
        } else if self.is_ptr() {
            write!(f, "obj({:#x})", self.0 & PTR_MASK)
        } else {
            match self.0 & 0xFFFF {
                0 => write!(f, "None"),
                1 => write!(f, "False"),
                2 => write!(f, "True"),
                3 => write!(f, "NotImplemented"),
                4 => write!(f, "Ellipsis"),
                _ => write!(f, "NULL"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_round_trip() {
        for i in [
            0,
            1,
            -1,
            42,
            -42,
            SMALL_INT_MAX,
            SMALL_INT_MIN,
            1 << 40,
            -(1 << 40),
        ] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int_unchecked(), i);
        }
        assert!(!Value::fits_small(SMALL_INT_MAX + 1));
        assert!(!Value::fits_small(SMALL_INT_MIN - 1));
    }

    #[test]
    fn both_ints_test() {
        let a = Value::small_int(-5);
        let b = Value::small_int(7);
        assert!(Value::both_small_ints(&a, &b));
        assert!(!Value::both_small_ints(&a, &Value::float(1.0)));
        assert!(!Value::both_small_ints(&Value::NONE, &b));
        assert!(!Value::both_small_ints(&Value::float_unboxed(f64::NAN), &b));
    }

    #[test]
    fn floats_stay_floats() {
        for f in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
        ] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float_unchecked().to_bits(), f.to_bits());
        }
        let nan = Value::float_unboxed(f64::from_bits(0xFFFF_FFFF_FFFF_FFFF));
        assert!(nan.is_float() && nan.as_float_unchecked().is_nan());
        // The x86 default NaN is a float.
        assert!(Value::from_bits_unowned(0xFFF8_0000_0000_0000).is_float());
    }

    #[test]
    fn specials_are_distinct() {
        let all = [
            Value::NONE,
            Value::FALSE,
            Value::TRUE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
            Value::NULL,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(a.is_special() && !a.is_float() && !a.is_small_int() && !a.is_ptr());
            for b in &all[i + 1..] {
                assert!(!a.is(b));
            }
        }
    }
}
