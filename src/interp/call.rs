//! Calling Python functions: argument binding (CPython's
//! `PyEval_EvalCodeEx`), frame set-up and tear-down, generators, and the
//! extended call forms (`f(*args, **kw)`).
//!
//! The fast path (`call_from_stack`) copies positional arguments straight
//! from the caller's value stack into the callee's locals, without tuples,
//! for every "plain" callee (see `plain_fit`:
//! missing trailing arguments may come from defaults; cells and free
//! variables are set up in place). Compiled callers first try
//! `call_compiled_from_stack`, which enters compiled plain code with no
//! dispatch at all. The caller's stack keeps its references until the
//! call returns, as CPython's does: a callee that rebinds or deletes a
//! parameter does not free the argument (its `__del__` runs after the
//! call, where CPython runs it).

use crate::interp::code_info::{CodeInfo, info};
use crate::interp::eval::{Exit, reset_exc_info};
use crate::interp::frame::{BlockEntry, Frame, Storage};
use crate::interp::vm;
use py2jit_runtime::func::{self, co_flags};
use py2jit_runtime::rt::rt;
use py2jit_runtime::types::type_ref;
use py2jit_runtime::value::Value;
use py2jit_runtime::{PyErr, PyResult, classic, dict, err, generator, ops, str as pstr, tuple};

/// The builtins dict for a frame with `globals` (from `__builtins__`,
/// reusing the caller's when the globals are the same).
fn builtins_for(globals: &Value) -> Value {
    builtins_after(vm::current_frame(), globals)
}

/// [`builtins_for`] a frame called from `caller` (the current frame, or
/// null): the caller's builtins when the globals are the caller's.
#[inline(always)]
fn builtins_after(caller: *mut Frame, globals: &Value) -> Value {
    if !caller.is_null() {
        // SAFETY: the calling frame is live while it calls.
        let c = unsafe { &*caller };
        if c.globals.is(globals) {
            return c.builtins.clone();
        }
    }
    builtins_of(globals)
}

/// The builtins dict named by `globals['__builtins__']` (a module or a
/// dict), else the interpreter's.
#[cold]
fn builtins_of(globals: &Value) -> Value {
    match dict::get_item_str(globals, "__builtins__") {
        Some(b) if py2jit_runtime::module::is_module(&b) => py2jit_runtime::module::dict_of(&b),
        Some(b) if dict::is_dict(&b) => b,
        _ => py2jit_runtime::rt::builtins_dict(),
    }
}

/// A frame for `code` with its slots (arena or owned) set to NULL; the
/// block stack lives after the value slots.
#[inline(always)]
fn new_frame(code: &Value, ci: &CodeInfo, globals: Value, locals: Value, owned: bool) -> Frame {
    let n = ci.frame_size();
    let total = n + ci.block_words();
    let (fast, storage) = if owned {
        let mut b: Box<[Value]> = (0..total).map(|_| Value::NULL).collect();
        (b.as_mut_ptr(), Storage::Owned(b))
    } else {
        let (p, mark) = vm::arena_alloc(total);
        // SAFETY: the arena handed out `total` slots (possibly stale bits);
        // the value slots become NULL, the block words need no init.
        unsafe {
            for i in 0..n {
                std::ptr::write(p.add(i), Value::NULL);
            }
        }
        (p, Storage::Arena(mark))
    };
    let builtins = builtins_for(&globals);
    Frame {
        fast,
        sp: 0,
        pc: 0,
        lasti: 0,
        nblocks: 0,
        info: ci as *const CodeInfo,
        code: code.clone(),
        globals,
        builtins,
        locals,
        // SAFETY: the storage has `block_words` words after the n slots.
        blocks: unsafe { fast.add(n) } as *mut BlockEntry,
        back: std::ptr::null_mut(),
        frame_obj: Value::NULL,
        saved_exc: None,
        generator: std::ptr::null_mut(),
        storage,
    }
}

