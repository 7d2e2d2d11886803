//! `bytearray` (bytearrayobject.c): a mutable byte sequence with the str
//! methods (returning bytearrays) and list-like mutation.
//!
//! Arguments that stand for bytes go through [`getbuffer`] (str,
//! bytearray, buffer: "Type X doesn't support the buffer API" for the
//! rest) and single bytes through [`getbytevalue`] (an int in 0..256 or a
//! str of length 1). The character-class and padding methods are
//! stringlib's, shared with str: they run the str method on a copy and
//! convert the results.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{CmpOp, TypeObject, type_ref};
use crate::value::Value;
use crate::{PyResult, args, err, int, list, ops, slice, str as pstr, tuple, unicode};
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

/// The contents of an object with the (new-style) buffer interface: str,
/// bytearray, buffer.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    if pstr::is_str(v) {
        return Some(pstr::as_bytes(v).to_vec());
    }
    if is_bytearray(v) {
        return Some(bytes(v).to_vec());
    }
    if crate::buffer::is_buffer(v) {
        return Some(crate::buffer::contents(v));
    }
    if crate::modules::array::is_array(v) {
        return Some(crate::modules::array::raw_bytes(v).to_vec());
    }
    None
}

/// `_getbuffer`: the bytes of a buffer-supporting argument.
pub fn getbuffer(v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v).ok_or_else(|| {
        err::type_error(format!(
            "Type {} doesn't support the buffer API",
            type_ref(v).name_str()
        ))
    })
}

/// `_getbytevalue`: an int in range(256) or a one-byte str.
pub fn getbytevalue(v: &Value) -> PyResult<u8> {
    if pstr::is_exact_str(v) {
        let b = pstr::as_bytes(v);
        if b.len() != 1 {
            return Err(err::value_error("string must be of size 1"));
        }
        return Ok(b[0]);
    }
    let face = if int::is_int(v) || crate::long::is_long(v) {
        crate::long::to_big(v).and_then(|b| num_traits::ToPrimitive::to_i64(&b))
    } else {
        let i = ops::index(v).map_err(|e| {
            if e.matches(rt().exc.type_error) {
                err::type_error("an integer or string of size 1 is required")
            } else {
                e
            }
        })?;
        crate::long::to_big(&i).and_then(|b| num_traits::ToPrimitive::to_i64(&b))
    };
    match face {
        Some(x) if (0..256).contains(&x) => Ok(x as u8),
        _ => Err(err::value_error("byte must be in range(0, 256)")),
    }
}

