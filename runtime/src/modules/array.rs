//! The `array` module: `array.array`, a sequence of C values of one type
//! (CPython 2.7's arraymodule.c, x86-64 Linux sizes; `u` is UCS-4).
//!
//! Invariant: an array's `data` holds `len * itemsize` bytes, the items in
//! native byte order, exactly as CPython's `ob_item`; so `tostring`,
//! `fromstring`, `byteswap`, the buffer interface and `struct` see the
//! same bytes CPython would. Items are converted on access.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{CmpOp, Layout, Slots, TypeFlags, TypeObject, is_subtype, type_ref, type_value};
use crate::value::Value;
use crate::{
    PyErr, PyResult, args, err, file, int, list, long, module, ops, slice, str as pstr, tuple,
    unicode,
};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, UnsafeCell};

/// The typecodes, in CPython's order.
const TYPECODES: &[u8] = b"cbBuhHiIlLfd";

/// An `array.array`.
#[repr(C)]
pub struct ArrayObj {
    /// Header.
    pub ob: ObjHeader,
    /// The typecode.
    tc: u8,
    /// Bytes per item.
    itemsize: usize,
    /// The items (see module docs).
    data: UnsafeCell<Vec<u8>>,
}

/// An iterator over an array.
#[repr(C)]
struct ArrayIterObj {
    ob: ObjHeader,
    array: Value,
    index: Cell<usize>,
}

thread_local! {
    static ARRAY_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static ITER_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
}

