//! `unicode`: sequences of code points (UCS4, as the reference CPython
//! build: `sys.maxunicode == 1114111`). Lone surrogates are representable.
//!
//! Invariant: the code points never change after creation; `hash` caches
//! CPython's unicode hash (equal to the str hash for ASCII text, so
//! `u'a' == 'a'` keys collide as they must). Methods and codecs live in
//! `unicode_methods.rs` and `codecs.rs`.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::Layout;
use crate::value::Value;
use crate::{PyErr, PyResult, str as pstr, tuple};
use std::cell::Cell;

/// A unicode object.
#[repr(C)]
pub struct UnicodeObj {
    /// Header.
    pub ob: ObjHeader,
    /// Cached hash, -1 when not computed.
    pub hash: Cell<i64>,
    /// The code points.
    pub data: Box<[u32]>,
}

/// A new unicode object from code points.
pub fn new(data: Vec<u32>) -> Value {
    new_of_type(rt().types.unicode, data)
}

/// A new unicode object of type `ty` (unicode or a subclass).
pub fn new_of_type(ty: *mut crate::types::TypeObject, data: Vec<u32>) -> Value {
    // SAFETY: UnicodeObj is the unicode layout.
    unsafe {
        new_object(
            ty,
            UnicodeObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                hash: Cell::new(-1),
                data: data.into_boxed_slice(),
            },
        )
    }
}

/// A unicode object from Rust text.
pub fn from_str(s: &str) -> Value {
    new(s.chars().map(|c| c as u32).collect())
}

/// Is `v` a unicode object (or subclass instance)?
#[inline]
pub fn is_unicode(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Unicode }
}

/// The code points.
#[inline]
pub fn chars(v: &Value) -> &[u32] {
    debug_assert!(is_unicode(v));
    // SAFETY: callers pass unicode objects.
    unsafe { &(*(v.as_ptr() as *const UnicodeObj)).data }
}

/// The code points as Rust text (lone surrogates become U+FFFD).
pub fn to_string_lossy(v: &Value) -> String {
    chars(v)
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// CPython's unicode hash.
pub fn hash(v: &Value) -> i64 {
    // SAFETY: callers pass unicode objects.
    let o = unsafe { &*(v.as_ptr() as *const UnicodeObj) };
    if o.hash.get() != -1 {
        return o.hash.get();
    }
    let d = &o.data;
    let mut x: i64 = if d.is_empty() { 0 } else { (d[0] as i64) << 7 };
    for &c in d.iter() {
        x = x.wrapping_mul(1000003) ^ c as i64;
    }
    x ^= d.len() as i64;
    let h = if x == -1 { -2 } else { x };
    o.hash.set(h);
    h
}

/// `repr(u'...')`.
pub fn repr_chars(d: &[u32]) -> String {
    let has_sq = d.contains(&('\'' as u32));
    let has_dq = d.contains(&('"' as u32));
    let quote = if has_sq && !has_dq { '"' } else { '\'' };
    let mut out = String::from("u");
    out.push(quote);
    for &c in d {
        match c {
            _ if c == quote as u32 || c == '\\' as u32 => {
                out.push('\\');
                out.push(char::from_u32(c).unwrap());
            }
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x20..=0x7e => out.push(char::from_u32(c).unwrap()),
            0..=0xff => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out.push(quote);
    out
}

/// A UnicodeEncodeError for `encoding` at `pos..end`.
pub fn encode_error(encoding: &str, obj: &Value, start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        rt().exc.unicode_encode_error,
        tuple::new(vec![
            pstr::new(encoding),
            obj.clone(),
            Value::small_int(start as i64),
            Value::small_int(end as i64),
            pstr::new(reason),
        ]),
    )
}

/// A UnicodeDecodeError for `encoding` at `pos..end`.
pub fn decode_error(encoding: &str, obj: &Value, start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        rt().exc.unicode_decode_error,
        tuple::new(vec![
            pstr::new(encoding),
            obj.clone(),
            Value::small_int(start as i64),
            Value::small_int(end as i64),
            pstr::new(reason),
        ]),
    )
}

/// Encodes with the default encoding (ASCII), as `str(u)` does.
pub fn encode_default(v: &Value) -> PyResult {
    let d = chars(v);
    let mut out = Vec::with_capacity(d.len());
    for (i, &c) in d.iter().enumerate() {
        if c >= 128 {
            let mut end = i + 1;
            while end < d.len() && d[end] >= 128 {
                end += 1;
            }
            return Err(encode_error(
                "ascii",
                v,
                i,
                end,
                "ordinal not in range(128)",
            ));
        }
        out.push(c as u8);
    }
    Ok(pstr::from_vec(out))
}

/// Decodes a str with the default encoding (ASCII), as `unicode(s)` and
/// mixed str/unicode operations do.
pub fn decode_default(s: &Value) -> PyResult {
    let b = pstr::as_bytes(s);
    if let Some(i) = b.iter().position(|&c| c >= 128) {
        return Err(decode_error(
            "ascii",
            s,
            i,
            i + 1,
            "ordinal not in range(128)",
        ));
    }
    Ok(new(b.iter().map(|&c| c as u32).collect()))
}

/// Converts str or unicode to unicode (others: None).
pub fn coerce(v: &Value) -> PyResult<Option<Value>> {
    if is_unicode(v) {
        return Ok(Some(v.clone()));
    }
    if pstr::is_str(v) {
        return decode_default(v).map(Some);
    }
    Ok(None)
}
