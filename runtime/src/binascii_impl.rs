//! Base64 encoding and decoding as binascii does it, and binascii's
//! exception classes (shared by the `base64` codec and the `binascii`
//! module, so both raise `binascii.Error`).

use crate::modules::native_type::{TypeSlot, new_exception_type};
use crate::types::TypeObject;
use crate::{PyErr, PyResult};

const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

thread_local! {
    static ERROR: TypeSlot = const { TypeSlot::new() };
    static INCOMPLETE: TypeSlot = const { TypeSlot::new() };
}

/// `binascii.Error` (created on first use).
pub fn error_type() -> *mut TypeObject {
    ERROR.with(|s| s.get(|| new_exception_type("binascii", "Error", crate::rt::rt().exc.exception)))
}

/// `binascii.Incomplete` (created on first use).
pub fn incomplete_type() -> *mut TypeObject {
    INCOMPLETE.with(|s| {
        s.get(|| new_exception_type("binascii", "Incomplete", crate::rt::rt().exc.exception))
    })
}

/// `binascii.Error(msg)`.
pub fn error(msg: &str) -> PyErr {
    PyErr::new(error_type(), msg)
}

/// `binascii.b2a_base64`: encodes, with a trailing newline if `newline`.
pub fn b2a_base64(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        out.push(TABLE[(n >> 18) as usize & 63]);
        out.push(TABLE[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            TABLE[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            TABLE[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// `base64.encodestring`, the `base64` codec's encoder: lines of at most
/// 57 input bytes (76 output characters), each ending in a newline.
pub fn encodestring(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(57) * 77);
    for chunk in data.chunks(57) {
        out.extend_from_slice(&b2a_base64(chunk, true));
    }
    out
}

/// The value of a base64 digit (`=` counts as 0, as in binascii's table).
fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        b'=' => Some(0),
        _ => None,
    }
}

/// `binascii.a2b_base64`: decodes, skipping characters outside the
/// alphabet. A pad ends the input only where a quad may end (its third
/// or fourth character, a third-position pad needing a second one among
/// the following valid characters); other pads are ignored. Leftover
/// bits are "Incorrect padding".
pub fn a2b_base64(data: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut quad_pos = 0;
    for (i, &c) in data.iter().enumerate() {
        if c > 0x7f || c == b'\r' || c == b'\n' || c == b' ' {
            continue;
        }
        if c == b'=' {
            let second_pad = || {
                data[i..]
                    .iter()
                    .filter(|&&d| d <= 0x7f && b64_value(d).is_some())
                    .nth(1)
                    == Some(&b'=')
            };
            if quad_pos < 2 || (quad_pos == 2 && !second_pad()) {
                continue;
            }
            bits = 0;
            break;
        }
        let Some(v) = b64_value(c) else { continue };
        quad_pos = (quad_pos + 1) & 3;
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits != 0 {
        return Err(error("Incorrect padding"));
    }
    Ok(out)
}
