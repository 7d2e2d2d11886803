//! The `binascii` module: CPython 2.7's binascii.c (uu, base64, binhex
//! 4.0 with its RLE, quoted-printable, hex, CRC-CCITT and CRC-32).
//!
//! Arguments are parsed as CPython's `s*` format (`args::buffer_bytes`);
//! errors are `binascii.Error`/`binascii.Incomplete`, except the hex
//! decoder's TypeErrors, as in CPython.

use super::native_type::{TypeSlot, new_exception_type};
use crate::binascii_impl::{self, error, error_type};
use crate::types::{TypeObject, type_value};
use crate::value::Value;
use crate::{PyErr, PyResult, args, err, int, long, module, ops, str as pstr, tuple};
use num_traits::ToPrimitive;

thread_local! {
    static INCOMPLETE: TypeSlot = const { TypeSlot::new() };
}

/// `binascii.Incomplete` (created on first use).
fn incomplete_type() -> *mut TypeObject {
    INCOMPLETE.with(|s| {
        s.get(|| new_exception_type("binascii", "Incomplete", crate::rt::rt().exc.exception))
    })
}

/// The `s*` format: the bytes of a str, a bytearray, a buffer object, or
/// a unicode encoded with the default encoding; "fname() argument N must
/// be string or buffer, not T" for anything else.
fn buffer_bytes(fname: &str, pos: usize, v: &Value) -> PyResult<Vec<u8>> {
    if pstr::is_str(v) {
        return Ok(pstr::as_bytes(v).to_vec());
    }
    if crate::bytearray::is_bytearray(v) {
        return Ok(crate::bytearray::bytes(v).to_vec());
    }
    if crate::unicode::is_unicode(v) {
        let s = crate::unicode::encode_default(v)?;
        return Ok(pstr::as_bytes(&s).to_vec());
    }
    // a buffer object's str() is the bytes it exposes
    if crate::types::type_of_ptr_is(v, crate::rt::rt().types.buffer) {
        return Ok(pstr::as_bytes(&ops::str(v)?).to_vec());
    }
    Err(err::type_error(format!(
        "{}() argument {} must be string or buffer, not {}",
        fname,
        pos,
        args::type_name(v)
    )))
}

/// Parses `(s*)`: `ml_name` names the function in the keyword error,
/// `fmt_name` (the format's name) in the others.
fn one_buffer(ml_name: &str, fmt_name: &str, a: &[Value], kw: &[Value]) -> PyResult<Vec<u8>> {
    args::no_kw(ml_name, kw)?;
    args::count(fmt_name, a, &[], 1, 1)?;
    buffer_bytes(fmt_name, 1, &a[0])
}

fn a2b_uu(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("a2b_uu", "a2b_uu", a, kw)?;
    // the first character is the binary length (an empty line reads C's
    // terminating NUL there)
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let rest = data.get(1..).unwrap_or(&[]);
    let mut out = Vec::with_capacity(bin_len);
    let (mut acc, mut bits) = (0u32, 0);
    let mut i = 0;
    while bin_len > 0 {
        let c = rest.get(i).copied();
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) => {
                // '`' (space + 64) is accepted as zero
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                (c - b' ') & 0o77
            }
        };
        i += 1;
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            bin_len -= 1;
        }
    }
    for &c in rest.iter().skip(i) {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
    }
    Ok(pstr::from_vec(out))
}

fn b2a_uu(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("b2a_uu", "b2a_uu", a, kw)?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let mut out = vec![b' ' + (data.len() as u8 & 0o77)];
    let (mut acc, mut bits) = (0u32, 0);
    let mut i = 0;
    while i < data.len() || bits != 0 {
        acc = (acc << 8) | *data.get(i).unwrap_or(&0) as u32;
        bits += 8;
        while bits >= 6 {
            out.push(((acc >> (bits - 6)) & 0x3f) as u8 + b' ');
            bits -= 6;
        }
        i += 1;
    }
    out.push(b'\n');
    Ok(pstr::from_vec(out))
}

fn a2b_base64(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("a2b_base64", "a2b_base64", a, kw)?;
    binascii_impl::a2b_base64(&data).map(pstr::from_vec)
}

fn b2a_base64(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("b2a_base64", "b2a_base64", a, kw)?;
    Ok(pstr::from_vec(binascii_impl::b2a_base64(&data, true)))
}

// ----- binhex 4.0 -----

const HQX_ALPHABET: &[u8; 64] =
    b"!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr";
const RUNCHAR: u8 = 0x90;

/// What an input byte means to the hqx decoder.
enum Hqx {
    Value(u8),
    Skip,
    Done,
    Fail,
}

