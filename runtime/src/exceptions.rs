//! The builtin exception classes and their behaviour (exceptions.c):
//! `args`, `message`, `str`/`repr`, and the extra attributes of
//! EnvironmentError, SyntaxError, SystemExit and the Unicode errors.
//!
//! Every exception instance has the [`ExcObj`] layout; user subclasses
//! extend it. The extra attributes live in `extra`, indexed per class
//! (see the `X_*` constants).

use crate::descr::{add_getsets, add_methods};
use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::{ExcTypes, rt};
use crate::types::{Layout, Slots, TypeFlags, TypeObject, is_subtype, type_ref, type_value};
use crate::value::Value;
use crate::{PyErr, PyResult, args, dict, err, int, ops, str as pstr, tuple};

/// Number of class-specific attribute slots.
pub const NEXTRA: usize = 6;

/// The layout of every exception instance.
#[repr(C)]
pub struct ExcObj {
    /// Header.
    pub ob: ObjHeader,
    /// `__dict__` (NULL until used).
    pub dict: Value,
    /// `args` (a tuple).
    pub args: Value,
    /// `message`.
    pub message: Value,
    /// Class-specific attributes (errno, strerror, ... ), NULL = None.
    pub extra: [Value; NEXTRA],
}

// EnvironmentError
const X_ERRNO: usize = 0;
const X_STRERROR: usize = 1;
const X_FILENAME: usize = 2;
// SyntaxError
const X_MSG: usize = 0;
const X_SFILENAME: usize = 1;
const X_LINENO: usize = 2;
const X_OFFSET: usize = 3;
const X_TEXT: usize = 4;
const X_PFAL: usize = 5;
// SystemExit
const X_CODE: usize = 0;
// UnicodeError
const X_ENCODING: usize = 0;
const X_OBJECT: usize = 1;
const X_START: usize = 2;
const X_END: usize = 3;
const X_REASON: usize = 4;

fn exc(v: &Value) -> &ExcObj {
    // SAFETY: callers pass exception instances (layout Exception).
    unsafe { &*(v.as_ptr() as *const ExcObj) }
}

#[allow(clippy::mut_from_ref)]
fn exc_mut(v: &Value) -> &mut ExcObj {
    // SAFETY: callers pass exception instances; stores are leaf
    // operations with the old value dropped afterwards by the caller's
    // replace.
    unsafe { &mut *(v.as_ptr() as *mut ExcObj) }
}

/// Is `v` an exception instance (new-style)?
pub fn is_exception_instance(v: &Value) -> bool {
    v.is_ptr() && type_ref(v).layout == Layout::Exception
}

/// Creates an instance of exception class `ty` with `args` (no Python
/// `__init__` runs: builtin classes only).
pub fn new_exception(ty: *mut TypeObject, args: Value) -> Value {
    let v = alloc(ty, Value::NONE);
    init_from_args(&v, &args);
    v
}

fn alloc(ty: *mut TypeObject, args: Value) -> Value {
    // SAFETY: ExcObj is the exception layout.
    unsafe {
        new_object(
            ty,
            ExcObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                dict: Value::NULL,
                args,
                message: pstr::new(""),
                extra: Default::default(),
            },
        )
    }
}

fn set_field(slot: &mut Value, v: Value) {
    let old = std::mem::replace(slot, v);
    drop(old);
}

