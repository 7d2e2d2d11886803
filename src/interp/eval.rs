//! The eval loop: executes a frame's instructions (CPython's
//! `PyEval_EvalFrameEx`), with block-stack unwinding for exceptions,
//! `return`, `break` and `continue`, and generators' yield.
//!
//! Stack operations are unchecked: the verifier proved that every
//! instruction finds the values it pops and never exceeds `co_stacksize`
//! (see `bytecode::verify`). Slots above the stack pointer hold stale
//! bits and are never read or dropped. Finally and with handlers are
//! entered with exactly three values (see verify.rs, "Convention").

use crate::bytecode::opcode::op;
use crate::interp::call;
use crate::interp::code_info::superop;
use crate::interp::frame::{BlockEntry, Frame};
use crate::interp::vm::{self, ExcInfo};
use py2jit_runtime::rt::rt;
use py2jit_runtime::types::{BinOp, CmpOp, UnOp};
use py2jit_runtime::value::Value;
use py2jit_runtime::{
    PyErr, PyResult, builtins_core, classic, dict, err, file, func, int, iterobj, list, module,
    ops, range, slice, str as pstr, tuple,
};

/// How a frame's execution ended.
pub enum Exit {
    /// `return` with a value.
    Return(Value),
    /// `yield` with a value (generators).
    Yield(Value),
    /// At a loop header (`f.pc`), with compiled code ready for this frame:
    /// the caller continues in compiled code (on-stack replacement).
    Osr,
}

/// Why the block stack is being unwound (CPython's `why` codes; the
/// numbers are what finally handlers see on the stack).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(i64)]
pub enum Why {
    /// An exception.
    Exception = 0x02,
    /// `return`.
    Return = 0x08,
    /// `break`.
    Break = 0x10,
    /// `continue`.
    Continue = 0x20,
}

const BLOCK_LOOP: u32 = 0;
const BLOCK_EXCEPT: u32 = 1;
const BLOCK_FINALLY: u32 = 2;
const BLOCK_WITH: u32 = 3;

/// Control state after an instruction that leaves the straight line.
enum Flow {
    /// The frame is done.
    Exit(Exit),
    /// An exception to handle (`bool`: a re-raise, which adds no
    /// traceback entry).
    Raise(PyErr, bool),
}

/// The frame object of a frame, created on first use.
pub fn frame_object(f: &mut Frame) -> Value {
    if f.frame_obj.is_null() {
        let locals = if f.locals.is_null() {
            Value::NULL
        } else {
            f.locals.clone()
        };
        let fo = py2jit_runtime::traceback::new_frame(
            f.code.clone(),
            f.globals.clone(),
            locals,
            f as *mut Frame as *mut u8,
        );
        if !f.back.is_null() {
            // SAFETY: back frames outlive this one.
            let b = unsafe { &mut *f.back };
            let bo = frame_object(b);
            py2jit_runtime::traceback::set_back(&fo, bo);
        } else {
            py2jit_runtime::traceback::set_back(&fo, Value::NONE);
        }
        f.frame_obj = fo;
    }
    f.frame_obj.clone()
}

/// The exception `raise ty, val, tb` raises (`val` and `tb` None when not
/// given), or the TypeError for arguments that cannot be raised; true when
/// it carries the given traceback, which makes it a re-raise: the raising
/// frame adds no traceback entry (CPython's `do_raise` returns
/// WHY_RERAISE then).
pub fn raise_error(ty: Value, val: Value, tb: Value) -> (PyErr, bool) {
    if !tb.is_none() && py2jit_runtime::object::type_of(&tb) != rt().types.traceback {
        return (
            err::type_error("raise: arg 3 must be a traceback or None"),
            false,
        );
    }
    match py2jit_runtime::raise::make_error(&ty, &val) {
        Ok(mut e) if !tb.is_none() => {
            e.set_tb(tb);
            (e, true)
        }
        Ok(e) => (e, false),
        Err(e) => (e, false),
    }
}

/// What a bare `raise` re-raises: the exception being handled (Ok), or
/// the TypeError when there is none (Err).
pub fn current_exception() -> Result<PyErr, PyErr> {
    let cur = vm::with_vm(|v| v.exc.borrow().clone());
    if cur.ty.is_none() {
        return Err(err::type_error(
            "exceptions must be old-style classes or derived from BaseException, not NoneType",
        ));
    }
    Ok(PyErr::from_parts(cur.ty, cur.value, cur.tb))
}

/// Records that `e` passed through `f` (a traceback entry).
pub fn add_traceback(f: &mut Frame, e: &mut PyErr) {
    let fo = frame_object(f);
    let lasti = f.lasti_offset();
    py2jit_runtime::traceback::add_entry(e, fo, lasti);
}

/// Sets the exception being handled, saving the previous one in the
/// frame the first time (CPython's `set_exc_info`).
pub fn set_exc_info(f: &mut Frame, ty: Value, value: Value, tb: Value) {
    vm::with_vm(|v| {
        let mut cur = v.exc.borrow_mut();
        if f.saved_exc.is_none() {
            f.saved_exc = Some(Box::new(cur.clone()));
        }
        *cur = ExcInfo { ty, value, tb };
    });
}

/// Restores the exception state saved by this frame (`reset_exc_info`).
pub fn reset_exc_info(f: &mut Frame) {
    if let Some(saved) = f.saved_exc.take() {
        let old = vm::with_vm(|v| std::mem::replace(&mut *v.exc.borrow_mut(), *saved));
        drop(old);
    }
}

pub(crate) fn unbound_local(name: &Value) -> PyErr {
    err::unbound_local_error(format!(
        "local variable '{}' referenced before assignment",
        pstr::as_str_lossy(name)
    ))
}

pub(crate) fn name_error(name: &Value, global: bool) -> PyErr {
    let n = pstr::as_str_lossy(name);
    if global {
        err::name_error(format!("global name '{n}' is not defined"))
    } else {
        err::name_error(format!("name '{n}' is not defined"))
    }
}

/// LOAD_GLOBAL through its inline cache (see `GlobalCache`): a hit is
/// two version compares. A frame's globals and builtins are dicts
/// (`Frame` invariant), so their versions can be read unchecked.
#[inline(always)]
pub(crate) fn load_global_cached(
    f: &Frame,
    name: &Value,
    cache: &crate::interp::code_info::GlobalCache,
) -> PyResult<Option<Value>> {
    if cache.globals_version.get() == dict::obj(&f.globals).keys_version.get() {
        let bv = cache.builtins_version.get();
        if bv == 0 || bv == dict::obj(&f.builtins).keys_version.get() {
            // SAFETY: the cached entry is live while the versions match.
            return Ok(Some(unsafe { (*cache.value.get()).clone() }));
        }
    }
    load_global_fill(f, name, cache)
}

/// The miss path of [`load_global_cached`]: looks the name up and fills
/// the cache.
#[inline(never)]
fn load_global_fill(
    f: &Frame,
    name: &Value,
    cache: &crate::interp::code_info::GlobalCache,
) -> PyResult<Option<Value>> {
    if pstr::is_exact_str(name) {
        if let Some(i) = dict::find_slot(&f.globals, name) {
            cache
                .globals_version
                .set(dict::obj(&f.globals).keys_version.get());
            cache.builtins_version.set(0);
            cache
                .value
                .set(dict::slot_value(&f.globals, i) as *const Value);
            return Ok(Some(dict::slot_value(&f.globals, i).clone()));
        }
        if let Some(i) = dict::find_slot(&f.builtins, name) {
            cache
                .globals_version
                .set(dict::obj(&f.globals).keys_version.get());
            cache
                .builtins_version
                .set(dict::obj(&f.builtins).keys_version.get());
            cache
                .value
                .set(dict::slot_value(&f.builtins, i) as *const Value);
            return Ok(Some(dict::slot_value(&f.builtins, i).clone()));
        }
    }
    load_global(f, name)
}