fn itemsize_of(tc: u8) -> usize {
    match tc {
        b'c' | b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// Is `v` an array (or an instance of a subclass)?
pub fn is_array(v: &Value) -> bool {
    let t = ARRAY_TYPE.with(|c| c.get());
    !t.is_null() && v.is_ptr() && is_subtype(type_of(v), t)
}

fn aobj(v: &Value) -> &ArrayObj {
    // SAFETY: callers pass arrays.
    unsafe { &*(v.as_ptr() as *const ArrayObj) }
}

/// The item bytes of an array (do not keep across Python calls).
pub fn raw_bytes(v: &Value) -> &[u8] {
    // SAFETY: v is an array; single-threaded, no mutable borrow is live.
    unsafe { &*aobj(v).data.get() }
}

/// The item bytes of an array, mutably (do not keep across Python calls).
#[allow(clippy::mut_from_ref)]
pub fn raw_bytes_mut(v: &Value) -> &mut Vec<u8> {
    // SAFETY: v is an array; callers hold no other borrow of its data.
    unsafe { &mut *aobj(v).data.get() }
}

fn len_of(v: &Value) -> usize {
    raw_bytes(v).len() / aobj(v).itemsize
}

fn new_array(ty: *mut TypeObject, tc: u8, data: Vec<u8>) -> Value {
    // SAFETY: ArrayObj is the layout of array.array and its subclasses.
    unsafe {
        new_object(
            ty,
            ArrayObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                tc,
                itemsize: itemsize_of(tc),
                data: UnsafeCell::new(data),
            },
        )
    }
}

/// A new exact `array.array` with the typecode of `like`.
fn new_like(like: &Value, data: Vec<u8>) -> Value {
    new_array(array_type(), aobj(like).tc, data)
}

// ----- item conversion -----

/// The item at byte offset `off`.
fn get_item(tc: u8, b: &[u8]) -> Value {
    let u = |n: usize| {
        let mut x = [0u8; 8];
        x[..n].copy_from_slice(&b[..n]);
        u64::from_le_bytes(x)
    };
    match tc {
        b'c' => pstr::new_bytes(&b[..1]),
        b'b' => int::new(b[0] as i8 as i64),
        b'B' => int::new(b[0] as i64),
        b'u' => unicode::new(vec![u(4) as u32]),
        b'h' => int::new(u(2) as u16 as i16 as i64),
        b'H' => int::new(u(2) as i64),
        b'i' => int::new(u(4) as u32 as i32 as i64),
        b'I' => long::new(BigInt::from(u(4))),
        b'l' => int::new(u(8) as i64),
        b'L' => long::new(BigInt::from(u(8))),
        b'f' => Value::float(f32::from_bits(u(4) as u32) as f64),
        _ => Value::float(f64::from_bits(u(8))),
    }
}

fn overflow(msg: &str) -> PyErr {
    err::overflow_error(msg)
}

/// `PyArg_Parse` `h`: a C short.
fn parse_short(v: &Value) -> PyResult<i64> {
    let x = ops::as_i64_arg(v)?;
    if x < i16::MIN as i64 {
        return Err(overflow("signed short integer is less than minimum"));
    }
    if x > i16::MAX as i64 {
        return Err(overflow("signed short integer is greater than maximum"));
    }
    Ok(x)
}

/// `PyArg_Parse` `i`: a C int.
fn parse_int(v: &Value) -> PyResult<i64> {
    let x = ops::as_i64_arg(v)?;
    if x < i32::MIN as i64 {
        return Err(overflow("signed integer is less than minimum"));
    }
    if x > i32::MAX as i64 {
        return Err(overflow("signed integer is greater than maximum"));
    }
    Ok(x)
}

/// The `I`/`L` conversion: a long through `PyLong_AsUnsignedLong`,
/// anything else as a C long that must not be negative.
fn parse_unsigned(v: &Value, what: &str) -> PyResult<u64> {
    if long::is_long(v) {
        let b = long::as_big(v);
        if b.is_negative() {
            return Err(overflow("can't convert negative value to unsigned long"));
        }
        return b
            .to_u64()
            .ok_or_else(|| overflow("long int too large to convert"));
    }
    let y = ops::as_i64_arg(v)?;
    if y < 0 {
        return Err(overflow(&format!("unsigned {what} is less than minimum")));
    }
    Ok(y as u64)
}

/// Converts `v` to the bytes of one item of typecode `tc`.
fn to_item(tc: u8, v: &Value) -> PyResult<([u8; 8], usize)> {
    let mut out = [0u8; 8];
    let n = itemsize_of(tc);
    let bits: u64 = match tc {
        b'c' => {
            if !pstr::is_str(v) || pstr::as_bytes(v).len() != 1 {
                return Err(err::type_error("array item must be char"));
            }
            pstr::as_bytes(v)[0] as u64
        }
        b'b' => {
            let x = parse_short(v)?;
            if x < -128 {
                return Err(overflow("signed char is less than minimum"));
            }
            if x > 127 {
                return Err(overflow("signed char is greater than maximum"));
            }
            x as u64
        }
        b'B' => {
            let x = ops::as_i64_arg(v)?;
            if x < 0 {
                return Err(overflow("unsigned byte integer is less than minimum"));
            }
            if x > 255 {
                return Err(overflow("unsigned byte integer is greater than maximum"));
            }
            x as u64
        }
        b'u' => {
            if !unicode::is_unicode(v) || unicode::chars(v).len() != 1 {
                return Err(err::type_error("array item must be unicode character"));
            }
            unicode::chars(v)[0] as u64
        }
        b'h' => parse_short(v)? as u64,
        b'H' => {
            let x = parse_int(v)?;
            if x < 0 {
                return Err(overflow("unsigned short is less than minimum"));
            }
            if x > u16::MAX as i64 {
                return Err(overflow("unsigned short is greater than maximum"));
            }
            x as u64
        }
        b'i' => parse_int(v)? as u64,
        b'I' => {
            let x = parse_unsigned(v, "int")?;
            if x > u32::MAX as u64 {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            x
        }
        b'l' => ops::as_i64_arg(v)? as u64,
        b'L' => parse_unsigned(v, "long")?,
        b'f' => (ops::as_f64_arg(v)? as f32).to_bits() as u64,
        _ => ops::as_f64_arg(v)?.to_bits(),
    };
    out.copy_from_slice(&bits.to_le_bytes());
    Ok((out, n))
}

/// Appends one converted item.
fn push_item(a: &Value, v: &Value) -> PyResult<()> {
    let (b, n) = to_item(aobj(a).tc, v)?;
    raw_bytes_mut(a).extend_from_slice(&b[..n]);
    Ok(())
}

fn item_at(a: &Value, i: usize) -> Value {
    let o = aobj(a);
    let s = o.itemsize;
    get_item(o.tc, &raw_bytes(a)[i * s..(i + 1) * s])
}

fn to_list(a: &Value) -> Vec<Value> {
    (0..len_of(a)).map(|i| item_at(a, i)).collect()
}

// ----- construction -----

fn array_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let ty = t.as_ptr() as *mut TypeObject;
    if ty == array_type() {
        args::no_kw("array.array", kw)?;
    }
    args::count("array", a, &[], 1, 2)?;
    let tcv = &a[0];
    let tc = if pstr::is_str(tcv) && pstr::as_bytes(tcv).len() == 1 {
        pstr::as_bytes(tcv)[0] as u32
    } else if unicode::is_unicode(tcv) && unicode::chars(tcv).len() == 1 {
        unicode::chars(tcv)[0]
    } else {
        return Err(err::type_error(format!(
            "array() argument 1 or typecode must be char (string or ascii-unicode with length 1), not {}",
            type_ref(tcv).name_str()
        )));
    };
    let init = a.get(1);
    let mut iter = None;
    if let Some(x) = init
        && !(list::is_list(x)
            || pstr::is_str(x)
            || tuple::is_tuple(x)
            || (tc == b'u' as u32 && unicode::is_unicode(x)))
    {
        iter = Some(ops::iter(x)?);
    }
    if tc > 255 || !TYPECODES.contains(&(tc as u8)) {
        return Err(err::value_error(
            "bad typecode (must be c, b, B, u, h, H, i, I, l, L, f or d)",
        ));
    }
    let tc = tc as u8;
    let arr = new_array(ty, tc, Vec::new());
    match (init, &iter) {
        (Some(x), None) if list::is_list(x) || tuple::is_tuple(x) => {
            for v in ops::seq_to_vec(x)? {
                push_item(&arr, &v)?;
            }
        }
        (Some(x), None) if pstr::is_str(x) => from_bytes(&arr, pstr::as_bytes(x))?,
        (Some(x), None) if unicode::is_unicode(x) => {
            let d = raw_bytes_mut(&arr);
            for &c in unicode::chars(x) {
                d.extend_from_slice(&c.to_le_bytes());
            }
        }
        _ => {}
    }
    if let Some(it) = iter {
        while let Some(v) = ops::next(&it)? {
            push_item(&arr, &v)?;
        }
    }
    Ok(arr)
}

fn from_bytes(a: &Value, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(aobj(a).itemsize) {
        return Err(err::value_error(
            "string length not a multiple of item size",
        ));
    }
    raw_bytes_mut(a).extend_from_slice(b);
    Ok(())
}

// ----- slots -----

fn array_len(v: &Value) -> PyResult<usize> {
    Ok(len_of(v))
}

fn array_repr(v: &Value) -> PyResult {
    let o = aobj(v);
    let tc = o.tc as char;
    if len_of(v) == 0 {
        return Ok(pstr::from_string(format!("array('{tc}')")));
    }
    let inner = match o.tc {
        b'c' => pstr::new_bytes(raw_bytes(v)),
        b'u' => to_unicode(v),
        _ => list::new(to_list(v)),
    };
    let mut s = format!("array('{tc}', ").into_bytes();
    s.extend_from_slice(pstr::as_bytes(&ops::repr(&inner)?));
    s.push(b')');
    Ok(pstr::from_vec(s))
}

/// An index for subscripting (`PyNumber_AsSsize_t(item, IndexError)`).
fn index_arg(k: &Value) -> PyResult<isize> {
    ops::index_as_isize(k, true).map_err(|e| {
        if e.matches(rt().exc.overflow_error) {
            err::index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_ref(k).name_str()
            ))
        } else {
            e
        }
    })
}

