//! The `_struct` module (which `lib/struct.py` re-exports): conversion
//! between Python values and C structs packed in strings, as CPython 2.7's
//! `_struct.c` on x86-64 Linux.
//!
//! A format is compiled once into a [`Plan`]: its total size, the number of
//! values it packs, and one [`Code`] per value (for `s`/`p` one code per
//! field, holding the field width). Terms:
//! - *native* mode (`@` or no prefix): C sizes and alignment (`l` is 8
//!   bytes, `P` exists);
//! - *standard* mode (`=`, `<`, `>`, `!`): fixed sizes, no alignment.
//!   Little-endian standard codes whose size equals the native one behave
//!   exactly as native ones (CPython swaps in the native functions on
//!   little-endian hosts), which shows in their range-error messages.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{Layout, Slots, TypeFlags, TypeObject, type_ref, type_value};
use crate::value::Value;
use crate::{PyErr, PyResult, args, dict, err, int, long, module, ops, str as pstr, tuple};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// Byte order and size/alignment rules of a format.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Mode {
    /// `@`: native sizes and alignment.
    Native,
    /// `<` and `=`: standard sizes, little-endian.
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// One packed value: its format character, offset and size (for `s` and
/// `p`, the field width).
#[derive(Copy, Clone, Debug)]
struct Code {
    ch: u8,
    offset: usize,
    size: usize,
}

/// A compiled format.
#[derive(Debug)]
struct Plan {
    mode: Mode,
    size: usize,
    codes: Vec<Code>,
}

/// `(size, alignment)` of a format character in a mode, None if the
/// character is not valid there.
fn entry(mode: Mode, c: u8) -> Option<(usize, usize)> {
    if mode == Mode::Native {
        Some(match c {
            b'x' | b'b' | b'B' | b'c' | b's' | b'p' => (1, 0),
            b'?' => (1, 1),
            b'h' | b'H' => (2, 2),
            b'i' | b'I' | b'f' => (4, 4),
            b'l' | b'L' | b'q' | b'Q' | b'd' | b'P' => (8, 8),
            _ => return None,
        })
    } else {
        Some(match c {
            b'x' | b'b' | b'B' | b'c' | b's' | b'p' | b'?' => (1, 0),
            b'h' | b'H' => (2, 0),
            b'i' | b'I' | b'l' | b'L' | b'f' => (4, 0),
            b'q' | b'Q' | b'd' => (8, 0),
            _ => return None,
        })
    }
}

/// Does code `c` of `mode` use the native pack routine (see module docs)?
fn packs_natively(mode: Mode, c: u8) -> bool {
    match mode {
        Mode::Native => true,
        Mode::Little => !matches!(c, b'l' | b'L' | b'f' | b'd'),
        Mode::Big => matches!(c, b'b' | b'B' | b'c'),
    }
}

thread_local! {
    // ManuallyDrop: no Value release during thread-local teardown (other
    // runtime thread-locals may already be gone).
    static STRUCT_ERROR: ManuallyDrop<RefCell<Value>> = const { ManuallyDrop::new(RefCell::new(Value::NULL)) };
    static STRUCT_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static CACHE: ManuallyDrop<RefCell<Value>> = const { ManuallyDrop::new(RefCell::new(Value::NULL)) };
}

/// `struct.error(msg)`.
fn error(msg: impl AsRef<str>) -> PyErr {
    let ty = STRUCT_ERROR.with(|e| e.borrow().clone());
    PyErr::new(ty.as_ptr() as *mut TypeObject, msg.as_ref())
}

fn overflow() -> PyErr {
    error("total struct size too long")
}

