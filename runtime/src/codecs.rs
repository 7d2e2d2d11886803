//! Text codecs for `str.encode/decode`, `unicode.encode` and `unicode()`:
//! ascii, latin-1, utf-8, utf-16 (with and without BOM, both byte
//! orders), utf-32, and the str-to-str codecs hex and base64; error
//! handlers strict, ignore, replace, xmlcharrefreplace and
//! backslashreplace (encoding).

use crate::unicode::{self, chars};
use crate::value::Value;
use crate::{PyResult, err, str as pstr};

/// Normalizes an encoding name (`UTF-8` → `utf_8`) and resolves aliases.
pub fn normalize(name: &str) -> String {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match n.as_str() {
        "utf8" | "u8" | "utf" | "utf_8" | "cp65001" => "utf_8".into(),
        "ascii" | "us_ascii" | "646" | "us" => "ascii".into(),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => "latin_1".into(),
        "utf_16" | "utf16" | "u16" => "utf_16".into(),
        "utf_16_le" | "utf_16le" | "utf16le" => "utf_16_le".into(),
        "utf_16_be" | "utf_16be" | "utf16be" => "utf_16_be".into(),
        "utf_32" | "utf32" | "u32" => "utf_32".into(),
        "utf_32_le" | "utf_32le" => "utf_32_le".into(),
        "utf_32_be" | "utf_32be" => "utf_32_be".into(),
        "hex" | "hex_codec" => "hex".into(),
        "base64" | "base_64" | "base64_codec" => "base64".into(),
        _ => n,
    }
}

fn unknown(name: &str) -> crate::PyErr {
    crate::PyErr::with_arg(
        crate::rt::rt().exc.lookup_error,
        pstr::from_string(format!("unknown encoding: {name}")),
    )
}

