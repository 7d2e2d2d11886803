//! `bytearray`: a mutable byte sequence.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{CmpOp, TypeObject, type_ref};
use crate::value::Value;
use crate::{PyResult, args, err, int, ops, slice, str as pstr, unicode};
use std::cell::UnsafeCell;

/// A bytearray.
#[repr(C)]
pub struct ByteArrayObj {
    /// Header.
    pub ob: ObjHeader,
    /// The bytes.
    pub data: UnsafeCell<Vec<u8>>,
}

/// A new bytearray.
pub fn new(data: Vec<u8>) -> Value {
    new_of_type(rt().types.bytearray, data)
}

fn new_of_type(ty: *mut TypeObject, data: Vec<u8>) -> Value {
    // SAFETY: ByteArrayObj is the bytearray layout.
    unsafe {
        new_object(
            ty,
            ByteArrayObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                data: UnsafeCell::new(data),
            },
        )
    }
}

/// Is `v` a bytearray?
pub fn is_bytearray(v: &Value) -> bool {
    v.is_ptr() && crate::types::is_subtype(type_of(v), rt().types.bytearray)
}

/// The bytes (do not keep across Python calls).
pub fn bytes(v: &Value) -> &[u8] {
    // SAFETY: callers pass bytearrays; single-threaded.
    unsafe { &*(*(v.as_ptr() as *const ByteArrayObj)).data.get() }
}

/// The bytes, mutable (do not keep across Python calls).
#[allow(clippy::mut_from_ref)]
pub fn bytes_mut(v: &Value) -> &mut Vec<u8> {
    // SAFETY: callers pass bytearrays; no overlapping borrow is held.
    unsafe { &mut *(*(v.as_ptr() as *const ByteArrayObj)).data.get() }
}

