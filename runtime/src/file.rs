//! `file` objects (fileobject.c): `open()`, `sys.stdout`/`stderr`/`stdin`,
//! and the `print` statement's rules (softspace, `print >>f`).
//!
//! Buffering follows CPython on Linux: stdout is line-buffered on a
//! terminal and block-buffered otherwise, stderr is unbuffered, disk files
//! are block-buffered. A file keeps one read buffer and one write buffer;
//! switching direction flushes or discards as needed so `tell()` is exact.
//! Buffers are flushed at exit (`flush_std`) and when a file is closed or
//! freed.
//!
//! An embedder can send `sys.stdout` to memory instead of the process's
//! stdout ([`redirect_stdout`]): the stream then behaves like stdout on a
//! pipe (block-buffered, not a tty, `fileno()` 1) but its bytes are
//! appended to an [`OutputBuffer`] or dropped. Only writes through the file
//! object are redirected; `os.write(1, ...)` still reaches descriptor 1,
//! and stderr is never redirected.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::value::Value;
use crate::{PyErr, PyResult, args, err, int, list, ops, str as pstr, tuple, unicode};
use std::cell::{Cell, RefCell};
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};

/// Where a file's bytes go.
pub enum Handle {
    /// Process standard output.
    Stdout,
    /// Process standard error.
    Stderr,
    /// Process standard input.
    Stdin,
    /// A file on disk.
    Disk(std::fs::File),
    /// A redirected stdout: bytes go to the buffer, or nowhere (None).
    Memory(Option<OutputBuffer>),
}

/// A byte buffer shared between an embedder and a redirected `sys.stdout`
/// (clones share the bytes). The interpreter thread appends whenever the
/// stream's buffer is flushed, at the latest when the program finishes.
#[derive(Clone, Default)]
pub struct OutputBuffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl OutputBuffer {
    /// A new, empty buffer.
    pub fn new() -> OutputBuffer {
        OutputBuffer::default()
    }

    /// Removes and returns what has been written so far.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.lock())
    }

    /// A copy of what has been written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.lock().clone()
    }

    /// How many bytes are held.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Is the buffer empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<u8>> {
        // a panic while appending leaves whole writes behind: keep going
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl std::fmt::Debug for OutputBuffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OutputBuffer({} bytes)", self.len())
    }
}

/// The mutable state of a file.
pub struct FileInner {
    handle: Handle,
    closed: bool,
    readable: bool,
    writable: bool,
    universal: bool,
    line_buffered: bool,
    binary: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    eof: bool,
    skip_lf: bool,
    /// Newline kinds seen in universal mode (`NEWLINE_CR`, ...).
    newlinetypes: u8,
    /// The read-ahead of iteration (`next()`), separate from the stream's
    /// own buffer as in CPython: `tell()` does not see it and the read
    /// methods refuse to run while it holds data.
    itbuf: Vec<u8>,
    itpos: usize,
}

const NEWLINE_CR: u8 = 1;
const NEWLINE_LF: u8 = 2;
const NEWLINE_CRLF: u8 = 4;

/// A file object.
#[repr(C)]
pub struct FileObj {
    /// Header.
    pub ob: ObjHeader,
    /// `name`.
    pub name: Value,
    /// `mode`.
    pub mode: Value,
    /// `encoding` (None for plain files).
    pub encoding: Value,
    /// `softspace`.
    pub softspace: Cell<i64>,
    /// State.
    pub inner: RefCell<FileInner>,
}

const BUFSIZE: usize = 8192;

fn io_err(e: std::io::Error, filename: Option<&str>) -> PyErr {
    match e.raw_os_error() {
        Some(code) => err::os_error(rt().exc.io_error, code, filename),
        None => err::io_error(e.to_string()),
    }
}

impl FileInner {
    fn raw_write(&mut self, data: &[u8]) -> std::io::Result<()> {
        match &mut self.handle {
            Handle::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(data)?;
                o.flush()
            }
            Handle::Stderr => std::io::stderr().lock().write_all(data),
            Handle::Stdin => Err(std::io::Error::from_raw_os_error(9)),
            Handle::Disk(f) => f.write_all(data),
            Handle::Memory(Some(b)) => {
                b.lock().extend_from_slice(data);
                Ok(())
            }
            Handle::Memory(None) => Ok(()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            let data = std::mem::take(&mut self.wbuf);
            self.raw_write(&data)?;
        }
        Ok(())
    }