fn array_getitem(v: &Value, k: &Value) -> PyResult {
    let n = len_of(v);
    if ops::has_index(k) {
        let mut i = index_arg(k)?;
        if i < 0 {
            i += n as isize;
        }
        if i < 0 || i >= n as isize {
            return Err(err::index_error("array index out of range"));
        }
        return Ok(item_at(v, i as usize));
    }
    if slice::is_slice(k) {
        let (start, _, step, cnt) = slice::indices(k, n)?;
        let s = aobj(v).itemsize;
        let src = raw_bytes(v);
        let mut out = Vec::with_capacity(cnt * s);
        let mut p = start;
        for _ in 0..cnt {
            let j = p as usize * s;
            out.extend_from_slice(&src[j..j + s]);
            p += step;
        }
        return Ok(new_like(v, out));
    }
    Err(err::type_error("array indices must be integers"))
}

fn array_getslice(v: &Value, lo: isize, hi: isize) -> PyResult {
    let (lo, hi) = slice::clamp_simple(len_of(v), lo, hi);
    let s = aobj(v).itemsize;
    Ok(new_like(v, raw_bytes(v)[lo * s..hi * s].to_vec()))
}

/// The bytes of an array being assigned to a slice of `a`.
fn slice_source(a: &Value, x: &Value) -> PyResult<Vec<u8>> {
    if !is_array(x) {
        return Err(err::type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            type_ref(x).name_str()
        )));
    }
    if aobj(x).tc != aobj(a).tc {
        return Err(bad_argument());
    }
    Ok(raw_bytes(x).to_vec())
}