/// Compiles a format string (`prepare_s`).
fn compile(fmt: &[u8]) -> PyResult<Plan> {
    let (mode, body) = match fmt.first() {
        Some(b'<') | Some(b'=') => (Mode::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Mode::Big, &fmt[1..]),
        Some(b'@') => (Mode::Native, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut codes = Vec::new();
    let mut size: usize = 0;
    let mut i = 0;
    // C strings end at the first NUL
    let body = match body.iter().position(|&b| b == 0) {
        Some(n) => &body[..n],
        None => body,
    };
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() || c == 0x0b {
            continue;
        }
        let num = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                match body.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        i += 1;
                        num = num
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                            .filter(|&n| n <= isize::MAX as usize)
                            .ok_or_else(overflow)?;
                    }
                    _ => break,
                }
            }
            match body.get(i) {
                Some(&d) => {
                    c = d;
                    i += 1;
                }
                None => break,
            }
            num
        } else {
            1
        };
        let (isize_, align) = entry(mode, c).ok_or_else(|| error("bad char in struct format"))?;
        if align > 0 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            size = size.checked_add(extra).ok_or_else(overflow)?;
        }
        if num > (isize::MAX as usize - size) / isize_ {
            return Err(overflow());
        }
        match c {
            b's' | b'p' => {
                codes.push(Code {
                    ch: c,
                    offset: size,
                    size: num,
                });
                size += num;
            }
            b'x' => size += num,
            _ => {
                for _ in 0..num {
                    codes.push(Code {
                        ch: c,
                        offset: size,
                        size: isize_,
                    });
                    size += isize_;
                }
            }
        }
    }
    Ok(Plan { mode, size, codes })
}

// ----- value conversion -----