/// Looks a name up in globals then builtins.
#[inline]
pub(crate) fn load_global(f: &Frame, name: &Value) -> PyResult<Option<Value>> {
    if dict::is_exact_dict(&f.globals) {
        if let Some(v) = dict::get_str(&f.globals, name) {
            return Ok(Some(v));
        }
    } else if let Some(v) = dict::get(&f.globals, name)? {
        return Ok(Some(v));
    }
    if dict::is_dict(&f.builtins) {
        return Ok(dict::get_str(&f.builtins, name));
    }
    match ops::getitem(&f.builtins, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(rt().exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads `name` from a locals mapping (None when missing).
pub(crate) fn mapping_get(m: &Value, name: &Value) -> PyResult<Option<Value>> {
    if dict::is_exact_dict(m) {
        return Ok(dict::get_str(m, name));
    }
    match ops::getitem(m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(rt().exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// COMPARE_OP `arg` (`<` .. `>=`) of two small ints, without a call;
/// None for anything else.
#[inline(always)]
fn small_int_compare(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    if Value::both_small_ints(a, b) && arg <= 5 {
        Some(
            CmpOp::from_arg(arg)?
                .from_ordering(a.as_small_int_unchecked().cmp(&b.as_small_int_unchecked())),
        )
    } else {
        None
    }
}

pub(crate) fn compare(a: &Value, b: &Value, arg: u32) -> PyResult {
    Ok(match arg {
        0..=5 => return ops::rich_compare(a, b, CmpOp::from_arg(arg).unwrap()),
        6 => Value::bool(ops::contains(b, a)?),
        7 => Value::bool(!ops::contains(b, a)?),
        8 => Value::bool(a.is(b)),
        9 => Value::bool(!a.is(b)),
        _ => Value::bool(builtins_core::exception_matches(a, b)),
    })
}

/// The operator of a BINARY_*/INPLACE_* opcode and whether it is the
/// in-place form; classic `/` becomes true division under
/// `from __future__ import division`.
pub(crate) fn binop_for(opcode: u8, division_new: bool) -> Option<(BinOp, bool)> {
    let div = if division_new {
        BinOp::TrueDiv
    } else {
        BinOp::Div
    };
    Some(match opcode {
        op::BINARY_ADD => (BinOp::Add, false),
        op::BINARY_SUBTRACT => (BinOp::Sub, false),
        op::BINARY_MULTIPLY => (BinOp::Mul, false),
        op::BINARY_DIVIDE => (div, false),
        op::BINARY_TRUE_DIVIDE => (BinOp::TrueDiv, false),
        op::BINARY_FLOOR_DIVIDE => (BinOp::FloorDiv, false),
        op::BINARY_MODULO => (BinOp::Mod, false),
        op::BINARY_POWER => (BinOp::Pow, false),
        op::BINARY_LSHIFT => (BinOp::Lshift, false),
        op::BINARY_RSHIFT => (BinOp::Rshift, false),
        op::BINARY_AND => (BinOp::And, false),
        op::BINARY_XOR => (BinOp::Xor, false),
        op::BINARY_OR => (BinOp::Or, false),
        op::INPLACE_ADD => (BinOp::Add, true),
        op::INPLACE_SUBTRACT => (BinOp::Sub, true),
        op::INPLACE_MULTIPLY => (BinOp::Mul, true),
        op::INPLACE_DIVIDE => (div, true),
        op::INPLACE_TRUE_DIVIDE => (BinOp::TrueDiv, true),
        op::INPLACE_FLOOR_DIVIDE => (BinOp::FloorDiv, true),
        op::INPLACE_MODULO => (BinOp::Mod, true),
        op::INPLACE_POWER => (BinOp::Pow, true),
        op::INPLACE_LSHIFT => (BinOp::Lshift, true),
        op::INPLACE_RSHIFT => (BinOp::Rshift, true),
        op::INPLACE_AND => (BinOp::And, true),
        op::INPLACE_XOR => (BinOp::Xor, true),
        op::INPLACE_OR => (BinOp::Or, true),
        _ => return None,
    })
}

/// Unpacks an iterable into exactly `n` values (UNPACK_SEQUENCE).
pub(crate) fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    if tuple::is_exact_tuple(v) || list::is_exact_list(v) {
        let items = if tuple::is_exact_tuple(v) {
            tuple::items(v)
        } else {
            list::items(v)
        };
        if items.len() == n {
            return Ok(items.to_vec());
        }
        if items.len() > n {
            return Err(err::value_error("too many values to unpack"));
        }
        return Err(err::value_error(format!(
            "need more than {} value{} to unpack",
            items.len(),
            if items.len() == 1 { "" } else { "s" }
        )));
    }
    let it = ops::iter(v)?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match ops::next(&it)? {
            Some(x) => out.push(x),
            None => {
                return Err(err::value_error(format!(
                    "need more than {} value{} to unpack",
                    out.len(),
                    if out.len() == 1 { "" } else { "s" }
                )));
            }
        }
    }
    if ops::next(&it)?.is_some() {
        return Err(err::value_error("too many values to unpack"));
    }
    Ok(out)
}

/// `exec prog in globals, locals` (EXEC_STMT).
fn exec_stmt(f: &mut Frame, prog: Value, globals: Value, locals: Value) -> PyResult<()> {
    let (mut prog, mut globals, mut locals) = (prog, globals, locals);
    if tuple::is_tuple(&prog) && globals.is_none() && locals.is_none() {
        let items = tuple::items(&prog).to_vec();
        if items.len() == 2 || items.len() == 3 {
            globals = items[1].clone();
            if items.len() == 3 {
                locals = items[2].clone();
            }
            prog = items[0].clone();
        }
    }
    let mut plain = false;
    if globals.is_none() {
        globals = f.globals.clone();
        if locals.is_none() {
            locals = crate::interp::hooks::frame_locals(f)?;
            plain = true;
        }
    } else if locals.is_none() {
        locals = globals.clone();
    }
    if !pstr::is_str(&prog)
        && !py2jit_runtime::unicode::is_unicode(&prog)
        && !func::is_code(&prog)
        && !file::is_file(&prog)
    {
        return Err(err::type_error(
            "exec: arg 1 must be a string, file, or code object",
        ));
    }
    if !dict::is_dict(&globals) {
        return Err(err::type_error("exec: arg 2 must be a dictionary or None"));
    }
    if dict::get_item_str(&globals, "__builtins__").is_none() {
        let b = f.builtins.clone();
        dict::set_item_str(&globals, "__builtins__", b);
    }
    let code = if func::is_code(&prog) {
        if func::code(&prog).nfrees() > 0 {
            return Err(err::type_error(
                "code object passed to exec may not contain free variables",
            ));
        }
        prog
    } else {
        let src = if file::is_file(&prog) {
            ops::call_method(&prog, "read", &[])?
        } else {
            prog
        };
        (rt().hooks.get().compile)(&src, &pstr::new("<string>"), &pstr::new("exec")).map_err(|e| {
            if e.matches(rt().exc.system_error) {
                err::not_implemented_error("exec of source text needs a Python source compiler (CPython 2.7 was not found)")
            } else {
                e
            }
        })?
    };
    call::run_code(&code, &globals, &locals)?;
    if plain {
        crate::interp::hooks::locals_to_fast(f, &locals);
    }
    Ok(())
}

/// `from module import *` into a locals mapping.
pub(crate) fn import_star(locals: &Value, m: &Value) -> PyResult<()> {
    let (names, skip_private) = match ops::getattr_opt(m, &py2jit_runtime::rt::intern("__all__"))? {
        Some(all) => (ops::seq_to_vec(&all)?, false),
        None => {
            let d =
                ops::getattr_opt(m, &py2jit_runtime::rt::intern("__dict__"))?.ok_or_else(|| {
                    err::import_error("from-import-* object has no __dict__ and no __all__")
                })?;
            (ops::seq_to_vec(&ops::call_method(&d, "keys", &[])?)?, true)
        }
    };
    for name in names {
        if skip_private && pstr::is_str(&name) && pstr::as_bytes(&name).first() == Some(&b'_') {
            continue;
        }
        let v = ops::getattr(m, &name)?;
        if dict::is_exact_dict(locals) {
            dict::set(locals, name, v)?;
        } else {
            ops::setitem(locals, &name, v)?;
        }
    }
    Ok(())
}

/// `class` statement: picks the metaclass and calls it (`build_class`).
pub(crate) fn build_class(f: &Frame, methods: Value, bases: Value, name: Value) -> PyResult {
    let meta = if let Some(m) = dict::is_dict(&methods)
        .then(|| dict::get_item_str(&methods, "__metaclass__"))
        .flatten()
    {
        m
    } else if tuple::is_tuple(&bases) && !tuple::items(&bases).is_empty() {
        let base = tuple::items(&bases)[0].clone();
        match ops::getattr_opt(&base, &py2jit_runtime::rt::intern("__class__")) {
            Ok(Some(c)) => c,
            _ => py2jit_runtime::types::type_value(py2jit_runtime::object::type_of(&base)),
        }
    } else {
        dict::get_item_str(&f.globals, "__metaclass__")
            .unwrap_or_else(|| py2jit_runtime::types::type_value(rt().types.classobj))
    };
    match ops::call(&meta, &[name, bases, methods], &[]) {
        Err(e) if e.matches(rt().exc.type_error) && e.is_native() => {
            let msg = ops::str_lossy(e.value()).unwrap_or_default();
            let (_, _, tb) = e.into_parts();
            let mut ne = PyErr::new(
                rt().exc.type_error,
                &format!("Error when calling the metaclass bases\n    {msg}"),
            );
            ne.set_tb(tb);
            Err(ne)
        }
        r => r,
    }
}

/// Runs `f` from its current pc until it returns, yields or raises.
/// `throw` injects an exception at the current instruction (generators).
///
/// With the JIT off nothing reads type feedback or back-edge counts, so
/// the loop is instantiated twice: with profiling (JIT on) and without.
pub fn eval_frame(f: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    eval_frame_raising(f, throw.map(|e| (e, false)))
}

/// [`eval_frame`] raising `pending` at `f.lasti`: with `true` it is a
/// re-raise, which adds no traceback entry for this frame (the entry is
/// there already, or it is a bare `raise`, or raise with a traceback).
pub fn eval_frame_raising(f: &mut Frame, pending: Option<(PyErr, bool)>) -> PyResult<Exit> {
    if crate::jit::enabled() {
        eval_loop::<true>(f, pending)
    } else {
        eval_loop::<false>(f, pending)
    }
}

fn eval_loop<const PROFILE: bool>(f: &mut Frame, throw: Option<(PyErr, bool)>) -> PyResult<Exit> {
    let info = f.info;
    // SAFETY: the frame owns its code, which owns the info.
    let info = unsafe { &*info };
    let instrs = info.words.as_ptr();
    let consts = info.consts.as_ptr();
    let names = info.names.as_ptr();
    let fast = f.fast;
    let nlocals = info.nlocals;
    // SAFETY: stack slots follow locals, cells and frees in `fast`.
    let stack = unsafe { fast.add(info.nlocals + info.ncells + info.nfrees) };
    let mut sp: *mut Value = unsafe { stack.add(f.sp as usize) };
    let mut pc = f.pc as usize;
    let division_new = info.flags & func::co_flags::FUTURE_DIVISION != 0;

    macro_rules! push {
        ($v:expr) => {{
            let v: Value = $v;
            // SAFETY: the verifier bounds the depth by co_stacksize.
            unsafe {
                std::ptr::write(sp, v);
                sp = sp.add(1);
            }
        }};
    }
    macro_rules! pop {
        () => {{
            // SAFETY: the verifier proved the value is there.
            unsafe {
                sp = sp.sub(1);
                std::ptr::read(sp)
            }
        }};
    }
    /// The top `n` values, moved off the stack, deepest first.
    macro_rules! pop_n {
        ($n:expr) => {{
            let n: usize = $n;
            let mut v: Vec<Value> = Vec::with_capacity(n);
            // SAFETY: the verifier proved n values are there; they move out.
            unsafe {
                sp = sp.sub(n);
                for k in 0..n {
                    v.push(std::ptr::read(sp.add(k)));
                }
            }
            v
        }};
    }
    macro_rules! top {
        () => {
            // SAFETY: as pop.
            unsafe { &*sp.sub(1) }
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            // SAFETY: as pop.
            unsafe { &*sp.sub($n) }
        };
    }
    macro_rules! set_top {
        ($v:expr) => {{
            let v: Value = $v;
            // SAFETY: as pop; the old value is dropped.
            unsafe {
                let old = std::ptr::replace(sp.sub(1), v);
                drop(old);
            }
        }};
    }
    macro_rules! local {
        ($i:expr) => {
            // SAFETY: local indices are verified < nlocals.
            unsafe { &mut *fast.add($i) }
        };
    }
    macro_rules! depth {
        () => {
            // SAFETY: sp is within the stack.
            unsafe { sp.offset_from(stack) as u32 }
        };
    }

    macro_rules! feedback {
        (bits $k:expr) => {{
            if PROFILE {
                // SAFETY: lasti is a verified instruction index; feedback
                // has one cell per instruction.
                let cell = unsafe { info.feedback.get_unchecked(f.lasti as usize) };
                cell.set(cell.get() | $k);
            }
        }};
        ($a:expr, $b:expr) => {
            feedback!(bits crate::interp::profile::kind($a) | crate::interp::profile::kind($b))
        };
    }

    // `K_BIG` when two small ints (`ints`) did not give a small int `r`
    macro_rules! big_feedback {
        ($ints:expr, $r:expr) => {
            if $ints && !$r.as_ref().is_ok_and(|r| r.is_small_int()) {
                feedback!(bits crate::interp::profile::K_BIG);
            }
        };
    }

    let mut pending: Option<(PyErr, bool)> = throw;
    if pending.is_some() && f.lasti as usize >= info.instrs.len() {
        f.lasti = 0;
    }

    loop {
        // ---- the straight line ----
        let flow: Flow = 'run: {
            if let Some((e, re)) = pending.take() {
                break 'run Flow::Raise(e, re);
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'run Flow::Raise(e, false),
                    }
                };
            }
            /// Pushes local `i`, raising UnboundLocalError when it is
            /// unbound; `second`: the instruction is the second half of a
            /// superinstruction (the error names instruction `pc`).
            macro_rules! push_local {
                ($i:expr, $second:expr) => {{
                    let i: usize = $i;
                    let v = local!(i);
                    if v.is_null() {
                        if $second {
                            f.lasti = pc as u32;
                        }
                        break 'run Flow::Raise(unbound_local(&info.varnames[i]), false);
                    }
                    push!(v.clone());
                }};
            }
            /// The truth of a value a conditional jump tests (True, False
            /// and None without a call).
            macro_rules! jump_truth {
                ($v:expr) => {{
                    let v: &Value = $v;
                    if v.is(&Value::TRUE) {
                        true
                    } else if v.is(&Value::FALSE) || v.is_none() {
                        false
                    } else {
                        tri!(ops::truthy(v))
                    }
                }};
            }
            loop {
                // SAFETY: pc is a verified instruction index.
                let ins = unsafe { *instrs.add(pc) };
                f.lasti = pc as u32;
                pc += 1;
                match ins.op {
                    op::NOP => {}
                    op::LOAD_FAST => push_local!(ins.arg as usize, false),
                    op::STORE_FAST => {
                        let v = pop!();
                        let old = std::mem::replace(local!(ins.arg as usize), v);
                        drop(old);
                    }
                    op::DELETE_FAST => {
                        let slot = local!(ins.arg as usize);
                        if slot.is_null() {
                            break 'run Flow::Raise(
                                unbound_local(&info.varnames[ins.arg as usize]),
                                false,
                            );
                        }
                        let old = std::mem::replace(slot, Value::NULL);
                        drop(old);
                    }
                    op::LOAD_CONST => {
                        // SAFETY: const indices are verified.
                        push!(unsafe { (*consts.add(ins.arg as usize)).clone() });
                    }
                    superop::LOAD_FAST_LOAD_FAST => {
                        push_local!((ins.arg & 0xffff) as usize, false);
                        push_local!((ins.arg >> 16) as usize, true);
                        pc += 1;
                    }
                    superop::LOAD_FAST_LOAD_CONST => {
                        push_local!((ins.arg & 0xffff) as usize, false);
                        // SAFETY: const indices are verified.
                        push!(unsafe { (*consts.add((ins.arg >> 16) as usize)).clone() });
                        pc += 1;
                    }
                    superop::STORE_FAST_LOAD_FAST => {
                        let v = pop!();
                        let old = std::mem::replace(local!((ins.arg & 0xffff) as usize), v);
                        drop(old);
                        push_local!((ins.arg >> 16) as usize, true);
                        pc += 1;
                    }
                    superop::COMPARE_JUMP_IF_FALSE | superop::COMPARE_JUMP_IF_TRUE => {
                        let (c, target) = (ins.arg & 0xf, (ins.arg >> 4) as usize);
                        let (a, b) = (peek!(2), peek!(1));
                        feedback!(a, b);
                        let t = if let Some(r) = small_int_compare(a, b, c) {
                            drop(pop!());
                            drop(pop!());
                            r
                        } else {
                            let b = pop!();
                            let a = pop!();
                            let v = tri!(compare(&a, &b, c));
                            drop((a, b));
                            // a __nonzero__ error belongs to the jump
                            f.lasti = pc as u32;
                            jump_truth!(&v)
                        };
                        if t == (ins.op == superop::COMPARE_JUMP_IF_TRUE) {
                            pc = target;
                        } else {
                            pc += 1;
                        }
                    }
                    op::POP_TOP => drop(pop!()),
                    op::ROT_TWO => {
                        // SAFETY: two values are present.
                        unsafe { std::ptr::swap(sp.sub(1), sp.sub(2)) };
                    }
                    op::ROT_THREE => {
                        let a = pop!();
                        let b = pop!();
                        let c = pop!();
                        push!(a);
                        push!(c);
                        push!(b);
                    }
                    op::ROT_FOUR => {
                        let a = pop!();
                        let b = pop!();
                        let c = pop!();
                        let d = pop!();
                        push!(a);
                        push!(d);
                        push!(c);
                        push!(b);
                    }
                    op::DUP_TOP => {
                        let v = top!().clone();
                        push!(v);
                    }
                    op::DUP_TOPX => {
                        let n = ins.arg as usize;
                        for k in 0..n {
                            let v = peek!(n).clone();
                            let _ = k;
                            push!(v);
                        }
                    }
                    op::UNARY_POSITIVE => {
                        let v = tri!(ops::unary(top!(), UnOp::Pos));
                        set_top!(v);
                    }
                    op::UNARY_NEGATIVE => {
                        let v = tri!(ops::unary(top!(), UnOp::Neg));
                        set_top!(v);
                    }
                    op::UNARY_INVERT => {
                        let v = tri!(ops::unary(top!(), UnOp::Invert));
                        set_top!(v);
                    }
                    op::UNARY_NOT => {
                        let v = tri!(ops::truthy(top!()));
                        set_top!(Value::bool(!v));
                    }
                    op::UNARY_CONVERT => {
                        let v = tri!(ops::repr(top!()));
                        set_top!(v);
                    }
                    op::BINARY_ADD | op::INPLACE_ADD => {
                        let (a, b) = (peek!(2), peek!(1));
                        feedback!(a, b);
                        if Value::both_small_ints(a, b) {
                            let r =
                                int::new(a.as_small_int_unchecked() + b.as_small_int_unchecked());
                            if !r.is_small_int() {
                                feedback!(bits crate::interp::profile::K_BIG);
                            }
                            drop(pop!());
                            set_top!(r);
                            continue;
                        }
                        if pstr::is_exact_str(a) && pstr::is_exact_str(b) {
                            let r = pstr::concat(a, b);
                            drop(pop!());
                            set_top!(r);
                            continue;
                        }
                        let b = pop!();
                        let r = if ins.op == op::BINARY_ADD {
                            ops::add(top!(), &b)
                        } else {
                            ops::inplace(top!(), &b, BinOp::Add)
                        };
                        let r = tri!(r);
                        set_top!(r);
                    }
                    op::BINARY_SUBTRACT
                    | op::BINARY_MULTIPLY
                    | op::BINARY_MODULO
                    | op::BINARY_FLOOR_DIVIDE
                    | op::BINARY_TRUE_DIVIDE
                    | op::BINARY_POWER
                    | op::BINARY_LSHIFT
                    | op::BINARY_RSHIFT
                    | op::BINARY_AND
                    | op::BINARY_XOR
                    | op::BINARY_OR
                    | op::BINARY_DIVIDE => {
                        let (bop, _) = binop_for(ins.op, division_new).unwrap();
                        feedback!(peek!(2), peek!(1));
                        let ints = PROFILE && Value::both_small_ints(peek!(2), peek!(1));
                        let b = pop!();
                        let r = ops::binary(top!(), &b, bop);
                        big_feedback!(ints, r);
                        let r = tri!(r);
                        set_top!(r);
                    }
                    op::INPLACE_SUBTRACT
                    | op::INPLACE_MULTIPLY
                    | op::INPLACE_MODULO
                    | op::INPLACE_FLOOR_DIVIDE
                    | op::INPLACE_TRUE_DIVIDE
                    | op::INPLACE_POWER
                    | op::INPLACE_LSHIFT
                    | op::INPLACE_RSHIFT
                    | op::INPLACE_AND
                    | op::INPLACE_XOR
                    | op::INPLACE_OR
                    | op::INPLACE_DIVIDE => {
                        let (bop, _) = binop_for(ins.op, division_new).unwrap();
                        feedback!(peek!(2), peek!(1));
                        let ints = PROFILE && Value::both_small_ints(peek!(2), peek!(1));
                        let b = pop!();
                        let r = ops::inplace(top!(), &b, bop);
                        big_feedback!(ints, r);
                        let r = tri!(r);
                        set_top!(r);
                    }
                    op::BINARY_SUBSCR => {
                        let k = pop!();
                        let o = top!();
                        if let Some(i) = k.as_small_int()
                            && list::is_exact_list(o)
                        {
                            let items = list::items(o);
                            let j = if i < 0 { i + items.len() as i64 } else { i };
                            if j >= 0 && (j as usize) < items.len() {
                                let v = items[j as usize].clone();
                                feedback!(bits if v.is_small_int() {
                                    crate::interp::profile::K_LIST_ITEM
                                } else {
                                    crate::interp::profile::K_LIST_ITEM
                                        | crate::interp::profile::K_ITEM_NOT_INT
                                });
                                set_top!(v);
                                continue;
                            }
                        }
                        feedback!(bits crate::interp::profile::K_OTHER);
                        if dict::is_exact_dict(o)
                            && let Some(Some(v)) = dict::get_simple(o, &k)
                        {
                            let v = v.clone();
                            set_top!(v);
                            continue;
                        }
                        let r = tri!(ops::getitem(o, &k));
                        set_top!(r);
                    }
                    op::STORE_SUBSCR => {
                        let k = pop!();
                        let o = pop!();
                        let v = pop!();
                        if let Some(i) = k.as_small_int()
                            && list::is_exact_list(&o)
                        {
                            let items = list::items_mut(&o);
                            let j = if i < 0 { i + items.len() as i64 } else { i };
                            if j >= 0 && (j as usize) < items.len() {
                                feedback!(bits crate::interp::profile::K_LIST_ITEM);
                                let old = std::mem::replace(&mut items[j as usize], v);
                                drop(old);
                                continue;
                            }
                        }
                        feedback!(bits crate::interp::profile::K_OTHER);
                        if dict::is_exact_dict(&o) {
                            match dict::replace_simple(&o, &k, v) {
                                Ok(old) => drop(old),
                                Err(v) => tri!(dict::set(&o, k, v)),
                            }
                            continue;
                        }
                        tri!(ops::setitem(&o, &k, v));
                    }
                    op::DELETE_SUBSCR => {
                        let k = pop!();
                        let o = pop!();
                        tri!(ops::delitem(&o, &k));
                    }
                    op::SLICE_0 | op::SLICE_1 | op::SLICE_2 | op::SLICE_3 => {
                        let k = ins.op - op::SLICE_0;
                        let w = if k & 2 != 0 { pop!() } else { Value::NULL };
                        let v = if k & 1 != 0 { pop!() } else { Value::NULL };
                        let r = tri!(slice::apply(top!(), &v, &w));
                        set_top!(r);
                    }
                    op::STORE_SLICE_0
                    | op::STORE_SLICE_1
                    | op::STORE_SLICE_2
                    | op::STORE_SLICE_3 => {
                        let k = ins.op - op::STORE_SLICE_0;
                        let w = if k & 2 != 0 { pop!() } else { Value::NULL };
                        let v = if k & 1 != 0 { pop!() } else { Value::NULL };
                        let u = pop!();
                        let x = pop!();
                        tri!(slice::assign(&u, &v, &w, Some(x)));
                    }
                    op::DELETE_SLICE_0
                    | op::DELETE_SLICE_1
                    | op::DELETE_SLICE_2
                    | op::DELETE_SLICE_3 => {
                        let k = ins.op - op::DELETE_SLICE_0;
                        let w = if k & 2 != 0 { pop!() } else { Value::NULL };
                        let v = if k & 1 != 0 { pop!() } else { Value::NULL };
                        let u = pop!();
                        tri!(slice::assign(&u, &v, &w, None));
                    }
                    op::BUILD_SLICE => {
                        let w = if ins.arg == 3 { pop!() } else { Value::NONE };
                        let v = pop!();
                        let u = pop!();
                        push!(slice::new(u, v, w));
                    }
                    op::COMPARE_OP => {
                        let (a, b) = (peek!(2), peek!(1));
                        feedback!(a, b);
                        if let Some(r) = small_int_compare(a, b, ins.arg) {
                            drop(pop!());
                            set_top!(Value::bool(r));
                            continue;
                        }
                        let b = pop!();
                        let r = tri!(compare(top!(), &b, ins.arg));
                        set_top!(r);
                    }
                    op::JUMP_FORWARD => pc = ins.arg as usize,
                    op::JUMP_ABSOLUTE => {
                        if PROFILE && (ins.arg as usize) < pc {
                            info.backedges.set(info.backedges.get() + 1);
                            if crate::jit::osr_wanted(&f.code, info) {
                                pc = ins.arg as usize;
                                break 'run Flow::Exit(Exit::Osr);
                            }
                        }
                        pc = ins.arg as usize;
                    }
                    op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let t = jump_truth!(&v);
                        if t == (ins.op == op::POP_JUMP_IF_TRUE) {
                            pc = ins.arg as usize;
                        }
                    }
                    op::JUMP_IF_FALSE_OR_POP | op::JUMP_IF_TRUE_OR_POP => {
                        let t = tri!(ops::truthy(top!()));
                        if t == (ins.op == op::JUMP_IF_TRUE_OR_POP) {
                            pc = ins.arg as usize;
                        } else {
                            drop(pop!());
                        }
                    }
                    op::GET_ITER => {
                        let it = tri!(ops::iter(top!()));
                        set_top!(it);
                    }
                    op::FOR_ITER => {
                        let it = top!();
                        let t = py2jit_runtime::object::type_of(it);
                        let types = &rt().types;
                        let next = if t == types.xrange_iter {
                            range::iter_next(it)
                        } else if t == types.list_iter {
                            iterobj::list_iter_next(it)
                        } else {
                            ops::next(it)
                        };
                        match tri!(next) {
                            Some(v) => push!(v),
                            None => {
                                drop(pop!());
                                pc = ins.arg as usize;
                            }
                        }
                    }
                    op::LOAD_GLOBAL => {
                        // SAFETY: name indices are verified.
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        let cache = info.global_cache(f.lasti as usize);
                        match tri!(load_global_cached(f, name, cache)) {
                            Some(v) => push!(v),
                            None => break 'run Flow::Raise(name_error(name, true), false),
                        }
                    }
                    op::STORE_GLOBAL => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        let v = pop!();
                        tri!(dict::set(&f.globals, name.clone(), v));
                    }
                    op::DELETE_GLOBAL => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        if tri!(dict::pop(&f.globals, name)).is_none() {
                            break 'run Flow::Raise(name_error(name, true), false);
                        }
                    }
                    op::LOAD_NAME => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        if f.locals.is_null() {
                            break 'run Flow::Raise(
                                err::system_error(format!(
                                    "no locals when loading {}",
                                    pstr::as_str_lossy(name)
                                )),
                                false,
                            );
                        }
                        if let Some(v) = tri!(mapping_get(&f.locals, name)) {
                            push!(v);
                            continue;
                        }
                        match tri!(load_global(f, name)) {
                            Some(v) => push!(v),
                            None => break 'run Flow::Raise(name_error(name, false), false),
                        }
                    }
                    op::STORE_NAME => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        let v = pop!();
                        if f.locals.is_null() {
                            break 'run Flow::Raise(
                                err::system_error("no locals found when storing"),
                                false,
                            );
                        }
                        if dict::is_exact_dict(&f.locals) {
                            tri!(dict::set(&f.locals, name.clone(), v));
                        } else {
                            tri!(ops::setitem(&f.locals, name, v));
                        }
                    }
                    op::DELETE_NAME => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        if f.locals.is_null() {
                            break 'run Flow::Raise(
                                err::system_error("no locals when deleting"),
                                false,
                            );
                        }
                        let r = ops::delitem(&f.locals, name);
                        if let Err(e) = r {
                            if e.matches(rt().exc.key_error) {
                                break 'run Flow::Raise(name_error(name, false), false);
                            }
                            break 'run Flow::Raise(e, false);
                        }
                    }
                    op::LOAD_ATTR => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        let cache = info.attr_cache(f.lasti as usize);
                        let v = tri!(cache.load(top!(), name));
                        set_top!(v);
                    }
                    op::STORE_ATTR => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        let o = pop!();
                        let v = pop!();
                        let cache = info.attr_cache(f.lasti as usize);
                        tri!(cache.store(&o, name, v));
                    }
                    op::DELETE_ATTR => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        let o = pop!();
                        tri!(ops::setattr(&o, name, None));
                    }
                    op::LOAD_CLOSURE => {
                        let c = local!(nlocals + ins.arg as usize).clone();
                        push!(c);
                    }
                    op::LOAD_DEREF => {
                        let c = local!(nlocals + ins.arg as usize);
                        let v = func::cell_get(c);
                        if v.is_null() {
                            let name = &info.deref_names[ins.arg as usize];
                            let e = if (ins.arg as usize) < info.ncells {
                                unbound_local(name)
                            } else {
                                err::name_error(format!(
                                    "free variable '{}' referenced before assignment in enclosing scope",
                                    pstr::as_str_lossy(name)
                                ))
                            };
                            break 'run Flow::Raise(e, false);
                        }
                        push!(v);
                    }
                    op::STORE_DEREF => {
                        let v = pop!();
                        func::cell_set(local!(nlocals + ins.arg as usize), v);
                    }
                    op::BUILD_TUPLE => {
                        let v = pop_n!(ins.arg as usize);
                        push!(tuple::new(v));
                    }
                    op::BUILD_LIST => {
                        let v = pop_n!(ins.arg as usize);
                        push!(list::new(v));
                    }
                    op::BUILD_SET => {
                        let v = pop_n!(ins.arg as usize);
                        let s = py2jit_runtime::set::new();
                        for x in v {
                            tri!(py2jit_runtime::set::add(&s, x));
                        }
                        push!(s);
                    }
                    op::BUILD_MAP => push!(dict::new_presized(ins.arg as usize)),
                    op::STORE_MAP => {
                        let k = pop!();
                        let v = pop!();
                        tri!(dict::set(top!(), k, v));
                    }
                    op::LIST_APPEND => {
                        let v = pop!();
                        let l = peek!(ins.arg as usize);
                        if list::is_list(l) {
                            list::append(l, v);
                        } else {
                            break 'run Flow::Raise(
                                err::system_error("LIST_APPEND on a non-list"),
                                false,
                            );
                        }
                    }
                    op::SET_ADD => {
                        let v = pop!();
                        let s = peek!(ins.arg as usize).clone();
                        tri!(py2jit_runtime::set::add(&s, v));
                    }
                    op::MAP_ADD => {
                        let k = pop!();
                        let v = pop!();
                        let d = peek!(ins.arg as usize).clone();
                        tri!(dict::set(&d, k, v));
                    }
                    op::UNPACK_SEQUENCE => {
                        let v = pop!();
                        let n = ins.arg as usize;
                        let exact = if tuple::is_exact_tuple(&v) {
                            Some(tuple::items(&v))
                        } else if list::is_exact_list(&v) {
                            Some(list::items(&v))
                        } else {
                            None
                        };
                        if let Some(items) = exact
                            && items.len() == n
                        {
                            for x in items.iter().rev() {
                                push!(x.clone());
                            }
                            continue;
                        }
                        let items = tri!(unpack(&v, n));
                        for x in items.into_iter().rev() {
                            push!(x);
                        }
                    }
                    op::PRINT_ITEM => {
                        let v = pop!();
                        tri!(file::print_item(&Value::NULL, &v));
                    }
                    op::PRINT_ITEM_TO => {
                        let stream = pop!();
                        let v = pop!();
                        tri!(file::print_item(&stream, &v));
                    }
                    op::PRINT_NEWLINE => tri!(file::print_newline(&Value::NULL)),
                    op::PRINT_NEWLINE_TO => {
                        let stream = pop!();
                        tri!(file::print_newline(&stream));
                    }
                    op::PRINT_EXPR => {
                        let v = pop!();
                        let hook = py2jit_runtime::sys::get("displayhook");
                        match hook {
                            Some(h) => {
                                tri!(ops::call(&h, &[v], &[]));
                            }
                            None => {
                                break 'run Flow::Raise(
                                    err::runtime_error("lost sys.displayhook"),
                                    false,
                                );
                            }
                        }
                    }
                    op::CALL_FUNCTION => {
                        let na = (ins.arg & 0xff) as usize;
                        let nk = ((ins.arg >> 8) & 0xff) as usize;
                        let n = na + 2 * nk;
                        // SAFETY: n args and the callable are on the stack.
                        let fslot = unsafe { sp.sub(n + 1) };
                        if nk == 0 && (1..=3).contains(&na) {
                            // SAFETY: as above.
                            feedback!(bits crate::interp::profile::callee_kind(unsafe { &*fslot }));
                        } else {
                            // only that the call ran (see profile::records_feedback)
                            feedback!(bits crate::interp::profile::K_OTHER);
                        }
                        if PROFILE {
                            // SAFETY: as above; a CALL_FUNCTION has a call target.
                            info.call_target(f.lasti as usize).note(unsafe { &*fslot });
                        }
                        let r = if nk == 0 {
                            unsafe { call::call_from_stack(fslot, na) }
                        } else {
                            let funcv = unsafe { &*fslot };
                            let args = unsafe { std::slice::from_raw_parts(fslot.add(1), na) };
                            let kw =
                                unsafe { std::slice::from_raw_parts(fslot.add(1 + na), 2 * nk) };
                            ops::call(funcv, args, kw)
                        };
                        // pop args and callable (whatever is left of them)
                        for _ in 0..n + 1 {
                            drop(pop!());
                        }
                        push!(tri!(r));
                    }
                    op::CALL_FUNCTION_VAR | op::CALL_FUNCTION_KW | op::CALL_FUNCTION_VAR_KW => {
                        let na = (ins.arg & 0xff) as usize;
                        let nk = ((ins.arg >> 8) & 0xff) as usize;
                        let kwargs = if ins.op != op::CALL_FUNCTION_VAR {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let varargs = if ins.op != op::CALL_FUNCTION_KW {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let kw = pop_n!(2 * nk);
                        let pos = pop_n!(na);
                        let funcv = pop!();
                        let r = call::call_ext(&funcv, pos, kw, varargs, kwargs);
                        push!(tri!(r));
                    }
                    op::MAKE_FUNCTION | op::MAKE_CLOSURE => {
                        let code = pop!();
                        let closure = if ins.op == op::MAKE_CLOSURE {
                            pop!()
                        } else {
                            Value::NONE
                        };
                        let n = ins.arg as usize;
                        let defaults = if n > 0 {
                            tuple::new(pop_n!(n))
                        } else {
                            Value::NONE
                        };
                        if !func::is_code(&code) {
                            break 'run Flow::Raise(
                                err::system_error("MAKE_FUNCTION expects a code object"),
                                false,
                            );
                        }
                        push!(func::new_function(
                            code,
                            f.globals.clone(),
                            defaults,
                            closure
                        ));
                    }
                    op::RAISE_VARARGS => {
                        let (tb, val, ty) = match ins.arg {
                            3 => (pop!(), pop!(), pop!()),
                            2 => (Value::NONE, pop!(), pop!()),
                            1 => (Value::NONE, Value::NONE, pop!()),
                            _ => (Value::NULL, Value::NULL, Value::NULL),
                        };
                        if ins.arg == 0 {
                            match current_exception() {
                                Ok(e) => break 'run Flow::Raise(e, true),
                                Err(e) => break 'run Flow::Raise(e, false),
                            }
                        }
                        let (e, reraise) = raise_error(ty, val, tb);
                        break 'run Flow::Raise(e, reraise);
                    }
                    op::RETURN_VALUE => {
                        let v = pop!();
                        f.sp = depth!();
                        f.pc = pc as u32;
                        if f.nblocks == 0 {
                            break 'run Flow::Exit(Exit::Return(v));
                        }
                        match unwind(f, Why::Return, v, &mut sp, stack) {
                            Some(exit) => break 'run exit,
                            None => {
                                pc = f.pc as usize;
                                continue;
                            }
                        }
                    }
                    op::YIELD_VALUE => {
                        let v = pop!();
                        f.sp = depth!();
                        f.pc = pc as u32;
                        break 'run Flow::Exit(Exit::Yield(v));
                    }
                    op::SETUP_LOOP | op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                        let kind = match ins.op {
                            op::SETUP_LOOP => BLOCK_LOOP,
                            op::SETUP_EXCEPT => BLOCK_EXCEPT,
                            _ => BLOCK_FINALLY,
                        };
                        f.set_block(
                            f.nblocks as usize,
                            BlockEntry {
                                kind,
                                handler: ins.arg,
                                level: depth!(),
                            },
                        );
                        f.nblocks += 1;
                    }
                    op::SETUP_WITH => {
                        let ctx = top!().clone();
                        let exit = tri!(special_lookup(&ctx, "__exit__"));
                        set_top!(exit);
                        let enter = tri!(special_lookup(&ctx, "__enter__"));
                        let r = tri!(ops::call(&enter, &[], &[]));
                        f.set_block(
                            f.nblocks as usize,
                            BlockEntry {
                                kind: BLOCK_WITH,
                                handler: ins.arg,
                                level: depth!(),
                            },
                        );
                        f.nblocks += 1;
                        push!(r);
                    }
                    op::POP_BLOCK => {
                        f.nblocks -= 1;
                        let b = f.block(f.nblocks as usize);
                        while depth!() > b.level {
                            drop(pop!());
                        }
                        if b.kind == BLOCK_FINALLY || b.kind == BLOCK_WITH {
                            push!(Value::NULL);
                            push!(Value::NULL);
                        }
                    }
                    op::END_FINALLY => {
                        let t = pop!();
                        let y = pop!();
                        let x = pop!();
                        if t.is_none() {
                            continue;
                        }
                        if let Some(why) = t.as_small_int() {
                            f.sp = depth!();
                            f.pc = pc as u32;
                            let why = match why {
                                0x08 => Why::Return,
                                0x10 => Why::Break,
                                0x20 => Why::Continue,
                                _ => {
                                    break 'run Flow::Raise(
                                        err::system_error("'finally' pops bad exception"),
                                        false,
                                    );
                                }
                            };
                            match unwind(f, why, y, &mut sp, stack) {
                                Some(exit) => break 'run exit,
                                None => {
                                    pc = f.pc as usize;
                                    continue;
                                }
                            }
                        }
                        if py2jit_runtime::raise::is_exception_class(&t) || pstr::is_str(&t) {
                            let e = PyErr::from_parts(t, y, x);
                            break 'run Flow::Raise(e, true);
                        }
                        break 'run Flow::Raise(
                            err::system_error("'finally' pops bad exception"),
                            false,
                        );
                    }
                    op::WITH_CLEANUP => {
                        // stack: [exit, x, y, top]
                        let t = pop!();
                        let y = pop!();
                        let x = pop!();
                        let exit = pop!();
                        let is_exc = !t.is_none() && t.as_small_int().is_none();
                        let r = if is_exc {
                            ops::call(&exit, &[t.clone(), y.clone(), x.clone()], &[])
                        } else {
                            ops::call(&exit, &[Value::NONE, Value::NONE, Value::NONE], &[])
                        };
                        let r = match r {
                            Ok(r) => r,
                            Err(e) => {
                                push!(x);
                                push!(y);
                                push!(t);
                                break 'run Flow::Raise(e, false);
                            }
                        };
                        let suppress = if is_exc {
                            match ops::truthy(&r) {
                                Ok(b) => b,
                                Err(e) => {
                                    push!(x);
                                    push!(y);
                                    push!(t);
                                    break 'run Flow::Raise(e, false);
                                }
                            }
                        } else {
                            false
                        };
                        if suppress {
                            push!(Value::NULL);
                            push!(Value::NULL);
                            push!(Value::NONE);
                        } else {
                            push!(x);
                            push!(y);
                            push!(t);
                        }
                    }
                    op::BREAK_LOOP => {
                        f.sp = depth!();
                        f.pc = pc as u32;
                        match unwind(f, Why::Break, Value::NULL, &mut sp, stack) {
                            Some(exit) => break 'run exit,
                            None => pc = f.pc as usize,
                        }
                    }
                    op::CONTINUE_LOOP => {
                        f.sp = depth!();
                        f.pc = pc as u32;
                        match unwind(f, Why::Continue, int::new(ins.arg as i64), &mut sp, stack) {
                            Some(exit) => break 'run exit,
                            None => pc = f.pc as usize,
                        }
                    }
                    op::LOAD_LOCALS => {
                        if f.locals.is_null() {
                            break 'run Flow::Raise(err::system_error("no locals"), false);
                        }
                        push!(f.locals.clone());
                    }
                    op::BUILD_CLASS => {
                        let methods = pop!();
                        let bases = pop!();
                        let name = pop!();
                        let c = tri!(build_class(f, methods, bases, name));
                        push!(c);
                    }
                    op::IMPORT_NAME => {
                        let name = unsafe { &*names.add(ins.arg as usize) }.clone();
                        let fromlist = pop!();
                        let level = pop!();
                        let m = tri!(crate::interp::import::import_name(
                            f, &name, &fromlist, &level
                        ));
                        push!(m);
                    }
                    op::IMPORT_FROM => {
                        let name = unsafe { &*names.add(ins.arg as usize) };
                        let m = top!();
                        match ops::getattr(m, name) {
                            Ok(v) => push!(v),
                            Err(e) if e.matches(rt().exc.attribute_error) => {
                                break 'run Flow::Raise(
                                    err::import_error(format!(
                                        "cannot import name {}",
                                        pstr::as_str_lossy(name)
                                    )),
                                    false,
                                );
                            }
                            Err(e) => break 'run Flow::Raise(e, false),
                        }
                    }
                    op::IMPORT_STAR => {
                        let m = pop!();
                        let locals = if f.locals.is_null() {
                            tri!(crate::interp::hooks::frame_locals(f))
                        } else {
                            f.locals.clone()
                        };
                        tri!(import_star(&locals, &m));
                        if f.locals.is_null() {
                            crate::interp::hooks::locals_to_fast(f, &locals);
                        }
                    }
                    op::EXEC_STMT => {
                        let w = pop!();
                        let v = pop!();
                        let u = pop!();
                        f.sp = depth!();
                        tri!(exec_stmt(f, u, v, w));
                    }
                    _ => {
                        let name = crate::bytecode::opcode::name(ins.op);
                        break 'run Flow::Raise(
                            err::system_error(format!("unknown opcode {name}")),
                            false,
                        );
                    }
                }
            }
        };
        // ---- leaving the straight line ----
        f.sp = depth!();
        match flow {
            Flow::Exit(x) => {
                f.pc = pc as u32;
                return Ok(x);
            }
            Flow::Raise(mut e, reraise) => {
                if !reraise {
                    add_traceback(f, &mut e);
                }
                match handle_exception(f, e, &mut sp, stack) {
                    Ok(()) => pc = f.pc as usize,
                    Err(e) => return Err(e),
                }
            }
        }
    }
}

