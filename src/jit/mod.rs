//! The JIT tier: compiles hot code objects to native code with Cranelift.
//!
//! - Profiling: the interpreter counts calls and loop back-edges per code
//!   object and records operand kinds per instruction (`interp::profile`).
//! - Tier-up: when `calls + back-edges` reaches the threshold, the code
//!   object is compiled once ([`maybe_compile`] at calls, [`osr_wanted`]
//!   at back-edges of a running interpreter frame, which then continues in
//!   compiled code at the loop header).
//! - Background compilation: the main thread translates the code object
//!   to IR and a compiler thread generates its machine code (`codegen`)
//!   while the interpreter keeps running it; the code is installed at the
//!   code object's next call or back-edge that finds it ready. With
//!   `--jit-sync` or threshold 0 the whole compilation happens at once, on
//!   the main thread, so tier-up points are deterministic.
//! - Execution: [`run`] alternates between compiled code and the
//!   interpreter for one frame: compiled code hands the frame back at an
//!   instruction it does not compile (deopt) or when an exception is
//!   raised; the interpreter hands it back at the next loop header. See
//!   `abi` for the exact contract and `translate` for the code shape.
//! - Code objects that keep deopting are recompiled with the feedback the
//!   interpreter gathered meanwhile; generators always run interpreted.
//!
//! Compiled code is never freed (one `JITModule` per run); a recompiled
//! code object simply stops using its old code.

pub mod abi;
pub mod codegen;
pub mod helpers;
pub mod stats;
pub mod translate;

use crate::interp::code_info::CodeInfo;
use crate::interp::eval::{Exit, eval_frame, eval_frame_raising};
use crate::interp::frame::Frame;
use abi::{DeoptReason, EntryFn, ST_DEOPT, ST_EXCEPTION, ST_RETURN, ST_YIELD};
use cranelift_codegen::ir::{AbiParam, Function, UserFuncName, types};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{FuncId, Linkage, Module};
use py2jit_runtime::PyResult;
use py2jit_runtime::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A compiled entry point.
#[derive(Clone, Copy)]
pub struct Compiled {
    /// Native code: runs a frame from its current pc.
    pub entry: EntryFn,
}

/// Deopts after which a code object is recompiled.
const RECOMPILE_AFTER_DEOPTS: u64 = 1000;
/// Compilations but the last allowed leave out paths the interpreter
/// never ran, when the code ran at least this often before (with a lower
/// threshold, e.g. `--jit-threshold 0`, the profile says nothing); a
/// recompilation after cold paths kept running sees their feedback.
const PRUNE_MIN_THRESHOLD: u64 = 100;
/// Most compilations of one code object.
const MAX_COMPILES: u32 = 3;
/// Translations handed to the compiler thread and not yet installed (the
/// one it works on included) beyond which hot code waits to be translated.
const MAX_QUEUED: usize = 2;
/// Calls and back-edges of code objects waiting for their machine code
/// look for it once per this many.
const POLL_EVERY: u32 = 64;

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Is the JIT on?
#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

struct Config {
    log: bool,
    dump: Option<PathBuf>,
    /// Compile on the main thread, at the tier-up point.
    sync: bool,
    /// Statistics were requested: compiled code counts cache hits.
    stats: bool,
}

thread_local! {
    static CONFIG: RefCell<Config> =
        const { RefCell::new(Config { log: false, dump: None, sync: true, stats: false }) };
    static THRESHOLD: Cell<u64> = const { Cell::new(1000) };
    static POLLS: Cell<u32> = const { Cell::new(0) };
    static STATE: RefCell<Option<JitState>> = const { RefCell::new(None) };
}

/// Cranelift's state for this thread's compilations.
struct JitState {
    module: JITModule,
    isa: OwnedTargetIsa,
    fctx: FunctionBuilderContext,
    helpers: translate::HelperTable,
    next_id: u32,
    /// The compiler thread (none in sync mode).
    worker: Option<codegen::Worker>,
    /// Translations the compiler thread works on, by job key.
    pending: HashMap<u64, Translated>,
}