/// Releases a finished frame: drops its live values, detaches its frame
/// object if someone still holds it, returns arena storage.
#[inline(always)]
pub fn finish_frame(f: &mut Frame) {
    if !f.frame_obj.is_null() {
        detach_frame_object(f);
    }
    let live = f.stack_base() + f.sp as usize;
    for i in 0..live {
        // SAFETY: slots below base + sp hold live values; each is dropped
        // once and replaced by NULL.
        unsafe {
            let v = std::ptr::replace(f.fast.add(i), Value::NULL);
            drop(v);
        }
    }
    f.sp = 0;
    if let Storage::Arena(mark) = f.storage {
        vm::arena_release(mark);
        // SAFETY: an Arena storage owns nothing: overwriting it without a
        // drop loses nothing.
        unsafe { std::ptr::write(&mut f.storage, Storage::Released) };
    }
}

/// Drops a finished frame's remaining references without the general
/// `Drop` (the hot end of every call). Takes the frame in place: moving
/// it would copy the words compiled code just wrote with wider loads,
/// which stalls store forwarding.
#[inline(always)]
fn release_fields(f: &mut std::mem::ManuallyDrop<Frame>) {
    debug_assert!(matches!(f.storage, Storage::Released));
    debug_assert!(f.frame_obj.is_null() && f.saved_exc.is_none());
    // SAFETY: finish_frame released the storage and the frame object and
    // the caller emptied `saved_exc`, so the four values below are all the
    // frame still owns; each is read out and dropped once, and the frame
    // (never dropped itself) is never used again.
    unsafe {
        drop(std::ptr::read(&f.code));
        drop(std::ptr::read(&f.globals));
        drop(std::ptr::read(&f.builtins));
        drop(std::ptr::read(&f.locals));
    }
}

/// Drops the frame's reference to its frame object; when the object
/// outlives the frame it takes the frame's locals (`f_locals` and
/// `f_lineno` keep working).
#[cold]
fn detach_frame_object(f: &mut Frame) {
    let base = f.stack_base();
    let fo = std::mem::replace(&mut f.frame_obj, Value::NULL);
    // SAFETY: fo is live.
    if unsafe { (*fo.as_ptr()).refcnt } > 1 {
        let mut vals = Vec::with_capacity(base);
        for i in 0..base {
            // SAFETY: slots below base are live values; they move out.
            vals.push(unsafe { std::ptr::replace(f.fast.add(i), Value::NULL) });
        }
        py2jit_runtime::traceback::detach(&fo, f.lasti_offset(), vals);
    }
    drop(fo);
}

impl Drop for Frame {
    fn drop(&mut self) {
        match self.storage {
            // a frame abandoned before it ran (e.g. argument binding
            // failed): release its values and arena slots
            Storage::Arena(_) => finish_frame(self),
            Storage::Owned(_) => {
                let base = self.stack_base();
                for i in 0..base + self.sp as usize {
                    // SAFETY: live owned slots are dropped once.
                    unsafe { drop(std::ptr::replace(self.fast.add(i), Value::NULL)) };
                }
                self.sp = 0;
                // stale bits above sp (and the block words) are never
                // dropped: overwrite with NULL before the box drops
                if let Storage::Owned(b) = &mut self.storage {
                    for slot in b.iter_mut() {
                        // SAFETY: overwrite without dropping stale copies.
                        unsafe { std::ptr::write(slot, Value::NULL) };
                    }
                }
            }
            Storage::Released => {}
        }
    }
}

/// Enters the recursion counter (Python call depth and native stack).
#[inline(always)]
fn enter_call() -> PyResult<()> {
    let r = rt();
    let d = r.depth.get() + 1;
    if d > r.recursion_limit.get() || py2jit_runtime::stack::near_limit() {
        return Err(err::runtime_error("maximum recursion depth exceeded"));
    }
    r.depth.set(d);
    Ok(())
}

#[inline]
fn leave_call() {
    let r = rt();
    r.depth.set(r.depth.get() - 1);
}

/// Runs a fresh (non-generator) frame to completion and releases it.
#[inline]
pub fn run_frame(f: &mut Frame) -> PyResult {
    if let Err(e) = enter_call() {
        finish_frame(f);
        return Err(e);
    }
    let prev = vm::set_current(f as *mut Frame);
    f.back = prev;
    let r = crate::jit::run(f);
    reset_exc_info(f);
    vm::set_current(prev);
    finish_frame(f);
    leave_call();
    match r {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(Exit::Yield(_)) | Ok(Exit::Osr) => Err(err::system_error("yield outside a generator")),
        Err(e) => Err(e),
    }
}

