//! The runtime entry points compiled code calls (`extern "C"`).
//!
//! Each helper performs one opcode's generic work with exactly the
//! interpreter's semantics (it calls the same functions). Conventions:
//! - Values travel as raw `u64` bits. "consumes" means the helper takes
//!   over the caller's reference; "borrows" means it does not.
//! - A helper returning a value returns owned bits, or `NULL_BITS` after
//!   storing the Python exception as pending ([`take_pending`]); a helper
//!   returning `i64` returns 0 (or a truth value) on success and -1 on
//!   error.
//! - No panic crosses into compiled code: every helper runs its body under
//!   `catch_unwind` and turns a panic into a pending SystemError.
//!
//! These live here rather than in the runtime crate because they need
//! the interpreter (calls, frames, imports); the runtime stays unaware of
//! the JIT.

use super::abi::{EntryResult, NULL_BITS};
use crate::bytecode::opcode::op;
use crate::interp::call;
use crate::interp::eval;
use crate::interp::frame::Frame;
use py2jit_runtime::attr_cache::AttrCache;
use py2jit_runtime::object::ObjHeader;
use py2jit_runtime::rt::rt;
use py2jit_runtime::types::UnOp;
use py2jit_runtime::value::Value;
use py2jit_runtime::{
    PyErr, PyResult, dict, err, file, func, iterobj, list, ops, range, set, slice, tuple,
};
use std::cell::RefCell;
use std::panic::AssertUnwindSafe;

thread_local! {
    // ManuallyDrop: no Value release during thread-local teardown.
    // the exception and whether it is a re-raise (no traceback entry for
    // the raising frame)
    static PENDING: std::mem::ManuallyDrop<RefCell<Option<(PyErr, bool)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// Stores the exception a helper raised.
fn set_pending(e: PyErr) {
    set_pending_as(e, false);
}

/// Stores the exception a helper raised; `reraise` for a re-raise
/// (`raise` with no arguments or with a traceback, END_FINALLY): the
/// frame adds no traceback entry.
fn set_pending_as(e: PyErr, reraise: bool) {
    PENDING.with(|p| *p.borrow_mut() = Some((e, reraise)));
}

/// Takes the exception the last failing helper raised and whether it is
/// a re-raise.
pub fn take_pending() -> (PyErr, bool) {
    PENDING.with(|p| p.borrow_mut().take()).unwrap_or_else(|| {
        (
            err::system_error("compiled code reported an error without an exception"),
            false,
        )
    })
}

/// Runs a helper body; a panic becomes a pending SystemError and `fail`.
#[inline(always)]
fn guard<R>(fail: R, f: impl FnOnce() -> R) -> R {
    match std::panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(_) => {
            set_pending(err::system_error(
                "internal error in py2jit's compiled code helpers",
            ));
            fail
        }
    }
}

/// Takes ownership of bits passed by compiled code.
#[inline(always)]
fn take(b: u64) -> Value {
    // SAFETY: by the calling convention the caller hands over a reference
    // (or non-pointer bits).
    unsafe { Value::from_raw(b) }
}

/// The first / second operand is borrowed (compiled code read it from a
/// local or a constant without taking a reference), so the helper takes
/// its own instead of consuming the caller's: flags in the code argument
/// of [`jit_binary`], [`jit_compare`] and [`jit_unary`], and in the
/// `lent` argument of the attribute and subscript helpers.
pub const LENT_A: u32 = 1 << 9;
/// See [`LENT_A`].
pub const LENT_B: u32 = 1 << 10;

/// An operand compiled code passes either with a reference (consumed) or
/// borrowed (`lent`: a new reference is taken), as an owned Value.
#[inline(always)]
fn operand(b: u64, lent: bool) -> Value {
    if lent { borrow(&b).clone() } else { take(b) }
}

/// Borrows bits compiled code keeps owning.
#[inline(always)]
fn borrow(b: &u64) -> &Value {
    // SAFETY: the caller keeps the value alive for the call.
    unsafe { Value::borrow_raw(b) }
}

#[inline(always)]
fn value_result(r: PyResult) -> u64 {
    match r {
        Ok(v) => v.into_raw(),
        Err(e) => {
            set_pending(e);
            NULL_BITS
        }
    }
}