/// A code object translated to IR and declared in the module, waiting
/// for its machine code.
struct Translated {
    /// The code object (kept alive until its code is installed).
    code: Value,
    id: FuncId,
    fname: String,
    tx: translate::TxStats,
    ir_insts: usize,
    /// The IR as text, for `--jit-dump`.
    ir_text: Option<String>,
    /// Time the translation took.
    translate_time: Duration,
}

fn helper_signatures() -> Vec<(&'static str, Vec<types::Type>, Vec<types::Type>)> {
    use types::{F64, I32, I64};
    vec![
        ("jit_dealloc", vec![I64], vec![]),
        ("jit_box_float", vec![F64], vec![I64]),
        ("jit_binary", vec![I32, I64, I64, I64], vec![I64]),
        ("jit_unary", vec![I32, I64], vec![I64]),
        ("jit_len", vec![I64], vec![I64]),
        ("jit_compare", vec![I32, I64, I64], vec![I64]),
        ("jit_compare_truth", vec![I32, I64, I64], vec![I64]),
        ("jit_raise", vec![I64, I64, I64, I32], vec![I64]),
        ("jit_end_finally_raise", vec![I64, I64, I64], vec![I64]),
        ("jit_catch", vec![I64], vec![I32]),
        ("jit_truthy", vec![I64], vec![I64]),
        ("jit_truthy_keep", vec![I64], vec![I64]),
        ("jit_load_global", vec![I64, I64, I64], vec![I64]),
        ("jit_store_global", vec![I64, I64, I64], vec![I64]),
        ("jit_delete_global", vec![I64, I64], vec![I64]),
        ("jit_load_name", vec![I64, I64], vec![I64]),
        ("jit_store_name", vec![I64, I64, I64], vec![I64]),
        ("jit_delete_name", vec![I64, I64], vec![I64]),
        ("jit_load_attr", vec![I64, I64, I64, I32], vec![I64]),
        ("jit_store_attr", vec![I64, I64, I64, I64, I32], vec![I64]),
        ("jit_delete_attr", vec![I64, I64], vec![I64]),
        ("jit_getitem", vec![I64, I64, I32], vec![I64]),
        ("jit_setitem", vec![I64, I64, I64, I32], vec![I64]),
        ("jit_delitem", vec![I64, I64], vec![I64]),
        ("jit_slice", vec![I64, I64, I64], vec![I64]),
        ("jit_assign_slice", vec![I64, I64, I64, I64], vec![I64]),
        ("jit_build_slice", vec![I64, I64, I64], vec![I64]),
        ("jit_build_tuple", vec![I64, I64], vec![I64]),
        ("jit_build_list", vec![I64, I64], vec![I64]),
        ("jit_build_set", vec![I64, I64], vec![I64]),
        ("jit_build_map", vec![I64], vec![I64]),
        ("jit_dict_set", vec![I64, I64, I64], vec![I64]),
        ("jit_list_append", vec![I64, I64], vec![I64]),
        ("jit_set_add", vec![I64, I64], vec![I64]),
        ("jit_unpack", vec![I64, I64, I64], vec![I64]),
        ("jit_get_iter", vec![I64], vec![I64]),
        ("jit_range_iter", vec![I32, I64, I64, I64], vec![I64]),
        ("jit_for_iter", vec![I64], vec![I64, I64]),
        ("jit_call", vec![I64, I32], vec![I64]),
        ("jit_call_ext", vec![I64, I32, I32], vec![I64]),
        ("jit_call_method", vec![I64, I64, I32], vec![I64]),
        ("jit_make_method", vec![I64, I64], vec![I64]),
        ("jit_make_function", vec![I64, I64, I64, I32], vec![I64]),
        ("jit_load_deref", vec![I64, I64], vec![I64]),
        ("jit_unbound_local", vec![I64, I64], vec![]),
        ("jit_print_item", vec![I64, I64], vec![I64]),
        ("jit_print_newline", vec![I64], vec![I64]),
        ("jit_import_name", vec![I64, I64, I64, I64], vec![I64]),
        ("jit_import_from", vec![I64, I64], vec![I64]),
    ]
}