fn bad_argument() -> PyErr {
    err::type_error("bad argument type for built-in operation")
}

fn array_setslice(v: &Value, lo: isize, hi: isize, x: Option<Value>) -> PyResult<()> {
    let src = match &x {
        Some(x) => slice_source(v, x)?,
        None => Vec::new(),
    };
    let (lo, hi) = slice::clamp_simple(len_of(v), lo, hi);
    let s = aobj(v).itemsize;
    raw_bytes_mut(v).splice(lo * s..hi * s, src);
    Ok(())
}

fn array_setitem(v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let n = len_of(v);
    let s = aobj(v).itemsize;
    let (start, stop, step, cnt) = if ops::has_index(k) {
        let mut i = index_arg(k)?;
        if i < 0 {
            i += n as isize;
        }
        if i < 0 || i >= n as isize {
            return Err(err::index_error("array assignment index out of range"));
        }
        match &x {
            Some(x) => {
                let (b, m) = to_item(aobj(v).tc, x)?;
                let j = i as usize * s;
                raw_bytes_mut(v)[j..j + m].copy_from_slice(&b[..m]);
                return Ok(());
            }
            None => (i, i + 1, 1, 1),
        }
    } else if slice::is_slice(k) {
        slice::indices(k, n)?
    } else {
        return Err(err::type_error("array indices must be integer"));
    };
    let src = match &x {
        Some(x) => slice_source(v, x)?,
        None => Vec::new(),
    };
    let needed = src.len() / s;
    if step == 1 {
        let stop = stop.max(start);
        raw_bytes_mut(v).splice(start as usize * s..stop as usize * s, src);
        return Ok(());
    }
    let idx: Vec<usize> = (0..cnt)
        .map(|i| (start + i as isize * step) as usize)
        .collect();
    if x.is_none() {
        let mut del = idx;
        del.sort_unstable();
        let d = raw_bytes_mut(v);
        for j in del.into_iter().rev() {
            d.drain(j * s..(j + 1) * s);
        }
        return Ok(());
    }
    if needed != cnt {
        return Err(err::value_error(format!(
            "attempt to assign array of size {needed} to extended slice of size {cnt}"
        )));
    }
    let d = raw_bytes_mut(v);
    for (i, j) in idx.into_iter().enumerate() {
        d[j * s..(j + 1) * s].copy_from_slice(&src[i * s..(i + 1) * s]);
    }
    Ok(())
}