/// Runs a code object with the given namespaces (module bodies, class
/// bodies, `exec`).
pub fn run_code(code: &Value, globals: &Value, locals: &Value) -> PyResult {
    if !dict::is_dict(globals) {
        // frames rely on dict globals (LOAD_GLOBAL reads their version)
        return Err(err::type_error("globals must be a dict"));
    }
    let ci = info(code)?;
    ci.calls.set(ci.calls.get() + 1);
    crate::jit::maybe_compile(code, ci);
    let mut f = new_frame(code, ci, globals.clone(), locals.clone(), false);
    run_frame(&mut f)
}

fn name_of_code(ci: &CodeInfo, f: &Value) -> String {
    let _ = ci;
    pstr::as_str_lossy(&func::code(&func::func(f).code).name).to_string()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Binds arguments into a new frame for function `fv` (PyEval_EvalCodeEx).
/// `args` are moved in.
fn bind(fv: &Value, ci: &CodeInfo, args: Vec<Value>, kw: &[Value], owned: bool) -> PyResult<Frame> {
    let fo = func::func(fv);
    // Unoptimized code run as a function (a class body) gets a fresh
    // locals dict; code with neither flag shares the globals.
    let locals = match ci.flags & (co_flags::OPTIMIZED | co_flags::NEWLOCALS) {
        x if x == co_flags::NEWLOCALS => dict::new(),
        0 => fo.globals.clone(),
        _ => Value::NULL,
    };
    let f = new_frame(&fo.code, ci, fo.globals.clone(), locals, owned);
    let argcount = ci.argcount;
    let defaults: &[Value] = if tuple::is_tuple(&fo.defaults) {
        tuple::items(&fo.defaults)
    } else {
        &[]
    };
    let defcount = defaults.len();
    let nargs = args.len();
    let nkw = kw.len() / 2;
    let varargs = ci.flags & co_flags::VARARGS != 0;
    let varkw = ci.flags & co_flags::VARKEYWORDS != 0;
    if argcount > 0 || varargs || varkw {
        let kwdict = if varkw {
            let d = dict::new();
            let idx = argcount + varargs as usize;
            *f.slot_mut(idx) = d.clone();
            Some(d)
        } else {
            None
        };
        if nargs > argcount && !varargs {
            return Err(err::type_error(format!(
                "{}() takes {} {} argument{} ({} given)",
                name_of_code(ci, fv),
                if defcount > 0 { "at most" } else { "exactly" },
                argcount,
                plural(argcount),
                nargs + nkw
            )));
        }
        let n = nargs.min(argcount);
        let mut it = args.into_iter();
        for i in 0..n {
            *f.slot_mut(i) = it.next().unwrap();
        }
        if varargs {
            let rest: Vec<Value> = it.collect();
            *f.slot_mut(argcount) = tuple::new(rest);
        }
        for pair in kw.chunks_exact(2) {
            let (k, v) = (&pair[0], &pair[1]);
            if !pstr::is_str(k) && !py2jit_runtime::unicode::is_unicode(k) {
                return Err(err::type_error(format!(
                    "{}() keywords must be strings",
                    name_of_code(ci, fv)
                )));
            }
            let kb: Vec<u8> = if pstr::is_str(k) {
                pstr::as_bytes(k).to_vec()
            } else {
                pstr::as_bytes(&py2jit_runtime::unicode::encode_default(k)?).to_vec()
            };
            match ci.varnames[..argcount]
                .iter()
                .position(|nm| nm.is(k) || pstr::as_bytes(nm) == kb.as_slice())
            {
                Some(j) => {
                    if !f.slot(j).is_null() {
                        return Err(err::type_error(format!(
                            "{}() got multiple values for keyword argument '{}'",
                            name_of_code(ci, fv),
                            String::from_utf8_lossy(&kb)
                        )));
                    }
                    *f.slot_mut(j) = v.clone();
                }
                None => match &kwdict {
                    Some(d) => dict::set(d, k.clone(), v.clone())?,
                    None => {
                        return Err(err::type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            name_of_code(ci, fv),
                            String::from_utf8_lossy(&kb)
                        )));
                    }
                },
            }
        }
        if nargs < argcount {
            let m = argcount - defcount;
            for i in nargs..m {
                if f.slot(i).is_null() {
                    let given = (0..argcount).filter(|&j| !f.slot(j).is_null()).count();
                    return Err(err::type_error(format!(
                        "{}() takes {} {} argument{} ({} given)",
                        name_of_code(ci, fv),
                        if varargs || defcount > 0 {
                            "at least"
                        } else {
                            "exactly"
                        },
                        m,
                        plural(m),
                        given
                    )));
                }
            }
            let start = nargs.saturating_sub(m);
            for (i, d) in defaults.iter().enumerate().skip(start) {
                if f.slot(m + i).is_null() {
                    *f.slot_mut(m + i) = d.clone();
                }
            }
        }
    } else if nargs > 0 || nkw > 0 {
        return Err(err::type_error(format!(
            "{}() takes no arguments ({} given)",
            name_of_code(ci, fv),
            nargs + nkw
        )));
    }
    // SAFETY: the frame's slots are NULL-initialized and the cell and
    // free slots are past the arguments bound above.
    unsafe { init_deref_slots(&fo.closure, ci, f.fast) };
    Ok(f)
}

