//! The format-spec mini-language of `format()` and `str.format`
//! (Objects/stringlib/formatter.h): `[[fill]align][sign][#][0][width][,]
//! [.precision][type]` for strings, ints, longs, floats and complex.

use crate::value::Value;
use crate::{PyResult, complex, err, float, int, long, ops};
use num_traits::Signed;

/// A parsed format spec.
#[derive(Debug, Clone)]
pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub width: Option<usize>,
    pub thousands: bool,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses a format spec.
pub fn parse(spec: &str) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: None,
        alt: false,
        width: None,
        thousands: false,
        precision: None,
        ty: None,
    };
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut fill_given = false;
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        fill_given = true;
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if !fill_given && i < c.len() && c[i] == '0' {
        s.fill = '0';
        if s.align.is_none() {
            s.align = Some('=');
        }
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        let w: String = c[st..i].iter().collect();
        s.width = Some(
            w.parse()
                .map_err(|_| err::value_error("Too many decimal digits in format string"))?,
        );
    }
    if i < c.len() && c[i] == ',' {
        s.thousands = true;
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(err::value_error("Format specifier missing precision"));
        }
        let p: String = c[st..i].iter().collect();
        s.precision = Some(
            p.parse()
                .map_err(|_| err::value_error("Too many decimal digits in format string"))?,
        );
    }
    if c.len() - i > 1 {
        return Err(err::value_error("Invalid conversion specification"));
    }
    if i < c.len() {
        s.ty = Some(c[i]);
    }
    if s.thousands {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some(t) => return Err(err::value_error(format!("Cannot specify ',' with '{t}'."))),
        }
    }
    Ok(s)
}

