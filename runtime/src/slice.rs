//! `slice` objects and the index arithmetic of slicing (sliceobject.c,
//! ceval.c's `_PyEval_SliceIndex`, `apply_slice`, `assign_slice`).

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{CmpOp, type_ref};
use crate::value::Value;
use crate::{PyResult, args, err, int, long, ops, str as pstr, tuple};

/// A slice.
#[repr(C)]
pub struct SliceObj {
    /// Header.
    pub ob: ObjHeader,
    /// `start`.
    pub start: Value,
    /// `stop`.
    pub stop: Value,
    /// `step`.
    pub step: Value,
}

/// `slice(start, stop, step)`.
pub fn new(start: Value, stop: Value, step: Value) -> Value {
    // SAFETY: SliceObj is the slice layout.
    unsafe {
        new_object(
            rt().types.slice,
            SliceObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                start,
                stop,
                step,
            },
        )
    }
}

/// Is `v` a slice?
#[inline]
pub fn is_slice(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.slice
}

/// The slice payload.
pub fn obj(v: &Value) -> &SliceObj {
    // SAFETY: callers pass slices.
    unsafe { &*(v.as_ptr() as *const SliceObj) }
}

/// Can `v` be a slice bound (`ISINDEX`): None, an int, long or
/// `__index__` object?
pub fn is_index(v: &Value) -> bool {
    v.is_null() || v.is_none() || int::is_int(v) || long::is_long(v) || ops::has_index(v)
}

/// `_PyEval_SliceIndex`: an optional bound, clamped to isize.
pub fn slice_index(v: &Value, default: isize) -> PyResult<isize> {
    if v.is_null() || v.is_none() {
        return Ok(default);
    }
    if let Some(i) = int::as_i64(v) {
        return Ok(i as isize);
    }
    if ops::has_index(v) {
        return ops::index_as_isize(v, false);
    }
    Err(err::type_error(
        "slice indices must be integers or None or have an __index__ method",
    ))
}

