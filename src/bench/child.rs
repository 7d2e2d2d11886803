//! Running one child process and measuring it: wall time, CPU time and
//! peak resident set size, with stdout and stderr captured and a watchdog
//! that kills the child after a timeout.
//!
//! The child is reaped with `wait4` rather than `Child::wait` because only
//! `wait4` returns that child's own `rusage` (`ru_maxrss` is its peak RSS,
//! including descendants it waited for); `getrusage(RUSAGE_CHILDREN)`
//! would mix all children together.
//!
//! Invariant (:no-pid-reuse:): the watchdog signals the pid only while the
//! child is unreaped. The waiting thread first blocks in
//! `waitid(WNOWAIT)`, which returns when the child has exited but leaves it
//! a zombie, then marks the run finished under the watchdog's lock, and
//! only then reaps it with `wait4`. A zombie's pid cannot be reused, so a
//! kill never reaches an unrelated process.
//!
//! Limitation: output is read until both pipes close, so a program that
//! leaves a background grandchild holding them open is waited for.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How a child ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// Exited with this status.
    Code(i32),
    /// Killed by this signal (not by the watchdog).
    Signal(i32),
    /// Killed by the watchdog after the timeout.
    TimedOut,
    /// Could not be started or waited for.
    Error(String),
}

impl Exit {
    /// True for exit status 0.
    pub fn success(&self) -> bool {
        *self == Exit::Code(0)
    }

    /// A short phrase for reports: `ok`, `exit status 1`, `signal 11`, ...
    pub fn describe(&self) -> String {
        match self {
            Exit::Code(0) => "ok".into(),
            Exit::Code(c) => format!("exit status {c}"),
            Exit::Signal(s) => format!("killed by signal {s}"),
            Exit::TimedOut => "timed out".into(),
            Exit::Error(e) => e.clone(),
        }
    }
}

/// What one run of a child produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// Wall time from just before spawning to the child's exit.
    pub seconds: f64,
    /// User plus system CPU time of the child.
    pub cpu_seconds: f64,
    /// Peak resident set size in KiB (0 if unknown).
    pub max_rss_kib: u64,
    /// How it ended.
    pub exit: Exit,
    /// Everything written to stdout.
    pub stdout: Vec<u8>,
    /// Everything written to stderr.
    pub stderr: Vec<u8>,
}

impl Measurement {
    fn failed(why: String) -> Self {
        Measurement {
            seconds: 0.0,
            cpu_seconds: 0.0,
            max_rss_kib: 0,
            exit: Exit::Error(why),
            stdout: Vec::new(),
            stderr: Vec::new(),
        }
    }
}

/// Runs `cmd` (its program, arguments, directory and environment already
/// set) with stdin from /dev/null and stdout/stderr captured, killing it
/// after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> Measurement {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Measurement::failed(format!("cannot run {:?}: {e}", cmd.get_program())),
    };
    let Ok(pid) = libc::pid_t::try_from(child.id()) else {
        return Measurement::failed(format!("pid {} does not fit pid_t", child.id()));
    };
    let stdout = read_all(child.stdout.take());
    let stderr = read_all(child.stderr.take());
    let watchdog = Watchdog::start(pid, timeout);
    let exited = wait_exited(pid);
    let seconds = start.elapsed().as_secs_f64();
    let timed_out = watchdog.finish();
    let reaped = reap(pid);
    // `child` is never waited on through std: it was reaped above.
    drop(child);
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let (status, usage) = match exited.and(reaped) {
        Ok(r) => r,
        Err(e) => {
            return Measurement {
                stdout,
                stderr,
                ..Measurement::failed(e)
            };
        }
    };
    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Error(format!("unexpected wait status {status:#x}"))
    };
    Measurement {
        seconds,
        cpu_seconds: timeval_seconds(usage.ru_utime) + timeval_seconds(usage.ru_stime),
        max_rss_kib: max_rss_kib(usage.ru_maxrss),
        exit,
        stdout,
        stderr,
    }
}