/// BaseException.__init__ plus the class-specific initialization.
fn init_from_args(v: &Value, a: &Value) {
    let items = tuple::items(a).to_vec();
    let e = exc_mut(v);
    set_field(&mut e.args, a.clone());
    if items.len() == 1 {
        set_field(&mut e.message, items[0].clone());
    }
    let t = type_of(v);
    let x = &rt().exc;
    if is_subtype(t, x.environment_error) {
        if (2..=3).contains(&items.len()) {
            set_field(&mut e.extra[X_ERRNO], items[0].clone());
            set_field(&mut e.extra[X_STRERROR], items[1].clone());
            if items.len() == 3 {
                set_field(&mut e.extra[X_FILENAME], items[2].clone());
                set_field(&mut e.args, tuple::from_slice(&items[..2]));
            }
        }
    } else if is_subtype(t, x.syntax_error) {
        if !items.is_empty() {
            set_field(&mut e.extra[X_MSG], items[0].clone());
        }
        if items.len() == 2 && tuple::is_tuple(&items[1]) {
            let info = tuple::items(&items[1]);
            for (i, slot) in [X_SFILENAME, X_LINENO, X_OFFSET, X_TEXT].iter().enumerate() {
                if let Some(x) = info.get(i) {
                    set_field(&mut e.extra[*slot], x.clone());
                }
            }
        }
    } else if is_subtype(t, x.system_exit) {
        let code = match items.len() {
            0 => Value::NONE,
            1 => items[0].clone(),
            _ => a.clone(),
        };
        set_field(&mut e.extra[X_CODE], code);
    } else if is_subtype(t, x.unicode_error)
        && t != x.unicode_error
        && (items.len() == 5 || (items.len() == 4 && is_subtype(t, x.unicode_translate_error)))
    {
        let translate = is_subtype(t, x.unicode_translate_error);
        let (enc, rest) = if translate {
            (Value::NONE, &items[..])
        } else {
            (items[0].clone(), &items[1..])
        };
        set_field(&mut e.extra[X_ENCODING], enc);
        set_field(&mut e.extra[X_OBJECT], rest[0].clone());
        set_field(&mut e.extra[X_START], rest[1].clone());
        set_field(&mut e.extra[X_END], rest[2].clone());
        set_field(&mut e.extra[X_REASON], rest[3].clone());
    }
}

fn exc_new(t: &Value, a: &[Value], _kw: &[Value]) -> PyResult {
    let ty = t.as_ptr() as *mut TypeObject;
    // as BaseException_new: args and message are only filled by __init__
    // (a subclass __init__ that does not call it leaves args == ())
    let _ = a;
    let v = alloc(ty, tuple::empty());
    set_field(&mut exc_mut(&v).message, pstr::new(""));
    Ok(v)
}

fn exc_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    args::no_kw(&crate::class::type_short_name(type_of(v)), kw)?;
    init_from_args(v, &tuple::from_slice(a));
    Ok(())
}

fn base_str(v: &Value) -> PyResult {
    let a = tuple::items(&exc(v).args);
    match a.len() {
        0 => Ok(pstr::new("")),
        1 => ops::str(&a[0]),
        _ => ops::str(&exc(v).args),
    }
}

fn exc_str(v: &Value) -> PyResult {
    let t = type_of(v);
    let x = &rt().exc;
    let e = exc(v);
    if is_subtype(t, x.key_error) {
        let a = tuple::items(&e.args);
        if a.len() == 1 {
            return ops::repr(&a[0]);
        }
    } else if is_subtype(t, x.environment_error) {
        let f = |i: usize| {
            if e.extra[i].is_null() {
                Value::NONE
            } else {
                e.extra[i].clone()
            }
        };
        let (errno, strerror, filename) = (f(X_ERRNO), f(X_STRERROR), f(X_FILENAME));
        if !filename.is_none() {
            return Ok(pstr::from_string(format!(
                "[Errno {}] {}: {}",
                ops::str_lossy(&errno)?,
                ops::str_lossy(&strerror)?,
                ops::repr_string(&filename)?
            )));
        }
        if !errno.is_none() && !strerror.is_none() {
            return Ok(pstr::from_string(format!(
                "[Errno {}] {}",
                ops::str_lossy(&errno)?,
                ops::str_lossy(&strerror)?
            )));
        }
    } else if is_subtype(t, x.syntax_error) {
        let msg = if e.extra[X_MSG].is_null() {
            Value::NONE
        } else {
            e.extra[X_MSG].clone()
        };
        let s = ops::str(&msg)?;
        let fname = &e.extra[X_SFILENAME];
        let lineno = &e.extra[X_LINENO];
        let have_f = !fname.is_null() && pstr::is_str(fname);
        let have_l = !lineno.is_null() && int::is_int(lineno);
        let base = |p: &Value| {
            let b = pstr::as_str_lossy(p);
            b.rsplit('/').next().unwrap_or(b).to_string()
        };
        let body = pstr::as_str_lossy(&s);
        return Ok(match (have_f, have_l) {
            (true, true) => pstr::from_string(format!(
                "{} ({}, line {})",
                body,
                base(fname),
                int::as_i64(lineno).unwrap()
            )),
            (true, false) => pstr::from_string(format!("{} ({})", body, base(fname))),
            (false, true) => {
                pstr::from_string(format!("{} (line {})", body, int::as_i64(lineno).unwrap()))
            }
            _ => s,
        });
    } else if is_subtype(t, x.unicode_error) && t != x.unicode_error && !e.extra[X_OBJECT].is_null()
    {
        return unicode_error_str(v, t);
    }
    base_str(v)
}