/// Starts a generator: the bound frame becomes the generator's.
fn make_generator(code: &Value, f: Frame) -> Value {
    let g = generator::new(code.clone(), Box::new(f));
    let gobj = generator::genobj(&g);
    if let Some(b) = gobj.frame_slot().as_mut()
        && let Some(fr) = b.downcast_mut::<Frame>()
    {
        fr.generator = g.as_ptr();
    }
    g
}

/// The call slot of Python functions: `f(*args, **kw)`.
pub fn function_call(fv: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let fo = func::func(fv);
    let ci = info(&fo.code)?;
    if kw.is_empty()
        && let Some(c) = ci.jit.get()
        && plain_fit(ci, fo, args.len())
    {
        // the plain compiled case (e.g. `__init__` called by a class):
        // the frame takes references to the arguments
        // SAFETY: `args` holds args.len() live values, which the frame
        // only copies; fv keeps the function alive.
        return unsafe { call_plain(fo, ci, Some(c), args.as_ptr(), args.len()) };
    }
    ci.calls.set(ci.calls.get() + 1);
    crate::jit::maybe_compile(&fo.code, ci);
    let is_gen = ci.is_generator();
    let mut f = bind(fv, ci, args.to_vec(), kw, is_gen)?;
    if is_gen {
        return Ok(make_generator(&fo.code, f));
    }
    run_frame(&mut f)
}

/// CALL_FUNCTION with positional arguments only: the callable at
/// `fslot`, `na` arguments after it. Simple Python functions receive
/// copies of the arguments (the caller releases its slots after the
/// call); bound methods pass `im_self` through the callable's slot.
///
/// # Safety
/// `fslot` points to the callable followed by `na` argument values on
/// the current frame's stack.
pub unsafe fn call_from_stack(fslot: *mut Value, na: usize) -> PyResult {
    // SAFETY: forwarded contract.
    unsafe {
        let callable = &*fslot;
        if func::is_function(callable) {
            let fo = func::func(callable);
            let ci = info(&fo.code)?;
            if plain_fit(ci, fo, na) {
                // the callable's slot keeps the function alive
                return call_plain(fo, ci, ci.jit.get(), fslot.add(1), na);
            }
            return call_function_stack(callable.clone(), fslot.add(1), na);
        }
        if func::is_method(callable) {
            let m = func::method(callable);
            if !m.self_.is_none() && func::is_function(&m.func) {
                let fnv = m.func.clone();
                let selfv = m.self_.clone();
                // the callable's slot now holds self: args are [self, ...]
                let old = std::ptr::replace(fslot, selfv);
                drop(old);
                let fo = func::func(&fnv);
                let ci = info(&fo.code)?;
                if plain_fit(ci, fo, na + 1) {
                    return call_plain(fo, ci, ci.jit.get(), fslot, na + 1);
                }
                return call_function_stack(fnv, fslot, na + 1);
            }
        }
        let args = std::slice::from_raw_parts(fslot.add(1), na);
        ops::call(&*fslot, args, &[])
    }
}

