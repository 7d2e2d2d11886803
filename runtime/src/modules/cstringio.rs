//! The `cStringIO` module: in-memory byte files (CPython 2.7's
//! cStringIO.c). `StringIO()` makes a writable `StringO`, `StringIO(s)` a
//! read-only `StringI` over `s`.
//!
//! Invariants: `data` is `None` once the object is closed (every method
//! then raises "I/O operation on closed file"); otherwise it holds exactly
//! the file's contents, and `pos` may point past its end (a write there
//! pads with NUL bytes first).

use crate::object::{ObjHeader, new_object};
use crate::types::{Layout, Slots, TypeFlags, TypeObject, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, args, err, int, list, module, ops, str as pstr};
use std::cell::{Cell, RefCell};

/// A StringO or StringI object.
#[repr(C)]
pub struct StringIOObj {
    /// Header.
    pub ob: ObjHeader,
    data: RefCell<Option<Vec<u8>>>,
    pos: Cell<usize>,
    softspace: Cell<i64>,
}

thread_local! {
    static O_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static I_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
}

fn sobj(v: &Value) -> &StringIOObj {
    // SAFETY: the methods are only reachable on StringO/StringI objects.
    unsafe { &*(v.as_ptr() as *const StringIOObj) }
}

fn new_io(ty: *mut TypeObject, data: Vec<u8>) -> Value {
    // SAFETY: StringIOObj is the layout of both types.
    unsafe {
        new_object(
            ty,
            StringIOObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                data: RefCell::new(Some(data)),
                pos: Cell::new(0),
                softspace: Cell::new(0),
            },
        )
    }
}

fn closed_error() -> crate::PyErr {
    err::value_error("I/O operation on closed file")
}

/// Runs `f` on the open contents and position.
fn with_open<R>(v: &Value, f: impl FnOnce(&mut Vec<u8>, &Cell<usize>) -> R) -> PyResult<R> {
    let o = sobj(v);
    let mut d = o.data.borrow_mut();
    match d.as_mut() {
        Some(d) => Ok(f(d, &o.pos)),
        None => Err(closed_error()),
    }
}

fn check_open(v: &Value) -> PyResult<()> {
    with_open(v, |_, _| ())
}

/// `read(n)`: up to `n` bytes (all with `n < 0`).
fn read_n(v: &Value, n: isize) -> PyResult {
    with_open(v, |d, pos| {
        let p = pos.get();
        let avail = d.len().saturating_sub(p);
        let n = if n < 0 || n as usize > avail {
            avail
        } else {
            n as usize
        };
        let out = if n == 0 {
            Vec::new()
        } else {
            d[p..p + n].to_vec()
        };
        pos.set(p + n);
        pstr::from_vec(out)
    })
}

/// One line (through `\n`), or at most `limit` bytes of it.
fn read_line(v: &Value, limit: Option<usize>) -> PyResult<Vec<u8>> {
    with_open(v, |d, pos| {
        let p = pos.get();
        if p >= d.len() {
            return Vec::new();
        }
        let rest = &d[p..];
        let mut n = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => i + 1,
            None => rest.len(),
        };
        if let Some(m) = limit
            && m < n
        {
            n = m;
        }
        pos.set(p + n);
        rest[..n].to_vec()
    })
}

fn write_bytes(v: &Value, b: &[u8]) -> PyResult<()> {
    with_open(v, |d, pos| {
        let p = pos.get();
        if d.len() < p {
            d.resize(p, 0);
        }
        let end = p + b.len();
        if d.len() < end {
            d.resize(end, 0);
        }
        d[p..end].copy_from_slice(b);
        pos.set(end);
    })
}

// ----- methods -----

fn m_flush(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("flush", a, kw)?;
    check_open(v)?;
    Ok(Value::NONE)
}

fn m_getvalue(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    check_open(v)?;
    args::unpack("getval", a, kw, 0, 1)?;
    let use_pos = match a.first() {
        Some(x) => ops::truthy(x)?,
        None => false,
    };
    with_open(v, |d, pos| {
        let n = if use_pos {
            pos.get().min(d.len())
        } else {
            d.len()
        };
        pstr::new_bytes(&d[..n])
    })
}

fn m_isatty(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("isatty", a, kw)?;
    check_open(v)?;
    Ok(Value::FALSE)
}

fn m_read(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("read", a, kw, 0, 1)?;
    let n = match a.first() {
        Some(x) => ops::as_i64_arg(x)? as isize,
        None => -1,
    };
    read_n(v, n)
}

fn m_readline(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("readline", a, kw, 0, 1)?;
    let m = match a.first() {
        Some(x) => ops::as_i64_arg(x)?,
        None => -1,
    };
    let limit = if m >= 0 { Some(m as usize) } else { None };
    Ok(pstr::from_vec(read_line(v, limit)?))
}

fn m_readlines(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("readlines", a, kw, 0, 1)?;
    let hint = match a.first() {
        Some(x) => ops::as_i64_arg(x)?,
        None => 0,
    };
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let line = read_line(v, None)?;
        if line.is_empty() {
            break;
        }
        total += line.len() as i64;
        out.push(pstr::from_vec(line));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(list::new(out))
}

fn m_reset(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("reset", a, kw)?;
    with_open(v, |_, pos| pos.set(0))?;
    Ok(Value::NONE)
}

fn m_tell(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("tell", a, kw)?;
    with_open(v, |_, pos| int::new(pos.get() as i64))
}