/// Reads a pipe to its end on a thread, so a child filling one pipe never
/// blocks on the other.
fn read_all<R: Read + Send + 'static>(pipe: Option<R>) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            // A read error just truncates the captured output.
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Blocks until `pid` has exited, leaving it unreaped (see :no-pid-reuse:).
fn wait_exited(pid: libc::pid_t) -> Result<(), String> {
    let id = libc::id_t::try_from(pid).map_err(|_| format!("bad pid {pid}"))?;
    loop {
        // SAFETY: siginfo_t is a plain C struct for which all-zero bytes are valid.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t for the duration of the call.
        let r = unsafe { libc::waitid(libc::P_PID, id, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if r == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waitid failed: {err}"));
        }
    }
}

/// Reaps `pid`, returning its wait status and resource usage.
fn reap(pid: libc::pid_t) -> Result<(libc::c_int, libc::rusage), String> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is a plain C struct for which all-zero bytes are valid.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: both out-pointers are valid and writable for the call.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            return Ok((status, usage));
        }
        let err = std::io::Error::last_os_error();
        if r >= 0 || err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4 failed: {err}"));
        }
    }
}

fn timeval_seconds(t: libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 / 1e6
}

/// `ru_maxrss` in KiB: Linux reports KiB, macOS bytes.
fn max_rss_kib(raw: libc::c_long) -> u64 {
    let raw = u64::try_from(raw).unwrap_or(0);
    if cfg!(target_os = "macos") {
        raw / 1024
    } else {
        raw
    }
}

/// Kills a child that outlives its timeout (see :no-pid-reuse:).
struct Watchdog {
    shared: Arc<(Mutex<WatchState>, Condvar)>,
    thread: JoinHandle<()>,
}

#[derive(Default)]
struct WatchState {
    /// Set by the waiting thread once the child has exited (still unreaped).
    finished: bool,
    /// Set by the watchdog when it killed the child.
    fired: bool,
}

impl Watchdog {
    fn start(pid: libc::pid_t, timeout: Duration) -> Self {
        let shared = Arc::new((Mutex::new(WatchState::default()), Condvar::new()));
        let theirs = Arc::clone(&shared);
        let thread = thread::spawn(move || {
            let (lock, cvar) = &*theirs;
            let deadline = Instant::now() + timeout;
            let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
            while !state.finished {
                let now = Instant::now();
                if now >= deadline {
                    // SAFETY: kill has no memory-safety preconditions; the pid
                    // is still our unreaped child (:no-pid-reuse:).
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                    state.fired = true;
                    return;
                }
                state = cvar
                    .wait_timeout(state, deadline - now)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
        });
        Watchdog { shared, thread }
    }

    /// Stops the watchdog; returns whether it killed the child.
    fn finish(self) -> bool {
        let (lock, cvar) = &*self.shared;
        lock.lock().unwrap_or_else(|e| e.into_inner()).finished = true;
        cvar.notify_all();
        let _ = self.thread.join();
        lock.lock().unwrap_or_else(|e| e.into_inner()).fired
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("/bin/sh");
        c.args(["-c", script]);
        c
    }

    #[test]
    fn captures_output_status_and_usage() {
        let m = run(
            &mut sh("echo out; echo err >&2; exit 3"),
            Duration::from_secs(10),
        );
        assert_eq!(m.exit, Exit::Code(3));
        assert_eq!(m.stdout, b"out\n");
        assert_eq!(m.stderr, b"err\n");
        assert!(m.seconds > 0.0);
        assert!(m.max_rss_kib > 0);
    }

    #[test]
    fn timeout_kills() {
        let m = run(&mut sh("exec sleep 5"), Duration::from_millis(100));
        assert_eq!(m.exit, Exit::TimedOut);
        assert!(m.seconds < 4.0);
    }

    #[test]
    fn signals_and_spawn_errors() {
        assert_eq!(
            run(&mut sh("kill -9 $$"), Duration::from_secs(10)).exit,
            Exit::Signal(9)
        );
        let m = run(
            &mut Command::new("/nonexistent/prog"),
            Duration::from_secs(1),
        );
        assert!(matches!(m.exit, Exit::Error(ref e) if e.contains("cannot run")));
        assert!(!m.exit.success());
        assert_eq!(Exit::Code(0).describe(), "ok");
        assert_eq!(Exit::Code(2).describe(), "exit status 2");
    }

    #[test]
    fn peak_rss_reflects_the_child() {
        // A shell holding a 32 MiB string must report at least that much.
        let big = run(
            &mut sh("x=$(head -c 33554432 /dev/zero | tr '\\0' a); echo ${#x}"),
            Duration::from_secs(20),
        );
        assert_eq!(big.stdout, b"33554432\n");
        assert!(
            big.max_rss_kib >= 32 * 1024,
            "max_rss_kib = {}",
            big.max_rss_kib
        );
    }
}
