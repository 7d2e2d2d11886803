//! Base64 encoding and decoding as binascii does it (shared by the
//! `base64` codec and the `binascii`/`base64` modules).

use crate::PyResult;
use crate::value::Value;

const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

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

/// The `binascii.Error` exception class (a subclass of Exception), created
/// on first use; the base64 and hex codecs raise it too.
pub fn error_type() -> Value {
    thread_local! {
        // ManuallyDrop: no Value release during thread-local teardown.
        static ERROR: std::mem::ManuallyDrop<std::cell::RefCell<Option<Value>>> =
            const { std::mem::ManuallyDrop::new(std::cell::RefCell::new(None)) };
    }
    ERROR.with(|e| {
        if let Some(t) = e.borrow().as_ref() {
            return t.clone();
        }
        let ns = crate::dict::new();
        crate::dict::set_item_str(&ns, "__module__", crate::str::new("binascii"));
        let bases = crate::tuple::new(vec![crate::types::type_value(
            crate::rt::rt().exc.exception,
        )]);
        let t = crate::class::type_new(
            crate::rt::rt().types.type_,
            &crate::str::new("Error"),
            &bases,
            &ns,
        )
        .expect("binascii.Error can be created");
        *e.borrow_mut() = Some(t.clone());
        t
    })
}

/// A `binascii.Error` with message `msg`.
pub fn error(msg: &str) -> crate::PyErr {
    crate::PyErr::from_instance(
        crate::ops::call(&error_type(), &[crate::str::new(msg)], &[])
            .unwrap_or_else(|e| e.value().clone()),
    )
}

/// The value of a base64 alphabet byte ('=' counts as 0, as in binascii's
/// table); None for bytes outside it.
fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        b'=' => 0,
        _ => return None,
    } as u32)
}

/// `binascii.a2b_base64`: decodes, skipping bytes outside the alphabet;
/// a pad ends the input once two data characters of a quad were seen (at
/// the third position only if another pad follows).
pub fn a2b_base64(data: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut quad = 0;
    for (i, &c) in data.iter().enumerate() {
        if c > 0x7f || c == b'\r' || c == b'\n' || c == b' ' {
            continue;
        }
        if c == b'=' {
            // the next alphabet character after this pad
            let next = data[i + 1..]
                .iter()
                .copied()
                .find(|&x| x <= 0x7f && b64_value(x).is_some());
            if quad < 2 || (quad == 2 && next != Some(b'=')) {
                continue;
            }
            bits = 0;
            break;
        }
        let Some(v) = b64_value(c) else {
            continue;
        };
        quad = (quad + 1) & 3;
        acc = (acc << 6) | v;
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
