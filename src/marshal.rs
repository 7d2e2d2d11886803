//! The `.pyc` loader: CPython 2.7's marshal format (Python/marshal.c).
//!
//! [`load_pyc`] checks the magic number and modification-time word, then
//! reads one object — normally the module's code object. Every type code
//! CPython 2.7 writes is supported. Malformed input is an error naming
//! what is wrong, never a panic: lengths are checked against the bytes
//! that remain before anything is allocated, and nesting deeper than
//! CPython's own limit is refused.

use py2jit_runtime::func::{CodeFields, new_code};
use py2jit_runtime::long::BigInt;
use py2jit_runtime::value::Value;
use py2jit_runtime::{complex, dict, float, int, list, long, set, str as pstr, tuple};
use std::fmt;

/// The magic number of CPython 2.7 `.pyc` files.
pub const MAGIC: [u8; 4] = [0x03, 0xf3, 0x0d, 0x0a];

/// Deepest nesting accepted (CPython's `MAX_MARSHAL_STACK_DEPTH`).
pub const MAX_DEPTH: usize = 2000;

/// Why a `.pyc` could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub String);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LoadError {}

type Result<T> = std::result::Result<T, LoadError>;

fn bad(msg: impl Into<String>) -> LoadError {
    LoadError(msg.into())
}

/// Loads the code object of a `.pyc` image.
pub fn load_pyc(data: &[u8]) -> Result<Value> {
    if data.len() < 8 {
        return Err(bad(format!(
            "truncated file: {} bytes, shorter than the 8-byte .pyc header",
            data.len()
        )));
    }
    if data[..4] != MAGIC {
        return Err(bad(format!(
            "not a Python 2.7 .pyc file (magic number {:02x} {:02x} {:02x} {:02x}, expected 03 f3 0d 0a)",
            data[0], data[1], data[2], data[3]
        )));
    }
    let v = loads(&data[8..])?;
    if !py2jit_runtime::func::is_code(&v) {
        return Err(bad("the .pyc file does not contain a code object"));
    }
    Ok(v)
}

/// Unmarshals one object from `data` (`marshal.loads`); trailing bytes
/// are ignored, as CPython does.
pub fn loads(data: &[u8]) -> Result<Value> {
    let mut r = Reader {
        data,
        pos: 0,
        interned: Vec::new(),
        depth: 0,
    };
    let v = r.object()?;
    if v.is_null() {
        return Err(bad(
            "bad marshal data (NULL object where an object was expected)",
        ));
    }
    Ok(v)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    interned: Vec<Value>,
    depth: usize,
}

