//! The text report: the results table printed to stdout, its footnotes,
//! and the `--list` listing.
//!
//! The table has one column group per implementation (time, speedup, MiB;
//! the baseline has no speedup column), one row per benchmark and a final
//! geometric-mean row. A time ending in `!` printed the wrong output;
//! `FAIL` means a run did not exit 0. Footnotes say which and why.

use super::manifest::Program;
use super::summary::{BenchSummary, Reference, Summary, Verdict};

/// The table, its footnotes, and a line on how to read it.
pub fn table(s: &Summary) -> String {
    let Some(baseline) = s.impls.first() else {
        return String::new();
    };
    let groups: Vec<Vec<&str>> = (0..s.impls.len())
        .map(|i| {
            if i == 0 {
                vec!["time ", "MiB"]
            } else {
                vec!["time ", "speedup", "MiB"]
            }
        })
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["benchmark".to_string()];
    header.extend(groups.iter().flatten().map(|h| h.to_string()));
    rows.push(header);
    for b in &s.benches {
        let mut row = vec![b.name.clone()];
        for (i, cell) in b.cells.iter().enumerate() {
            // The last character is a marker column, so digits stay aligned.
            let time = match (&cell.verdict, cell.median) {
                (Verdict::Failed(_), _) | (_, None) => "FAIL ".to_string(),
                (Verdict::Mismatch { .. }, Some(t)) => format!("{t:.3}!"),
                (Verdict::Ok, Some(t)) => format!("{t:.3} "),
            };
            row.push(time);
            if i > 0 {
                row.push(cell.speedup.map_or("-".into(), |x| format!("{x:.2}x")));
            }
            row.push(cell.peak_rss_mib.map_or("-".into(), |m| format!("{m:.1}")));
        }
        rows.push(row);
    }
    let mut mean = vec!["geomean".to_string(), String::new(), String::new()];
    for g in &s.geomeans[1..] {
        mean.push(String::new());
        mean.push(g.speedup.map_or("-".into(), |x| format!("{x:.2}x")));
        mean.push(String::new());
    }
    rows.push(mean);

    let mut out = format!(
        "size: {}; times are the median wall-clock seconds of {} run{}; speedup = {baseline} time / time\n\n",
        s.size_label,
        s.runs,
        if s.runs == 1 { "" } else { "s" }
    );
    out.push_str(&render(&s.impls, &groups, &rows));
    let notes = notes(s);
    if !notes.is_empty() {
        out.push('\n');
        for n in notes {
            out.push_str(&n);
            out.push('\n');
        }
    }
    out
}