/// Calls `fnv` (a function, or any callable) with the `n` values at
/// `args`, straight into a Python function's frame when it can (a plain
/// callee's frame copies them; a generator's takes them).
///
/// # Safety
/// `args` points to `n` live values owned by the caller's stack.
pub unsafe fn call_function_at(fnv: Value, args: *mut Value, n: usize) -> PyResult {
    if func::is_function(&fnv) {
        let fo = func::func(&fnv);
        let ci = info(&fo.code)?;
        if plain_fit(ci, fo, n) {
            // SAFETY: forwarded contract; fnv keeps the function alive.
            return unsafe { call_plain(fo, ci, ci.jit.get(), args, n) };
        }
        // SAFETY: forwarded contract.
        return unsafe { call_function_stack(fnv, args, n) };
    }
    // SAFETY: forwarded contract.
    let a = unsafe { std::slice::from_raw_parts(args, n) };
    ops::call(&fnv, a, &[])
}

/// Can a call of `fo` (code info `ci`) with `n` positional arguments take
/// the plain path? The code must be plain (`CodeInfo::plain_args`) and
/// take `n` arguments, or more when the function's defaults supply the
/// missing trailing ones.
#[inline(always)]
fn plain_fit(ci: &CodeInfo, fo: &func::FuncObj, n: usize) -> bool {
    let a = ci.plain_args;
    a == n as i32 || (a > n as i32 && defaults_cover(fo, a as usize - n))
}

/// Do `fo`'s defaults supply the last `missing` arguments?
#[inline(never)]
fn defaults_cover(fo: &func::FuncObj, missing: usize) -> bool {
    tuple::is_tuple(&fo.defaults) && tuple::items(&fo.defaults).len() >= missing
}

/// Fills the locals `n..argcount` of a fresh plain frame from `fo`'s
/// defaults (`plain_fit` checked that they cover them).
///
/// # Safety
/// `fast` points to the frame's slots; `n..argcount` are uninitialized.
#[cold]
unsafe fn fill_defaults(fo: &func::FuncObj, ci: &CodeInfo, fast: *mut Value, n: usize) {
    let d = tuple::items(&fo.defaults);
    let first = d.len() - (ci.argcount - n);
    for (k, v) in d[first..].iter().enumerate() {
        // SAFETY: forwarded contract; n + k < argcount.
        unsafe { std::ptr::write(fast.add(n + k), v.clone()) };
    }
}

/// Sets up the cell and free-variable slots of a fresh frame whose
/// arguments are in place: a new cell per cell variable (holding its
/// argument, for cells of arguments), then the cells of the function's
/// `closure` (a tuple, else the free slots stay NULL).
///
/// # Safety
/// `fast` points to the frame's slots; the cell and free slots hold
/// nothing to release (uninitialized or NULL).
#[inline(never)]
unsafe fn init_deref_slots(closure: &Value, ci: &CodeInfo, fast: *mut Value) {
    let nl = ci.nlocals;
    // SAFETY (whole body): forwarded contract; every index is below
    // nlocals + ncells + nfrees.
    unsafe {
        for (i, arg) in ci.cell_arg.iter().enumerate() {
            let init = match arg {
                Some(j) => (*fast.add(*j)).clone(),
                None => Value::NULL,
            };
            std::ptr::write(fast.add(nl + i), func::new_cell(init));
        }
        let free = fast.add(nl + ci.ncells);
        let closure = if tuple::is_tuple(closure) {
            tuple::items(closure)
        } else {
            &[]
        };
        for i in 0..ci.nfrees {
            std::ptr::write(free.add(i), closure.get(i).cloned().unwrap_or(Value::NULL));
        }
    }
}

/// Calls a function whose code is plain (see [`plain_fit`]) with `n`
/// positional arguments at `args`, in compiled code when `ci` is compiled
/// (`c`, or compiled by this call because the function became hot) and
/// in the interpreter otherwise.
///
/// # Safety
/// As [`push_plain_frame`].
#[inline(never)]
unsafe fn call_plain(
    fo: &func::FuncObj,
    ci: &CodeInfo,
    c: Option<crate::jit::Compiled>,
    args: *const Value,
    n: usize,
) -> PyResult {
    if let Some(c) = c {
        // SAFETY: forwarded contract.
        return unsafe { run_compiled_plain(fo, ci, c, args, n) };
    }
    ci.calls.set(ci.calls.get() + 1);
    crate::jit::maybe_compile(&fo.code, ci);
    let c = ci.jit.get();
    // SAFETY: forwarded contract.
    let mut f = std::mem::ManuallyDrop::new(unsafe { push_plain_frame(fo, ci, args, n) }?);
    vm::set_current(&mut *f);
    let r = match c {
        Some(c) => crate::jit::run_entered(&mut f, c),
        None => crate::jit::run_interpreted(&mut f),
    };
    pop_plain_frame(&mut f);
    returned_value(r)
}

