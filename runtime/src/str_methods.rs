//! `str` slots and methods (stringobject.c, stringlib): byte-string
//! operations in the C locale, with CPython 2.7's argument handling and
//! messages. A method given a unicode argument where text is expected
//! converts `self` to unicode and defers to the unicode method, as CPython
//! does.

use crate::object::type_of;
use crate::rt::rt;
use crate::slice;
use crate::types::{BinOp, CmpOp, TypeObject, type_ref};
use crate::value::Value;
use crate::{PyResult, args, err, int, list, ops, str as pstr, tuple, unicode};

fn b(v: &Value) -> &[u8] {
    pstr::as_bytes(v)
}

/// C's `isspace` in the C locale.
#[inline]
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Defers a method call to unicode: `unicode(self).name(*args)`.
fn as_unicode_call(s: &Value, name: &str, a: &[Value]) -> PyResult {
    let u = unicode::decode_default(s)?;
    ops::call_method(&u, name, a)
}

/// A text argument as bytes, with CPython's "expected a string or other
/// character buffer object" for other types.
fn buf_arg(v: &Value) -> PyResult<Vec<u8>> {
    if pstr::is_str(v) {
        return Ok(b(v).to_vec());
    }
    if crate::bytearray::is_bytearray(v) {
        return Ok(crate::bytearray::bytes(v).to_vec());
    }
    if crate::buffer::is_buffer(v) {
        return Ok(crate::buffer::contents(v));
    }
    Err(err::type_error(
        "expected a string or other character buffer object",
    ))
}

// ----- slots -----

fn str_len(v: &Value) -> PyResult<usize> {
    Ok(b(v).len())
}

fn str_getitem(v: &Value, k: &Value) -> PyResult {
    let s = b(v);
    if let Some(i) = k.as_small_int() {
        return match crate::list_methods::norm_index(i as isize, s.len()) {
            Some(j) => Ok(pstr::new_bytes(&s[j..j + 1])),
            None => Err(err::index_error("string index out of range")),
        };
    }
    if slice::is_slice(k) {
        let (start, _, step, n) = slice::indices(k, s.len())?;
        if step == 1 {
            if n == s.len() && pstr::is_exact_str(v) {
                return Ok(v.clone());
            }
            return Ok(pstr::new_bytes(&s[start as usize..start as usize + n]));
        }
        let mut out = Vec::with_capacity(n);
        let mut p = start;
        for _ in 0..n {
            out.push(s[p as usize]);
            p += step;
        }
        return Ok(pstr::from_vec(out));
    }
    if int::is_int(k) || crate::long::is_long(k) || ops::has_index(k) {
        let i = ops::subscript_index(k)?;
        return match crate::list_methods::norm_index(i, s.len()) {
            Some(j) => Ok(pstr::new_bytes(&s[j..j + 1])),
            None => Err(err::index_error("string index out of range")),
        };
    }
    Err(err::type_error(format!(
        "string indices must be integers, not {}",
        type_ref(k).name_str()
    )))
}

fn str_getslice(v: &Value, lo: isize, hi: isize) -> PyResult {
    let s = b(v);
    let (a, z) = slice::clamp_simple(s.len(), lo, hi);
    if a == 0 && z == s.len() && pstr::is_exact_str(v) {
        return Ok(v.clone());
    }
    Ok(pstr::new_bytes(&s[a..z]))
}

/// Substring search (naive but fine for typical sizes; memchr for 1 byte).
pub fn find_bytes(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return if needle.is_empty() && start <= end && start <= hay.len() {
            Some(start)
        } else {
            None
        };
    }
    if needle.is_empty() {
        return Some(start);
    }
    let h = &hay[start..end];
    if needle.len() == 1 {
        return h.iter().position(|&c| c == needle[0]).map(|i| i + start);
    }
    h.windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + start)
}

/// Reverse substring search.
pub fn rfind_bytes(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return if needle.is_empty() && start <= end && start <= hay.len() {
            Some(end)
        } else {
            None
        };
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|i| i + start)
}

fn str_contains(v: &Value, x: &Value) -> PyResult<bool> {
    if unicode::is_unicode(x) {
        let u = unicode::decode_default(v)?;
        return crate::unicode_methods::contains(&u, x);
    }
    if !pstr::is_str(x) {
        return Err(err::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_ref(x).name_str()
        )));
    }
    let s = b(v);
    Ok(find_bytes(s, b(x), 0, s.len()).is_some())
}

