//! `str`: immutable byte strings, with CPython 2.7's hash and repr.
//!
//! Invariants: the bytes never change after creation; `hash` caches the
//! CPython 2.7 string hash (-1 = not yet computed); interned strings are the
//! canonical object for their contents (see `rt::intern`). Methods live in
//! `str_methods.rs`.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::Layout;
use crate::value::Value;
use std::cell::Cell;

/// The payload of a `str`.
#[repr(C)]
pub struct StrObj {
    /// Header.
    pub ob: ObjHeader,
    /// Cached hash, -1 when not computed.
    pub hash: Cell<i64>,
    /// Is this the interned object for its contents?
    pub interned: Cell<bool>,
    /// The bytes.
    pub data: Box<[u8]>,
}

/// A new str from UTF-8 text (its bytes).
#[inline]
pub fn new(s: &str) -> Value {
    new_bytes(s.as_bytes())
}

/// A new str from bytes. One-byte and empty strings are shared.
pub fn new_bytes(b: &[u8]) -> Value {
    if b.len() <= 1 {
        let chars = rt().chars.borrow();
        if !chars.is_empty() {
            let idx = if b.is_empty() { 256 } else { b[0] as usize };
            return chars[idx].clone();
        }
    }
    alloc(b.into())
}

/// A new str taking a byte vector.
pub fn from_vec(v: Vec<u8>) -> Value {
    if v.len() <= 1 {
        return new_bytes(&v);
    }
    alloc(v.into_boxed_slice())
}

/// A new str from a Rust String.
pub fn from_string(s: String) -> Value {
    from_vec(s.into_bytes())
}

/// Allocates without consulting the one-byte cache (bootstrap).
pub(crate) fn alloc(data: Box<[u8]>) -> Value {
    // SAFETY: StrObj starts with a header; the str type's basicsize and
    // drop_payload are for StrObj.
    unsafe {
        new_object(
            rt().types.str,
            StrObj {
                ob: crate::object::ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                hash: Cell::new(-1),
                interned: Cell::new(false),
                data,
            },
        )
    }
}

/// Is `v` a str (or an instance of a str subclass)?
#[inline(always)]
pub fn is_str(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Str }
}

/// Is `v` exactly a str?
#[inline(always)]
pub fn is_exact_str(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.str
}

/// The payload of a str.
#[inline(always)]
pub fn obj(v: &Value) -> &StrObj {
    debug_assert!(is_str(v));
    // SAFETY: callers pass str values (checked in debug builds).
    unsafe { &*(v.as_ptr() as *const StrObj) }
}

/// The bytes of a str.
#[inline(always)]
pub fn as_bytes(v: &Value) -> &[u8] {
    &obj(v).data
}

/// The bytes of a str as text, for names and messages ('?' if not UTF-8).
pub fn as_str_lossy(v: &Value) -> &str {
    if !is_str(v) {
        return "?";
    }
    std::str::from_utf8(as_bytes(v)).unwrap_or("?")
}

/// Marks a str as the interned object for its contents.
pub(crate) fn mark_interned(v: &Value) {
    obj(v).interned.set(true);
}

/// CPython 2.7's string hash of bytes (hash randomization off).
#[inline]
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut x: i64 = (b[0] as i64) << 7;
    for &c in b {
        x = x.wrapping_mul(1000003) ^ c as i64;
    }
    x ^= b.len() as i64;
    if x == -1 { -2 } else { x }
}

/// The (cached) hash of a str.
#[inline]
pub fn hash(v: &Value) -> i64 {
    let o = obj(v);
    let h = o.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_bytes(&o.data);
    o.hash.set(h);
    h
}

/// Content equality of two strs (identity first).
#[inline]
pub fn eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    let (x, y) = (obj(a), obj(b));
    if x.interned.get() && y.interned.get() {
        return false;
    }
    x.data == y.data
}

/// CPython's repr of a byte string: quotes chosen as `string_repr` does.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 2);
    out.push(quote as char);
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                out.push_str(&format!("\\x{c:02x}"));
            }
        }
    }
    out.push(quote as char);
    out
}

/// Concatenation of two strs.
pub fn concat(a: &Value, b: &Value) -> Value {
    let (x, y) = (as_bytes(a), as_bytes(b));
    if y.is_empty() && is_exact_str(a) {
        return a.clone();
    }
    if x.is_empty() && is_exact_str(b) {
        return b.clone();
    }
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    from_vec(v)
}

/// Builds the one-byte string cache (bootstrap).
pub(crate) fn init_char_cache() {
    let mut chars = Vec::with_capacity(257);
    for c in 0..=255u8 {
        chars.push(alloc(Box::new([c])));
    }
    chars.push(alloc(Box::new([])));
    *rt().chars.borrow_mut() = chars;
}