fn unicode_error_str(v: &Value, t: *mut TypeObject) -> PyResult {
    let x = &rt().exc;
    let e = exc(v);
    let enc = ops::str_lossy(&e.extra[X_ENCODING])?;
    let reason = ops::str_lossy(&e.extra[X_REASON])?;
    let start = int::as_i64(&e.extra[X_START]).unwrap_or(0);
    let end = int::as_i64(&e.extra[X_END]).unwrap_or(0);
    let obj = &e.extra[X_OBJECT];
    let single = end == start + 1;
    if is_subtype(t, x.unicode_decode_error) {
        let bytes = if pstr::is_str(obj) {
            pstr::as_bytes(obj)
        } else {
            &[][..]
        };
        if single && (start as usize) < bytes.len() {
            return Ok(pstr::from_string(format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                enc, bytes[start as usize], start, reason
            )));
        }
        return Ok(pstr::from_string(format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            enc,
            start,
            end - 1,
            reason
        )));
    }
    let chars = if crate::unicode::is_unicode(obj) {
        crate::unicode::chars(obj)
    } else {
        &[][..]
    };
    let verb = if is_subtype(t, x.unicode_encode_error) {
        "encode"
    } else {
        "translate"
    };
    let prefix = if verb == "encode" {
        format!("'{enc}' codec can't encode")
    } else {
        "can't translate".to_string()
    };
    if single && (start as usize) < chars.len() {
        let c = chars[start as usize];
        let bad = if c <= 0xff {
            format!("x{c:02x}")
        } else if c <= 0xffff {
            format!("u{c:04x}")
        } else {
            format!("U{c:08x}")
        };
        return Ok(pstr::from_string(format!(
            "{prefix} character u'\\{bad}' in position {start}: {reason}"
        )));
    }
    Ok(pstr::from_string(format!(
        "{} characters in position {}-{}: {}",
        prefix,
        start,
        end - 1,
        reason
    )))
}

fn exc_repr(v: &Value) -> PyResult {
    let name = crate::class::type_short_name(type_of(v));
    let a = &exc(v).args;
    let r = ops::repr_string(a)?;
    if tuple::items(a).len() == 1 {
        // repr((x,)) is "(x,)"; CPython drops the outer parens' comma? No:
        // BaseException_repr is name + repr(args) minus nothing.
        return Ok(pstr::from_string(format!("{name}{r}")));
    }
    Ok(pstr::from_string(format!("{name}{r}")))
}

fn exc_getitem(v: &Value, k: &Value) -> PyResult {
    ops::getitem(&exc(v).args, k)
}

fn get_args(v: &Value) -> PyResult {
    Ok(exc(v).args.clone())
}

fn set_args(v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| err::type_error("args may not be deleted"))?;
    let t = tuple::new(ops::seq_to_vec(&x)?);
    set_field(&mut exc_mut(v).args, t);
    Ok(())
}

fn get_message(v: &Value) -> PyResult {
    Ok(exc(v).message.clone())
}

fn set_message(v: &Value, x: Option<Value>) -> PyResult<()> {
    match x {
        Some(x) => set_field(&mut exc_mut(v).message, x),
        None => set_field(&mut exc_mut(v).message, pstr::new("")),
    }
    Ok(())
}

fn get_dict(v: &Value) -> PyResult {
    let e = exc_mut(v);
    if e.dict.is_null() {
        e.dict = dict::new();
    }
    Ok(e.dict.clone())
}

