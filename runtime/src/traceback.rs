//! Frame objects, traceback objects, and printing tracebacks.
//!
//! A [`FrameObj`] is the Python-visible face of an interpreter frame,
//! created only when needed (a traceback entry, `sys._getframe`,
//! `gi_frame`). While the frame runs, `live` points at the interpreter's
//! frame and attributes read through hooks; when the frame returns while
//! its frame object is still referenced, the interpreter *detaches* it:
//! the locals move into `fast` and stay alive as long as the frame object
//! does — exactly when CPython would keep them (e.g. through a traceback
//! held by `sys.exc_info()`).

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::value::Value;
use crate::{PyErr, PyResult, dict, func, int, ops, str as pstr, tuple};
use std::cell::{Cell, UnsafeCell};

/// A frame object.
#[repr(C)]
pub struct FrameObj {
    /// Header.
    pub ob: ObjHeader,
    /// `f_code`.
    pub code: Value,
    /// `f_globals`.
    pub globals: Value,
    /// `f_back` (None for the outermost frame, NULL until computed).
    pub back: UnsafeCell<Value>,
    /// The running interpreter frame, or null once detached.
    pub live: Cell<*mut u8>,
    /// `f_lasti` once detached.
    pub lasti: Cell<i32>,
    /// Locals, cells and free variables once detached.
    pub fast: UnsafeCell<Vec<Value>>,
    /// The locals namespace of module and class frames (NULL otherwise).
    pub locals: UnsafeCell<Value>,
}

/// A new frame object for a running frame.
pub fn new_frame(code: Value, globals: Value, locals: Value, live: *mut u8) -> Value {
    // SAFETY: FrameObj is the frame layout.
    unsafe {
        new_object(
            rt().types.frame,
            FrameObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                code,
                globals,
                back: UnsafeCell::new(Value::NULL),
                live: Cell::new(live),
                lasti: Cell::new(-1),
                fast: UnsafeCell::new(Vec::new()),
                locals: UnsafeCell::new(locals),
            },
        )
    }
}

/// The frame payload.
pub fn frame(v: &Value) -> &FrameObj {
    // SAFETY: callers pass frame objects.
    unsafe { &*(v.as_ptr() as *const FrameObj) }
}

/// Sets `f_back`.
pub fn set_back(f: &Value, back: Value) {
    // SAFETY: leaf store; old value dropped after.
    let old = unsafe { std::mem::replace(&mut *frame(f).back.get(), back) };
    drop(old);
}

/// Detaches a frame object from its returning interpreter frame: keeps the
/// locals (moved in) and the last instruction.
pub fn detach(f: &Value, lasti: i32, fast: Vec<Value>) {
    let fo = frame(f);
    fo.live.set(std::ptr::null_mut());
    fo.lasti.set(lasti);
    // SAFETY: leaf store.
    let old = unsafe { std::mem::replace(&mut *fo.fast.get(), fast) };
    drop(old);
}

fn lasti_of(v: &Value) -> i32 {
    let fo = frame(v);
    let live = fo.live.get();
    if live.is_null() {
        fo.lasti.get()
    } else {
        // SAFETY: the interpreter keeps `live` valid while set.
        unsafe { (rt().hooks.get().frame_lasti)(live) }
    }
}

fn f_lineno(v: &Value) -> PyResult {
    let l = lasti_of(v).max(0) as usize;
    Ok(int::new(func::code(&frame(v).code).addr2line(l) as i64))
}

fn f_lasti(v: &Value) -> PyResult {
    Ok(int::new(lasti_of(v) as i64))
}

fn f_code(v: &Value) -> PyResult {
    Ok(frame(v).code.clone())
}

fn f_globals(v: &Value) -> PyResult {
    Ok(frame(v).globals.clone())
}

fn f_builtins(_v: &Value) -> PyResult {
    Ok(crate::rt::builtins_dict())
}

fn f_back(v: &Value) -> PyResult {
    // SAFETY: read of a leaf field.
    let b = unsafe { (*frame(v).back.get()).clone() };
    Ok(if b.is_null() { Value::NONE } else { b })
}