    /// Drops read-ahead, moving the OS position back to the logical one.
    fn drop_readahead(&mut self) -> std::io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        if unread > 0
            && let Handle::Disk(f) = &mut self.handle
        {
            f.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        if self.rpos < self.rbuf.len() || !self.rbuf.is_empty() {
            self.drop_readahead()?;
        }
        if matches!(self.handle, Handle::Stderr) {
            return self.raw_write(data);
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= BUFSIZE || (self.line_buffered && data.contains(&b'\n')) {
            self.flush()?;
        }
        Ok(())
    }

    /// Fills the read buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush()?;
        if self.rpos < self.rbuf.len() {
            return Ok(true);
        }
        self.rbuf.clear();
        self.rpos = 0;
        let mut buf = vec![0u8; BUFSIZE];
        let n = match &mut self.handle {
            Handle::Stdin => {
                flush_std();
                std::io::stdin().lock().read(&mut buf)?
            }
            Handle::Disk(f) => f.read(&mut buf)?,
            _ => return Err(std::io::Error::from_raw_os_error(9)),
        };
        buf.truncate(n);
        self.rbuf = buf;
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    /// One byte, with universal-newline translation (recording the kinds
    /// of newline seen).
    fn getc(&mut self) -> std::io::Result<Option<u8>> {
        loop {
            if self.rpos >= self.rbuf.len() && !self.fill()? {
                if self.universal && self.skip_lf {
                    self.newlinetypes |= NEWLINE_CR;
                }
                return Ok(None);
            }
            let c = self.rbuf[self.rpos];
            self.rpos += 1;
            if self.universal {
                if self.skip_lf {
                    self.skip_lf = false;
                    if c == b'\n' {
                        self.newlinetypes |= NEWLINE_CRLF;
                        continue;
                    }
                    self.newlinetypes |= NEWLINE_CR;
                }
                if c == b'\r' {
                    self.skip_lf = true;
                    return Ok(Some(b'\n'));
                }
                if c == b'\n' {
                    self.newlinetypes |= NEWLINE_LF;
                }
            }
            return Ok(Some(c));
        }
    }

    /// Does the iteration read-ahead hold data (`err_iterbuffered`)?
    fn iter_buffered(&self) -> bool {
        self.itpos < self.itbuf.len()
    }

    fn drop_iterbuf(&mut self) {
        self.itbuf.clear();
        self.itpos = 0;
    }

    /// The next line for iteration: read-ahead in chunks of 8192 bytes
    /// (growing by a quarter while a line does not fit), as
    /// `file_iternext` does.
    fn next_line(&mut self) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut bufsize = BUFSIZE;
        loop {
            if self.itpos >= self.itbuf.len() {
                self.drop_iterbuf();
                let chunk = self.read_n(bufsize)?;
                if chunk.is_empty() {
                    return Ok(out);
                }
                self.itbuf = chunk;
            }
            let rest = &self.itbuf[self.itpos..];
            match rest.iter().position(|&c| c == b'\n') {
                Some(k) => {
                    out.extend_from_slice(&rest[..=k]);
                    self.itpos += k + 1;
                    if self.itpos >= self.itbuf.len() {
                        self.drop_iterbuf();
                    }
                    return Ok(out);
                }
                None => {
                    out.extend_from_slice(rest);
                    self.drop_iterbuf();
                    bufsize += bufsize >> 2;
                }
            }
        }
    }

    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        while let Some(c) = self.getc()? {
            out.push(c);
            if !self.universal {
                // fast path: take the rest of the buffer
                out.extend_from_slice(&self.rbuf[self.rpos..]);
                self.rpos = self.rbuf.len();
            }
        }
        Ok(out)
    }

    fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(n.min(1 << 20));
        while out.len() < n {
            match self.getc()? {
                Some(c) => out.push(c),
                None => break,
            }
        }
        Ok(out)
    }

    fn readline(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        while limit.is_none_or(|l| out.len() < l) {
            match self.getc()? {
                Some(c) => {
                    out.push(c);
                    if c == b'\n' {
                        break;
                    }
                }
                None => break,
            }
        }
        Ok(out)
    }

    fn raw_tell(&mut self) -> std::io::Result<u64> {
        let Handle::Disk(f) = &mut self.handle else {
            return Err(std::io::Error::from_raw_os_error(29));
        };
        let pos = f.stream_position()?;
        Ok(pos + self.wbuf.len() as u64 - (self.rbuf.len() - self.rpos) as u64)
    }

    /// `file.tell()`: the stream position; a CR just read in universal
    /// mode counts its LF.
    fn tell(&mut self) -> std::io::Result<u64> {
        let pos = self.raw_tell()?;
        if self.skip_lf {
            if self.rpos >= self.rbuf.len() && !self.fill()? {
                return Ok(pos);
            }
            if self.rbuf[self.rpos] == b'\n' {
                self.rpos += 1;
                self.newlinetypes |= NEWLINE_CRLF;
                self.skip_lf = false;
                return Ok(pos + 1);
            }
        }
        Ok(pos)
    }

    /// `fseek`: a bad whence or a negative target is EINVAL.
    fn seek(&mut self, off: i64, whence: i64) -> std::io::Result<()> {
        self.flush()?;
        let cur = self.raw_tell()?;
        self.drop_readahead()?;
        self.eof = false;
        self.skip_lf = false;
        let Handle::Disk(f) = &mut self.handle else {
            return Err(std::io::Error::from_raw_os_error(29));
        };
        let base: i64 = match whence {
            0 => 0,
            1 => cur as i64,
            2 => f.metadata()?.len() as i64,
            _ => return Err(std::io::Error::from_raw_os_error(22)),
        };
        let to = base
            .checked_add(off)
            .filter(|&t| t >= 0)
            .ok_or_else(|| std::io::Error::from_raw_os_error(22))?;
        f.seek(SeekFrom::Start(to as u64))?;
        Ok(())
    }
}

