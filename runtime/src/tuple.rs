//! `tuple`: immutable sequences.
//!
//! Invariant: the items never change after creation (the cycle collector's
//! `clear` is the one exception: it empties a dead tuple). The empty tuple
//! is shared.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::Layout;
use crate::value::Value;
use crate::{PyResult, ops};
use std::cell::UnsafeCell;

/// The payload of a tuple.
#[repr(C)]
pub struct TupleObj {
    /// Header.
    pub ob: ObjHeader,
    /// The items.
    pub items: UnsafeCell<Box<[Value]>>,
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        // tupledealloc releases the items last to first, as lists do
        let mut items = std::mem::take(self.items.get_mut()).into_vec();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

/// Byte offsets of a tuple's item pointer and length inside `TupleObj`,
/// for compiled code (a boxed slice's field order is not specified, so it
/// is measured once).
pub fn box_layout() -> (usize, usize) {
    static LAYOUT: std::sync::OnceLock<(usize, usize)> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let b: Box<[Value]> = vec![Value::NONE, Value::NONE, Value::NONE].into_boxed_slice();
        assert_eq!(
            std::mem::size_of::<Box<[Value]>>(),
            2 * std::mem::size_of::<usize>()
        );
        // SAFETY: a boxed slice is two words (asserted); copying them reads
        // plain integers without touching the allocation.
        let words: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
        let ptr = b.as_ptr() as usize;
        let p = words
            .iter()
            .position(|w| *w == ptr)
            .expect("slice pointer field");
        let l = words
            .iter()
            .position(|w| *w == 3)
            .expect("slice length field");
        let base = std::mem::offset_of!(TupleObj, items);
        (base + p * 8, base + l * 8)
    })
}

/// A new tuple of the given items.
pub fn new(items: Vec<Value>) -> Value {
    if items.is_empty() {
        let e = rt().empty_tuple.borrow();
        if !e.is_none() {
            return e.clone();
        }
    }
    new_of_type(rt().types.tuple, items)
}

/// A new tuple of type `ty` (tuple or a subclass).
pub fn new_of_type(ty: *mut crate::types::TypeObject, items: Vec<Value>) -> Value {
    // SAFETY: TupleObj matches the tuple layout.
    unsafe {
        new_object(
            ty,
            TupleObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                items: UnsafeCell::new(items.into_boxed_slice()),
            },
        )
    }
}

/// A tuple from a slice.
pub fn from_slice(items: &[Value]) -> Value {
    new(items.to_vec())
}

/// `()`.
pub fn empty() -> Value {
    new(Vec::new())
}

/// Is `v` a tuple (or subclass instance)?
#[inline(always)]
pub fn is_tuple(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Tuple }
}

/// Is `v` exactly a tuple?
#[inline(always)]
pub fn is_exact_tuple(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.tuple
}

/// The items of a tuple.
#[inline(always)]
pub fn items(v: &Value) -> &[Value] {
    debug_assert!(is_tuple(v));
    // SAFETY: tuples are immutable; the Value keeps the items alive.
    unsafe { &*(*(v.as_ptr() as *const TupleObj)).items.get() }
}

/// CPython 2.7's tuple hash.
pub fn hash(v: &Value) -> PyResult<i64> {
    let its = items(v);
    let mut x: i64 = 0x345678;
    let mut mult: i64 = 1000003;
    let mut len = its.len() as i64;
    for it in its {
        len -= 1;
        let y = ops::hash(it)?;
        x = (x ^ y).wrapping_mul(mult);
        mult = mult.wrapping_add(82520 + len + len);
    }
    x = x.wrapping_add(97531);
    Ok(if x == -1 { -2 } else { x })
}

/// Visits the items (cycle collector).
///
/// # Safety
/// `p` is a live tuple.
pub unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a live tuple.
    for v in unsafe { (*(*(p as *const TupleObj)).items.get()).iter() } {
        visit(v);
    }
}

/// Empties the tuple (cycle collector, on garbage only).
///
/// # Safety
/// `p` is a live, unreachable tuple.
pub unsafe fn clear(p: *mut ObjHeader) {
    // SAFETY: garbage: nothing else reads the items.
    let old = unsafe { std::mem::take(&mut *(*(p as *const TupleObj)).items.get()) };
    drop(old);
}