impl JitState {
    fn new(background: bool) -> Result<JitState, String> {
        let mut fb = settings::builder();
        for (k, v) in [
            ("opt_level", "speed"),
            ("is_pic", "false"),
            ("use_colocated_libcalls", "false"),
            ("preserve_frame_pointers", "true"),
            // the IR verifier costs more than the rest of compilation; debug
            // builds keep it
            (
                "enable_verifier",
                if cfg!(debug_assertions) {
                    "true"
                } else {
                    "false"
                },
            ),
        ] {
            fb.set(k, v)
                .map_err(|e| format!("cranelift setting {k}: {e}"))?;
        }
        let isa = cranelift_native::builder()
            .map_err(|e| format!("host not supported by Cranelift: {e}"))?
            .finish(settings::Flags::new(fb))
            .map_err(|e| format!("cranelift ISA: {e}"))?;
        let mut jb = JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
        let syms: HashMap<&str, *const u8> = helpers::symbols().into_iter().collect();
        for (name, ptr) in &syms {
            jb.symbol(*name, *ptr);
        }
        let mut module = JITModule::new(jb);
        let mut ids = HashMap::new();
        for (name, params, returns) in helper_signatures() {
            if !syms.contains_key(name) {
                return Err(format!("helper {name} has a signature but no symbol"));
            }
            let mut sig = module.make_signature();
            sig.params.extend(params.into_iter().map(AbiParam::new));
            sig.returns.extend(returns.into_iter().map(AbiParam::new));
            let id = module
                .declare_function(name, Linkage::Import, &sig)
                .map_err(|e| e.to_string())?;
            ids.insert(name, (id, sig));
        }
        // without a thread, compiling still works: on this one
        let worker = if background {
            codegen::Worker::spawn(isa.clone()).ok()
        } else {
            None
        };
        Ok(JitState {
            module,
            isa,
            fctx: FunctionBuilderContext::new(),
            helpers: translate::HelperTable { ids },
            next_id: 0,
            worker,
            pending: HashMap::new(),
        })
    }
}

/// Applies the run options (called once at start).
pub fn configure(opts: &crate::options::Options) {
    ENABLED.store(opts.jit, Ordering::Relaxed);
    THRESHOLD.with(|t| t.set(opts.jit_threshold));
    CONFIG.with(|c| {
        *c.borrow_mut() = Config {
            log: opts.jit_log,
            dump: opts.jit_dump.clone(),
            sync: opts.jit_sync || opts.jit_threshold == 0,
            stats: opts.stats || opts.stats_json.is_some(),
        };
    });
}

/// Is `ci` hot enough to compile?
#[inline(always)]
fn hot(ci: &CodeInfo) -> bool {
    ci.calls.get() + ci.backedges.get() >= THRESHOLD.with(|t| t.get())
}

/// Called on every call of a code object: compiles it once it is hot.
#[inline]
pub fn maybe_compile(code: &Value, ci: &CodeInfo) {
    if enabled() && ci.jit.get().is_none() && !ci.jit_failed.get() && hot(ci) {
        compile(code, ci);
    }
}

/// Called by the interpreter at a loop back-edge of a frame it runs:
/// should it continue in compiled code (compiling first if hot)?
#[inline]
pub fn osr_wanted(code: &Value, ci: &CodeInfo) -> bool {
    if !enabled() {
        return false;
    }
    if ci.jit.get().is_some() {
        return true;
    }
    if ci.jit_failed.get() || !hot(ci) {
        return false;
    }
    compile(code, ci);
    ci.jit.get().is_some()
}

fn not_compiled(ci: &CodeInfo, why: &str) {
    ci.jit_failed.set(true);
    stats::with(|s| *s.not_compiled.entry(why.to_string()).or_default() += 1);
}

/// Compiles `ci`: at once in sync mode, otherwise by translating it and
/// queueing its code generation (then `ci.jit_pending` is set until
/// [`install_ready`] installs the result). Sets `ci.jit`, or marks the
/// code object as not compilable.
fn compile(code: &Value, ci: &CodeInfo) {
    if ci.jit_pending.get() {
        return poll_ready();
    }
    if ci.compiles.get() >= MAX_COMPILES {
        return not_compiled(ci, "deopted too often");
    }
    if queue_full() {
        // translated functions waiting for the compiler thread hold their
        // IR in memory: translate this one when the queue has room (a
        // later call or back-edge asks again, with more feedback by then)
        return poll_ready();
    }
    let started = Instant::now();
    compile_or_queue(code, ci);
    let e = started.elapsed();
    stats::with(|s| {
        s.compile_time_main += e;
        s.compile_time += e;
    });
}

