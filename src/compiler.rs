//! Source compilation through an installed CPython 2.7.
//!
//! py2jit executes bytecode; it has no Python parser of its own. When a
//! `.py` file (or `compile()`, `eval()` or `exec` of source text) needs
//! compiling, CPython 2.7 — if present — compiles it and hands back the
//! marshalled code object. The interpreter is found through
//! `PY2JIT_PYTHON2`, then `python2.7` on PATH, then a pyenv installation.

use crate::marshal;
use py2jit_runtime::value::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

static PYTHON2: OnceLock<Option<PathBuf>> = OnceLock::new();

fn runs(p: &std::path::Path) -> bool {
    Command::new(p)
        .args([
            "-c",
            "import sys; sys.exit(0 if sys.version_info[:2] == (2, 7) else 1)",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// The CPython 2.7 interpreter to compile with, if one is installed.
pub fn python2() -> Option<PathBuf> {
    PYTHON2
        .get_or_init(|| {
            if let Some(p) = std::env::var_os("PY2JIT_PYTHON2") {
                let p = PathBuf::from(p);
                return runs(&p).then_some(p);
            }
            if let Some(path) = std::env::var_os("PATH") {
                for dir in std::env::split_paths(&path) {
                    let p = dir.join("python2.7");
                    if p.exists() && runs(&p) {
                        return Some(p);
                    }
                }
            }
            let mut roots = Vec::new();
            if let Some(r) = std::env::var_os("PYENV_ROOT") {
                roots.push(PathBuf::from(r));
            }
            if let Some(h) = std::env::var_os("HOME") {
                roots.push(PathBuf::from(h).join(".pyenv"));
            }
            for root in roots {
                if let Ok(entries) = std::fs::read_dir(root.join("versions")) {
                    let mut vs: Vec<PathBuf> = entries
                        .flatten()
                        .map(|e| e.path())
                        .filter(|p| {
                            p.file_name()
                                .is_some_and(|n| n.to_string_lossy().starts_with("2.7"))
                        })
                        .collect();
                    vs.sort();
                    for v in vs.into_iter().rev() {
                        let p = v.join("bin/python2.7");
                        if p.exists() && runs(&p) {
                            return Some(p);
                        }
                    }
                }
            }
            None
        })
        .clone()
}

const COMPILE_SCRIPT: &str = r#"
import marshal, sys
data = sys.stdin.read()
filename, mode, flags = sys.argv[1], sys.argv[2], int(sys.argv[3])
try:
    code = compile(data, filename, mode, flags, 1)
except SyntaxError as e:
    parts = [e.msg, e.filename, e.lineno, e.offset, e.text]
    sys.stderr.write('\0'.join('' if p is None else str(p) for p in parts))
    sys.exit(3)
sys.stdout.write(marshal.dumps(code))
"#;

/// Why compilation failed.
pub enum CompileError {
    /// No CPython 2.7 is available.
    NoCompiler,
    /// A syntax error: msg, filename, lineno, offset, text (empty when
    /// CPython gave None).
    Syntax(Vec<String>),
    /// Anything else.
    Other(String),
}

/// Compiles source text to a code object with CPython 2.7.
pub fn compile(
    source: &[u8],
    filename: &str,
    mode: &str,
    flags: u32,
) -> Result<Value, CompileError> {
    let Some(py) = python2() else {
        return Err(CompileError::NoCompiler);
    };
    let mut child = Command::new(py)
        .args(["-c", COMPILE_SCRIPT, filename, mode, &flags.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| CompileError::Other(e.to_string()))?;
    let mut stdin = child.stdin.take().unwrap();
    let src = source.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&src);
    });
    let out = child
        .wait_with_output()
        .map_err(|e| CompileError::Other(e.to_string()))?;
    let _ = writer.join();
    match out.status.code() {
        Some(0) => marshal::loads(&out.stdout).map_err(|e| CompileError::Other(e.to_string())),
        Some(3) => Err(CompileError::Syntax(
            out.stderr
                .split(|&b| b == 0)
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .collect(),
        )),
        _ => Err(CompileError::Other(
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        )),
    }
}