#[inline(always)]
fn status_result(r: PyResult<()>) -> i64 {
    match r {
        Ok(()) => 0,
        Err(e) => {
            set_pending(e);
            -1
        }
    }
}

/// Takes `n` values moved out of frame memory at `p`.
///
/// # Safety
/// `p` points to `n` owned values that the caller gives up.
unsafe fn take_slice(p: *const u64, n: usize) -> Vec<Value> {
    // SAFETY: forwarded contract.
    (0..n).map(|i| take(unsafe { *p.add(i) })).collect()
}

/// After a call: releases whatever is left of the `n` values at `p` (the
/// callable or receiver, then the arguments), the last argument first, as
/// CPython pops its stack; the slots become NULL.
///
/// # Safety
/// Each of the `n` slots holds an owned value or NULL (moved out).
unsafe fn release_call_slots(p: *mut Value, n: usize) {
    for i in (0..n).rev() {
        // SAFETY: forwarded contract.
        drop(unsafe { std::ptr::replace(p.add(i), Value::NULL) });
    }
}

/// The frame compiled code runs.
///
/// # Safety
/// `f` is the live frame of the calling compiled code.
#[inline(always)]
unsafe fn frame<'a>(f: *mut Frame) -> &'a mut Frame {
    // SAFETY: forwarded contract.
    unsafe { &mut *f }
}

/// Releases an object whose count reached zero.
///
/// # Safety
/// `p` is an object whose last reference compiled code just dropped.
pub unsafe extern "C" fn jit_dealloc(p: *mut ObjHeader) {
    guard((), || {
        // SAFETY: forwarded contract; the count was decremented to zero.
        unsafe { py2jit_runtime::object::decref_slow(p) }
    })
}

/// A float result (boxes NaNs, see `Value::float`).
pub extern "C" fn jit_box_float(f: f64) -> u64 {
    guard(NULL_BITS, || Value::float(f).into_raw())
}

/// BINARY_* / INPLACE_*: `code` is the opcode, plus 256 under
/// `from __future__ import division`, plus the [`LENT_A`]/[`LENT_B`]
/// flags. Consumes the operands not lent. `store` is
/// the address of the local the next instruction (STORE_FAST) assigns the
/// result to, or 0: an operand referenced only by the helper and that
/// local is as good as unreferenced, so long arithmetic may reuse it
/// (`long::binop_in_place`).
pub extern "C" fn jit_binary(code: u32, a: u64, b: u64, store: u64) -> u64 {
    guard(NULL_BITS, || {
        let (a, b) = (
            operand(a, code & LENT_A != 0),
            operand(b, code & LENT_B != 0),
        );
        let (bop, inplace) = eval::binop_for(code as u8, code & 256 != 0).expect("binary opcode");
        let unseen = |v: &Value| {
            // SAFETY: `v` is a live pointer Value (only such values are
            // asked about); `store`, when not 0, is a local slot of the
            // running frame.
            unsafe {
                let n = (*v.as_ptr()).refcnt;
                n == 1 || (n == 2 && store != 0 && *(store as *const u64) == v.bits())
            }
        };
        let (a, b) = match py2jit_runtime::long::binop_in_place(bop, a, b, unseen) {
            Ok(r) => return r.into_raw(),
            Err(ab) => ab,
        };
        value_result(if inplace {
            ops::inplace(&a, &b, bop)
        } else {
            ops::binary(&a, &b, bop)
        })
    })
}

/// `len(v)` for a call site that found the builtin `len` (compiled code
/// handles lists and tuples itself). Borrows `v`.
pub extern "C" fn jit_len(v: u64) -> u64 {
    guard(NULL_BITS, || {
        value_result(ops::len(borrow(&v)).map(|n| py2jit_runtime::int::new(n as i64)))
    })
}

/// UNARY_* (not UNARY_NOT), plus [`LENT_A`] when the operand is lent.
/// Consumes the operand unless lent.
pub extern "C" fn jit_unary(opcode: u32, a: u64) -> u64 {
    guard(NULL_BITS, || {
        let a = operand(a, opcode & LENT_A != 0);
        value_result(match opcode as u8 {
            op::UNARY_POSITIVE => ops::unary(&a, UnOp::Pos),
            op::UNARY_NEGATIVE => ops::unary(&a, UnOp::Neg),
            op::UNARY_INVERT => ops::unary(&a, UnOp::Invert),
            _ => ops::repr(&a),
        })
    })
}