macro_rules! extra_attr {
    ($get:ident, $set:ident, $idx:expr) => {
        fn $get(v: &Value) -> PyResult {
            let x = &exc(v).extra[$idx];
            Ok(if x.is_null() { Value::NONE } else { x.clone() })
        }
        fn $set(v: &Value, x: Option<Value>) -> PyResult<()> {
            set_field(&mut exc_mut(v).extra[$idx], x.unwrap_or(Value::NULL));
            Ok(())
        }
    };
}

extra_attr!(get_x0, set_x0, 0);
extra_attr!(get_x1, set_x1, 1);
extra_attr!(get_x2, set_x2, 2);
extra_attr!(get_x3, set_x3, 3);
extra_attr!(get_x4, set_x4, 4);
extra_attr!(get_x5, set_x5, 5);

fn exc_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let e = exc(v);
    let mut parts = vec![type_value(type_of(v)), e.args.clone()];
    if !e.dict.is_null() {
        parts.push(e.dict.clone());
    }
    Ok(tuple::new(parts))
}

fn exc_getslice(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("__getslice__", a, kw, 2, 2)?;
    let s = crate::slice::new(a[0].clone(), a[1].clone(), Value::NONE);
    ops::getitem(&exc(v).args, &s)
}

fn exc_unicode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__unicode__", a, kw)?;
    let s = ops::str(v)?;
    crate::unicode::decode_default(&s)
}

/// Visits the references of an exception (cycle collector).
///
/// # Safety
/// `p` is a live exception.
unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let e = unsafe { &*(p as *const ExcObj) };
    for v in [&e.dict, &e.args, &e.message]
        .into_iter()
        .chain(e.extra.iter())
    {
        if !v.is_null() {
            visit(v);
        }
    }
}

/// # Safety
/// `p` is a live, unreachable exception.
unsafe fn clear(p: *mut ObjHeader) {
    // SAFETY: p is garbage; fields are moved out before being dropped.
    let e = unsafe { &mut *(p as *mut ExcObj) };
    let old: Vec<Value> = [&mut e.dict, &mut e.args, &mut e.message]
        .into_iter()
        .chain(e.extra.iter_mut())
        .map(|v| std::mem::replace(v, Value::NULL))
        .collect();
    drop(old);
}

