//! `buffer` objects (bufferobject.c): read-only views of the bytes of a
//! str, a unicode (its UCS4 code units, little-endian, as the reference
//! build stores them), a bytearray or another buffer, from an offset and
//! for a size (or to the end). The bytes are read from the base on every
//! access, so a view of a bytearray follows its changes.
//!
//! Indexing and slicing give strs; `+` and `*` build strs; buffers compare
//! with each other by content (other types fall back to the default
//! comparison); the hash is the str hash of the content.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::value::Value;
use crate::{PyResult, args, err, ops, slice, str as pstr, unicode};

/// Size meaning "to the end of the base" (`Py_END_OF_BUFFER`).
const END: isize = -1;

/// A buffer.
#[repr(C)]
pub struct BufferObj {
    /// Header.
    pub ob: ObjHeader,
    /// The object whose bytes are viewed.
    pub base: Value,
    /// Start of the view in the base's bytes.
    pub offset: usize,
    /// Length of the view, or [`END`].
    pub size: isize,
}

/// Is `v` a buffer?
pub fn is_buffer(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.buffer
}

fn obj(v: &Value) -> &BufferObj {
    // SAFETY: callers pass buffers.
    unsafe { &*(v.as_ptr() as *const BufferObj) }
}

/// The bytes an object exposes through the old buffer interface, if any.
fn base_bytes(b: &Value) -> Option<Vec<u8>> {
    if pstr::is_str(b) {
        return Some(pstr::as_bytes(b).to_vec());
    }
    if unicode::is_unicode(b) {
        return Some(
            unicode::chars(b)
                .iter()
                .flat_map(|c| c.to_le_bytes())
                .collect(),
        );
    }
    if crate::bytearray::is_bytearray(b) {
        return Some(crate::bytearray::bytes(b).to_vec());
    }
    if is_buffer(b) {
        return Some(contents(b));
    }
    None
}

/// The bytes a buffer views now (`get_buf`).
pub fn contents(v: &Value) -> Vec<u8> {
    let o = obj(v);
    let all = base_bytes(&o.base).unwrap_or_default();
    let off = o.offset.min(all.len());
    let avail = all.len() - off;
    let n = if o.size == END {
        avail
    } else {
        (o.size as usize).min(avail)
    };
    all[off..off + n].to_vec()
}

fn new(base: Value, offset: usize, size: isize) -> Value {
    // SAFETY: BufferObj is the buffer layout.
    unsafe {
        new_object(
            rt().types.buffer,
            BufferObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                base,
                offset,
                size,
            },
        )
    }
}

/// `buffer(object[, offset[, size]])`.
fn buffer_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords("buffer()", kw)?;
    args::count("buffer", a, kw, 1, 3)?;
    let mut offset = match a.get(1) {
        Some(x) => args::c_long(x)? as isize,
        None => 0,
    };
    let mut size = match a.get(2) {
        Some(x) => args::c_long(x)? as isize,
        None => END,
    };
    let mut base = a[0].clone();
    if base_bytes(&base).is_none() {
        return Err(err::type_error("buffer object expected"));
    }
    if offset < 0 {
        return Err(err::value_error("offset must be zero or positive"));
    }
    if is_buffer(&base) {
        let b = obj(&base);
        if b.size != END {
            let avail = (b.size - offset).max(0);
            if size == END || size > avail {
                size = avail;
            }
        }
        offset += b.offset as isize;
        base = b.base.clone();
    }
    if size < END {
        return Err(err::value_error("size must be zero or positive"));
    }
    Ok(new(base, offset as usize, size))
}

fn buffer_len(v: &Value) -> PyResult<usize> {
    Ok(contents(v).len())
}

fn buffer_str(v: &Value) -> PyResult {
    Ok(pstr::from_vec(contents(v)))
}

fn buffer_repr(v: &Value) -> PyResult {
    let o = obj(v);
    Ok(pstr::from_string(format!(
        "<read-only buffer for {:#x}, size {}, offset {} at {:#x}>",
        ops::address_of(&o.base),
        o.size,
        o.offset,
        ops::address_of(v)
    )))
}

fn buffer_hash(v: &Value) -> PyResult<i64> {
    Ok(pstr::hash(&pstr::from_vec(contents(v))))
}

fn buffer_compare(a: &Value, b: &Value) -> PyResult<i32> {
    Ok(contents(a).cmp(&contents(b)) as i32)
}

fn buffer_getitem(v: &Value, k: &Value) -> PyResult {
    let data = contents(v);
    if slice::is_slice(k) {
        let (start, _, step, n) = slice::indices(k, data.len())?;
        let mut out = Vec::with_capacity(n);
        let mut p = start;
        for _ in 0..n {
            out.push(data[p as usize]);
            p += step;
        }
        return Ok(pstr::from_vec(out));
    }
    if !ops::has_index(k) {
        return Err(err::type_error("sequence index must be integer"));
    }
    let mut i = ops::subscript_index(k)?;
    if i < 0 {
        i += data.len() as isize;
    }
    if i < 0 || i as usize >= data.len() {
        return Err(err::index_error("buffer index out of range"));
    }
    Ok(pstr::new_bytes(&data[i as usize..i as usize + 1]))
}

fn buffer_getslice(v: &Value, lo: isize, hi: isize) -> PyResult {
    let data = contents(v);
    let (a, b) = slice::clamp_simple(data.len(), lo, hi);
    Ok(pstr::new_bytes(&data[a..b]))
}

fn buffer_setitem(_v: &Value, _k: &Value, _x: Option<Value>) -> PyResult<()> {
    Err(err::type_error("buffer is read-only"))
}

fn buffer_concat(a: &Value, b: &Value) -> PyResult {
    let Some(other) = base_bytes(b) else {
        return Err(err::type_error("bad argument type for built-in operation"));
    };
    let mut x = contents(a);
    if x.is_empty() {
        return Ok(b.clone());
    }
    x.extend_from_slice(&other);
    Ok(pstr::from_vec(x))
}

fn buffer_repeat(a: &Value, n: isize) -> PyResult {
    let x = contents(a);
    let n = n.max(0) as usize;
    if !x.is_empty() && n > isize::MAX as usize / x.len() {
        return Err(err::memory_error("result too large"));
    }
    Ok(pstr::from_vec(x.repeat(n)))
}

/// # Safety
/// `p` is a live buffer.
unsafe fn buffer_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    visit(unsafe { &(*(p as *const BufferObj)).base });
}

/// Fills the buffer type (bootstrap).
pub fn setup() {
    let t = rt().types.buffer;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.new = Some(buffer_new);
        s.len = Some(buffer_len);
        s.str = Some(buffer_str);
        s.repr = Some(buffer_repr);
        s.hash = Some(buffer_hash);
        s.compare = Some(buffer_compare);
        s.getitem = Some(buffer_getitem);
        s.getslice = Some(buffer_getslice);
        s.setitem = Some(buffer_setitem);
        s.concat = Some(buffer_concat);
        s.repeat = Some(buffer_repeat);
        s.traverse = Some(buffer_traverse);
    }
}