/// COMPARE_OP: `arg` is the comparison plus the [`LENT_A`]/[`LENT_B`]
/// flags. Consumes the operands not lent.
pub extern "C" fn jit_compare(arg: u32, a: u64, b: u64) -> u64 {
    guard(NULL_BITS, || {
        let (a, b) = (operand(a, arg & LENT_A != 0), operand(b, arg & LENT_B != 0));
        value_result(eval::compare(&a, &b, arg & 0xff))
    })
}

/// COMPARE_OP fused with the POP_JUMP_IF after it, when no inline path
/// applies: the truth of the comparison, 1 or 0, or -1 on error. `arg`
/// as for [`jit_compare`]; consumes the operands not lent.
pub extern "C" fn jit_compare_truth(arg: u32, a: u64, b: u64) -> i64 {
    guard(-1, || {
        let (a, b) = (operand(a, arg & LENT_A != 0), operand(b, arg & LENT_B != 0));
        match eval::compare(&a, &b, arg & 0xff).and_then(|r| ops::truthy(&r)) {
            Ok(t) => t as i64,
            Err(e) => {
                set_pending(e);
                -1
            }
        }
    })
}

/// RAISE_VARARGS with `n` arguments (the missing ones None; all
/// consumed): makes the exception pending, as a re-raise for a bare
/// `raise` (the exception being handled) and for one with a traceback.
/// Returns -1.
pub extern "C" fn jit_raise(ty: u64, val: u64, tb: u64, n: u32) -> i64 {
    guard(-1, || {
        let (ty, val, tb) = (take(ty), take(val), take(tb));
        let (e, reraise) = if n == 0 {
            match eval::current_exception() {
                Ok(e) => (e, true),
                Err(e) => (e, false),
            }
        } else {
            eval::raise_error(ty, val, tb)
        };
        set_pending_as(e, reraise);
        -1
    })
}

/// END_FINALLY popping an exception (`t`, `y`, `x`: type, value and
/// traceback, consumed) to re-raise, or anything else its interpreter
/// counterpart rejects (a SystemError). `t` is neither None nor an int
/// (compiled code handles those). Returns -1.
pub extern "C" fn jit_end_finally_raise(t: u64, y: u64, x: u64) -> i64 {
    guard(-1, || {
        let (t, y, x) = (take(t), take(y), take(x));
        if py2jit_runtime::raise::is_exception_class(&t) || py2jit_runtime::str::is_str(&t) {
            set_pending_as(PyErr::from_parts(t, y, x), true);
        } else {
            set_pending(err::system_error("'finally' pops bad exception"));
        }
        -1
    })
}

/// Enters the handler for the pending exception in frame `f`, whose
/// stack and block stack compiled code has written back (`f.lasti` is
/// the raising instruction): records the traceback entry (not for a
/// re-raise), unwinds to the innermost `except` or `finally` block and
/// pushes the exception as the interpreter does. Returns the handler's
/// pc; or -1 with the exception pending again (as a re-raise: its entry
/// is recorded) when the frame has no handler.
///
/// # Safety
/// `f` is the caller's frame, written back.
pub unsafe extern "C" fn jit_catch(f: *mut Frame) -> i32 {
    guard(-1, || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let (mut e, reraise) = take_pending();
        if !reraise {
            eval::add_traceback(f, &mut e);
        }
        match eval::catch_in_frame(f, e) {
            Ok(()) => {
                super::stats::count_caught();
                f.pc as i32
            }
            Err(e) => {
                set_pending_as(e, true);
                -1
            }
        }
    })
}

/// Truth value; consumes the operand. 1, 0, or -1 on error.
pub extern "C" fn jit_truthy(v: u64) -> i64 {
    guard(-1, || {
        let v = take(v);
        match ops::truthy(&v) {
            Ok(t) => t as i64,
            Err(e) => {
                set_pending(e);
                -1
            }
        }
    })
}

/// Truth value; borrows the operand.
pub extern "C" fn jit_truthy_keep(v: u64) -> i64 {
    guard(-1, || match ops::truthy(borrow(&v)) {
        Ok(t) => t as i64,
        Err(e) => {
            set_pending(e);
            -1
        }
    })
}