fn new_file(
    handle: Handle,
    name: &str,
    mode: &str,
    readable: bool,
    writable: bool,
    universal: bool,
) -> Value {
    let line_buffered = matches!(handle, Handle::Stdout) && std::io::stdout().is_terminal();
    let encoding = match handle {
        Handle::Stdout if std::io::stdout().is_terminal() => pstr::new("UTF-8"),
        Handle::Stderr if std::io::stderr().is_terminal() => pstr::new("UTF-8"),
        Handle::Stdin if std::io::stdin().is_terminal() => pstr::new("UTF-8"),
        _ => Value::NONE,
    };
    // SAFETY: FileObj is the file layout.
    unsafe {
        new_object(
            rt().types.file,
            FileObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name: pstr::new(name),
                mode: pstr::new(mode),
                encoding,
                softspace: Cell::new(0),
                inner: RefCell::new(FileInner {
                    handle,
                    closed: false,
                    readable,
                    writable,
                    universal,
                    line_buffered,
                    binary: mode.contains('b'),
                    rbuf: Vec::new(),
                    rpos: 0,
                    wbuf: Vec::new(),
                    eof: false,
                    skip_lf: false,
                    newlinetypes: 0,
                    itbuf: Vec::new(),
                    itpos: 0,
                }),
            },
        )
    }
}

/// The standard streams, created once per runtime.
pub fn std_streams() -> (Value, Value, Value) {
    (
        new_file(Handle::Stdin, "<stdin>", "r", true, false, false),
        new_file(Handle::Stdout, "<stdout>", "w", false, true, false),
        new_file(Handle::Stderr, "<stderr>", "w", false, true, false),
    )
}

/// Points `sys.stdout` and `sys.__stdout__` at a new `<stdout>` file
/// that appends to `target` (or discards, for None) instead of writing to
/// the process's stdout, and makes it the stream flushed at exit. Call it
/// right after the runtime is initialized, before the program runs.
pub fn redirect_stdout(target: Option<OutputBuffer>) {
    let f = new_file(Handle::Memory(target), "<stdout>", "w", false, true, false);
    register_stdout(&f);
    crate::sys::set("stdout", f.clone());
    crate::sys::set("__stdout__", f);
}

/// Is `v` a file object?
pub fn is_file(v: &Value) -> bool {
    v.is_ptr() && crate::types::is_subtype(type_of(v), rt().types.file)
}

/// The file payload.
pub fn file(v: &Value) -> &FileObj {
    // SAFETY: callers pass files.
    unsafe { &*(v.as_ptr() as *const FileObj) }
}

fn check_open(f: &FileObj) -> PyResult<()> {
    if f.inner.borrow().closed {
        return Err(err::value_error("I/O operation on closed file"));
    }
    Ok(())
}

/// `_PyFile_SanitizeMode`: the mode fopen gets (a 'U' becomes "rb").
fn sanitize_mode(mode: &str) -> PyResult<String> {
    if mode.is_empty() {
        return Err(err::value_error("empty mode string"));
    }
    if let Some(u) = mode.find('U') {
        let mut m: String = format!("{}{}", &mode[..u], &mode[u + 1..]);
        if m.starts_with('w') || m.starts_with('a') {
            return Err(err::value_error(
                "universal newline mode can only be used with modes starting with 'r'",
            ));
        }
        if !m.starts_with('r') {
            m.insert(0, 'r');
        }
        if !m.contains('b') {
            m.insert(1, 'b');
        }
        return Ok(m);
    }
    if !matches!(mode.as_bytes()[0], b'r' | b'w' | b'a') {
        return Err(err::value_error(format!(
            "mode string must begin with one of 'r', 'w', 'a' or 'U', not '{mode}'"
        )));
    }
    Ok(mode.to_string())
}