fn hqx_decode_char(c: u8) -> Hqx {
    match c {
        b'\n' | b'\r' => Hqx::Skip,
        b':' => Hqx::Done,
        _ => match HQX_ALPHABET.iter().position(|&x| x == c) {
            Some(i) => Hqx::Value(i as u8),
            None => Hqx::Fail,
        },
    }
}

fn a2b_hqx(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("a2b_hqx", "a2b_hqx", a, kw)?;
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    let mut done = false;
    for &c in &data {
        let v = match hqx_decode_char(c) {
            Hqx::Skip => continue,
            Hqx::Fail => return Err(error("Illegal char")),
            Hqx::Done => {
                done = true;
                break;
            }
            Hqx::Value(v) => v,
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits != 0 && !done {
        return Err(PyErr::new(
            incomplete_type(),
            "String has incomplete number of bytes",
        ));
    }
    Ok(tuple::new(vec![pstr::from_vec(out), int::new(done as i64)]))
}

fn b2a_hqx(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("b2a_hqx", "b2a_hqx", a, kw)?;
    let mut out = Vec::with_capacity(data.len() * 2);
    let (mut acc, mut bits) = (0u32, 0);
    for &b in &data {
        acc = (acc << 8) | b as u32;
        bits += 8;
        while bits >= 6 {
            out.push(HQX_ALPHABET[((acc >> (bits - 6)) & 0x3f) as usize]);
            bits -= 6;
        }
        acc &= (1 << bits) - 1;
    }
    if bits != 0 {
        out.push(HQX_ALPHABET[((acc << (6 - bits)) & 0x3f) as usize]);
    }
    Ok(pstr::from_vec(out))
}

fn rlecode_hqx(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("rlecode_hqx", "rlecode_hqx", a, kw)?;
    let mut out = Vec::with_capacity(data.len() * 2);
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == RUNCHAR {
            out.extend_from_slice(&[RUNCHAR, 0]);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < data.len() && data[end] == c && end < i + 255 {
            end += 1;
        }
        if end - i > 3 {
            out.extend_from_slice(&[c, RUNCHAR, (end - i) as u8]);
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(pstr::from_vec(out))
}

fn rledecode_hqx(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let data = one_buffer("rledecode_hqx", "rledecode_hqx", a, kw)?;
    if data.is_empty() {
        return Ok(pstr::new(""));
    }
    let incomplete = || PyErr::new(incomplete_type(), "");
    let mut input = data.iter().copied();
    let mut out = Vec::with_capacity(data.len() * 2);
    let first = input.next().unwrap_or(0);
    if first == RUNCHAR {
        let rep = input.next().ok_or_else(incomplete)?;
        if rep != 0 {
            return Err(error("Orphaned RLE code at start"));
        }
        out.push(RUNCHAR);
    } else {
        out.push(first);
    }
    while let Some(b) = input.next() {
        if b == RUNCHAR {
            let rep = input.next().ok_or_else(incomplete)?;
            if rep == 0 {
                out.push(RUNCHAR);
            } else {
                let last = *out.last().unwrap_or(&0);
                for _ in 1..rep {
                    out.push(last);
                }
            }
        } else {
            out.push(b);
        }
    }
    Ok(pstr::from_vec(out))
}

// ----- checksums -----

/// CRC-CCITT (polynomial 0x1021, most significant bit first) by byte.
const CRC_HQX_TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// CRC-32 (reflected polynomial 0xEDB88320, as zlib) by byte.
const CRC32_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// The `I` format: an unsigned int, wrapped without range checks.
fn c_uint_mask(v: &Value) -> PyResult<u32> {
    if long::is_long(v) {
        let m = long::as_big(v) & num_bigint::BigInt::from(0xffff_ffffu32);
        return Ok(m.to_u32().unwrap_or(0));
    }
    Ok(ops::as_i64_arg(v)? as u32)
}

fn crc_hqx(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("crc_hqx", a, kw, 2, 2)?;
    let data = buffer_bytes("crc_hqx", 1, &a[0])?;
    let mut crc = args::c_int(&a[1])? as u32;
    for &b in &data {
        crc =
            ((crc << 8) & 0xff00) ^ CRC_HQX_TABLE[(((crc >> 8) & 0xff) as u8 ^ b) as usize] as u32;
    }
    Ok(int::new(crc as i32 as i64))
}

fn crc32(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("crc32", a, kw, 1, 2)?;
    let data = buffer_bytes("crc32", 1, &a[0])?;
    let start = match a.get(1) {
        Some(v) => c_uint_mask(v)?,
        None => 0,
    };
    let mut crc = !start;
    for &b in &data {
        crc = CRC32_TABLE[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    // Python 2 reports the CRC as a signed 32-bit value
    Ok(int::new(!crc as i32 as i64))
}

// ----- hex -----

fn hexlify_bytes(data: &[u8]) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 2);
    for &b in data {
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn b2a_hex(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(pstr::from_vec(hexlify_bytes(&one_buffer(
        "b2a_hex", "b2a_hex", a, kw,
    )?)))
}

fn hexlify(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(pstr::from_vec(hexlify_bytes(&one_buffer(
        "hexlify", "b2a_hex", a, kw,
    )?)))
}

fn unhexlify_bytes(data: &[u8]) -> PyResult {
    if !data.len().is_multiple_of(2) {
        return Err(err::type_error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h << 4) | l),
            _ => return Err(err::type_error("Non-hexadecimal digit found")),
        }
    }
    Ok(pstr::from_vec(out))
}

fn a2b_hex(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    unhexlify_bytes(&one_buffer("a2b_hex", "a2b_hex", a, kw)?)
}

fn unhexlify(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    unhexlify_bytes(&one_buffer("unhexlify", "a2b_hex", a, kw)?)
}

// ----- quoted-printable -----

const MAXLINESIZE: usize = 76;

fn a2b_qp(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("a2b_qp", a, kw, &["data", "header"], 1)?;
    let data = buffer_bytes("a2b_qp", 1, p[0].as_ref().unwrap())?;
    let header = match &p[1] {
        Some(v) => args::c_int(v)? != 0,
        None => false,
    };
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if data[i] == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            if data[i] == b'\n' || data[i] == b'\r' {
                // soft line break
                if data[i] != b'\n' {
                    while i < n && data[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < n {
                    i += 1;
                }
            } else if data[i] == b'=' {
                out.push(b'=');
                i += 1;
            } else if i + 1 < n
                && let (Some(h), Some(l)) = (hex_digit(data[i]), hex_digit(data[i + 1]))
            {
                out.push((h << 4) | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && data[i] == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(pstr::from_vec(out))
}

fn push_hex_upper(out: &mut Vec<u8>, c: u8) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    out.push(DIGITS[(c >> 4) as usize]);
    out.push(DIGITS[(c & 15) as usize]);
}

fn b2a_qp(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse(
        "b2a_qp",
        a,
        kw,
        &["data", "quotetabs", "istext", "header"],
        1,
    )?;
    let data = buffer_bytes("b2a_qp", 1, p[0].as_ref().unwrap())?;
    let flag = |v: &Option<Value>, default: bool| -> PyResult<bool> {
        match v {
            Some(v) => Ok(args::c_int(v)? != 0),
            None => Ok(default),
        }
    };
    let quotetabs = flag(&p[1], false)?;
    let istext = flag(&p[2], true)?;
    let header = flag(&p[3], false)?;
    let n = data.len();
    // line ends are CRLF if the first newline is preceded by a CR
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|i| i > 0 && data[i - 1] == b'\r');
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(n * 3);
    let mut linelen = 0;
    let mut i = 0;
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let must_quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.'
                && linelen == 0
                && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && next.is_none())
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if must_quote {
            if linelen + 3 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.push(b'=');
            push_hex_upper(&mut out, c);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // quote whitespace at the end of a line
            if let Some(&last) = out.last()
                && (last == b' ' || last == b'\t')
            {
                out.pop();
                out.push(b'=');
                push_hex_upper(&mut out, last);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if next.is_some() && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(pstr::from_vec(out))
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("binascii");
    for (name, f) in [
        ("a2b_uu", a2b_uu as crate::descr::NativeFn),
        ("b2a_uu", b2a_uu),
        ("a2b_base64", a2b_base64),
        ("b2a_base64", b2a_base64),
        ("a2b_hqx", a2b_hqx),
        ("b2a_hqx", b2a_hqx),
        ("b2a_hex", b2a_hex),
        ("a2b_hex", a2b_hex),
        ("hexlify", hexlify),
        ("unhexlify", unhexlify),
        ("rlecode_hqx", rlecode_hqx),
        ("rledecode_hqx", rledecode_hqx),
        ("crc_hqx", crc_hqx),
        ("crc32", crc32),
        ("a2b_qp", a2b_qp),
        ("b2a_qp", b2a_qp),
    ] {
        module::add_fn(&m, name, f);
    }
    module::set_attr(&m, "Error", error_type());
    module::set_attr(&m, "Incomplete", type_value(incomplete_type()));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::{CRC_HQX_TABLE, CRC32_TABLE};

    #[test]
    fn crc_tables_give_the_standard_check_values() {
        let data = b"123456789";
        let mut crc: u32 = 0;
        for &b in data {
            crc = ((crc << 8) & 0xff00)
                ^ CRC_HQX_TABLE[(((crc >> 8) & 0xff) as u8 ^ b) as usize] as u32;
        }
        assert_eq!(crc, 0x31C3); // CRC-16/XMODEM
        let mut c = !0u32;
        for &b in data {
            c = CRC32_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
        }
        assert_eq!(!c, 0xCBF4_3926);
    }
}