fn str_concat(a: &Value, x: &Value) -> PyResult {
    if pstr::is_str(x) {
        return Ok(pstr::concat(a, x));
    }
    if unicode::is_unicode(x) {
        let u = unicode::decode_default(a)?;
        return crate::unicode_methods::concat(&u, x);
    }
    if crate::bytearray::is_bytearray(x) {
        let mut v = b(a).to_vec();
        v.extend_from_slice(crate::bytearray::bytes(x));
        return Ok(crate::bytearray::new(v));
    }
    Err(err::type_error(format!(
        "cannot concatenate 'str' and '{}' objects",
        type_ref(x).name_str()
    )))
}

fn str_repeat(a: &Value, n: isize) -> PyResult {
    let s = b(a);
    if n <= 0 || s.is_empty() {
        return Ok(pstr::new(""));
    }
    if n == 1 && pstr::is_exact_str(a) {
        return Ok(a.clone());
    }
    let total = s
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t <= isize::MAX as usize / 2);
    let Some(total) = total else {
        return Err(err::overflow_error("repeated string is too long"));
    };
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(s);
    }
    Ok(pstr::from_vec(v))
}

fn str_richcompare(a: &Value, x: &Value, op: CmpOp) -> PyResult {
    if !pstr::is_str(x) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(Value::bool(ops::str_compare(a, x, op)))
}

fn str_hash(v: &Value) -> PyResult<i64> {
    Ok(pstr::hash(v))
}

fn str_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(pstr::repr_bytes(b(v))))
}

fn str_str(v: &Value) -> PyResult {
    if pstr::is_exact_str(v) {
        return Ok(v.clone());
    }
    Ok(pstr::new_bytes(b(v)))
}

