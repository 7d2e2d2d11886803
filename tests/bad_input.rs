//! Bad input never panics or crashes: every malformed `.pyc`, invalid
//! bytecode and bad command line gives exit status 2, nothing on stdout,
//! and exactly one line on stderr that starts with `py2jit: ` and names
//! the problem.

mod common;

use std::path::PathBuf;

const MAGIC: [u8; 4] = [0x03, 0xf3, 0x0d, 0x0a];

fn header() -> Vec<u8> {
    let mut h = MAGIC.to_vec();
    h.extend_from_slice(&1_500_000_000u32.to_le_bytes());
    h
}

fn i32le(n: i32) -> Vec<u8> {
    n.to_le_bytes().to_vec()
}

fn string(b: &[u8]) -> Vec<u8> {
    let mut v = vec![b's'];
    v.extend(i32le(b.len() as i32));
    v.extend_from_slice(b);
    v
}

fn tuple(items: &[Vec<u8>]) -> Vec<u8> {
    let mut v = vec![b'('];
    v.extend(i32le(items.len() as i32));
    for it in items {
        v.extend_from_slice(it);
    }
    v
}

/// A marshalled code object named `<module>` with the given bytecode.
struct Code {
    code: Vec<u8>,
    consts: Vec<Vec<u8>>,
    names: Vec<&'static str>,
    nlocals: i32,
    stacksize: i32,
}

impl Code {
    fn new(code: Vec<u8>) -> Code {
        Code {
            code,
            consts: vec![b"N".to_vec()],
            names: vec![],
            nlocals: 0,
            stacksize: 2,
        }
    }

    fn bytes(&self) -> Vec<u8> {
        let strs = |v: &[&str]| tuple(&v.iter().map(|s| string(s.as_bytes())).collect::<Vec<_>>());
        let mut v = vec![b'c'];
        for n in [0, self.nlocals, self.stacksize, 0x40] {
            v.extend(i32le(n));
        }
        v.extend(string(&self.code));
        v.extend(tuple(&self.consts));
        v.extend(strs(&self.names));
        v.extend(strs(&[])); // varnames
        v.extend(strs(&[])); // freevars
        v.extend(strs(&[])); // cellvars
        v.extend(string(b"bad.py"));
        v.extend(string(b"<module>"));
        v.extend(i32le(1));
        v.extend(string(b""));
        v
    }

    fn pyc(&self) -> Vec<u8> {
        let mut v = header();
        v.extend(self.bytes());
        v
    }
}

/// One instruction.
fn op(o: u8, arg: Option<u16>) -> Vec<u8> {
    let mut v = vec![o];
    if let Some(a) = arg {
        v.extend_from_slice(&a.to_le_bytes());
    }
    v
}

const POP_TOP: u8 = 1;
const RETURN_VALUE: u8 = 83;
const LOAD_CONST: u8 = 100;
const LOAD_NAME: u8 = 101;
const JUMP_ABSOLUTE: u8 = 113;
const LOAD_FAST: u8 = 124;
const LOAD_DEREF: u8 = 136;

fn cat(parts: &[Vec<u8>]) -> Vec<u8> {
    parts.concat()
}

fn ret_none() -> Vec<u8> {
    cat(&[op(LOAD_CONST, Some(0)), op(RETURN_VALUE, None)])
}

