//! `unicode` slots and methods (unicodeobject.c). Mixed operations with
//! `str` decode the str with the default encoding (ASCII) first, as
//! CPython 2.7 does; character classes and case mappings come from CPython's own database
//! ([`crate::unicode_ctype`]).

use crate::rt::rt;
use crate::slice;
use crate::types::{BinOp, CmpOp, TypeObject, type_ref};
use crate::unicode::{self, chars};
use crate::unicode_ctype as ctype;
use crate::value::Value;
use crate::{PyResult, args, dict, err, int, list, ops, str as pstr, tuple};

/// Unicode whitespace (`Py_UNICODE_ISSPACE`).
#[inline]
pub fn is_space(c: u32) -> bool {
    ctype::is_space(c)
}

/// The decimal digit value of a code point, if it is a decimal digit.
pub fn decimal_value(c: u32) -> Option<u32> {
    ctype::decimal(c)
}

/// `PyUnicode_EncodeDecimal` (strict): the text `int()`, `long()` and
/// `float()` parse for a unicode argument. Whitespace becomes a space,
/// decimal digits their ASCII digit, other Latin-1 characters stay as
/// bytes; anything else is a UnicodeEncodeError of the 'decimal' codec.
pub fn encode_decimal(v: &Value) -> PyResult<Vec<u8>> {
    let s = chars(v);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if ctype::is_space(c) {
            out.push(b' ');
        } else if let Some(d) = ctype::decimal(c) {
            out.push(b'0' + d as u8);
        } else if 0 < c && c < 256 {
            out.push(c as u8);
        } else {
            let mut end = i + 1;
            while end < s.len() {
                let x = s[end];
                if (0 < x && x < 256) || ctype::is_space(x) || ctype::decimal(x).is_some() {
                    break;
                }
                end += 1;
            }
            return Err(unicode::encode_error(
                "decimal",
                v,
                i,
                end,
                "invalid decimal Unicode string",
            ));
        }
        i += 1;
    }
    Ok(out)
}

/// `unicode(v)`.
pub fn unicode_of(v: &Value) -> PyResult {
    if unicode::is_unicode(v) {
        if crate::types::type_of_ptr_is(v, rt().types.unicode) {
            return Ok(v.clone());
        }
        return Ok(unicode::new(chars(v).to_vec()));
    }
    if pstr::is_str(v) {
        return unicode::decode_default(v);
    }
    if let Some(r) = ops::call_special(v, "__unicode__", &[])? {
        return unicode::coerce(&r)?.ok_or_else(|| {
            err::type_error(format!(
                "coercing to Unicode: need string or buffer, {} found",
                type_ref(&r).name_str()
            ))
        });
    }
    let s = ops::str(v)?;
    unicode::coerce(&s).map(|x| x.unwrap())
}

/// `PyUnicode_FromObject`: unicode as is, str and other character
/// buffers decoded with the default encoding; bytearrays are refused.
pub fn coerce_arg(v: &Value) -> PyResult<Value> {
    if let Some(u) = unicode::coerce(v)? {
        return Ok(u);
    }
    if crate::bytearray::is_bytearray(v) {
        return Err(err::type_error("decoding bytearray is not supported"));
    }
    if crate::buffer::is_buffer(v) {
        return unicode::decode_default(&pstr::from_vec(crate::buffer::contents(v)));
    }
    Err(err::type_error(format!(
        "coercing to Unicode: need string or buffer, {} found",
        type_ref(v).name_str()
    )))
}

/// `u + x`.
pub fn concat(a: &Value, x: &Value) -> PyResult {
    let b = coerce_arg(x)?;
    let mut v = chars(a).to_vec();
    v.extend_from_slice(chars(&b));
    Ok(unicode::new(v))
}

fn find_units(h: &[u32], n: &[u32], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return if n.is_empty() && start <= end && start <= h.len() {
            Some(start)
        } else {
            None
        };
    }
    if n.is_empty() {
        return Some(start);
    }
    h[start..end]
        .windows(n.len())
        .position(|w| w == n)
        .map(|i| i + start)
}

fn rfind_units(h: &[u32], n: &[u32], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return if n.is_empty() && start <= end && start <= h.len() {
            Some(end)
        } else {
            None
        };
    }
    if n.is_empty() {
        return Some(end);
    }
    h[start..end]
        .windows(n.len())
        .rposition(|w| w == n)
        .map(|i| i + start)
}

