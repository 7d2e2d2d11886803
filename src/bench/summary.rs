//! From raw measurements to the numbers reported: output verdicts, median
//! times, speedups over the baseline, peak memory and geometric means.
//!
//! Terms:
//! - *baseline*: implementation 0 (CPython 2.7 unless `--no-cpython`).
//! - *reference output* of a benchmark: CPython's recorded `.out` for the
//!   size when there is one; else the baseline's first successful run's
//!   stdout; else the first successful stdout of any implementation (in
//!   implementation order).
//! - *verdict* of a cell (benchmark x implementation): `Failed` if any run
//!   did not exit with status 0, else `Mismatch` if any run's stdout
//!   differs from the reference, else `Ok`.
//!
//! Invariants: a cell has a median time only if every run exited 0; a
//! speedup only if it and the baseline both have one; the geometric mean
//! of an implementation covers exactly the benchmarks where both it and
//! the baseline are `Ok` (a wrong answer's speed does not count).

use super::child::Measurement;
use super::runner::BenchRuns;

/// The result of checking one run, or one cell's runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Exited 0 with the reference output.
    Ok,
    /// Exited 0 with different output; `line` is the first differing line (1-based).
    Mismatch {
        /// First differing line, 1-based.
        line: usize,
    },
    /// Did not exit 0: why, e.g. `exit status 1: NameError: ...`.
    Failed(String),
}

impl Verdict {
    /// A short phrase for progress lines.
    pub fn describe(&self) -> String {
        match self {
            Verdict::Ok => "ok".into(),
            Verdict::Mismatch { line } => format!("WRONG OUTPUT (line {line})"),
            Verdict::Failed(why) => format!("FAILED ({why})"),
        }
    }
}

/// Which output a benchmark's runs were checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// CPython's recorded `.out` / `.test.out` file.
    Recorded,
    /// The stdout of this implementation (an index).
    Impl(usize),
    /// Nothing to check against: no run succeeded.
    None,
}

/// One benchmark under one implementation.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Wall seconds of every run, in run order.
    pub times: Vec<f64>,
    /// CPU seconds (user + system) of every run.
    pub cpu_times: Vec<f64>,
    /// Median wall seconds, if every run exited 0.
    pub median: Option<f64>,
    /// Baseline median over this median.
    pub speedup: Option<f64>,
    /// Largest peak RSS over the runs, in MiB (None if not measured).
    pub peak_rss_mib: Option<f64>,
    /// Output and exit check.
    pub verdict: Verdict,
}

/// One benchmark under every implementation.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchSummary {
    /// Program name.
    pub name: String,
    /// Size argument.
    pub size: u64,
    /// What outputs were checked against.
    pub reference: Reference,
    /// One per implementation, in implementation order.
    pub cells: Vec<Cell>,
}

/// The geometric mean of one implementation's speedups.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geomean {
    /// The mean, if any benchmark counted.
    pub speedup: Option<f64>,
    /// How many benchmarks counted.
    pub count: usize,
}

/// Everything a report needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Implementation names, baseline first.
    pub impls: Vec<String>,
    /// `test`, `default` or the fixed size.
    pub size_label: String,
    /// Runs per cell.
    pub runs: usize,
    /// Benchmarks in report order.
    pub benches: Vec<BenchSummary>,
    /// One per implementation (the baseline's is 1 over its `Ok` benchmarks).
    pub geomeans: Vec<Geomean>,
}

impl Summary {
    /// True when every cell is `Ok`.
    pub fn all_ok(&self) -> bool {
        self.benches
            .iter()
            .all(|b| b.cells.iter().all(|c| c.verdict == Verdict::Ok))
    }
}

/// The median of `xs` (the mean of the middle two for an even count).
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

/// The geometric mean of positive `xs` (None if empty or any is not positive).
pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|&x| !(x > 0.0 && x.is_finite())) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

/// The first line (1-based) where `a` and `b` differ; a missing line
/// counts as different.
pub fn first_difference(a: &[u8], b: &[u8]) -> usize {
    let mut la = a.split(|&c| c == b'\n');
    let mut lb = b.split(|&c| c == b'\n');
    let mut line = 1;
    loop {
        match (la.next(), lb.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            _ => return line,
        }
    }
}