/// `get_pylong`: an integer argument as a BigInt.
fn get_big(v: &Value) -> PyResult<BigInt> {
    if let Some(i) = int::as_i64(v) {
        return Ok(BigInt::from(i));
    }
    if long::is_long(v) {
        return Ok(long::as_big(v).clone());
    }
    if ops::has_index(v) {
        match ops::index(v) {
            Ok(r) => return get_big(&r),
            Err(e) if e.matches(rt().exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let t = type_ref(v);
    let has_int = crate::float::is_float(v)
        || t.layout == Layout::ClassicInstance
        || (t.is_heap() && crate::types::lookup_str(type_of(v), "__int__").is_some());
    if !has_int {
        return Err(error("cannot convert argument to integer"));
    }
    if crate::float::is_float(v) {
        crate::warnings::warn(
            rt().exc.deprecation_warning,
            "integer argument expected, got float",
        )?;
    } else {
        crate::warnings::warn(
            rt().exc.deprecation_warning,
            "integer argument expected, got non-integer (implicit conversion using __int__ is deprecated)",
        )?;
    }
    let r = ops::unary(v, crate::types::UnOp::Int)?;
    if let Some(i) = int::as_i64(&r) {
        return Ok(BigInt::from(i));
    }
    if long::is_long(&r) {
        return Ok(long::as_big(&r).clone());
    }
    Err(err::type_error("__int__ method returned non-integer"))
}

/// An "integer out of range" error for integer code `c` (CPython turns
/// the OverflowError of a C conversion into this).
fn out_of_range(c: u8) -> PyErr {
    error(format!(
        "integer out of range for '{}' format code",
        c as char
    ))
}

fn get_long(v: &Value, c: u8) -> PyResult<i64> {
    get_big(v)?.to_i64().ok_or_else(|| out_of_range(c))
}

fn get_ulong(v: &Value, c: u8) -> PyResult<u64> {
    get_big(v)?.to_u64().ok_or_else(|| out_of_range(c))
}

/// `'%c' format requires lo <= number <= hi` for an item of `size` bytes.
fn range_error(c: u8, size: usize, unsigned: bool) -> PyErr {
    let ulargest: u64 = if size >= 8 {
        u64::MAX
    } else {
        (1u64 << (size * 8)) - 1
    };
    if unsigned {
        error(format!(
            "'{}' format requires 0 <= number <= {}",
            c as char, ulargest
        ))
    } else {
        let largest = (ulargest >> 1) as i64;
        error(format!(
            "'{}' format requires {} <= number <= {}",
            c as char, !largest, largest
        ))
    }
}

fn get_double(v: &Value) -> PyResult<f64> {
    ops::as_f64_arg(v).map_err(|_| error("required argument is not a float"))
}

/// Writes `x` as `n` bytes in the byte order of `mode`.
fn put_int(out: &mut [u8], x: u64, mode: Mode) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if mode == Mode::Big { n - 1 - k } else { k };
        *b = (x >> (8 * shift)) as u8;
    }
}

/// Packs one value for code `code` into `out` (exactly the code's bytes).
fn pack_one(mode: Mode, code: &Code, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let c = code.ch;
    let native = packs_natively(mode, c);
    match c {
        b's' | b'p' => {
            if !pstr::is_str(v) {
                return Err(error(format!(
                    "argument for '{}' must be a string",
                    c as char
                )));
            }
            let b = pstr::as_bytes(v);
            if c == b's' {
                let n = b.len().min(code.size);
                out[..n].copy_from_slice(&b[..n]);
            } else {
                let n = b.len().min(code.size.saturating_sub(1));
                if n > 0 {
                    out[1..1 + n].copy_from_slice(&b[..n]);
                }
                if code.size > 0 {
                    out[0] = n.min(255) as u8;
                }
            }
        }
        b'c' => {
            if !pstr::is_str(v) || pstr::as_bytes(v).len() != 1 {
                return Err(error("char format require string of length 1"));
            }
            out[0] = pstr::as_bytes(v)[0];
        }
        b'b' => {
            let x = get_long(v, c)?;
            if !(-128..=127).contains(&x) {
                return Err(error("byte format requires -128 <= number <= 127"));
            }
            out[0] = x as u8;
        }
        b'B' => {
            let x = get_long(v, c)?;
            if !(0..=255).contains(&x) {
                return Err(error("ubyte format requires 0 <= number <= 255"));
            }
            out[0] = x as u8;
        }
        b'?' => out[0] = ops::truthy(v)? as u8,
        b'h' if native => {
            let x = get_long(v, c)?;
            if !(-32768..=32767).contains(&x) {
                return Err(error(
                    "short format requires SHRT_MIN <= number <= SHRT_MAX",
                ));
            }
            put_int(out, x as u64, Mode::Little);
        }
        b'H' if native => {
            let x = get_long(v, c)?;
            if !(0..=65535).contains(&x) {
                return Err(error("ushort format requires 0 <= number <= USHRT_MAX"));
            }
            put_int(out, x as u64, Mode::Little);
        }
        b'i' | b'l' | b'h' => {
            let x = get_long(v, c)?;
            let n = out.len();
            if n < 8 {
                let lim = 1i64 << (n * 8 - 1);
                if x < -lim || x >= lim {
                    return Err(range_error(c, n, false));
                }
            }
            put_int(out, x as u64, mode);
        }
        b'I' | b'L' | b'H' => {
            let x = get_ulong(v, c)?;
            let n = out.len();
            if n < 8 && x >> (n * 8) != 0 {
                return Err(range_error(c, n, true));
            }
            put_int(out, x, mode);
        }
        b'q' => {
            let x = get_long(v, c)?;
            put_int(out, x as u64, mode);
        }
        b'Q' => {
            let x = get_ulong(v, c)?;
            put_int(out, x, mode);
        }
        b'P' => {
            let b = get_big(v)?;
            let x = if b.is_negative() {
                b.to_i64().map(|i| i as u64).ok_or_else(|| {
                    err::overflow_error("Python int too large to convert to C long")
                })?
            } else {
                b.to_u64()
                    .ok_or_else(|| err::overflow_error("long int too large to convert"))?
            };
            put_int(out, x, mode);
        }
        b'f' => {
            let x = get_double(v)?;
            let y = x as f32;
            if mode != Mode::Native && y.is_infinite() && x.is_finite() {
                return Err(err::overflow_error("float too large to pack with f format"));
            }
            put_int(out, y.to_bits() as u64, mode);
        }
        b'd' => {
            let x = get_double(v)?;
            put_int(out, x.to_bits(), mode);
        }
        _ => {}
    }
    Ok(())
}

/// Reads `bytes` as an unsigned integer in the byte order of `mode`.
fn get_uint(bytes: &[u8], mode: Mode) -> u64 {
    let mut x = 0u64;
    if mode == Mode::Big {
        for &b in bytes {
            x = (x << 8) | b as u64;
        }
    } else {
        for &b in bytes.iter().rev() {
            x = (x << 8) | b as u64;
        }
    }
    x
}

/// A C unsigned value as Python int or long.
fn from_u64(x: u64) -> Value {
    if x <= i64::MAX as u64 {
        int::new(x as i64)
    } else {
        long::new(BigInt::from(x))
    }
}

/// Unpacks one value of code `code` from `data` (the whole struct).
fn unpack_one(mode: Mode, code: &Code, data: &[u8]) -> Value {
    let b = &data[code.offset..code.offset + code.size];
    match code.ch {
        b's' => pstr::new_bytes(b),
        b'p' => {
            if code.size == 0 {
                return pstr::new_bytes(b"");
            }
            let n = (b[0] as usize).min(code.size - 1);
            pstr::new_bytes(&b[1..1 + n])
        }
        b'c' => pstr::new_bytes(b),
        b'b' => int::new(b[0] as i8 as i64),
        b'B' => int::new(b[0] as i64),
        b'?' => Value::bool(b[0] != 0),
        b'h' | b'i' | b'l' | b'q' => {
            let x = get_uint(b, mode);
            let bits = 8 * b.len();
            let v = if bits < 64 {
                ((x << (64 - bits)) as i64) >> (64 - bits)
            } else {
                x as i64
            };
            int::new(v)
        }
        b'H' | b'I' | b'L' | b'Q' | b'P' => from_u64(get_uint(b, mode)),
        b'f' => Value::float(f32::from_bits(get_uint(b, mode) as u32) as f64),
        b'd' => Value::float(f64::from_bits(get_uint(b, mode))),
        _ => Value::NONE,
    }
}

fn unpack_all(plan: &Plan, data: &[u8]) -> Value {
    tuple::new(
        plan.codes
            .iter()
            .map(|c| unpack_one(plan.mode, c, data))
            .collect(),
    )
}

fn pack_all(plan: &Plan, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    out.fill(0);
    for (code, v) in plan.codes.iter().zip(vals) {
        let end = code.offset + code.size;
        pack_one(plan.mode, code, v, &mut out[code.offset..end])?;
    }
    Ok(())
}

// ----- the Struct type -----

/// A `Struct` object: a format and its compiled plan.
#[repr(C)]
pub struct StructObj {
    /// Header.
    pub ob: ObjHeader,
    /// The format string (None before `__init__`).
    format: RefCell<Value>,
    /// The compiled format.
    plan: RefCell<Option<Rc<Plan>>>,
}

fn sobj(v: &Value) -> &StructObj {
    // SAFETY: callers pass Struct instances (checked by the method descriptors).
    unsafe { &*(v.as_ptr() as *const StructObj) }
}

fn plan_of(v: &Value) -> PyResult<Rc<Plan>> {
    sobj(v)
        .plan
        .borrow()
        .clone()
        .ok_or_else(|| err::system_error("Struct object is not initialized"))
}

fn s_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    // SAFETY: StructObj is the layout of Struct and its subclasses.
    Ok(unsafe {
        new_object(
            t.as_ptr() as *mut TypeObject,
            StructObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                format: RefCell::new(Value::NONE),
                plan: RefCell::new(None),
            },
        )
    })
}