/// `_PyEval_SliceIndexNotNone`: as [`slice_index`], but None is refused
/// too (list.index, tuple.index).
pub fn slice_index_not_none(v: &Value) -> PyResult<isize> {
    if v.is_none() {
        return Err(err::type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    if let Some(i) = int::as_i64(v) {
        return Ok(i as isize);
    }
    if ops::has_index(v) {
        return ops::index_as_isize(v, false);
    }
    Err(err::type_error(
        "slice indices must be integers or have an __index__ method",
    ))
}

/// `_PySlice_Unpack`: (start, stop, step) before length adjustment.
pub fn unpack(s: &Value) -> PyResult<(isize, isize, isize)> {
    let o = obj(s);
    let step = if o.step.is_none() {
        1
    } else {
        let st = slice_index(&o.step, 1)?;
        if st == 0 {
            return Err(err::value_error("slice step cannot be zero"));
        }
        st.max(-isize::MAX)
    };
    let start = slice_index(&o.start, if step < 0 { isize::MAX } else { 0 })?;
    let stop = slice_index(&o.stop, if step < 0 { isize::MIN } else { isize::MAX })?;
    Ok((start, stop, step))
}

/// `_PySlice_AdjustIndices`: clamps to `length`; returns the item count.
pub fn adjust(length: isize, start: &mut isize, stop: &mut isize, step: isize) -> isize {
    if *start < 0 {
        *start += length;
        if *start < 0 {
            *start = if step < 0 { -1 } else { 0 };
        }
    } else if *start >= length {
        *start = if step < 0 { length - 1 } else { length };
    }
    if *stop < 0 {
        *stop += length;
        if *stop < 0 {
            *stop = if step < 0 { -1 } else { 0 };
        }
    } else if *stop >= length {
        *stop = if step < 0 { length - 1 } else { length };
    }
    if step < 0 {
        if *stop < *start {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if *start < *stop {
        return (*stop - *start - 1) / step + 1;
    }
    0
}

/// `PySlice_GetIndicesEx`: (start, stop, step, slicelength).
pub fn indices(s: &Value, length: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (mut start, mut stop, step) = unpack(s)?;
    let n = adjust(length as isize, &mut start, &mut stop, step);
    Ok((start, stop, step, n as usize))
}

/// The clamping of `sq_slice` implementations (`list_slice`): a valid
/// `lo..hi` range within `len`.
pub fn clamp_simple(len: usize, lo: isize, hi: isize) -> (usize, usize) {
    let len = len as isize;
    let lo = lo.clamp(0, len);
    let hi = if hi < lo { lo } else { hi.min(len) };
    (lo as usize, hi as usize)
}

/// `u[v:w]` (SLICE+n): the sequence slot with adjusted indices when the
/// type has one, else `u[slice(v, w)]`.
pub fn apply(u: &Value, v: &Value, w: &Value) -> PyResult {
    let t = type_ref(u);
    if let Some(gs) = t.slots.getslice
        && is_index(v)
        && is_index(w)
    {
        let mut lo = slice_index(v, 0)?;
        let mut hi = slice_index(w, isize::MAX)?;
        if (lo < 0 || hi < 0)
            && let Some(lenf) = t.slots.len
        {
            let l = lenf(u)? as isize;
            if lo < 0 {
                lo += l;
            }
            if hi < 0 {
                hi += l;
            }
        }
        return gs(u, lo, hi);
    }
    let s = new(none_if_null(v), none_if_null(w), Value::NONE);
    ops::getitem(u, &s)
}

/// `u[v:w] = x` / `del u[v:w]` (STORE_SLICE+n, DELETE_SLICE+n).
pub fn assign(u: &Value, v: &Value, w: &Value, x: Option<Value>) -> PyResult<()> {
    let t = type_ref(u);
    if let Some(ss) = t.slots.setslice
        && is_index(v)
        && is_index(w)
    {
        let mut lo = slice_index(v, 0)?;
        let mut hi = slice_index(w, isize::MAX)?;
        if (lo < 0 || hi < 0)
            && let Some(lenf) = t.slots.len
        {
            let l = lenf(u)? as isize;
            if lo < 0 {
                lo += l;
            }
            if hi < 0 {
                hi += l;
            }
        }
        return ss(u, lo, hi, x);
    }
    let s = new(none_if_null(v), none_if_null(w), Value::NONE);
    match x {
        Some(x) => ops::setitem(u, &s, x),
        None => ops::delitem(u, &s),
    }
}

fn none_if_null(v: &Value) -> Value {
    if v.is_null() { Value::NONE } else { v.clone() }
}

fn slice_repr(v: &Value) -> PyResult {
    let o = obj(v);
    Ok(pstr::from_string(format!(
        "slice({}, {}, {})",
        ops::repr_string(&o.start)?,
        ops::repr_string(&o.stop)?,
        ops::repr_string(&o.step)?
    )))
}

fn as_tuple(v: &Value) -> Value {
    let o = obj(v);
    tuple::new(vec![o.start.clone(), o.stop.clone(), o.step.clone()])
}

/// Slices are unhashable, with CPython 2.7's terse message.
fn slice_hash(_v: &Value) -> PyResult<i64> {
    Err(err::type_error("unhashable type"))
}

fn slice_compare(a: &Value, b: &Value) -> PyResult<i32> {
    ops::cmp(&as_tuple(a), &as_tuple(b))
}

fn slice_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !is_slice(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    ops::rich_compare(&as_tuple(a), &as_tuple(b), op)
}

fn slice_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords("slice()", kw)?;
    args::unpack("slice", a, kw, 1, 3)?;
    Ok(match a.len() {
        1 => new(Value::NONE, a[0].clone(), Value::NONE),
        2 => new(a[0].clone(), a[1].clone(), Value::NONE),
        _ => new(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

fn m_indices(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let n = args::one("indices", a, kw)?;
    let len = ops::index_as_isize(n, true)?;
    if len < 0 {
        return Err(err::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = indices(v, len as usize)?;
    Ok(tuple::new(vec![
        int::new(start as i64),
        int::new(stop as i64),
        int::new(step as i64),
    ]))
}

fn get_start(v: &Value) -> PyResult {
    Ok(obj(v).start.clone())
}

fn get_stop(v: &Value) -> PyResult {
    Ok(obj(v).stop.clone())
}

fn get_step(v: &Value) -> PyResult {
    Ok(obj(v).step.clone())
}

/// `__reduce__`: `(slice, (start, stop, step))`.
fn m_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::noargs("__reduce__", a, kw)?;
    Ok(tuple::new(vec![
        crate::types::type_value(rt().types.slice),
        as_tuple(v),
    ]))
}

/// Fills the slice type (bootstrap).
pub fn setup() {
    let t = rt().types.slice;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.repr = Some(slice_repr);
        s.hash = Some(slice_hash);
        s.compare = Some(slice_compare);
        s.richcompare = Some(slice_richcompare);
        s.new = Some(slice_new);
    }
    crate::descr::add_methods(t, &[("indices", m_indices), ("__reduce__", m_reduce)]);
    crate::descr::add_getsets(
        t,
        &[
            ("start", get_start, None),
            ("stop", get_stop, None),
            ("step", get_step, None),
        ],
    );
}
