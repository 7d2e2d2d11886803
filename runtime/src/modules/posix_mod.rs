//! The `posix` module: the operating-system interface `os` is built on
//! (CPython 2.7's posixmodule.c on Linux): files and directories, `stat`,
//! file descriptors, the process environment and identity.
//!
//! Conventions, as CPython's: a path argument is a str or a unicode
//! (encoded as UTF-8); a failing system call raises `OSError(errno,
//! strerror[, filename])`, with the filename for calls on one path.

use crate::rt::rt;
use crate::types::{TypeObject, type_ref, type_value};
use crate::value::Value;
use crate::{
    PyErr, PyResult, args, dict, err, int, list, long, module, ops, str as pstr, tuple, unicode,
};
use num_bigint::BigInt;
use std::cell::Cell;
use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;

thread_local! {
    static STAT_RESULT: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static STATVFS_RESULT: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static FLOAT_TIMES: Cell<bool> = const { Cell::new(true) };
}

/// The current `errno`.
fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `OSError(errno, strerror)`, with `filename` when given.
fn os_error(code: i32, filename: Option<&Value>) -> PyErr {
    let mut a = vec![
        int::new(code as i64),
        pstr::new(&crate::exceptions::strerror(code)),
    ];
    if let Some(f) = filename {
        a.push(f.clone());
    }
    PyErr::with_args(rt().exc.os_error, tuple::new(a))
}

/// The error of the last failed call.
fn last_error(filename: Option<&Value>) -> PyErr {
    os_error(errno(), filename)
}

/// A path argument (`et` format) as a C string.
/// The filename an error reports for path `p`: the encoded bytes.
fn fname_of(p: &CString) -> Value {
    pstr::new_bytes(p.as_bytes())
}

fn path_arg(fname: &str, v: &Value) -> PyResult<CString> {
    let bytes = if pstr::is_str(v) {
        pstr::as_bytes(v).to_vec()
    } else if unicode::is_unicode(v) {
        pstr::as_bytes(&crate::codecs::encode(v, "utf-8", "strict")?).to_vec()
    } else {
        return Err(err::type_error(format!(
            "coercing to Unicode: need string or buffer, {} found",
            type_ref(v).name_str()
        )));
    };
    CString::new(bytes).map_err(|_| {
        err::type_error(format!(
            "{fname}() argument 1 must be encoded string without null bytes, not str"
        ))
    })
}

/// A `s` format argument (a str, no unicode).
fn str_arg(fname: &str, n: usize, v: &Value) -> PyResult<CString> {
    if !pstr::is_str(v) {
        return Err(err::type_error(format!(
            "{fname}() argument {n} must be string, not {}",
            type_ref(v).name_str()
        )));
    }
    CString::new(pstr::as_bytes(v)).map_err(|_| {
        err::type_error(format!(
            "{fname}() argument {n} must be string without null bytes, not str"
        ))
    })
}

/// An `i` format argument.
fn int_arg(v: &Value) -> PyResult<i32> {
    let x = ops::as_i64_arg(v)?;
    if x > i32::MAX as i64 {
        return Err(err::overflow_error(
            "signed integer is greater than maximum",
        ));
    }
    if x < i32::MIN as i64 {
        return Err(err::overflow_error("signed integer is less than minimum"));
    }
    Ok(x as i32)
}

fn none_result(r: libc::c_int, filename: Option<&Value>) -> PyResult {
    if r < 0 {
        Err(last_error(filename))
    } else {
        Ok(Value::NONE)
    }
}

/// An int or long from a C integer.
fn from_i128(x: i128) -> Value {
    if x >= i64::MIN as i128 && x <= i64::MAX as i128 {
        int::new(x as i64)
    } else {
        long::new(BigInt::from(x))
    }
}

// ----- stat -----

fn stat_result_type() -> *mut TypeObject {
    let t = STAT_RESULT.with(|c| c.get());
    if !t.is_null() {
        return t;
    }
    let fields = [
        Some("st_mode"),
        Some("st_ino"),
        Some("st_dev"),
        Some("st_nlink"),
        Some("st_uid"),
        Some("st_gid"),
        Some("st_size"),
        None,
        None,
        None,
        Some("st_atime"),
        Some("st_mtime"),
        Some("st_ctime"),
        Some("st_blksize"),
        Some("st_blocks"),
        Some("st_rdev"),
    ];
    // a stat_result built from a 10-tuple gets its float times from the
    // integer ones (statresult_new)
    let t = crate::structseq::new_type_with_hidden(
        "posix",
        "stat_result",
        &fields,
        10,
        &[(10, 7), (11, 8), (12, 9)],
    );
    STAT_RESULT.with(|c| c.set(t));
    t
}

fn time_value(sec: i64, nsec: i64) -> Value {
    if FLOAT_TIMES.with(|f| f.get()) {
        Value::float(sec as f64 + nsec as f64 * 1e-9)
    } else {
        int::new(sec)
    }
}