fn array_contains(v: &Value, x: &Value) -> PyResult<bool> {
    for i in 0..len_of(v) {
        if ops::eq_bool(&item_at(v, i), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn array_concat(a: &Value, b: &Value) -> PyResult {
    if !is_array(b) {
        return Err(err::type_error(format!(
            "can only append array (not \"{}\") to array",
            type_ref(b).name_str()
        )));
    }
    if aobj(a).tc != aobj(b).tc {
        return Err(bad_argument());
    }
    let mut d = raw_bytes(a).to_vec();
    d.extend_from_slice(raw_bytes(b));
    Ok(new_like(a, d))
}

fn array_repeat(a: &Value, n: isize) -> PyResult {
    let n = n.max(0) as usize;
    Ok(new_like(a, raw_bytes(a).repeat(n)))
}

fn do_extend(a: &Value, b: &Value) -> PyResult<()> {
    if is_array(b) {
        if aobj(a).tc != aobj(b).tc {
            return Err(err::type_error("can only extend with array of same kind"));
        }
        let more = raw_bytes(b).to_vec();
        raw_bytes_mut(a).extend_from_slice(&more);
        return Ok(());
    }
    let it = ops::iter(b)?;
    while let Some(x) = ops::next(&it)? {
        push_item(a, &x)?;
    }
    Ok(())
}

fn array_inplace_concat(a: &Value, b: &Value) -> PyResult {
    if !is_array(b) {
        return Err(err::type_error(format!(
            "can only extend array with array (not \"{}\")",
            type_ref(b).name_str()
        )));
    }
    do_extend(a, b)?;
    Ok(a.clone())
}

fn array_inplace_repeat(a: &Value, n: isize) -> PyResult {
    let d = raw_bytes_mut(a);
    let copy = d.repeat(n.max(0) as usize);
    *d = copy;
    Ok(a.clone())
}

fn array_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !is_array(a) || !is_array(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (na, nb) = (len_of(a), len_of(b));
    if na != nb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    while i < na.min(nb) && i < len_of(a) && i < len_of(b) {
        let (x, y) = (item_at(a, i), item_at(b, i));
        if !ops::eq_bool(&x, &y)? {
            return match op {
                CmpOp::Eq => Ok(Value::FALSE),
                CmpOp::Ne => Ok(Value::TRUE),
                _ => ops::rich_compare(&x, &y, op),
            };
        }
        i += 1;
    }
    Ok(Value::bool(op.from_ordering(na.cmp(&nb))))
}

fn array_iter(v: &Value) -> PyResult {
    // SAFETY: ArrayIterObj is the arrayiterator layout.
    Ok(unsafe {
        new_object(
            iter_type(),
            ArrayIterObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                array: v.clone(),
                index: Cell::new(0),
            },
        )
    })
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    // SAFETY: v is an arrayiterator.
    let it = unsafe { &*(v.as_ptr() as *const ArrayIterObj) };
    let i = it.index.get();
    if i < len_of(&it.array) {
        it.index.set(i + 1);
        Ok(Some(item_at(&it.array, i)))
    } else {
        Ok(None)
    }
}

/// # Safety
/// `p` is a live arrayiterator.
unsafe fn iter_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    visit(unsafe { &(*(p as *const ArrayIterObj)).array });
}

/// # Safety
/// `p` is a live arrayiterator.
unsafe fn iter_clear(p: *mut ObjHeader) {
    // SAFETY: p is live; the old array is released after the store.
    let old = unsafe {
        std::mem::replace(
            &mut (*(p as *mut ArrayIterObj)).array,
            crate::list::new(Vec::new()),
        )
    };
    drop(old);
}

// ----- methods -----

fn m_append(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("append", a, kw)?;
    push_item(v, x)?;
    Ok(Value::NONE)
}

fn m_buffer_info(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("buffer_info", a, kw)?;
    let addr = raw_bytes(v).as_ptr() as u64;
    Ok(tuple::new(vec![
        long::new(BigInt::from(addr)),
        int::new(len_of(v) as i64),
    ]))
}

fn m_byteswap(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("byteswap", a, kw)?;
    let s = aobj(v).itemsize;
    for chunk in raw_bytes_mut(v).chunks_exact_mut(s) {
        chunk.reverse();
    }
    Ok(Value::NONE)
}

fn m_copy(v: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(new_like(v, raw_bytes(v).to_vec()))
}

fn m_count(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("count", a, kw)?;
    let mut n = 0;
    for i in 0..len_of(v) {
        if ops::eq_bool(&item_at(v, i), x)? {
            n += 1;
        }
    }
    Ok(int::new(n))
}

fn m_extend(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("extend", a, kw)?;
    do_extend(v, x)?;
    Ok(Value::NONE)
}

fn fromfile_impl(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fromfile", a, kw, 2, 2)?;
    let n = ops::as_i64_arg(&a[1])? as isize;
    let f = &a[0];
    if !is_open_file(f) {
        return Err(err::type_error("arg1 must be open file"));
    }
    if n > 0 {
        let s = aobj(v).itemsize;
        let want = n as usize * s;
        let data = ops::call_method(f, "read", &[int::new(want as i64)])?;
        let b = pstr::as_bytes(&data);
        let got = b.len() / s;
        raw_bytes_mut(v).extend_from_slice(&b[..got * s]);
        if got < n as usize {
            return Err(err::eof_error("not enough items in file"));
        }
    }
    Ok(Value::NONE)
}

fn m_fromfile(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    fromfile_impl(v, a, kw)
}

fn is_open_file(f: &Value) -> bool {
    file::is_file(f)
        && ops::getattr_str(f, "closed")
            .and_then(|c| ops::truthy(&c))
            .map(|c| !c)
            .unwrap_or(false)
}

fn m_tofile(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = args::one("tofile", a, kw)?;
    if !is_open_file(f) {
        return Err(err::type_error("arg must be open file"));
    }
    if len_of(v) > 0 {
        ops::call_method(f, "write", &[pstr::new_bytes(raw_bytes(v))])?;
    }
    Ok(Value::NONE)
}

fn m_write(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = args::one("write", a, kw)?;
    m_tofile(v, std::slice::from_ref(f), &[])
}

fn m_fromlist(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let l = args::one("fromlist", a, kw)?;
    if !list::is_list(l) {
        return Err(err::type_error("arg must be list"));
    }
    let keep = raw_bytes(v).len();
    for x in list::items(l).to_vec() {
        if let Err(e) = push_item(v, &x) {
            raw_bytes_mut(v).truncate(keep);
            return Err(e);
        }
    }
    Ok(Value::NONE)
}

fn m_fromstring(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fromstring", a, kw, 1, 1)?;
    let b = match super::buffer::read(&a[0])? {
        Some(b) => b,
        None => {
            return Err(err::type_error(format!(
                "fromstring() argument 1 must be string or read-only buffer, not {}",
                type_ref(&a[0]).name_str()
            )));
        }
    };
    from_bytes(v, &b)?;
    Ok(Value::NONE)
}

fn m_fromunicode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("fromunicode", a, kw, 1, 1)?;
    let u = &a[0];
    if !unicode::is_unicode(u) {
        return Err(err::type_error(format!(
            "fromunicode() argument 1 must be cannot convert raw buffers, not {}",
            type_ref(u).name_str()
        )));
    }
    if aobj(v).tc != b'u' {
        return Err(err::value_error(
            "fromunicode() may only be called on type 'u' arrays",
        ));
    }
    let d = raw_bytes_mut(v);
    for &c in unicode::chars(u) {
        d.extend_from_slice(&c.to_le_bytes());
    }
    Ok(Value::NONE)
}