/// LOAD_GLOBAL (the slow path of its inline cache: fills the cache).
///
/// # Safety
/// `f` is the caller's frame; `name` is a str the code object keeps
/// alive; `cache` is the instruction's cache.
pub unsafe extern "C" fn jit_load_global(
    f: *mut Frame,
    name: u64,
    cache: *const crate::interp::code_info::GlobalCache,
) -> u64 {
    guard(NULL_BITS, || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let name = borrow(&name);
        // SAFETY: the cache belongs to the code's CodeInfo, alive with it.
        let cache = unsafe { &*cache };
        value_result(match eval::load_global_cached(f, name, cache) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(eval::name_error(name, true)),
            Err(e) => Err(e),
        })
    })
}

/// STORE_GLOBAL; consumes `v`.
///
/// # Safety
/// As [`jit_load_global`].
pub unsafe extern "C" fn jit_store_global(f: *mut Frame, name: u64, v: u64) -> i64 {
    guard(-1, || {
        let v = take(v);
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        status_result(dict::set(&f.globals, borrow(&name).clone(), v))
    })
}

/// DELETE_GLOBAL.
///
/// # Safety
/// As [`jit_load_global`].
pub unsafe extern "C" fn jit_delete_global(f: *mut Frame, name: u64) -> i64 {
    guard(-1, || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let name = borrow(&name);
        status_result(match dict::pop(&f.globals, name) {
            Ok(Some(_)) => Ok(()),
            Ok(None) => Err(eval::name_error(name, true)),
            Err(e) => Err(e),
        })
    })
}

/// LOAD_NAME.
///
/// # Safety
/// As [`jit_load_global`].
pub unsafe extern "C" fn jit_load_name(f: *mut Frame, name: u64) -> u64 {
    guard(NULL_BITS, || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let name = borrow(&name);
        value_result((|| {
            if f.locals.is_null() {
                return Err(err::system_error(format!(
                    "no locals when loading {}",
                    py2jit_runtime::str::as_str_lossy(name)
                )));
            }
            if let Some(v) = eval::mapping_get(&f.locals, name)? {
                return Ok(v);
            }
            match eval::load_global(f, name)? {
                Some(v) => Ok(v),
                None => Err(eval::name_error(name, false)),
            }
        })())
    })
}

/// STORE_NAME; consumes `v`.
///
/// # Safety
/// As [`jit_load_global`].
pub unsafe extern "C" fn jit_store_name(f: *mut Frame, name: u64, v: u64) -> i64 {
    guard(-1, || {
        let v = take(v);
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let name = borrow(&name);
        status_result(if f.locals.is_null() {
            Err(err::system_error("no locals found when storing"))
        } else if dict::is_exact_dict(&f.locals) {
            dict::set(&f.locals, name.clone(), v)
        } else {
            ops::setitem(&f.locals, name, v)
        })
    })
}

/// DELETE_NAME.
///
/// # Safety
/// As [`jit_load_global`].
pub unsafe extern "C" fn jit_delete_name(f: *mut Frame, name: u64) -> i64 {
    guard(-1, || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let name = borrow(&name);
        status_result(if f.locals.is_null() {
            Err(err::system_error("no locals when deleting"))
        } else {
            match ops::delitem(&f.locals, name) {
                Err(e) if e.matches(rt().exc.key_error) => Err(eval::name_error(name, false)),
                r => r,
            }
        })
    })
}

/// LOAD_ATTR through the site's cache (which it may fill); consumes `obj`
/// unless `lent` has [`LENT_A`].
///
/// # Safety
/// `cache` is the instruction's cache, owned by the code's CodeInfo.
pub unsafe extern "C" fn jit_load_attr(
    obj: u64,
    name: u64,
    cache: *const AttrCache,
    lent: u32,
) -> u64 {
    guard(NULL_BITS, || {
        let obj = operand(obj, lent & LENT_A != 0);
        // SAFETY: forwarded contract.
        let cache = unsafe { &*cache };
        value_result(cache.load(&obj, borrow(&name)))
    })
}

/// STORE_ATTR through the site's cache; consumes `v`, and `obj` unless
/// `lent` has [`LENT_A`].
///
/// # Safety
/// As [`jit_load_attr`].
pub unsafe extern "C" fn jit_store_attr(
    obj: u64,
    name: u64,
    v: u64,
    cache: *const AttrCache,
    lent: u32,
) -> i64 {
    guard(-1, || {
        let (obj, v) = (operand(obj, lent & LENT_A != 0), take(v));
        // SAFETY: forwarded contract.
        let cache = unsafe { &*cache };
        status_result(cache.store(&obj, borrow(&name), v))
    })
}