fn stat_value(st: &libc::stat) -> Value {
    let items = vec![
        int::new(st.st_mode as i64),
        from_i128(st.st_ino as i128),
        from_i128(st.st_dev as i128),
        from_i128(st.st_nlink as i128),
        int::new(st.st_uid as i64),
        int::new(st.st_gid as i64),
        from_i128(st.st_size as i128),
        int::new(st.st_atime),
        int::new(st.st_mtime),
        int::new(st.st_ctime),
        time_value(st.st_atime, st.st_atime_nsec),
        time_value(st.st_mtime, st.st_mtime_nsec),
        time_value(st.st_ctime, st.st_ctime_nsec),
        int::new(st.st_blksize),
        int::new(st.st_blocks),
        from_i128(st.st_rdev as i128),
    ];
    crate::structseq::new(stat_result_type(), items)
}

fn do_stat(name: &str, a: &[Value], kw: &[Value], link: bool) -> PyResult {
    args::count(name, a, kw, 1, 1)?;
    let p = path_arg(name, &a[0])?;
    // SAFETY: an all-zero `stat` is a valid value; the call fills it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: p is NUL-terminated and st is writable.
    let r = unsafe {
        if link {
            libc::lstat(p.as_ptr(), &mut st)
        } else {
            libc::stat(p.as_ptr(), &mut st)
        }
    };
    if r < 0 {
        return Err(last_error(Some(&fname_of(&p))));
    }
    Ok(stat_value(&st))
}

fn stat(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    do_stat("stat", a, kw, false)
}

fn lstat(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    do_stat("lstat", a, kw, true)
}

fn fstat(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fstat", a, kw, 1, 1)?;
    let fd = int_arg(&a[0])?;
    // SAFETY: an all-zero `stat` is valid; the call fills it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: st is writable.
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(last_error(None));
    }
    Ok(stat_value(&st))
}

fn stat_float_times(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("stat_float_times", a, kw, 0, 1)?;
    match a.first() {
        None => Ok(Value::bool(FLOAT_TIMES.with(|f| f.get()))),
        Some(x) => {
            let b = int_arg(x)? != 0;
            FLOAT_TIMES.with(|f| f.set(b));
            Ok(Value::NONE)
        }
    }
}

fn statvfs_result_type() -> *mut TypeObject {
    let t = STATVFS_RESULT.with(|c| c.get());
    if !t.is_null() {
        return t;
    }
    let t = crate::structseq::new_type(
        "posix",
        "statvfs_result",
        &[
            "f_bsize",
            "f_frsize",
            "f_blocks",
            "f_bfree",
            "f_bavail",
            "f_files",
            "f_ffree",
            "f_favail",
            "f_flag",
            "f_namemax",
        ],
    );
    STATVFS_RESULT.with(|c| c.set(t));
    t
}

fn statvfs_value(st: &libc::statvfs) -> Value {
    let items = [
        st.f_bsize as i128,
        st.f_frsize as i128,
        st.f_blocks as i128,
        st.f_bfree as i128,
        st.f_bavail as i128,
        st.f_files as i128,
        st.f_ffree as i128,
        st.f_favail as i128,
        st.f_flag as i128,
        st.f_namemax as i128,
    ];
    crate::structseq::new(
        statvfs_result_type(),
        items.iter().map(|&x| from_i128(x)).collect(),
    )
}

fn statvfs(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("statvfs", a, kw, 1, 1)?;
    let p = path_arg("statvfs", &a[0])?;
    // SAFETY: an all-zero statvfs is valid; the call fills it.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: p is NUL-terminated and st is writable.
    if unsafe { libc::statvfs(p.as_ptr(), &mut st) } < 0 {
        return Err(last_error(Some(&fname_of(&p))));
    }
    Ok(statvfs_value(&st))
}

fn fstatvfs(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fstatvfs", a, kw, 1, 1)?;
    let fd = int_arg(&a[0])?;
    // SAFETY: an all-zero statvfs is valid; the call fills it.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: st is writable.
    if unsafe { libc::fstatvfs(fd, &mut st) } < 0 {
        return Err(last_error(None));
    }
    Ok(statvfs_value(&st))
}

// ----- paths and directories -----

fn getcwd_bytes() -> PyResult<Vec<u8>> {
    std::env::current_dir()
        .map(|p| p.as_os_str().as_bytes().to_vec())
        .map_err(|e| os_error(e.raw_os_error().unwrap_or(0), None))
}

fn getcwd(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getcwd", a, kw)?;
    Ok(pstr::from_vec(getcwd_bytes()?))
}

fn getcwdu(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getcwdu", a, kw)?;
    let s = pstr::from_vec(getcwd_bytes()?);
    crate::codecs::decode(&s, "utf-8", "strict")
}

