//! Command-line options of `py2jit bench`: one struct with a doc line and a
//! default per option, the help text, and the parser.
//!
//! Parsing is pure: it touches neither the file system nor the environment,
//! so it is unit-tested here. Turning options into paths and commands
//! (finding CPython, the programs directory) belongs to
//! [`super::impls`] and [`super::manifest`].

use std::path::PathBuf;
use std::time::Duration;

/// Help text for `py2jit bench --help`.
pub const USAGE: &str = "\
usage: py2jit bench [OPTIONS] [BENCHMARK...]

Runs the benchmark programs (benches/programs/NAME.pyc, listed in
manifest.txt) under CPython 2.7, `py2jit --no-jit` and `py2jit`, checks that
every implementation prints the expected output, and reports median times,
speedups over CPython 2.7 (with a geometric mean) and peak memory.
Without BENCHMARK names, every program runs.

options:
  --runs N              runs per benchmark and implementation, interleaved
                        (default 3)
  --size SIZE           'default' (1-5 s under CPython), 'test' (tiny), or
                        an integer passed to every program (default: default)
  --python PATH         the CPython 2.7 interpreter (default: $PY2JIT_PYTHON2,
                        python2.7 on PATH, then pyenv's 2.7 versions)
  --no-cpython          do not run CPython; speedups are then over
                        py2jit --no-jit
  --impl NAME=COMMAND   also run COMMAND NAME.pyc SIZE (e.g. pypy=pypy);
                        COMMAND is split on blanks; repeatable
  --py2jit PATH         the py2jit binary to benchmark (default: this one)
  --dir DIR             the programs directory (default: benches/programs
                        under the current directory, else in the source tree)
  --json FILE           write results as JSON (default bench-results.json)
  --svg FILE            write a bar chart of speedups (default bench-results.svg)
  --timeout SECS        kill a run after SECS seconds (default 300)
  --list                list the benchmarks and exit
  -h, --help            show this help
";

/// Which problem size each program is run at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// The manifest's test size (well under 0.2 s under CPython).
    Test,
    /// The manifest's default size (1-5 s under CPython).
    Default,
    /// This size for every program; there is no recorded output to check.
    Fixed(u64),
}

impl Size {
    /// The word used for this size in reports: `test`, `default` or the number.
    pub fn label(self) -> String {
        match self {
            Size::Test => "test".into(),
            Size::Default => "default".into(),
            Size::Fixed(n) => n.to_string(),
        }
    }
}

/// An implementation added with `--impl NAME=COMMAND`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraImpl {
    /// Column name in the report.
    pub name: String,
    /// The command words; `NAME.pyc SIZE` are appended.
    pub command: Vec<String>,
}

/// Everything `py2jit bench` was asked to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Benchmarks to run, by name, in the order given; empty means all.
    pub names: Vec<String>,
    /// Runs per benchmark and implementation (`--runs`, default 3).
    pub runs: usize,
    /// Problem size (`--size`, default [`Size::Default`]).
    pub size: Size,
    /// CPython 2.7 interpreter (`--python`; default: searched for).
    pub python: Option<PathBuf>,
    /// Whether CPython runs and is the baseline (`--no-cpython` clears it).
    pub cpython: bool,
    /// py2jit binary (`--py2jit`; default: the running executable).
    pub py2jit: Option<PathBuf>,
    /// Further implementations (`--impl NAME=COMMAND`), in order given.
    pub extra: Vec<ExtraImpl>,
    /// Programs directory (`--dir`; default: searched for).
    pub dir: Option<PathBuf>,
    /// JSON results file (`--json`, default `bench-results.json`).
    pub json: PathBuf,
    /// SVG chart file (`--svg`, default `bench-results.svg`).
    pub svg: PathBuf,
    /// Wall-clock limit per run (`--timeout`, default 300 s).
    pub timeout: Duration,
    /// List the benchmarks instead of running them (`--list`).
    pub list: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            names: Vec::new(),
            runs: 3,
            size: Size::Default,
            python: None,
            cpython: true,
            py2jit: None,
            extra: Vec::new(),
            dir: None,
            json: PathBuf::from("bench-results.json"),
            svg: PathBuf::from("bench-results.svg"),
            timeout: Duration::from_secs(300),
            list: false,
        }
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    /// Print [`USAGE`].
    Help,
    /// Run (or list) benchmarks (boxed: it dwarfs `Help`).
    Run(Box<Options>),
}