fn s_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let p = args::parse("Struct", a, kw, &["format"], 1)?;
    let f = p[0].clone().unwrap();
    let fmt = if pstr::is_str(&f) {
        f
    } else if crate::unicode::is_unicode(&f) {
        crate::codecs::encode(&f, "ascii", "strict")?
    } else {
        return Err(err::type_error(format!(
            "Struct() argument 1 must be string, not {}",
            type_ref(&f).name_str()
        )));
    };
    let plan = compile(pstr::as_bytes(&fmt))?;
    *sobj(v).format.borrow_mut() = fmt;
    *sobj(v).plan.borrow_mut() = Some(Rc::new(plan));
    Ok(())
}

fn s_pack(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("pack", kw)?;
    let plan = plan_of(v)?;
    if a.len() != plan.codes.len() {
        return Err(error(format!(
            "pack expected {} items for packing (got {})",
            plan.codes.len(),
            a.len()
        )));
    }
    let mut out = vec![0u8; plan.size];
    pack_all(&plan, a, &mut out)?;
    Ok(pstr::from_vec(out))
}

fn s_pack_into(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("pack_into", kw)?;
    let plan = plan_of(v)?;
    if a.len() != plan.codes.len() + 2 {
        return Err(match a.len() {
            0 => error("pack_into expected buffer argument"),
            1 => error("pack_into expected offset argument"),
            n => error(format!(
                "pack_into expected {} items for packing (got {})",
                plan.codes.len(),
                n - 2
            )),
        });
    }
    let buf = &a[0];
    let Some(len) = super::buffer::with_writable(buf, |b| b.len()) else {
        return Err(err::type_error(format!(
            "argument must be read-write buffer, not {}",
            type_ref(buf).name_str()
        )));
    };
    let mut offset = super::native_types::as_ssize_t(&a[1])?;
    if offset < 0 {
        offset += len as isize;
    }
    if offset < 0 || (len as isize - offset) < plan.size as isize {
        return Err(error(format!(
            "pack_into requires a buffer of at least {} bytes",
            plan.size
        )));
    }
    let mut tmp = vec![0u8; plan.size];
    pack_all(&plan, &a[2..], &mut tmp)?;
    let off = offset as usize;
    super::buffer::with_writable(buf, |b| b[off..off + tmp.len()].copy_from_slice(&tmp));
    Ok(Value::NONE)
}

