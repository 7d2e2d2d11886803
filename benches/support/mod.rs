//! Shared support for the criterion benches (`benches/programs.rs`,
//! `benches/micro.rs`): reading a manifest, running a `.pyc` under the
//! `py2jit` binary, checking its output once, and the criterion settings
//! that keep a full `cargo bench` within a few minutes.
//!
//! Each run is a child process of the `py2jit` binary that cargo builds
//! for the benches (`CARGO_BIN_EXE_py2jit`), started as `py2jit [--no-jit]
//! NAME.pyc SIZE` in the program's directory, stdin from /dev/null, with
//! every `PYTHON*` and `PY2JIT_*` variable removed (so the JIT runs at its
//! default threshold) and `PYTHONDONTWRITEBYTECODE=1`: the conditions the
//! expected output was recorded under (see `benches/programs/regen`).
//! While timing, the child's stdout goes to /dev/null; stderr is inherited
//! so a failure shows its traceback.
//!
//! Why a child process rather than `py2jit::run::run_file` in the bench
//! process: it measures what users run (the binary's allocator, start-up
//! and exit), and the library never frees a finished program's runtime
//! (about 1 MB per run), which thousands of timed runs in one process
//! would pile up into gigabytes. The cost is process start-up in every
//! sample; the `startup` micro-benchmark measures it.

use criterion::{BenchmarkGroup, SamplingMode, Throughput, measurement::WallTime};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// One benchmark: a compiled program, the argument it runs with, and the
/// stdout CPython 2.7 printed for that argument.
pub struct Bench {
    /// Name (the manifest's NAME).
    pub name: String,
    /// The directory holding `NAME.pyc`; runs start there.
    pub dir: PathBuf,
    /// The size argument (`sys.argv[1]`).
    pub size: String,
    /// The recorded stdout file, in `dir`.
    pub expected: String,
}

/// A directory under `benches/`.
pub fn bench_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches")
        .join(name)
}

/// The manifest's rows, in order, as whitespace-separated fields (blank
/// lines and `#` comments skipped).
pub fn manifest(dir: &Path) -> Vec<Vec<String>> {
    let path = dir.join("manifest.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().map(String::from).collect())
        .collect()
}

/// The execution modes every benchmark runs in, as (name, py2jit options):
/// the interpreter alone, and the JIT at its default threshold.
pub const MODES: [(&str, &[&str]); 2] = [("no-jit", &["--no-jit"]), ("jit", &[])];

/// The command for one run of `b` with `mode_args`.
fn command(b: &Bench, mode_args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2jit"));
    cmd.args(mode_args)
        .arg(format!("{}.pyc", b.name))
        .arg(&b.size)
        .current_dir(&b.dir)
        .stdin(Stdio::null());
    for (key, _) in std::env::vars_os() {
        let k = key.to_string_lossy();
        if k.starts_with("PYTHON") || k.starts_with("PY2JIT_") {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PYTHONDONTWRITEBYTECODE", "1");
    cmd
}

/// Runs `b` once with its output captured and panics unless it exits
/// with status 0 and prints exactly the recorded output.
pub fn check(b: &Bench, mode: &str, mode_args: &[&str]) {
    let out = command(b, mode_args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run py2jit: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{} ({mode}) failed: {}\n{stderr}",
        b.name,
        out.status
    );
    let path = b.dir.join(&b.expected);
    let want =
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if out.stdout != want {
        let dump =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-{}-{mode}.out", b.name));
        let _ = std::fs::write(&dump, &out.stdout);
        panic!(
            "{} ({mode}) printed output that differs from {} (written to {})",
            b.name,
            path.display(),
            dump.display()
        );
    }
}

/// Adds `b` in every mode to `group` as `NAME/MODE`. Each benchmark that
/// criterion's filter selects is checked once (before its warm-up), then
/// timed with its stdout discarded. `ops` (operations per run) sets the
/// group's throughput from this benchmark on; None leaves it as it is.
pub fn add(group: &mut BenchmarkGroup<'_, WallTime>, b: &Bench, ops: Option<u64>) {
    if let Some(n) = ops {
        group.throughput(Throughput::Elements(n));
    }
    for (mode, mode_args) in MODES {
        let mut checked = false;
        group.bench_function(format!("{}/{mode}", b.name), |bench| {
            if !checked {
                check(b, mode, mode_args);
                checked = true;
            }
            let mut cmd = command(b, mode_args);
            cmd.stdout(Stdio::null());
            bench.iter(|| {
                let status = cmd.status().expect("py2jit runs");
                assert!(status.success(), "{} ({mode}) failed: {status}", b.name);
            })
        });
    }
}

/// Settings for groups of whole-program runs (milliseconds each): ten
/// samples of equal iteration counts (flat sampling: a run is too long
/// for criterion's linear ramp), a short warm-up, and fewer bootstrap
/// resamples than the default (the analysis dominates otherwise).
pub fn configure(group: &mut BenchmarkGroup<'_, WallTime>) {
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(1500))
        .nresamples(20_000);
}