fn listdir(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("listdir", a, kw, 1, 1)?;
    let want_unicode = unicode::is_unicode(&a[0]);
    let p = path_arg("listdir", &a[0])?;
    let path = std::ffi::OsStr::from_bytes(p.as_bytes());
    let fname = fname_of(&p);
    let rd = std::fs::read_dir(path)
        .map_err(|e| os_error(e.raw_os_error().unwrap_or(0), Some(&fname)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(e.raw_os_error().unwrap_or(0), Some(&fname)))?;
        let name = pstr::new_bytes(ent.file_name().as_bytes());
        if want_unicode {
            // names that do not decode stay str, as in CPython
            match crate::codecs::decode(&name, "utf-8", "strict") {
                Ok(u) => out.push(u),
                Err(_) => out.push(name),
            }
        } else {
            out.push(name);
        }
    }
    Ok(list::new(out))
}

fn mkdir(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("mkdir", a, kw, 1, 2)?;
    let p = path_arg("mkdir", &a[0])?;
    let mode = match a.get(1) {
        Some(m) => int_arg(m)?,
        None => 0o777,
    };
    // SAFETY: p is NUL-terminated.
    none_result(
        unsafe { libc::mkdir(p.as_ptr(), mode as libc::mode_t) },
        Some(&fname_of(&p)),
    )
}

/// A call taking one path and returning 0 or -1.
fn path_call(
    name: &str,
    a: &[Value],
    kw: &[Value],
    f: unsafe extern "C" fn(*const libc::c_char) -> libc::c_int,
) -> PyResult {
    args::count(name, a, kw, 1, 1)?;
    let p = path_arg(name, &a[0])?;
    // SAFETY: p is NUL-terminated; f is a libc path call.
    none_result(unsafe { f(p.as_ptr()) }, Some(&fname_of(&p)))
}

fn rmdir(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    path_call("rmdir", a, kw, libc::rmdir)
}

fn remove(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    path_call("remove", a, kw, libc::unlink)
}

fn unlink(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    path_call("unlink", a, kw, libc::unlink)
}

fn chdir(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    path_call("chdir", a, kw, libc::chdir)
}

/// A call taking two paths; errors carry no filename (as CPython 2.7).
fn two_path_call(
    name: &str,
    a: &[Value],
    kw: &[Value],
    f: unsafe extern "C" fn(*const libc::c_char, *const libc::c_char) -> libc::c_int,
) -> PyResult {
    args::count(name, a, kw, 2, 2)?;
    let p = path_arg(name, &a[0])?;
    let q = path_arg(name, &a[1])?;
    // SAFETY: both are NUL-terminated; f is a libc two-path call.
    none_result(unsafe { f(p.as_ptr(), q.as_ptr()) }, None)
}

fn rename(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    two_path_call("rename", a, kw, libc::rename)
}

fn link(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    two_path_call("link", a, kw, libc::link)
}

fn symlink(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    two_path_call("symlink", a, kw, libc::symlink)
}