/// `special_lookup`: a special method bound to `obj` (looked up on the
/// type for new-style objects, on the instance for classic ones).
fn special_lookup(obj: &Value, name: &str) -> PyResult {
    if classic::is_instance(obj) {
        return ops::getattr_str(obj, name);
    }
    match py2jit_runtime::types::lookup_str(py2jit_runtime::object::type_of(obj), name) {
        Some(f) => ops::bind(&f, obj),
        None => Err(err::attribute_error(name)),
    }
}

/// Pops stack values down to `level`.
#[inline]
fn pop_to(sp: &mut *mut Value, stack: *mut Value, level: u32) {
    // SAFETY: level is at or below the current depth (block invariant).
    unsafe {
        while sp.offset_from(stack) as u32 > level {
            *sp = sp.sub(1);
            drop(std::ptr::read(*sp));
        }
    }
}

#[inline]
fn push_at(sp: &mut *mut Value, v: Value) {
    // SAFETY: handler entry depths are verified against co_stacksize.
    unsafe {
        std::ptr::write(*sp, v);
        *sp = sp.add(1);
    }
}

/// Sets the depth to the verified depth at the frame's pc (a guard after
/// non-local jumps; a no-op for compiler-generated code).
fn settle_depth(f: &mut Frame, sp: &mut *mut Value, stack: *mut Value) {
    let want = f
        .info()
        .analysis
        .depth
        .get(f.pc as usize)
        .copied()
        .unwrap_or(-1);
    if want >= 0 {
        pop_to(sp, stack, want as u32);
        // SAFETY: sp within the stack.
        let d = unsafe { sp.offset_from(stack) } as i32;
        if d < want {
            // never happens for verified code; keep the stack well-formed
            push_at(sp, Value::NONE);
        }
    }
    // SAFETY: sp within the stack.
    f.sp = unsafe { sp.offset_from(stack) } as u32;
}

