//! The part of CPython's buffer protocol native modules rely on: the
//! bytes behind `str`, `unicode` (default-encoded, read only),
//! `bytearray` and `array.array` objects.

use crate::value::Value;
use crate::{PyResult, bytearray, str as pstr, unicode};

/// The bytes of a readable buffer (`s*`), or `Ok(None)` if `v` does not
/// provide one. Unicode is encoded with the default encoding, which may
/// fail.
pub fn read(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if pstr::is_str(v) {
        return Ok(Some(pstr::as_bytes(v).to_vec()));
    }
    if bytearray::is_bytearray(v) {
        return Ok(Some(bytearray::bytes(v).to_vec()));
    }
    if super::array::is_array(v) {
        return Ok(Some(super::array::raw_bytes(v).to_vec()));
    }
    if crate::buffer::is_buffer(v) {
        return Ok(Some(crate::buffer::contents(v)));
    }
    if unicode::is_unicode(v) {
        let s = unicode::encode_default(v)?;
        return Ok(Some(pstr::as_bytes(&s).to_vec()));
    }
    Ok(None)
}

/// Runs `f` on the bytes of a writable buffer (`w*`); `None` if `v` does
/// not provide one.
pub fn with_writable<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    if bytearray::is_bytearray(v) {
        return Some(f(bytearray::bytes_mut(v)));
    }
    if super::array::is_array(v) {
        return Some(f(super::array::raw_bytes_mut(v)));
    }
    None
}