fn m_truncate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    check_open(v)?;
    args::count("truncate", a, kw, 0, 1)?;
    let size = match a.first() {
        Some(x) => ops::as_i64_arg(x)?,
        None => sobj(v).pos.get() as i64,
    };
    if size < 0 {
        return Err(err::os_error(crate::rt::rt().exc.io_error, 22, None));
    }
    with_open(v, |d, pos| {
        if d.len() > size as usize {
            d.truncate(size as usize);
        }
        pos.set(d.len());
    })?;
    Ok(Value::NONE)
}

fn m_seek(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    check_open(v)?;
    args::count("seek", a, kw, 1, 2)?;
    let mut position = ops::as_i64_arg(&a[0])?;
    let mode = match a.get(1) {
        Some(x) => ops::as_i64_arg(x)?,
        None => 0,
    };
    with_open(v, |d, pos| {
        if mode == 2 {
            position += d.len() as i64;
        } else if mode == 1 {
            position += pos.get() as i64;
        }
        pos.set(position.max(0) as usize);
    })?;
    Ok(Value::NONE)
}

fn m_write(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("write", a, kw, 1, 1)?;
    let b = match super::buffer::read(&a[0])? {
        Some(b) => b,
        None => {
            return Err(err::type_error(format!(
                "write() argument 1 must be string or buffer, not {}",
                type_ref(&a[0]).name_str()
            )));
        }
    };
    write_bytes(v, &b)?;
    Ok(Value::NONE)
}

fn m_writelines(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let seq = args::one("writelines", a, kw)?;
    let it = ops::iter(seq)?;
    while let Some(s) = ops::next(&it)? {
        let b = if pstr::is_str(&s) {
            pstr::as_bytes(&s).to_vec()
        } else if crate::unicode::is_unicode(&s) {
            pstr::as_bytes(&crate::unicode::encode_default(&s)?).to_vec()
        } else {
            return Err(err::type_error(format!(
                "expected string or Unicode object, {} found",
                type_ref(&s).name_str()
            )));
        };
        write_bytes(v, &b)?;
    }
    Ok(Value::NONE)
}

fn m_close(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("close", a, kw)?;
    let o = sobj(v);
    *o.data.borrow_mut() = None;
    o.pos.set(0);
    Ok(Value::NONE)
}

fn io_next(v: &Value) -> PyResult<Option<Value>> {
    let line = read_line(v, None)?;
    if line.is_empty() {
        Ok(None)
    } else {
        Ok(Some(pstr::from_vec(line)))
    }
}

fn get_closed(v: &Value) -> PyResult {
    Ok(Value::bool(sobj(v).data.borrow().is_none()))
}

fn get_softspace(v: &Value) -> PyResult {
    Ok(int::new(sobj(v).softspace.get()))
}

fn set_softspace(v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| err::type_error("can't delete numeric/char attribute"))?;
    let n = ops::as_i64_arg(&x)?;
    if n < i32::MIN as i64 || n > i32::MAX as i64 {
        return Err(err::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    sobj(v).softspace.set(n);
    Ok(())
}

// ----- types and module -----

fn make_type(name: &'static str, output: bool) -> *mut TypeObject {
    let slots = Slots {
        iter: Some(|v| Ok(v.clone())),
        next: Some(io_next),
        ..Slots::default()
    };
    let t = super::native_types::new_type(
        name,
        std::ptr::null_mut(),
        Layout::Other,
        std::mem::size_of::<StringIOObj>(),
        crate::object::drop_payload_of::<StringIOObj>,
        TypeFlags::default(),
        slots,
    );
    let common: [(&'static str, crate::descr::NativeFn); 11] = [
        ("flush", m_flush),
        ("getvalue", m_getvalue),
        ("isatty", m_isatty),
        ("read", m_read),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("reset", m_reset),
        ("seek", m_seek),
        ("tell", m_tell),
        ("truncate", m_truncate),
        ("close", m_close),
    ];
    crate::descr::add_methods(t, &common);
    crate::descr::add_getsets(t, &[("closed", get_closed, None)]);
    if output {
        crate::descr::add_methods(t, &[("write", m_write), ("writelines", m_writelines)]);
        crate::descr::add_getsets(t, &[("softspace", get_softspace, Some(set_softspace))]);
    }
    // SAFETY: the type was just made by new_type.
    unsafe { super::native_types::ready(t, false) };
    t
}

fn types() -> (*mut TypeObject, *mut TypeObject) {
    if O_TYPE.with(|c| c.get()).is_null() {
        O_TYPE.with(|c| c.set(make_type("cStringIO.StringO", true)));
        I_TYPE.with(|c| c.set(make_type("cStringIO.StringI", false)));
    }
    (O_TYPE.with(|c| c.get()), I_TYPE.with(|c| c.get()))
}

fn string_io(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("StringIO", a, kw, 0, 1)?;
    let (o, i) = types();
    match a.first() {
        None => Ok(new_io(o, Vec::new())),
        Some(s) => match super::buffer::read(s)? {
            Some(b) => Ok(new_io(i, b)),
            None => Err(err::type_error(format!(
                "StringIO() argument 1 must be string or buffer, not {}",
                type_ref(s).name_str()
            ))),
        },
    }
}

/// Creates the `cStringIO` module.
pub fn create() -> PyResult {
    let m = module::new_native("cStringIO");
    module::add_fn(&m, "StringIO", string_io);
    let (o, i) = types();
    module::set_attr(&m, "InputType", type_value(i));
    module::set_attr(&m, "OutputType", type_value(o));
    Ok(m)
}
