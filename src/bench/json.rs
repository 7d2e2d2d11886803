//! The JSON results file (`--json`): its schema and a minimal serializer.
//!
//! Schema (version 1):
//! ```text
//! { "format": "py2jit-bench", "version": 1,
//!   "timestamp": UNIX_SECONDS, "size": "default" | "test" | "N", "runs": N,
//!   "programs_dir": PATH, "baseline": NAME,
//!   "implementations": [ { "name": NAME, "command": [WORD, ...] }, ... ],
//!   "benchmarks": [
//!     { "name": NAME, "size": N, "reference": "recorded" | IMPL | null,
//!       "results": { IMPL: { "status": "ok" | "wrong_output" | "failed",
//!                            "detail": TEXT | null, "times": [SECONDS, ...],
//!                            "cpu_times": [SECONDS, ...], "median": SECONDS | null,
//!                            "speedup": X | null, "peak_rss_mib": MIB | null }, ... } },
//!     ... ],
//!   "geomean_speedup": { IMPL: { "speedup": X | null, "benchmarks": N }, ... } }
//! ```
//! Objects keep insertion order, so the file is stable across runs.
//! Non-finite numbers are written as `null`.

use super::impls::Impl;
use super::summary::{Reference, Summary, Verdict};
use std::fmt::Write;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number (non-finite values print as `null`).
    Num(f64),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, in insertion order.
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn opt(x: Option<f64>) -> Json {
        x.map_or(Json::Null, Json::Num)
    }

    fn str(s: impl Into<String>) -> Json {
        Json::Str(s.into())
    }

    fn obj(fields: Vec<(&str, Json)>) -> Json {
        Json::Obj(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// Pretty-printed text, two-space indented, with a final newline.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, d: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(d));
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(x) if x.is_finite() => {
                // Display prints integral values without ".0" and never uses
                // an exponent: both valid JSON.
                let _ = write!(out, "{x}");
            }
            Json::Num(_) => out.push_str("null"),
            Json::Str(s) => escape(s, out),
            Json::Arr(items)
                if items
                    .iter()
                    .all(|v| !matches!(v, Json::Arr(_) | Json::Obj(_))) =>
            {
                // Arrays of scalars (run times, commands) stay on one line.
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    v.write(out, depth);
                }
                out.push(']');
            }
            Json::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    v.write(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Obj(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    escape(k, out);
                    out.push_str(": ");
                    v.write(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// Appends `s` as a JSON string literal: quotes, backslashes and control
/// characters escaped; everything else (including non-ASCII) as is.
pub fn escape(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Facts about the run that the summary does not hold.
pub struct RunInfo<'a> {
    /// Seconds since the Unix epoch when the run started.
    pub timestamp: u64,
    /// The programs directory.
    pub programs_dir: &'a str,
    /// The implementations, in summary order.
    pub impls: &'a [Impl],
}

/// Seconds rounded to microseconds: finer digits are noise, and
/// rounding keeps the file readable (`0.025483`, not `0.025483000000000002`).
fn seconds(t: f64) -> Json {
    Json::Num((t * 1e6).round() / 1e6)
}

/// The results document (see the module doc for the schema).
pub fn results(s: &Summary, info: &RunInfo) -> Json {
    let impls = info.impls.iter().map(|i| {
        Json::obj(vec![
            ("name", Json::str(&i.name)),
            (
                "command",
                Json::Arr(i.command.iter().map(Json::str).collect()),
            ),
        ])
    });
    let benchmarks = s.benches.iter().map(|b| {
        let reference = match b.reference {
            Reference::Recorded => Json::str("recorded"),
            Reference::Impl(i) => Json::str(&s.impls[i]),
            Reference::None => Json::Null,
        };
        let results = s.impls.iter().zip(&b.cells).map(|(name, c)| {
            let (status, detail) = match &c.verdict {
                Verdict::Ok => ("ok", Json::Null),
                Verdict::Mismatch { line } => (
                    "wrong_output",
                    Json::Str(format!("first difference at line {line}")),
                ),
                Verdict::Failed(why) => ("failed", Json::str(why)),
            };
            let cell = Json::obj(vec![
                ("status", Json::str(status)),
                ("detail", detail),
                (
                    "times",
                    Json::Arr(c.times.iter().map(|&t| seconds(t)).collect()),
                ),
                (
                    "cpu_times",
                    Json::Arr(c.cpu_times.iter().map(|&t| seconds(t)).collect()),
                ),
                ("median", c.median.map_or(Json::Null, seconds)),
                ("speedup", Json::opt(c.speedup)),
                ("peak_rss_mib", Json::opt(c.peak_rss_mib)),
            ]);
            (name.clone(), cell)
        });
        Json::obj(vec![
            ("name", Json::str(&b.name)),
            ("size", Json::Num(b.size as f64)),
            ("reference", reference),
            ("results", Json::Obj(results.collect())),
        ])
    });
    let geomeans = s.impls.iter().zip(&s.geomeans).map(|(name, g)| {
        (
            name.clone(),
            Json::obj(vec![
                ("speedup", Json::opt(g.speedup)),
                ("benchmarks", Json::Num(g.count as f64)),
            ]),
        )
    });
    Json::obj(vec![
        ("format", Json::str("py2jit-bench")),
        ("version", Json::Num(1.0)),
        ("timestamp", Json::Num(info.timestamp as f64)),
        ("size", Json::str(&s.size_label)),
        ("runs", Json::Num(s.runs as f64)),
        ("programs_dir", Json::str(info.programs_dir)),
        ("baseline", s.impls.first().map_or(Json::Null, Json::str)),
        ("implementations", Json::Arr(impls.collect())),
        ("benchmarks", Json::Arr(benchmarks.collect())),
        ("geomean_speedup", Json::Obj(geomeans.collect())),
    ])
}

#[cfg(test)]
mod tests {
    use super::super::summary::{BenchSummary, Cell, Geomean};
    use super::*;

    fn esc(s: &str) -> String {
        let mut out = String::new();
        escape(s, &mut out);
        out
    }

    #[test]
    fn escaping() {
        assert_eq!(esc("plain"), "\"plain\"");
        assert_eq!(esc("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(esc("l1\nl2\t\r"), "\"l1\\nl2\\t\\r\"");
        assert_eq!(esc("\u{1}\u{1f}\u{7f}"), "\"\\u0001\\u001f\\u007f\"");
        assert_eq!(esc("héllo ✓"), "\"héllo ✓\"");
    }

    #[test]
    fn values() {
        assert_eq!(Json::Num(3.0).to_pretty(), "3\n");
        assert_eq!(Json::Num(0.125).to_pretty(), "0.125\n");
        assert_eq!(Json::Num(f64::NAN).to_pretty(), "null\n");
        assert_eq!(Json::Num(f64::INFINITY).to_pretty(), "null\n");
        assert_eq!(Json::Bool(true).to_pretty(), "true\n");
        assert_eq!(Json::Obj(vec![]).to_pretty(), "{}\n");
        let doc = Json::obj(vec![
            ("a", Json::Arr(vec![Json::Num(1.5), Json::Null])),
            ("b", Json::Arr(vec![Json::obj(vec![("c", Json::str("d"))])])),
        ]);
        assert_eq!(
            doc.to_pretty(),
            "{\n  \"a\": [1.5, null],\n  \"b\": [\n    {\n      \"c\": \"d\"\n    }\n  ]\n}\n"
        );
    }

    #[test]
    fn results_document() {
        let s = Summary {
            impls: vec!["cpython2.7".into(), "py2jit".into()],
            size_label: "test".into(),
            runs: 1,
            benches: vec![BenchSummary {
                name: "fib".into(),
                size: 5,
                reference: Reference::Recorded,
                cells: vec![
                    Cell {
                        times: vec![0.5],
                        cpu_times: vec![0.025483000000000002],
                        median: Some(0.5),
                        speedup: Some(1.0),
                        peak_rss_mib: Some(6.0),
                        verdict: Verdict::Ok,
                    },
                    Cell {
                        times: vec![0.1],
                        cpu_times: vec![0.1],
                        median: None,
                        speedup: None,
                        peak_rss_mib: None,
                        verdict: Verdict::Failed("exit status 1: \"x\"".into()),
                    },
                ],
            }],
            geomeans: vec![
                Geomean {
                    speedup: Some(1.0),
                    count: 1,
                },
                Geomean {
                    speedup: None,
                    count: 0,
                },
            ],
        };
        let impls = [
            Impl {
                name: "cpython2.7".into(),
                command: vec!["python2.7".into()],
            },
            Impl {
                name: "py2jit".into(),
                command: vec!["py2jit".into()],
            },
        ];
        let text = results(
            &s,
            &RunInfo {
                timestamp: 42,
                programs_dir: "benches/programs",
                impls: &impls,
            },
        )
        .to_pretty();
        for needle in [
            "\"format\": \"py2jit-bench\"",
            "\"timestamp\": 42",
            "\"baseline\": \"cpython2.7\"",
            "\"command\": [\"python2.7\"]",
            "\"reference\": \"recorded\"",
            "\"times\": [0.5]",
            "\"cpu_times\": [0.025483]",
            "\"status\": \"failed\"",
            "\"detail\": \"exit status 1: \\\"x\\\"\"",
            "\"peak_rss_mib\": null",
            "\"py2jit\": {\n      \"speedup\": null,\n      \"benchmarks\": 0\n    }",
        ] {
            assert!(text.contains(needle), "missing {needle} in\n{text}");
        }
        assert_eq!(text.matches('{').count(), text.matches('}').count());
    }
}