/// Bytes from a bytearray initializer (str, buffer, count, iterable of
/// byte values).
pub fn bytes_from(x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(x) {
        return Ok(b);
    }
    if unicode::is_unicode(x) {
        return Err(err::type_error("unicode argument without an encoding"));
    }
    if ops::has_index(x) {
        let n = ops::index_as_isize(x, true)?;
        if n < 0 {
            return Err(err::value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let it = ops::iter(x)?;
    let mut out = Vec::new();
    while let Some(item) = ops::next(&it)? {
        out.push(getbytevalue(&item)?);
    }
    Ok(out)
}

fn ba_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(new_of_type(t.as_ptr() as *mut TypeObject, Vec::new()))
}

fn ba_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    bytes_mut(v).clear();
    let p = args::parse("bytearray", a, kw, &["source", "encoding", "errors"], 0)?;
    let enc = match &p[1] {
        Some(e) => Some(args::opt_c_string("bytearray", 2, &Some(e.clone()), "")?),
        None => None,
    };
    let errors = match &p[2] {
        Some(e) => Some(args::opt_c_string("bytearray", 3, &Some(e.clone()), "")?),
        None => None,
    };
    let Some(src) = &p[0] else {
        if enc.is_some() || errors.is_some() {
            return Err(err::type_error(
                "encoding or errors without sequence argument",
            ));
        }
        return Ok(());
    };
    let errs = errors.clone().unwrap_or_else(|| "strict".into());
    let data = if pstr::is_str(src) {
        if let Some(e) = &enc {
            // encoded only to validate: CPython keeps the str's own bytes
            crate::codecs::str_encode(src, e, &errs)?;
        }
        pstr::as_bytes(src).to_vec()
    } else if unicode::is_unicode(src) {
        let Some(e) = &enc else {
            return Err(err::type_error("unicode argument without an encoding"));
        };
        let r = crate::codecs::encode(src, e, &errs)?;
        pstr::as_bytes(&r).to_vec()
    } else {
        if enc.is_some() || errors.is_some() {
            return Err(err::type_error(
                "encoding or errors without a string argument",
            ));
        }
        bytes_from(src)?
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
    if !ops::has_index(k) {
        return Err(err::type_error("bytearray indices must be integers"));
    }
    let i = ops::subscript_index(k)?;
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
        Some(x) if is_bytearray(x) => Some(bytes(x).to_vec()),
        Some(x) if ops::is_number(x) || unicode::is_unicode(x) || ops::has_index(x) => {
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
    if !ops::has_index(k) {
        return Err(err::type_error("bytearray indices must be integers"));
    }
    let i = ops::subscript_index(k)?;
    let n = bytes(v).len();
    let j = crate::list_methods::norm_index(i, n)
        .ok_or_else(|| err::index_error("bytearray index out of range"))?;
    match x {
        Some(x) => {
            let b = getbytevalue(&x)?;
            bytes_mut(v)[j] = b;
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
    if unicode::is_unicode(a) || unicode::is_unicode(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (Some(x), Some(y)) = (buffer_bytes(a), buffer_bytes(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(op.from_ordering(x.cmp(&y))))
}

fn ba_iter(v: &Value) -> PyResult {
    Ok(crate::iterobj::bytearray_iter(v.clone()))
}

fn ba_contains(v: &Value, x: &Value) -> PyResult<bool> {
    if ops::has_index(x) {
        let i = ops::index_as_isize(x, false)?;
        if !(0..256).contains(&i) {
            return Err(err::value_error("byte must be in range(0, 256)"));
        }
        return Ok(bytes(v).contains(&(i as u8)));
    }
    let n = getbuffer(x)?;
    let h = bytes(v);
    Ok(crate::str_methods::find_bytes(h, &n, 0, h.len()).is_some())
}

fn ba_concat(a: &Value, b: &Value) -> PyResult {
    match (buffer_bytes(a), buffer_bytes(b)) {
        (Some(mut x), Some(y)) => {
            x.extend_from_slice(&y);
            Ok(new(x))
        }
        _ => Err(err::type_error(format!(
            "can't concat {} to {}",
            type_ref(a).name_str(),
            type_ref(b).name_str()
        ))),
    }
}

fn ba_inplace_concat(a: &Value, b: &Value) -> PyResult {
    let Some(y) = buffer_bytes(b) else {
        return Err(err::type_error(format!(
            "can't concat {} to {}",
            type_ref(b).name_str(),
            type_ref(a).name_str()
        )));
    };
    bytes_mut(a).extend_from_slice(&y);
    Ok(a.clone())
}

fn repeated(b: &[u8], n: isize) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    if b.len()
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(err::memory_error(""));
    }
    Ok(b.repeat(n))
}

fn ba_repeat(a: &Value, n: isize) -> PyResult {
    Ok(new(repeated(bytes(a), n)?))
}

fn ba_inplace_repeat(a: &Value, n: isize) -> PyResult {
    let r = repeated(bytes(a), n)?;
    *bytes_mut(a) = r;
    Ok(a.clone())
}

// ----- mutation -----

fn m_append(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("append", a, kw)?;
    let b = getbytevalue(x)?;
    bytes_mut(v).push(b);
    Ok(Value::NONE)
}

fn m_extend(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("extend", a, kw)?;
    let more = match buffer_bytes(x) {
        Some(b) => b,
        None => {
            let it = ops::iter(x)?;
            let mut out = Vec::new();
            while let Some(item) = ops::next(&it)? {
                out.push(getbytevalue(&item)?);
            }
            out
        }
    };
    bytes_mut(v).extend(more);
    Ok(Value::NONE)
}

fn m_insert(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("insert", a, kw, 2, 2)?;
    let i = args::c_long(&a[0])? as isize;
    let x = getbytevalue(&a[1])?;
    let b = bytes_mut(v);
    let n = b.len() as isize;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(pos as usize, x);
    Ok(Value::NONE)
}

fn m_pop(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("pop", a, kw, 0, 1)?;
    let i = match a.first() {
        Some(x) => args::c_long(x)? as isize,
        None => -1,
    };
    let b = bytes_mut(v);
    if b.is_empty() {
        return Err(err::index_error("pop from empty bytearray"));
    }
    match crate::list_methods::norm_index(i, b.len()) {
        Some(j) => Ok(int::new(b.remove(j) as i64)),
        None => Err(err::index_error("pop index out of range")),
    }
}

fn m_remove(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = getbytevalue(args::one("remove", a, kw)?)?;
    let b = bytes_mut(v);
    match b.iter().position(|&c| c == x) {
        Some(j) => {
            b.remove(j);
            Ok(Value::NONE)
        }
        None => Err(err::value_error("value not found in bytearray")),
    }
}

fn m_reverse(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("reverse", a, kw)?;
    bytes_mut(v).reverse();
    Ok(Value::NONE)
}

// ----- searching -----

/// `stringlib_parse_args_finds`: (needle bytes, start, end).
fn finds_args(
    name: &str,
    v: &Value,
    a: &[Value],
    kw: &[Value],
) -> PyResult<(Vec<u8>, usize, usize)> {
    args::count(name, a, kw, 1, 3)?;
    let len = bytes(v).len();
    let (start, end) = crate::str_methods::start_end(a, len, 1)?;
    let n = getbuffer(&a[0])?;
    Ok((n, start, end))
}

fn find_impl(
    name: &str,
    v: &Value,
    a: &[Value],
    kw: &[Value],
    rev: bool,
) -> PyResult<Option<usize>> {
    let (n, start, end) = finds_args(name, v, a, kw)?;
    let h = bytes(v);
    if start > h.len() {
        return Ok(None);
    }
    Ok(if rev {
        crate::str_methods::rfind_bytes(h, &n, start, end)
    } else {
        crate::str_methods::find_bytes(h, &n, start, end)
    })
}

fn m_find(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(int::new(
        find_impl("find", v, a, kw, false)?.map_or(-1, |i| i as i64),
    ))
}

fn m_rfind(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(int::new(
        find_impl("rfind", v, a, kw, true)?.map_or(-1, |i| i as i64),
    ))
}

fn m_index(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    find_impl("index", v, a, kw, false)?
        .map(|i| int::new(i as i64))
        .ok_or_else(|| err::value_error("subsection not found"))
}

fn m_rindex(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    find_impl("rindex", v, a, kw, true)?
        .map(|i| int::new(i as i64))
        .ok_or_else(|| err::value_error("subsection not found"))
}

fn m_count(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (n, start, end) = finds_args("count", v, a, kw)?;
    let h = bytes(v);
    if start > h.len() || end < start {
        return Ok(int::new(0));
    }
    if n.is_empty() {
        return Ok(int::new((end - start + 1) as i64));
    }
    let (mut c, mut i) = (0, start);
    while let Some(p) = crate::str_methods::find_bytes(h, &n, i, end) {
        c += 1;
        i = p + n.len();
    }
    Ok(int::new(c))
}

fn affix(name: &str, v: &Value, a: &[Value], kw: &[Value], suffix: bool) -> PyResult {
    args::count(name, a, kw, 1, 3)?;
    let h = bytes(v).to_vec();
    let (start, end) = crate::str_methods::start_end(a, h.len(), 1)?;
    let test = |p: &[u8]| -> bool {
        if start > h.len() || end < start || end - start < p.len() {
            return false;
        }
        if suffix {
            &h[end - p.len()..end] == p
        } else {
            &h[start..start + p.len()] == p
        }
    };
    if tuple::is_tuple(&a[0]) {
        for p in tuple::items(&a[0]).to_vec() {
            if test(&getbuffer(&p)?) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(test(&getbuffer(&a[0])?)))
}

fn m_startswith(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    affix("startswith", v, a, kw, false)
}

fn m_endswith(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    affix("endswith", v, a, kw, true)
}

// ----- splitting, stripping, replacing -----

fn pieces(parts: Vec<&[u8]>) -> Value {
    list::new(parts.into_iter().map(|p| new(p.to_vec())).collect())
}

fn split_impl(name: &str, v: &Value, a: &[Value], kw: &[Value], rev: bool) -> PyResult {
    args::count(name, a, kw, 0, 2)?;
    let maxsplit = match a.get(1) {
        Some(m) => args::c_long(m)? as isize,
        None => -1,
    };
    let s = bytes(v).to_vec();
    let sep = match a.first().filter(|x| !x.is_none()) {
        Some(x) => Some(getbuffer(x)?),
        None => None,
    };
    let Some(sep) = sep else {
        let r = crate::str_methods::split_ws(&s, maxsplit, rev);
        return Ok(list::new(
            r.into_iter().map(|(x, y)| new(s[x..y].to_vec())).collect(),
        ));
    };
    if sep.is_empty() {
        return Err(err::value_error("empty separator"));
    }
    let mut out: Vec<&[u8]> = Vec::new();
    let mut n = 0;
    if !rev {
        let mut i = 0;
        while maxsplit < 0 || n < maxsplit {
            match crate::str_methods::find_bytes(&s, &sep, i, s.len()) {
                Some(p) => {
                    out.push(&s[i..p]);
                    i = p + sep.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.push(&s[i..]);
    } else {
        let mut end = s.len();
        while maxsplit < 0 || n < maxsplit {
            match crate::str_methods::rfind_bytes(&s, &sep, 0, end) {
                Some(p) => {
                    out.push(&s[p + sep.len()..end]);
                    end = p;
                    n += 1;
                }
                None => break,
            }
        }
        out.push(&s[..end]);
        out.reverse();
    }
    Ok(pieces(out))
}

fn m_split(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    split_impl("split", v, a, kw, false)
}

fn m_rsplit(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    split_impl("rsplit", v, a, kw, true)
}

/// The separator of partition/rpartition: `bytearray(sep)`.
fn partition_sep(x: &Value) -> PyResult<Vec<u8>> {
    if unicode::is_unicode(x) {
        return Err(err::type_error(format!(
            "'{}' does not have the buffer interface",
            type_ref(x).name_str()
        )));
    }
    bytes_from(x)
}

fn partition_impl(name: &str, v: &Value, a: &[Value], kw: &[Value], rev: bool) -> PyResult {
    let sep = partition_sep(args::one(name, a, kw)?)?;
    if sep.is_empty() {
        return Err(err::value_error("empty separator"));
    }
    let s = bytes(v).to_vec();
    let pos = if rev {
        crate::str_methods::rfind_bytes(&s, &sep, 0, s.len())
    } else {
        crate::str_methods::find_bytes(&s, &sep, 0, s.len())
    };
    Ok(match pos {
        Some(p) => tuple::new(vec![
            new(s[..p].to_vec()),
            new(sep.clone()),
            new(s[p + sep.len()..].to_vec()),
        ]),
        None if rev => tuple::new(vec![new(Vec::new()), new(Vec::new()), new(s)]),
        None => tuple::new(vec![new(s), new(Vec::new()), new(Vec::new())]),
    })
}

fn m_partition(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    partition_impl("partition", v, a, kw, false)
}

fn m_rpartition(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    partition_impl("rpartition", v, a, kw, true)
}

fn strip_impl(
    name: &str,
    v: &Value,
    a: &[Value],
    kw: &[Value],
    left: bool,
    right: bool,
) -> PyResult {
    args::count(name, a, kw, 0, 1)?;
    let set = match a.first().filter(|x| !x.is_none()) {
        Some(x) => Some(getbuffer(x)?),
        None => None,
    };
    let s = bytes(v);
    let pred = |c: u8| match &set {
        Some(cs) => cs.contains(&c),
        None => crate::str_methods::is_space(c),
    };
    let (mut i, mut j) = (0, s.len());
    if left {
        while i < j && pred(s[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && pred(s[j - 1]) {
            j -= 1;
        }
    }
    Ok(new(s[i..j].to_vec()))
}

fn m_strip(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    strip_impl("strip", v, a, kw, true, true)
}

fn m_lstrip(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    strip_impl("lstrip", v, a, kw, true, false)
}

fn m_rstrip(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    strip_impl("rstrip", v, a, kw, false, true)
}

fn m_replace(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("replace", a, kw, 2, 3)?;
    let count = match a.get(2) {
        Some(c) => args::c_long(c)? as isize,
        None => -1,
    };
    let old = getbuffer(&a[0])?;
    let newb = getbuffer(&a[1])?;
    Ok(new(crate::str_methods::replace_bytes(
        bytes(v),
        &old,
        &newb,
        count,
    )))
}

fn m_translate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("translate", a, kw, 1, 2)?;
    let table = if a[0].is_none() {
        None
    } else {
        let t = getbuffer(&a[0])?;
        if t.len() != 256 {
            return Err(err::value_error(
                "translation table must be 256 characters long",
            ));
        }
        Some(t)
    };
    let del = match a.get(1) {
        Some(d) => getbuffer(d)?,
        None => Vec::new(),
    };
    Ok(new(bytes(v)
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect()))
}

fn m_join(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let seq = args::one("join", a, kw)?;
    let items = ops::seq_to_vec(seq).map_err(|e| {
        if e.matches(rt().exc.type_error) {
            err::type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let sep = bytes(v).to_vec();
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = (if pstr::is_str(it) || is_bytearray(it) {
            buffer_bytes(it)
        } else {
            None
        }) else {
            return Err(err::type_error(format!(
                "can only join an iterable of bytes (item {} has type '{}')",
                i,
                type_ref(it).name_str()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(new(out))
}

fn m_decode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("decode", a, kw, &["encoding", "errors"], 0)?;
    let enc = args::opt_c_string("decode", 1, &p[0], crate::codecs::DEFAULT_ENCODING)?;
    let errors = args::opt_c_string("decode", 2, &p[1], "strict")?;
    crate::codecs::decode_bytes(bytes(v), &enc, &errors)
}

fn m_fromhex(cls: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fromhex", a, kw, 1, 1)?;
    let hex = args::c_string("fromhex", 1, &a[0])?;
    let digit = |c: Option<&u8>| c.and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(hex.len() / 2);
    let mut i = 0;
    while i < hex.len() {
        while i < hex.len() && hex[i] == b' ' {
            i += 1;
        }
        if i >= hex.len() {
            break;
        }
        match (digit(hex.get(i)), digit(hex.get(i + 1))) {
            (Some(t), Some(b)) => out.push((t * 16 + b) as u8),
            _ => {
                return Err(err::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            }
        }
        i += 2;
    }
    let r = new(out);
    if cls.as_ptr() as *mut TypeObject == rt().types.bytearray {
        return Ok(r);
    }
    ops::call(cls, &[r], &[])
}

// ----- stringlib methods shared with str -----

/// A str result (or a list/tuple of them) as bytearrays.
fn to_bytearrays(r: Value) -> Value {
    if pstr::is_str(&r) {
        return new(pstr::as_bytes(&r).to_vec());
    }
    if list::is_list(&r) {
        return list::new(list::items(&r).iter().cloned().map(to_bytearrays).collect());
    }
    if tuple::is_tuple(&r) {
        return tuple::new(
            tuple::items(&r)
                .iter()
                .cloned()
                .map(to_bytearrays)
                .collect(),
        );
    }
    r
}

/// Runs the str method `name` on a copy of the bytes.
fn via_str(name: &str, v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let s = pstr::new_bytes(bytes(v));
    let f = ops::getattr_str(&s, name)?;
    Ok(to_bytearrays(ops::call(&f, a, kw)?))
}

macro_rules! stringlib {
    ($($fname:ident => $name:literal),* $(,)?) => {
        $(fn $fname(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
            via_str($name, v, a, kw)
        })*
    };
}

stringlib!(
    m_capitalize => "capitalize",
    m_center => "center",
    m_expandtabs => "expandtabs",
    m_isalnum => "isalnum",
    m_isalpha => "isalpha",
    m_isdigit => "isdigit",
    m_islower => "islower",
    m_isspace => "isspace",
    m_istitle => "istitle",
    m_isupper => "isupper",
    m_ljust => "ljust",
    m_lower => "lower",
    m_rjust => "rjust",
    m_splitlines => "splitlines",
    m_swapcase => "swapcase",
    m_title => "title",
    m_upper => "upper",
    m_zfill => "zfill",
);

// ----- the rest -----

fn m_alloc(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__alloc__", a, kw)?;
    let b = bytes_mut(v);
    Ok(int::new(if b.is_empty() {
        0
    } else {
        b.capacity().max(b.len() + 1)
    } as i64))
}

fn m_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let latin1 = unicode::new(bytes(v).iter().map(|&c| c as u32).collect());
    let d = ops::instance_dict(v).unwrap_or(Value::NONE);
    Ok(tuple::new(vec![
        crate::types::type_value(type_of(v)),
        tuple::new(vec![latin1, pstr::new("latin-1")]),
        d,
    ]))
}

fn m_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    let b = bytes_mut(v);
    let alloc = if b.is_empty() {
        0
    } else {
        b.capacity().max(b.len() + 1)
    };
    Ok(int::new((type_ref(v).basicsize as usize + alloc) as i64))
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
        s.contains = Some(ba_contains);
        s.concat = Some(ba_concat);
        s.repeat = Some(ba_repeat);
        s.inplace_concat = Some(ba_inplace_concat);
        s.inplace_repeat = Some(ba_inplace_repeat);
    }
    crate::descr::add_methods(
        t,
        &[
            ("__alloc__", m_alloc),
            ("__reduce__", m_reduce),
            ("__sizeof__", m_sizeof),
            ("append", m_append),
            ("capitalize", m_capitalize),
            ("center", m_center),
            ("count", m_count),
            ("decode", m_decode),
            ("endswith", m_endswith),
            ("expandtabs", m_expandtabs),
            ("extend", m_extend),
            ("find", m_find),
            ("index", m_index),
            ("insert", m_insert),
            ("isalnum", m_isalnum),
            ("isalpha", m_isalpha),
            ("isdigit", m_isdigit),
            ("islower", m_islower),
            ("isspace", m_isspace),
            ("istitle", m_istitle),
            ("isupper", m_isupper),
            ("join", m_join),
            ("ljust", m_ljust),
            ("lower", m_lower),
            ("lstrip", m_lstrip),
            ("partition", m_partition),
            ("pop", m_pop),
            ("remove", m_remove),
            ("replace", m_replace),
            ("reverse", m_reverse),
            ("rfind", m_rfind),
            ("rindex", m_rindex),
            ("rjust", m_rjust),
            ("rpartition", m_rpartition),
            ("rsplit", m_rsplit),
            ("rstrip", m_rstrip),
            ("split", m_split),
            ("splitlines", m_splitlines),
            ("startswith", m_startswith),
            ("strip", m_strip),
            ("swapcase", m_swapcase),
            ("title", m_title),
            ("translate", m_translate),
            ("upper", m_upper),
            ("zfill", m_zfill),
        ],
    );
    crate::descr::add_classmethods(t, &[("fromhex", m_fromhex)]);
    crate::descr::add_attr(t, "__hash__", Value::NONE);
}