fn readlink(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("readlink", a, kw, 1, 1)?;
    let want_unicode = unicode::is_unicode(&a[0]);
    let p = path_arg("readlink", &a[0])?;
    let mut buf = vec![0u8; 4096];
    // SAFETY: p is NUL-terminated; buf is writable for its length.
    let n = unsafe { libc::readlink(p.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if n < 0 {
        return Err(last_error(Some(&fname_of(&p))));
    }
    buf.truncate(n as usize);
    let s = pstr::from_vec(buf);
    if want_unicode {
        return Ok(crate::codecs::decode(&s, "utf-8", "strict").unwrap_or(s));
    }
    Ok(s)
}

fn access(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("access", a, kw, 2, 2)?;
    let p = path_arg("access", &a[0])?;
    let mode = int_arg(&a[1])?;
    // SAFETY: p is NUL-terminated.
    Ok(Value::bool(unsafe { libc::access(p.as_ptr(), mode) } == 0))
}

fn chmod(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("chmod", a, kw, 2, 2)?;
    let p = path_arg("chmod", &a[0])?;
    let mode = int_arg(&a[1])?;
    // SAFETY: p is NUL-terminated.
    none_result(
        unsafe { libc::chmod(p.as_ptr(), mode as libc::mode_t) },
        Some(&fname_of(&p)),
    )
}

fn utime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("utime", a, kw, 2, 2)?;
    let p = path_arg("utime", &a[0])?;
    let r = if a[1].is_none() {
        // SAFETY: p is NUL-terminated; a null times pointer means "now".
        unsafe { libc::utimes(p.as_ptr(), std::ptr::null()) }
    } else {
        let t = &a[1];
        if !tuple::is_tuple(t) || tuple::items(t).len() != 2 {
            return Err(err::type_error(
                "utime() arg 2 must be a tuple (atime, mtime)",
            ));
        }
        let tv = |x: &Value| -> PyResult<libc::timeval> {
            let f = ops::as_f64_arg(x)?;
            let sec = f.floor();
            Ok(libc::timeval {
                tv_sec: sec as libc::time_t,
                tv_usec: ((f - sec) * 1e6) as libc::suseconds_t,
            })
        };
        let times = [tv(&tuple::items(t)[0])?, tv(&tuple::items(t)[1])?];
        // SAFETY: p is NUL-terminated; times holds two timevals.
        unsafe { libc::utimes(p.as_ptr(), times.as_ptr()) }
    };
    none_result(r, Some(&fname_of(&p)))
}

// ----- file descriptors -----

fn open(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("open", a, kw, &["filename", "flag", "mode"], 2)?;
    let name = p[0].clone().unwrap();
    let path = path_arg("open", &name)?;
    let flag = int_arg(p[1].as_ref().unwrap())?;
    let mode = match &p[2] {
        Some(m) => int_arg(m)?,
        None => 0o777,
    };
    // SAFETY: path is NUL-terminated.
    let fd = unsafe { libc::open(path.as_ptr(), flag, mode as libc::c_uint) };
    if fd < 0 {
        return Err(last_error(Some(&fname_of(&path))));
    }
    Ok(int::new(fd as i64))
}

fn read(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("read", a, kw, 2, 2)?;
    let fd = int_arg(&a[0])?;
    let n = int_arg(&a[1])?;
    if n < 0 {
        return Err(os_error(libc::EINVAL, None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: buf is writable for n bytes.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
    if r < 0 {
        return Err(last_error(None));
    }
    buf.truncate(r as usize);
    Ok(pstr::from_vec(buf))
}

fn write(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("write", a, kw, 2, 2)?;
    let fd = int_arg(&a[0])?;
    let data = match super::buffer::read(&a[1])? {
        Some(b) => b,
        None => {
            return Err(err::type_error(format!(
                "write() argument 2 must be string or buffer, not {}",
                type_ref(&a[1]).name_str()
            )));
        }
    };
    // SAFETY: data is readable for its length.
    let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int::new(r as i64))
}

fn close(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("close", a, kw, 1, 1)?;
    let fd = int_arg(&a[0])?;
    // SAFETY: closing a descriptor number has no memory effects.
    none_result(unsafe { libc::close(fd) }, None)
}

fn closerange(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("closerange", a, kw, 2, 2)?;
    let (lo, hi) = (int_arg(&a[0])?, int_arg(&a[1])?);
    for fd in lo..hi {
        // SAFETY: as close; errors are ignored, as in CPython.
        unsafe { libc::close(fd) };
    }
    Ok(Value::NONE)
}

fn lseek(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("lseek", a, kw, 3, 3)?;
    let fd = int_arg(&a[0])?;
    let pos = ops::as_i64_arg(&a[1])?;
    let how = int_arg(&a[2])?;
    // SAFETY: lseek has no memory effects.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int::new(r))
}

fn fdopen(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fdopen", a, kw, 1, 3)?;
    let fd = int_arg(&a[0])?;
    let mode = match a.get(1) {
        Some(m) => {
            str_arg("fdopen", 2, m)?;
            pstr::as_str_lossy(m).to_string()
        }
        None => "r".to_string(),
    };
    if let Some(b) = a.get(2) {
        int_arg(b)?;
    }
    // SAFETY: an all-zero `stat` is valid; fstat fills it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: st is writable.
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(last_error(None));
    }
    let m = mode.replace(['b', 't'], "");
    if !matches!(m.chars().next(), Some('r' | 'w' | 'a' | 'U')) {
        return Err(err::value_error(format!(
            "mode string must begin with one of 'r', 'w', 'a' or 'U', not '{mode}'"
        )));
    }
    if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
        return Err(PyErr::with_args(
            rt().exc.io_error,
            tuple::new(vec![
                int::new(libc::EISDIR as i64),
                pstr::new(&crate::exceptions::strerror(libc::EISDIR)),
                pstr::new("<fdopen>"),
            ]),
        ));
    }
    if m.starts_with('a') {
        // SAFETY: fcntl on a descriptor number has no memory effects.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags >= 0 && flags & libc::O_APPEND == 0 {
                libc::fcntl(fd, libc::F_SETFL, flags | libc::O_APPEND);
            }
        }
    }
    Ok(crate::file::from_fd(fd, &mode))
}

fn isatty(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("isatty", a, kw, 1, 1)?;
    let fd = int_arg(&a[0])?;
    // SAFETY: isatty has no memory effects.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

fn fd_call(
    name: &str,
    a: &[Value],
    kw: &[Value],
    f: unsafe extern "C" fn(libc::c_int) -> libc::c_int,
) -> PyResult {
    args::count(name, a, kw, 1, 1)?;
    let fd = int_arg(&a[0])?;
    // SAFETY: f is a libc call on a descriptor number.
    none_result(unsafe { f(fd) }, None)
}

fn fsync(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    fd_call("fsync", a, kw, libc::fsync)
}

fn fdatasync(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    fd_call("fdatasync", a, kw, libc::fdatasync)
}

fn fchdir(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    fd_call("fchdir", a, kw, libc::fchdir)
}

fn dup(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("dup", a, kw, 1, 1)?;
    let fd = int_arg(&a[0])?;
    // SAFETY: dup has no memory effects.
    let r = unsafe { libc::dup(fd) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int::new(r as i64))
}

fn dup2(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("dup2", a, kw, 2, 2)?;
    let (fd, fd2) = (int_arg(&a[0])?, int_arg(&a[1])?);
    // SAFETY: dup2 has no memory effects.
    none_result(unsafe { libc::dup2(fd, fd2) }, None)
}

fn pipe(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("pipe", a, kw)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds holds two ints.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } < 0 {
        return Err(last_error(None));
    }
    Ok(tuple::new(vec![
        int::new(fds[0] as i64),
        int::new(fds[1] as i64),
    ]))
}