/// Creates the exception hierarchy (bootstrap).
pub fn create_types(x: &mut ExcTypes) {
    let slots = Slots {
        repr: Some(exc_repr),
        str: Some(exc_str),
        getattr: Some(ops::generic_getattr),
        setattr: Some(ops::generic_setattr),
        new: Some(exc_new),
        init: Some(exc_init),
        getitem: Some(exc_getitem),
        hash: Some(|v| Ok(ops::hash_pointer(v))),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::default()
    };
    let mk = |name: &'static str, base: *mut TypeObject| -> *mut TypeObject {
        crate::bootstrap::new_builtin_type(
            name,
            base,
            Layout::Exception,
            std::mem::size_of::<ExcObj>(),
            crate::object::drop_payload_of::<ExcObj>,
            TypeFlags::BASETYPE | TypeFlags::HAS_GC | TypeFlags::EXCEPTION,
            slots,
            std::mem::offset_of!(ExcObj, dict) as u32,
        )
    };
    let object = rt().types.object;
    x.base_exception = mk("exceptions.BaseException", object);
    x.system_exit = mk("exceptions.SystemExit", x.base_exception);
    x.keyboard_interrupt = mk("exceptions.KeyboardInterrupt", x.base_exception);
    x.generator_exit = mk("exceptions.GeneratorExit", x.base_exception);
    x.exception = mk("exceptions.Exception", x.base_exception);
    x.stop_iteration = mk("exceptions.StopIteration", x.exception);
    x.standard_error = mk("exceptions.StandardError", x.exception);
    x.buffer_error = mk("exceptions.BufferError", x.standard_error);
    x.arithmetic_error = mk("exceptions.ArithmeticError", x.standard_error);
    x.floating_point_error = mk("exceptions.FloatingPointError", x.arithmetic_error);
    x.overflow_error = mk("exceptions.OverflowError", x.arithmetic_error);
    x.zero_division_error = mk("exceptions.ZeroDivisionError", x.arithmetic_error);
    x.assertion_error = mk("exceptions.AssertionError", x.standard_error);
    x.attribute_error = mk("exceptions.AttributeError", x.standard_error);
    x.environment_error = mk("exceptions.EnvironmentError", x.standard_error);
    x.io_error = mk("exceptions.IOError", x.environment_error);
    x.os_error = mk("exceptions.OSError", x.environment_error);
    x.eof_error = mk("exceptions.EOFError", x.standard_error);
    x.import_error = mk("exceptions.ImportError", x.standard_error);
    x.lookup_error = mk("exceptions.LookupError", x.standard_error);
    x.index_error = mk("exceptions.IndexError", x.lookup_error);
    x.key_error = mk("exceptions.KeyError", x.lookup_error);
    x.memory_error = mk("exceptions.MemoryError", x.standard_error);
    x.name_error = mk("exceptions.NameError", x.standard_error);
    x.unbound_local_error = mk("exceptions.UnboundLocalError", x.name_error);
    x.reference_error = mk("exceptions.ReferenceError", x.standard_error);
    x.runtime_error = mk("exceptions.RuntimeError", x.standard_error);
    x.not_implemented_error = mk("exceptions.NotImplementedError", x.runtime_error);
    x.syntax_error = mk("exceptions.SyntaxError", x.standard_error);
    x.indentation_error = mk("exceptions.IndentationError", x.syntax_error);
    x.tab_error = mk("exceptions.TabError", x.indentation_error);
    x.system_error = mk("exceptions.SystemError", x.standard_error);
    x.type_error = mk("exceptions.TypeError", x.standard_error);
    x.value_error = mk("exceptions.ValueError", x.standard_error);
    x.unicode_error = mk("exceptions.UnicodeError", x.value_error);
    x.unicode_decode_error = mk("exceptions.UnicodeDecodeError", x.unicode_error);
    x.unicode_encode_error = mk("exceptions.UnicodeEncodeError", x.unicode_error);
    x.unicode_translate_error = mk("exceptions.UnicodeTranslateError", x.unicode_error);
    // the exception families CPython gives their own C structs
    for t in [
        x.system_exit,
        x.environment_error,
        x.syntax_error,
        x.unicode_error,
    ] {
        // SAFETY: bootstrap; t was just created.
        unsafe { (*t).flags = (*t).flags | TypeFlags::OWN_LAYOUT };
    }
    x.warning = mk("exceptions.Warning", x.exception);
    x.deprecation_warning = mk("exceptions.DeprecationWarning", x.warning);
    x.pending_deprecation_warning = mk("exceptions.PendingDeprecationWarning", x.warning);
    x.runtime_warning = mk("exceptions.RuntimeWarning", x.warning);
    x.syntax_warning = mk("exceptions.SyntaxWarning", x.warning);
    x.user_warning = mk("exceptions.UserWarning", x.warning);
    x.future_warning = mk("exceptions.FutureWarning", x.warning);
    x.import_warning = mk("exceptions.ImportWarning", x.warning);
    x.unicode_warning = mk("exceptions.UnicodeWarning", x.warning);
    x.bytes_warning = mk("exceptions.BytesWarning", x.warning);
}

/// Adds methods and attributes to the exception classes (after dicts
/// exist).
pub fn setup(x: &ExcTypes) {
    let b = x.base_exception;
    add_getsets(
        b,
        &[
            ("args", get_args, Some(set_args)),
            ("message", get_message, Some(set_message)),
            ("__dict__", get_dict, None),
        ],
    );
    add_methods(
        b,
        &[
            ("__reduce__", exc_reduce),
            ("__getslice__", exc_getslice),
            ("__unicode__", exc_unicode),
        ],
    );
    add_getsets(
        x.environment_error,
        &[
            ("errno", get_x0, Some(set_x0)),
            ("strerror", get_x1, Some(set_x1)),
            ("filename", get_x2, Some(set_x2)),
        ],
    );
    add_getsets(
        x.syntax_error,
        &[
            ("msg", get_x0, Some(set_x0)),
            ("filename", get_x1, Some(set_x1)),
            ("lineno", get_x2, Some(set_x2)),
            ("offset", get_x3, Some(set_x3)),
            ("text", get_x4, Some(set_x4)),
            ("print_file_and_line", get_x5, Some(set_x5)),
        ],
    );
    add_getsets(x.system_exit, &[("code", get_x0, Some(set_x0))]);
    add_getsets(
        x.unicode_error,
        &[
            ("encoding", get_x0, Some(set_x0)),
            ("object", get_x1, Some(set_x1)),
            ("start", get_x2, Some(set_x2)),
            ("end", get_x3, Some(set_x3)),
            ("reason", get_x4, Some(set_x4)),
        ],
    );
    let _ = (X_CODE, X_PFAL, X_TEXT, X_OFFSET, X_ENCODING);
}