/// Bytes from a bytearray initializer (str, iterable of ints, count).
pub fn bytes_from(x: &Value) -> PyResult<Vec<u8>> {
    if pstr::is_str(x) {
        return Ok(pstr::as_bytes(x).to_vec());
    }
    if is_bytearray(x) {
        return Ok(bytes(x).to_vec());
    }
    if unicode::is_unicode(x) {
        return Err(err::type_error("unicode argument without an encoding"));
    }
    if let Some(n) = int::as_i64(x) {
        if n < 0 {
            return Err(err::value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let mut out = Vec::new();
    for item in ops::seq_to_vec(x)? {
        let n = ops::as_i64_arg(&item)?;
        if !(0..=255).contains(&n) {
            return Err(err::value_error("byte must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn ba_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(new_of_type(t.as_ptr() as *mut TypeObject, Vec::new()))
}

fn ba_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let p = args::parse("bytearray", a, kw, &["source", "encoding", "errors"], 0)?;
    let data = match (&p[0], &p[1]) {
        (None, _) => Vec::new(),
        (Some(s), Some(enc)) if unicode::is_unicode(s) => {
            let e = crate::codecs::encode(s, pstr::as_str_lossy(enc), "strict")?;
            pstr::as_bytes(&e).to_vec()
        }
        (Some(x), _) => bytes_from(x)?,
    };
    *bytes_mut(v) = data;
    Ok(())
}

fn ba_len(v: &Value) -> PyResult<usize> {
    Ok(bytes(v).len())
}

fn ba_getitem(v: &Value, k: &Value) -> PyResult {
    let b = bytes(v);
    if slice::is_slice(k) {
        let (start, _, step, n) = slice::indices(k, b.len())?;
        let mut out = Vec::with_capacity(n);
        let mut p = start;
        for _ in 0..n {
            out.push(b[p as usize]);
            p += step;
        }
        return Ok(new(out));
    }
    let i = ops::index_as_isize(k, true)?;
    match crate::list_methods::norm_index(i, b.len()) {
        Some(j) => Ok(int::new(b[j] as i64)),
        None => Err(err::index_error("bytearray index out of range")),
    }
}

/// `ba[slice] = x` / `del ba[slice]` (bytearray_ass_subscript).
fn ba_set_slice(v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let n = bytes(v).len();
    let (start, stop, step, len) = slice::indices(k, n)?;
    let new: Option<Vec<u8>> = match &x {
        None => None,
        Some(x) if pstr::is_str(x) || is_bytearray(x) => Some(bytes_from(x)?),
        Some(x) if int::as_i64(x).is_some() || unicode::is_unicode(x) => {
            return Err(err::type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        Some(x) => Some(bytes_from(x)?),
    };
    let b = bytes_mut(v);
    if step == 1 {
        let lo = start.max(0) as usize;
        let hi = (stop.max(start)).max(0) as usize;
        b.splice(lo..hi.min(n), new.unwrap_or_default());
        return Ok(());
    }
    match new {
        None => {
            let mut idx: Vec<usize> = (0..len)
                .map(|i| (start + i as isize * step) as usize)
                .collect();
            idx.sort_unstable();
            for j in idx.into_iter().rev() {
                b.remove(j);
            }
        }
        Some(src) => {
            if src.len() != len {
                return Err(err::value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    src.len(),
                    len
                )));
            }
            for (i, byte) in src.into_iter().enumerate() {
                b[(start + i as isize * step) as usize] = byte;
            }
        }
    }
    Ok(())
}

fn ba_setitem(v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    if slice::is_slice(k) {
        return ba_set_slice(v, k, x);
    }
    let i = ops::index_as_isize(k, true)?;
    let n = bytes(v).len();
    let j = crate::list_methods::norm_index(i, n)
        .ok_or_else(|| err::index_error("bytearray index out of range"))?;
    match x {
        Some(x) => {
            let b = ops::as_i64_arg(&x)?;
            if !(0..=255).contains(&b) {
                return Err(err::value_error("byte must be in range(0, 256)"));
            }
            bytes_mut(v)[j] = b as u8;
        }
        None => {
            bytes_mut(v).remove(j);
        }
    }
    Ok(())
}

fn ba_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(format!(
        "bytearray(b{})",
        pstr::repr_bytes(bytes(v))
    )))
}

fn ba_str(v: &Value) -> PyResult {
    Ok(pstr::new_bytes(bytes(v)))
}

fn ba_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    let other = if is_bytearray(b) {
        bytes(b).to_vec()
    } else if pstr::is_str(b) {
        pstr::as_bytes(b).to_vec()
    } else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(op.from_ordering(bytes(a).cmp(&other[..]))))
}

fn ba_iter(v: &Value) -> PyResult {
    Ok(crate::iterobj::seq_iter(v.clone()))
}

fn m_append(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("append", a, kw)?;
    let b = ops::as_i64_arg(x)?;
    if !(0..=255).contains(&b) {
        return Err(err::value_error("byte must be in range(0, 256)"));
    }
    bytes_mut(v).push(b as u8);
    Ok(Value::NONE)
}

fn m_extend(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("extend", a, kw)?;
    let more = bytes_from(x)?;
    bytes_mut(v).extend(more);
    Ok(Value::NONE)
}

fn m_decode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let s = pstr::new_bytes(bytes(v));
    let f = ops::getattr_str(&s, "decode")?;
    ops::call(&f, a, kw)
}

/// Fills the bytearray type (bootstrap).
pub fn setup() {
    let t = rt().types.bytearray;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.new = Some(ba_new);
        s.init = Some(ba_init);
        s.len = Some(ba_len);
        s.getitem = Some(ba_getitem);
        s.setitem = Some(ba_setitem);
        s.repr = Some(ba_repr);
        s.str = Some(ba_str);
        s.richcompare = Some(ba_richcompare);
        s.iter = Some(ba_iter);
    }
    crate::descr::add_methods(
        t,
        &[
            ("append", m_append),
            ("extend", m_extend),
            ("decode", m_decode),
        ],
    );
    crate::descr::add_attr(t, "__hash__", Value::NONE);
    let _ = type_ref;
}
