//! `xrange` objects, their iterator, and `range()` (which builds a list).
//!
//! An xrange stores start, step and length (CPython's rangeobject.c); its
//! iterator counts without allocating anything but the yielded ints.
//! Freed iterators (up to [`FREE_MAX_ITERS`]) are kept and reused by the
//! next one, so a `for i in range(n)` in a function called often costs no
//! allocation: a kept iterator has a zero count and nothing but this
//! module refers to it.

use crate::long::BigInt;
use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::value::Value;
use crate::{PyResult, args, err, int, list, ops, str as pstr};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::{Cell, RefCell};

/// Most freed range iterators kept for reuse.
const FREE_MAX_ITERS: usize = 64;

thread_local! {
    /// Freed range iterators kept for reuse (see the module docs).
    static FREE_ITERS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// An xrange.
#[repr(C)]
pub struct XRangeObj {
    /// Header.
    pub ob: ObjHeader,
    /// First value.
    pub start: i64,
    /// Step.
    pub step: i64,
    /// Number of values.
    pub len: i64,
}

/// An xrange iterator.
#[repr(C)]
pub struct RangeIterObj {
    /// Header.
    pub ob: ObjHeader,
    /// Next value.
    pub next: Cell<i64>,
    /// Step.
    pub step: i64,
    /// Values left.
    pub left: Cell<i64>,
}

/// Is `v` an xrange?
#[inline]
pub fn is_xrange(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.xrange
}

/// The xrange payload.
pub fn obj(v: &Value) -> &XRangeObj {
    // SAFETY: callers pass xranges.
    unsafe { &*(v.as_ptr() as *const XRangeObj) }
}

/// Number of values of range(lo, hi, step) (CPython's `get_len_of_range`).
pub fn range_len(lo: i64, hi: i64, step: i64) -> u64 {
    // hi - lo of two i64s always fits a u64 (wrapping gives it exactly)
    if step > 0 && lo < hi {
        let span = hi.wrapping_sub(lo) as u64;
        if step == 1 {
            span
        } else {
            (span - 1) / step as u64 + 1
        }
    } else if step < 0 && lo > hi {
        (lo.wrapping_sub(hi) as u64 - 1) / step.unsigned_abs() + 1
    } else {
        0
    }
}

/// `get_range_long_argument`: an int or long as it is, or what `__int__`
/// makes of another number; floats and non-numbers are refused.
fn range_long_argument(v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = crate::long::to_big(v) {
        return Ok(b);
    }
    let t = crate::types::type_ref(v);
    let has_int = !crate::float::is_float(v)
        && (crate::classic::is_instance(v)
            || (t.is_heap() && crate::types::lookup_str(type_of(v), "__int__").is_some())
            || (!t.is_heap()
                && t.slots.unop.is_some()
                && (t.slots.unop_mask == 0
                    || t.slots.unop_mask & crate::types::UnOp::Int.bit() != 0)));
    if !has_int {
        return Err(err::type_error(format!(
            "range() integer {} argument expected, got {}.",
            what,
            t.name_str()
        )));
    }
    let r = ops::unary(v, crate::types::UnOp::Int)?;
    crate::long::to_big(&r).ok_or_else(|| err::type_error("__int__ should return int object"))
}

/// `handle_range_longs`: range() over arbitrary integers.
fn range_longs(a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("range", a, kw, 1, 3)?;
    let (lo, hi) = if a.len() == 1 {
        (BigInt::zero(), range_long_argument(&a[0], "end")?)
    } else {
        let hi = range_long_argument(&a[1], "end")?;
        (range_long_argument(&a[0], "start")?, hi)
    };
    let step = match a.get(2) {
        Some(s) => range_long_argument(s, "step")?,
        None => BigInt::from(1),
    };
    if step.is_zero() {
        return Err(err::value_error("range() step argument must not be zero"));
    }
    let n = if step.is_positive() && lo < hi {
        (&hi - &lo - 1u32) / &step + 1u32
    } else if step.is_negative() && lo > hi {
        (&lo - &hi - 1u32) / (-&step) + 1u32
    } else {
        BigInt::zero()
    };
    let n = n
        .to_i64()
        .ok_or_else(|| err::overflow_error("range() result has too many items"))?;
    check_list_len(n as u64)?;
    let mut out = Vec::with_capacity(n as usize);
    // the items are the arguments' own kinds: ints stay ints until the
    // sum needs a long
    let mut cur = if a.len() == 1 {
        Value::small_int(0)
    } else {
        crate::long::to_big(&a[0])
            .map(|_| a[0].clone())
            .unwrap_or_else(|| int::from_bigint(&lo))
    };
    let step_v = match a.get(2) {
        Some(s) if crate::long::to_big(s).is_some() => s.clone(),
        _ => int::from_bigint(&step),
    };
    for k in 0..n {
        out.push(cur.clone());
        if k + 1 < n {
            cur = ops::add(&cur, &step_v)?;
        }
    }
    Ok(list::new(out))
}

/// `range(...)`: a list (`builtin_range`): C longs when every argument
/// converts, else the arbitrary-precision path.
pub fn range(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("range", kw)?;
    if a.is_empty() || a.len() > 3 {
        return range_longs(a, kw);
    }
    let mut v = [0i64, 0, 1];
    for (i, x) in a.iter().enumerate() {
        match args::c_long(x) {
            Ok(n) => v[i] = n,
            Err(_) => return range_longs(a, kw),
        }
    }
    let (lo, hi, step) = if a.len() == 1 {
        (0, v[0], 1)
    } else {
        (v[0], v[1], v[2])
    };
    if step == 0 {
        return Err(err::value_error("range() step argument must not be zero"));
    }
    let n = range_len(lo, hi, step);
    check_list_len(n)?;
    let mut out = Vec::with_capacity(n as usize);
    let mut x = lo;
    for _ in 0..n {
        out.push(int::new(x));
        x = x.wrapping_add(step);
    }
    Ok(list::new(out))
}

/// `iter(range(...))` for `n` (1 to 3) C-long arguments `a`, `b`, `c`,
/// without building the list: an iterator over the same values, with the
/// errors `range` raises for them.
pub fn range_iter(n: usize, a: i64, b: i64, c: i64) -> PyResult {
    let (lo, hi, step) = match n {
        1 => (0, a, 1),
        2 => (a, b, 1),
        _ => (a, b, c),
    };
    if step == 0 {
        return Err(err::value_error("range() step argument must not be zero"));
    }
    let len = range_len(lo, hi, step);
    check_list_len(len)?;
    Ok(new_iter(lo, step, len as i64))
}

/// Refuses a range list of `n` items as CPython does: a length beyond a C
/// long overflows, and a list whose memory no machine has fails to
/// allocate (MemoryError; this limit, 2**40 items, stands in for the
/// allocation failure).
fn check_list_len(n: u64) -> PyResult<()> {
    if n > i64::MAX as u64 {
        return Err(err::overflow_error("range() result has too many items"));
    }
    if n > (1 << 40) {
        return Err(err::memory_error(""));
    }
    Ok(())
}

fn xrange_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(err::type_error("xrange() does not take keyword arguments"));
    }
    if a.is_empty() || a.len() > 3 {
        return Err(err::type_error("xrange() requires 1-3 int arguments"));
    }
    // the 'l' conversions of PyArg_ParseTuple, in argument order
    let mut v = [0i64, 0, 1];
    for (i, x) in a.iter().enumerate() {
        v[i] = args::c_long(x)?;
    }
    let (lo, hi, step) = if a.len() == 1 {
        (0, v[0], 1)
    } else {
        (v[0], v[1], v[2])
    };
    if step == 0 {
        return Err(err::value_error("xrange() arg 3 must not be zero"));
    }
    let n = range_len(lo, hi, step);
    if n > i64::MAX as u64 {
        return Err(err::overflow_error("xrange() result has too many items"));
    }
    Ok(new(lo, step, n as i64))
}