fn pad(body: &str, width: Option<usize>, align: char, fill: char) -> String {
    let n = body.chars().count();
    let w = width.unwrap_or(0);
    if n >= w {
        return body.to_string();
    }
    let total = w - n;
    let (l, r) = match align {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let mut out = String::with_capacity(w);
    for _ in 0..l {
        out.push(fill);
    }
    out.push_str(body);
    for _ in 0..r {
        out.push(fill);
    }
    out
}

/// Formats text (str/unicode `__format__`).
pub fn format_text_str(text: &str, spec: &str) -> PyResult<String> {
    let t: Vec<u32> = text.chars().map(|c| c as u32).collect();
    let sp: Vec<u32> = spec.chars().map(|c| c as u32).collect();
    let r = format_text_units(&t, &sp, true)?;
    Ok(r.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect())
}

/// Formats the code units of a str (`uni` false: bytes) or unicode with
/// a spec of the same kind.
pub fn format_text_units(text: &[u32], spec: &[u32], uni: bool) -> PyResult<Vec<u32>> {
    // the spec's syntax is ASCII; other units only matter as fill or type
    let spec_s: String = spec
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect();
    let s = parse(&spec_s)?;
    if let Some(t) = s.ty
        && t != 's'
    {
        let t = t as u32;
        let tname = if uni { "unicode" } else { "str" };
        // '%c' of the code unit (raw byte for str); '\x%x' beyond ASCII
        // for unicode
        let mut msg = b"Unknown format code '".to_vec();
        if !uni || (t > 32 && t < 128) {
            msg.push(t as u8);
        } else {
            msg.extend_from_slice(format!("\\x{t:x}").as_bytes());
        }
        msg.extend_from_slice(format!("' for object of type '{tname}'").as_bytes());
        return Err(crate::PyErr::with_arg(
            crate::rt::rt().exc.value_error,
            crate::str::from_vec(msg),
        ));
    }
    if s.sign.is_some() {
        return Err(err::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if s.alt {
        return Err(err::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(err::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: &[u32] = match s.precision {
        Some(p) => &text[..p.min(text.len())],
        None => text,
    };
    let w = s.width.unwrap_or(0);
    if body.len() >= w {
        return Ok(body.to_vec());
    }
    let total = w - body.len();
    let (l, r) = match s.align.unwrap_or('<') {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let fill = s.fill as u32;
    let mut out = vec![fill; l];
    out.extend_from_slice(body);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(out)
}

/// Formats bytes of a str (`str.__format__`) with a str spec.
pub fn format_text(text: &[u8], spec: &[u8]) -> PyResult<Vec<u8>> {
    let t: Vec<u32> = text.iter().map(|&b| b as u32).collect();
    let sp: Vec<u32> = spec.iter().map(|&b| b as u32).collect();
    Ok(format_text_units(&t, &sp, false)?
        .into_iter()
        .map(|c| c as u8)
        .collect())
}

fn group_thousands(digits: &str) -> String {
    let b = digits.as_bytes();
    let mut out = String::new();
    for (i, &c) in b.iter().enumerate() {
        if i > 0 && (b.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c as char);
    }
    out
}

/// Lays out a number: sign, prefix, integer digits (grouped), rest.
fn layout_number(neg: bool, prefix: &str, intpart: &str, rest: &str, s: &Spec) -> String {
    let sign = if neg {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let mut ip = if s.thousands {
        group_thousands(intpart)
    } else {
        intpart.to_string()
    };
    let align = s.align.unwrap_or('>');
    if align == '=' {
        let w = s.width.unwrap_or(0);
        let used = sign.len() + prefix.len() + ip.chars().count() + rest.chars().count();
        if w > used {
            let n = w - used;
            if s.fill == '0' && s.thousands {
                // zero padding takes part in grouping
                let mut digits: String = intpart.to_string();
                loop {
                    let grouped = group_thousands(&digits);
                    if grouped.len() + sign.len() + prefix.len() + rest.len() >= w {
                        ip = grouped;
                        break;
                    }
                    digits.insert(0, '0');
                }
                if ip.starts_with(',') {
                    ip.insert(0, '0');
                }
            } else {
                let padding: String = std::iter::repeat_n(s.fill, n).collect();
                ip = padding + &ip;
            }
        }
        return format!("{sign}{prefix}{ip}{rest}");
    }
    let body = format!("{sign}{prefix}{ip}{rest}");
    pad(&body, s.width, align, s.fill)
}

fn format_integer(v: &num_bigint::BigInt, s: &Spec) -> PyResult<String> {
    let ty = s.ty.unwrap_or('d');
    if s.precision.is_some() {
        return Err(err::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(err::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        use num_traits::ToPrimitive;
        // PyLong_AsLong, then a byte (the formatter works on str)
        let x = v
            .to_i64()
            .ok_or_else(|| err::overflow_error("Python int too large to convert to C long"))?;
        if !(0..=0xff).contains(&x) {
            return Err(err::overflow_error("%c arg not in range(0x100)"));
        }
        let ch = x as u8 as char;
        return Ok(pad(
            &ch.to_string(),
            s.width,
            s.align.unwrap_or('>'),
            s.fill,
        ));
    }
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'd' | 'n' => (mag.to_str_radix(10), ""),
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => unreachable!(),
    };
    let prefix = if s.alt { prefix } else { "" };
    Ok(layout_number(v.is_negative(), prefix, &digits, "", s))
}

fn format_float_spec(x: f64, s: &Spec, default_prec: usize) -> PyResult<String> {
    let mut ty = s.ty.unwrap_or('\0');
    let mut add_dot_0 = false;
    let mut prec = s.precision.unwrap_or(default_prec);
    let mut x = x;
    let mut pct = false;
    match ty {
        '\0' => {
            ty = 'g';
            add_dot_0 = true;
            if s.precision.is_none() {
                prec = 12;
            }
        }
        'n' => ty = 'g',
        '%' => {
            ty = 'f';
            x *= 100.0;
            pct = true;
        }
        _ => {}
    }
    let text = float::format(x.abs(), ty, prec, false, add_dot_0, s.alt);
    let neg = x.is_sign_negative() && !x.is_nan();
    let (ip, rest) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (text[..i].to_string(), text[i..].to_string()),
        None => (text.clone(), String::new()),
    };
    let rest = if pct { rest + "%" } else { rest };
    Ok(layout_number(neg, "", &ip, &rest, s))
}

/// `format(number, spec)` for int, long, float and complex.
pub fn format_number(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(String::from_utf8_lossy(&ops::str_bytes(v)?).into_owned());
    }
    let s = parse(spec)?;
    if complex::is_complex(v) {
        return format_complex(v, &s);
    }
    if let Some(f) = float::as_f64(v) {
        return match s.ty {
            None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
                format_float_spec(f, &s, 6)
            }
            Some(t) => Err(err::value_error(format!(
                "Unknown format code '{t}' for object of type 'float'"
            ))),
        };
    }
    let big = long::to_big(v).ok_or_else(|| err::type_error("format requires a number"))?;
    let tname = if long::is_long(v) { "long" } else { "int" };
    match s.ty {
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => format_integer(&big, &s),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            format_float_spec(long::to_f64(&big)?, &s, 6)
        }
        Some(t) => Err(err::value_error(format!(
            "Unknown format code '{t}' for object of type '{tname}'"
        ))),
    }
}

fn format_complex(v: &Value, s: &Spec) -> PyResult<String> {
    let (re, im) = complex::parts(v);
    if let Some(t) = s.ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')
    {
        return Err(err::value_error(format!(
            "Unknown format code '{t}' for object of type 'complex'"
        )));
    }
    if s.alt {
        return Err(err::value_error(
            "Alternate form (#) not allowed in complex format specifier",
        ));
    }
    if s.fill == '0' {
        return Err(err::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(err::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (ty, prec, dot0) = match s.ty {
        None => ('r', 0, false),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => (
            if t == 'n' { 'g' } else { t },
            s.precision.unwrap_or(6),
            false,
        ),
        Some(t) => {
            return Err(err::value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )));
        }
    };
    let fmt = |x: f64, sign: bool| -> String {
        if ty == 'r' {
            if let Some(p) = s.precision {
                return float::format(x, 'g', p, sign, dot0, s.alt);
            }
            return float::format(x, 'r', 0, sign, false, s.alt);
        }
        float::format(x, ty, prec, sign, dot0, s.alt)
    };
    let sign_re = |x: f64| -> String {
        let t = fmt(x, false);
        match s.sign {
            Some('+') if !t.starts_with('-') => format!("+{t}"),
            Some(' ') if !t.starts_with('-') => format!(" {t}"),
            _ => t,
        }
    };
    let body = if s.ty.is_none() && re == 0.0 && re.is_sign_positive() {
        format!("{}j", sign_re(im))
    } else if s.ty.is_none() {
        format!("({}{}j)", sign_re(re), fmt(im, true))
    } else {
        format!("{}{}j", sign_re(re), fmt(im, true))
    };
    Ok(pad(&body, s.width, s.align.unwrap_or('>'), s.fill))
}

/// `format(x, spec)` for an int known to fit i64 (fast path helper).
pub fn format_i64(x: i64, spec: &str) -> PyResult<String> {
    format_number(&int::new(x), spec)
}
