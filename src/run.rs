//! Running a program: loading its code, setting up `__main__`, `sys.argv`
//! and `sys.path`, executing it on a thread with a large native stack,
//! reporting an uncaught exception as CPython does, and shutting down
//! (module clearing, so `__del__` runs as in CPython).

use crate::interp::{call, code_info, hooks, vm};
use crate::marshal;
use crate::options::{Options, StdoutTarget};
use py2jit_runtime::rt::{Runtime, rt};
use py2jit_runtime::value::Value;
use py2jit_runtime::{PyErr, dict, exceptions, file, int, module, ops, str as pstr};
use std::path::{Path, PathBuf};

/// Native stack reserved for the interpreter thread (virtual memory; only
/// what deep recursion touches is committed).
pub const STACK_SIZE: usize = 1 << 30;

/// Why a program could not be started (exit status 2).
#[derive(Debug, Clone)]
pub struct StartError(pub String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads and verifies a program's code (a `.pyc`, or a `.py` compiled by
/// CPython 2.7). Must run on an interpreter thread.
pub fn load_program(path: &Path) -> Result<Value, StartError> {
    let shown = path.display().to_string();
    let data = std::fs::read(path)
        .map_err(|e| StartError(format!("{shown}: cannot open file: {}", io_reason(&e))))?;
    let is_source = path.extension().is_some_and(|x| x == "py")
        || (!data.starts_with(&marshal::MAGIC) && path.extension().is_none_or(|x| x != "pyc"));
    let code = if is_source {
        match crate::compiler::compile(&data, &shown, "exec", 0) {
            Ok(c) => c,
            Err(crate::compiler::CompileError::NoCompiler) => {
                return Err(StartError(format!(
                    "{shown}: cannot run Python source: py2jit needs CPython 2.7 to compile .py files and none was found (set PY2JIT_PYTHON2, or run a .pyc)"
                )));
            }
            Err(crate::compiler::CompileError::Syntax(parts)) => {
                return Err(StartError(format!(
                    "{}: SyntaxError: {} (line {})",
                    shown,
                    parts.first().cloned().unwrap_or_default(),
                    parts.get(2).cloned().unwrap_or_default()
                )));
            }
            Err(crate::compiler::CompileError::Other(m)) => {
                return Err(StartError(format!("{shown}: compiling failed: {m}")));
            }
        }
    } else {
        marshal::load_pyc(&data).map_err(|e| StartError(format!("{shown}: {e}")))?
    };
    code_info::verify_tree(&code).map_err(|e| StartError(format!("{shown}: {e}")))?;
    Ok(code)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => exceptions::strerror(code),
        None => e.to_string(),
    }
}

/// `sys.path` for a script: its directory, then PYTHONPATH entries.
pub fn search_path(script: &Path) -> Vec<String> {
    let dir = script
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .unwrap_or(Path::new("."));
    let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| PathBuf::from(dir));
    let mut path = vec![abs.to_string_lossy().into_owned()];
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        for p in std::env::split_paths(&pp) {
            if !p.as_os_str().is_empty() {
                path.push(p.to_string_lossy().into_owned());
            }
        }
    }
    // py2jit's bundled library comes after the user's directories
    path.push(crate::frozen::LIB_ENTRY.to_string());
    path
}

/// Sets up the runtime on this thread (and points `sys.stdout` where
/// `opts.stdout` says).
pub fn init_runtime(argv: Vec<String>, path: Vec<String>, opts: &Options) {
    Runtime::init(argv, path);
    hooks::install();
    py2jit_runtime::stack::set_limit_from_here(STACK_SIZE);
    crate::jit::configure(opts);
    match &opts.stdout {
        StdoutTarget::Inherit => {}
        StdoutTarget::Discard => file::redirect_stdout(None),
        StdoutTarget::Capture(buf) => file::redirect_stdout(Some(buf.clone())),
    }
}

/// The exit status CPython uses for an uncaught exception, after printing
/// it (SystemExit: its code; others: the traceback and 1).
pub fn report_exit(e: PyErr) -> i32 {
    if e.matches(rt().exc.system_exit) {
        let code = exceptions::system_exit_code(e.value());
        if code.is_none() {
            return 0;
        }
        if let Some(i) = int::as_i64(&code) {
            return i as i32;
        }
        let s = ops::str(&code)
            .map(|s| pstr::as_bytes(&s).to_vec())
            .unwrap_or_default();
        let mut out = s;
        out.push(b'\n');
        file::write_stderr(&out);
        return 1;
    }
    file::write_stderr(py2jit_runtime::traceback::format_exception(&e).as_bytes());
    1
}

/// Clears a module's namespace as CPython's `_PyModule_Clear` does: names
/// starting with one underscore first, then the rest except
/// `__builtins__`, each replaced by None in dict order.
fn clear_module(m: &Value) {
    let d = module::dict_of(m);
    for pass in 0..2 {
        let mut pos = 0;
        while let Some((k, v)) = dict::next_entry(&d, &mut pos) {
            if v.is_none() || !pstr::is_str(&k) {
                continue;
            }
            let s = pstr::as_bytes(&k);
            let hit = if pass == 0 {
                s.first() == Some(&b'_') && s.get(1) != Some(&b'_')
            } else {
                s != b"__builtins__"
            };
            if hit {
                let _ = dict::set(&d, k, Value::NONE);
            }
        }
    }
}

