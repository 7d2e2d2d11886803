//! Differential tests: every program in `tests/py` runs under py2jit in
//! each execution mode, and its stdout, stderr and exit status must equal,
//! byte for byte, what CPython 2.7 produced (the committed fixtures).

mod common;

fn run_mode(mode: &'static [&'static str]) {
    let dir = common::corpus_dir();
    common::pin_source_mtimes(&dir);
    let progs = common::programs();
    assert!(
        progs.len() >= 15,
        "corpus looks empty: {} programs",
        progs.len()
    );
    let jobs: Vec<(String, &'static [&'static str])> =
        progs.into_iter().map(|p| (p, mode)).collect();
    let total = jobs.len();
    let errs = common::parallel(jobs, |(p, m)| common::check_program(&p, m));
    if !errs.is_empty() {
        panic!(
            "{} of {} programs differ from CPython 2.7:\n{}",
            errs.len(),
            total,
            errs.join("\n")
        );
    }
}

#[test]
fn corpus_no_jit() {
    run_mode(&["--no-jit"]);
}

#[test]
fn corpus_jit_threshold_0() {
    run_mode(&["--jit-threshold", "0"]);
}

#[test]
fn corpus_default_mode() {
    run_mode(&[]);
}

/// A low threshold with machine code generated in the background: code
/// is installed whenever the compiler thread finishes, at calls and at
/// back-edges of frames already running, at points that vary run to run.
#[test]
fn corpus_background_tier_up() {
    run_mode(&["--jit-threshold", "2"]);
}