/// (case name, file contents, a fragment the error line must contain).
fn cases() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let mut wrong_magic = Code::new(ret_none()).pyc();
    wrong_magic[3] = 0x0b;
    let mut deep = header();
    for _ in 0..200_000 {
        deep.push(b'(');
        deep.extend(i32le(1));
    }
    deep.push(b'N');
    let mut absurd = header();
    absurd.push(b's');
    absurd.extend(i32le(0x7fff_ffff));
    absurd.extend_from_slice(b"abc");
    let mut negative = header();
    negative.push(b'(');
    negative.extend(i32le(-5));
    let mut truncated_code = Code::new(ret_none()).pyc();
    truncated_code.truncate(38);
    let mut overflow = Code::new(cat(&[
        op(LOAD_CONST, Some(0)),
        op(LOAD_CONST, Some(0)),
        op(POP_TOP, None),
        op(RETURN_VALUE, None),
    ]));
    overflow.stacksize = 1;
    let inner_bad = Code::new(cat(&[op(POP_TOP, None), op(RETURN_VALUE, None)]));
    let mut outer = Code::new(ret_none());
    outer.consts = vec![inner_bad.bytes()];
    let mut stringref = header();
    stringref.push(b'R');
    stringref.extend(i32le(3));
    vec![
        ("empty", vec![], "truncated"),
        ("short_header", header()[..5].to_vec(), "truncated"),
        ("header_only", header(), "truncated"),
        ("wrong_magic", wrong_magic, "magic number"),
        (
            "unknown_type_code",
            cat(&[header(), vec![b'Z']]),
            "unknown type code",
        ),
        ("absurd_length", absurd, "size"),
        ("negative_length", negative, "out of range"),
        ("deep_nesting", deep, "nested"),
        ("not_code", cat(&[header(), vec![b'N']]), "code object"),
        ("truncated_code", truncated_code, "truncated"),
        ("bad_string_ref", stringref, "string ref"),
        (
            "jump_outside_code",
            Code::new(cat(&[op(JUMP_ABSOLUTE, Some(1000)), ret_none()])).pyc(),
            "jump target",
        ),
        (
            "jump_into_instruction",
            Code::new(cat(&[op(JUMP_ABSOLUTE, Some(1)), ret_none()])).pyc(),
            "jump target",
        ),
        (
            "const_index",
            Code::new(cat(&[op(LOAD_CONST, Some(5)), op(RETURN_VALUE, None)])).pyc(),
            "out of range",
        ),
        (
            "name_index",
            Code::new(cat(&[op(LOAD_NAME, Some(3)), op(RETURN_VALUE, None)])).pyc(),
            "out of range",
        ),
        (
            "local_index",
            Code::new(cat(&[op(LOAD_FAST, Some(0)), op(RETURN_VALUE, None)])).pyc(),
            "out of range",
        ),
        (
            "cell_index",
            Code::new(cat(&[op(LOAD_DEREF, Some(0)), op(RETURN_VALUE, None)])).pyc(),
            "out of range",
        ),
        (
            "stack_underflow",
            Code::new(cat(&[op(POP_TOP, None), ret_none()])).pyc(),
            "stack underflow",
        ),
        ("stack_overflow", overflow.pyc(), "stack overflow"),
        (
            "unknown_opcode",
            Code::new(cat(&[vec![0xff], ret_none()])).pyc(),
            "unknown opcode",
        ),
        (
            "falls_off_end",
            Code::new(cat(&[op(LOAD_CONST, Some(0)), op(POP_TOP, None)])).pyc(),
            "falls off the end",
        ),
        (
            "truncated_instruction",
            Code::new(cat(&[ret_none(), vec![LOAD_CONST, 0]])).pyc(),
            "truncated instruction",
        ),
        ("invalid_nested_code", outer.pyc(), "stack underflow"),
    ]
}

/// A fresh directory for one test (tests run in parallel).
fn scratch_dir(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("py2jit-bad-input-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn assert_one_line_error(args: &[&str], cwd: &std::path::Path, must_contain: &str, label: &str) {
    let r = common::run(cwd, args);
    let err = String::from_utf8_lossy(&r.stderr);
    assert_eq!(
        r.code,
        Some(2),
        "{label}: exit status {:?}, stderr {err:?}",
        r.code
    );
    assert!(
        r.stdout.is_empty(),
        "{label}: wrote to stdout: {:?}",
        String::from_utf8_lossy(&r.stdout)
    );
    assert_eq!(
        err.lines().count(),
        1,
        "{label}: expected one line on stderr, got {err:?}"
    );
    assert!(err.starts_with("py2jit: "), "{label}: {err:?}");
    assert!(
        err.contains(must_contain),
        "{label}: {err:?} does not mention {must_contain:?}"
    );
}

#[test]
fn malformed_pyc_files_give_one_line_errors() {
    let dir = scratch_dir("pyc");
    for (name, data, fragment) in cases() {
        let file = format!("{name}.pyc");
        std::fs::write(dir.join(&file), data).unwrap();
        assert_one_line_error(&[&file], &dir, fragment, name);
        // every mode validates before running anything
        assert_one_line_error(&["--jit-threshold", "0", &file], &dir, fragment, name);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_file_and_bad_options_give_one_line_errors() {
    let dir = scratch_dir("cli");
    assert_one_line_error(&["no_such_file.pyc"], &dir, "No such file", "missing file");
    assert_one_line_error(
        &["--no-such-option", "x.pyc"],
        &dir,
        "unknown option",
        "bad option",
    );
    assert_one_line_error(
        &["--jit-threshold", "lots", "x.pyc"],
        &dir,
        "--jit-threshold",
        "bad threshold",
    );
    assert_one_line_error(&[], &dir, "no program", "no file");
    std::fs::create_dir_all(dir.join("a_directory.pyc")).unwrap();
    assert_one_line_error(&["a_directory.pyc"], &dir, "a_directory.pyc", "directory");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn disassembling_a_malformed_file_is_a_one_line_error() {
    let dir = scratch_dir("dis");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("u.pyc"), cat(&[header(), vec![b'Z']])).unwrap();
    assert_one_line_error(
        &["--dis", "u.pyc"],
        &dir,
        "unknown type code",
        "dis of bad file",
    );
    let _ = std::fs::remove_dir_all(&dir);
}