/// `open(name, mode='r', buffering=-1)`.
pub fn open(name: &str, mode: &str) -> PyResult {
    let m = sanitize_mode(mode)?;
    let universal = mode.contains('U');
    let plus = m.contains('+');
    let readable = m.contains('r') || plus;
    let writable = m.contains('w') || m.contains('a') || plus;
    let mut o = std::fs::OpenOptions::new();
    match m.as_bytes()[0] {
        b'r' => {
            o.read(true).write(plus);
        }
        b'w' => {
            o.write(true).create(true).truncate(true).read(plus);
        }
        _ => {
            o.append(true).create(true).read(plus);
        }
    }
    if name.is_empty() {
        return Err(err::os_error(rt().exc.io_error, 2, Some(name)));
    }
    let f = o.open(name).map_err(|e| io_err(e, Some(name)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(err::os_error(rt().exc.io_error, 21, Some(name)));
    }
    Ok(new_file(
        Handle::Disk(f),
        name,
        mode,
        readable,
        writable,
        universal,
    ))
}

/// A file object over an open descriptor (`os.fdopen`), named
/// `<fdopen>`; `mode` has been checked by the caller. The file owns the
/// descriptor from now on (closing the file closes it).
pub fn from_fd(fd: i32, mode: &str) -> Value {
    use std::os::fd::FromRawFd;
    let m = mode.replace(['b', 't'], "");
    let plus = m.contains('+');
    let (readable, writable) = match m.chars().next() {
        Some('w') | Some('a') => (plus, true),
        _ => (true, plus),
    };
    // SAFETY: the caller hands over an open descriptor it no longer uses.
    let f = unsafe { std::fs::File::from_raw_fd(fd) };
    new_file(
        Handle::Disk(f),
        "<fdopen>",
        mode,
        readable,
        writable,
        m.contains('U'),
    )
}

fn file_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("file", a, kw, &["name", "mode", "buffering"], 1)?;
    let name = p[0].clone().unwrap();
    if !pstr::is_str(&name) && !unicode::is_unicode(&name) {
        return Err(err::type_error(format!(
            "coercing to Unicode: need string or buffer, {} found",
            crate::types::type_ref(&name).name_str()
        )));
    }
    let mode = args::opt_c_string("file", 2, &p[1], "r")?;
    if let Some(b) = &p[2] {
        args::c_int(b)?;
    }
    let name = if unicode::is_unicode(&name) {
        unicode::to_string_lossy(&name)
    } else {
        pstr::as_str_lossy(&name).to_string()
    };
    if name.as_bytes().contains(&0) {
        return Err(err::type_error(
            "file() argument 1 must be encoded string without NULL bytes, not str",
        ));
    }
    open(&name, &mode)
}

/// Writes bytes to a file object.
pub fn write_bytes(fv: &Value, data: &[u8]) -> PyResult<()> {
    let f = file(fv);
    check_open(f)?;
    let mut i = f.inner.borrow_mut();
    if !i.writable {
        return Err(err::io_error("File not open for writing"));
    }
    i.write(data).map_err(|e| io_err(e, None))
}

/// Writes to the process's stderr directly (diagnostics).
pub fn write_stderr(data: &[u8]) {
    flush_std();
    let _ = std::io::stderr().lock().write_all(data);
}

