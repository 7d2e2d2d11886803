//! Shared support for the integration tests: locating the corpus, running
//! the `py2jit` binary with a timeout, and comparing results with the
//! CPython 2.7 fixtures recorded next to each program.

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Once;
use std::time::{Duration, Instant, SystemTime};

/// The mtime recorded in every corpus `.pyc` header (see tests/README.md).
pub const FIXTURE_MTIME: u64 = 1_500_000_000;

/// Per-run time limit; a program that exceeds it fails (never hangs CI).
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// `tests/py`.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

/// The py2jit binary under test.
pub fn py2jit() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_py2jit"))
}

/// The corpus programs (names without `.py`), sorted.
pub fn programs() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("tests/py exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
        .map(|n| n.trim_end_matches(".py").to_string())
        .collect();
    v.sort();
    v
}

/// Gives every `.py` under `dir` the mtime its `.pyc` records, so the
/// import system uses the committed `.pyc` files whatever time the
/// checkout happened at (git does not keep mtimes).
pub fn pin_source_mtimes(dir: &Path) {
    static ONCE: Once = Once::new();
    let dir = dir.to_path_buf();
    ONCE.call_once(move || pin_dir(&dir));
}

fn pin_dir(dir: &Path) {
    let t = SystemTime::UNIX_EPOCH + Duration::from_secs(FIXTURE_MTIME);
    for e in std::fs::read_dir(dir)
        .expect("readable corpus dir")
        .flatten()
    {
        let p = e.path();
        if p.is_dir() {
            pin_dir(&p);
        } else if p.extension().is_some_and(|x| x == "py") {
            let f = std::fs::File::options()
                .write(true)
                .open(&p)
                .expect("corpus files are writable");
            f.set_modified(t).expect("can set mtime");
        }
    }
}

/// What one run produced.
pub struct RunResult {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit status; None if killed (timeout or signal).
    pub code: Option<i32>,
    pub timed_out: bool,
}

/// Runs `py2jit ARGS...` in `cwd` with stdin from /dev/null and a clean
/// Python environment, killing it after [`TIMEOUT`].
pub fn run(cwd: &Path, args: &[&str]) -> RunResult {
    let mut cmd = Command::new(py2jit());
    cmd.args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        if k.starts_with("PYTHON") || k.starts_with("PY2JIT_") {
            cmd.env_remove(k);
        }
    }
    // behave as on a machine without CPython 2.7 (as CI is): no compiling
    // of .py files, no fallback to CPython's standard library
    cmd.env("PY2JIT_PYTHON2", "none");
    // its own process group, so that processes it forks can be found
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = cmd.spawn().expect("py2jit binary runs");
    let group = child.id() as i32;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().expect("wait works") {
            Some(s) => break s,
            None if start.elapsed() > TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().expect("wait works");
            }
            None => std::thread::sleep(Duration::from_millis(2)),
        }
    };
    // a process it forked that still runs keeps the pipes open (the
    // readers would never end): kill what is left of the group. (Not
    // reported: an exited, unreaped child is a group member too. A test
    // that forks waits for its children, so one that never ends shows
    // as the program timing out.)
    // SAFETY: plain kill(2) on the process group created above.
    unsafe { libc::kill(-group, libc::SIGKILL) };
    RunResult {
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
        code: status.code(),
        timed_out,
    }
}

/// Describes the first difference between `want` and `got` (by line).
pub fn first_difference(what: &str, want: &[u8], got: &[u8]) -> Option<String> {
    if want == got {
        return None;
    }
    let w: Vec<&[u8]> = want.split(|&b| b == b'\n').collect();
    let g: Vec<&[u8]> = got.split(|&b| b == b'\n').collect();
    let i = (0..w.len().max(g.len()))
        .find(|&i| w.get(i) != g.get(i))
        .unwrap_or(0);
    let show = |l: Option<&&[u8]>| match l {
        Some(l) => format!("{:?}", String::from_utf8_lossy(l)),
        None => "<end of output>".to_string(),
    };
    Some(format!(
        "{what} differs at line {}:\n      expected: {}\n      actual:   {}",
        i + 1,
        show(w.get(i)),
        show(g.get(i))
    ))
}

/// Runs `jobs` on a few threads and collects the error strings.
pub fn parallel<T: Send + 'static>(items: Vec<T>, f: fn(T) -> Option<String>) -> Vec<String> {
    let n = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8);
    let queue = std::sync::Arc::new(std::sync::Mutex::new(items));
    let mut handles = Vec::new();
    for _ in 0..n {
        let q = queue.clone();
        handles.push(std::thread::spawn(move || {
            let mut errs = Vec::new();
            loop {
                let item = q.lock().unwrap().pop();
                match item {
                    Some(it) => errs.extend(f(it)),
                    None => break,
                }
            }
            errs
        }));
    }
    let mut errs: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    errs.sort();
    errs
}

/// Runs corpus program `name` with `mode` flags and compares stdout,
/// stderr and the exit status with its fixtures.
pub fn check_program(name: &str, mode: &[&str]) -> Option<String> {
    let dir = corpus_dir();
    let pyc = format!("{name}.pyc");
    let mut args: Vec<&str> = mode.to_vec();
    args.push(&pyc);
    let r = run(&dir, &args);
    let label = format!(
        "{name} [{}]",
        if mode.is_empty() {
            "default".to_string()
        } else {
            mode.join(" ")
        }
    );
    if r.timed_out {
        return Some(format!("{label}: timed out after {TIMEOUT:?}"));
    }
    let want_out = std::fs::read(dir.join(format!("{name}.out"))).expect(".out fixture");
    let want_err = std::fs::read(dir.join(format!("{name}.err"))).unwrap_or_default();
    let want_code: i32 = std::fs::read_to_string(dir.join(format!("{name}.code")))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let mut problems = Vec::new();
    if r.code != Some(want_code) {
        problems.push(format!("exit status {:?}, expected {want_code}", r.code));
    }
    problems.extend(first_difference("stdout", &want_out, &r.stdout));
    problems.extend(first_difference("stderr", &want_err, &r.stderr));
    if problems.is_empty() {
        None
    } else {
        let tail = String::from_utf8_lossy(&r.stderr);
        let tail: Vec<&str> = tail.lines().rev().take(3).collect();
        Some(format!(
            "{label}:\n    {}\n    (stderr ends: {:?})",
            problems.join("\n    "),
            tail.into_iter().rev().collect::<Vec<_>>()
        ))
    }
}
