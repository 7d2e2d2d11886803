//! The run loop: every selected program under every implementation,
//! `--runs` times, with one progress line per run.
//!
//! Runs are interleaved: for each benchmark, run 1 of every implementation,
//! then run 2 of every implementation, and so on, so that drift in the
//! machine's speed (other load, frequency scaling) spreads over all
//! implementations instead of favouring whichever ran first.
//!
//! Every run gets the same conditions as `benches/programs/regen` gave
//! CPython when it recorded the expected output: the programs directory
//! as working directory, `NAME.pyc SIZE` as arguments, stdin from
//! /dev/null, every `PYTHON*` variable removed and
//! `PYTHONDONTWRITEBYTECODE=1`.

use super::child::{self, Measurement};
use super::impls::Impl;
use super::manifest::Program;
use super::options::Size;
use super::summary;
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Everything measured for one benchmark.
#[derive(Debug, Clone)]
pub struct BenchRuns {
    /// The program.
    pub program: Program,
    /// The size argument it ran with.
    pub size: u64,
    /// CPython's recorded stdout for this size, if there is one.
    pub expected: Option<Vec<u8>>,
    /// `runs[i][k]`: run `k` of implementation `i`.
    pub runs: Vec<Vec<Measurement>>,
}

/// What to run and how often.
pub struct Plan<'a> {
    /// The programs directory (working directory of every run).
    pub dir: &'a Path,
    /// Programs, in report order.
    pub programs: &'a [Program],
    /// Implementations, baseline first.
    pub impls: &'a [Impl],
    /// Size to run at.
    pub size: Size,
    /// Runs per program and implementation.
    pub runs: usize,
    /// Wall-clock limit per run.
    pub timeout: Duration,
}

/// Runs the plan, writing progress lines to `progress` (errors writing
/// progress are ignored: it is informational).
pub fn run_all(plan: &Plan, progress: &mut dyn Write) -> Vec<BenchRuns> {
    let total = plan.programs.len() * plan.impls.len() * plan.runs;
    let name_width = plan
        .programs
        .iter()
        .map(|p| p.name.len())
        .max()
        .unwrap_or(0);
    let impl_width = plan.impls.iter().map(|i| i.name.len()).max().unwrap_or(0);
    let mut done = 0;
    let mut results = Vec::new();
    for program in plan.programs {
        let size = program.size(plan.size);
        let expected = program
            .expected_output(plan.dir, plan.size)
            .and_then(|path| match std::fs::read(&path) {
                Ok(bytes) => Some(bytes),
                Err(e) => {
                    let _ = writeln!(
                        progress,
                        "warning: cannot read {} ({e}); comparing outputs with each other only",
                        path.display()
                    );
                    None
                }
            });
        let mut runs: Vec<Vec<Measurement>> = vec![Vec::new(); plan.impls.len()];
        for k in 0..plan.runs {
            for (i, imp) in plan.impls.iter().enumerate() {
                let m = child::run(&mut command(imp, program, size, plan.dir), plan.timeout);
                done += 1;
                let reference = expected.as_deref().or_else(|| first_success(&runs));
                let verdict = summary::judge(&m, reference);
                let _ = writeln!(
                    progress,
                    "[{done:>w$}/{total}] {:<nw$}  {:<iw$}  run {}/{}  {:>8.3} s  {:>7.1} MiB  {}",
                    program.name,
                    imp.name,
                    k + 1,
                    plan.runs,
                    m.seconds,
                    m.max_rss_kib as f64 / 1024.0,
                    verdict.describe(),
                    w = total.to_string().len(),
                    nw = name_width,
                    iw = impl_width,
                );
                runs[i].push(m);
            }
        }
        results.push(BenchRuns {
            program: program.clone(),
            size,
            expected,
            runs,
        });
    }
    results
}

/// `IMPL... NAME.pyc SIZE` in `dir`, with the environment cleaned.
fn command(imp: &Impl, program: &Program, size: u64, dir: &Path) -> Command {
    let mut cmd = Command::new(&imp.command[0]);
    cmd.args(&imp.command[1..])
        .arg(format!("{}.pyc", program.name))
        .arg(size.to_string())
        .current_dir(dir);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(key);
        }
    }
    cmd.env("PYTHONDONTWRITEBYTECODE", "1");
    cmd
}

/// The first successful run's stdout so far, in run order.
fn first_success(runs: &[Vec<Measurement>]) -> Option<&[u8]> {
    let rounds = runs.iter().map(Vec::len).max().unwrap_or(0);
    (0..rounds)
        .flat_map(|k| runs.iter().filter_map(move |r| r.get(k)))
        .find(|m| m.exit.success())
        .map(|m| m.stdout.as_slice())
}

#[cfg(test)]
mod tests {
    use super::super::child::Exit;
    use super::*;

    fn m(exit: i32, out: &str) -> Measurement {
        Measurement {
            seconds: 1.0,
            cpu_seconds: 1.0,
            max_rss_kib: 1024,
            exit: Exit::Code(exit),
            stdout: out.as_bytes().to_vec(),
            stderr: Vec::new(),
        }
    }

    #[test]
    fn first_success_follows_run_order() {
        let runs = vec![vec![m(1, "a"), m(0, "c")], vec![m(0, "b")]];
        assert_eq!(first_success(&runs), Some(&b"b"[..]));
        assert_eq!(first_success(&[vec![m(1, "a")]]), None);
    }

    #[test]
    fn runs_interleaved_with_progress() {
        let dir = std::env::temp_dir().join(format!("py2jit-bench-runner-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("p.pyc"), "").unwrap();
        std::fs::write(dir.join("p.test.out"), "p.pyc 7\n").unwrap();
        let log = dir.join("log");
        let script = format!("echo \"$1 $2\"; echo x >> {}", log.display());
        let echo = |name: &str, extra: &str| Impl {
            name: name.into(),
            command: vec![
                "/bin/sh".into(),
                "-c".into(),
                format!("{script}; echo {extra} >> {}", log.display()),
                "sh".into(),
            ],
        };
        let impls = [echo("a", "A"), echo("b", "B")];
        let programs = [Program {
            name: "p".into(),
            default_size: 100,
            test_size: 7,
            description: String::new(),
        }];
        let plan = Plan {
            dir: &dir,
            programs: &programs,
            impls: &impls,
            size: Size::Test,
            runs: 2,
            timeout: Duration::from_secs(10),
        };
        let mut progress = Vec::new();
        let results = run_all(&plan, &mut progress);
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].size, 7);
        assert_eq!(results[0].runs[1][1].stdout, b"p.pyc 7\n");
        assert_eq!(results[0].expected.as_deref(), Some(&b"p.pyc 7\n"[..]));
        let order: String = std::fs::read_to_string(&log)
            .unwrap()
            .split_whitespace()
            .filter(|w| *w != "x")
            .collect();
        assert_eq!(order, "ABAB");
        let progress = String::from_utf8(progress).unwrap();
        assert_eq!(progress.lines().count(), 4);
        assert!(
            progress
                .lines()
                .next()
                .unwrap()
                .starts_with("[1/4] p  a  run 1/2")
        );
        assert!(progress.lines().all(|l| l.ends_with(" ok")), "{progress}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