/// `x in u`.
pub fn contains(u: &Value, x: &Value) -> PyResult<bool> {
    let n = coerce_arg(x)?;
    let h = chars(u);
    Ok(find_units(h, chars(&n), 0, h.len()).is_some())
}

/// `sep.join(items)` for a unicode separator.
pub fn join(sep: &Value, items: &[Value]) -> PyResult {
    let s = chars(sep).to_vec();
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&s);
        }
        if !pstr::is_str(it) && !unicode::is_unicode(it) {
            return Err(err::type_error(format!(
                "sequence item {}: expected string or Unicode, {} found",
                i,
                type_ref(it).name_str()
            )));
        }
        out.extend_from_slice(chars(&coerce_arg(it)?));
    }
    Ok(unicode::new(out))
}

// ----- slots -----

fn u_len(v: &Value) -> PyResult<usize> {
    Ok(chars(v).len())
}

fn u_getitem(v: &Value, k: &Value) -> PyResult {
    let s = chars(v);
    if slice::is_slice(k) {
        let (start, _, step, n) = slice::indices(k, s.len())?;
        let mut out = Vec::with_capacity(n);
        let mut p = start;
        for _ in 0..n {
            out.push(s[p as usize]);
            p += step;
        }
        return Ok(unicode::new(out));
    }
    if !(int::is_int(k) || crate::long::is_long(k) || ops::has_index(k)) {
        return Err(err::type_error("string indices must be integers"));
    }
    let i = ops::subscript_index(k)?;
    match crate::list_methods::norm_index(i, s.len()) {
        Some(j) => Ok(unicode::new(vec![s[j]])),
        None => Err(err::index_error("string index out of range")),
    }
}

fn u_getslice(v: &Value, lo: isize, hi: isize) -> PyResult {
    let s = chars(v);
    let (a, b) = slice::clamp_simple(s.len(), lo, hi);
    Ok(unicode::new(s[a..b].to_vec()))
}

fn u_contains(v: &Value, x: &Value) -> PyResult<bool> {
    contains(v, x)
}

fn u_concat(a: &Value, x: &Value) -> PyResult {
    concat(a, x)
}

fn u_repeat(a: &Value, n: isize) -> PyResult {
    let s = chars(a);
    let mut v = Vec::with_capacity(s.len() * n.max(0) as usize);
    for _ in 0..n.max(0) {
        v.extend_from_slice(s);
    }
    Ok(unicode::new(v))
}

fn u_richcompare(a: &Value, x: &Value, op: CmpOp) -> PyResult {
    let b = if unicode::is_unicode(x) {
        x.clone()
    } else if pstr::is_str(x) {
        match unicode::decode_default(x) {
            Ok(u) => u,
            Err(e) if e.matches(rt().exc.unicode_decode_error) => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    crate::warnings::warn(
                        rt().exc.unicode_warning,
                        if op == CmpOp::Eq {
                            "Unicode equal comparison failed to convert both arguments to Unicode - interpreting them as being unequal"
                        } else {
                            "Unicode unequal comparison failed to convert both arguments to Unicode - interpreting them as being unequal"
                        },
                    )?;
                    return Ok(Value::bool(op == CmpOp::Ne));
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        }
    } else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(op.from_ordering(chars(a).cmp(chars(&b)))))
}

fn u_hash(v: &Value) -> PyResult<i64> {
    Ok(unicode::hash(v))
}

fn u_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(unicode::repr_chars(chars(v))))
}

fn u_str(v: &Value) -> PyResult {
    unicode::encode_default(v)
}