/// Checks one run against the reference output (no reference: any
/// successful run is `Ok`).
pub fn judge(m: &Measurement, reference: Option<&[u8]>) -> Verdict {
    if !m.exit.success() {
        let last = String::from_utf8_lossy(&m.stderr)
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map(|l| l.trim().to_string());
        return Verdict::Failed(match last {
            Some(l) => format!("{}: {}", m.exit.describe(), truncate(&l, 120)),
            None => m.exit.describe(),
        });
    }
    match reference {
        Some(r) if r != m.stdout.as_slice() => Verdict::Mismatch {
            line: first_difference(r, &m.stdout),
        },
        _ => Verdict::Ok,
    }
}

fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

/// Summarizes measured runs; `impls` are the implementation names, in the
/// order of `BenchRuns::runs`.
pub fn summarize(
    impls: &[String],
    size_label: &str,
    runs: usize,
    results: &[BenchRuns],
) -> Summary {
    let benches: Vec<BenchSummary> = results.iter().map(summarize_bench).collect();
    let geomeans = (0..impls.len())
        .map(|i| {
            let speedups: Vec<f64> = benches
                .iter()
                .filter(|b| b.cells[0].verdict == Verdict::Ok && b.cells[i].verdict == Verdict::Ok)
                .filter_map(|b| b.cells[i].speedup)
                .collect();
            Geomean {
                speedup: geomean(&speedups),
                count: speedups.len(),
            }
        })
        .collect();
    Summary {
        impls: impls.to_vec(),
        size_label: size_label.to_string(),
        runs,
        benches,
        geomeans,
    }
}