fn s_unpack(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("unpack", a, kw)?;
    let plan = plan_of(v)?;
    match super::buffer::read(x) {
        Ok(Some(b)) if b.len() == plan.size => Ok(unpack_all(&plan, &b)),
        _ => Err(error(format!(
            "unpack requires a string argument of length {}",
            plan.size
        ))),
    }
}

fn s_unpack_from(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("unpack_from", a, kw, &["buffer", "offset"], 1)?;
    let plan = plan_of(v)?;
    let buf = p[0].clone().unwrap();
    let data = if buf.is_none() {
        None
    } else {
        match super::buffer::read(&buf)? {
            Some(b) => Some(b),
            None => {
                return Err(err::type_error(format!(
                    "unpack_from() argument 1 must be string or buffer, not {}",
                    type_ref(&buf).name_str()
                )));
            }
        }
    };
    let mut offset = match &p[1] {
        Some(o) => ops::as_i64_arg(o)? as isize,
        None => 0,
    };
    let Some(data) = data else {
        return Err(error("unpack_from requires a buffer argument"));
    };
    if offset < 0 {
        offset += data.len() as isize;
    }
    if offset < 0 || (data.len() as isize - offset) < plan.size as isize {
        return Err(error(format!(
            "unpack_from requires a buffer of at least {} bytes",
            plan.size
        )));
    }
    Ok(unpack_all(&plan, &data[offset as usize..]))
}

fn s_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    let plan = plan_of(v)?;
    Ok(int::new(
        (std::mem::size_of::<StructObj>() + 24 * (plan.codes.len() + 1)) as i64,
    ))
}

fn get_format(v: &Value) -> PyResult {
    Ok(sobj(v).format.borrow().clone())
}

fn get_size(v: &Value) -> PyResult {
    Ok(int::new(
        sobj(v).plan.borrow().as_ref().map_or(-1, |p| p.size as i64),
    ))
}