/// The value a plain (non-generator) frame returned.
#[inline(always)]
fn returned_value(r: PyResult<Exit>) -> PyResult {
    match r {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(_) => Err(err::system_error("frame ended without returning")),
        Err(e) => Err(e),
    }
}

/// The hottest call shape, taken by compiled code's CALL_FUNCTION: the
/// callable at `fslot` is a Python function whose code is compiled and
/// takes exactly `na` positional arguments (`CodeInfo::plain_args`). The
/// arguments are copied into an arena frame that compiled code runs at once: no
/// profiling, compile check or dispatch on the kind of callable. Returns
/// `None`, having touched nothing, for any other callable.
///
/// # Safety
/// As [`call_from_stack`].
#[inline(always)]
pub unsafe fn call_compiled_from_stack(fslot: *mut Value, na: usize) -> Option<PyResult> {
    // SAFETY: forwarded contract.
    let callable = unsafe { &*fslot };
    if !func::is_function(callable) {
        return None;
    }
    let fo = func::func(callable);
    let ip = func::code(&fo.code).exec_ptr.get();
    if ip.is_null() {
        return None;
    }
    // SAFETY: a set exec_ptr is the code's CodeInfo (see `info`); the
    // callable's slot keeps the function and so its code alive.
    let ci = unsafe { &*(ip as *const CodeInfo) };
    let c = ci.jit.get()?;
    if ci.plain_args != na as i32 {
        return None;
    }
    // SAFETY: forwarded contract; plain_fit holds (exact arity).
    Some(unsafe { run_compiled_plain(fo, ci, c, fslot.add(1), na) })
}

/// Runs compiled plain code `c` of `fo` with `n` arguments at `args`.
///
/// # Safety
/// As [`push_plain_frame`].
#[inline(never)]
unsafe fn run_compiled_plain(
    fo: &func::FuncObj,
    ci: &CodeInfo,
    c: crate::jit::Compiled,
    args: *const Value,
    n: usize,
) -> PyResult {
    // SAFETY: forwarded contract.
    let mut f = std::mem::ManuallyDrop::new(unsafe { push_plain_frame(fo, ci, args, n) }?);
    vm::set_current(&mut *f);
    crate::jit::stats::count_call();
    // SAFETY: the frame is fresh (pc 0) and belongs to the code `c` was
    // compiled from.
    let res = unsafe { (c.entry)(&mut *f) };
    let r = if res.status == crate::jit::abi::ST_RETURN {
        // SAFETY: compiled code returns an owned value.
        Ok(unsafe { Value::from_raw(res.value) })
    } else {
        returned_value(crate::jit::resume_after_exit(&mut f, res))
    };
    pop_plain_frame(&mut f);
    r
}

/// Enters a call of plain code (checking the recursion limit) and builds
/// its arena frame: the `n` arguments are copied from `args` into the
/// locals (the caller's slots keep theirs), defaults fill the missing ones, the other
/// locals become NULL, cells and free variables are set up; the value
/// stack may keep stale bits. The caller makes the frame current once it
/// is in place and ends with [`pop_plain_frame`].
///
/// # Safety
/// `args` points to `n` live values owned by the caller's stack;
/// `plain_fit(ci, fo, n)` holds; `fo` stays alive for the call (the
/// caller's stack holds it).
#[inline(always)]
unsafe fn push_plain_frame(
    fo: &func::FuncObj,
    ci: &CodeInfo,
    args: *const Value,
    n: usize,
) -> PyResult<Frame> {
    enter_call()?;
    let nslots = ci.frame_size();
    let (fast, mark) = vm::arena_alloc(nslots + ci.block_words());
    // SAFETY: the arena gave nslots + block words; see above.
    unsafe {
        // copied, not moved: the caller's stack keeps its references
        // until the call returns (as CPython's does), so a callee that
        // rebinds a parameter does not free the argument
        for i in 0..n {
            std::ptr::write(fast.add(i), (*args.add(i)).clone());
        }
        if n < ci.argcount {
            fill_defaults(fo, ci, fast, n);
        }
        for i in ci.argcount..ci.nlocals {
            std::ptr::write(fast.add(i), Value::NULL);
        }
        if ci.ncells + ci.nfrees > 0 {
            init_deref_slots(&fo.closure, ci, fast);
        }
    }
    let caller = vm::current_frame();
    Ok(Frame {
        fast,
        sp: 0,
        pc: 0,
        lasti: 0,
        nblocks: 0,
        info: ci as *const CodeInfo,
        code: fo.code.clone(),
        globals: fo.globals.clone(),
        builtins: builtins_after(caller, &fo.globals),
        locals: Value::NULL,
        // SAFETY: the block words follow the value slots.
        blocks: unsafe { fast.add(nslots) } as *mut BlockEntry,
        back: caller,
        frame_obj: Value::NULL,
        saved_exc: None,
        generator: std::ptr::null_mut(),
        storage: Storage::Arena(mark),
    })
}

