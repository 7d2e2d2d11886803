//! `%`-formatting of str and unicode (stringobject.c's `PyString_Format`,
//! unicodeobject.c's `PyUnicode_Format`).
//!
//! One loop serves both: the format and result are code units (bytes for
//! str, code points for unicode). A str format that meets a unicode
//! argument for `%s`/`%c` switches to unicode mode at that point, as
//! CPython does: what was produced so far and the rest of the format are
//! decoded as ASCII, and the result is unicode.

use crate::object::type_of;
use crate::rt::rt;
use crate::types::{Layout, UnOp, type_ref};
use crate::value::Value;
use crate::{PyResult, dict, err, float, int, long, ops, str as pstr, tuple, unicode};

const F_LJUST: u32 = 1;
const F_SIGN: u32 = 2;
const F_BLANK: u32 = 4;
const F_ALT: u32 = 8;
const F_ZERO: u32 = 16;

struct Args {
    args: Value,
    len: isize,
    idx: isize,
}

impl Args {
    fn next(&mut self) -> PyResult<Value> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.args.clone());
            }
            return Ok(tuple::items(&self.args)[(self.idx - 1) as usize].clone());
        }
        Err(err::type_error("not enough arguments for format string"))
    }
}

/// `str % args`.
pub fn format_str(fmt: &Value, args: &Value) -> PyResult {
    let units: Vec<u32> = pstr::as_bytes(fmt).iter().map(|&c| c as u32).collect();
    format_units(&units, args, false)
}

/// `unicode % args`.
pub fn format_unicode(fmt: &Value, args: &Value) -> PyResult {
    format_units(unicode::chars(fmt), args, true)
}

fn is_mapping(v: &Value) -> bool {
    let t = type_ref(v);
    t.slots.getitem.is_some()
        && !tuple::is_tuple(v)
        && !pstr::is_str(v)
        && !unicode::is_unicode(v)
        && {
            // CPython checks tp_as_mapping->mp_subscript: lists and other
            // sequences have it too; what matters is "not a tuple/basestring"
            true
        }
}

fn number_check(v: &Value) -> bool {
    crate::ops::number_check(v)
}

fn ascii_only(units: &[u32], what: &Value) -> PyResult<()> {
    if let Some(i) = units.iter().position(|&c| c >= 128) {
        return Err(unicode::decode_error(
            "ascii",
            what,
            i,
            i + 1,
            "ordinal not in range(128)",
        ));
    }
    Ok(())
}

fn to_units_str(v: &Value) -> Vec<u32> {
    pstr::as_bytes(v).iter().map(|&c| c as u32).collect()
}

/// Formats an int-like value for `%d %u %o %x %X` (C's printf rules via
/// CPython's `formatint`: precision pads digits with zeros, `#` adds the
/// `0x`/leading-zero prefix).
fn format_int(x: i64, flags: u32, prec: i64, c: char) -> String {
    let c = if c == 'u' { 'd' } else { c };
    let neg = x < 0;
    let ax = x.unsigned_abs();
    let prec = if prec < 0 { 1 } else { prec as usize };
    let mut digits = match c {
        'o' => format!("{ax:o}"),
        'x' => format!("{ax:x}"),
        'X' => format!("{ax:X}"),
        _ => ax.to_string(),
    };
    if prec == 0 && ax == 0 {
        digits.clear();
    }
    while digits.len() < prec {
        digits.insert(0, '0');
    }
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if flags & F_ALT != 0 {
        match c {
            'x' => s.push_str("0x"),
            'X' => s.push_str("0X"),
            'o' if !digits.starts_with('0') => s.push('0'),
            _ => {}
        }
    }
    s.push_str(&digits);
    s
}