/// DELETE_ATTR; consumes `obj`.
pub extern "C" fn jit_delete_attr(obj: u64, name: u64) -> i64 {
    guard(-1, || {
        let obj = take(obj);
        status_result(ops::setattr(&obj, borrow(&name), None))
    })
}

/// BINARY_SUBSCR; consumes both, except those `lent` marks borrowed
/// ([`LENT_A`]: `o`, [`LENT_B`]: `k`).
pub extern "C" fn jit_getitem(o: u64, k: u64, lent: u32) -> u64 {
    guard(NULL_BITS, || {
        let (o, k) = (
            operand(o, lent & LENT_A != 0),
            operand(k, lent & LENT_B != 0),
        );
        if dict::is_exact_dict(&o)
            && let Some(Some(v)) = dict::get_simple(&o, &k)
        {
            return v.clone().into_raw();
        }
        value_result(ops::getitem(&o, &k))
    })
}

/// STORE_SUBSCR (`o[k] = v`); consumes all three, except `o` and `k`
/// when `lent` marks them borrowed (as for [`jit_getitem`]).
pub extern "C" fn jit_setitem(o: u64, k: u64, v: u64, lent: u32) -> i64 {
    guard(-1, || {
        let (o, k, v) = (
            operand(o, lent & LENT_A != 0),
            operand(k, lent & LENT_B != 0),
            take(v),
        );
        status_result(if dict::is_exact_dict(&o) {
            match dict::replace_simple(&o, &k, v) {
                Ok(old) => {
                    drop(old);
                    Ok(())
                }
                Err(v) => dict::set(&o, k, v),
            }
        } else {
            ops::setitem(&o, &k, v)
        })
    })
}

/// DELETE_SUBSCR; consumes both.
pub extern "C" fn jit_delitem(o: u64, k: u64) -> i64 {
    guard(-1, || {
        let (o, k) = (take(o), take(k));
        status_result(ops::delitem(&o, &k))
    })
}

/// SLICE+n: `u[v:w]` (v, w NULL when absent); consumes all.
pub extern "C" fn jit_slice(u: u64, v: u64, w: u64) -> u64 {
    guard(NULL_BITS, || {
        let (u, v, w) = (take(u), take(v), take(w));
        value_result(slice::apply(&u, &v, &w))
    })
}

/// STORE_SLICE+n (`u[v:w] = x`) and DELETE_SLICE+n (x NULL); consumes all.
pub extern "C" fn jit_assign_slice(u: u64, v: u64, w: u64, x: u64) -> i64 {
    guard(-1, || {
        let (u, v, w, x) = (take(u), take(v), take(w), take(x));
        let x = if x.is_null() { None } else { Some(x) };
        status_result(slice::assign(&u, &v, &w, x))
    })
}

/// BUILD_SLICE; consumes all (w is None for two arguments).
pub extern "C" fn jit_build_slice(u: u64, v: u64, w: u64) -> u64 {
    guard(NULL_BITS, || {
        slice::new(take(u), take(v), take(w)).into_raw()
    })
}

/// BUILD_TUPLE: moves `n` values from `p`.
///
/// # Safety
/// `p` holds `n` owned values the caller gives up.
pub unsafe extern "C" fn jit_build_tuple(p: *const u64, n: u64) -> u64 {
    guard(NULL_BITS, || {
        // SAFETY: forwarded contract (Values are their bits).
        unsafe { tuple::take_from(p as *const Value, n as usize) }.into_raw()
    })
}

/// BUILD_LIST: moves `n` values from `p`.
///
/// # Safety
/// As [`jit_build_tuple`].
pub unsafe extern "C" fn jit_build_list(p: *const u64, n: u64) -> u64 {
    guard(NULL_BITS, || {
        // SAFETY: forwarded contract.
        list::new(unsafe { take_slice(p, n as usize) }).into_raw()
    })
}

