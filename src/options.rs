//! Run options: one struct, one place, with a doc line and default each.

use std::path::PathBuf;

/// How a program is run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Compile hot code with the JIT (`--no-jit` turns it off). Default on.
    pub jit: bool,
    /// Calls (plus loop back-edges) before a code object is compiled;
    /// 0 compiles on first call (`--jit-threshold N`,
    /// `PY2JIT_JIT_THRESHOLD`).
    pub jit_threshold: u64,
    /// Print a line per compiled code object (`--jit-log`).
    pub jit_log: bool,
    /// Write IR and disassembly per code object here (`--jit-dump DIR`).
    pub jit_dump: Option<PathBuf>,
    /// Print statistics at exit (`--stats`).
    pub stats: bool,
    /// Write statistics as JSON here (`--stats-json FILE`).
    pub stats_json: Option<PathBuf>,
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
            jit_log: false,
            jit_dump: None,
            stats: false,
            stats_json: None,
        }
    }
}