/// `get_stop_for_range`: a stop value that rebuilds the xrange,
/// `start + len * step` clipped to the i64 range.
fn stop_of(o: &XRangeObj) -> i64 {
    if o.len == 0 {
        return o.start;
    }
    let last = o.start.wrapping_add((o.len - 1).wrapping_mul(o.step));
    last.checked_add(o.step)
        .unwrap_or(if o.step > 0 { i64::MAX } else { i64::MIN })
}

/// A new xrange.
pub fn new(start: i64, step: i64, len: i64) -> Value {
    // SAFETY: XRangeObj is the xrange layout.
    unsafe {
        new_object(
            rt().types.xrange,
            XRangeObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                start,
                step,
                len,
            },
        )
    }
}

fn xrange_len(v: &Value) -> PyResult<usize> {
    Ok(obj(v).len as usize)
}

fn xrange_getitem(v: &Value, k: &Value) -> PyResult {
    let o = obj(v);
    if !(int::is_int(k) || crate::long::is_long(k) || ops::has_index(k)) {
        return Err(err::type_error(format!(
            "sequence index must be integer, not '{}'",
            crate::types::type_ref(k).name_str()
        )));
    }
    let mut i = ops::index_as_isize(k, false)? as i64;
    if i < 0 {
        i += o.len;
    }
    if i < 0 || i >= o.len {
        return Err(err::index_error("xrange object index out of range"));
    }
    Ok(int::new(o.start.wrapping_add(i.wrapping_mul(o.step))))
}

fn xrange_repr(v: &Value) -> PyResult {
    let o = obj(v);
    let stop = stop_of(o);
    Ok(pstr::from_string(if o.start == 0 && o.step == 1 {
        format!("xrange({stop})")
    } else if o.step == 1 {
        format!("xrange({}, {})", o.start, stop)
    } else {
        format!("xrange({}, {}, {})", o.start, stop, o.step)
    }))
}