/// Unwinds blocks for return/break/continue (`fast_block_end` without
/// exceptions). Returns the frame's exit, or None after jumping (f.pc
/// set).
fn unwind(
    f: &mut Frame,
    why: Why,
    retval: Value,
    sp: &mut *mut Value,
    stack: *mut Value,
) -> Option<Flow> {
    while f.nblocks > 0 {
        let b = f.block(f.nblocks as usize - 1);
        if b.kind == BLOCK_LOOP && why == Why::Continue {
            f.pc = int::as_i64(&retval).unwrap_or(0) as u32;
            settle_depth(f, sp, stack);
            return None;
        }
        f.nblocks -= 1;
        pop_to(sp, stack, b.level);
        if b.kind == BLOCK_LOOP && why == Why::Break {
            f.pc = b.handler;
            settle_depth(f, sp, stack);
            return None;
        }
        if b.kind == BLOCK_FINALLY || b.kind == BLOCK_WITH {
            push_at(sp, Value::NULL);
            push_at(
                sp,
                if matches!(why, Why::Return | Why::Continue) {
                    retval
                } else {
                    Value::NULL
                },
            );
            push_at(sp, Value::small_int(why as i64));
            f.pc = b.handler;
            // SAFETY: sp within the stack.
            f.sp = unsafe { sp.offset_from(stack) } as u32;
            return None;
        }
    }
    // SAFETY: sp within the stack.
    f.sp = unsafe { sp.offset_from(stack) } as u32;
    match why {
        Why::Return => Some(Flow::Exit(Exit::Return(retval))),
        _ => Some(Flow::Raise(
            err::system_error("'break' or 'continue' outside a loop"),
            false,
        )),
    }
}