/// Lays out `rows` (row 0 is the column header) under a line of
/// implementation names, each spanning its group of columns.
fn render(impls: &[String], groups: &[Vec<&str>], rows: &[Vec<String>]) -> String {
    let ncols = rows[0].len();
    let mut widths: Vec<usize> = (0..ncols)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    // Widen a group's first column until the implementation name fits.
    let mut col = 1;
    for (name, group) in impls.iter().zip(groups) {
        let span: usize =
            widths[col..col + group.len()].iter().sum::<usize>() + 2 * (group.len() - 1);
        if name.len() > span {
            widths[col] += name.len() - span;
        }
        col += group.len();
    }
    let mut out = format!("{:w$}", "", w = widths[0]);
    let mut col = 1;
    for (name, group) in impls.iter().zip(groups) {
        let span: usize =
            widths[col..col + group.len()].iter().sum::<usize>() + 2 * (group.len() - 1);
        out.push_str(&format!("    {name:>span$}"));
        col += group.len();
    }
    out.push('\n');
    for row in rows {
        let mut line = format!("{:<w$}", row[0], w = widths[0]);
        let mut col = 1;
        for group in groups {
            line.push_str("  ");
            for (k, cell) in row[col..col + group.len()].iter().enumerate() {
                line.push_str(&format!("  {cell:>w$}", w = widths[col + k]));
            }
            col += group.len();
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One line per cell that is not `Ok`, then one per incomplete geomean.
fn notes(s: &Summary) -> Vec<String> {
    let mut notes = Vec::new();
    for b in &s.benches {
        for (i, cell) in b.cells.iter().enumerate() {
            match &cell.verdict {
                Verdict::Ok => {}
                Verdict::Mismatch { line } => notes.push(format!(
                    "! {}, {}: output differs from {} at line {line}",
                    b.name,
                    s.impls[i],
                    reference_name(s, b)
                )),
                Verdict::Failed(why) => {
                    notes.push(format!("FAIL {}, {}: {why}", b.name, s.impls[i]))
                }
            }
        }
    }
    for (name, g) in s.impls.iter().zip(&s.geomeans).skip(1) {
        if g.count < s.benches.len() {
            notes.push(format!(
                "geomean of {name} covers {} of {} benchmarks (the others failed or printed the wrong output)",
                g.count,
                s.benches.len()
            ));
        }
    }
    notes
}

fn reference_name(s: &Summary, b: &BenchSummary) -> String {
    match b.reference {
        Reference::Recorded => format!(
            "CPython 2.7's recorded output ({}.{}out)",
            b.name,
            if s.size_label == "test" { "test." } else { "" }
        ),
        Reference::Impl(i) => format!("{}'s output", s.impls[i]),
        Reference::None => "nothing".into(),
    }
}

/// The `--list` output: name, default size, test size and description.
pub fn list(programs: &[Program]) -> String {
    let w = programs
        .iter()
        .map(|p| p.name.len())
        .max()
        .unwrap_or(0)
        .max("benchmark".len());
    let dw = programs
        .iter()
        .map(|p| p.default_size.to_string().len())
        .max()
        .unwrap_or(0)
        .max("default".len());
    let mut out = format!(
        "{:<w$}  {:>dw$}  {:>8}  description\n",
        "benchmark", "default", "test"
    );
    for p in programs {
        out.push_str(
            format!(
                "{:<w$}  {:>dw$}  {:>8}  {}",
                p.name, p.default_size, p.test_size, p.description
            )
            .trim_end(),
        );
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::summary::{Cell, Geomean};
    use super::*;

    fn cell(median: Option<f64>, speedup: Option<f64>, verdict: Verdict) -> Cell {
        Cell {
            times: vec![],
            cpu_times: vec![],
            median,
            speedup,
            peak_rss_mib: Some(12.25),
            verdict,
        }
    }

    fn sample() -> Summary {
        Summary {
            impls: vec!["cpython2.7".into(), "py2jit-nojit".into(), "py2jit".into()],
            size_label: "default".into(),
            runs: 3,
            benches: vec![
                BenchSummary {
                    name: "sieve".into(),
                    size: 100,
                    reference: Reference::Recorded,
                    cells: vec![
                        cell(Some(2.0), Some(1.0), Verdict::Ok),
                        cell(Some(1.0), Some(2.0), Verdict::Ok),
                        cell(Some(0.5), Some(4.0), Verdict::Mismatch { line: 3 }),
                    ],
                },
                BenchSummary {
                    name: "fib".into(),
                    size: 30,
                    reference: Reference::Recorded,
                    cells: vec![
                        cell(Some(1.5), Some(1.0), Verdict::Ok),
                        cell(
                            None,
                            None,
                            Verdict::Failed("exit status 1: NameError: x".into()),
                        ),
                        cell(Some(0.5), Some(3.0), Verdict::Ok),
                    ],
                },
            ],
            geomeans: vec![
                Geomean {
                    speedup: Some(1.0),
                    count: 2,
                },
                Geomean {
                    speedup: Some(2.0),
                    count: 1,
                },
                Geomean {
                    speedup: Some(3.0),
                    count: 1,
                },
            ],
        }
    }

    #[test]
    fn table_layout() {
        let expected = "\
size: default; times are the median wall-clock seconds of 3 runs; speedup = cpython2.7 time / time

               cpython2.7             py2jit-nojit                   py2jit
benchmark     time    MiB     time   speedup   MiB     time   speedup   MiB
sieve        2.000   12.2    1.000     2.00x  12.2    0.500!    4.00x  12.2
fib          1.500   12.2     FAIL         -  12.2    0.500     3.00x  12.2
geomean                                2.00x                    3.00x

! sieve, py2jit: output differs from CPython 2.7's recorded output (sieve.out) at line 3
FAIL fib, py2jit-nojit: exit status 1: NameError: x
geomean of py2jit-nojit covers 1 of 2 benchmarks (the others failed or printed the wrong output)
geomean of py2jit covers 1 of 2 benchmarks (the others failed or printed the wrong output)
";
        assert_eq!(table(&sample()), expected, "\n{}", table(&sample()));
    }

    #[test]
    fn long_names_widen_their_group() {
        let mut s = sample();
        s.impls[2] = "a-very-long-implementation-name".into();
        let t = table(&s);
        let lines: Vec<&str> = t.lines().collect();
        assert!(lines[2].ends_with("a-very-long-implementation-name"));
        assert_eq!(lines[2].len(), lines[3].len(), "{t}");
    }

    #[test]
    fn listing() {
        let p = vec![Program {
            name: "fib".into(),
            default_size: 30,
            test_size: 5,
            description: "calls".into(),
        }];
        assert_eq!(
            list(&p),
            "benchmark  default      test  description\nfib             30         5  calls\n"
        );
    }
}
