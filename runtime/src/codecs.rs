//! The codecs behind `str.encode/decode`, `unicode.encode/decode`,
//! `unicode(s, encoding)` and `bytearray.decode`: the encodings package's
//! name lookup (normalization and aliases) and the codecs themselves —
//! ascii, latin-1, utf-8 (and -sig), utf-16 and utf-32 (with BOM or fixed
//! byte order), unicode_escape, raw_unicode_escape, string_escape, rot13,
//! and the str-to-str codecs hex and base64 — with the error handlers
//! strict, ignore, replace, and for encoding xmlcharrefreplace and
//! backslashreplace. Error positions, reasons and codec names in the
//! UnicodeError exceptions are CPython 2.7's (`'utf8'`, `'utf16'`, ...).

use crate::unicode::{self, chars};
use crate::value::Value;
use crate::{PyErr, PyResult, err, str as pstr};

/// `sys.getdefaultencoding()`.
pub const DEFAULT_ENCODING: &str = "ascii";

/// The codecs py2jit provides.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Ascii,
    Latin1,
    Utf8,
    Utf8Sig,
    /// UTF-16; `None` = native order with a BOM, `Some(le)` fixed order.
    Utf16(Option<bool>),
    /// UTF-32, as UTF-16.
    Utf32(Option<bool>),
    UnicodeEscape,
    RawUnicodeEscape,
    StringEscape,
    Rot13,
    Hex,
    Base64,
}

/// The encodings package's name normalization: `codecs.lookup` lowercases
/// (spaces become hyphens), then every run of characters other than ASCII
/// letters, digits and '.' becomes one '_'.
pub fn normalize(name: &str) -> String {
    let lowered: String = name
        .chars()
        .map(|c| {
            if c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let mut out = String::new();
    let mut pending = false;
    for c in lowered.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c);
        } else {
            pending = true;
        }
    }
    out
}

fn alias(n: &str) -> Option<Codec> {
    use Codec::*;
    Some(match n {
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Latin1,
        "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" => Utf8,
        "utf_8_sig" => Utf8Sig,
        "utf_16" | "u16" | "utf16" => Utf16(None),
        "utf_16_le" | "unicodelittleunmarked" | "utf_16le" => Utf16(Some(true)),
        "utf_16_be" | "unicodebigunmarked" | "utf_16be" => Utf16(Some(false)),
        "utf_32" | "u32" | "utf32" => Utf32(None),
        "utf_32_le" | "utf_32le" => Utf32(Some(true)),
        "utf_32_be" | "utf_32be" => Utf32(Some(false)),
        "unicode_escape" => UnicodeEscape,
        "raw_unicode_escape" => RawUnicodeEscape,
        "string_escape" => StringEscape,
        "rot_13" | "rot13" => Rot13,
        "hex_codec" | "hex" => Hex,
        "base64_codec" | "base64" | "base_64" => Base64,
        _ => return None,
    })
}

/// `codecs.lookup(name)`: LookupError "unknown encoding: NAME" (the name
/// as given) when there is no such codec.
fn lookup(name: &str) -> PyResult<Codec> {
    let n = normalize(name);
    alias(&n)
        .or_else(|| alias(&n.replace('.', "_")))
        .ok_or_else(|| {
            // the name's characters are the bytes it was given as
            let mut msg = b"unknown encoding: ".to_vec();
            msg.extend(name.chars().map(|c| c as u32 as u8));
            PyErr::with_arg(crate::rt::rt().exc.lookup_error, pstr::from_vec(msg))
        })
}

/// Raises the LookupError of an unknown encoding (before any conversion
/// of the argument, as `codecs.lookup` runs first).
pub fn check_encoding(name: &str) -> PyResult<()> {
    lookup(name).map(|_| ())
}

fn unknown_handler(name: &str) -> PyErr {
    let mut msg = b"unknown error handler name '".to_vec();
    msg.extend(name.chars().map(|c| c as u32 as u8));
    msg.push(b'\'');
    PyErr::with_arg(crate::rt::rt().exc.lookup_error, pstr::from_vec(msg))
}

