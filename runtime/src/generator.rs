//! Generator objects. The suspended frame belongs to the interpreter
//! (stored type-erased in `frame`); resuming goes through the
//! `gen_resume` hook. `send`, `throw` and `close` follow genobject.c.
//!
//! Invariants: `running` is set while the frame executes (re-entry raises
//! "generator already executing"); `frame` is None once the generator
//! finished; `needs_finalize` is kept by the interpreter: true while the
//! generator is suspended inside a try/except/finally/with block, so that
//! deallocation (and the cycle collector) know `close()` must run.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::value::Value;
use crate::{PyErr, PyResult, args, err, ops, str as pstr};
use std::any::Any;
use std::cell::{Cell, UnsafeCell};

/// A generator.
#[repr(C)]
pub struct GenObj {
    /// Header.
    pub ob: ObjHeader,
    /// The suspended interpreter frame (None when finished).
    pub frame: UnsafeCell<Option<Box<dyn Any>>>,
    /// The code object.
    pub code: Value,
    /// Executing now?
    pub running: Cell<bool>,
    /// Has it started (first `next` done)?
    pub started: Cell<bool>,
    /// Suspended inside a block that needs cleanup?
    pub needs_finalize: Cell<bool>,
}

/// A new generator around an interpreter frame.
pub fn new(code: Value, frame: Box<dyn Any>) -> Value {
    // SAFETY: GenObj is the generator layout.
    unsafe {
        new_object(
            rt().types.generator,
            GenObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                frame: UnsafeCell::new(Some(frame)),
                code,
                running: Cell::new(false),
                started: Cell::new(false),
                needs_finalize: Cell::new(false),
            },
        )
    }
}

/// Is `v` a generator?
#[inline]
pub fn is_generator(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.generator
}

/// The generator payload.
#[inline]
pub fn genobj(v: &Value) -> &GenObj {
    // SAFETY: callers pass generators.
    unsafe { &*(v.as_ptr() as *const GenObj) }
}

impl GenObj {
    /// The interpreter's frame slot. Only the interpreter uses it, and not
    /// across a nested resume of the same generator (prevented by
    /// `running`).
    #[allow(clippy::mut_from_ref)]
    pub fn frame_slot(&self) -> &mut Option<Box<dyn Any>> {
        // SAFETY: see the doc comment.
        unsafe { &mut *self.frame.get() }
    }

    /// Has the generator finished?
    pub fn finished(&self) -> bool {
        self.frame_slot().is_none()
    }
}

/// Does a dying generator need `close()`?
pub fn needs_finalizing(v: &Value) -> bool {
    let g = genobj(v);
    !g.finished() && g.needs_finalize.get()
}

fn resume(v: &Value, send: Value, throw: Option<PyErr>) -> PyResult<Option<Value>> {
    (rt().hooks.get().gen_resume)(v, send, throw)
}

fn gen_next(v: &Value) -> PyResult<Option<Value>> {
    resume(v, Value::NONE, None)
}

fn m_send(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("send", a, kw)?;
    let g = genobj(v);
    if !g.started.get() && !x.is_none() && !g.finished() {
        return Err(err::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    match resume(v, x.clone(), None)? {
        Some(y) => Ok(y),
        None => Err(err::stop_iteration()),
    }
}

/// Builds the exception `gen.throw(typ, val, tb)` raises.
pub fn make_throw_error(typ: &Value, val: &Value, tb: &Value) -> PyResult<PyErr> {
    if !tb.is_none() && type_of(tb) != rt().types.traceback {
        return Err(err::type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    let mut e = crate::raise::make_error(typ, val)?;
    if !tb.is_none() {
        e.set_tb(tb.clone());
    }
    Ok(e)
}

fn m_throw(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("throw", a, kw, 1, 3)?;
    let none = Value::NONE;
    let e = make_throw_error(&a[0], a.get(1).unwrap_or(&none), a.get(2).unwrap_or(&none))?;
    match resume(v, Value::NULL, Some(e))? {
        Some(y) => Ok(y),
        None => Err(err::stop_iteration()),
    }
}

/// `generator.close()`.
pub fn close(v: &Value) -> PyResult<()> {
    if genobj(v).finished() {
        return Ok(());
    }
    let ge = PyErr::with_args(rt().exc.generator_exit, crate::tuple::empty());
    match resume(v, Value::NULL, Some(ge)) {
        Ok(Some(_)) => Err(err::runtime_error("generator ignored GeneratorExit")),
        Ok(None) => Ok(()),
        Err(e) if e.matches(rt().exc.generator_exit) || e.matches(rt().exc.stop_iteration) => {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

fn m_close(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("close", a, kw)?;
    close(v)?;
    Ok(Value::NONE)
}

/// Finalizer: close a generator suspended inside a block.
pub fn finalize(v: &Value) -> PyResult<()> {
    if needs_finalizing(v) {
        close(v)
    } else {
        Ok(())
    }
}

fn gen_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(format!(
        "<generator object {} at {:#x}>",
        crate::func::code(&genobj(v).code).name_str(),
        ops::address_of(v)
    )))
}

fn get_running(v: &Value) -> PyResult {
    // a T_BYTE member in CPython 2.7: an int, not a bool
    Ok(Value::small_int(genobj(v).running.get() as i64))
}

fn get_code(v: &Value) -> PyResult {
    Ok(genobj(v).code.clone())
}

fn get_name(v: &Value) -> PyResult {
    Ok(crate::func::code(&genobj(v).code).name.clone())
}

fn get_frame(v: &Value) -> PyResult {
    if genobj(v).finished() {
        return Ok(Value::NONE);
    }
    (rt().hooks.get().gen_frame)(v)
}

/// Drops a generator's frame and fields.
///
/// # Safety
/// `p` is a dying generator.
unsafe fn drop_gen(p: *mut ObjHeader) {
    // SAFETY: p is a GenObj being freed.
    unsafe { std::ptr::drop_in_place(p as *mut GenObj) }
}

/// # Safety
/// `p` is a live generator.
unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    unsafe {
        visit(&(*(p as *const GenObj)).code);
        (rt().hooks.get().gen_traverse)(p, visit);
    }
}

/// # Safety
/// `p` is a live, unreachable generator.
unsafe fn clear(p: *mut ObjHeader) {
    // SAFETY: garbage: the frame is dropped (its values released).
    let old = unsafe { (*(*(p as *const GenObj)).frame.get()).take() };
    drop(old);
}

/// Fills the generator type (bootstrap).
pub fn setup() {
    let t = rt().types.generator;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.iter = Some(|v| Ok(v.clone()));
        s.next = Some(gen_next);
        s.repr = Some(gen_repr);
        s.traverse = Some(traverse);
        s.clear = Some(clear);
        (*t).drop_payload = drop_gen;
    }
    crate::descr::add_methods(
        t,
        &[("send", m_send), ("throw", m_throw), ("close", m_close)],
    );
    crate::descr::add_getsets(
        t,
        &[
            ("gi_running", get_running, None),
            ("gi_code", get_code, None),
            ("gi_frame", get_frame, None),
            ("__name__", get_name, None),
        ],
    );
}
