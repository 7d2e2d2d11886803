//! The benchmark programs: where their directory is, and `manifest.txt`,
//! which lists them.
//!
//! A manifest line is `NAME DEFAULT_SIZE TEST_SIZE DESCRIPTION...`, fields
//! separated by blanks; blank lines and lines starting with `#` are
//! ignored. Each NAME has `NAME.pyc` beside the manifest (run as
//! `IMPL NAME.pyc SIZE` with the directory as working directory) and
//! CPython 2.7's stdout at the two sizes, `NAME.out` and `NAME.test.out`
//! (made by `benches/programs/regen`).
//!
//! Invariants: names are unique and made of `[A-Za-z0-9_]`; the order of
//! the manifest is the order of the report.

use super::options::Size;
use std::path::{Path, PathBuf};

/// The manifest's file name inside the programs directory.
pub const MANIFEST: &str = "manifest.txt";

/// The programs directory relative to the current directory or the source tree.
const PROGRAMS_DIR: &str = "benches/programs";

/// One benchmark program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// File stem: the program is `NAME.pyc`.
    pub name: String,
    /// Size at which it runs 1-5 s under CPython 2.7.
    pub default_size: u64,
    /// Size at which it runs well under 0.2 s.
    pub test_size: u64,
    /// What it exercises (free text, may be empty).
    pub description: String,
}

impl Program {
    /// The argument passed to the program for `size`.
    pub fn size(&self, size: Size) -> u64 {
        match size {
            Size::Test => self.test_size,
            Size::Default => self.default_size,
            Size::Fixed(n) => n,
        }
    }

    /// The compiled program inside `dir`.
    pub fn pyc(&self, dir: &Path) -> PathBuf {
        dir.join(format!("{}.pyc", self.name))
    }

    /// CPython 2.7's recorded stdout for `size`, if one is recorded for it.
    pub fn expected_output(&self, dir: &Path, size: Size) -> Option<PathBuf> {
        match size {
            Size::Test => Some(dir.join(format!("{}.test.out", self.name))),
            Size::Default => Some(dir.join(format!("{}.out", self.name))),
            Size::Fixed(_) => None,
        }
    }
}

/// Parses manifest text; errors name the line.
pub fn parse(text: &str) -> Result<Vec<Program>, String> {
    let mut programs: Vec<Program> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let lineno = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split_whitespace();
        let name = fields.next().unwrap_or_default();
        let (Some(default), Some(test)) = (fields.next(), fields.next()) else {
            return Err(format!(
                "{MANIFEST}:{lineno}: expected NAME DEFAULT_SIZE TEST_SIZE [DESCRIPTION]"
            ));
        };
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("{MANIFEST}:{lineno}: bad program name '{name}'"));
        }
        let size = |s: &str| {
            s.parse::<u64>().map_err(|_| {
                format!("{MANIFEST}:{lineno}: size '{s}' is not a non-negative integer")
            })
        };
        let program = Program {
            name: name.to_string(),
            default_size: size(default)?,
            test_size: size(test)?,
            description: fields.collect::<Vec<_>>().join(" "),
        };
        if programs.iter().any(|p| p.name == program.name) {
            return Err(format!(
                "{MANIFEST}:{lineno}: program '{name}' is listed twice"
            ));
        }
        programs.push(program);
    }
    if programs.is_empty() {
        return Err(format!("{MANIFEST} lists no programs"));
    }
    Ok(programs)
}

/// The programs directory: `explicit` (from `--dir`) if given; else
/// `benches/programs` under the current directory; else the one in the
/// source tree this binary was built from.
pub fn find_dir(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(dir) = explicit {
        if dir.join(MANIFEST).is_file() {
            return Ok(dir.to_path_buf());
        }
        return Err(format!(
            "no {MANIFEST} in {} (the --dir argument)",
            dir.display()
        ));
    }
    let candidates = [
        PathBuf::from(PROGRAMS_DIR),
        Path::new(env!("CARGO_MANIFEST_DIR")).join(PROGRAMS_DIR),
    ];
    candidates.into_iter().find(|dir| dir.join(MANIFEST).is_file()).ok_or_else(|| {
        format!(
            "cannot find the benchmark programs: no {PROGRAMS_DIR}/{MANIFEST} under the current directory \
             or in {}; run from the py2jit repository or pass --dir DIR",
            env!("CARGO_MANIFEST_DIR")
        )
    })
}