thread_local! {
    // ManuallyDrop: no Value release during thread-local teardown.
    static STDOUT: std::mem::ManuallyDrop<RefCell<Option<Value>>> = const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// Remembers the original `sys.stdout` so it can be flushed at exit.
pub fn register_stdout(v: &Value) {
    STDOUT.with(|s| *s.borrow_mut() = Some(v.clone()));
}

/// Flushes the original stdout's buffer.
pub fn flush_std() {
    // try_borrow: this also runs from the panic hook, possibly while the
    // cell is borrowed
    let v = STDOUT.with(|s| s.try_borrow().ok().and_then(|b| b.clone()));
    if let Some(v) = v
        && let Ok(mut i) = file(&v).inner.try_borrow_mut()
    {
        let _ = i.flush();
    }
}

fn err_mode(what: &str) -> PyErr {
    err::io_error(format!("File not open for {what}"))
}

fn err_iterbuffered() -> PyErr {
    err::value_error("Mixing iteration and read methods would lose data")
}

/// What `write()` writes for `x`: binary files take any readable buffer
/// (`s*`), text files a str, a unicode (encoded) or a character buffer.
fn write_data(f: &FileObj, x: &Value) -> PyResult<Vec<u8>> {
    if pstr::is_str(x) {
        return Ok(pstr::as_bytes(x).to_vec());
    }
    if unicode::is_unicode(x) {
        let s = match &f.encoding {
            e if pstr::is_str(e) => crate::codecs::encode(x, pstr::as_str_lossy(e), "strict")?,
            _ => unicode::encode_default(x)?,
        };
        return Ok(pstr::as_bytes(&s).to_vec());
    }
    if crate::bytearray::is_bytearray(x) {
        return Ok(crate::bytearray::bytes(x).to_vec());
    }
    if f.inner.borrow().binary {
        return Err(err::type_error(format!(
            "argument 1 must be string or buffer, not {}",
            args::type_name(x)
        )));
    }
    Err(err::type_error(
        "expected a string or other character buffer object",
    ))
}

fn writing(f: &FileObj) -> PyResult<()> {
    check_open(f)?;
    if !f.inner.borrow().writable {
        return Err(err_mode("writing"));
    }
    Ok(())
}

fn m_write(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = file(v);
    writing(f)?;
    let x = args::one("write", a, kw)?;
    let data = write_data(f, x)?;
    f.softspace.set(0);
    write_bytes(v, &data)?;
    Ok(Value::NONE)
}

fn m_writelines(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let seq = args::one("writelines", a, kw)?;
    let f = file(v);
    writing(f)?;
    let it = if list::is_list(seq) {
        None
    } else {
        Some(
            ops::iter(seq)
                .map_err(|_| err::type_error("writelines() requires an iterable argument"))?,
        )
    };
    // in chunks of 1000 lines, each checked whole before any is written
    let mut index = 0;
    loop {
        let chunk: Vec<Value> = match &it {
            None => {
                let items = list::items(seq);
                items[index.min(items.len())..(index + 1000).min(items.len())].to_vec()
            }
            Some(it) => {
                let mut c = Vec::new();
                while c.len() < 1000 {
                    match ops::next(it)? {
                        Some(x) => c.push(x),
                        None => break,
                    }
                }
                check_open(f)?;
                c
            }
        };
        if chunk.is_empty() {
            break;
        }
        let mut data = Vec::new();
        for x in &chunk {
            if pstr::is_str(x) {
                data.push(pstr::as_bytes(x).to_vec());
            } else if unicode::is_unicode(x) {
                data.push(pstr::as_bytes(&unicode::encode_default(x)?).to_vec());
            } else if crate::bytearray::is_bytearray(x) {
                data.push(crate::bytearray::bytes(x).to_vec());
            } else {
                return Err(err::type_error(
                    "writelines() argument must be a sequence of strings",
                ));
            }
        }
        f.softspace.set(0);
        for d in &data {
            write_bytes(v, d)?;
        }
        if chunk.len() < 1000 {
            break;
        }
        index += 1000;
    }
    Ok(Value::NONE)
}

/// The checks every read method starts with: open, readable, and no
/// iteration read-ahead pending.
fn reading(f: &FileObj) -> PyResult<std::cell::RefMut<'_, FileInner>> {
    check_open(f)?;
    let i = f.inner.borrow_mut();
    if !i.readable {
        return Err(err_mode("reading"));
    }
    if i.iter_buffered() {
        return Err(err_iterbuffered());
    }
    Ok(i)
}

fn m_read(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = file(v);
    drop(reading(f)?);
    args::count("read", a, kw, 0, 1)?;
    let n = match a.first() {
        Some(x) => args::c_long(x)?,
        None => -1,
    };
    let mut i = reading(f)?;
    let data = if n < 0 {
        i.read_all()
    } else {
        i.read_n(n as usize)
    }
    .map_err(|e| io_err(e, None))?;
    Ok(pstr::from_vec(data))
}

fn m_readinto(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = file(v);
    drop(reading(f)?);
    let buf = args::one("readinto", a, kw)?;
    if !crate::bytearray::is_bytearray(buf) {
        return Err(err::type_error(format!(
            "argument 1 must be read-write buffer, not {}",
            args::type_name(buf)
        )));
    }
    let n = crate::bytearray::bytes(buf).len();
    let data = reading(f)?.read_n(n).map_err(|e| io_err(e, None))?;
    crate::bytearray::bytes_mut(buf)[..data.len()].copy_from_slice(&data);
    Ok(int::new(data.len() as i64))
}