// ----- error handling -----

/// The replacement a decoding error handler asks for (CPython's
/// `unicode_decode_call_errorhandler` with the builtin handlers); decoding
/// resumes at the end of the bad range.
fn decode_error(
    errors: &str,
    codec: &str,
    s: &Value,
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
) -> PyResult<()> {
    match errors {
        "strict" => Err(unicode::decode_error(codec, s, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push(0xfffd);
            Ok(())
        }
        "xmlcharrefreplace" | "backslashreplace" => Err(err::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        other => Err(unknown_handler(other)),
    }
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

/// Handles unencodable `u[start..end]` for an encoder that writes bytes
/// (the replacements are ASCII, so every target encoding can take them).
fn encode_error(
    errors: &str,
    codec: &str,
    u: &Value,
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let cs = &chars(u)[start..end];
    match errors {
        "strict" => Err(unicode::encode_error(codec, u, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.extend(std::iter::repeat_n(b'?', cs.len()));
            Ok(())
        }
        "xmlcharrefreplace" => {
            for &x in cs {
                out.extend_from_slice(format!("&#{x};").as_bytes());
            }
            Ok(())
        }
        "backslashreplace" => {
            for &x in cs {
                push_escape(out, x);
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

// ----- encoders (unicode -> bytes) -----

/// ascii and latin-1: code points below `limit` are bytes; a run of
/// others is one error.
fn encode_limited(u: &Value, limit: u32, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    let cs = chars(u);
    let mut out = Vec::with_capacity(cs.len());
    let mut i = 0;
    while i < cs.len() {
        if cs[i] < limit {
            out.push(cs[i] as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cs.len() && cs[end] >= limit {
            end += 1;
        }
        let reason = if limit == 128 {
            "ordinal not in range(128)"
        } else {
            "ordinal not in range(256)"
        };
        encode_error(errors, codec, u, i, end, reason, &mut out)?;
        i = end;
    }
    Ok(out)
}

fn push_utf8(out: &mut Vec<u8>, c: u32) {
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.push(0xc0 | (c >> 6) as u8);
        out.push(0x80 | (c & 0x3f) as u8);
    } else if c < 0x10000 {
        out.push(0xe0 | (c >> 12) as u8);
        out.push(0x80 | ((c >> 6) & 0x3f) as u8);
        out.push(0x80 | (c & 0x3f) as u8);
    } else {
        out.push(0xf0 | (c >> 18) as u8);
        out.push(0x80 | ((c >> 12) & 0x3f) as u8);
        out.push(0x80 | ((c >> 6) & 0x3f) as u8);
        out.push(0x80 | (c & 0x3f) as u8);
    }
}

/// UTF-8 as CPython 2.7 writes it: never an error; a surrogate pair
/// becomes its 4-byte sequence, a lone surrogate 3 bytes.
fn encode_utf8(cs: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cs.len());
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        if (0xd800..0xdc00).contains(&c) && i < cs.len() && (0xdc00..0xe000).contains(&cs[i]) {
            push_utf8(&mut out, 0x10000 + ((c - 0xd800) << 10) + (cs[i] - 0xdc00));
            i += 1;
            continue;
        }
        push_utf8(&mut out, c);
    }
    out
}

fn encode_utf16(cs: &[u32], le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(cs.len() * 2 + 2);
    let put = |out: &mut Vec<u8>, x: u16| {
        out.extend_from_slice(&if le { x.to_le_bytes() } else { x.to_be_bytes() });
    };
    if bom {
        put(&mut out, 0xfeff);
    }
    for &c in cs {
        if c >= 0x10000 {
            let v = c - 0x10000;
            put(&mut out, 0xd800 | (v >> 10) as u16);
            put(&mut out, 0xdc00 | (v & 0x3ff) as u16);
        } else {
            put(&mut out, c as u16);
        }
    }
    out
}

fn encode_utf32(cs: &[u32], le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(cs.len() * 4 + 4);
    let put = |out: &mut Vec<u8>, x: u32| {
        out.extend_from_slice(&if le { x.to_le_bytes() } else { x.to_be_bytes() });
    };
    if bom {
        put(&mut out, 0xfeff);
    }
    for &c in cs {
        put(&mut out, c);
    }
    out
}

/// unicode_escape (`raw` false) and raw_unicode_escape (`raw` true).
fn encode_unicode_escape(cs: &[u32], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(cs.len());
    for &c in cs {
        if c >= 0x10000 {
            out.extend_from_slice(format!("\\U{c:08x}").as_bytes());
        } else if c >= 0x100 {
            out.extend_from_slice(format!("\\u{c:04x}").as_bytes());
        } else if raw {
            out.push(c as u8);
        } else {
            match c {
                0x5c => out.extend_from_slice(b"\\\\"),
                0x09 => out.extend_from_slice(b"\\t"),
                0x0a => out.extend_from_slice(b"\\n"),
                0x0d => out.extend_from_slice(b"\\r"),
                0x20..=0x7e => out.push(c as u8),
                _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
            }
        }
    }
    out
}

/// string_escape: the body of a str repr (single quotes escaped).
fn encode_string_escape(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        match c {
            b'\'' | b'\\' => {
                out.push(b'\\');
                out.push(c);
            }
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    out
}

fn rot13(c: u32) -> u32 {
    match c {
        0x41..=0x5a => (c - 0x41 + 13) % 26 + 0x41,
        0x61..=0x7a => (c - 0x61 + 13) % 26 + 0x61,
        _ => c,
    }
}

/// rot13 (a charmap codec): Latin-1 with ASCII letters rotated.
fn encode_rot13(u: &Value, errors: &str) -> PyResult<Vec<u8>> {
    let cs = chars(u);
    let mut out = Vec::with_capacity(cs.len());
    let mut i = 0;
    while i < cs.len() {
        if cs[i] < 256 {
            out.push(rot13(cs[i]) as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cs.len() && cs[end] >= 256 {
            end += 1;
        }
        encode_error(
            errors,
            "charmap",
            u,
            i,
            end,
            "character maps to <undefined>",
            &mut out,
        )?;
        i = end;
    }
    Ok(out)
}

fn hex_encode(b: &[u8]) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(b.len() * 2);
    for &x in b {
        out.push(HEX[(x >> 4) as usize]);
        out.push(HEX[(x & 15) as usize]);
    }
    out
}

fn hex_decode(b: &[u8]) -> PyResult<Vec<u8>> {
    if !b.len().is_multiple_of(2) {
        return Err(err::type_error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(b.len() / 2);
    for pair in b.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(err::type_error("Non-hexadecimal digit found")),
        }
    }
    Ok(out)
}

/// `base64.encodestring`: lines of at most 57 input bytes, each ending in
/// a newline.
fn base64_encode(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in b.chunks(57) {
        out.extend_from_slice(&crate::binascii_impl::b2a_base64(chunk, true));
    }
    out
}

/// Encodes the code points of `u` (a unicode object) with `codec`.
fn encode_with(u: &Value, codec: Codec, errors: &str) -> PyResult {
    use Codec::*;
    let cs = chars(u);
    let bytes = match codec {
        Ascii => encode_limited(u, 128, "ascii", errors)?,
        Latin1 => encode_limited(u, 256, "latin-1", errors)?,
        Utf8 => encode_utf8(cs),
        Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend(encode_utf8(cs));
            v
        }
        Utf16(None) => encode_utf16(cs, true, true),
        Utf16(Some(le)) => encode_utf16(cs, le, false),
        Utf32(None) => encode_utf32(cs, true, true),
        Utf32(Some(le)) => encode_utf32(cs, le, false),
        UnicodeEscape => encode_unicode_escape(cs, false),
        RawUnicodeEscape => encode_unicode_escape(cs, true),
        Rot13 => encode_rot13(u, errors)?,
        StringEscape => {
            return Err(err::type_error(format!(
                "escape_encode() argument 1 must be string, not {}",
                crate::types::type_ref(u).name_str()
            )));
        }
        Hex | Base64 => {
            // binascii reads its argument as a buffer: the default encoding
            let s = unicode::encode_default(u)?;
            return str_to_str(pstr::as_bytes(&s), codec, true);
        }
    };
    Ok(pstr::from_vec(bytes))
}

/// `unicode.encode(encoding, errors)`.
pub fn encode(u: &Value, encoding: &str, errors: &str) -> PyResult {
    encode_with(u, lookup(encoding)?, errors)
}

/// `str.encode(encoding, errors)`: the str-to-str codecs act on the bytes;
/// the text codecs first decode it with the default encoding.
pub fn str_encode(s: &Value, encoding: &str, errors: &str) -> PyResult {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Hex | Codec::Base64 => str_to_str(pstr::as_bytes(s), codec, true),
        Codec::StringEscape => Ok(pstr::from_vec(encode_string_escape(pstr::as_bytes(s)))),
        _ => {
            let u = unicode::decode_default(s)?;
            encode_with(&u, codec, errors)
        }
    }
}

fn str_to_str(b: &[u8], codec: Codec, encoding: bool) -> PyResult {
    let out = match (codec, encoding) {
        (Codec::Hex, true) => hex_encode(b),
        (Codec::Hex, false) => hex_decode(b)?,
        (Codec::Base64, true) => base64_encode(b),
        (_, _) => crate::binascii_impl::a2b_base64(b)?,
    };
    Ok(pstr::from_vec(out))
}

// ----- decoders (bytes -> unicode) -----

fn decode_ascii(s: &Value, errors: &str) -> PyResult<Vec<u32>> {
    let b = pstr::as_bytes(s);
    let mut out = Vec::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c < 128 {
            out.push(c as u32);
        } else {
            decode_error(
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
    Ok(out)
}

/// The sequence length a UTF-8 lead byte announces (0: invalid start).
fn utf8_len(c: u8) -> usize {
    match c {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 0,
    }
}

/// CPython 2.7's UTF-8 decoder: surrogates encoded in 3 bytes are
/// accepted; an error covers the lead byte and the valid continuation
/// bytes before the bad one.
fn decode_utf8(s: &Value, skip: usize, errors: &str) -> PyResult<Vec<u32>> {
    let b = pstr::as_bytes(s);
    let mut out = Vec::with_capacity(b.len());
    let mut i = skip;
    let cont = |x: u8| x & 0xc0 == 0x80;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            out.push(c as u32);
            i += 1;
            continue;
        }
        let n = utf8_len(c);
        let bad = |end: usize, reason: &str, out: &mut Vec<u32>| {
            decode_error(errors, "utf8", s, i, end, reason, out).map(|_| end)
        };
        if i + n > b.len() {
            let mut end = i + 1;
            while end < b.len() && cont(b[end]) {
                end += 1;
            }
            i = bad(end, "unexpected end of data", &mut out)?;
            continue;
        }
        let v = match n {
            0 => {
                i = bad(i + 1, "invalid start byte", &mut out)?;
                continue;
            }
            2 => {
                if !cont(b[i + 1]) {
                    i = bad(i + 1, "invalid continuation byte", &mut out)?;
                    continue;
                }
                ((c as u32 & 0x1f) << 6) | (b[i + 1] as u32 & 0x3f)
            }
            3 => {
                if !cont(b[i + 1]) || !cont(b[i + 2]) || (c == 0xe0 && b[i + 1] < 0xa0) {
                    let end = if cont(b[i + 1]) { i + 2 } else { i + 1 };
                    i = bad(end, "invalid continuation byte", &mut out)?;
                    continue;
                }
                ((c as u32 & 0x0f) << 12)
                    | ((b[i + 1] as u32 & 0x3f) << 6)
                    | (b[i + 2] as u32 & 0x3f)
            }
            _ => {
                if !cont(b[i + 1])
                    || !cont(b[i + 2])
                    || !cont(b[i + 3])
                    || (c == 0xf0 && b[i + 1] < 0x90)
                    || (c == 0xf4 && b[i + 1] > 0x8f)
                {
                    let mut end = i + 1;
                    if cont(b[i + 1]) {
                        end += 1;
                        if cont(b[i + 2]) {
                            end += 1;
                        }
                    }
                    i = bad(end, "invalid continuation byte", &mut out)?;
                    continue;
                }
                ((c as u32 & 0x07) << 18)
                    | ((b[i + 1] as u32 & 0x3f) << 12)
                    | ((b[i + 2] as u32 & 0x3f) << 6)
                    | (b[i + 3] as u32 & 0x3f)
            }
        };
        out.push(v);
        i += n;
    }
    Ok(out)
}

/// UTF-16: `order` None detects a BOM (skipped; little-endian without
/// one), `Some(le)` keeps a BOM as U+FEFF.
fn decode_utf16(s: &Value, order: Option<bool>, errors: &str) -> PyResult<Vec<u32>> {
    let b = pstr::as_bytes(s);
    let mut le = order.unwrap_or(true);
    let mut i = 0;
    if order.is_none() && b.len() >= 2 {
        match (b[0], b[1]) {
            (0xff, 0xfe) => i = 2,
            (0xfe, 0xff) => {
                le = false;
                i = 2;
            }
            _ => {}
        }
    }
    let get = |k: usize| -> u32 {
        if le {
            u16::from_le_bytes([b[k], b[k + 1]]) as u32
        } else {
            u16::from_be_bytes([b[k], b[k + 1]]) as u32
        }
    };
    let mut out = Vec::with_capacity(b.len() / 2);
    while i < b.len() {
        if b.len() - i < 2 {
            decode_error(errors, "utf16", s, i, b.len(), "truncated data", &mut out)?;
            break;
        }
        let w = get(i);
        i += 2;
        if !(0xd800..=0xdfff).contains(&w) {
            out.push(w);
            continue;
        }
        if b.len() - i < 2 {
            i -= 2;
            decode_error(
                errors,
                "utf16",
                s,
                i,
                b.len(),
                "unexpected end of data",
                &mut out,
            )?;
            break;
        }
        if w <= 0xdbff {
            let w2 = get(i);
            i += 2;
            if (0xdc00..=0xdfff).contains(&w2) {
                out.push((((w & 0x3ff) << 10) | (w2 & 0x3ff)) + 0x10000);
                continue;
            }
            decode_error(
                errors,
                "utf16",
                s,
                i - 4,
                i - 2,
                "illegal UTF-16 surrogate",
                &mut out,
            )?;
            i -= 2;
            continue;
        }
        decode_error(errors, "utf16", s, i - 2, i, "illegal encoding", &mut out)?;
    }
    Ok(out)
}

/// UTF-32, with the BOM rules of UTF-16.
fn decode_utf32(s: &Value, order: Option<bool>, errors: &str) -> PyResult<Vec<u32>> {
    let b = pstr::as_bytes(s);
    let mut le = order.unwrap_or(true);
    let mut i = 0;
    if order.is_none() && b.len() >= 4 {
        if b[..4] == [0xff, 0xfe, 0, 0] {
            i = 4;
        } else if b[..4] == [0, 0, 0xfe, 0xff] {
            le = false;
            i = 4;
        }
    }
    let mut out = Vec::with_capacity(b.len() / 4);
    while i < b.len() {
        if b.len() - i < 4 {
            decode_error(errors, "utf32", s, i, b.len(), "truncated data", &mut out)?;
            break;
        }
        let q = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let c = if le {
            u32::from_le_bytes(q)
        } else {
            u32::from_be_bytes(q)
        };
        if c > 0x10ffff {
            decode_error(
                errors,
                "utf32",
                s,
                i,
                i + 4,
                "code point not in range(0x110000)",
                &mut out,
            )?;
        } else {
            out.push(c);
        }
        i += 4;
    }
    Ok(out)
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// unicode_escape decoding (`\N{...}` names are not supported: py2jit has
/// no character name database, so they are reported as unknown).
fn decode_unicode_escape(s: &Value, errors: &str) -> PyResult<Vec<u32>> {
    let b = pstr::as_bytes(s);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i] as u32);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= b.len() {
            decode_error(
                errors,
                "unicodeescape",
                s,
                start,
                b.len(),
                "\\ at end of string",
                &mut out,
            )?;
            break;
        }
        let c = b[i];
        i += 1;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some(0x5c)),
            b'\'' => Some(Some(0x27)),
            b'"' => Some(Some(0x22)),
            b'b' => Some(Some(0x08)),
            b'f' => Some(Some(0x0c)),
            b't' => Some(Some(0x09)),
            b'n' => Some(Some(0x0a)),
            b'r' => Some(Some(0x0d)),
            b'v' => Some(Some(0x0b)),
            b'a' => Some(Some(0x07)),
            _ => None,
        };
        if let Some(x) = simple {
            out.extend(x);
            continue;
        }
        if (b'0'..=b'7').contains(&c) {
            let mut x = (c - b'0') as u32;
            for _ in 0..2 {
                if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    x = (x << 3) + (b[i] - b'0') as u32;
                    i += 1;
                }
            }
            out.push(x);
            continue;
        }
        let (digits, msg) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                let mut msg = "malformed \\N character escape";
                if i < b.len() && b[i] == b'{' {
                    let name_start = i + 1;
                    while i < b.len() && b[i] != b'}' {
                        i += 1;
                    }
                    if i > name_start && i < b.len() {
                        msg = "unknown Unicode character name";
                        i += 1;
                    }
                }
                decode_error(errors, "unicodeescape", s, start, i, msg, &mut out)?;
                continue;
            }
            _ => {
                out.push(0x5c);
                out.push(c as u32);
                continue;
            }
        };
        let mut v: u32 = 0;
        let mut ok = true;
        let mut n = 0;
        while n < digits {
            match b.get(i).and_then(|&x| hex_value(x)) {
                Some(d) => {
                    v = (v << 4) | d;
                    i += 1;
                    n += 1;
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            decode_error(errors, "unicodeescape", s, start, i, msg, &mut out)?;
            continue;
        }
        if v > 0x10ffff {
            decode_error(
                errors,
                "unicodeescape",
                s,
                start,
                i,
                "illegal Unicode character",
                &mut out,
            )?;
            continue;
        }
        out.push(v);
    }
    Ok(out)
}

/// raw_unicode_escape decoding: only `\uXXXX` and `\UXXXXXXXX` after an
/// odd number of backslashes are escapes.
fn decode_raw_unicode_escape(s: &Value, errors: &str) -> PyResult<Vec<u32>> {
    let b = pstr::as_bytes(s);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i] as u32);
            i += 1;
            continue;
        }
        let start = i;
        let mut bs = 0;
        while i < b.len() && b[i] == b'\\' {
            out.push(0x5c);
            bs += 1;
            i += 1;
        }
        if bs % 2 == 0 || i >= b.len() || (b[i] != b'u' && b[i] != b'U') {
            continue;
        }
        out.pop();
        let esc_start = i - 1;
        let _ = start;
        let digits = if b[i] == b'u' { 4 } else { 8 };
        i += 1;
        let mut v: u32 = 0;
        let mut n = 0;
        while n < digits {
            match b.get(i).and_then(|&x| hex_value(x)) {
                Some(d) => {
                    v = (v << 4) | d;
                    i += 1;
                    n += 1;
                }
                None => break,
            }
        }
        if n < digits {
            let msg = if digits == 4 {
                "truncated \\uXXXX"
            } else {
                "truncated \\UXXXXXXXX"
            };
            decode_error(errors, "rawunicodeescape", s, esc_start, i, msg, &mut out)?;
            continue;
        }
        if v > 0x10ffff {
            decode_error(
                errors,
                "rawunicodeescape",
                s,
                esc_start,
                i,
                "\\Uxxxxxxxx out of range",
                &mut out,
            )?;
            continue;
        }
        out.push(v);
    }
    Ok(out)
}

