//! `tuple`: immutable sequences.
//!
//! Invariant: the items never change after creation (the cycle collector's
//! `clear` is the one exception: it empties a dead tuple). The empty tuple
//! is shared.
//!
//! Freed exact tuples of 1 to [`FREE_MAX_LEN`] items are kept, with their
//! item storage, on per-length free lists (as CPython's tuple free lists)
//! and reused by the next tuple of that length: a tuple that lives briefly
//! (a returned pair, a dict key probe) costs no allocation. A kept tuple
//! has a zero count, is not tracked by the cycle collector, and holds NULL
//! items; nothing but this module refers to it.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::Layout;
use crate::value::Value;
use crate::{PyResult, ops};
use std::cell::{RefCell, UnsafeCell};

/// Longest tuples whose objects are kept for reuse when freed.
pub const FREE_MAX_LEN: usize = 8;
/// Most freed tuples kept per length.
const FREE_MAX_COUNT: usize = 512;

thread_local! {
    /// Per length: freed exact tuples kept for reuse (see the module docs).
    static FREE: RefCell<[Vec<usize>; FREE_MAX_LEN + 1]> =
        const { RefCell::new([const { Vec::new() }; FREE_MAX_LEN + 1]) };
}

/// A kept tuple of `n` items, if there is one: its count, tracking and
/// items are the caller's to set.
#[inline]
fn reuse(n: usize) -> Option<*mut TupleObj> {
    if n == 0 || n > FREE_MAX_LEN {
        return None;
    }
    FREE.with(|f| f.borrow_mut()[n].pop())
        .map(|p| p as *mut TupleObj)
}

/// Revives kept tuple `t`, filling its `n` NULL items from `item(i)`.
///
/// # Safety
/// `t` came from [`reuse`] for `n` items.
unsafe fn revive(t: *mut TupleObj, n: usize, mut item: impl FnMut(usize) -> Value) -> Value {
    // SAFETY: a kept tuple is a whole, untracked, unreferenced exact tuple
    // whose n items are NULL (nothing to drop when overwritten).
    unsafe {
        let items = &mut *(*t).items.get();
        debug_assert_eq!(items.len(), n);
        for (i, slot) in items.iter_mut().enumerate() {
            std::ptr::write(slot, item(i));
        }
        let h = t as *mut ObjHeader;
        (*h).refcnt = 1;
        crate::gc::track(h);
        Value::from_owned_ptr(h)
    }
}

/// Called by deallocation for an exact tuple `p` whose count reached
/// zero, finalized and untracked: releases its items and keeps it for
/// reuse (true), or leaves it to be freed (false; its items may already
/// be released, NULL).
///
/// # Safety
/// `p` is such a tuple; after true, nothing else may use or free it.
pub unsafe fn keep_freed(p: *mut ObjHeader) -> bool {
    // SAFETY: forwarded contract; the items are read and released here
    // only (releasing one may free other tuples, which borrows the free
    // lists, so no borrow is held meanwhile).
    unsafe {
        let items = &mut *(*(p as *mut TupleObj)).items.get();
        let n = items.len();
        if n == 0 || n > FREE_MAX_LEN {
            return false;
        }
        if FREE.with(|f| f.borrow()[n].len() >= FREE_MAX_COUNT) {
            return false;
        }
        // last to first, as tupledealloc
        for slot in items.iter_mut().rev() {
            drop(std::mem::replace(slot, Value::NULL));
        }
        FREE.with(|f| {
            let mut f = f.borrow_mut();
            if f[n].len() < FREE_MAX_COUNT {
                f[n].push(p as usize);
                true
            } else {
                false
            }
        })
    }
}

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
    let n = items.len();
    if let Some(t) = reuse(n) {
        let mut it = items.into_iter();
        // SAFETY: t came from reuse(n); `it` yields exactly n items.
        return unsafe { revive(t, n, |_| it.next().unwrap_or(Value::NULL)) };
    }
    new_of_type(rt().types.tuple, items)
}

/// A new tuple of the `n` values at `p`, moved out (the slots are left
/// as they were; their owner must not release them again).
///
/// # Safety
/// `p` points to `n` owned values the caller gives up.
pub unsafe fn take_from(p: *const Value, n: usize) -> Value {
    if let Some(t) = reuse(n) {
        // SAFETY: forwarded contract; t came from reuse(n).
        return unsafe { revive(t, n, |i| std::ptr::read(p.add(i))) };
    }
    // SAFETY: forwarded contract.
    new((0..n)
        .map(|i| unsafe { std::ptr::read(p.add(i)) })
        .collect())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn refcnt(v: &Value) -> usize {
        // SAFETY: v is a live object.
        unsafe { (*v.as_ptr()).refcnt }
    }

    #[test]
    fn freed_tuples_are_kept_and_reused_with_new_items() {
        crate::rt::Runtime::init(Vec::new(), Vec::new());
        let obj = crate::list::new(Vec::new());
        let before = refcnt(&obj);
        let t = new(vec![obj.clone(), Value::small_int(7)]);
        assert_eq!(refcnt(&obj), before + 1);
        let addr = t.bits();
        drop(t);
        // freeing released the items, the object stayed for reuse
        assert_eq!(refcnt(&obj), before);
        let vals = [Value::small_int(1), Value::small_int(2)];
        // SAFETY: the two values are owned by `vals`, given up here.
        let u = unsafe { take_from(vals.as_ptr(), 2) };
        std::mem::forget(vals);
        assert_eq!(u.bits(), addr);
        assert_eq!(items(&u)[0].as_small_int(), Some(1));
        assert_eq!(items(&u)[1].as_small_int(), Some(2));
        // another length is not served from that list
        let w = new(vec![Value::small_int(3)]);
        assert_ne!(w.bits(), addr);
        assert!(reuse(0).is_none() && reuse(FREE_MAX_LEN + 1).is_none());
    }
}
