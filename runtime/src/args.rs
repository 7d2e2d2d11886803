//! Argument checking for builtins, with the messages CPython 2.7's
//! `PyArg_*` functions and `METH_NOARGS`/`METH_O` give.

use crate::value::Value;
use crate::{PyResult, err, str as pstr};

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Rejects keyword arguments: `name() takes no keyword arguments`.
#[inline]
pub fn no_kw(name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(err::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// `_PyArg_NoKeywords`: constructors that refuse keywords say "`what` does
/// not take keyword arguments" (`what` as CPython spells it: "slice()",
/// "super", ...).
#[inline]
pub fn no_keywords(what: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(err::type_error(format!(
            "{what} does not take keyword arguments"
        )))
    }
}

/// `METH_NOARGS`: `name() takes no arguments (N given)`.
#[inline]
pub fn noargs(name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    no_kw(name, kw)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(err::type_error(format!(
            "{}() takes no arguments ({} given)",
            name,
            args.len()
        )))
    }
}

/// `METH_O`: `name() takes exactly one argument (N given)`.
#[inline]
pub fn one<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    no_kw(name, kw)?;
    if args.len() == 1 {
        Ok(&args[0])
    } else {
        Err(err::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )))
    }
}

/// `PyArg_ParseTuple` counts: between `min` and `max` positional arguments.
pub fn count(name: &str, args: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    no_kw(name, kw)?;
    let n = args.len();
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(err::type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            name,
            how,
            k,
            plural(k),
            n
        )));
    }
    Ok(())
}

/// `PyArg_UnpackTuple` counts: `name expected at least N arguments, got M`.
pub fn unpack(name: &str, args: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    no_kw(name, kw)?;
    let n = args.len();
    if n < min {
        let msg = if min == max { "" } else { "at least " };
        return Err(err::type_error(format!(
            "{name} expected {msg}{min} arguments, got {n}"
        )));
    }
    if n > max {
        let msg = if min == max { "" } else { "at most " };
        return Err(err::type_error(format!(
            "{name} expected {msg}{max} arguments, got {n}"
        )));
    }
    Ok(())
}

/// `PyArg_ParseTupleAndKeywords`: binds positional and keyword arguments
/// to `names`; the first `required` are mandatory. The checks run in
/// CPython's order: too many arguments, then per parameter a clash of name
/// and position or a missing required one, then unknown keywords.
pub fn parse(
    fname: &str,
    args: &[Value],
    kw: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let max = names.len();
    let nargs = args.len();
    let mut nkw = kw.len() / 2;
    if nargs + nkw > max {
        return Err(err::type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            max,
            plural(max),
            nargs + nkw
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    let kw_value = |name: &str| {
        kw.chunks_exact(2)
            .find(|pair| pstr::is_str(&pair[0]) && pstr::as_bytes(&pair[0]) == name.as_bytes())
            .map(|pair| pair[1].clone())
    };
    for (i, name) in names.iter().enumerate() {
        let mut cur = None;
        if nkw > 0 {
            cur = kw_value(name);
        }
        if cur.is_some() {
            nkw -= 1;
            if i < nargs {
                return Err(err::type_error(format!(
                    "Argument given by name ('{}') and position ({})",
                    name,
                    i + 1
                )));
            }
        } else if i < nargs {
            cur = Some(args[i].clone());
        }
        if cur.is_some() {
            out[i] = cur;
            continue;
        }
        if i < required {
            return Err(err::type_error(format!(
                "Required argument '{}' (pos {}) not found",
                name,
                i + 1
            )));
        }
        if nkw == 0 {
            return Ok(out);
        }
    }
    if nkw > 0 {
        for pair in kw.chunks_exact(2) {
            if !pstr::is_str(&pair[0]) {
                return Err(err::type_error("keywords must be strings"));
            }
            let k = pstr::as_str_lossy(&pair[0]);
            if !names.contains(&k) {
                return Err(err::type_error(format!(
                    "'{k}' is an invalid keyword argument for this function"
                )));
            }
        }
    }
    Ok(out)
}

/// An optional argument that may also be given as None.
pub fn opt(v: &Option<Value>) -> Option<&Value> {
    match v {
        Some(x) if !x.is_none() => Some(x),
        _ => None,
    }
}

/// The `l` and `n` conversions of `PyArg_ParseTuple` (a C long): ints,
/// longs in range and objects with `__int__`; floats are refused with
/// "integer argument expected, got float", others with "an integer is
/// required".
pub fn c_long(v: &Value) -> PyResult<i64> {
    crate::ops::as_i64_arg(v)
}

/// The `i` conversion of `PyArg_ParseTuple` (a C int): as [`c_long`], then
/// range-checked with CPython's OverflowError messages.
pub fn c_int(v: &Value) -> PyResult<i32> {
    let x = c_long(v)?;
    if x > i32::MAX as i64 {
        return Err(err::overflow_error(
            "signed integer is greater than maximum",
        ));
    }
    if x < i32::MIN as i64 {
        return Err(err::overflow_error("signed integer is less than minimum"));
    }
    Ok(x as i32)
}

/// The `s` conversion of `PyArg_ParseTuple`: a str's bytes, or a unicode
/// encoded with the default encoding; other types give "NAME() argument N
/// must be string, not TYPE".
pub fn c_string(fname: &str, argn: usize, v: &Value) -> PyResult<Vec<u8>> {
    let b = if pstr::is_str(v) {
        pstr::as_bytes(v).to_vec()
    } else if crate::unicode::is_unicode(v) {
        pstr::as_bytes(&crate::unicode::encode_default(v)?).to_vec()
    } else {
        return Err(err::type_error(format!(
            "{}() argument {} must be string, not {}",
            fname,
            argn,
            type_name(v)
        )));
    };
    if b.contains(&0) {
        return Err(err::type_error(format!(
            "{fname}() argument {argn} must be string without null bytes, not str"
        )));
    }
    Ok(b)
}

/// The type name `PyArg_Parse*` messages show ("None" for None).
pub fn type_name(v: &Value) -> String {
    if v.is_none() {
        "None".into()
    } else {
        crate::types::type_ref(v).name_str().to_string()
    }
}

/// An optional `s` argument (encoding names, error handler names) as
/// text, one char per byte (Latin-1): `default` when absent.
pub fn opt_c_string(
    fname: &str,
    argn: usize,
    v: &Option<Value>,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        // bytes as Latin-1 characters, so messages can give them back
        Some(x) => Ok(c_string(fname, argn, x)?
            .into_iter()
            .map(|b| b as char)
            .collect()),
    }
}
