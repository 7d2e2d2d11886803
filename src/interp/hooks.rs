//! Wires the interpreter into the runtime: the hooks through which the
//! runtime calls Python code, imports, frames and generators, and the call
//! slot of Python functions.

use crate::interp::call;
use crate::interp::eval::frame_object;
use crate::interp::frame::Frame;
use crate::interp::vm;
use py2jit_runtime::rt::{Hooks, rt};
use py2jit_runtime::value::Value;
use py2jit_runtime::{
    PyErr, PyResult, dict, err, func, generator, int, str as pstr, traceback, tuple,
};

/// `locals()` of a frame: its namespace, or a dict of its variables.
pub fn frame_locals(f: &Frame) -> PyResult {
    if !f.locals.is_null() {
        return Ok(f.locals.clone());
    }
    Ok(traceback::fast_to_dict(&f.code, &f.fast_values()))
}

/// Copies a locals dict back into a function frame's variables
/// (`PyFrame_LocalsToFast`, after `exec` or `from m import *`).
pub fn locals_to_fast(f: &Frame, d: &Value) {
    if !dict::is_dict(d) {
        return;
    }
    let info = f.info();
    for (i, name) in info.varnames.iter().enumerate().take(info.nlocals) {
        if let Some(v) = dict::get_str(d, name) {
            *f.slot_mut(i) = v;
        }
    }
}

/// Compiles source with CPython 2.7, turning failures into Python
/// exceptions (SyntaxError, or SystemError when no compiler exists).
pub fn compile_or_raise(src: &[u8], filename: &str, mode: &str) -> PyResult {
    match crate::compiler::compile(src, filename, mode, 0) {
        Ok(c) => Ok(c),
        Err(crate::compiler::CompileError::NoCompiler) => {
            Err(err::system_error("no Python source compiler available"))
        }
        Err(crate::compiler::CompileError::Syntax(parts)) => {
            let get = |i: usize| parts.get(i).cloned().unwrap_or_default();
            let num = |s: String| s.parse::<i64>().map(int::new).unwrap_or(Value::NONE);
            let text = if parts.get(4).is_some_and(|t| !t.is_empty()) {
                pstr::new(&get(4))
            } else {
                Value::NONE
            };
            let info = tuple::new(vec![pstr::new(&get(1)), num(get(2)), num(get(3)), text]);
            Err(PyErr::with_args(
                rt().exc.syntax_error,
                tuple::new(vec![pstr::new(&get(0)), info]),
            ))
        }
        Err(crate::compiler::CompileError::Other(m)) => Err(err::system_error(format!(
            "compiling {filename} failed: {m}"
        ))),
    }
}

fn h_exec_code(code: &Value, globals: &Value, locals: &Value) -> PyResult {
    call::run_code(code, globals, locals)
}

fn h_import(
    name: &Value,
    globals: &Value,
    locals: &Value,
    fromlist: &Value,
    level: i64,
) -> PyResult {
    crate::interp::import::import_module_level(name, globals, locals, fromlist, level)
}

fn h_current_globals() -> Option<Value> {
    let f = vm::current_frame();
    if f.is_null() {
        return None;
    }
    // SAFETY: the current frame is live.
    Some(unsafe { (*f).globals.clone() })
}

fn h_current_locals() -> PyResult {
    let f = vm::current_frame();
    if f.is_null() {
        return Ok(dict::new());
    }
    // SAFETY: the current frame is live.
    frame_locals(unsafe { &*f })
}

fn h_get_frame(depth: usize) -> PyResult {
    let mut f = vm::current_frame();
    for _ in 0..depth {
        if f.is_null() {
            break;
        }
        // SAFETY: frames on the chain are live.
        f = unsafe { (*f).back };
    }
    if f.is_null() {
        return Ok(Value::NONE);
    }
    // SAFETY: f is live.
    Ok(frame_object(unsafe { &mut *f }))
}

fn h_gen_resume(g: &Value, send: Value, throw: Option<PyErr>) -> PyResult<Option<Value>> {
    call::gen_resume(g, send, throw)
}