/// Interpreter shutdown: `sys.exitfunc`, `__main__` cleared, the handled
/// exception dropped, other modules cleared, stdout flushed.
pub fn finalize() {
    if let Some(f) = py2jit_runtime::sys::get("exitfunc")
        && let Err(e) = ops::call(&f, &[], &[])
        && !e.matches(rt().exc.system_exit)
    {
        file::write_stderr(b"Error in sys.exitfunc:\n");
        file::write_stderr(py2jit_runtime::traceback::format_exception(&e).as_bytes());
    }
    let mods = rt().modules.borrow().clone();
    if let Some(main) = dict::get_item_str(&mods, "__main__")
        && module::is_module(&main)
    {
        clear_module(&main);
        dict::set_item_str(&mods, "__main__", Value::NONE);
    }
    let old = vm::with_vm(|v| std::mem::replace(&mut *v.exc.borrow_mut(), vm::ExcInfo::none()));
    drop(old);
    for (name, m) in dict::items_vec(&mods) {
        let n = pstr::as_bytes(&name);
        if n == b"__builtin__" || n == b"sys" || !module::is_module(&m) {
            continue;
        }
        clear_module(&m);
    }
    file::flush_std();
}

/// Runs a loaded program as `__main__`; returns the exit status.
pub fn run_main(code: &Value, script: &str) -> i32 {
    let m = module::new("__main__");
    let d = module::dict_of(&m);
    dict::set_item_str(&d, "__file__", pstr::new(script));
    dict::set_item_str(&d, "__builtins__", rt().builtins_module.borrow().clone());
    dict::set_item_str(&d, "__package__", Value::NONE);
    dict::set_item_str(&rt().modules.borrow(), "__main__", m);
    let status = match call::run_code(code, &d, &d) {
        Ok(_) => 0,
        Err(e) => report_exit(e),
    };
    finalize();
    status
}

/// Runs `f` on a fresh thread with a large stack (the interpreter
/// thread); returns its result.
pub fn on_interpreter_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("py2jit".into())
        .stack_size(STACK_SIZE)
        .spawn(f)
        .expect("spawn interpreter thread")
        .join()
        .unwrap_or_else(|_| {
            // the panic hook has reported it; EX_SOFTWARE
            std::process::exit(70)
        })
}

/// Reports a Rust panic (a bug in py2jit, never the program's fault) as
/// one line on stderr after flushing what the program printed, so users
/// see a clear message instead of a Rust backtrace. `RUST_BACKTRACE=1`
/// adds the backtrace.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        py2jit_runtime::file::flush_std();
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "panic".to_string()
        };
        let loc = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("py2jit: internal error: {msg}{loc} (a bug in py2jit; please report it)");
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
    }));
}

/// Runs a program file with arguments: the whole life of a `py2jit FILE`
/// invocation. Returns the exit status, or the reason it could not start.
///
/// Each call gets a fresh thread and runtime. The finished runtime is not
/// freed (roughly 1 MB stays allocated per call), so a process that runs
/// thousands of programs should run them in child processes instead (as
/// the criterion benches do).
pub fn run_file(path: &Path, args: &[String], opts: &Options) -> Result<i32, StartError> {
    let path = path.to_path_buf();
    let args = args.to_vec();
    let opts = opts.clone();
    on_interpreter_thread(move || {
        let script = path.display().to_string();
        let mut argv = vec![script.clone()];
        argv.extend(args);
        init_runtime(argv, search_path(&path), &opts);
        let code = load_program(&path)?;
        crate::resident::trim_text();
        let status = run_main(&code, &script);
        crate::jit::finish();
        crate::jit::report_stats(&opts);
        Ok(status)
    })
}

/// The `--dis` listing of a program file.
pub fn dis_file(path: &Path) -> Result<String, StartError> {
    let path = path.to_path_buf();
    on_interpreter_thread(move || {
        init_runtime(
            vec![path.display().to_string()],
            vec![],
            &Options::default(),
        );
        let code = load_program(&path)?;
        Ok(crate::bytecode::dis::dis_tree(&code))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::OutputBuffer;

    fn corpus(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join("py")
            .join(name)
    }

    #[test]
    fn captured_stdout_is_what_cpython_printed() {
        let out = OutputBuffer::new();
        let opts = Options {
            jit: false,
            stdout: StdoutTarget::Capture(out.clone()),
            ..Options::default()
        };
        let status = run_file(&corpus("bi_print.pyc"), &[], &opts).expect("starts");
        assert_eq!(status, 0);
        let want = std::fs::read(corpus("bi_print.out")).expect("fixture");
        assert_eq!(
            String::from_utf8_lossy(&out.take()),
            String::from_utf8_lossy(&want)
        );
        assert!(out.is_empty());
    }

    #[test]
    fn discarded_stdout_still_runs_the_program() {
        let opts = Options {
            jit: false,
            stdout: StdoutTarget::Discard,
            ..Options::default()
        };
        let status = run_file(&corpus("bi_print.pyc"), &[], &opts).expect("starts");
        assert_eq!(status, 0);
    }
}