fn m_readline(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = file(v);
    drop(reading(f)?);
    args::count("readline", a, kw, 0, 1)?;
    let limit = match a.first() {
        Some(x) => {
            let n = args::c_int(x)?;
            if n < 0 { None } else { Some(n as usize) }
        }
        None => None,
    };
    if limit == Some(0) {
        return Ok(pstr::new(""));
    }
    let data = reading(f)?.readline(limit).map_err(|e| io_err(e, None))?;
    Ok(pstr::from_vec(data))
}

/// `readlines([sizehint])`: with a hint, reads 8192-byte chunks until
/// the hint is reached and keeps a partial last line as it is, as
/// CPython does.
fn m_readlines(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = file(v);
    drop(reading(f)?);
    args::count("readlines", a, kw, 0, 1)?;
    let hint = match a.first() {
        Some(x) => args::c_long(x)?,
        None => 0,
    };
    let mut i = reading(f)?;
    let mut out = Vec::new();
    if hint <= 0 {
        loop {
            let line = i.readline(None).map_err(|e| io_err(e, None))?;
            if line.is_empty() {
                break;
            }
            out.push(pstr::from_vec(line));
        }
        return Ok(list::new(out));
    }
    let mut pending: Vec<u8> = Vec::new();
    let mut total = 0usize;
    loop {
        let chunk = i.read_n(BUFSIZE).map_err(|e| io_err(e, None))?;
        if chunk.is_empty() {
            break;
        }
        total += chunk.len();
        pending.extend_from_slice(&chunk);
        let mut start = 0;
        while let Some(k) = pending[start..].iter().position(|&c| c == b'\n') {
            out.push(pstr::new_bytes(&pending[start..start + k + 1]));
            start += k + 1;
        }
        pending.drain(..start);
        if total >= hint as usize || chunk.len() < BUFSIZE {
            break;
        }
    }
    if !pending.is_empty() {
        out.push(pstr::from_vec(pending));
    }
    Ok(list::new(out))
}

fn file_next(v: &Value) -> PyResult<Option<Value>> {
    let f = file(v);
    check_open(f)?;
    let mut i = f.inner.borrow_mut();
    if !i.readable {
        return Err(err_mode("reading"));
    }
    let line = i.next_line().map_err(|e| io_err(e, None))?;
    Ok(if line.is_empty() {
        None
    } else {
        Some(pstr::from_vec(line))
    })
}

fn file_iter(v: &Value) -> PyResult {
    check_open(file(v))?;
    Ok(v.clone())
}

/// Closes a file (flushing); no-op for an already closed one.
pub fn close(v: &Value) -> PyResult<()> {
    let f = file(v);
    let mut i = f.inner.borrow_mut();
    if i.closed {
        return Ok(());
    }
    let r = i.flush();
    if matches!(i.handle, Handle::Disk(_)) {
        i.handle = Handle::Stdin;
    }
    i.closed = true;
    i.rbuf.clear();
    r.map_err(|e| io_err(e, None))
}

fn m_close(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("close", a, kw)?;
    close(v)?;
    Ok(Value::NONE)
}

fn m_flush(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("flush", a, kw)?;
    let f = file(v);
    check_open(f)?;
    f.inner.borrow_mut().flush().map_err(|e| io_err(e, None))?;
    Ok(Value::NONE)
}

/// A file offset argument (`PyInt_AsLong`/`PyLong_AsLongLong`: floats
/// truncate).
fn offset_arg(x: &Value) -> PyResult<i64> {
    if let Some(f) = crate::float::as_f64(x) {
        if !f.is_finite() || f.abs() >= 9.3e18 {
            return Err(err::overflow_error(
                "Python int too large to convert to C long",
            ));
        }
        return Ok(f.trunc() as i64);
    }
    args::c_long(x)
}

fn m_seek(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = file(v);
    check_open(f)?;
    f.inner.borrow_mut().drop_iterbuf();
    args::count("seek", a, kw, 1, 2)?;
    let whence = match a.get(1) {
        Some(w) => args::c_int(w)? as i64,
        None => 0,
    };
    // an index; a float still works, with a deprecation warning
    let off = match ops::index(&a[0]) {
        Ok(i) => offset_arg(&i)?,
        Err(e) => {
            if !crate::float::is_float(&a[0]) {
                return Err(e);
            }
            crate::warnings::warn(
                rt().exc.deprecation_warning,
                "integer argument expected, got float",
            )?;
            offset_arg(&a[0])?
        }
    };
    f.inner
        .borrow_mut()
        .seek(off, whence)
        .map_err(|e| io_err(e, None))?;
    Ok(Value::NONE)
}

fn m_tell(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("tell", a, kw)?;
    let f = file(v);
    check_open(f)?;
    let p = f.inner.borrow_mut().tell().map_err(|e| io_err(e, None))?;
    Ok(int::new(p as i64))
}