unsafe fn h_gen_drop_frame(_p: *mut py2jit_runtime::ObjHeader) {}

unsafe fn h_gen_traverse(p: *mut py2jit_runtime::ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a live generator.
    let g = unsafe { &*(p as *const generator::GenObj) };
    if let Some(b) = g.frame_slot().as_ref()
        && let Some(f) = b.downcast_ref::<Frame>()
    {
        for v in [&f.globals, &f.builtins, &f.locals, &f.frame_obj] {
            if !v.is_null() {
                visit(v);
            }
        }
        let live = f.stack_base() + f.sp as usize;
        for i in 0..live {
            let v = f.slot(i);
            if !v.is_null() {
                visit(v);
            }
        }
        if let Some(s) = &f.saved_exc {
            visit(&s.ty);
            visit(&s.value);
            visit(&s.tb);
        }
    }
}

fn h_gen_frame(g: &Value) -> PyResult {
    let go = generator::genobj(g);
    match go
        .frame_slot()
        .as_mut()
        .and_then(|b| b.downcast_mut::<Frame>())
    {
        Some(f) => Ok(frame_object(f)),
        None => Ok(Value::NONE),
    }
}

unsafe fn h_frame_lasti(p: *mut u8) -> i32 {
    // SAFETY: p is a live interpreter frame (see traceback.rs).
    unsafe { (*(p as *const Frame)).lasti_offset() }
}

unsafe fn h_frame_fast(p: *mut u8) -> Vec<Value> {
    // SAFETY: as above.
    unsafe { (*(p as *const Frame)).fast_values() }
}

fn h_exc_info() -> (Value, Value, Value) {
    vm::with_vm(|v| {
        let e = v.exc.borrow();
        (e.ty.clone(), e.value.clone(), e.tb.clone())
    })
}

fn h_exc_clear() {
    let old = vm::with_vm(|v| std::mem::replace(&mut *v.exc.borrow_mut(), vm::ExcInfo::none()));
    drop(old);
}

fn h_reload(m: &Value) -> PyResult {
    crate::interp::import::reload(m)
}

fn h_compile(src: &Value, filename: &Value, mode: &Value) -> PyResult {
    let text = if py2jit_runtime::unicode::is_unicode(src) {
        pstr::as_bytes(&py2jit_runtime::codecs::encode(src, "utf-8", "strict")?).to_vec()
    } else if pstr::is_str(src) {
        pstr::as_bytes(src).to_vec()
    } else {
        return Err(err::type_error(
            "compile() expected string without null bytes",
        ));
    };
    let mode_s = pstr::as_str_lossy(mode).to_string();
    if !matches!(mode_s.as_str(), "exec" | "eval" | "single") {
        return Err(err::value_error(
            "compile() arg 3 must be 'exec', 'eval' or 'single'",
        ));
    }
    let code = compile_or_raise(&text, pstr::as_str_lossy(filename), &mode_s)?;
    let _ = func::is_code(&code);
    Ok(code)
}

/// Installs the hooks and the function call slot (once per thread).
pub fn install() {
    let r = rt();
    r.set_hooks(Hooks {
        exec_code: h_exec_code,
        import: h_import,
        current_globals: h_current_globals,
        current_locals: h_current_locals,
        get_frame: h_get_frame,
        gen_resume: h_gen_resume,
        gen_drop_frame: h_gen_drop_frame,
        gen_traverse: h_gen_traverse,
        gen_frame: h_gen_frame,
        frame_lasti: h_frame_lasti,
        frame_fast: h_frame_fast,
        reload: h_reload,
        compile: h_compile,
        exc_info: h_exc_info,
        exc_clear: h_exc_clear,
        before_fork: crate::jit::before_fork,
        after_fork: crate::jit::after_fork,
    });
    // SAFETY: set-up before any Python code runs on this thread.
    unsafe {
        (*r.types.function).slots.call = Some(call::function_call);
    }
    // The call slot arrived after bootstrap made the slot wrappers: add
    // `function.__call__` now (copy_reg checks hasattr(f, '__call__')).
    py2jit_runtime::wrappers::add_operators(r.types.function);
}