/// Ends a call that [`push_plain_frame`] entered: restores the caller's
/// exception state and current frame, releases the frame (in place, see
/// [`release_fields`]).
#[inline(always)]
fn pop_plain_frame(f: &mut std::mem::ManuallyDrop<Frame>) {
    if f.saved_exc.is_some() {
        reset_exc_info(f);
    }
    vm::set_current(f.back);
    finish_frame(f);
    release_fields(f);
    leave_call();
}

/// Calls Python function `fv` (not plain: `call_plain` took those) with
/// `n` arguments at `args`, moving them into the frame of a generator
/// function that takes exactly those positional arguments.
///
/// # Safety
/// `args` points to `n` live values owned by the caller's stack.
unsafe fn call_function_stack(fv: Value, args: *mut Value, n: usize) -> PyResult {
    let fo = func::func(&fv);
    let ci = info(&fo.code)?;
    ci.calls.set(ci.calls.get() + 1);
    crate::jit::maybe_compile(&fo.code, ci);
    // plain code took `call_plain`; a generator function called with
    // exactly its positional arguments gets them moved into its own
    // (owned) frame without the general binding (no Python code runs
    // before the call returns the generator, so moving frees nothing
    // earlier than CPython would)
    let plain_generator = ci.argcount == n
        && ci.flags
            & (co_flags::VARARGS
                | co_flags::VARKEYWORDS
                | co_flags::GENERATOR
                | co_flags::OPTIMIZED)
            == co_flags::OPTIMIZED | co_flags::GENERATOR;
    if plain_generator {
        let f = new_frame(&fo.code, ci, fo.globals.clone(), Value::NULL, true);
        for i in 0..n {
            // SAFETY: forwarded contract: move each argument into the
            // (NULL) local, leaving NULL in the caller's slot.
            unsafe { std::ptr::write(f.fast.add(i), std::ptr::replace(args.add(i), Value::NULL)) };
        }
        if ci.ncells + ci.nfrees > 0 {
            // SAFETY: the owned frame's slots are NULL; the arguments are
            // in place.
            unsafe { init_deref_slots(&fo.closure, ci, f.fast) };
        }
        return Ok(make_generator(&fo.code, f));
    }
    // SAFETY: forwarded contract.
    let a = unsafe { std::slice::from_raw_parts(args, n) };
    function_call(&fv, a, &[])
}

/// PyEval_GetFuncName + PyEval_GetFuncDesc, for call errors.
fn func_name_desc(f: &Value) -> String {
    if func::is_method(f) {
        return format!(
            "{}()",
            func_name_desc(&func::method(f).func).trim_end_matches("()")
        );
    }
    if func::is_function(f) {
        return format!("{}()", pstr::as_str_lossy(&func::func(f).name));
    }
    if py2jit_runtime::descr::is_builtin(f) {
        return format!("{}()", py2jit_runtime::descr::builtin(f).name);
    }
    if classic::is_class(f) {
        return format!(
            "{} constructor",
            pstr::as_str_lossy(&classic::class_name(f))
        );
    }
    if classic::is_instance(f) {
        return format!(
            "{} instance",
            pstr::as_str_lossy(&classic::class_name(&classic::instance_class(f)))
        );
    }
    format!("{} object", type_ref(f).name_str())
}