/// `truncate([size])`: the position is kept.
fn m_truncate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = file(v);
    writing(f)?;
    args::unpack("truncate", a, kw, 0, 1)?;
    let initial = f.inner.borrow_mut().tell().map_err(|e| io_err(e, None))?;
    let size = match a.first() {
        Some(x) => offset_arg(x)?,
        None => initial as i64,
    };
    if size < 0 {
        return Err(io_err(std::io::Error::from_raw_os_error(22), None));
    }
    let mut i = f.inner.borrow_mut();
    i.flush().map_err(|e| io_err(e, None))?;
    if let Handle::Disk(fh) = &mut i.handle {
        fh.set_len(size as u64).map_err(|e| io_err(e, None))?;
    }
    i.seek(initial as i64, 0).map_err(|e| io_err(e, None))?;
    Ok(Value::NONE)
}

fn m_fileno(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("fileno", a, kw)?;
    let f = file(v);
    check_open(f)?;
    let i = f.inner.borrow();
    Ok(Value::small_int(match &i.handle {
        Handle::Stdin => 0,
        Handle::Stdout | Handle::Memory(_) => 1,
        Handle::Stderr => 2,
        Handle::Disk(fh) => {
            use std::os::fd::AsRawFd;
            fh.as_raw_fd() as i64
        }
    }))
}

fn m_isatty(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("isatty", a, kw)?;
    let f = file(v);
    check_open(f)?;
    let i = f.inner.borrow();
    Ok(Value::bool(match &i.handle {
        Handle::Stdin => std::io::stdin().is_terminal(),
        Handle::Stdout => std::io::stdout().is_terminal(),
        Handle::Stderr => std::io::stderr().is_terminal(),
        Handle::Disk(fh) => fh.is_terminal(),
        Handle::Memory(_) => false,
    }))
}

fn m_enter(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__enter__", a, kw)?;
    check_open(file(v))?;
    Ok(v.clone())
}

fn m_exit(v: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    close(v)?;
    Ok(Value::NONE)
}

fn m_xreadlines(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("xreadlines", a, kw)?;
    check_open(file(v))?;
    Ok(v.clone())
}

fn file_repr(v: &Value) -> PyResult {
    let f = file(v);
    let state = if f.inner.borrow().closed {
        "closed"
    } else {
        "open"
    };
    Ok(pstr::from_string(format!(
        "<{} file {}, mode '{}' at {:#x}>",
        state,
        pstr::repr_bytes(pstr::as_bytes(&f.name)),
        pstr::as_str_lossy(&f.mode),
        ops::address_of(v)
    )))
}

fn get_name(v: &Value) -> PyResult {
    Ok(file(v).name.clone())
}

fn get_mode(v: &Value) -> PyResult {
    Ok(file(v).mode.clone())
}

fn get_closed(v: &Value) -> PyResult {
    Ok(Value::bool(file(v).inner.borrow().closed))
}

fn get_encoding(v: &Value) -> PyResult {
    Ok(file(v).encoding.clone())
}

fn get_none(_v: &Value) -> PyResult {
    Ok(Value::NONE)
}

fn get_newlines(v: &Value) -> PyResult {
    let t = file(v).inner.borrow().newlinetypes;
    let kinds: Vec<Value> = [
        (NEWLINE_CR, "\r"),
        (NEWLINE_LF, "\n"),
        (NEWLINE_CRLF, "\r\n"),
    ]
    .iter()
    .filter(|(bit, _)| t & bit != 0)
    .map(|(_, s)| pstr::new(s))
    .collect();
    Ok(match kinds.len() {
        0 => Value::NONE,
        1 => kinds[0].clone(),
        _ => tuple::new(kinds),
    })
}

fn get_softspace(v: &Value) -> PyResult {
    Ok(int::new(file(v).softspace.get()))
}

fn set_softspace(v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| err::type_error("can't delete softspace attribute"))?;
    file(v).softspace.set(ops::as_i64_arg(&x)?);
    Ok(())
}

/// Drops a file: flushes and closes first.
///
/// # Safety
/// `p` is a dying file.
unsafe fn drop_file(p: *mut ObjHeader) {
    // SAFETY: p is a FileObj being freed.
    unsafe {
        let f = &*(p as *const FileObj);
        if let Ok(mut i) = f.inner.try_borrow_mut() {
            let _ = i.flush();
        }
        std::ptr::drop_in_place(p as *mut FileObj);
    }
}

// ----- print -----

