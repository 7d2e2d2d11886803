//! Recursion guard for `repr` of containers (CPython's `Py_ReprEnter`):
//! a list that contains itself prints as `[[...]]`.

use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static ACTIVE: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Marks `v` as being printed; false if it already is (a cycle).
pub fn enter(v: &Value) -> bool {
    ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if a.contains(&v.bits()) {
            false
        } else {
            a.push(v.bits());
            true
        }
    })
}

/// Ends printing `v`.
pub fn leave(v: &Value) {
    ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(i) = a.iter().rposition(|x| *x == v.bits()) {
            a.remove(i);
        }
    });
}