impl Reader<'_> {
    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn byte(&mut self) -> Result<u8> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| bad("truncated file: marshal data ends unexpectedly"))?;
        self.pos += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize) -> Result<&[u8]> {
        if n > self.remaining() {
            return Err(bad(format!(
                "truncated file: marshal data needs {} more bytes at offset {} but only {} remain",
                n,
                self.pos + 8,
                self.remaining()
            )));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn i32(&mut self) -> Result<i32> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn i64(&mut self) -> Result<i64> {
        let b = self.bytes(8)?;
        Ok(i64::from_le_bytes(b.try_into().unwrap()))
    }

    /// A length field, checked against what remains (each element needs
    /// at least `min_elem` bytes).
    fn len(&mut self, what: &str, min_elem: usize) -> Result<usize> {
        let n = self.i32()?;
        if n < 0 {
            return Err(bad(format!(
                "bad marshal data ({what} size out of range: {n})"
            )));
        }
        let n = n as usize;
        if n.saturating_mul(min_elem) > self.remaining() {
            return Err(bad(format!(
                "bad marshal data ({} size {} exceeds the {} bytes remaining)",
                what,
                n,
                self.remaining()
            )));
        }
        Ok(n)
    }

    fn float_text(&mut self) -> Result<f64> {
        let n = self.byte()? as usize;
        let s = self.bytes(n)?;
        let t = std::str::from_utf8(s)
            .map_err(|_| bad("bad marshal data (float text is not ASCII)"))?;
        float::parse(t)
            .ok_or_else(|| bad(format!("bad marshal data (invalid float literal {t:?})")))
    }

    fn f64(&mut self) -> Result<f64> {
        let b = self.bytes(8)?;
        Ok(f64::from_le_bytes(b.try_into().unwrap()))
    }

    fn object(&mut self) -> Result<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(bad(format!(
                "bad marshal data (object nested more than {MAX_DEPTH} levels deep)"
            )));
        }
        let r = self.object_inner();
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self) -> Result<Value> {
        let code = self.byte()?;
        Ok(match code {
            b'0' => Value::NULL,
            b'N' => Value::NONE,
            b'F' => Value::FALSE,
            b'T' => Value::TRUE,
            b'.' => Value::ELLIPSIS,
            b'S' => py2jit_runtime::types::type_value(py2jit_runtime::rt::rt().exc.stop_iteration),
            b'i' => int::new(self.i32()? as i64),
            b'I' => int::new(self.i64()?),
            b'f' => Value::float(self.float_text()?),
            b'g' => Value::float(self.f64()?),
            b'x' => {
                let re = self.float_text()?;
                let im = self.float_text()?;
                complex::new(re, im)
            }
            b'y' => {
                let re = self.f64()?;
                let im = self.f64()?;
                complex::new(re, im)
            }
            b'l' => {
                let n = self.i32()?;
                if n == i32::MIN {
                    return Err(bad("bad marshal data (long size out of range)"));
                }
                let size = n.unsigned_abs() as usize;
                if size.saturating_mul(2) > self.remaining() {
                    return Err(bad(format!(
                        "bad marshal data (long size {size} exceeds the data)"
                    )));
                }
                let mut v = BigInt::from(0);
                let digits = self.bytes(size * 2)?.to_vec();
                for (i, d) in digits.chunks(2).enumerate().rev() {
                    let digit = u16::from_le_bytes([d[0], d[1]]);
                    if digit > 0x7fff {
                        return Err(bad("bad marshal data (digit out of range in long)"));
                    }
                    if i == size - 1 && digit == 0 {
                        return Err(bad("bad marshal data (unnormalized long data)"));
                    }
                    v = (v << 15u32) + BigInt::from(digit);
                }
                if n < 0 {
                    v = -v;
                }
                long::new(v)
            }
            b's' => {
                let n = self.len("string", 1)?;
                pstr::new_bytes(self.bytes(n)?)
            }
            b't' => {
                let n = self.len("string", 1)?;
                let s = py2jit_runtime::rt::intern_bytes(self.bytes(n)?);
                self.interned.push(s.clone());
                s
            }
            b'R' => {
                let i = self.i32()?;
                if i < 0 || i as usize >= self.interned.len() {
                    return Err(bad(format!(
                        "bad marshal data (string ref {} out of range 0..{})",
                        i,
                        self.interned.len()
                    )));
                }
                self.interned[i as usize].clone()
            }
            b'u' => {
                let n = self.len("unicode", 1)?;
                let b = self.bytes(n)?;
                let s = pstr::new_bytes(b);
                py2jit_runtime::codecs::decode(&s, "utf-8", "strict")
                    .map_err(|_| bad("bad marshal data (invalid UTF-8 in unicode string)"))?
            }
            b'(' => {
                let n = self.len("tuple", 1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.non_null("tuple")?);
                }
                tuple::new(items)
            }
            b'[' => {
                let n = self.len("list", 1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.non_null("list")?);
                }
                list::new(items)
            }
            b'{' => {
                let d = dict::new();
                loop {
                    let k = self.object()?;
                    if k.is_null() {
                        break;
                    }
                    let v = self.non_null("dict")?;
                    dict::set(&d, k, v)
                        .map_err(|_| bad("bad marshal data (unhashable dict key)"))?;
                }
                d
            }
            b'<' | b'>' => {
                let n = self.len("set", 1)?;
                let rtm = py2jit_runtime::rt::rt();
                let ty = if code == b'<' {
                    rtm.types.set
                } else {
                    rtm.types.frozenset
                };
                let s = set::new_of_type(ty);
                for _ in 0..n {
                    let x = self.non_null("set")?;
                    set::add(&s, x)
                        .map_err(|_| bad("bad marshal data (unhashable set element)"))?;
                }
                s
            }
            b'c' => self.code()?,
            b'?' => return Err(bad("bad marshal data (unknown object: TYPE_UNKNOWN)")),
            other => {
                let shown = if other.is_ascii_graphic() {
                    format!("'{}'", other as char)
                } else {
                    format!("0x{other:02x}")
                };
                return Err(bad(format!(
                    "bad marshal data (unknown type code {} at offset {})",
                    shown,
                    self.pos - 1 + 8
                )));
            }
        })
    }

    fn non_null(&mut self, what: &str) -> Result<Value> {
        let v = self.object()?;
        if v.is_null() {
            return Err(bad(format!("bad marshal data (NULL object in {what})")));
        }
        Ok(v)
    }

    fn code(&mut self) -> Result<Value> {
        let argcount = self.count("argcount")?;
        let nlocals = self.count("nlocals")?;
        let stacksize = self.count("stacksize")?;
        let flags = self.i32()? as u32;
        let code = self.non_null("code")?;
        let consts = self.non_null("code")?;
        let names = self.non_null("code")?;
        let varnames = self.non_null("code")?;
        let freevars = self.non_null("code")?;
        let cellvars = self.non_null("code")?;
        let filename = self.non_null("code")?;
        let name = self.non_null("code")?;
        let firstlineno = self.count("firstlineno")?;
        let lnotab = self.non_null("code")?;
        let need_str = |v: &Value, what: &str| -> Result<()> {
            if pstr::is_str(v) {
                Ok(())
            } else {
                Err(bad(format!(
                    "bad marshal data (code object {what} is not a string)"
                )))
            }
        };
        let need_tuple = |v: &Value, what: &str| -> Result<()> {
            if tuple::is_tuple(v) {
                Ok(())
            } else {
                Err(bad(format!(
                    "bad marshal data (code object {what} is not a tuple)"
                )))
            }
        };
        need_str(&code, "co_code")?;
        need_tuple(&consts, "co_consts")?;
        need_tuple(&names, "co_names")?;
        need_tuple(&varnames, "co_varnames")?;
        need_tuple(&freevars, "co_freevars")?;
        need_tuple(&cellvars, "co_cellvars")?;
        need_str(&filename, "co_filename")?;
        need_str(&name, "co_name")?;
        need_str(&lnotab, "co_lnotab")?;
        for t in [&names, &varnames, &freevars, &cellvars] {
            if !tuple::items(t).iter().all(pstr::is_str) {
                return Err(bad(
                    "bad marshal data (code object name tuple holds a non-string)",
                ));
            }
        }
        if (nlocals as usize) < tuple::items(&varnames).len() {
            return Err(bad(
                "bad marshal data (co_nlocals is smaller than the number of variable names)",
            ));
        }
        Ok(new_code(CodeFields {
            argcount,
            nlocals,
            stacksize,
            flags,
            code,
            consts,
            names,
            varnames,
            freevars,
            cellvars,
            filename,
            name,
            firstlineno,
            lnotab,
        }))
    }

    fn count(&mut self, what: &str) -> Result<u32> {
        let n = self.i32()?;
        if n < 0 {
            return Err(bad(format!("bad marshal data (negative {what}: {n})")));
        }
        Ok(n as u32)
    }
}