/// Installs finished machine code at every [`POLL_EVERY`]-th call (a look
/// costs about as much as a call).
fn poll_ready() {
    let n = POLLS.with(|p| {
        let n = p.get().wrapping_add(1);
        p.set(n);
        n
    });
    if n.is_multiple_of(POLL_EVERY) {
        install_ready();
    }
}

/// Does the compiler thread have [`MAX_QUEUED`] translations in hand?
fn queue_full() -> bool {
    STATE.with(|st| {
        st.borrow()
            .as_ref()
            .is_some_and(|s| s.worker.is_some() && s.pending.len() >= MAX_QUEUED)
    })
}

fn compile_or_queue(code: &Value, ci: &CodeInfo) {
    let (sync, dump) = CONFIG.with(|c| {
        let c = c.borrow();
        (c.sync, c.dump.is_some())
    });
    STATE.with(|st| {
        let mut st = st.borrow_mut();
        if st.is_none() {
            match JitState::new(!sync) {
                Ok(s) => *st = Some(s),
                Err(why) => return give_up(code, ci, &why),
            }
        }
        let st = st.as_mut().unwrap();
        let (tr, func) = match translate_in(st, code, ci, dump) {
            Ok(t) => t,
            Err(why) => return give_up(code, ci, &why),
        };
        let key = tr.id.as_u32() as u64;
        if let Some(w) = st.worker.as_ref() {
            let job = codegen::Job {
                key,
                func,
                id: tr.id,
                disasm: dump,
            };
            match w.submit(job) {
                Ok(()) => {
                    ci.jit_pending.set(true);
                    st.pending.insert(key, tr);
                }
                Err(job) => {
                    // the thread is gone: compile here from now on
                    st.worker = None;
                    compile_here(st, ci, tr, job.func, dump);
                }
            }
            return;
        }
        compile_here(st, ci, tr, func, dump)
    });
}

/// Generates and installs `func` on this thread.
fn compile_here(st: &mut JitState, ci: &CodeInfo, tr: Translated, func: Function, dump: bool) {
    let started = Instant::now();
    let m = codegen::generate(&*st.isa, func, tr.id, dump);
    install(st, ci, tr, m, started.elapsed());
}

/// Installs the machine code the compiler thread has finished.
fn install_ready() {
    STATE.with(|st| {
        let mut st = st.borrow_mut();
        let Some(st) = st.as_mut() else { return };
        while let Some(done) = st.worker.as_ref().and_then(|w| w.try_take()) {
            let started = Instant::now();
            let Some(tr) = st.pending.remove(&done.key) else {
                continue;
            };
            let Ok(ci) = crate::interp::code_info::info(&tr.code) else {
                continue;
            };
            ci.jit_pending.set(false);
            install(st, ci, tr, done.result, done.elapsed);
            let e = started.elapsed();
            stats::with(|s| {
                s.compile_time_main += e;
                s.compile_time += e + done.elapsed;
            });
        }
    });
}

thread_local! {
    /// The compiler thread's `codegen::BUSY` lock, held across a fork.
    static FORK_LOCK: RefCell<Option<std::sync::MutexGuard<'static, ()>>> =
        const { RefCell::new(None) };
}

/// Before `fork()`: waits for the compiler thread to finish the job in
/// hand and keeps it from starting another until [`after_fork`].
pub fn before_fork() {
    let guard = codegen::BUSY.lock().unwrap_or_else(|e| e.into_inner());
    FORK_LOCK.with(|l| *l.borrow_mut() = Some(guard));
}

/// After `fork()`: lets the compiler thread go on in the parent. The
/// child has no compiler thread (only the forking thread survives a
/// fork): it compiles on its own thread from now on, never touches the
/// inherited queues (their other end may have stopped in the middle of
/// an update), and forgets the translations that were waiting for code,
/// so those code objects can be compiled again.
pub fn after_fork(child: bool) {
    FORK_LOCK.with(|l| drop(l.borrow_mut().take()));
    if !child {
        return;
    }
    STATE.with(|st| {
        let mut st = st.borrow_mut();
        let Some(st) = st.as_mut() else { return };
        if let Some(w) = st.worker.take() {
            std::mem::forget(w);
        }
        forget_pending(st);
    });
}