fn u_binop(op: BinOp, a: &Value, x: &Value) -> PyResult {
    if op == BinOp::Mod && unicode::is_unicode(a) {
        return crate::percent::format_unicode(a, x);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn u_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("unicode", a, kw, &["string", "encoding", "errors"], 0)?;
    let ty = t.as_ptr() as *mut TypeObject;
    let u = match (&p[0], &p[1], &p[2]) {
        (None, _, _) => unicode::new(Vec::new()),
        (Some(x), None, None) => unicode_of(x)?,
        (Some(x), enc, errs) => {
            let enc = args::opt_c_string("unicode", 2, enc, crate::codecs::DEFAULT_ENCODING)?;
            let errs = args::opt_c_string("unicode", 3, errs, "strict")?;
            let bytes = if pstr::is_str(x) {
                x.clone()
            } else if unicode::is_unicode(x) {
                return Err(err::type_error("decoding Unicode is not supported"));
            } else if crate::bytearray::is_bytearray(x) {
                pstr::new_bytes(crate::bytearray::bytes(x))
            } else {
                return Err(err::type_error(format!(
                    "coercing to Unicode: need string or buffer, {} found",
                    type_ref(x).name_str()
                )));
            };
            let r = crate::codecs::decode(&bytes, &enc, &errs)?;
            if !unicode::is_unicode(&r) {
                return Err(err::type_error(format!(
                    "decoder did not return an unicode object (type={})",
                    type_ref(&r).name_str()
                )));
            }
            r
        }
    };
    if ty == rt().types.unicode {
        return Ok(u);
    }
    Ok(unicode::new_of_type(ty, chars(&u).to_vec()))
}

// ----- methods -----

/// `stringlib_parse_args_finds_unicode`: the bounds (adjusted to `len`)
/// are converted before the substring.
fn parse_finds(
    name: &str,
    a: &[Value],
    kw: &[Value],
    len: usize,
) -> PyResult<(usize, usize, Value)> {
    args::count(name, a, kw, 1, 3)?;
    let (start, end) = crate::str_methods::start_end(a, len, 1)?;
    let sub = coerce_arg(&a[0])?;
    Ok((start, end, sub))
}

fn search(h: &[u32], n: &[u32], start: usize, end: usize, rev: bool) -> Option<usize> {
    if start > h.len() {
        return None;
    }
    if rev {
        rfind_units(h, n, start, end)
    } else {
        find_units(h, n, start, end)
    }
}

fn find_like(v: &Value, a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    let s = chars(v);
    let (start, end, sub) = parse_finds(name, a, kw, s.len())?;
    match search(s, chars(&sub), start, end, rev) {
        Some(i) => Ok(int::new(i as i64)),
        None if name.ends_with("index") => Err(err::value_error("substring not found")),
        None => Ok(int::new(-1)),
    }
}

fn m_find(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    find_like(v, a, kw, "find", false)
}

fn m_rfind(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    find_like(v, a, kw, "rfind", true)
}

fn m_index(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    find_like(v, a, kw, "index", false)
}

fn m_rindex(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    find_like(v, a, kw, "rindex", true)
}

fn m_count(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let s = chars(v);
    let (start, end, sub) = parse_finds("count", a, kw, s.len())?;
    let n = chars(&sub);
    if start > s.len() || end < start {
        return Ok(int::new(0));
    }
    if n.is_empty() {
        return Ok(int::new((end - start + 1) as i64));
    }
    let (mut c, mut i) = (0, start);
    while let Some(p) = find_units(s, n, i, end) {
        c += 1;
        i = p + n.len();
    }
    Ok(int::new(c))
}

fn m_join(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let seq = args::one("join", a, kw)?;
    let items = ops::seq_to_vec(seq).map_err(|e| {
        if e.matches(rt().exc.type_error) {
            err::type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    if items.len() == 1 && crate::types::type_of_ptr_is(&items[0], rt().types.unicode) {
        return Ok(items[0].clone());
    }
    join(v, &items)
}

/// Whitespace split of code points (unicode spaces) as ranges.
fn split_ws_units(s: &[u32], maxsplit: isize, rev: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !rev {
        let (mut i, n) = (0, s.len());
        while i < n {
            while i < n && is_space(s[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
            if maxsplit >= 0 && splits >= maxsplit {
                out.push((i, n));
                return out;
            }
            let st = i;
            while i < n && !is_space(s[i]) {
                i += 1;
            }
            out.push((st, i));
            splits += 1;
        }
        return out;
    }
    let mut i = s.len();
    while i > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push((0, i));
            break;
        }
        let end = i;
        while i > 0 && !is_space(s[i - 1]) {
            i -= 1;
        }
        out.push((i, end));
        splits += 1;
    }
    out.reverse();
    out
}

fn split_impl(v: &Value, a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    args::count(name, a, kw, 0, 2)?;
    let maxsplit = match a.get(1) {
        Some(m) => args::c_long(m)? as isize,
        None => -1,
    };
    let s = chars(v);
    let ranges = match a.first().filter(|x| !x.is_none()) {
        None => split_ws_units(s, maxsplit, rev),
        Some(sep) => {
            let sep = coerce_arg(sep)?;
            let sep = chars(&sep);
            if sep.is_empty() {
                return Err(err::value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut n = 0;
            if !rev {
                let mut i = 0;
                while maxsplit < 0 || n < maxsplit {
                    match find_units(s, sep, i, s.len()) {
                        Some(p) => {
                            out.push((i, p));
                            i = p + sep.len();
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.push((i, s.len()));
            } else {
                let mut end = s.len();
                while maxsplit < 0 || n < maxsplit {
                    match rfind_units(s, sep, 0, end) {
                        Some(p) => {
                            out.push((p + sep.len(), end));
                            end = p;
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.push((0, end));
                out.reverse();
            }
            out
        }
    };
    Ok(list::new(
        ranges
            .into_iter()
            .map(|(x, y)| unicode::new(s[x..y].to_vec()))
            .collect(),
    ))
}

fn m_split(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    split_impl(v, a, kw, "split", false)
}

fn m_rsplit(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    split_impl(v, a, kw, "rsplit", true)
}

/// Returns `v` itself when it is an exact unicode and unchanged.
fn same_or_new(v: &Value, out: &[u32]) -> Value {
    if out == chars(v) && crate::types::type_of_ptr_is(v, rt().types.unicode) {
        v.clone()
    } else {
        unicode::new(out.to_vec())
    }
}

fn strip_impl(
    v: &Value,
    a: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    args::count(name, a, kw, 0, 1)?;
    let s = chars(v);
    let set: Option<Value> = match a.first() {
        Some(c) if !c.is_none() => {
            if !unicode::is_unicode(c) && !pstr::is_str(c) {
                return Err(err::type_error(format!(
                    "{name} arg must be None, unicode or str"
                )));
            }
            Some(coerce_arg(c)?)
        }
        _ => None,
    };
    let pred = |c: u32| match &set {
        Some(cs) => chars(cs).contains(&c),
        None => is_space(c),
    };
    let (mut i, mut j) = (0, s.len());
    if left {
        while i < j && pred(s[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && pred(s[j - 1]) {
            j -= 1;
        }
    }
    Ok(same_or_new(v, &s[i..j]))
}

fn m_strip(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    strip_impl(v, a, kw, "strip", true, true)
}

fn m_lstrip(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    strip_impl(v, a, kw, "lstrip", true, false)
}

fn m_rstrip(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    strip_impl(v, a, kw, "rstrip", false, true)
}

fn m_replace(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("replace", a, kw, 2, 3)?;
    let count = match a.get(2) {
        Some(c) => args::c_long(c)? as isize,
        None => -1,
    };
    let old = coerce_arg(&a[0])?;
    let new = coerce_arg(&a[1])?;
    let (old, new) = (chars(&old), chars(&new));
    let s = chars(v);
    let mut out = Vec::with_capacity(s.len());
    let mut n = 0isize;
    if old.is_empty() {
        for &c in s {
            if count < 0 || n < count {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(c);
        }
        if count < 0 || n < count {
            out.extend_from_slice(new);
        }
        return Ok(same_or_new(v, &out));
    }
    let mut i = 0;
    while count < 0 || n < count {
        match find_units(s, old, i, s.len()) {
            Some(p) => {
                out.extend_from_slice(&s[i..p]);
                out.extend_from_slice(new);
                i = p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&s[i..]);
    Ok(same_or_new(v, &out))
}

fn affix(v: &Value, a: &[Value], kw: &[Value], name: &str, suffix: bool) -> PyResult {
    args::count(name, a, kw, 1, 3)?;
    let s = chars(v);
    let (start, end) = crate::str_methods::start_end(a, s.len(), 1)?;
    let test = |p: &[u32]| -> bool {
        if start > s.len() || end < start || end - start < p.len() {
            return false;
        }
        if suffix {
            &s[end - p.len()..end] == p
        } else {
            &s[start..start + p.len()] == p
        }
    };
    if tuple::is_tuple(&a[0]) {
        for p in tuple::items(&a[0]).to_vec() {
            if test(chars(&coerce_arg(&p)?)) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match coerce_arg(&a[0]) {
        Ok(p) => Ok(Value::bool(test(chars(&p)))),
        Err(e) if e.matches(rt().exc.type_error) => Err(err::type_error(format!(
            "{} first arg must be str, unicode, or tuple, not {}",
            name,
            type_ref(&a[0]).name_str()
        ))),
        Err(e) => Err(e),
    }
}

fn m_startswith(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    affix(v, a, kw, "startswith", false)
}

fn m_endswith(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    affix(v, a, kw, "endswith", true)
}

fn map_chars(v: &Value, a: &[Value], kw: &[Value], name: &str, f: fn(u32) -> u32) -> PyResult {
    args::noargs(name, a, kw)?;
    Ok(unicode::new(chars(v).iter().map(|&c| f(c)).collect()))
}

fn m_upper(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_chars(v, a, kw, "upper", ctype::to_upper)
}

fn m_lower(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_chars(v, a, kw, "lower", ctype::to_lower)
}

fn m_swapcase(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_chars(v, a, kw, "swapcase", |c| {
        if ctype::is_upper(c) {
            ctype::to_lower(c)
        } else if ctype::is_lower(c) {
            ctype::to_upper(c)
        } else {
            c
        }
    })
}

fn m_capitalize(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("capitalize", a, kw)?;
    let out: Vec<u32> = chars(v)
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                ctype::to_upper(c)
            } else {
                ctype::to_lower(c)
            }
        })
        .collect();
    Ok(unicode::new(out))
}

fn m_title(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("title", a, kw)?;
    let mut prev_cased = false;
    let out: Vec<u32> = chars(v)
        .iter()
        .map(|&c| {
            let r = if prev_cased {
                ctype::to_lower(c)
            } else {
                ctype::to_title(c)
            };
            prev_cased = ctype::is_cased(c);
            r
        })
        .collect();
    Ok(unicode::new(out))
}

fn pred(v: &Value, a: &[Value], kw: &[Value], name: &str, f: fn(u32) -> bool) -> PyResult {
    args::noargs(name, a, kw)?;
    let s = chars(v);
    Ok(Value::bool(!s.is_empty() && s.iter().all(|&c| f(c))))
}

fn m_isspace(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred(v, a, kw, "isspace", ctype::is_space)
}

fn m_isalpha(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred(v, a, kw, "isalpha", ctype::is_alpha)
}

fn m_isalnum(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred(v, a, kw, "isalnum", ctype::is_alnum)
}

fn m_isdecimal(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred(v, a, kw, "isdecimal", ctype::is_decimal)
}

fn m_isdigit(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred(v, a, kw, "isdigit", ctype::is_digit)
}

fn m_isnumeric(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred(v, a, kw, "isnumeric", ctype::is_numeric)
}

/// isupper/islower: some cased character, and none of the other case
/// (nor titlecase).
fn case_pred(v: &Value, a: &[Value], kw: &[Value], name: &str, upper: bool) -> PyResult {
    args::noargs(name, a, kw)?;
    type Pred = fn(u32) -> bool;
    let (want, other): (Pred, Pred) = if upper {
        (ctype::is_upper, ctype::is_lower)
    } else {
        (ctype::is_lower, ctype::is_upper)
    };
    let mut cased = false;
    for &c in chars(v) {
        if other(c) || ctype::is_title(c) {
            return Ok(Value::FALSE);
        }
        if want(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

fn m_isupper(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    case_pred(v, a, kw, "isupper", true)
}

fn m_islower(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    case_pred(v, a, kw, "islower", false)
}

fn m_istitle(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("istitle", a, kw)?;
    let (mut cased, mut prev_cased) = (false, false);
    for &c in chars(v) {
        if ctype::is_upper(c) || ctype::is_title(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if ctype::is_lower(c) {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// `"n|O&:NAME"` with `convert_uc`: a width and an optional fill
/// character.
fn width_fill(a: &[Value], kw: &[Value], name: &str) -> PyResult<(isize, u32)> {
    args::count(name, a, kw, 1, 2)?;
    let w = args::c_long(&a[0])? as isize;
    let fill = match a.get(1) {
        Some(f) => {
            let u = coerce_arg(f).map_err(|_| {
                err::type_error("The fill character cannot be converted to Unicode")
            })?;
            let cs = chars(&u);
            if cs.len() != 1 {
                return Err(err::type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            cs[0]
        }
        None => ' ' as u32,
    };
    Ok((w, fill))
}

fn padded(v: &Value, l: isize, r: isize, fill: u32) -> Value {
    let (l, r) = (l.max(0) as usize, r.max(0) as usize);
    if l == 0 && r == 0 {
        return same_or_new(v, chars(v));
    }
    let mut out = vec![fill; l];
    out.extend_from_slice(chars(v));
    out.extend(std::iter::repeat_n(fill, r));
    unicode::new(out)
}

fn m_ljust(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (w, f) = width_fill(a, kw, "ljust")?;
    Ok(padded(v, 0, w - chars(v).len() as isize, f))
}

fn m_rjust(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (w, f) = width_fill(a, kw, "rjust")?;
    Ok(padded(v, w - chars(v).len() as isize, 0, f))
}

fn m_center(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (w, f) = width_fill(a, kw, "center")?;
    let n = chars(v).len() as isize;
    if w <= n {
        return Ok(padded(v, 0, 0, f));
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    Ok(padded(v, left, marg - left, f))
}

fn m_zfill(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("zfill", a, kw, 1, 1)?;
    let w = args::c_long(&a[0])?;
    let s = chars(v);
    if s.len() as i64 >= w {
        return Ok(same_or_new(v, s));
    }
    let fill = w as usize - s.len();
    let mut out = vec!['0' as u32; fill];
    out.extend_from_slice(s);
    if fill < out.len() && (out[fill] == '+' as u32 || out[fill] == '-' as u32) {
        out[0] = out[fill];
        out[fill] = '0' as u32;
    }
    Ok(unicode::new(out))
}

fn m_splitlines(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("splitlines", a, kw, 0, 1)?;
    let keep = match a.first() {
        Some(k) => args::c_int(k)? != 0,
        None => false,
    };
    let s = chars(v);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let st = i;
        while i < s.len() && !ctype::is_linebreak(s[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < s.len() {
            if s[i] == 0x0d && i + 1 < s.len() && s[i + 1] == 0x0a {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(unicode::new(s[st..eol].to_vec()));
    }
    Ok(list::new(out))
}

fn partition_impl(v: &Value, a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    let sep = coerce_arg(args::one(name, a, kw)?)?;
    let sc = chars(&sep);
    if sc.is_empty() {
        return Err(err::value_error("empty separator"));
    }
    let s = chars(v);
    let pos = if rev {
        rfind_units(s, sc, 0, s.len())
    } else {
        find_units(s, sc, 0, s.len())
    };
    let e = || unicode::new(Vec::new());
    Ok(match pos {
        Some(p) => tuple::new(vec![
            unicode::new(s[..p].to_vec()),
            sep.clone(),
            unicode::new(s[p + sc.len()..].to_vec()),
        ]),
        None if rev => tuple::new(vec![e(), e(), same_or_new(v, s)]),
        None => tuple::new(vec![same_or_new(v, s), e(), e()]),
    })
}

fn m_partition(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    partition_impl(v, a, kw, "partition", false)
}

fn m_rpartition(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    partition_impl(v, a, kw, "rpartition", true)
}

fn m_encode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("encode", a, kw, &["encoding", "errors"], 0)?;
    let enc = args::opt_c_string("encode", 1, &p[0], crate::codecs::DEFAULT_ENCODING)?;
    let errors = args::opt_c_string("encode", 2, &p[1], "strict")?;
    crate::codecs::encode(v, &enc, &errors)
}

fn m_decode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("decode", a, kw, &["encoding", "errors"], 0)?;
    let enc = args::opt_c_string("decode", 1, &p[0], crate::codecs::DEFAULT_ENCODING)?;
    let errors = args::opt_c_string("decode", 2, &p[1], "strict")?;
    // the codec is looked up first; it reads its input as a buffer (the
    // default encoding)
    crate::codecs::check_encoding(&enc)?;
    let s = unicode::encode_default(v)?;
    crate::codecs::decode(&s, &enc, &errors)
}

/// `PyUnicode_TranslateCharmap` with the "ignore" handler: unmapped
/// characters stay, None deletes.
fn m_translate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let table = args::one("translate", a, kw)?;
    let mut out = Vec::new();
    for &c in chars(v) {
        match ops::getitem(table, &int::new(c as i64)) {
            Ok(r) => {
                if r.is_none() {
                    continue;
                }
                if int::is_int(&r) {
                    let i = int::as_i64(&r).unwrap_or(-1);
                    if !(0..=0x10ffff).contains(&i) {
                        // CPython's PyErr_Format has no %lx: the
                        // placeholder is printed as is
                        return Err(err::type_error("character mapping must be in range(0x%lx)"));
                    }
                    out.push(i as u32);
                } else if unicode::is_unicode(&r) {
                    out.extend_from_slice(chars(&r));
                } else {
                    return Err(err::type_error(
                        "character mapping must return integer, None or unicode",
                    ));
                }
            }
            Err(e) if e.matches(rt().exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(unicode::new(out))
}

fn m_expandtabs(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("expandtabs", a, kw, 0, 1)?;
    let ts = match a.first() {
        Some(t) => args::c_int(t)? as i64,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in chars(v) {
        if c == '\t' as u32 {
            if ts > 0 {
                let n = ts - col % ts;
                out.extend(std::iter::repeat_n(' ' as u32, n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col = if c == '\n' as u32 || c == '\r' as u32 {
                0
            } else {
                col + 1
            };
        }
    }
    Ok(unicode::new(out))
}

fn m_format(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::strformat::format(v, a, kw)
}

fn m_dunder_format(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("__format__", a, kw, 1, 1)?;
    let spec = &a[0];
    if !pstr::is_str(spec) && !unicode::is_unicode(spec) {
        return Err(err::type_error(format!(
            "__format__ arg must be str or unicode, not {}",
            type_ref(spec).name_str()
        )));
    }
    let spec = unicode_of(spec)?;
    let out = crate::formatspec::format_text_units(chars(v), chars(&spec), true)?;
    Ok(unicode::new(out))
}

fn m_getnewargs(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__getnewargs__", a, kw)?;
    Ok(tuple::new(vec![unicode::new(chars(v).to_vec())]))
}

fn m_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    Ok(int::new(48 + 4 * (chars(v).len() as i64 + 1)))
}

/// Fills the unicode type (bootstrap).
pub fn setup() {
    let t = rt().types.unicode;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.len = Some(u_len);
        s.getitem = Some(u_getitem);
        s.getslice = Some(u_getslice);
        s.contains = Some(u_contains);
        s.concat = Some(u_concat);
        s.repeat = Some(u_repeat);
        s.richcompare = Some(u_richcompare);
        s.hash = Some(u_hash);
        s.repr = Some(u_repr);
        s.str = Some(u_str);
        s.binop = Some(u_binop);
        s.binop_mask = crate::types::BinOp::Mod.bit();
        s.new = Some(u_new);
    }
    crate::descr::add_methods(
        t,
        &[
            ("find", m_find),
            ("rfind", m_rfind),
            ("index", m_index),
            ("rindex", m_rindex),
            ("count", m_count),
            ("join", m_join),
            ("split", m_split),
            ("rsplit", m_rsplit),
            ("strip", m_strip),
            ("lstrip", m_lstrip),
            ("rstrip", m_rstrip),
            ("replace", m_replace),
            ("startswith", m_startswith),
            ("endswith", m_endswith),
            ("upper", m_upper),
            ("lower", m_lower),
            ("swapcase", m_swapcase),
            ("capitalize", m_capitalize),
            ("title", m_title),
            ("isspace", m_isspace),
            ("isalpha", m_isalpha),
            ("isalnum", m_isalnum),
            ("isdecimal", m_isdecimal),
            ("isdigit", m_isdigit),
            ("isnumeric", m_isnumeric),
            ("isupper", m_isupper),
            ("islower", m_islower),
            ("istitle", m_istitle),
            ("ljust", m_ljust),
            ("rjust", m_rjust),
            ("center", m_center),
            ("zfill", m_zfill),
            ("splitlines", m_splitlines),
            ("partition", m_partition),
            ("rpartition", m_rpartition),
            ("encode", m_encode),
            ("decode", m_decode),
            ("translate", m_translate),
            ("expandtabs", m_expandtabs),
            ("format", m_format),
            ("__format__", m_dunder_format),
            ("_formatter_parser", crate::strformat::formatter_parser),
            (
                "_formatter_field_name_split",
                crate::strformat::formatter_field_name_split,
            ),
            ("__getnewargs__", m_getnewargs),
            ("__sizeof__", m_sizeof),
        ],
    );
    let _ = dict::new;
}