/// `_PyString_FormatLong` for longs.
fn format_long(v: &Value, flags: u32, prec: i64, c: char) -> PyResult<String> {
    let big = long::to_big(v).unwrap_or_default();
    use num_traits::Signed;
    let neg = big.is_negative();
    let mag = big.abs();
    let digits = match c {
        'o' => mag.to_str_radix(8),
        'x' => mag.to_str_radix(16),
        'X' => mag.to_str_radix(16).to_uppercase(),
        _ => mag.to_str_radix(10),
    };
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if flags & F_ALT != 0 {
        match c {
            'x' => s.push_str("0x"),
            'X' => s.push_str("0X"),
            'o' => s.push('0'),
            _ => {}
        }
    }
    let numdigits = if c == 'o' && flags & F_ALT != 0 && digits == "0" {
        0
    } else {
        digits.len()
    };
    let filled = if prec > numdigits as i64 {
        prec as usize - numdigits
    } else {
        0
    };
    for _ in 0..filled {
        s.push('0');
    }
    if !(c == 'o' && flags & F_ALT != 0 && digits == "0") {
        s.push_str(&digits);
    }
    Ok(s)
}

fn format_units(fmt: &[u32], args_v: &Value, mut uni: bool) -> PyResult {
    let mut out: Vec<u32> = Vec::with_capacity(fmt.len() + 16);
    let (len, idx) = if tuple::is_tuple(args_v) {
        (tuple::items(args_v).len() as isize, 0)
    } else {
        (-1, -2)
    };
    let mut a = Args {
        args: args_v.clone(),
        len,
        idx,
    };
    let dict_v = if is_mapping(args_v) {
        Some(args_v.clone())
    } else {
        None
    };
    let fmt_value = |uni: bool| -> Value {
        if uni {
            unicode::new(fmt.to_vec())
        } else {
            pstr::from_vec(fmt.iter().map(|&c| c as u8).collect())
        }
    };
    let n = fmt.len();
    let mut i = 0;
    while i < n {
        if fmt[i] != '%' as u32 {
            out.push(fmt[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < n && fmt[i] == '(' as u32 {
            let Some(d) = &dict_v else {
                return Err(err::type_error("format requires a mapping"));
            };
            i += 1;
            let start = i;
            let mut depth = 1;
            while i < n && depth > 0 {
                if fmt[i] == ')' as u32 {
                    depth -= 1;
                } else if fmt[i] == '(' as u32 {
                    depth += 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(err::value_error("incomplete format key"));
            }
            let key_units = &fmt[start..i - 1];
            let key = if uni {
                unicode::new(key_units.to_vec())
            } else {
                pstr::from_vec(key_units.iter().map(|&c| c as u8).collect())
            };
            let val = ops::getitem(d, &key)?;
            a = Args {
                args: val,
                len: -1,
                idx: -2,
            };
        }
        let mut flags = 0u32;
        let mut c: u32 = 0;
        while i < n {
            c = fmt[i];
            i += 1;
            match char::from_u32(c) {
                Some('-') => flags |= F_LJUST,
                Some('+') => flags |= F_SIGN,
                Some(' ') => flags |= F_BLANK,
                Some('#') => flags |= F_ALT,
                Some('0') => flags |= F_ZERO,
                _ => break,
            }
            c = 0;
        }
        if c == 0 && i >= n {
            return Err(err::value_error("incomplete format"));
        }
        let mut width: i64 = -1;
        let mut prec: i64 = -1;
        let digit = |c: u32| (b'0' as u32..=b'9' as u32).contains(&c);
        if c == '*' as u32 {
            let v = a.next()?;
            let Some(w) = int::as_i64(&v) else {
                return Err(err::type_error("* wants int"));
            };
            width = w;
            if width < 0 {
                flags |= F_LJUST;
                width = -width;
            }
            c = if i < n {
                i += 1;
                fmt[i - 1]
            } else {
                0
            };
        } else if digit(c) {
            width = (c - '0' as u32) as i64;
            c = 0;
            while i < n {
                c = fmt[i];
                i += 1;
                if !digit(c) {
                    break;
                }
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add((c - '0' as u32) as i64))
                    .ok_or_else(|| err::value_error("width too big"))?;
                c = 0;
            }
        }
        if c == '.' as u32 {
            prec = 0;
            c = if i < n {
                i += 1;
                fmt[i - 1]
            } else {
                0
            };
            if c == '*' as u32 {
                let v = a.next()?;
                let Some(p) = int::as_i64(&v) else {
                    return Err(err::type_error("* wants int"));
                };
                prec = p.max(0);
                c = if i < n {
                    i += 1;
                    fmt[i - 1]
                } else {
                    0
                };
            } else if digit(c) {
                prec = (c - '0' as u32) as i64;
                c = 0;
                while i < n {
                    c = fmt[i];
                    i += 1;
                    if !digit(c) {
                        break;
                    }
                    prec = prec
                        .checked_mul(10)
                        .and_then(|w| w.checked_add((c - '0' as u32) as i64))
                        .filter(|p| *p <= i32::MAX as i64)
                        .ok_or_else(|| err::value_error("prec too big"))?;
                    c = 0;
                }
            }
        }
        if c == 'h' as u32 || c == 'l' as u32 || c == 'L' as u32 {
            c = if i < n {
                i += 1;
                fmt[i - 1]
            } else {
                0
            };
        }
        if c == 0 {
            return Err(err::value_error("incomplete format"));
        }
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let v = if ch != '%' { a.next()? } else { Value::NONE };
        let mut fill = ' ' as u32;
        let mut signed = false;
        let mut body: Vec<u32>;
        match ch {
            '%' => body = vec!['%' as u32],
            's' | 'r' => {
                let text = if ch == 'r' {
                    ops::repr(&v)?
                } else if uni {
                    crate::unicode_methods::unicode_of(&v)?
                } else if unicode::is_unicode(&v) {
                    v.clone()
                } else {
                    ops::str(&v)?
                };
                if unicode::is_unicode(&text) {
                    if !uni {
                        ascii_only(&out, &fmt_value(uni))?;
                        ascii_only(&fmt[i..], &fmt_value(uni))?;
                        uni = true;
                    }
                    body = unicode::chars(&text).to_vec();
                } else if pstr::is_str(&text) {
                    if uni {
                        body = unicode::chars(&unicode::decode_default(&text)?).to_vec();
                    } else {
                        body = to_units_str(&text);
                    }
                } else {
                    return Err(err::type_error("%s argument has non-string str()"));
                }
                if prec >= 0 && body.len() as i64 > prec {
                    body.truncate(prec as usize);
                }
            }
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let cc = if ch == 'i' { 'd' } else { ch };
                let mut done = None;
                if number_check(&v) {
                    let iobj = if int::is_int(&v) || long::is_long(&v) {
                        Some(v.clone())
                    } else {
                        match ops::unary(&v, UnOp::Int) {
                            Ok(x) => Some(x),
                            Err(_) => ops::unary(&v, UnOp::Long).ok(),
                        }
                    };
                    if let Some(io) = iobj {
                        if let Some(x) = int::as_i64(&io) {
                            done = Some(format_int(x, flags, prec, cc));
                        } else if long::is_long(&io) {
                            done = Some(format_long(&io, flags, prec, cc)?);
                        }
                    }
                }
                let Some(s) = done else {
                    return Err(err::type_error(format!(
                        "%{} format: a number is required, not {}",
                        cc,
                        type_ref(&v).name_str()
                    )));
                };
                body = s.chars().map(|c| c as u32).collect();
                signed = true;
                if flags & F_ZERO != 0 {
                    fill = '0' as u32;
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match float::coerce_f64(&v) {
                    Ok(Some(x)) => x,
                    _ => match ops::as_f64_arg(&v) {
                        Ok(x) => x,
                        // unicode keeps PyFloat_AsDouble's own error
                        Err(e) if uni => return Err(e),
                        Err(_) => {
                            return Err(err::type_error(format!(
                                "float argument required, not {}",
                                type_ref(&v).name_str()
                            )));
                        }
                    },
                };
                let p = if prec < 0 { 6 } else { prec as usize };
                let s = float::format(x, ch, p, false, false, flags & F_ALT != 0);
                body = s.chars().map(|c| c as u32).collect();
                signed = true;
                if flags & F_ZERO != 0 {
                    fill = '0' as u32;
                }
            }
            'c' => {
                if unicode::is_unicode(&v) && !uni {
                    ascii_only(&out, &fmt_value(uni))?;
                    ascii_only(&fmt[i..], &fmt_value(uni))?;
                    uni = true;
                }
                if uni {
                    if unicode::is_unicode(&v) || pstr::is_str(&v) {
                        let n = if pstr::is_str(&v) {
                            pstr::as_bytes(&v).len()
                        } else {
                            unicode::chars(&v).len()
                        };
                        if n != 1 {
                            return Err(err::type_error("%c requires int or char"));
                        }
                        let u = unicode::coerce(&v)?.unwrap();
                        body = vec![unicode::chars(&u)[0]];
                    } else {
                        // PyInt_AsLong (floats truncate); any failure is
                        // reported as the %c error
                        let x = match float::as_f64(&v) {
                            Some(f) if f.is_finite() && f.abs() < 9.2e18 => Ok(f.trunc() as i64),
                            Some(_) => Err(()),
                            None => ops::as_i64_arg(&v).map_err(|_| ()),
                        }
                        .map_err(|_| err::type_error("%c requires int or char"))?;
                        if !(0..=0x10ffff).contains(&x) {
                            return Err(err::overflow_error(
                                "%c arg not in range(0x110000) (wide Python build)",
                            ));
                        }
                        body = vec![x as u32];
                    }
                } else if pstr::is_str(&v) {
                    let bs = pstr::as_bytes(&v);
                    if bs.len() != 1 {
                        return Err(err::type_error("%c requires int or char"));
                    }
                    body = vec![bs[0] as u32];
                } else {
                    // the 'b' conversion of PyArg_Parse
                    let x = ops::as_i64_arg(&v)?;
                    if x < 0 {
                        return Err(err::overflow_error(
                            "unsigned byte integer is less than minimum",
                        ));
                    }
                    if x > 255 {
                        return Err(err::overflow_error(
                            "unsigned byte integer is greater than maximum",
                        ));
                    }
                    body = vec![x as u32];
                }
            }
            _ => {
                let at = i - 1;
                let shown = if c < 128 {
                    ch.to_string()
                } else {
                    "?".to_string()
                };
                return Err(err::value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown, c, at
                )));
            }
        }
        // sign and padding
        let mut sign: Option<u32> = None;
        let mut p = 0usize;
        if signed {
            if !body.is_empty() && (body[0] == '-' as u32 || body[0] == '+' as u32) {
                sign = Some(body[0]);
                p = 1;
            } else if flags & F_SIGN != 0 {
                sign = Some('+' as u32);
            } else if flags & F_BLANK != 0 {
                sign = Some(' ' as u32);
            }
        }
        let content = &body[p..];
        let mut len = content.len() as i64;
        let mut w = width.max(len);
        let alt_hex = flags & F_ALT != 0 && (ch == 'x' || ch == 'X') && content.len() >= 2;
        if let Some(s) = sign {
            if fill != ' ' as u32 {
                out.push(s);
            }
            if w > len {
                w -= 1;
            }
        }
        let mut rest = content;
        if alt_hex {
            if fill != ' ' as u32 {
                out.extend_from_slice(&rest[..2]);
            }
            w = (w - 2).max(0);
            len -= 2;
        }
        if w > len && flags & F_LJUST == 0 {
            for _ in 0..(w - len) {
                out.push(fill);
            }
            w = len;
        }
        if fill == ' ' as u32 {
            if let Some(s) = sign {
                out.push(s);
            }
            if alt_hex {
                out.extend_from_slice(&rest[..2]);
            }
        }
        if alt_hex {
            rest = &rest[2..];
        }
        out.extend_from_slice(rest);
        for _ in len..w {
            out.push(' ' as u32);
        }
        if dict_v.is_some() && a.idx < a.len && ch != '%' {
            return Err(err::type_error(
                "not all arguments converted during string formatting",
            ));
        }
    }
    if a.idx < a.len && dict_v.is_none() {
        return Err(err::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    if uni {
        Ok(unicode::new(out))
    } else {
        Ok(pstr::from_vec(out.into_iter().map(|c| c as u8).collect()))
    }
}

#[allow(dead_code)]
fn layout_of(v: &Value) -> Layout {
    type_ref(v).layout
}

#[allow(dead_code)]
fn keep(_: &Value) {
    let _ = (type_of, rt, dict::new);
}
