//! Machine-code generation for translated functions, on the main thread
//! or on a background compiler thread.
//!
//! The main thread translates a hot code object to Cranelift IR (that
//! reads the interpreter's feedback and caches, which are not thread-safe)
//! and hands the finished [`Function`] to [`Worker`]; the worker runs
//! Cranelift's optimizer, register allocator and emitter — about nine
//! tenths of a compilation — while the interpreter keeps running the code
//! object. The result is plain bytes plus relocations ([`Machine`]), which
//! the main thread installs in its `JITModule`.
//!
//! Invariants: the worker never touches Python objects or the module; a
//! `Function` handed over holds only integers (object addresses embedded
//! in it stay valid because the main thread keeps the code object, which
//! owns everything the IR points to, until the code is installed or
//! dropped).

use cranelift_codegen::Context;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_module::{FuncId, ModuleReloc};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// A function's machine code, ready to be defined in a module.
pub struct Machine {
    /// Required code alignment.
    pub alignment: u64,
    /// The code (and its constants).
    pub bytes: Vec<u8>,
    /// Relocations against helper symbols.
    pub relocs: Vec<ModuleReloc>,
    /// Disassembly, when asked for.
    pub disasm: Option<String>,
}

/// Generates machine code for `func` (declared in the module as `id`).
///
/// Each call uses a fresh `Context` that is dropped at the end: a reused
/// one keeps the capacity of its biggest compilation (several MB of
/// register-allocation and lowering tables) resident for the rest of the
/// run; fresh ones cost 5-10% more compile time on the compiler thread
/// and save 1-2 MB of peak RSS (raytrace 16.4 -> 14.7 MB, scheduler
/// 15.1 -> 13.5 MB).
pub fn generate(
    isa: &dyn TargetIsa,
    func: Function,
    id: FuncId,
    disasm: bool,
) -> Result<Machine, String> {
    // a run's peak memory is reached while generating code: first drop the
    // text pages nothing has used since the last trim (code generation
    // faults its own back in)
    crate::resident::trim_text();
    let result = compile(isa, func, id, disasm);
    release_free_memory();
    result
}

// mimalloc's `void mi_collect(bool force)`, declared here because
// libmimalloc-sys exports it only with its `extended` feature.
#[cfg(not(feature = "system-alloc"))]
unsafe extern "C" {
    fn mi_collect(force: bool);
}

/// Hands the pages this thread's allocator heap holds free back to the
/// system now. Cranelift's working memory is freed when a compilation
/// ends, but the allocator keeps the pages until something on the same
/// thread triggers its collection, which on the compiler thread (asleep
/// until the next job) may never come.
pub(crate) fn release_free_memory() {
    // SAFETY: a plain C call on this thread's heap; no pointers involved.
    #[cfg(not(feature = "system-alloc"))]
    unsafe {
        mi_collect(true)
    };
}

fn compile(
    isa: &dyn TargetIsa,
    func: Function,
    id: FuncId,
    disasm: bool,
) -> Result<Machine, String> {
    let mut ctx = Context::for_function(func);
    let ctx = &mut ctx;
    ctx.set_disasm(disasm);
    match ctx.compile(isa, &mut ControlPlane::default()) {
        Ok(_) => {
            let code = ctx
                .compiled_code()
                .expect("compiled code after a successful compile");
            Ok(Machine {
                alignment: code.buffer.alignment as u64,
                bytes: code.code_buffer().to_vec(),
                relocs: code
                    .buffer
                    .relocs()
                    .iter()
                    .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id))
                    .collect(),
                disasm: code.vcode.clone(),
            })
        }
        Err(e) => {
            let msg = cranelift_codegen::print_errors::pretty_error(e.func, e.inner);
            Err(msg.lines().next().unwrap_or("Cranelift error").to_string())
        }
    }
}

/// A function for the background compiler.
pub struct Job {
    /// The caller's key for the result.
    pub key: u64,
    /// The translated function.
    pub func: Function,
    /// Its id in the main thread's module.
    pub id: FuncId,
    /// Keep the disassembly.
    pub disasm: bool,
}

/// A finished [`Job`].
pub struct Done {
    /// The job's key.
    pub key: u64,
    /// Its machine code, or why Cranelift failed.
    pub result: Result<Machine, String>,
    /// Time spent generating code.
    pub elapsed: Duration,
}

/// Held by the compiler thread while it works on a job (generating code
/// allocates, and sending the result updates the queue). The interpreter
/// thread holds it across `fork()`, so the child never inherits the
/// allocator's or the queue's state half-changed by the compiler thread,
/// which the child does not have (see `jit::before_fork`).
pub static BUSY: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The background compiler thread and its two queues. Dropping it closes
/// the job queue, which ends the thread after its current job.
pub struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
}

impl Worker {
    /// Starts the thread.
    pub fn spawn(isa: OwnedTargetIsa) -> Result<Worker, String> {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, done) = channel::<Done>();
        std::thread::Builder::new()
            .name("py2jit-compiler".into())
            .spawn(move || {
                while let Ok(job) = job_rx.recv() {
                    // held from the job to its result (see `BUSY`)
                    let busy = BUSY.lock().unwrap_or_else(|e| e.into_inner());
                    let started = Instant::now();
                    let result = generate(&*isa, job.func, job.id, job.disasm);
                    let d = Done {
                        key: job.key,
                        result,
                        elapsed: started.elapsed(),
                    };
                    let sent = done_tx.send(d);
                    drop(busy);
                    if sent.is_err() {
                        break;
                    }
                }
            })
            .map_err(|e| format!("cannot start the compiler thread: {e}"))?;
        Ok(Worker { jobs, done })
    }

    /// Queues a job; gives it back if the thread is gone.
    pub fn submit(&self, job: Job) -> Result<(), Box<Job>> {
        self.jobs.send(job).map_err(|e| Box::new(e.0))
    }

    /// A finished job, if one is ready.
    pub fn try_take(&self) -> Option<Done> {
        self.done.try_recv().ok()
    }
}