/// BUILD_SET: moves `n` values from `p`.
///
/// # Safety
/// As [`jit_build_tuple`].
pub unsafe extern "C" fn jit_build_set(p: *const u64, n: u64) -> u64 {
    guard(NULL_BITS, || {
        // SAFETY: forwarded contract.
        let items = unsafe { take_slice(p, n as usize) };
        let s = set::new();
        for x in items {
            if let Err(e) = set::add(&s, x) {
                set_pending(e);
                return NULL_BITS;
            }
        }
        s.into_raw()
    })
}

/// BUILD_MAP.
pub extern "C" fn jit_build_map(n: u64) -> u64 {
    guard(NULL_BITS, || dict::new_presized(n as usize).into_raw())
}

/// STORE_MAP / MAP_ADD: `d[k] = v`; borrows `d`, consumes `k` and `v`.
pub extern "C" fn jit_dict_set(d: u64, k: u64, v: u64) -> i64 {
    guard(-1, || {
        let (k, v) = (take(k), take(v));
        status_result(dict::set(borrow(&d), k, v))
    })
}

/// LIST_APPEND; borrows the list, consumes `v`.
pub extern "C" fn jit_list_append(l: u64, v: u64) -> i64 {
    guard(-1, || {
        let v = take(v);
        let l = borrow(&l);
        if !list::is_list(l) {
            set_pending(err::system_error("LIST_APPEND on a non-list"));
            return -1;
        }
        list::append(l, v);
        0
    })
}

/// SET_ADD; borrows the set, consumes `v`.
pub extern "C" fn jit_set_add(s: u64, v: u64) -> i64 {
    guard(-1, || {
        let v = take(v);
        status_result(set::add(borrow(&s), v))
    })
}

/// UNPACK_SEQUENCE: consumes `v`; writes the `n` items to `out` in stack
/// order (`out[n - 1]` is the first item).
///
/// # Safety
/// `out` has room for `n` values (their previous contents are stale).
pub unsafe extern "C" fn jit_unpack(v: u64, out: *mut u64, n: u64) -> i64 {
    guard(-1, || {
        let v = take(v);
        match eval::unpack(&v, n as usize) {
            Ok(items) => {
                for (i, x) in items.into_iter().rev().enumerate() {
                    // SAFETY: forwarded contract.
                    unsafe { *out.add(i) = x.into_raw() };
                }
                0
            }
            Err(e) => {
                set_pending(e);
                -1
            }
        }
    })
}

/// GET_ITER; consumes `v`.
pub extern "C" fn jit_get_iter(v: u64) -> u64 {
    guard(NULL_BITS, || {
        let v = take(v);
        value_result(ops::iter(&v))
    })
}

/// `iter(range(...))` of `n` small-int arguments (decoded), for a call of
/// the builtin `range` whose result only GET_ITER sees.
pub extern "C" fn jit_range_iter(n: u32, a: i64, b: i64, c: i64) -> u64 {
    guard(NULL_BITS, || {
        value_result(py2jit_runtime::range::range_iter(n as usize, a, b, c))
    })
}

/// FOR_ITER; borrows the iterator. Status 0: `value` is the next item;
/// 1: exhausted; 2: error (pending).
pub extern "C" fn jit_for_iter(it: u64) -> EntryResult {
    let fail = EntryResult {
        status: 2,
        value: NULL_BITS,
    };
    guard(fail, || {
        let it = borrow(&it);
        let t = py2jit_runtime::object::type_of(it);
        let types = &rt().types;
        let next = if t == types.xrange_iter {
            range::iter_next(it)
        } else if t == types.list_iter {
            iterobj::list_iter_next(it)
        } else {
            ops::next(it)
        };
        match next {
            Ok(Some(v)) => EntryResult {
                status: 0,
                value: v.into_raw(),
            },
            Ok(None) => EntryResult {
                status: 1,
                value: NULL_BITS,
            },
            Err(e) => {
                set_pending(e);
                fail
            }
        }
    })
}