/// `PyFile_SoftSpace(f, newflag)`: returns the old flag, sets the new one.
pub fn softspace(f: &Value, newflag: bool) -> bool {
    if crate::types::type_of_ptr_is(f, rt().types.file) {
        let fo = file(f);
        let old = fo.softspace.get() != 0;
        fo.softspace.set(newflag as i64);
        return old;
    }
    let name = crate::rt::intern("softspace");
    let old = match ops::getattr(f, &name) {
        Ok(v) => int::as_i64(&v).map(|i| i != 0).unwrap_or(false),
        Err(_) => false,
    };
    let _ = ops::setattr(f, &name, Some(Value::small_int(newflag as i64)));
    old
}

/// `PyFile_WriteObject(v, f, Py_PRINT_RAW)` (`raw`) or with repr.
pub fn write_object(f: &Value, v: &Value, raw: bool) -> PyResult<()> {
    if crate::types::type_of_ptr_is(f, rt().types.file) {
        let fo = file(f);
        check_open(fo)?;
        let s = if raw && unicode::is_unicode(v) {
            match &fo.encoding {
                e if pstr::is_str(e) => crate::codecs::encode(v, pstr::as_str_lossy(e), "strict")?,
                _ => unicode::encode_default(v)?,
            }
        } else if raw {
            ops::str(v)?
        } else {
            ops::repr(v)?
        };
        return write_bytes(f, pstr::as_bytes(&s));
    }
    let w = ops::getattr_str(f, "write")?;
    let s = if raw && unicode::is_unicode(v) {
        v.clone()
    } else if raw {
        ops::str(v)?
    } else {
        ops::repr(v)?
    };
    ops::call(&w, &[s], &[])?;
    Ok(())
}

fn write_string(f: &Value, s: &str) -> PyResult<()> {
    if crate::types::type_of_ptr_is(f, rt().types.file) {
        return write_bytes(f, s.as_bytes());
    }
    let w = ops::getattr_str(f, "write")?;
    ops::call(&w, &[pstr::new(s)], &[])?;
    Ok(())
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The print target: `stream`, or `sys.stdout` when it is None/NULL.
pub fn print_target(stream: &Value) -> PyResult {
    if stream.is_null() || stream.is_none() {
        return crate::sys::get("stdout").ok_or_else(|| err::runtime_error("lost sys.stdout"));
    }
    Ok(stream.clone())
}

/// PRINT_ITEM / PRINT_ITEM_TO.
pub fn print_item(stream: &Value, v: &Value) -> PyResult<()> {
    let w = print_target(stream)?;
    if softspace(&w, false) {
        write_string(&w, " ")?;
    }
    write_object(&w, v, true)?;
    let set = if pstr::is_str(v) {
        let b = pstr::as_bytes(v);
        b.is_empty() || !is_c_space(*b.last().unwrap()) || *b.last().unwrap() == b' '
    } else if unicode::is_unicode(v) {
        let c = unicode::chars(v);
        c.is_empty()
            || !crate::unicode_methods::is_space(*c.last().unwrap())
            || *c.last().unwrap() == ' ' as u32
    } else {
        true
    };
    if set {
        softspace(&w, true);
    }
    Ok(())
}

/// PRINT_NEWLINE / PRINT_NEWLINE_TO.
pub fn print_newline(stream: &Value) -> PyResult<()> {
    let w = print_target(stream)?;
    write_string(&w, "\n")?;
    softspace(&w, false);
    Ok(())
}

/// Fills the file type (bootstrap).
pub fn setup() {
    let t = rt().types.file;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.new = Some(file_new);
        s.iter = Some(file_iter);
        s.next = Some(file_next);
        s.repr = Some(file_repr);
        (*t).drop_payload = drop_file;
    }
    crate::descr::add_methods(
        t,
        &[
            ("write", m_write),
            ("writelines", m_writelines),
            ("read", m_read),
            ("readline", m_readline),
            ("readlines", m_readlines),
            ("close", m_close),
            ("flush", m_flush),
            ("seek", m_seek),
            ("tell", m_tell),
            ("truncate", m_truncate),
            ("fileno", m_fileno),
            ("isatty", m_isatty),
            ("__enter__", m_enter),
            ("__exit__", m_exit),
            ("xreadlines", m_xreadlines),
            ("readinto", m_readinto),
        ],
    );
    // PyMemberDef entries in CPython: member descriptors
    crate::descr::add_members(
        t,
        &[
            ("softspace", get_softspace, Some(set_softspace)),
            ("mode", get_mode, None),
            ("name", get_name, None),
            ("encoding", get_encoding, None),
            ("errors", get_none, None),
        ],
    );
    crate::descr::add_getsets(
        t,
        &[
            ("closed", get_closed, None),
            ("newlines", get_newlines, None),
        ],
    );
}