/// All builtin exception classes by name (for `__builtin__` and
/// `exceptions`).
pub fn all(x: &ExcTypes) -> Vec<*mut TypeObject> {
    vec![
        x.base_exception,
        x.system_exit,
        x.keyboard_interrupt,
        x.generator_exit,
        x.exception,
        x.stop_iteration,
        x.standard_error,
        x.buffer_error,
        x.arithmetic_error,
        x.floating_point_error,
        x.overflow_error,
        x.zero_division_error,
        x.assertion_error,
        x.attribute_error,
        x.environment_error,
        x.io_error,
        x.os_error,
        x.eof_error,
        x.import_error,
        x.lookup_error,
        x.index_error,
        x.key_error,
        x.memory_error,
        x.name_error,
        x.unbound_local_error,
        x.reference_error,
        x.runtime_error,
        x.not_implemented_error,
        x.syntax_error,
        x.indentation_error,
        x.tab_error,
        x.system_error,
        x.type_error,
        x.value_error,
        x.unicode_error,
        x.unicode_decode_error,
        x.unicode_encode_error,
        x.unicode_translate_error,
        x.warning,
        x.deprecation_warning,
        x.pending_deprecation_warning,
        x.runtime_warning,
        x.syntax_warning,
        x.user_warning,
        x.future_warning,
        x.import_warning,
        x.unicode_warning,
        x.bytes_warning,
    ]
}

/// `SystemExit.code` of an exception value (None if absent).
pub fn system_exit_code(v: &Value) -> Value {
    if is_exception_instance(v) {
        let c = &exc(v).extra[X_CODE];
        if c.is_null() { Value::NONE } else { c.clone() }
    } else {
        Value::NONE
    }
}

/// The text of the last line of a traceback: `Type: message\n`
/// (CPython's `PyErr_Display` without the traceback).
pub fn format_exception_only(e: &PyErr) -> String {
    let ty = e.ty();
    let val = e.value();
    let mut out = String::new();
    let (module, name) = if crate::types::is_type(ty) {
        let t = ty.as_ptr() as *mut TypeObject;
        (
            crate::class::type_module_name(t),
            crate::class::type_short_name(t),
        )
    } else if crate::classic::is_class(ty) {
        let m = crate::classic::class_module(ty);
        (
            m,
            pstr::as_str_lossy(&crate::classic::class_name(ty)).to_string(),
        )
    } else {
        (String::new(), "<unknown>".to_string())
    };
    if module != "exceptions" && !module.is_empty() {
        out.push_str(&module);
        out.push('.');
    }
    out.push_str(&name);
    if !val.is_none() {
        match ops::str(val) {
            Ok(s) => {
                let b = pstr::as_bytes(&s);
                if !b.is_empty() {
                    out.push_str(": ");
                    out.push_str(&String::from_utf8_lossy(b));
                }
            }
            Err(_) => out.push_str(": <exception str() failed>"),
        }
    }
    out.push('\n');
    out
}

/// The message of an OS error number, as C's `strerror` gives it.
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Reports an exception that cannot propagate (from `__del__`, weakref
/// callbacks): `Exception X: v in <obj> ignored` on stderr.
pub fn write_unraisable(e: &PyErr, obj: &Value) {
    let text = format_exception_only(e);
    let text = text.trim_end();
    let (cls, msg) = match text.split_once(": ") {
        Some((c, m)) => (c.to_string(), m.to_string()),
        None => (text.to_string(), String::new()),
    };
    let what = ops::repr_string(obj).unwrap_or_else(|_| "?".into());
    let val = ops::repr_string(e.value()).unwrap_or(msg);
    crate::file::write_stderr(format!("Exception {cls}: {val} in {what} ignored\n").as_bytes());
}
