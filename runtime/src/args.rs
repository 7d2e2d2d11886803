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
/// to `names`; the first `required` are mandatory.
pub fn parse(
    fname: &str,
    args: &[Value],
    kw: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let max = names.len();
    let nkw = kw.len() / 2;
    if args.len() + nkw > max {
        return Err(err::type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            max,
            plural(max),
            args.len() + nkw
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for pair in kw.chunks_exact(2) {
        let k = pstr::as_str_lossy(&pair[0]);
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(err::type_error(format!(
                        "Argument given by name ('{}') and position ({})",
                        k,
                        i + 1
                    )));
                }
                out[i] = Some(pair[1].clone());
            }
            None => {
                return Err(err::type_error(format!(
                    "'{k}' is an invalid keyword argument for this function"
                )));
            }
        }
    }
    // CPython 2.7's vgetargskeywords reports any missing required
    // argument by name, with or without keywords
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(err::type_error(format!(
                "Required argument '{}' (pos {}) not found",
                names[i],
                i + 1
            )));
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

/// The `s*` format: the bytes of a str, a bytearray, or a unicode
/// encoded with the default encoding; `fname() argument N must be string
/// or buffer, not T` for anything else.
pub fn buffer_bytes(fname: &str, pos: usize, v: &Value) -> PyResult<Vec<u8>> {
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
    Err(err::type_error(format!(
        "{}() argument {} must be string or buffer, not {}",
        fname,
        pos,
        crate::types::type_ref(v).name_str()
    )))
}