fn m_index(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("index", a, kw)?;
    for i in 0..len_of(v) {
        if ops::eq_bool(&item_at(v, i), x)? {
            return Ok(int::new(i as i64));
        }
    }
    Err(err::value_error("array.index(x): x not in list"))
}

fn m_insert(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("insert", a, kw, 2, 2)?;
    let mut i = ops::as_i64_arg(&a[0])? as isize;
    let (b, m) = to_item(aobj(v).tc, &a[1])?;
    let n = len_of(v) as isize;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    let s = aobj(v).itemsize;
    raw_bytes_mut(v).splice(i * s..i * s, b[..m].iter().copied());
    Ok(Value::NONE)
}

fn m_pop(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("pop", a, kw, 0, 1)?;
    let mut i = match a.first() {
        Some(x) => ops::as_i64_arg(x)? as isize,
        None => -1,
    };
    let n = len_of(v) as isize;
    if n == 0 {
        return Err(err::index_error("pop from empty array"));
    }
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(err::index_error("pop index out of range"));
    }
    let x = item_at(v, i as usize);
    let s = aobj(v).itemsize;
    raw_bytes_mut(v).drain(i as usize * s..(i as usize + 1) * s);
    Ok(x)
}

fn m_read(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    fromfile_impl(v, a, kw)
}

fn m_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let d = match ops::getattr_str(v, "__dict__") {
        Ok(d) => d,
        Err(e) if e.matches(rt().exc.attribute_error) => Value::NONE,
        Err(e) => return Err(e),
    };
    Ok(tuple::new(vec![
        type_value(type_of(v)),
        tuple::new(vec![pstr::new_bytes(&[aobj(v).tc]), list::new(to_list(v))]),
        d,
    ]))
}

fn m_remove(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("remove", a, kw)?;
    for i in 0..len_of(v) {
        if ops::eq_bool(&item_at(v, i), x)? {
            let s = aobj(v).itemsize;
            raw_bytes_mut(v).drain(i * s..(i + 1) * s);
            return Ok(Value::NONE);
        }
    }
    Err(err::value_error("array.remove(x): x not in list"))
}

fn m_reverse(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("reverse", a, kw)?;
    let s = aobj(v).itemsize;
    let d = raw_bytes_mut(v);
    let items: Vec<Vec<u8>> = d.chunks_exact(s).rev().map(|c| c.to_vec()).collect();
    *d = items.concat();
    Ok(Value::NONE)
}

fn m_tolist(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("tolist", a, kw)?;
    Ok(list::new(to_list(v)))
}