/// CALL_FUNCTION: the callable at `slot[0]`, then its arguments; consumes
/// all of them.
///
/// # Safety
/// `slot` points into the caller's frame stack memory holding
/// `1 + na + 2 * nk` owned values.
pub unsafe extern "C" fn jit_call(slot: *mut u64, arg: u32) -> u64 {
    guard(NULL_BITS, || {
        let na = (arg & 0xff) as usize;
        let nk = ((arg >> 8) & 0xff) as usize;
        let n = 1 + na + 2 * nk;
        let p = slot as *mut Value;
        let r = if nk == 0 {
            // SAFETY: forwarded contract: callable then na arguments;
            // compiled plain callees first, then every other callable.
            unsafe {
                match call::call_compiled_from_stack(p, na) {
                    Some(r) => r,
                    None => call::call_from_stack(p, na),
                }
            }
        } else {
            // SAFETY: forwarded contract.
            unsafe {
                let f = &*p;
                let args = std::slice::from_raw_parts(p.add(1), na);
                let kw = std::slice::from_raw_parts(p.add(1 + na), 2 * nk);
                ops::call(f, args, kw)
            }
        };
        // SAFETY: forwarded contract: the callable and its arguments.
        unsafe { release_call_slots(p, n) };
        value_result(r)
    })
}

/// A method call whose method was loaded unbound: `func` (consumed) is
/// called with the receiver at `slot[0]` and `na` arguments after it, all
/// consumed.
///
/// # Safety
/// As [`jit_call`], with the receiver in the callable's place.
pub unsafe extern "C" fn jit_call_method(func: u64, slot: *mut u64, arg: u32) -> u64 {
    guard(NULL_BITS, || {
        let func = take(func);
        let na = (arg & 0xff) as usize;
        let p = slot as *mut Value;
        // SAFETY: forwarded contract: receiver then na arguments.
        let r = unsafe { call::call_function_at(func, p, na + 1) };
        // SAFETY: forwarded contract: the receiver and its arguments.
        unsafe { release_call_slots(p, na + 1) };
        value_result(r)
    })
}

/// The bound method `func` gets for `recv` (both consumed): an unbound
/// method load materialized at an exit.
pub extern "C" fn jit_make_method(func: u64, recv: u64) -> u64 {
    guard(NULL_BITS, || {
        let (f, r) = (take(func), take(recv));
        // a function gives a bound method, a method descriptor its bound
        // builtin method
        value_result(ops::bind(&f, &r))
    })
}

/// CALL_FUNCTION_VAR/KW/VAR_KW: callable, positional arguments, keyword
/// pairs, then `*args` and/or `**kwargs`, all at `slot`; consumes them.
///
/// # Safety
/// As [`jit_call`], with the extra values after the keyword pairs.
pub unsafe extern "C" fn jit_call_ext(slot: *mut u64, arg: u32, opcode: u32) -> u64 {
    guard(NULL_BITS, || {
        let na = (arg & 0xff) as usize;
        let nk = ((arg >> 8) & 0xff) as usize;
        let opcode = opcode as u8;
        let has_var = opcode != op::CALL_FUNCTION_KW;
        let has_kw = opcode != op::CALL_FUNCTION_VAR;
        let n = 1 + na + 2 * nk + has_var as usize + has_kw as usize;
        // SAFETY: forwarded contract.
        let mut all = unsafe { take_slice(slot, n) }.into_iter();
        let funcv = all.next().unwrap();
        let pos: Vec<Value> = all.by_ref().take(na).collect();
        let kw: Vec<Value> = all.by_ref().take(2 * nk).collect();
        let varargs = if has_var {
            all.next().unwrap()
        } else {
            Value::NULL
        };
        let kwargs = if has_kw {
            all.next().unwrap()
        } else {
            Value::NULL
        };
        value_result(call::call_ext(&funcv, pos, kw, varargs, kwargs))
    })
}

/// MAKE_FUNCTION / MAKE_CLOSURE: at `slot`, `n` defaults, then (for a
/// closure) the cell tuple, then the code; consumes them.
///
/// # Safety
/// `f` is the caller's frame; `slot` holds the values as described.
pub unsafe extern "C" fn jit_make_function(
    f: *mut Frame,
    slot: *mut u64,
    n: u64,
    closure: u32,
) -> u64 {
    guard(NULL_BITS, || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let n = n as usize;
        let total = n + closure as usize + 1;
        // SAFETY: forwarded contract.
        let mut all = unsafe { take_slice(slot, total) };
        let code = all.pop().unwrap();
        let cells = if closure != 0 {
            all.pop().unwrap()
        } else {
            Value::NONE
        };
        let defaults = if n > 0 { tuple::new(all) } else { Value::NONE };
        if !func::is_code(&code) {
            set_pending(err::system_error("MAKE_FUNCTION expects a code object"));
            return NULL_BITS;
        }
        func::new_function(code, f.globals.clone(), defaults, cells).into_raw()
    })
}

