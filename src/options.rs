//! Run options: one struct, one place, with a doc line and default each.

pub use py2jit_runtime::file::OutputBuffer;
use std::path::PathBuf;

/// Where the program's `sys.stdout` goes.
///
/// Library callers (benches, tests, research code) can keep a program's
/// output off the terminal: `Discard` drops it, `Capture` collects it in
/// memory. Both make `sys.stdout` behave as stdout on a pipe does
/// (block-buffered, not a tty). Only writes through `sys.stdout` (`print`,
/// `sys.stdout.write`) are redirected: `os.write(1, ...)` and everything on
/// stderr (tracebacks included) still reach the process's descriptors.
#[derive(Clone, Debug, Default)]
pub enum StdoutTarget {
    /// The process's stdout (the CLI's behaviour).
    #[default]
    Inherit,
    /// Dropped.
    Discard,
    /// Appended to this buffer; read it after `run_file` returns (the
    /// program's last buffered bytes are flushed when it finishes).
    Capture(OutputBuffer),
}

/// How a program is run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Compile hot code with the JIT (`--no-jit` turns it off). Default on.
    pub jit: bool,
    /// Calls (plus loop back-edges) before a code object is compiled;
    /// 0 compiles on first call (`--jit-threshold N`,
    /// `PY2JIT_JIT_THRESHOLD`).
    pub jit_threshold: u64,
    /// Compile on the interpreter's thread at the moment code gets hot,
    /// instead of generating machine code on a background thread while
    /// the interpreter goes on (`--jit-sync`; implied by threshold 0).
    pub jit_sync: bool,
    /// Print a line per compiled code object (`--jit-log`).
    pub jit_log: bool,
    /// Write IR and disassembly per code object here (`--jit-dump DIR`).
    pub jit_dump: Option<PathBuf>,
    /// Print statistics at exit (`--stats`).
    pub stats: bool,
    /// Write statistics as JSON here (`--stats-json FILE`).
    pub stats_json: Option<PathBuf>,
    /// Where `sys.stdout` writes go (library only; the CLI inherits).
    pub stdout: StdoutTarget,
}

/// The default JIT threshold.
pub const DEFAULT_JIT_THRESHOLD: u64 = 1000;

impl Default for Options {
    fn default() -> Options {
        let threshold = std::env::var("PY2JIT_JIT_THRESHOLD")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_JIT_THRESHOLD);
        Options {
            jit: true,
            jit_threshold: threshold,
            jit_sync: false,
            jit_log: false,
            jit_dump: None,
            stats: false,
            stats_json: None,
            stdout: StdoutTarget::Inherit,
        }
    }
}