/// `f_locals`: the namespace of module/class frames, or a dict of the
/// function's variables.
pub fn f_locals(v: &Value) -> PyResult {
    let fo = frame(v);
    // SAFETY: read of a leaf field.
    let ns = unsafe { (*fo.locals.get()).clone() };
    if !ns.is_null() {
        return Ok(ns);
    }
    let live = fo.live.get();
    let values = if live.is_null() {
        // SAFETY: read of a leaf field.
        unsafe { (*fo.fast.get()).clone() }
    } else {
        // SAFETY: the interpreter keeps `live` valid while set.
        unsafe { (rt().hooks.get().frame_fast)(live) }
    };
    Ok(fast_to_dict(&fo.code, &values))
}

/// Maps a code object's variable names to the given values (locals, then
/// cell and free variables whose contents are shown).
pub fn fast_to_dict(code: &Value, values: &[Value]) -> Value {
    let c = func::code(code);
    let d = dict::new();
    let names: Vec<Value> = tuple::items(&c.varnames)
        .iter()
        .chain(tuple::items(&c.cellvars).iter())
        .chain(tuple::items(&c.freevars).iter())
        .cloned()
        .collect();
    let nlocals = tuple::items(&c.varnames).len();
    for (i, name) in names.iter().enumerate() {
        let Some(v) = values.get(i) else { break };
        let v = if i >= nlocals && func::is_cell(v) {
            func::cell_get(v)
        } else {
            v.clone()
        };
        if !v.is_null() {
            let _ = dict::set(&d, name.clone(), v);
        }
    }
    d
}

fn frame_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(format!(
        "<frame object at {:#x}>",
        ops::address_of(v)
    )))
}

/// # Safety
/// `p` is a live frame object.
unsafe fn frame_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    unsafe {
        let f = &*(p as *const FrameObj);
        visit(&f.code);
        visit(&f.globals);
        let b = &*f.back.get();
        if !b.is_null() {
            visit(b);
        }
        for x in (*f.fast.get()).iter() {
            if !x.is_null() {
                visit(x);
            }
        }
        let l = &*f.locals.get();
        if !l.is_null() {
            visit(l);
        }
    }
}

/// # Safety
/// `p` is a live, unreachable frame object.
unsafe fn frame_clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    unsafe {
        let f = &*(p as *const FrameObj);
        let a = std::mem::take(&mut *f.fast.get());
        let b = std::mem::replace(&mut *f.back.get(), Value::NULL);
        let c = std::mem::replace(&mut *f.locals.get(), Value::NULL);
        drop((a, b, c));
    }
}

/// A traceback entry.
#[repr(C)]
pub struct TracebackObj {
    /// Header.
    pub ob: ObjHeader,
    /// `tb_next` (None at the innermost).
    pub next: Value,
    /// `tb_frame`.
    pub frame: Value,
    /// `tb_lasti`.
    pub lasti: i32,
    /// `tb_lineno`.
    pub lineno: i32,
}

/// Adds an entry for `frame` at `lasti` in front of `err`'s traceback
/// (CPython's `PyTraceBack_Here`).
pub fn add_entry(e: &mut PyErr, frame_v: Value, lasti: i32) {
    let lineno = func::code(&frame(&frame_v).code).addr2line(lasti.max(0) as usize) as i32;
    let next = e.tb().clone();
    // SAFETY: TracebackObj is the traceback layout.
    let tb = unsafe {
        new_object(
            rt().types.traceback,
            TracebackObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                next,
                frame: frame_v,
                lasti,
                lineno,
            },
        )
    };
    e.set_tb(tb);
}

fn tb(v: &Value) -> &TracebackObj {
    // SAFETY: callers pass tracebacks.
    unsafe { &*(v.as_ptr() as *const TracebackObj) }
}

fn tb_next(v: &Value) -> PyResult {
    Ok(tb(v).next.clone())
}

fn tb_frame(v: &Value) -> PyResult {
    Ok(tb(v).frame.clone())
}

fn tb_lineno(v: &Value) -> PyResult {
    Ok(int::new(tb(v).lineno as i64))
}

fn tb_lasti(v: &Value) -> PyResult {
    Ok(int::new(tb(v).lasti as i64))
}

/// # Safety
/// `p` is a live traceback.
unsafe fn tb_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let t = unsafe { &*(p as *const TracebackObj) };
    visit(&t.next);
    visit(&t.frame);
}

/// # Safety
/// `p` is a live, unreachable traceback.
unsafe fn tb_clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    let t = unsafe { &mut *(p as *mut TracebackObj) };
    let old = (
        std::mem::replace(&mut t.next, Value::NONE),
        std::mem::replace(&mut t.frame, Value::NONE),
    );
    drop(old);
}

