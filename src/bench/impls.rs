//! The implementations a benchmark runs under, and finding them.
//!
//! An *implementation* is a name (a report column) and a command prefix:
//! a benchmark runs as `PREFIX... NAME.pyc SIZE`. The list is, in order:
//! CPython 2.7 (unless `--no-cpython`), `py2jit --no-jit`, `py2jit`, then
//! every `--impl`. The first one is the *baseline* speedups are measured
//! against.
//!
//! CPython is looked for like `tests/regen-fixtures` does: `--python`,
//! `$PY2JIT_PYTHON2`, `python2.7` on `PATH`, then
//! `$(pyenv root)/versions/2.7*/bin/python2.7`, newest first. A candidate
//! counts only if it runs and says it is 2.7.

use super::options::Options;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Report name of CPython.
pub const CPYTHON: &str = "cpython2.7";
/// Report name of py2jit with the JIT off.
pub const PY2JIT_NOJIT: &str = "py2jit-nojit";
/// Report name of py2jit with default options.
pub const PY2JIT: &str = "py2jit";

/// One implementation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Impl {
    /// Column name in reports; unique.
    pub name: String,
    /// Command prefix; the program's `.pyc` and size are appended.
    pub command: Vec<String>,
}

/// The implementations `opts` asks for, baseline first.
pub fn resolve(opts: &Options) -> Result<Vec<Impl>, String> {
    let mut impls = Vec::new();
    if opts.cpython {
        let python = find_cpython(opts.python.as_deref())?;
        impls.push(Impl {
            name: CPYTHON.into(),
            command: vec![path_arg(&python)],
        });
    }
    let py2jit = match &opts.py2jit {
        Some(p) => p.clone(),
        None => std::env::current_exe().map_err(|e| {
            format!("cannot tell where the py2jit binary is ({e}); pass --py2jit PATH")
        })?,
    };
    let py2jit = path_arg(&py2jit);
    impls.push(Impl {
        name: PY2JIT_NOJIT.into(),
        command: vec![py2jit.clone(), "--no-jit".into()],
    });
    impls.push(Impl {
        name: PY2JIT.into(),
        command: vec![py2jit],
    });
    for extra in &opts.extra {
        if impls.iter().any(|i| i.name == extra.name) {
            return Err(format!(
                "--impl {}: there already is an implementation named '{}'",
                extra.name, extra.name
            ));
        }
        let mut command = extra.command.clone();
        command[0] = path_arg(Path::new(&command[0]));
        impls.push(Impl {
            name: extra.name.clone(),
            command,
        });
    }
    Ok(impls)
}

/// `p` as a command word. Relative paths with a directory part are made
/// absolute, because runs happen in the programs directory.
fn path_arg(p: &Path) -> String {
    let p = if p.is_relative() && p.components().count() > 1 {
        std::path::absolute(p).unwrap_or(p.into())
    } else {
        p.into()
    };
    p.to_string_lossy().into_owned()
}

/// Finds a working CPython 2.7, or says how to point at one.
pub fn find_cpython(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = explicit {
        return if is_python27(p) {
            Ok(p.to_path_buf())
        } else {
            Err(format!(
                "--python {} is not a working Python 2.7 interpreter",
                p.display()
            ))
        };
    }
    if let Some(p) = std::env::var_os("PY2JIT_PYTHON2").filter(|v| !v.is_empty()) {
        let p = PathBuf::from(p);
        return if is_python27(&p) {
            Ok(p)
        } else {
            Err(format!(
                "PY2JIT_PYTHON2={} is not a working Python 2.7 interpreter",
                p.display()
            ))
        };
    }
    let on_path = PathBuf::from("python2.7");
    if is_python27(&on_path) {
        return Ok(on_path);
    }
    pyenv_candidates()
        .into_iter()
        .find(|p| is_python27(p))
        .ok_or_else(|| {
            "no CPython 2.7 found: pass --python PATH, set PY2JIT_PYTHON2, put python2.7 on PATH \
         (or `pyenv install 2.7.18`), or use --no-cpython to run only py2jit"
                .to_string()
        })
}

/// True if `p` runs and reports version 2.7.
fn is_python27(p: &Path) -> bool {
    Command::new(p)
        .args(["-c", "import sys; sys.exit(sys.version_info[:2] != (2, 7))"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `ROOT/versions/2.7*/bin/python2.7` for pyenv's root, newest version first.
fn pyenv_candidates() -> Vec<PathBuf> {
    let Some(root) = pyenv_root() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(root.join("versions")) else {
        return Vec::new();
    };
    let mut versions: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("2.7"))
        .collect();
    versions.sort_by_key(|v| std::cmp::Reverse(version_key(v)));
    versions
        .iter()
        .map(|v| root.join("versions").join(v).join("bin/python2.7"))
        .collect()
}

/// `pyenv root` if the command works, else `$PYENV_ROOT`, else `~/.pyenv`.
fn pyenv_root() -> Option<PathBuf> {
    let from_command = Command::new("pyenv")
        .arg("root")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    if let Some(root) = from_command {
        return Some(PathBuf::from(root));
    }
    if let Some(root) = std::env::var_os("PYENV_ROOT").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(root));
    }
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".pyenv"))
}

/// Orders version names numerically: `2.7.18` after `2.7.9`.
fn version_key(v: &str) -> Vec<u64> {
    v.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::options::ExtraImpl;
    use super::*;

    #[test]
    fn version_order_is_numeric() {
        let mut v = vec!["2.7.9", "2.7.18", "2.7"];
        v.sort_by_key(|s| std::cmp::Reverse(version_key(s)));
        assert_eq!(v, ["2.7.18", "2.7.9", "2.7"]);
    }

    #[test]
    fn py2jit_modes_and_extras_without_cpython() {
        let opts = Options {
            cpython: false,
            py2jit: Some(PathBuf::from("/bin/py2jit")),
            extra: vec![ExtraImpl {
                name: "pypy".into(),
                command: vec!["pypy".into(), "-S".into()],
            }],
            ..Options::default()
        };
        let impls = resolve(&opts).unwrap();
        let names: Vec<&str> = impls.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, [PY2JIT_NOJIT, PY2JIT, "pypy"]);
        assert_eq!(impls[0].command, ["/bin/py2jit", "--no-jit"]);
        assert_eq!(impls[1].command, ["/bin/py2jit"]);
        assert_eq!(impls[2].command, ["pypy", "-S"]);
    }

    #[test]
    fn relative_paths_become_absolute() {
        assert_eq!(path_arg(Path::new("python2.7")), "python2.7");
        assert_eq!(path_arg(Path::new("/usr/bin/pypy")), "/usr/bin/pypy");
        let rel = path_arg(Path::new("./target/py2jit"));
        assert!(
            Path::new(&rel).is_absolute() && rel.ends_with("target/py2jit"),
            "{rel}"
        );
    }

    #[test]
    fn duplicate_names_are_rejected() {
        let opts = Options {
            cpython: false,
            py2jit: Some(PathBuf::from("/bin/py2jit")),
            extra: vec![ExtraImpl {
                name: PY2JIT.into(),
                command: vec!["x".into()],
            }],
            ..Options::default()
        };
        assert!(resolve(&opts).unwrap_err().contains("already"));
    }

    #[test]
    fn explicit_python_must_work() {
        let err = find_cpython(Some(Path::new("/nonexistent/python2.7"))).unwrap_err();
        assert!(err.contains("--python /nonexistent/python2.7"));
    }
}