fn ftruncate(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("ftruncate", a, kw, 2, 2)?;
    let fd = int_arg(&a[0])?;
    let len = ops::as_i64_arg(&a[1])?;
    // SAFETY: ftruncate has no memory effects.
    none_result(unsafe { libc::ftruncate(fd, len) }, None)
}

// ----- process -----

macro_rules! id_fn {
    ($name:ident, $call:ident) => {
        fn $name(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
            args::noargs(stringify!($name), a, kw)?;
            // SAFETY: the call only reads process state.
            Ok(int::new(unsafe { libc::$call() } as i64))
        }
    };
}

id_fn!(getpid, getpid);
id_fn!(getppid, getppid);
id_fn!(getuid, getuid);
id_fn!(geteuid, geteuid);
id_fn!(getgid, getgid);
id_fn!(getegid, getegid);
id_fn!(getpgrp, getpgrp);

fn getlogin(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getlogin", a, kw)?;
    // SAFETY: getlogin returns a static string or null.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return Err(os_error(errno(), None));
    }
    // SAFETY: p is a NUL-terminated static string.
    Ok(pstr::new_bytes(unsafe { CStr::from_ptr(p) }.to_bytes()))
}

fn kill(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("kill", a, kw, 2, 2)?;
    let pid = int_arg(&a[0])?;
    let sig = int_arg(&a[1])?;
    // SAFETY: kill has no memory effects.
    none_result(unsafe { libc::kill(pid, sig) }, None)
}

fn umask(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("umask", a, kw, 1, 1)?;
    let m = int_arg(&a[0])?;
    // SAFETY: umask has no memory effects.
    Ok(int::new(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

fn times(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("times", a, kw)?;
    // SAFETY: an all-zero tms is valid; the call fills it.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: t is writable.
    let c = unsafe { libc::times(&mut t) };
    if c == -1i64 as libc::clock_t {
        return Err(last_error(None));
    }
    // SAFETY: sysconf has no memory effects.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Ok(tuple::new(vec![
        Value::float(t.tms_utime as f64 / hz),
        Value::float(t.tms_stime as f64 / hz),
        Value::float(t.tms_cutime as f64 / hz),
        Value::float(t.tms_cstime as f64 / hz),
        Value::float(c as f64 / hz),
    ]))
}