fn push_escape(out: &mut Vec<u8>, c: u32) {
    let s = if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

fn encode_limited(u: &Value, limit: u32, name: &str, errors: &str) -> PyResult {
    let cs = chars(u);
    let mut out = Vec::with_capacity(cs.len());
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cs.len() && cs[end] >= limit {
            end += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for &x in &cs[i..end] {
                    out.extend_from_slice(format!("&#{x};").as_bytes());
                }
            }
            "backslashreplace" => {
                for &x in &cs[i..end] {
                    push_escape(&mut out, x);
                }
            }
            "strict" => {
                let reason = if limit == 128 {
                    "ordinal not in range(128)"
                } else {
                    "ordinal not in range(256)"
                };
                return Err(unicode::encode_error(name, u, i, end, reason));
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(pstr::from_vec(out))
}

fn unknown_handler(name: &str) -> crate::PyErr {
    crate::PyErr::with_arg(
        crate::rt::rt().exc.lookup_error,
        pstr::from_string(format!("unknown error handler name '{name}'")),
    )
}

fn encode_utf8(u: &Value, errors: &str) -> PyResult {
    let cs = chars(u);
    let mut out = Vec::with_capacity(cs.len());
    for (i, &c) in cs.iter().enumerate() {
        match char::from_u32(c) {
            Some(x) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(x.encode_utf8(&mut buf).as_bytes());
            }
            None => {
                // lone surrogates: CPython 2.7 encodes them as 3 bytes
                let _ = (i, errors);
                out.push(0xe0 | (c >> 12) as u8);
                out.push(0x80 | ((c >> 6) & 0x3f) as u8);
                out.push(0x80 | (c & 0x3f) as u8);
            }
        }
    }
    Ok(pstr::from_vec(out))
}

fn encode_utf16(u: &Value, le: bool, bom: bool) -> PyResult {
    let mut out = Vec::new();
    let put = |out: &mut Vec<u8>, x: u16| {
        if le {
            out.extend_from_slice(&x.to_le_bytes());
        } else {
            out.extend_from_slice(&x.to_be_bytes());
        }
    };
    if bom {
        put(&mut out, 0xfeff);
    }
    for &c in chars(u) {
        if c >= 0x10000 {
            let v = c - 0x10000;
            put(&mut out, 0xd800 | (v >> 10) as u16);
            put(&mut out, 0xdc00 | (v & 0x3ff) as u16);
        } else {
            put(&mut out, c as u16);
        }
    }
    Ok(pstr::from_vec(out))
}

fn encode_utf32(u: &Value, le: bool, bom: bool) -> PyResult {
    let mut out = Vec::new();
    let put = |out: &mut Vec<u8>, x: u32| {
        if le {
            out.extend_from_slice(&x.to_le_bytes());
        } else {
            out.extend_from_slice(&x.to_be_bytes());
        }
    };
    if bom {
        put(&mut out, 0xfeff);
    }
    for &c in chars(u) {
        put(&mut out, c);
    }
    Ok(pstr::from_vec(out))
}

/// `unicode.encode(encoding, errors)`.
pub fn encode(u: &Value, encoding: &str, errors: &str) -> PyResult {
    match normalize(encoding).as_str() {
        "ascii" => encode_limited(u, 128, "ascii", errors),
        "latin_1" => encode_limited(u, 256, "latin-1", errors),
        "utf_8" => encode_utf8(u, errors),
        "utf_16" => encode_utf16(u, true, true),
        "utf_16_le" => encode_utf16(u, true, false),
        "utf_16_be" => encode_utf16(u, false, false),
        "utf_32" => encode_utf32(u, true, true),
        "utf_32_le" => encode_utf32(u, true, false),
        "utf_32_be" => encode_utf32(u, false, false),
        "hex" | "base64" => {
            let s = unicode::encode_default(u)?;
            str_to_str(&s, &normalize(encoding), true)
        }
        _ => Err(unknown(encoding)),
    }
}

/// `str.encode(encoding, errors)`: str-to-str codecs act on the bytes;
/// text codecs first decode with the default encoding.
pub fn str_encode(s: &Value, encoding: &str, errors: &str) -> PyResult {
    let n = normalize(encoding);
    if n == "hex" || n == "base64" {
        return str_to_str(s, &n, true);
    }
    let u = unicode::decode_default(s)?;
    encode(&u, encoding, errors)
}

fn decode_error_handle(
    errors: &str,
    name: &str,
    s: &Value,
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
) -> PyResult<()> {
    match errors {
        "strict" => Err(unicode::decode_error(name, s, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push(0xfffd);
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

fn decode_utf8(s: &Value, errors: &str) -> PyResult {
    let b = pstr::as_bytes(s);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            out.push(c as u32);
            i += 1;
            continue;
        }
        let (n, min) = match c {
            0xc2..=0xdf => (2, 0x80),
            0xe0..=0xef => (3, 0x800),
            0xf0..=0xf4 => (4, 0x10000),
            _ => {
                decode_error_handle(errors, "utf8", s, i, i + 1, "invalid start byte", &mut out)?;
                i += 1;
                continue;
            }
        };
        if i + n > b.len() {
            // count the valid continuation bytes present
            let mut k = i + 1;
            while k < b.len() && (b[k] & 0xc0) == 0x80 {
                k += 1;
            }
            if k == b.len() {
                decode_error_handle(
                    errors,
                    "utf8",
                    s,
                    i,
                    b.len(),
                    "unexpected end of data",
                    &mut out,
                )?;
                i = b.len();
                continue;
            }
            decode_error_handle(
                errors,
                "utf8",
                s,
                i,
                k,
                "invalid continuation byte",
                &mut out,
            )?;
            i = k;
            continue;
        }
        let mut v = (c as u32) & (0x7f >> n);
        let mut bad = None;
        for k in 1..n {
            let cc = b[i + k];
            if cc & 0xc0 != 0x80 {
                bad = Some(k);
                break;
            }
            v = (v << 6) | (cc & 0x3f) as u32;
        }
        if let Some(k) = bad {
            decode_error_handle(
                errors,
                "utf8",
                s,
                i,
                i + k,
                "invalid continuation byte",
                &mut out,
            )?;
            i += k;
            continue;
        }
        if v < min || v > 0x10ffff {
            decode_error_handle(
                errors,
                "utf8",
                s,
                i,
                i + n,
                "invalid continuation byte",
                &mut out,
            )?;
            i += n;
            continue;
        }
        out.push(v);
        i += n;
    }
    Ok(unicode::new(out))
}

fn decode_utf16(s: &Value, le0: bool, detect: bool, errors: &str) -> PyResult {
    let b = pstr::as_bytes(s);
    let mut le = le0;
    let mut i = 0;
    if detect && b.len() >= 2 {
        if b[0] == 0xff && b[1] == 0xfe {
            le = true;
            i = 2;
        } else if b[0] == 0xfe && b[1] == 0xff {
            le = false;
            i = 2;
        }
    }
    let mut out = Vec::new();
    let get = |k: usize| -> u32 {
        if le {
            u16::from_le_bytes([b[k], b[k + 1]]) as u32
        } else {
            u16::from_be_bytes([b[k], b[k + 1]]) as u32
        }
    };
    while i + 1 < b.len() {
        let w = get(i);
        if (0xd800..0xdc00).contains(&w) && i + 3 < b.len() {
            let w2 = get(i + 2);
            if (0xdc00..0xe000).contains(&w2) {
                out.push(0x10000 + ((w - 0xd800) << 10) + (w2 - 0xdc00));
                i += 4;
                continue;
            }
        }
        out.push(w);
        i += 2;
    }
    if i < b.len() {
        decode_error_handle(errors, "utf16", s, i, b.len(), "truncated data", &mut out)?;
    }
    Ok(unicode::new(out))
}

fn str_to_str(s: &Value, codec: &str, encoding: bool) -> PyResult {
    let b = pstr::as_bytes(s);
    match (codec, encoding) {
        ("hex", true) => Ok(pstr::from_string(
            b.iter().map(|x| format!("{x:02x}")).collect(),
        )),
        ("hex", false) => {
            if b.len() % 2 != 0 {
                return Err(err::type_error("Odd-length string"));
            }
            let mut out = Vec::with_capacity(b.len() / 2);
            for pair in b.chunks(2) {
                let h = std::str::from_utf8(pair)
                    .ok()
                    .and_then(|t| u8::from_str_radix(t, 16).ok());
                match h {
                    Some(x) => out.push(x),
                    None => return Err(err::type_error("Non-hexadecimal digit found")),
                }
            }
            Ok(pstr::from_vec(out))
        }
        ("base64", true) => Ok(pstr::from_vec(crate::binascii_impl::b2a_base64(b, true))),
        ("base64", false) => crate::binascii_impl::a2b_base64(b).map(pstr::from_vec),
        _ => Err(unknown(codec)),
    }
}

/// `str.decode(encoding, errors)`.
pub fn decode(s: &Value, encoding: &str, errors: &str) -> PyResult {
    match normalize(encoding).as_str() {
        "ascii" => {
            let b = pstr::as_bytes(s);
            let mut out = Vec::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    out.push(c as u32);
                } else {
                    decode_error_handle(
                        errors,
                        "ascii",
                        s,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        &mut out,
                    )?;
                }
            }
            Ok(unicode::new(out))
        }
        "latin_1" => Ok(unicode::new(
            pstr::as_bytes(s).iter().map(|&c| c as u32).collect(),
        )),
        "utf_8" => decode_utf8(s, errors),
        "utf_16" => decode_utf16(s, true, true, errors),
        "utf_16_le" => decode_utf16(s, true, false, errors),
        "utf_16_be" => decode_utf16(s, false, false, errors),
        "hex" => str_to_str(s, "hex", false),
        "base64" => str_to_str(s, "base64", false),
        _ => Err(unknown(encoding)),
    }
}