/// Parses the arguments after `bench`. Options taking a value accept both
/// `--opt VALUE` and `--opt=VALUE`; anything not starting with `-` is a
/// benchmark name.
pub fn parse(args: &[String]) -> Result<Parsed, String> {
    let mut opts = Options::default();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("option {flag} needs a value"))
        };
        match flag {
            "-h" | "--help" => return Ok(Parsed::Help),
            "--runs" => {
                let v = value()?;
                opts.runs = match v.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => return Err(format!("--runs needs a positive integer, not '{v}'")),
                };
            }
            "--size" => opts.size = parse_size(&value()?)?,
            "--python" => opts.python = Some(PathBuf::from(value()?)),
            "--no-cpython" => opts.cpython = false,
            "--impl" => opts.extra.push(parse_impl(&value()?)?),
            "--py2jit" => opts.py2jit = Some(PathBuf::from(value()?)),
            "--dir" => opts.dir = Some(PathBuf::from(value()?)),
            "--json" => opts.json = PathBuf::from(value()?),
            "--svg" => opts.svg = PathBuf::from(value()?),
            "--timeout" => {
                let v = value()?;
                opts.timeout = match v.parse::<f64>() {
                    Ok(s) if s > 0.0 && s.is_finite() => Duration::from_secs_f64(s),
                    _ => {
                        return Err(format!(
                            "--timeout needs a positive number of seconds, not '{v}'"
                        ));
                    }
                };
            }
            "--list" => opts.list = true,
            _ if arg.starts_with('-') => {
                return Err(format!("unknown option '{arg}' (try py2jit bench --help)"));
            }
            _ => opts.names.push(arg.trim_end_matches(".py").to_string()),
        }
        if inline.is_some()
            && !matches!(
                flag,
                "--runs"
                    | "--size"
                    | "--python"
                    | "--impl"
                    | "--py2jit"
                    | "--dir"
                    | "--json"
                    | "--svg"
                    | "--timeout"
            )
        {
            return Err(format!("option {flag} takes no value"));
        }
        i += 1;
    }
    Ok(Parsed::Run(Box::new(opts)))
}

fn parse_size(v: &str) -> Result<Size, String> {
    match v {
        "test" => Ok(Size::Test),
        "default" => Ok(Size::Default),
        _ => v.parse::<u64>().map(Size::Fixed).map_err(|_| {
            format!("--size needs 'test', 'default' or a non-negative integer, not '{v}'")
        }),
    }
}

fn parse_impl(v: &str) -> Result<ExtraImpl, String> {
    let bad = || format!("--impl needs NAME=COMMAND (e.g. pypy=/usr/bin/pypy), not '{v}'");
    let (name, command) = v.split_once('=').ok_or_else(bad)?;
    let command: Vec<String> = command.split_whitespace().map(String::from).collect();
    let name_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
    if !name_ok || command.is_empty() {
        return Err(bad());
    }
    Ok(ExtraImpl {
        name: name.to_string(),
        command,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn run(s: &str) -> Options {
        match parse(&args(s)) {
            Ok(Parsed::Run(o)) => *o,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn defaults() {
        let o = run("");
        assert_eq!(o, Options::default());
        assert_eq!(o.runs, 3);
        assert_eq!(o.size, Size::Default);
        assert_eq!(o.json, PathBuf::from("bench-results.json"));
        assert_eq!(o.svg, PathBuf::from("bench-results.svg"));
    }

    #[test]
    fn values_and_names() {
        let o =
            run("--runs 5 --size=test fib --impl pypy=pypy --no-cpython sieve.py --timeout 2.5");
        assert_eq!(o.runs, 5);
        assert_eq!(o.size, Size::Test);
        assert_eq!(o.names, ["fib", "sieve"]);
        assert_eq!(
            o.extra,
            [ExtraImpl {
                name: "pypy".into(),
                command: vec!["pypy".into()]
            }]
        );
        assert!(!o.cpython);
        assert_eq!(o.timeout, Duration::from_millis(2500));
        assert_eq!(run("--size 1234").size, Size::Fixed(1234));
    }

    #[test]
    fn impl_command_is_split_on_blanks() {
        let v = vec!["--impl".to_string(), "cp=python2.7 -S".to_string()];
        let Ok(Parsed::Run(o)) = parse(&v) else {
            panic!()
        };
        assert_eq!(o.extra[0].command, ["python2.7", "-S"]);
    }

    #[test]
    fn errors() {
        for bad in [
            "--runs 0",
            "--runs x",
            "--size big",
            "--impl pypy",
            "--impl =pypy",
            "--impl a=",
            "--bogus",
            "--json",
            "--list=1",
        ] {
            assert!(parse(&args(bad)).is_err(), "{bad} should be rejected");
        }
        assert_eq!(parse(&args("-h")), Ok(Parsed::Help));
    }

    #[test]
    fn size_labels() {
        assert_eq!(Size::Test.label(), "test");
        assert_eq!(Size::Fixed(7).label(), "7");
    }
}