/// The Struct type, created once.
fn struct_type() -> *mut TypeObject {
    let t = STRUCT_TYPE.with(|c| c.get());
    if !t.is_null() {
        return t;
    }
    let slots = Slots {
        new: Some(s_new),
        init: Some(s_init),
        ..Slots::default()
    };
    let t = super::native_types::new_type(
        "Struct",
        std::ptr::null_mut(),
        Layout::Other,
        std::mem::size_of::<StructObj>(),
        crate::object::drop_payload_of::<StructObj>,
        TypeFlags::BASETYPE,
        slots,
    );
    crate::descr::add_methods(
        t,
        &[
            ("pack", s_pack),
            ("pack_into", s_pack_into),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("__sizeof__", s_sizeof),
        ],
    );
    crate::descr::add_getsets(t, &[("format", get_format, None), ("size", get_size, None)]);
    // SAFETY: the type was just made by new_type.
    unsafe { super::native_types::ready(t, false) };
    crate::weakref::allow_weakrefs(t);
    STRUCT_TYPE.with(|c| c.set(t));
    t
}

// ----- module functions -----

/// The Struct for a format, from the cache (`cache_struct`).
fn cached(fmt: &Value) -> PyResult {
    let cache = CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_null() {
            *c = dict::new();
        }
        c.clone()
    });
    if let Ok(Some(s)) = dict::get(&cache, fmt) {
        return Ok(s);
    }
    let s = ops::call(&type_value(struct_type()), std::slice::from_ref(fmt), &[])?;
    if dict::len(&cache) >= 100 {
        dict::clear(&cache);
    }
    let _ = dict::set(&cache, fmt.clone(), s.clone());
    Ok(s)
}

fn clearcache(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("_clearcache", a, kw)?;
    CACHE.with(|c| *c.borrow_mut() = Value::NULL);
    Ok(Value::NONE)
}

fn calcsize(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let fmt = args::one("calcsize", a, kw)?;
    let s = cached(fmt)?;
    Ok(int::new(plan_of(&s)?.size as i64))
}

/// Splits `(fmt, rest...)`, with CPython's error when `fmt` is missing.
fn split_fmt(a: &[Value]) -> PyResult<(Value, &[Value])> {
    match a.split_first() {
        Some((f, rest)) => Ok((cached(f)?, rest)),
        None => Err(err::type_error("missing format argument")),
    }
}

fn pack(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("pack", kw)?;
    let (s, rest) = split_fmt(a)?;
    s_pack(&s, rest, &[])
}

fn pack_into(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("pack_into", kw)?;
    let (s, rest) = split_fmt(a)?;
    s_pack_into(&s, rest, &[])
}

fn unpack(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("unpack", a, kw, 2, 2)?;
    let s = cached(&a[0])?;
    s_unpack(&s, &a[1..], &[])
}

fn unpack_from(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (s, rest) = split_fmt(a)?;
    s_unpack_from(&s, rest, kw)
}

/// Creates the `_struct` module.
pub fn create() -> PyResult {
    let m = module::new_native("_struct");
    for (name, f) in [
        ("_clearcache", clearcache as crate::descr::NativeFn),
        ("calcsize", calcsize),
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
    ] {
        module::add_fn(&m, name, f);
    }
    let e = STRUCT_ERROR.with(|e| e.borrow().clone());
    let e = if e.is_null() {
        let e = super::native_types::new_exception("struct", "error", rt().exc.exception)?;
        STRUCT_ERROR.with(|c| *c.borrow_mut() = e.clone());
        e
    } else {
        e
    };
    module::set_attr(&m, "error", e);
    module::set_attr(&m, "Struct", type_value(struct_type()));
    module::set_attr(&m, "__version__", pstr::new("0.2"));
    module::set_attr(&m, "_PY_STRUCT_RANGE_CHECKING", int::new(1));
    module::set_attr(&m, "_PY_STRUCT_FLOAT_COERCE", int::new(1));
    Ok(m)
}