/// Reads and parses `dir/manifest.txt`, and checks every listed program
/// has its `.pyc`.
pub fn load(dir: &Path) -> Result<Vec<Program>, String> {
    let path = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let programs = parse(&text).map_err(|e| format!("{}: {e}", dir.display()))?;
    if let Some(p) = programs.iter().find(|p| !p.pyc(dir).is_file()) {
        return Err(format!(
            "{} is missing (run benches/programs/regen to compile the programs)",
            p.pyc(dir).display()
        ));
    }
    Ok(programs)
}

/// The programs named in `names` (all of them when `names` is empty), in
/// the order asked for.
pub fn select(programs: &[Program], names: &[String]) -> Result<Vec<Program>, String> {
    if names.is_empty() {
        return Ok(programs.to_vec());
    }
    names
        .iter()
        .map(|name| {
            programs
                .iter()
                .find(|p| &p.name == name)
                .cloned()
                .ok_or_else(|| {
                    format!("no benchmark named '{name}' (py2jit bench --list shows them)")
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
# comment
sieve   1000  10   integer loops:  sieve

fib 30 5
  # indented comment
";

    #[test]
    fn parses_lines_and_skips_comments() {
        let p = parse(TEXT).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(
            p[0],
            Program {
                name: "sieve".into(),
                default_size: 1000,
                test_size: 10,
                description: "integer loops: sieve".into()
            }
        );
        assert_eq!(p[1].name, "fib");
        assert_eq!(p[1].description, "");
        assert_eq!(p[1].size(Size::Test), 5);
        assert_eq!(p[1].size(Size::Default), 30);
        assert_eq!(p[1].size(Size::Fixed(9)), 9);
    }

    #[test]
    fn reports_bad_lines_with_line_numbers() {
        assert_eq!(
            parse("a 1\n").unwrap_err(),
            "manifest.txt:1: expected NAME DEFAULT_SIZE TEST_SIZE [DESCRIPTION]"
        );
        assert!(
            parse("\na x 1\n")
                .unwrap_err()
                .starts_with("manifest.txt:2: size 'x'")
        );
        assert!(parse("a 1 -1\n").is_err());
        assert!(parse("a/b 1 1\n").unwrap_err().contains("bad program name"));
        assert!(
            parse("a 1 1\na 2 2\n")
                .unwrap_err()
                .contains("listed twice")
        );
        assert!(parse("# nothing\n").is_err());
    }

    #[test]
    fn file_names() {
        let p = &parse("fib 30 5").unwrap()[0];
        let dir = Path::new("/x");
        assert_eq!(p.pyc(dir), Path::new("/x/fib.pyc"));
        assert_eq!(
            p.expected_output(dir, Size::Default).unwrap(),
            Path::new("/x/fib.out")
        );
        assert_eq!(
            p.expected_output(dir, Size::Test).unwrap(),
            Path::new("/x/fib.test.out")
        );
        assert_eq!(p.expected_output(dir, Size::Fixed(3)), None);
    }

    #[test]
    fn selects_in_requested_order() {
        let all = parse(TEXT).unwrap();
        assert_eq!(select(&all, &[]).unwrap(), all);
        let picked = select(&all, &["fib".into(), "sieve".into()]).unwrap();
        assert_eq!(picked[0].name, "fib");
        assert!(
            select(&all, &["nope".into()])
                .unwrap_err()
                .contains("'nope'")
        );
    }

    #[test]
    fn the_real_manifest_parses() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(PROGRAMS_DIR);
        if let Ok(text) = std::fs::read_to_string(dir.join(MANIFEST)) {
            assert!(parse(&text).unwrap().len() >= 16);
        }
    }
}