/// Drops the translations still waiting for machine code (releasing
/// their code objects), which then count as not pending; returns how
/// many there were.
fn forget_pending(st: &mut JitState) -> usize {
    let n = st.pending.len();
    for (_, tr) in st.pending.drain() {
        if let Ok(ci) = crate::interp::code_info::info(&tr.code) {
            ci.jit_pending.set(false);
        }
    }
    n
}

/// Ends this thread's compilations: translations still waiting for code
/// are dropped (and their code objects released) while the runtime is
/// alive. Called when a program finishes.
pub fn finish() {
    STATE.with(|st| {
        if let Some(st) = st.borrow_mut().as_mut() {
            let n = forget_pending(st);
            stats::with(|s| s.unfinished += n as u64);
        }
    });
}

/// Records that `code` cannot be compiled, and why.
fn give_up(code: &Value, ci: &CodeInfo, why: &str) {
    if CONFIG.with(|c| c.borrow().log) {
        let c = py2jit_runtime::func::code(code);
        eprintln!("jit: not compiling {}: {}", c.name_str(), why);
    }
    not_compiled(ci, &format!("compile error: {why}"));
}

/// Translates `ci` to IR in a function declared in the module.
fn translate_in(
    st: &mut JitState,
    code: &Value,
    ci: &CodeInfo,
    dump: bool,
) -> Result<(Translated, Function), String> {
    let started = Instant::now();
    let c = py2jit_runtime::func::code(code);
    let sig = translate::entry_signature(&st.module);
    st.next_id += 1;
    let fname = format!(
        "py{}_{}",
        st.next_id,
        c.name_str()
            .replace(|ch: char| !ch.is_ascii_alphanumeric(), "_")
    );
    let id = st
        .module
        .declare_function(&fname, Linkage::Local, &sig)
        .map_err(|e| e.to_string())?;
    let mut func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
    let tx = translate::translate(
        ci,
        &mut func,
        &mut st.fctx,
        translate::Env {
            module: &mut st.module,
            helpers: &st.helpers,
            count_sites: CONFIG.with(|c| c.borrow().stats),
            prune_cold: ci.compiles.get() + 1 < MAX_COMPILES
                && THRESHOLD.with(|t| t.get()) >= PRUNE_MIN_THRESHOLD,
        },
    )?;
    let tr = Translated {
        code: code.clone(),
        id,
        fname,
        tx,
        ir_insts: func.dfg.num_insts(),
        ir_text: dump.then(|| func.display().to_string()),
        translate_time: started.elapsed(),
    };
    Ok((tr, func))
}