fn summarize_bench(b: &BenchRuns) -> BenchSummary {
    let (reference, ref_bytes): (Reference, Option<&[u8]>) = match &b.expected {
        Some(bytes) => (Reference::Recorded, Some(bytes)),
        None => b
            .runs
            .iter()
            .enumerate()
            .find_map(|(i, runs)| {
                runs.iter()
                    .find(|m| m.exit.success())
                    .map(|m| (Reference::Impl(i), Some(m.stdout.as_slice())))
            })
            .unwrap_or((Reference::None, None)),
    };
    let mut cells: Vec<Cell> = b
        .runs
        .iter()
        .map(|runs| {
            let verdicts: Vec<Verdict> = runs.iter().map(|m| judge(m, ref_bytes)).collect();
            let verdict = verdicts
                .iter()
                .find(|v| matches!(v, Verdict::Failed(_)))
                .or_else(|| verdicts.iter().find(|v| **v != Verdict::Ok))
                .cloned()
                .unwrap_or(Verdict::Ok);
            let times: Vec<f64> = runs.iter().map(|m| m.seconds).collect();
            let all_exited_0 = runs.iter().all(|m| m.exit.success());
            let rss = runs.iter().map(|m| m.max_rss_kib).max().filter(|&k| k > 0);
            Cell {
                median: if all_exited_0 { median(&times) } else { None },
                times,
                cpu_times: runs.iter().map(|m| m.cpu_seconds).collect(),
                speedup: None,
                peak_rss_mib: rss.map(|k| k as f64 / 1024.0),
                verdict,
            }
        })
        .collect();
    let base = cells.first().and_then(|c| c.median);
    for cell in &mut cells {
        cell.speedup = match (base, cell.median) {
            (Some(b), Some(t)) if t > 0.0 => Some(b / t),
            _ => None,
        };
    }
    BenchSummary {
        name: b.program.name.clone(),
        size: b.size,
        reference,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::super::child::Exit;
    use super::super::manifest::Program;
    use super::*;

    fn run(seconds: f64, code: i32, out: &str) -> Measurement {
        Measurement {
            seconds,
            cpu_seconds: seconds,
            max_rss_kib: 2048,
            exit: Exit::Code(code),
            stdout: out.as_bytes().to_vec(),
            stderr: b"Traceback...\nNameError: x\n\n".to_vec(),
        }
    }

    fn bench(name: &str, expected: Option<&str>, runs: Vec<Vec<Measurement>>) -> BenchRuns {
        BenchRuns {
            program: Program {
                name: name.into(),
                default_size: 10,
                test_size: 1,
                description: String::new(),
            },
            size: 10,
            expected: expected.map(|e| e.as_bytes().to_vec()),
            runs,
        }
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn geomeans() {
        assert_eq!(geomean(&[]), None);
        assert!((geomean(&[2.0, 8.0]).unwrap() - 4.0).abs() < 1e-12);
        assert!((geomean(&[0.5, 2.0]).unwrap() - 1.0).abs() < 1e-12);
        assert_eq!(geomean(&[1.0, 0.0]), None);
    }

    #[test]
    fn differences() {
        assert_eq!(first_difference(b"a\nb\n", b"a\nc\n"), 2);
        assert_eq!(first_difference(b"a\nb\n", b"a\n"), 2);
        assert_eq!(first_difference(b"x", b"y"), 1);
    }

    #[test]
    fn judging() {
        assert_eq!(judge(&run(1.0, 0, "a\n"), Some(b"a\n")), Verdict::Ok);
        assert_eq!(judge(&run(1.0, 0, "a\n"), None), Verdict::Ok);
        assert_eq!(
            judge(&run(1.0, 0, "a\nb\n"), Some(b"a\nc\n")),
            Verdict::Mismatch { line: 2 }
        );
        assert_eq!(
            judge(&run(1.0, 1, "a\n"), Some(b"a\n")),
            Verdict::Failed("exit status 1: NameError: x".into())
        );
    }

    #[test]
    fn summarizes_speedups_verdicts_and_geomeans() {
        let names: Vec<String> = ["base", "fast", "broken"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let results = vec![
            bench(
                "one",
                Some("ok\n"),
                vec![
                    vec![
                        run(2.0, 0, "ok\n"),
                        run(4.0, 0, "ok\n"),
                        run(3.0, 0, "ok\n"),
                    ],
                    vec![
                        run(1.0, 0, "ok\n"),
                        run(1.0, 0, "ok\n"),
                        run(1.5, 0, "ok\n"),
                    ],
                    vec![
                        run(0.1, 0, "no\n"),
                        run(0.1, 0, "ok\n"),
                        run(0.1, 0, "ok\n"),
                    ],
                ],
            ),
            bench(
                "two",
                None,
                vec![
                    vec![run(8.0, 0, "x\n")],
                    vec![run(1.0, 0, "x\n")],
                    vec![run(1.0, 2, "")],
                ],
            ),
        ];
        let s = summarize(&names, "default", 3, &results);
        let one = &s.benches[0];
        assert_eq!(one.reference, Reference::Recorded);
        assert_eq!(one.cells[0].median, Some(3.0));
        assert_eq!(one.cells[0].speedup, Some(1.0));
        assert_eq!(one.cells[1].speedup, Some(3.0));
        assert_eq!(one.cells[1].peak_rss_mib, Some(2.0));
        assert_eq!(one.cells[2].verdict, Verdict::Mismatch { line: 1 });
        assert!(
            one.cells[2].speedup.is_some(),
            "a mismatch still has a time"
        );
        let two = &s.benches[1];
        assert_eq!(two.reference, Reference::Impl(0));
        assert_eq!(two.cells[1].speedup, Some(8.0));
        assert_eq!(two.cells[2].median, None);
        assert!(matches!(two.cells[2].verdict, Verdict::Failed(_)));
        // fast: sqrt(3 * 8); broken: counted nowhere; base: 1.
        assert!((s.geomeans[1].speedup.unwrap() - 24f64.sqrt()).abs() < 1e-12);
        assert_eq!(s.geomeans[1].count, 2);
        assert_eq!(
            s.geomeans[2],
            Geomean {
                speedup: None,
                count: 0
            }
        );
        assert_eq!(s.geomeans[0].speedup, Some(1.0));
        assert!(!s.all_ok());
    }

    #[test]
    fn reference_falls_back_past_a_failed_baseline() {
        let names: Vec<String> = vec!["base".into(), "other".into()];
        let results = vec![bench(
            "b",
            None,
            vec![vec![run(1.0, 1, "")], vec![run(1.0, 0, "y\n")]],
        )];
        let s = summarize(&names, "5", 1, &results);
        assert_eq!(s.benches[0].reference, Reference::Impl(1));
        assert_eq!(s.benches[0].cells[1].verdict, Verdict::Ok);
        assert_eq!(s.benches[0].cells[1].speedup, None);
    }
}