/// LOAD_DEREF of cell/free variable `i`.
///
/// # Safety
/// `f` is the caller's frame; `i` is a verified cell/free index.
pub unsafe extern "C" fn jit_load_deref(f: *mut Frame, i: u64) -> u64 {
    guard(NULL_BITS, || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        let info = f.info();
        let i = i as usize;
        let v = func::cell_get(f.slot(info.nlocals + i));
        if !v.is_null() {
            return v.into_raw();
        }
        let name = &info.deref_names[i];
        set_pending(if i < info.ncells {
            eval::unbound_local(name)
        } else {
            err::name_error(format!(
                "free variable '{}' referenced before assignment in enclosing scope",
                py2jit_runtime::str::as_str_lossy(name)
            ))
        });
        NULL_BITS
    })
}

/// The UnboundLocalError of LOAD_FAST/DELETE_FAST of local `i`.
///
/// # Safety
/// As [`jit_load_deref`], with a local index.
pub unsafe extern "C" fn jit_unbound_local(f: *mut Frame, i: u64) {
    guard((), || {
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        set_pending(eval::unbound_local(&f.info().varnames[i as usize]));
    })
}

/// PRINT_ITEM / PRINT_ITEM_TO (stream NULL: sys.stdout); consumes both.
pub extern "C" fn jit_print_item(stream: u64, v: u64) -> i64 {
    guard(-1, || {
        let (stream, v) = (take(stream), take(v));
        status_result(file::print_item(&stream, &v))
    })
}

/// PRINT_NEWLINE / PRINT_NEWLINE_TO; consumes the stream.
pub extern "C" fn jit_print_newline(stream: u64) -> i64 {
    guard(-1, || {
        let stream = take(stream);
        status_result(file::print_newline(&stream))
    })
}

/// IMPORT_NAME; consumes `fromlist` and `level`.
///
/// # Safety
/// As [`jit_load_global`].
pub unsafe extern "C" fn jit_import_name(
    f: *mut Frame,
    name: u64,
    fromlist: u64,
    level: u64,
) -> u64 {
    guard(NULL_BITS, || {
        let (fromlist, level) = (take(fromlist), take(level));
        // SAFETY: forwarded contract.
        let f = unsafe { frame(f) };
        value_result(crate::interp::import::import_name(
            f,
            borrow(&name),
            &fromlist,
            &level,
        ))
    })
}

/// IMPORT_FROM; borrows the module.
pub extern "C" fn jit_import_from(m: u64, name: u64) -> u64 {
    guard(NULL_BITS, || {
        let name = borrow(&name);
        value_result(match ops::getattr(borrow(&m), name) {
            Err(e) if e.matches(rt().exc.attribute_error) => Err(err::import_error(format!(
                "cannot import name {}",
                py2jit_runtime::str::as_str_lossy(name)
            ))),
            r => r,
        })
    })
}

/// Every helper with the name compiled code imports it by.
pub fn symbols() -> Vec<(&'static str, *const u8)> {
    macro_rules! s {
        ($($f:ident),* $(,)?) => { vec![$((stringify!($f), $f as *const u8)),*] };
    }
    s![
        jit_dealloc,
        jit_box_float,
        jit_binary,
        jit_unary,
        jit_len,
        jit_compare,
        jit_compare_truth,
        jit_raise,
        jit_end_finally_raise,
        jit_catch,
        jit_truthy,
        jit_truthy_keep,
        jit_load_global,
        jit_store_global,
        jit_delete_global,
        jit_load_name,
        jit_store_name,
        jit_delete_name,
        jit_load_attr,
        jit_store_attr,
        jit_delete_attr,
        jit_getitem,
        jit_setitem,
        jit_delitem,
        jit_slice,
        jit_assign_slice,
        jit_build_slice,
        jit_build_tuple,
        jit_build_list,
        jit_build_set,
        jit_build_map,
        jit_dict_set,
        jit_list_append,
        jit_set_add,
        jit_unpack,
        jit_get_iter,
        jit_range_iter,
        jit_for_iter,
        jit_call,
        jit_call_ext,
        jit_call_method,
        jit_make_method,
        jit_make_function,
        jit_load_deref,
        jit_unbound_local,
        jit_print_item,
        jit_print_newline,
        jit_import_name,
        jit_import_from,
    ]
}