/// Defines the machine code of a translation in the module and makes it
/// `ci`'s compiled code (or records why not); `codegen_time` is how long
/// code generation took.
fn install(
    st: &mut JitState,
    ci: &CodeInfo,
    tr: Translated,
    m: Result<codegen::Machine, String>,
    codegen_time: Duration,
) {
    let entry = m.and_then(|m| {
        st.module
            .define_function_bytes(tr.id, m.alignment, &m.bytes, &m.relocs)
            .map_err(|e| e.to_string())?;
        st.module
            .finalize_definitions()
            .map_err(|e| e.to_string())?;
        let ptr = st.module.get_finalized_function(tr.id);
        // SAFETY: the function was defined with `entry_signature`, which
        // is the ABI of `EntryFn`, and finalized.
        let entry: EntryFn = unsafe { std::mem::transmute::<*const u8, EntryFn>(ptr) };
        let len = m.bytes.len();
        Ok((entry, len, m.disasm.map(|d| (d, m.bytes))))
    });
    let (entry, code_bytes, disasm) = match entry {
        Ok(e) => e,
        Err(why) => return give_up(&tr.code, ci, &why),
    };
    let elapsed = tr.translate_time + codegen_time;
    ci.jit.set(Some(Compiled { entry }));
    ci.compiles.set(ci.compiles.get() + 1);
    ci.deopts.set(0);
    let c = py2jit_runtime::func::code(&tr.code);
    stats::with(|s| {
        s.compiled += 1;
        s.bytecode_bytes += c.bytecode().len() as u64;
        s.bytecode_instrs += ci.instrs.len() as u64;
        s.ir_insts += tr.ir_insts as u64;
        s.code_bytes += code_bytes as u64;
        s.compiled_ops += tr.tx.compiled_ops as u64;
        s.exit_ops += tr.tx.exit_ops as u64;
    });
    let (log, dump) = CONFIG.with(|c| {
        let c = c.borrow();
        (c.log, c.dump.clone())
    });
    if log {
        eprintln!(
            "jit: compiled {} ({}:{}): {} bytecode bytes, {} IR instructions, {} machine-code bytes, {} us",
            c.name_str(),
            py2jit_runtime::str::as_str_lossy(&c.filename),
            c.firstlineno,
            c.bytecode().len(),
            tr.ir_insts,
            code_bytes,
            elapsed.as_micros()
        );
    }
    if let (Some(dir), Some(ir)) = (dump, tr.ir_text) {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(
            dir.join(format!("{}.clif", tr.fname)),
            format!(
                "; {} ({}:{})\n{}",
                c.name_str(),
                py2jit_runtime::str::as_str_lossy(&c.filename),
                c.firstlineno,
                ir
            ),
        );
        if let Some((text, bytes)) = disasm {
            let _ = std::fs::write(dir.join(format!("{}.asm", tr.fname)), text);
            // the machine code before relocation, for objdump and perf
            // (`objdump -D -b binary -m i386:x86-64 NAME.bin`)
            let _ = std::fs::write(dir.join(format!("{}.bin", tr.fname)), bytes);
        }
    }
}

/// Runs a frame to completion, in compiled code where available and in
/// the interpreter otherwise, switching as the frame deopts and re-enters
/// at loop headers.
pub fn run(f: &mut Frame) -> PyResult<Exit> {
    let compiled = f.info().jit.get();
    run_from(f, compiled)
}

/// [`run`] for a fresh frame whose code is not compiled: the interpreter
/// runs it, continuing in compiled code if a loop gets hot (OSR).
#[inline]
pub fn run_interpreted(f: &mut Frame) -> PyResult<Exit> {
    match eval_frame(f, None)? {
        Exit::Osr => run_loop(f, f.info().jit.get(), false, None),
        other => Ok(other),
    }
}

/// [`run`] for a frame whose code is compiled (`c`), set up to start at
/// its first instruction.
#[inline]
pub fn run_entered(f: &mut Frame, c: Compiled) -> PyResult<Exit> {
    stats::count_call();
    // SAFETY: the frame is live, belongs to the code `c` was compiled
    // from, and starts at pc 0.
    let r = unsafe { (c.entry)(f) };
    if r.status == ST_RETURN {
        // SAFETY: compiled code returns an owned value.
        return Ok(Exit::Return(unsafe { Value::from_raw(r.value) }));
    }
    resume_after_exit(f, r)
}

/// Finishes frame `f` after its compiled code exited with `r` (a deopt
/// or an exception, not a return): records the exit and continues in
/// the interpreter.
#[cold]
pub fn resume_after_exit(f: &mut Frame, r: abi::EntryResult) -> PyResult<Exit> {
    match after_exit(f, r) {
        Some(e) if no_handler(f) => Err(leaving(f, e)),
        pending => continue_interpreted(f, pending),
    }
}

/// Does an exception raised in `f` leave it? True when no `try` block is
/// active (only loops): then the interpreter would only record the frame's
/// traceback entry and unwind it, which [`leaving`] does without entering
/// it.
fn no_handler(f: &Frame) -> bool {
    (0..f.nblocks as usize).all(|i| f.block(i).kind() == crate::bytecode::BlockKind::Loop)
}

/// `e` leaving `f` (see [`no_handler`]): with `f`'s traceback entry; the
/// frame's remaining values are released with the frame.
#[cold]
fn leaving(f: &mut Frame, (mut e, reraise): Pending) -> py2jit_runtime::PyErr {
    if !reraise {
        crate::interp::eval::add_traceback(f, &mut e);
    }
    e
}