/// string_escape decoding (`PyString_DecodeEscape`).
fn decode_string_escape(b: &[u8], errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= b.len() {
            return Err(err::value_error("Trailing \\ in string"));
        }
        let c = b[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let mut x = (c - b'0') as u32;
                for _ in 0..2 {
                    if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        x = (x << 3) + (b[i] - b'0') as u32;
                        i += 1;
                    }
                }
                out.push(x as u8);
            }
            b'x' => {
                let h = b.get(i).and_then(|&x| hex_value(x));
                let l = b.get(i + 1).and_then(|&x| hex_value(x));
                if let (Some(h), Some(l)) = (h, l) {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(err::value_error("invalid \\x escape"));
                    }
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    other => {
                        return Err(err::value_error(format!(
                            "decoding error; unknown error handling code: {other}"
                        )));
                    }
                }
                // skip the \x and at most one hex digit
                if i < b.len() && hex_value(b[i]).is_some() {
                    i += 1;
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// Decodes the bytes of the str `s` with `encoding`.
pub fn decode(s: &Value, encoding: &str, errors: &str) -> PyResult {
    use Codec::*;
    let codec = lookup(encoding)?;
    let cps = match codec {
        Ascii => decode_ascii(s, errors)?,
        Latin1 => pstr::as_bytes(s).iter().map(|&c| c as u32).collect(),
        Utf8 => decode_utf8(s, 0, errors)?,
        Utf8Sig => {
            let skip = if pstr::as_bytes(s).starts_with(&[0xef, 0xbb, 0xbf]) {
                3
            } else {
                0
            };
            decode_utf8(s, skip, errors)?
        }
        Utf16(order) => decode_utf16(s, order, errors)?,
        Utf32(order) => decode_utf32(s, order, errors)?,
        UnicodeEscape => decode_unicode_escape(s, errors)?,
        RawUnicodeEscape => decode_raw_unicode_escape(s, errors)?,
        Rot13 => pstr::as_bytes(s).iter().map(|&c| rot13(c as u32)).collect(),
        StringEscape => {
            return Ok(pstr::from_vec(decode_string_escape(
                pstr::as_bytes(s),
                errors,
            )?));
        }
        Hex | Base64 => return str_to_str(pstr::as_bytes(s), codec, false),
    };
    Ok(unicode::new(cps))
}

/// Decodes raw bytes (a bytearray's contents, a buffer) with `encoding`.
pub fn decode_bytes(b: &[u8], encoding: &str, errors: &str) -> PyResult {
    decode(&pstr::new_bytes(b), encoding, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(normalize("UTF-8"), "utf_8");
        assert_eq!(normalize("  latin 1 "), "latin_1");
        assert_eq!(normalize("ISO-8859-1"), "iso_8859_1");
        assert_eq!(alias(&normalize("iso8859-1")), Some(Codec::Latin1));
        assert_eq!(
            alias(&normalize("utf-16-le")),
            Some(Codec::Utf16(Some(true)))
        );
        assert_eq!(alias(&normalize("bogus")), None);
    }

    #[test]
    fn utf8_surrogate_pairs_combine() {
        assert_eq!(encode_utf8(&[0xd83d, 0xde00]), vec![0xf0, 0x9f, 0x98, 0x80]);
        assert_eq!(encode_utf8(&[0xd800]), vec![0xed, 0xa0, 0x80]);
    }

    #[test]
    fn escapes() {
        assert_eq!(encode_string_escape(b"a'\n\xff"), b"a\\'\\n\\xff".to_vec());
        assert_eq!(
            decode_string_escape(b"a\\x41\\101\\q", "strict").unwrap(),
            b"aAA\\q".to_vec()
        );
        assert_eq!(
            encode_unicode_escape(&[0xe9, 0x20ac, 0x1f600], false),
            b"\\xe9\\u20ac\\U0001f600".to_vec()
        );
        assert_eq!(hex_encode(b"\x00\xff"), b"00ff".to_vec());
        assert_eq!(base64_encode(b""), Vec::<u8>::new());
    }
}