fn m_tostring(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("tostring", a, kw)?;
    Ok(pstr::new_bytes(raw_bytes(v)))
}

fn to_unicode(v: &Value) -> Value {
    let chars = raw_bytes(v)
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    unicode::new(chars)
}

fn m_tounicode(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("tounicode", a, kw)?;
    if aobj(v).tc != b'u' {
        return Err(err::value_error(
            "tounicode() may only be called on type 'u' arrays",
        ));
    }
    Ok(to_unicode(v))
}

fn m_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    Ok(long::new(BigInt::from(56 + raw_bytes(v).len())))
}

fn get_typecode(v: &Value) -> PyResult {
    Ok(pstr::new_bytes(&[aobj(v).tc]))
}

fn get_itemsize(v: &Value) -> PyResult {
    Ok(int::new(aobj(v).itemsize as i64))
}

// ----- types and module -----

fn array_type() -> *mut TypeObject {
    let t = ARRAY_TYPE.with(|c| c.get());
    if !t.is_null() {
        return t;
    }
    let slots = Slots {
        new: Some(array_new),
        repr: Some(array_repr),
        len: Some(array_len),
        getitem: Some(array_getitem),
        setitem: Some(array_setitem),
        getslice: Some(array_getslice),
        setslice: Some(array_setslice),
        contains: Some(array_contains),
        concat: Some(array_concat),
        repeat: Some(array_repeat),
        inplace_concat: Some(array_inplace_concat),
        inplace_repeat: Some(array_inplace_repeat),
        richcompare: Some(array_richcompare),
        iter: Some(array_iter),
        ..Slots::default()
    };
    let t = super::native_types::new_type(
        "array.array",
        std::ptr::null_mut(),
        Layout::Other,
        std::mem::size_of::<ArrayObj>(),
        crate::object::drop_payload_of::<ArrayObj>,
        TypeFlags::BASETYPE,
        slots,
    );
    crate::descr::add_methods(
        t,
        &[
            ("append", m_append),
            ("buffer_info", m_buffer_info),
            ("byteswap", m_byteswap),
            ("__copy__", m_copy),
            ("count", m_count),
            ("__deepcopy__", m_copy),
            ("extend", m_extend),
            ("fromfile", m_fromfile),
            ("fromlist", m_fromlist),
            ("fromstring", m_fromstring),
            ("fromunicode", m_fromunicode),
            ("index", m_index),
            ("insert", m_insert),
            ("pop", m_pop),
            ("read", m_read),
            ("__reduce__", m_reduce),
            ("remove", m_remove),
            ("reverse", m_reverse),
            ("tofile", m_tofile),
            ("tolist", m_tolist),
            ("tostring", m_tostring),
            ("tounicode", m_tounicode),
            ("write", m_write),
            ("__sizeof__", m_sizeof),
        ],
    );
    crate::descr::add_getsets(
        t,
        &[
            ("typecode", get_typecode, None),
            ("itemsize", get_itemsize, None),
        ],
    );
    // SAFETY: the type was just made by new_type.
    unsafe { super::native_types::ready(t, true) };
    crate::weakref::allow_weakrefs(t);
    ARRAY_TYPE.with(|c| c.set(t));
    t
}

fn iter_type() -> *mut TypeObject {
    let t = ITER_TYPE.with(|c| c.get());
    if !t.is_null() {
        return t;
    }
    let slots = Slots {
        iter: Some(|v| Ok(v.clone())),
        next: Some(iter_next),
        traverse: Some(iter_traverse),
        clear: Some(iter_clear),
        ..Slots::default()
    };
    let t = super::native_types::new_type(
        "arrayiterator",
        std::ptr::null_mut(),
        Layout::Other,
        std::mem::size_of::<ArrayIterObj>(),
        crate::object::drop_payload_of::<ArrayIterObj>,
        TypeFlags::HAS_GC,
        slots,
    );
    // SAFETY: the type was just made by new_type.
    unsafe { super::native_types::ready(t, false) };
    ITER_TYPE.with(|c| c.set(t));
    t
}

/// Creates the `array` module.
pub fn create() -> PyResult {
    let m = module::new_native("array");
    let t = type_value(array_type());
    iter_type();
    module::set_attr(&m, "ArrayType", t.clone());
    module::set_attr(&m, "array", t);
    Ok(m)
}