/// An exception to raise in a frame, and whether it is a re-raise (no
/// traceback entry for the frame).
type Pending = (py2jit_runtime::PyErr, bool);

/// Records a deopt or exception exit; returns the exception to raise.
fn after_exit(f: &mut Frame, r: abi::EntryResult) -> Option<Pending> {
    match r.status {
        ST_DEOPT => {
            let why = DeoptReason::from_code(r.value);
            stats::count_deopt(why, (r.value & 0xff) as u8);
            let info = f.info();
            info.deopts.set(info.deopts.get() + 1);
            // failed guards, cold paths taken and entries the code does
            // not have all say the code no longer fits how it runs
            if why != DeoptReason::Unsupported && info.deopts.get() >= RECOMPILE_AFTER_DEOPTS {
                info.jit.set(None);
                stats::with(|s| s.recompiled += 1);
            }
            None
        }
        ST_EXCEPTION => {
            let e = helpers::take_pending();
            let op = f.info().instrs.get(f.lasti as usize).map_or(0, |i| i.op);
            stats::count_exception_exit(op);
            Some(e)
        }
        other => Some((
            py2jit_runtime::err::system_error(format!("compiled code returned status {other}")),
            false,
        )),
    }
}

/// Continues a frame in the interpreter after an exit from compiled code.
fn continue_interpreted(f: &mut Frame, pending: Option<Pending>) -> PyResult<Exit> {
    match eval_frame_raising(f, pending)? {
        Exit::Osr => {
            let c = f.info().jit.get();
            run_from_osr(f, c)
        }
        other => Ok(other),
    }
}

fn run_from(f: &mut Frame, c: Option<Compiled>) -> PyResult<Exit> {
    run_loop(f, c, true, None)
}

fn run_from_osr(f: &mut Frame, c: Option<Compiled>) -> PyResult<Exit> {
    run_loop(f, c, false, None)
}

/// Resumes a generator's frame (at `f.pc`, with the sent value pushed, or
/// raising `throw` there) until it yields, returns or raises.
pub fn run_generator(f: &mut Frame, throw: Option<py2jit_runtime::PyErr>) -> PyResult<Exit> {
    let c = if throw.is_some() {
        None
    } else {
        f.info().jit.get()
    };
    run_loop(f, c, true, throw)
}

/// Alternates between compiled code and the interpreter until the frame
/// returns, yields or raises.
fn run_loop(
    f: &mut Frame,
    c: Option<Compiled>,
    mut first: bool,
    throw: Option<py2jit_runtime::PyErr>,
) -> PyResult<Exit> {
    let mut pending = throw.map(|e| (e, false));
    let mut compiled = c;
    loop {
        match compiled {
            Some(c) => {
                if first {
                    stats::count_call();
                } else {
                    stats::count_osr();
                }
                // SAFETY: the frame is live and belongs to the code `c` was
                // compiled from; `f.pc` is the instruction to resume at.
                let r = unsafe { (c.entry)(f) };
                if r.status == ST_RETURN {
                    // SAFETY: compiled code returns an owned value.
                    return Ok(Exit::Return(unsafe { Value::from_raw(r.value) }));
                }
                if r.status == ST_YIELD {
                    // SAFETY: as above.
                    return Ok(Exit::Yield(unsafe { Value::from_raw(r.value) }));
                }
                pending = match after_exit(f, r) {
                    Some(e) if no_handler(f) => return Err(leaving(f, e)),
                    pending => pending,
                };
                compiled = None;
            }
            None => match eval_frame_raising(f, pending.take())? {
                Exit::Osr => {
                    compiled = f.info().jit.get();
                    if compiled.is_none() {
                        // recompiled away meanwhile: keep interpreting
                        continue;
                    }
                }
                other => return Ok(other),
            },
        }
        first = false;
    }
}

/// Prints or writes JIT statistics at exit, as requested.
pub fn report_stats(opts: &crate::options::Options) {
    let s = stats::snapshot();
    if opts.stats {
        eprint!("{}", s.report());
    }
    if let Some(p) = &opts.stats_json
        && let Err(e) = std::fs::write(p, s.to_json())
    {
        eprintln!("py2jit: cannot write {}: {}", p.display(), e);
    }
}