fn uname(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("uname", a, kw)?;
    // SAFETY: an all-zero utsname is valid; the call fills it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: u is writable.
    if unsafe { libc::uname(&mut u) } < 0 {
        return Err(last_error(None));
    }
    let field = |f: &[libc::c_char]| {
        // SAFETY: uname fills NUL-terminated strings within each field.
        pstr::new_bytes(unsafe { CStr::from_ptr(f.as_ptr()) }.to_bytes())
    };
    Ok(tuple::new(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

fn system(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("system", a, kw, 1, 1)?;
    let c = str_arg("system", 1, &a[0])?;
    crate::file::flush_std();
    // SAFETY: c is NUL-terminated.
    Ok(int::new(unsafe { libc::system(c.as_ptr()) } as i64))
}

fn exit_(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("_exit", a, kw, 1, 1)?;
    let code = int_arg(&a[0])?;
    // SAFETY: _exit ends the process without running destructors, as
    // os._exit must.
    unsafe { libc::_exit(code) }
}

fn abort(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("abort", a, kw)?;
    std::process::abort()
}

// ----- processes -----

fn fork(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("fork", a, kw)?;
    crate::file::flush_std();
    let hooks = crate::rt::rt().hooks.get();
    // the JIT's compiler thread stops where it holds no lock
    (hooks.before_fork)();
    // SAFETY: Python code runs on this thread only, and the other threads
    // (the compiler) are quiescent until `after_fork`: the child gets a
    // consistent copy of the process.
    let pid = unsafe { libc::fork() };
    (hooks.after_fork)(pid == 0);
    if pid < 0 {
        return Err(last_error(None));
    }
    Ok(int::new(pid as i64))
}

/// The `argv` of `execv`/`execve` as C strings.
fn exec_args(name: &str, v: &Value) -> PyResult<Vec<CString>> {
    if !(tuple::is_tuple(v) || list::is_list(v)) {
        return Err(err::type_error(format!(
            "{name}() arg 2 must be a tuple or list"
        )));
    }
    let items = ops::seq_to_vec(v)?;
    if items.is_empty() {
        return Err(err::value_error(format!(
            "{name}() arg 2 must not be empty"
        )));
    }
    items
        .iter()
        .map(|x| {
            if !pstr::is_str(x) {
                return Err(err::type_error(format!(
                    "{name}() arg 2 must contain only strings"
                )));
            }
            CString::new(pstr::as_bytes(x))
                .map_err(|_| err::type_error(format!("{name}() arg 2 must contain only strings")))
        })
        .collect()
}

fn do_exec(path: &CString, argv: &[CString], env: Option<&[CString]>) -> PyErr {
    let mut av: Vec<*const libc::c_char> = argv.iter().map(|c| c.as_ptr()).collect();
    av.push(std::ptr::null());
    crate::file::flush_std();
    match env {
        None => {
            // SAFETY: path and every argv entry are NUL-terminated and
            // av ends with a null pointer.
            unsafe { libc::execv(path.as_ptr(), av.as_ptr()) };
        }
        Some(env) => {
            let mut ev: Vec<*const libc::c_char> = env.iter().map(|c| c.as_ptr()).collect();
            ev.push(std::ptr::null());
            // SAFETY: as above, for the environment too.
            unsafe { libc::execve(path.as_ptr(), av.as_ptr(), ev.as_ptr()) };
        }
    }
    last_error(None)
}

fn execv(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("execv", a, kw, 2, 2)?;
    let path = path_arg("execv", &a[0])?;
    let argv = exec_args("execv", &a[1])?;
    Err(do_exec(&path, &argv, None))
}

fn execve(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("execve", a, kw, 3, 3)?;
    let path = path_arg("execve", &a[0])?;
    let argv = exec_args("execve", &a[1])?;
    let env = &a[2];
    if !ops::hasattr(env, "keys") {
        return Err(err::type_error("execve() arg 3 must be a mapping object"));
    }
    let keys = ops::seq_to_vec(&ops::call_method(env, "keys", &[])?)?;
    let mut envs = Vec::new();
    for k in keys {
        let v = ops::getitem(env, &k)?;
        if !pstr::is_str(&k) || !pstr::is_str(&v) {
            return Err(err::type_error(
                "execve() arg 3 contains a non-string key or value",
            ));
        }
        let mut e = pstr::as_bytes(&k).to_vec();
        e.push(b'=');
        e.extend_from_slice(pstr::as_bytes(&v));
        envs.push(CString::new(e).map_err(|_| err::type_error("embedded null byte"))?);
    }
    Err(do_exec(&path, &argv, Some(&envs)))
}

fn waitpid(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("waitpid", a, kw, 2, 2)?;
    let pid = int_arg(&a[0])?;
    let options = int_arg(&a[1])?;
    let mut status: libc::c_int = 0;
    // SAFETY: status is writable.
    let r = unsafe { libc::waitpid(pid, &mut status, options) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(tuple::new(vec![
        int::new(r as i64),
        int::new(status as i64),
    ]))
}

fn wait(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("wait", a, kw)?;
    let mut status: libc::c_int = 0;
    // SAFETY: status is writable.
    let r = unsafe { libc::wait(&mut status) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(tuple::new(vec![
        int::new(r as i64),
        int::new(status as i64),
    ]))
}

fn getgroups(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getgroups", a, kw)?;
    let mut groups = vec![0 as libc::gid_t; 65536];
    // SAFETY: groups is writable for its length.
    let n = unsafe { libc::getgroups(groups.len() as libc::c_int, groups.as_mut_ptr()) };
    if n < 0 {
        return Err(last_error(None));
    }
    Ok(list::new(
        groups[..n as usize]
            .iter()
            .map(|&g| int::new(g as i64))
            .collect(),
    ))
}

fn pid_call(
    name: &str,
    a: &[Value],
    kw: &[Value],
    f: unsafe extern "C" fn(libc::pid_t) -> libc::pid_t,
) -> PyResult {
    args::count(name, a, kw, 1, 1)?;
    let pid = int_arg(&a[0])?;
    // SAFETY: f only reads process state.
    let r = unsafe { f(pid) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int::new(r as i64))
}

fn getpgid(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pid_call("getpgid", a, kw, libc::getpgid)
}

fn getsid(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    pid_call("getsid", a, kw, libc::getsid)
}

fn setsid(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("setsid", a, kw)?;
    // SAFETY: setsid has no memory effects.
    none_result(unsafe { libc::setsid() }, None)
}

fn setpgid(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("setpgid", a, kw, 2, 2)?;
    let (pid, pgrp) = (int_arg(&a[0])?, int_arg(&a[1])?);
    // SAFETY: setpgid has no memory effects.
    none_result(unsafe { libc::setpgid(pid, pgrp) }, None)
}

fn nice(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("nice", a, kw, 1, 1)?;
    let inc = int_arg(&a[0])?;
    // SAFETY: errno is thread-local; nice has no memory effects.
    let r = unsafe {
        *libc::__errno_location() = 0;
        libc::nice(inc)
    };
    if r == -1 && errno() != 0 {
        return Err(last_error(None));
    }
    Ok(int::new(r as i64))
}

fn chown_impl(name: &str, a: &[Value], kw: &[Value], link: bool) -> PyResult {
    args::count(name, a, kw, 3, 3)?;
    let p = path_arg(name, &a[0])?;
    let (uid, gid) = (ops::as_i64_arg(&a[1])?, ops::as_i64_arg(&a[2])?);
    // SAFETY: p is NUL-terminated.
    let r = unsafe {
        if link {
            libc::lchown(p.as_ptr(), uid as libc::uid_t, gid as libc::gid_t)
        } else {
            libc::chown(p.as_ptr(), uid as libc::uid_t, gid as libc::gid_t)
        }
    };
    none_result(r, Some(&fname_of(&p)))
}

fn chown(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    chown_impl("chown", a, kw, false)
}

fn lchown(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    chown_impl("lchown", a, kw, true)
}

fn fchmod(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fchmod", a, kw, 2, 2)?;
    let (fd, mode) = (int_arg(&a[0])?, int_arg(&a[1])?);
    // SAFETY: fchmod has no memory effects.
    none_result(unsafe { libc::fchmod(fd, mode as libc::mode_t) }, None)
}

fn mkfifo(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("mkfifo", a, kw, 1, 2)?;
    let p = path_arg("mkfifo", &a[0])?;
    let mode = match a.get(1) {
        Some(m) => int_arg(m)?,
        None => 0o666,
    };
    // SAFETY: p is NUL-terminated.
    none_result(
        unsafe { libc::mkfifo(p.as_ptr(), mode as libc::mode_t) },
        None,
    )
}

fn major(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("major", a, kw, 1, 1)?;
    let d = ops::as_i64_arg(&a[0])? as u64;
    Ok(int::new(
        (((d >> 32) & 0xffff_f000) | ((d >> 8) & 0xfff)) as i64,
    ))
}

fn minor(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("minor", a, kw, 1, 1)?;
    let d = ops::as_i64_arg(&a[0])? as u64;
    Ok(int::new((((d >> 12) & 0xffff_ff00) | (d & 0xff)) as i64))
}

fn makedev(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("makedev", a, kw, 2, 2)?;
    let (ma, mi) = (int_arg(&a[0])? as u32 as u64, int_arg(&a[1])? as u32 as u64);
    let d =
        ((ma & 0xfffff000) << 32) | ((ma & 0xfff) << 8) | ((mi & 0xffffff00) << 12) | (mi & 0xff);
    Ok(from_i128(d as i128))
}

fn ttyname(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("ttyname", a, kw, 1, 1)?;
    let fd = int_arg(&a[0])?;
    // SAFETY: ttyname returns a static string or null.
    let p = unsafe { libc::ttyname(fd) };
    if p.is_null() {
        return Err(last_error(None));
    }
    // SAFETY: p is a NUL-terminated static string.
    Ok(pstr::new_bytes(unsafe { CStr::from_ptr(p) }.to_bytes()))
}

fn ctermid(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("ctermid", a, kw)?;
    Ok(pstr::new("/dev/tty"))
}

// ----- environment -----

fn putenv(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("putenv", a, kw, 2, 2)?;
    let k = str_arg("putenv", 1, &a[0])?;
    let v = str_arg("putenv", 2, &a[1])?;
    // SAFETY: both are NUL-terminated; the interpreter is single-threaded.
    none_result(unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) }, None)
}

fn unsetenv(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("unsetenv", a, kw, 1, 1)?;
    let k = str_arg("unsetenv", 1, &a[0])?;
    // SAFETY: k is NUL-terminated; the interpreter is single-threaded.
    unsafe { libc::unsetenv(k.as_ptr()) };
    Ok(Value::NONE)
}

fn environ_dict() -> Value {
    let d = dict::new();
    for (k, v) in std::env::vars_os() {
        let _ = dict::set(
            &d,
            pstr::new_bytes(k.as_bytes()),
            pstr::new_bytes(v.as_bytes()),
        );
    }
    d
}

// ----- misc -----

fn strerror(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("strerror", a, kw, 1, 1)?;
    let code = int_arg(&a[0])?;
    Ok(pstr::new(&crate::exceptions::strerror(code)))
}

fn urandom(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("urandom", a, kw, 1, 1)?;
    let n = ops::as_i64_arg(&a[0])?;
    if n < 0 {
        return Err(err::value_error("negative argument not allowed"));
    }
    use std::io::Read;
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(e.raw_os_error().unwrap_or(0), None))?;
    Ok(pstr::from_vec(buf))
}

/// The `W*` status macros.
fn status_arg(name: &str, a: &[Value], kw: &[Value]) -> PyResult<i32> {
    args::count(name, a, kw, 1, 1)?;
    int_arg(&a[0])
}

fn wcoredump(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(status_arg("WCOREDUMP", a, kw)? & 0x80 != 0))
}

fn wifcontinued(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(status_arg("WIFCONTINUED", a, kw)? == 0xffff))
}