fn str_binop(op: BinOp, a: &Value, x: &Value) -> PyResult {
    if op == BinOp::Mod && pstr::is_str(a) {
        return crate::percent::format_str(a, x);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn str_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("str", a, kw, &["object"], 0)?;
    let s = match &p[0] {
        Some(x) => ops::str(x)?,
        None => pstr::new(""),
    };
    let ty = t.as_ptr() as *mut TypeObject;
    if ty == rt().types.str {
        return Ok(s);
    }
    // subclass instance: a StrObj of type ty
    // SAFETY: StrObj is the str layout; ty's basicsize covers it.
    Ok(unsafe {
        crate::object::new_object(
            ty,
            pstr::StrObj {
                ob: crate::object::ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                hash: std::cell::Cell::new(-1),
                interned: std::cell::Cell::new(false),
                data: b(&s).into(),
            },
        )
    })
}

// ----- methods -----

/// Optional start/end arguments (`_PyEval_SliceIndex` + adjustment).
pub fn start_end(a: &[Value], len: usize, from: usize) -> PyResult<(usize, usize)> {
    let mut start = match a.get(from) {
        Some(x) => slice::slice_index(x, 0)?,
        None => 0,
    };
    let mut end = match a.get(from + 1) {
        Some(x) => slice::slice_index(x, isize::MAX)?,
        None => isize::MAX,
    };
    let n = len as isize;
    if end > n {
        end = n;
    } else if end < 0 {
        end = (end + n).max(0);
    }
    if start < 0 {
        start = (start + n).max(0);
    }
    Ok((start as usize, end as usize))
}

/// `stringlib_parse_args_finds`: `sub[, start[, end]]` with the bounds
/// converted (and adjusted to `len`) before the needle is looked at.
fn parse_finds(name: &str, a: &[Value], kw: &[Value], len: usize) -> PyResult<(usize, usize)> {
    args::count(name, a, kw, 1, 3)?;
    start_end(a, len, 1)
}

/// Index of `needle` in `s[start..end]` from the left or the right
/// (start past the end finds nothing, even an empty needle).
fn search(s: &[u8], needle: &[u8], start: usize, end: usize, rev: bool) -> Option<usize> {
    if start > s.len() {
        return None;
    }
    if rev {
        rfind_bytes(s, needle, start, end)
    } else {
        find_bytes(s, needle, start, end)
    }
}

/// str.find/rfind/index/rindex (one argument-error name for all four, as
/// in CPython 2.7). `Err(None)` means "defer to unicode".
fn find_impl(
    v: &Value,
    a: &[Value],
    kw: &[Value],
    rev: bool,
) -> PyResult<Result<Option<usize>, ()>> {
    let s = b(v);
    let (start, end) = parse_finds("find/rfind/index/rindex", a, kw, s.len())?;
    if unicode::is_unicode(&a[0]) {
        return Ok(Err(()));
    }
    let needle = buf_arg(&a[0])?;
    Ok(Ok(search(s, &needle, start, end, rev)))
}

fn find_like(v: &Value, a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    let raise = name.ends_with("index");
    match find_impl(v, a, kw, rev)? {
        Err(()) => as_unicode_call(v, name, a),
        Ok(Some(i)) => Ok(int::new(i as i64)),
        Ok(None) if raise => Err(err::value_error("substring not found")),
        Ok(None) => Ok(int::new(-1)),
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

/// Non-overlapping occurrences of `needle` in `s[start..end]`.
pub fn count_bytes(s: &[u8], needle: &[u8], start: usize, end: usize) -> usize {
    if start > s.len() || end < start {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let (mut c, mut i) = (0, start);
    while let Some(p) = find_bytes(s, needle, i, end) {
        c += 1;
        i = p + needle.len();
    }
    c
}

fn m_count(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let s = b(v);
    let (start, end) = parse_finds("count", a, kw, s.len())?;
    if unicode::is_unicode(&a[0]) {
        return as_unicode_call(v, "count", a);
    }
    let needle = buf_arg(&a[0])?;
    Ok(int::new(count_bytes(s, &needle, start, end) as i64))
}

/// Whitespace splitting (C-locale spaces) as byte ranges, from the right
/// for `rev`; once `maxsplit` is reached the rest is one piece that keeps
/// its whitespace on the far side.
pub fn split_ws(s: &[u8], maxsplit: isize, rev: bool) -> Vec<(usize, usize)> {
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
                // the remainder keeps its trailing whitespace
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
            // the remainder keeps its leading whitespace
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

/// Splitting at `sep` (non-empty) as byte ranges, at most `maxsplit`
/// times (negative: no limit), from the right for `rev`.
pub fn split_sep(s: &[u8], sep: &[u8], maxsplit: isize, rev: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut n = 0;
    if !rev {
        let mut i = 0;
        while maxsplit < 0 || n < maxsplit {
            match find_bytes(s, sep, i, s.len()) {
                Some(p) => {
                    out.push((i, p));
                    i = p + sep.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.push((i, s.len()));
        return out;
    }
    let mut end = s.len();
    while maxsplit < 0 || n < maxsplit {
        match rfind_bytes(s, sep, 0, end) {
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
    out
}

fn split_impl(v: &Value, a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    args::count(name, a, kw, 0, 2)?;
    let maxsplit = match a.get(1) {
        Some(m) => args::c_long(m)? as isize,
        None => -1,
    };
    let s = b(v);
    let ranges = match a.first().filter(|x| !x.is_none()) {
        None => split_ws(s, maxsplit, rev),
        Some(sep) if unicode::is_unicode(sep) => return as_unicode_call(v, name, a),
        Some(sep) => {
            let sep = buf_arg(sep)?;
            if sep.is_empty() {
                return Err(err::value_error("empty separator"));
            }
            split_sep(s, &sep, maxsplit, rev)
        }
    };
    Ok(list::new(
        ranges
            .into_iter()
            .map(|(x, y)| pstr::new_bytes(&s[x..y]))
            .collect(),
    ))
}

fn m_split(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    split_impl(v, a, kw, "split", false)
}

fn m_rsplit(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    split_impl(v, a, kw, "rsplit", true)
}

/// `sep.join(iterable)`.
pub fn join(sep: &Value, seq: &Value) -> PyResult {
    let items = match ops::seq_to_vec(seq) {
        Ok(v) => v,
        Err(e) if e.matches(rt().exc.type_error) => {
            return Err(err::type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    if items.is_empty() {
        return Ok(pstr::new(""));
    }
    if items.len() == 1
        && (pstr::is_exact_str(&items[0])
            || crate::types::type_of_ptr_is(&items[0], rt().types.unicode))
    {
        return Ok(items[0].clone());
    }
    let sb = b(sep);
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        if unicode::is_unicode(it) {
            let u = unicode::decode_default(sep)?;
            return crate::unicode_methods::join(&u, &items);
        }
        if !pstr::is_str(it) {
            return Err(err::type_error(format!(
                "sequence item {}: expected string, {} found",
                i,
                type_ref(it).name_str()
            )));
        }
        total += b(it).len() + sb.len();
    }
    let mut out = Vec::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sb);
        }
        out.extend_from_slice(b(it));
    }
    Ok(pstr::from_vec(out))
}

fn m_join(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let seq = args::one("join", a, kw)?;
    join(v, seq)
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
    let s = b(v);
    let chars: Option<&[u8]> = match a.first() {
        Some(c) if !c.is_none() => {
            if unicode::is_unicode(c) {
                return as_unicode_call(v, name, a);
            }
            if !pstr::is_str(c) {
                return Err(err::type_error(format!(
                    "{name} arg must be None, str or unicode"
                )));
            }
            Some(b(c))
        }
        _ => None,
    };
    let pred = |c: u8| match chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let mut i = 0;
    let mut j = s.len();
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
    if i == 0 && j == s.len() && pstr::is_exact_str(v) {
        return Ok(v.clone());
    }
    Ok(pstr::new_bytes(&s[i..j]))
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

/// `s.replace(old, new[, count])` on bytes (stringlib semantics).
pub fn replace_bytes(s: &[u8], old: &[u8], new: &[u8], count: isize) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut n = 0isize;
    if old.is_empty() {
        // insert `new` before every byte and at the end
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
        return out;
    }
    let mut i = 0;
    while count < 0 || n < count {
        match find_bytes(s, old, i, s.len()) {
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
    out
}

fn m_replace(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("replace", a, kw, 2, 3)?;
    let count = match a.get(2) {
        Some(c) => args::c_long(c)? as isize,
        None => -1,
    };
    if unicode::is_unicode(&a[0]) {
        return as_unicode_call(v, "replace", a);
    }
    let old = buf_arg(&a[0])?;
    if unicode::is_unicode(&a[1]) {
        return as_unicode_call(v, "replace", a);
    }
    let new = buf_arg(&a[1])?;
    let s = b(v);
    if (count == 0
        || old.is_empty() && new.is_empty()
        || !old.is_empty() && find_bytes(s, &old, 0, s.len()).is_none())
        && pstr::is_exact_str(v)
    {
        return Ok(v.clone());
    }
    Ok(pstr::from_vec(replace_bytes(s, &old, &new, count)))
}

fn affix_impl(v: &Value, a: &[Value], kw: &[Value], name: &str, suffix: bool) -> PyResult {
    let s = b(v);
    let (start, end) = parse_finds(name, a, kw, s.len())?;
    let test = |p: &[u8]| -> bool {
        if start > s.len() || end < start || end - start < p.len() {
            return false;
        }
        if suffix {
            &s[end - p.len()..end] == p
        } else {
            &s[start..start + p.len()] == p
        }
    };
    // one candidate: the str test, or the unicode method for unicode
    let one = |p: &Value| -> PyResult<bool> {
        if unicode::is_unicode(p) {
            let u = unicode::decode_default(v)?;
            let mut args = vec![p.clone()];
            args.extend_from_slice(&a[1..]);
            return ops::truthy(&ops::call_method(&u, name, &args)?);
        }
        Ok(test(&buf_arg(p)?))
    };
    let what = &a[0];
    if tuple::is_tuple(what) {
        for p in tuple::items(what).to_vec() {
            if one(&p)? {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match one(what) {
        Ok(r) => Ok(Value::bool(r)),
        Err(e) if e.matches(rt().exc.type_error) && !unicode::is_unicode(what) => {
            Err(err::type_error(format!(
                "{} first arg must be str, unicode, or tuple, not {}",
                name,
                type_ref(what).name_str()
            )))
        }
        Err(e) => Err(e),
    }
}

fn m_startswith(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    affix_impl(v, a, kw, "startswith", false)
}

fn m_endswith(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    affix_impl(v, a, kw, "endswith", true)
}

fn map_bytes(
    v: &Value,
    a: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult {
    args::noargs(name, a, kw)?;
    Ok(pstr::from_vec(f(b(v))))
}

fn m_upper(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(v, a, kw, "upper", |s| s.to_ascii_uppercase())
}

fn m_lower(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(v, a, kw, "lower", |s| s.to_ascii_lowercase())
}

fn m_swapcase(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(v, a, kw, "swapcase", |s| {
        s.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn m_capitalize(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(v, a, kw, "capitalize", |s| {
        s.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn m_title(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(v, a, kw, "title", |s| {
        let mut prev_cased = false;
        s.iter()
            .map(|&c| {
                let r = if c.is_ascii_alphabetic() {
                    if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                } else {
                    c
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred_impl(v: &Value, a: &[Value], kw: &[Value], name: &str, f: fn(u8) -> bool) -> PyResult {
    args::noargs(name, a, kw)?;
    let s = b(v);
    Ok(Value::bool(!s.is_empty() && s.iter().all(|&c| f(c))))
}

fn m_isdigit(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred_impl(v, a, kw, "isdigit", |c| c.is_ascii_digit())
}

fn m_isalpha(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred_impl(v, a, kw, "isalpha", |c| c.is_ascii_alphabetic())
}

fn m_isalnum(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred_impl(v, a, kw, "isalnum", |c| c.is_ascii_alphanumeric())
}

fn m_isspace(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pred_impl(v, a, kw, "isspace", is_space)
}

fn m_isupper(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("isupper", a, kw)?;
    let s = b(v);
    Ok(Value::bool(
        s.iter().any(|c| c.is_ascii_uppercase()) && !s.iter().any(|c| c.is_ascii_lowercase()),
    ))
}

fn m_islower(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("islower", a, kw)?;
    let s = b(v);
    Ok(Value::bool(
        s.iter().any(|c| c.is_ascii_lowercase()) && !s.iter().any(|c| c.is_ascii_uppercase()),
    ))
}

fn m_istitle(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("istitle", a, kw)?;
    let s = b(v);
    let (mut cased, mut prev_cased) = (false, false);
    for &c in s {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
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

/// `"n|c:NAME"`: a width and an optional one-byte fill.
fn width_fill(a: &[Value], kw: &[Value], name: &str) -> PyResult<(isize, u8)> {
    args::count(name, a, kw, 1, 2)?;
    let w = args::c_long(&a[0])? as isize;
    let fill = match a.get(1) {
        Some(f) => {
            if !pstr::is_str(f) || b(f).len() != 1 {
                return Err(err::type_error(format!(
                    "{name}() argument 2 must be char, not {}",
                    args::type_name(f)
                )));
            }
            b(f)[0]
        }
        None => b' ',
    };
    Ok((w, fill))
}

fn pad(v: &Value, left: usize, right: usize, fill: u8) -> Value {
    let s = b(v);
    if left == 0 && right == 0 && pstr::is_exact_str(v) {
        return v.clone();
    }
    let mut out = Vec::with_capacity(s.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(out.len() + right, fill);
    pstr::from_vec(out)
}

fn m_ljust(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (w, f) = width_fill(a, kw, "ljust")?;
    let n = b(v).len() as isize;
    Ok(pad(v, 0, (w - n).max(0) as usize, f))
}

fn m_rjust(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (w, f) = width_fill(a, kw, "rjust")?;
    let n = b(v).len() as isize;
    Ok(pad(v, (w - n).max(0) as usize, 0, f))
}

fn m_center(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (w, f) = width_fill(a, kw, "center")?;
    let n = b(v).len() as isize;
    if w <= n {
        return Ok(pad(v, 0, 0, f));
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    Ok(pad(v, left as usize, (marg - left) as usize, f))
}

fn m_zfill(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("zfill", a, kw, 1, 1)?;
    let w = args::c_long(&a[0])?;
    let s = b(v);
    if s.len() as i64 >= w {
        return Ok(pad(v, 0, 0, b'0'));
    }
    let w = w as usize;
    let fill = w - s.len();
    let mut out = Vec::with_capacity(w);
    out.resize(fill, b'0');
    out.extend_from_slice(s);
    // a sign moves to the front
    if fill < out.len() && (out[fill] == b'+' || out[fill] == b'-') {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok(pstr::from_vec(out))
}

fn m_expandtabs(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("expandtabs", a, kw, 0, 1)?;
    let ts = match a.first() {
        Some(t) => args::c_int(t)? as i64,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in b(v) {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(pstr::from_vec(out))
}

fn m_splitlines(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("splitlines", a, kw, 0, 1)?;
    let keep = match a.first() {
        Some(k) => args::c_int(k)? != 0,
        None => false,
    };
    let s = b(v);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let st = i;
        while i < s.len() && s[i] != b'\n' && s[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < s.len() {
            if s[i] == b'\r' && i + 1 < s.len() && s[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(pstr::new_bytes(&s[st..eol]));
    }
    Ok(list::new(out))
}

fn partition_impl(v: &Value, a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    let sep = args::one(name, a, kw)?;
    if unicode::is_unicode(sep) {
        return as_unicode_call(v, name, a);
    }
    let sep = buf_arg(sep)?;
    if sep.is_empty() {
        return Err(err::value_error("empty separator"));
    }
    let s = b(v);
    let pos = if rev {
        rfind_bytes(s, &sep, 0, s.len())
    } else {
        find_bytes(s, &sep, 0, s.len())
    };
    Ok(match pos {
        Some(p) => tuple::new(vec![
            pstr::new_bytes(&s[..p]),
            // stringlib returns the separator object itself
            a[0].clone(),
            pstr::new_bytes(&s[p + sep.len()..]),
        ]),
        None if rev => tuple::new(vec![pstr::new(""), pstr::new(""), v.clone()]),
        None => tuple::new(vec![v.clone(), pstr::new(""), pstr::new("")]),
    })
}

fn m_partition(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    partition_impl(v, a, kw, "partition", false)
}

fn m_rpartition(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    partition_impl(v, a, kw, "rpartition", true)
}

fn m_translate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("translate", a, kw, 1, 2)?;
    let table = if pstr::is_str(&a[0]) {
        Some(b(&a[0]).to_vec())
    } else if a[0].is_none() {
        None
    } else if unicode::is_unicode(&a[0]) {
        if a.len() > 1 {
            return Err(err::type_error(
                "deletions are implemented differently for unicode",
            ));
        }
        let u = unicode::decode_default(v)?;
        return ops::call_method(&u, "translate", &a[..1]);
    } else {
        Some(buf_arg(&a[0])?)
    };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(err::value_error(
            "translation table must be 256 characters long",
        ));
    }
    let del = match a.get(1) {
        Some(d) if unicode::is_unicode(d) => {
            return Err(err::type_error(
                "deletions are implemented differently for unicode",
            ));
        }
        Some(d) => buf_arg(d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b(v)
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    if out == b(v) && pstr::is_exact_str(v) {
        return Ok(v.clone());
    }
    Ok(pstr::from_vec(out))
}

fn m_encode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("encode", a, kw, &["encoding", "errors"], 0)?;
    let enc = args::opt_c_string("encode", 1, &p[0], crate::codecs::DEFAULT_ENCODING)?;
    let errors = args::opt_c_string("encode", 2, &p[1], "strict")?;
    crate::codecs::str_encode(v, &enc, &errors)
}

fn m_decode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("decode", a, kw, &["encoding", "errors"], 0)?;
    let enc = args::opt_c_string("decode", 1, &p[0], crate::codecs::DEFAULT_ENCODING)?;
    let errors = args::opt_c_string("decode", 2, &p[1], "strict")?;
    crate::codecs::decode(v, &enc, &errors)
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
    // a unicode spec is made a str first; the result is a str either way
    let spec = ops::str(spec)?;
    let out = crate::formatspec::format_text(b(v), b(&spec))?;
    Ok(pstr::from_vec(out))
}

fn m_getnewargs(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__getnewargs__", a, kw)?;
    Ok(tuple::new(vec![pstr::new_bytes(b(v))]))
}

fn m_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    Ok(int::new(37 + b(v).len() as i64))
}

/// Fills the str type (bootstrap).
pub fn setup() {
    let t = rt().types.str;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.len = Some(str_len);
        s.getitem = Some(str_getitem);
        s.getslice = Some(str_getslice);
        s.contains = Some(str_contains);
        s.concat = Some(str_concat);
        s.repeat = Some(str_repeat);
        s.richcompare = Some(str_richcompare);
        s.hash = Some(str_hash);
        s.repr = Some(str_repr);
        s.str = Some(str_str);
        s.binop = Some(str_binop);
        s.binop_mask = crate::types::BinOp::Mod.bit();
        s.new = Some(str_new);
        (*rt().types.basestring).slots.new = Some(|_, _, _| {
            Err(err::type_error(
                "The basestring type cannot be instantiated",
            ))
        });
    }
    crate::descr::add_methods(
        t,
        &[
            ("find", m_find),
            ("rfind", m_rfind),
            ("index", m_index),
            ("rindex", m_rindex),
            ("count", m_count),
            ("split", m_split),
            ("rsplit", m_rsplit),
            ("join", m_join),
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
            ("isdigit", m_isdigit),
            ("isalpha", m_isalpha),
            ("isalnum", m_isalnum),
            ("isspace", m_isspace),
            ("isupper", m_isupper),
            ("islower", m_islower),
            ("istitle", m_istitle),
            ("ljust", m_ljust),
            ("rjust", m_rjust),
            ("center", m_center),
            ("zfill", m_zfill),
            ("expandtabs", m_expandtabs),
            ("splitlines", m_splitlines),
            ("partition", m_partition),
            ("rpartition", m_rpartition),
            ("translate", m_translate),
            ("encode", m_encode),
            ("decode", m_decode),
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
    let _ = type_of;
}