/// Finds a handler for `e` on the block stack and jumps to it (Ok), or
/// gives the exception back (Err) when the frame has none.
fn handle_exception(
    f: &mut Frame,
    e: PyErr,
    sp: &mut *mut Value,
    stack: *mut Value,
) -> Result<(), PyErr> {
    while f.nblocks > 0 {
        f.nblocks -= 1;
        let b = f.block(f.nblocks as usize);
        pop_to(sp, stack, b.level);
        if b.kind == BLOCK_LOOP {
            continue;
        }
        let (ty, val, tb) = e.into_parts();
        if b.kind == BLOCK_EXCEPT || b.kind == BLOCK_WITH {
            set_exc_info(f, ty.clone(), val.clone(), tb.clone());
        }
        push_at(sp, tb);
        push_at(sp, val);
        push_at(sp, ty);
        f.pc = b.handler;
        // SAFETY: sp within the stack.
        f.sp = unsafe { sp.offset_from(stack) } as u32;
        return Ok(());
    }
    // SAFETY: sp within the stack.
    f.sp = unsafe { sp.offset_from(stack) } as u32;
    Err(e)
}

/// `handle_exception` for a frame whose stack and block stack are in
/// the frame (compiled code wrote them back): unwinds to the innermost
/// handler and enters it (`f.pc`, `f.sp`), or gives the exception back.
pub fn catch_in_frame(f: &mut Frame, e: PyErr) -> Result<(), PyErr> {
    let base = {
        let info = f.info();
        info.nlocals + info.ncells + info.nfrees
    };
    // SAFETY: stack slots follow locals, cells and frees in `fast`; the
    // `f.sp` values there are live (written back).
    let stack = unsafe { f.fast.add(base) };
    // SAFETY: as above.
    let mut sp = unsafe { stack.add(f.sp as usize) };
    handle_exception(f, e, &mut sp, stack)
}

/// Keeps `module` referenced (used by hooks).
pub fn _keep() {
    let _ = module::new;
}