/// `f(*pos, *varargs, **kw, **kwargs)` (CALL_FUNCTION_VAR/KW/VAR_KW).
pub fn call_ext(
    f: &Value,
    mut pos: Vec<Value>,
    mut kw: Vec<Value>,
    varargs: Value,
    kwargs: Value,
) -> PyResult {
    if !kwargs.is_null() {
        let d = if dict::is_dict(&kwargs) {
            kwargs.clone()
        } else {
            let d = dict::new();
            match dict::merge(&d, &kwargs, true) {
                Ok(()) => {}
                // a missing `keys` means "not a mapping"; other errors pass
                Err(e) if e.matches(rt().exc.attribute_error) => {
                    return Err(err::type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        func_name_desc(f),
                        type_ref(&kwargs).name_str()
                    )));
                }
                Err(e) => return Err(e),
            }
            d
        };
        for (k, v) in dict::items_vec(&d) {
            if kw
                .chunks_exact(2)
                .any(|p| ops::eq_bool(&p[0], &k).unwrap_or(false))
            {
                return Err(err::type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_name_desc(f),
                    pstr::as_str_lossy(&k)
                )));
            }
            kw.push(k);
            kw.push(v);
        }
    }
    if !varargs.is_null() {
        if tuple::is_tuple(&varargs) {
            pos.extend(tuple::items(&varargs).iter().cloned());
        } else {
            match ops::seq_to_vec(&varargs) {
                Ok(v) => pos.extend(v),
                // a generator's own TypeError is not masked
                Err(e)
                    if e.matches(rt().exc.type_error)
                        && !py2jit_runtime::generator::is_generator(&varargs) =>
                {
                    return Err(err::type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        func_name_desc(f),
                        type_ref(&varargs).name_str()
                    )));
                }
                Err(e) => return Err(e),
            }
        }
    }
    ops::call(f, &pos, &kw)
}

/// Resumes a generator (the runtime's `gen_resume` hook).
pub fn gen_resume(g: &Value, send: Value, throw: Option<PyErr>) -> PyResult<Option<Value>> {
    let go = generator::genobj(g);
    if go.running.get() {
        return Err(err::value_error("generator already executing"));
    }
    let Some(b) = go.frame_slot().as_mut() else {
        return match throw {
            Some(e) => Err(e),
            None => Ok(None),
        };
    };
    debug_assert!(b.is::<Frame>());
    // SAFETY: generator frames are always interpreter `Frame`s (only
    // `make_generator` creates generators): the checked downcast's virtual
    // type_id call and comparison are skipped on every resume.
    let f: &mut Frame = unsafe { &mut *(b.as_mut() as *mut dyn std::any::Any as *mut Frame) };
    if go.started.get() && throw.is_none() {
        let v = if send.is_null() { Value::NONE } else { send };
        let base = f.stack_base();
        // SAFETY: the slot above sp holds stale bits (never dropped);
        // write without dropping them.
        unsafe { std::ptr::write(f.fast.add(base + f.sp as usize), v) };
        f.sp += 1;
    }
    go.started.set(true);
    enter_call()?;
    go.running.set(true);
    let fp: *mut Frame = f;
    let prev = vm::with_vm(|v| v.current.replace(fp));
    // SAFETY: fp is the generator's boxed frame, alive until finished.
    let f = unsafe { &mut *fp };
    f.back = prev;
    let r = crate::jit::run_generator(f, throw);
    reset_exc_info(f);
    vm::with_vm(|v| v.current.set(prev));
    f.back = std::ptr::null_mut();
    go.running.set(false);
    leave_call();
    match r {
        Ok(Exit::Yield(v)) => {
            go.needs_finalize.set(f.in_handler_block());
            Ok(Some(v))
        }
        Ok(Exit::Return(_)) => {
            finish_generator(g);
            Ok(None)
        }
        Ok(Exit::Osr) => {
            finish_generator(g);
            Err(err::system_error(
                "generator frames do not enter compiled code",
            ))
        }
        Err(e) => {
            finish_generator(g);
            Err(e)
        }
    }
}

fn finish_generator(g: &Value) {
    let go = generator::genobj(g);
    if let Some(mut b) = go.frame_slot().take() {
        if let Some(f) = b.downcast_mut::<Frame>() {
            finish_frame(f);
        }
        drop(b);
    }
    go.needs_finalize.set(false);
}
