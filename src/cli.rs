//! Command-line parsing: `py2jit [OPTIONS] FILE [ARGS...]`, like `python`:
//! options come before the file; everything after it belongs to the
//! program (`sys.argv[1:]`). Hand-written because the rules are simple
//! and Python-specific (the first non-option ends option parsing).

use crate::options::Options;
use std::path::PathBuf;

/// What the command line asks for.
pub enum Command {
    /// Run FILE with ARGS.
    Run {
        file: PathBuf,
        args: Vec<String>,
        opts: Options,
    },
    /// Disassemble FILE.
    Dis(PathBuf),
    /// Print usage.
    Help,
    /// Print the version.
    Version,
}

/// Usage text.
pub const USAGE: &str = "\
usage: py2jit [OPTIONS] FILE [ARGS...]

Runs a CPython 2.7 program (FILE.pyc, or FILE.py compiled by an installed
CPython 2.7) with sys.argv = [FILE] + ARGS.

options:
  --no-jit            run everything in the interpreter
  --jit-threshold N   calls/loop iterations before a function is compiled
                      (0 = compile on first call; default 1000, or
                      $PY2JIT_JIT_THRESHOLD)
  --jit-sync          compile on the interpreter's thread when code gets
                      hot (default: machine code is generated on a
                      background thread while the interpreter goes on)
  --jit-log           print a line per compiled code object
  --jit-dump DIR      write Cranelift IR and disassembly per code object
  --stats             print JIT statistics at exit
  --stats-json FILE   write JIT statistics as JSON
  --dis               print the disassembly (as CPython's dis module)
  -h, --help          show this help
  -V, --version       show the version
";

/// Parses arguments (without the program name).
pub fn parse(args: &[String]) -> Result<Command, String> {
    let mut opts = Options::default();
    let mut dis = false;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = |name: &str| -> Result<String, String> {
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("option {name} needs a value"))
        };
        match a {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--no-jit" => opts.jit = false,
            "--jit-threshold" => {
                let v = value(a)?;
                opts.jit_threshold = v.parse().map_err(|_| {
                    format!("--jit-threshold needs a non-negative integer, not '{v}'")
                })?;
            }
            "--jit-sync" => opts.jit_sync = true,
            "--jit-log" => opts.jit_log = true,
            "--jit-dump" => opts.jit_dump = Some(PathBuf::from(value(a)?)),
            "--stats" => opts.stats = true,
            "--stats-json" => opts.stats_json = Some(PathBuf::from(value(a)?)),
            "--dis" => dis = true,
            _ if a.starts_with('-') && a.len() > 1 => {
                return Err(format!("unknown option '{a}' (try --help)"));
            }
            _ => {
                let file = PathBuf::from(a);
                if dis {
                    return Ok(Command::Dis(file));
                }
                return Ok(Command::Run {
                    file,
                    args: args[i + 1..].to_vec(),
                    opts,
                });
            }
        }
        i += 1;
    }
    Err("no program file given (try --help)".into())
}