/// An iterator over `start + k*step` for `len` values.
pub fn new_iter(start: i64, step: i64, len: i64) -> Value {
    if let Some(p) = FREE_ITERS.with(|f| f.borrow_mut().pop()) {
        let o = p as *mut RangeIterObj;
        // SAFETY: a kept iterator is a whole range iterator with a zero
        // count that nothing else refers to; it becomes live again with
        // the one reference returned.
        unsafe {
            (*o).next.set(start);
            (*o).step = step;
            (*o).left.set(len);
            (*o).ob.refcnt = 1;
            return Value::from_owned_ptr(o as *mut ObjHeader);
        }
    }
    // SAFETY: RangeIterObj is the rangeiterator layout.
    unsafe {
        new_object(
            rt().types.xrange_iter,
            RangeIterObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                next: Cell::new(start),
                step,
                left: Cell::new(len),
            },
        )
    }
}

/// Called by deallocation for a range iterator whose count reached zero:
/// keeps it for reuse (true), or leaves it to be freed (false).
///
/// # Safety
/// `p` is such an iterator; after true, nothing else may use or free it.
pub unsafe fn keep_freed(p: *mut ObjHeader) -> bool {
    FREE_ITERS.with(|f| {
        let mut f = f.borrow_mut();
        if f.len() < FREE_MAX_ITERS {
            f.push(p as usize);
            true
        } else {
            false
        }
    })
}

fn xrange_iter(v: &Value) -> PyResult {
    let o = obj(v);
    Ok(new_iter(o.start, o.step, o.len))
}

/// The range iterator's step (also the interpreter's FOR_ITER fast path).
#[inline]
pub fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    // SAFETY: callers pass range iterators.
    let o = unsafe { &*(v.as_ptr() as *const RangeIterObj) };
    let left = o.left.get();
    if left <= 0 {
        return Ok(None);
    }
    let x = o.next.get();
    o.left.set(left - 1);
    o.next.set(x.wrapping_add(o.step));
    Ok(Some(int::new(x)))
}

fn m_reversed(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reversed__", a, kw)?;
    let o = obj(v);
    let last = o.start.wrapping_add((o.len - 1).wrapping_mul(o.step));
    Ok(new_iter(last, o.step.wrapping_neg(), o.len))
}

fn length_hint(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__length_hint__", a, kw)?;
    // SAFETY: v is a range iterator.
    let o = unsafe { &*(v.as_ptr() as *const RangeIterObj) };
    Ok(int::new(o.left.get().max(0)))
}

/// Fills xrange types (bootstrap).
pub fn setup() {
    let t = &rt().types;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t.xrange).slots;
        s.new = Some(xrange_new);
        s.len = Some(xrange_len);
        s.getitem = Some(xrange_getitem);
        s.repr = Some(xrange_repr);
        s.iter = Some(xrange_iter);
        let s = &mut (*t.xrange_iter).slots;
        s.iter = Some(|v| Ok(v.clone()));
        s.next = Some(iter_next);
    }
    crate::descr::add_methods(t.xrange, &[("__reversed__", m_reversed)]);
    crate::descr::add_methods(t.xrange_iter, &[("__length_hint__", length_hint)]);
}

#[cfg(test)]
mod tests {
    use super::{iter_next, new_iter, range_len};

    /// The length by exact (128-bit) arithmetic, to check the u64 one.
    fn wide(lo: i64, hi: i64, step: i64) -> u64 {
        let (lo, hi, step) = (lo as i128, hi as i128, step as i128);
        if step > 0 && lo < hi {
            ((hi - lo - 1) / step + 1) as u64
        } else if step < 0 && lo > hi {
            ((lo - hi - 1) / -step + 1) as u64
        } else {
            0
        }
    }

    #[test]
    fn lengths_match_exact_arithmetic() {
        let ends = [
            i64::MIN,
            i64::MIN + 1,
            -7,
            -1,
            0,
            1,
            3,
            10,
            i64::MAX - 1,
            i64::MAX,
        ];
        let steps = [i64::MIN, -3, -2, -1, 1, 2, 3, 7, i64::MAX];
        for &lo in &ends {
            for &hi in &ends {
                for &step in &steps {
                    assert_eq!(
                        range_len(lo, hi, step),
                        wide(lo, hi, step),
                        "{lo} {hi} {step}"
                    );
                }
            }
        }
    }

    #[test]
    fn freed_iterators_are_kept_and_reused_with_new_state() {
        crate::rt::Runtime::init(Vec::new(), Vec::new());
        let it = new_iter(0, 1, 3);
        let addr = it.bits();
        assert_eq!(
            iter_next(&it).unwrap().and_then(|v| v.as_small_int()),
            Some(0)
        );
        drop(it);
        // the next iterator is the same object, counting afresh
        let again = new_iter(10, -2, 2);
        assert_eq!(again.bits(), addr);
        let got: Vec<i64> = std::iter::from_fn(|| iter_next(&again).unwrap())
            .map(|v| v.as_small_int().unwrap())
            .collect();
        assert_eq!(got, [10, 8]);
        // while it lives, another iterator is a different object
        let other = new_iter(0, 1, 1);
        assert_ne!(other.bits(), addr);
    }
}