/// The entries of a traceback, outermost first: (filename, lineno, name).
pub fn entries(tb_v: &Value) -> Vec<(String, i32, String)> {
    let mut out = Vec::new();
    let mut cur = tb_v.clone();
    while !cur.is_none() && type_of(&cur) == rt().types.traceback {
        let t = tb(&cur);
        let c = func::code(&frame(&t.frame).code);
        out.push((
            c.filename_str().to_string(),
            t.lineno,
            c.name_str().to_string(),
        ));
        cur = t.next.clone();
    }
    out
}

/// Line `lineno` of `filename`, found as CPython's `tb_displayline` does:
/// the name as given, then relative to each `sys.path` entry.
pub fn source_line(filename: &str, lineno: i32) -> Option<String> {
    let try_read = |p: &std::path::Path| std::fs::read(p).ok();
    let mut data = try_read(std::path::Path::new(filename));
    if data.is_none() {
        let tail = std::path::Path::new(filename).file_name()?;
        if let Some(path) = crate::sys::path_entries() {
            for dir in path {
                if let Some(d) = try_read(&std::path::Path::new(&dir).join(tail)) {
                    data = Some(d);
                    break;
                }
            }
        }
    }
    let data = data?;
    let line = data
        .split(|&c| c == b'\n')
        .nth((lineno - 1).max(0) as usize)?;
    let s = String::from_utf8_lossy(line);
    let s = s
        .trim_start_matches([' ', '\t', '\x0c'])
        .trim_end_matches(['\r', '\n']);
    Some(s.to_string())
}

/// The full text CPython prints for an uncaught exception.
pub fn format_exception(e: &PyErr) -> String {
    let mut out = String::new();
    if !e.tb().is_none() {
        out.push_str("Traceback (most recent call last):\n");
        for (file, line, name) in entries(e.tb()) {
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            if let Some(src) = source_line(&file, line) {
                out.push_str("    ");
                out.push_str(&src);
                out.push('\n');
            }
        }
    }
    if e.matches(rt().exc.syntax_error) && crate::exceptions::is_exception_instance(e.value()) {
        out.push_str(&format_syntax_error(e));
        return out;
    }
    out.push_str(&crate::exceptions::format_exception_only(e));
    out
}

fn format_syntax_error(e: &PyErr) -> String {
    let v = e.value();
    let get = |n: &str| ops::getattr_str(v, n).ok().filter(|x| !x.is_none());
    let mut out = String::new();
    if let (Some(f), Some(l)) = (get("filename"), get("lineno")) {
        out.push_str(&format!(
            "  File \"{}\", line {}\n",
            pstr::as_str_lossy(&f),
            int::as_i64(&l).unwrap_or(0)
        ));
        if let Some(t) = get("text") {
            let text = pstr::as_str_lossy(&t).to_string();
            let stripped = text.trim_start();
            let lead = text.len() - stripped.len();
            out.push_str("    ");
            out.push_str(stripped.trim_end_matches('\n'));
            out.push('\n');
            if let Some(o) = get("offset").and_then(|o| int::as_i64(&o)) {
                let col = (o as usize).saturating_sub(1).saturating_sub(lead);
                out.push_str("    ");
                out.push_str(&" ".repeat(col));
                out.push_str("^\n");
            }
        }
    }
    let msg = get("msg")
        .map(|m| pstr::as_str_lossy(&m).to_string())
        .unwrap_or_default();
    let name = crate::class::type_short_name(type_of(v));
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    out
}

/// Fills frame and traceback types (bootstrap).
pub fn setup() {
    let t = &rt().types;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t.frame).slots;
        s.repr = Some(frame_repr);
        s.traverse = Some(frame_traverse);
        s.clear = Some(frame_clear);
        let s = &mut (*t.traceback).slots;
        s.traverse = Some(tb_traverse);
        s.clear = Some(tb_clear);
    }
    crate::descr::add_getsets(
        t.frame,
        &[
            ("f_code", f_code, None),
            ("f_globals", f_globals, None),
            ("f_builtins", f_builtins, None),
            ("f_back", f_back, None),
            ("f_lineno", f_lineno, None),
            ("f_lasti", f_lasti, None),
            ("f_locals", f_locals, None),
        ],
    );
    crate::descr::add_getsets(
        t.traceback,
        &[
            ("tb_next", tb_next, None),
            ("tb_frame", tb_frame, None),
            ("tb_lineno", tb_lineno, None),
            ("tb_lasti", tb_lasti, None),
        ],
    );
}