fn wifstopped(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(status_arg("WIFSTOPPED", a, kw)? & 0xff == 0x7f))
}

fn wifsignaled(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let s = status_arg("WIFSIGNALED", a, kw)?;
    Ok(Value::bool((((s & 0x7f) + 1) as i8 >> 1) > 0))
}

fn wifexited(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(status_arg("WIFEXITED", a, kw)? & 0x7f == 0))
}

fn wexitstatus(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(int::new(
        ((status_arg("WEXITSTATUS", a, kw)? >> 8) & 0xff) as i64,
    ))
}

fn wtermsig(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(int::new((status_arg("WTERMSIG", a, kw)? & 0x7f) as i64))
}

fn wstopsig(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(int::new(
        ((status_arg("WSTOPSIG", a, kw)? >> 8) & 0xff) as i64,
    ))
}

/// Creates the `posix` module.
pub fn create() -> PyResult {
    let m = module::new_native("posix");
    for (name, f) in [
        ("stat", stat as crate::descr::NativeFn),
        ("lstat", lstat),
        ("fstat", fstat),
        ("stat_float_times", stat_float_times),
        ("statvfs", statvfs),
        ("fstatvfs", fstatvfs),
        ("getcwd", getcwd),
        ("getcwdu", getcwdu),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", unlink),
        ("chdir", chdir),
        ("rename", rename),
        ("link", link),
        ("symlink", symlink),
        ("readlink", readlink),
        ("access", access),
        ("chmod", chmod),
        ("utime", utime),
        ("open", open),
        ("read", read),
        ("write", write),
        ("close", close),
        ("closerange", closerange),
        ("lseek", lseek),
        ("isatty", isatty),
        ("fdopen", fdopen),
        ("fsync", fsync),
        ("fdatasync", fdatasync),
        ("fchdir", fchdir),
        ("dup", dup),
        ("dup2", dup2),
        ("pipe", pipe),
        ("ftruncate", ftruncate),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("getpgrp", getpgrp),
        ("getlogin", getlogin),
        ("kill", kill),
        ("umask", umask),
        ("times", times),
        ("uname", uname),
        ("system", system),
        ("_exit", exit_),
        ("abort", abort),
        ("fork", fork),
        ("execv", execv),
        ("execve", execve),
        ("waitpid", waitpid),
        ("wait", wait),
        ("getgroups", getgroups),
        ("getpgid", getpgid),
        ("getsid", getsid),
        ("setsid", setsid),
        ("setpgid", setpgid),
        ("nice", nice),
        ("chown", chown),
        ("lchown", lchown),
        ("fchmod", fchmod),
        ("mkfifo", mkfifo),
        ("major", major),
        ("minor", minor),
        ("makedev", makedev),
        ("ttyname", ttyname),
        ("ctermid", ctermid),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("strerror", strerror),
        ("urandom", urandom),
        ("WCOREDUMP", wcoredump),
        ("WIFCONTINUED", wifcontinued),
        ("WIFSTOPPED", wifstopped),
        ("WIFSIGNALED", wifsignaled),
        ("WIFEXITED", wifexited),
        ("WEXITSTATUS", wexitstatus),
        ("WTERMSIG", wtermsig),
        ("WSTOPSIG", wstopsig),
    ] {
        module::add_fn(&m, name, f);
    }
    module::set_attr(&m, "environ", environ_dict());
    module::set_attr(&m, "error", type_value(rt().exc.os_error));
    module::set_attr(&m, "stat_result", type_value(stat_result_type()));
    module::set_attr(&m, "statvfs_result", type_value(statvfs_result_type()));
    // the values of CPython 2.7 on x86-64 Linux
    for (n, v) in [
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 64),
        ("O_EXCL", 128),
        ("O_NOCTTY", 256),
        ("O_TRUNC", 512),
        ("O_APPEND", 1024),
        ("O_NONBLOCK", 2048),
        ("O_NDELAY", 2048),
        ("O_DSYNC", 4096),
        ("O_ASYNC", 8192),
        ("O_DIRECT", 16384),
        ("O_LARGEFILE", 0),
        ("O_DIRECTORY", 65536),
        ("O_NOFOLLOW", 131072),
        ("O_NOATIME", 262144),
        ("O_SYNC", 1052672),
        ("O_RSYNC", 1052672),
        ("EX_OK", 0),
        ("EX_USAGE", 64),
        ("EX_DATAERR", 65),
        ("EX_NOINPUT", 66),
        ("EX_NOUSER", 67),
        ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69),
        ("EX_SOFTWARE", 70),
        ("EX_OSERR", 71),
        ("EX_OSFILE", 72),
        ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74),
        ("EX_TEMPFAIL", 75),
        ("EX_PROTOCOL", 76),
        ("EX_NOPERM", 77),
        ("EX_CONFIG", 78),
        ("NGROUPS_MAX", 65536),
        ("TMP_MAX", 238328),
        ("WNOHANG", 1),
        ("WUNTRACED", 2),
        ("WCONTINUED", 8),
    ] {
        module::set_attr(&m, n, int::new(v));
    }
    Ok(m)
}
