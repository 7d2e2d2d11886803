//! `list`: mutable sequences.
//!
//! Invariant: no `&mut Vec` obtained through [`items_mut`] is held across a
//! call that may run Python code (comparisons, `__del__`, iteration of a
//! user object): such code may mutate the same list. Operations copy what
//! they need first, or re-borrow after each call.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::Layout;
use crate::value::Value;
use std::cell::UnsafeCell;

/// The payload of a list.
#[repr(C)]
pub struct ListObj {
    /// Header.
    pub ob: ObjHeader,
    /// The items.
    pub items: UnsafeCell<Vec<Value>>,
}

impl Drop for ListObj {
    fn drop(&mut self) {
        // CPython's list_dealloc releases the items last to first; the
        // order is visible through __del__ and weakref callbacks
        let items = self.items.get_mut();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

/// Byte offsets of a list's item buffer pointer and length inside
/// `ListObj`, for compiled code. `Vec`'s field order is not specified, so
/// it is measured once from a real vector.
pub fn vec_layout() -> (usize, usize) {
    static LAYOUT: std::sync::OnceLock<(usize, usize)> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let mut v: Vec<Value> = Vec::with_capacity(7);
        v.push(Value::NONE);
        v.push(Value::NONE);
        v.push(Value::NONE);
        let words: [usize; 3] = {
            assert_eq!(
                std::mem::size_of::<Vec<Value>>(),
                3 * std::mem::size_of::<usize>()
            );
            // SAFETY: a Vec is three words (asserted); reading them copies
            // plain integers and pointers without touching the allocation.
            unsafe { std::mem::transmute_copy(&v) }
        };
        let ptr = v.as_ptr() as usize;
        let p = words
            .iter()
            .position(|w| *w == ptr)
            .expect("vec pointer field");
        let l = words
            .iter()
            .position(|w| *w == 3)
            .expect("vec length field");
        assert!(words.iter().filter(|w| **w == 7).count() == 1 && p != l);
        let base = std::mem::offset_of!(ListObj, items);
        (base + p * 8, base + l * 8)
    })
}

/// A new list.
pub fn new(items: Vec<Value>) -> Value {
    new_of_type(rt().types.list, items)
}

/// A new list of type `ty` (list or a subclass).
pub fn new_of_type(ty: *mut crate::types::TypeObject, items: Vec<Value>) -> Value {
    // SAFETY: ListObj matches the list layout.
    unsafe {
        new_object(
            ty,
            ListObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                items: UnsafeCell::new(items),
            },
        )
    }
}

/// Is `v` a list (or subclass instance)?
#[inline(always)]
pub fn is_list(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::List }
}

/// Is `v` exactly a list?
#[inline(always)]
pub fn is_exact_list(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.list
}

/// The items, shared. Do not keep across Python calls.
#[inline(always)]
pub fn items(v: &Value) -> &[Value] {
    debug_assert!(is_list(v));
    // SAFETY: single-threaded; see the module invariant.
    unsafe { &*(*(v.as_ptr() as *const ListObj)).items.get() }
}

/// The items, mutable. Do not keep across Python calls.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn items_mut(v: &Value) -> &mut Vec<Value> {
    debug_assert!(is_list(v));
    // SAFETY: single-threaded; see the module invariant.
    unsafe { &mut *(*(v.as_ptr() as *const ListObj)).items.get() }
}

/// Length.
#[inline(always)]
pub fn len(v: &Value) -> usize {
    items(v).len()
}

/// Appends an item.
#[inline]
pub fn append(v: &Value, x: Value) {
    items_mut(v).push(x);
}

/// Visits the items (cycle collector).
///
/// # Safety
/// `p` is a live list.
pub unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a live list; the collector runs no Python code.
    for v in unsafe { (*(*(p as *const ListObj)).items.get()).iter() } {
        visit(v);
    }
}

/// Empties the list (cycle collector).
///
/// # Safety
/// `p` is a live list.
pub unsafe fn clear(p: *mut ObjHeader) {
    // SAFETY: the items are moved out before they are dropped.
    let old = unsafe { std::mem::take(&mut *(*(p as *const ListObj)).items.get()) };
    drop(old);
}
