//! The abstract object protocol: the operations the interpreter, compiled
//! code and builtins apply to arbitrary values (CPython's abstract.c and
//! object.c). Each is a fast path for common unboxed values, then one
//! indirect call through the operand's type slots.

mod arith;
mod attr;
mod compare;

pub use arith::*;
pub use attr::*;
pub use compare::*;

use crate::object::type_of;
use crate::rt::rt;
use crate::types::{Layout, UnOp, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, dict, err, float, int, list, long, str as pstr, tuple};

/// Counts nested calls against the recursion limit (CPython's
/// `Py_EnterRecursiveCall`); `what` is appended to the error message.
#[inline]
pub fn enter_recursive(what: &str) -> PyResult<()> {
    let r = rt();
    let d = r.depth.get() + 1;
    r.depth.set(d);
    if d > r.recursion_limit.get() || crate::stack::near_limit() {
        r.depth.set(d - 1);
        return Err(err::runtime_error(format!(
            "maximum recursion depth exceeded{what}"
        )));
    }
    Ok(())
}

/// Leaves a nested call entered with [`enter_recursive`].
#[inline]
pub fn leave_recursive() {
    let r = rt();
    r.depth.set(r.depth.get() - 1);
}

/// `hash(v)`.
#[inline]
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(int::hash_i64(i));
    }
    if let Some(f) = v.as_float() {
        return Ok(float::hash(f));
    }
    if pstr::is_exact_str(v) {
        return Ok(pstr::hash(v));
    }
    match type_ref(v).slots.hash {
        Some(f) => f(v),
        None => Err(err::type_error_of("unhashable type: '%s'", v)),
    }
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub fn hash_pointer(v: &Value) -> i64 {
    let y = compare::address_of(v);
    let x = y.rotate_right(4) as i64;
    if x == -1 { -2 } else { x }
}

/// Truth value (`PyObject_IsTrue`).
#[inline]
pub fn truthy(v: &Value) -> PyResult<bool> {
    if v.is(&Value::TRUE) {
        return Ok(true);
    }
    if v.is(&Value::FALSE) || v.is_none() {
        return Ok(false);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if let Some(f) = v.as_float() {
        return Ok(f != 0.0);
    }
    truthy_slow(v)
}

#[cold]
fn truthy_slow(v: &Value) -> PyResult<bool> {
    let s = &type_ref(v).slots;
    if let Some(f) = s.nonzero {
        return f(v);
    }
    if let Some(f) = s.len {
        return Ok(f(v)? != 0);
    }
    Ok(true)
}

/// `repr(v)` as a str Value.
pub fn repr(v: &Value) -> PyResult {
    match type_ref(v).slots.repr {
        Some(f) => {
            enter_recursive(" while getting the repr of an object")?;
            let r = f(v);
            leave_recursive();
            check_str_result(r?, "__repr__")
        }
        None => Ok(pstr::from_string(default_repr(v))),
    }
}

fn check_str_result(r: Value, what: &str) -> PyResult {
    if pstr::is_str(&r) {
        return Ok(r);
    }
    if crate::unicode::is_unicode(&r) {
        return crate::unicode::encode_default(&r);
    }
    Err(err::type_error(format!(
        "{} returned non-string (type {})",
        what,
        type_ref(&r).name_str()
    )))
}

/// `repr(v)` as a Rust String.
pub fn repr_string(v: &Value) -> PyResult<String> {
    Ok(String::from_utf8_lossy(pstr::as_bytes(&repr(v)?)).into_owned())
}

/// `repr(v)` as bytes.
pub fn repr_bytes(v: &Value) -> PyResult<Vec<u8>> {
    Ok(pstr::as_bytes(&repr(v)?).to_vec())
}

/// `<module.Type object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let t = type_of(v);
    let module = crate::class::type_module_name(t);
    let name = crate::class::type_short_name(t);
    if module.is_empty() || module == "__builtin__" {
        format!("<{} object at {:#x}>", name, compare::address_of(v))
    } else {
        format!(
            "<{}.{} object at {:#x}>",
            module,
            name,
            compare::address_of(v)
        )
    }
}

/// `str(v)` as a str Value.
pub fn str(v: &Value) -> PyResult {
    if pstr::is_exact_str(v) {
        return Ok(v.clone());
    }
    match type_ref(v).slots.str {
        Some(f) => check_str_result(f(v)?, "__str__"),
        None => repr(v),
    }
}

/// `str(v)` as a Rust String (lossy for non-UTF-8 bytes).
pub fn str_lossy(v: &Value) -> PyResult<String> {
    Ok(String::from_utf8_lossy(pstr::as_bytes(&str(v)?)).into_owned())
}

/// `str(v)` as bytes.
pub fn str_bytes(v: &Value) -> PyResult<Vec<u8>> {
    Ok(pstr::as_bytes(&str(v)?).to_vec())
}

/// Calls `f(*args, **kw)`; `kw` holds interleaved name/value pairs.
#[inline]
pub fn call(f: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    match type_ref(f).slots.call {
        Some(c) => c(f, args, kw),
        None => Err(err::type_error_of("'%s' object is not callable", f)),
    }
}

/// Calls `f(first, *args, **kw)`: a receiver (or class) prepended to
/// the arguments, as bound methods and special-method slots do. Up to
/// three arguments after `first` are passed from the native stack, not a
/// new vector.
pub fn call_prepended(f: &Value, first: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    use std::mem::ManuallyDrop;
    use std::ptr::read;
    // SAFETY: the arrays hold bitwise copies of values the caller keeps
    // alive for the whole call; ManuallyDrop never releases the copies, so
    // every reference is released exactly once, by its owner.
    unsafe {
        match args {
            [] => call(f, std::slice::from_ref(first), kw),
            [a] => {
                let full = ManuallyDrop::new([read(first), read(a)]);
                call(f, &full[..], kw)
            }
            [a, b] => {
                let full = ManuallyDrop::new([read(first), read(a), read(b)]);
                call(f, &full[..], kw)
            }
            [a, b, c] => {
                let full = ManuallyDrop::new([read(first), read(a), read(b), read(c)]);
                call(f, &full[..], kw)
            }
            _ => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(first.clone());
                full.extend_from_slice(args);
                call(f, &full, kw)
            }
        }
    }
}

/// Calls `obj.name(*args)`.
pub fn call_method(obj: &Value, name: &str, args: &[Value]) -> PyResult {
    let m = getattr(obj, &crate::rt::intern(name))?;
    call(&m, args, &[])
}

/// Looks up a special method on the type (not the instance) and calls it
/// bound to `obj`; `Ok(None)` if the type lacks it.
pub fn call_special(obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(f) = crate::types::lookup_str(type_of(obj), name) else {
        return Ok(None);
    };
    let bound = bind(&f, obj)?;
    call(&bound, args, &[]).map(Some)
}

/// Binds a class attribute to an instance through its descriptor `__get__`.
pub fn bind(f: &Value, obj: &Value) -> PyResult {
    match type_ref(f).slots.descr_get {
        Some(get) => get(f, obj, &type_value(type_of(obj))),
        None => Ok(f.clone()),
    }
}

/// Is `v` callable?
pub fn is_callable(v: &Value) -> bool {
    let t = type_ref(v);
    if t.layout == Layout::ClassicInstance {
        return crate::classic::instance_getattr_opt(v, "__call__")
            .ok()
            .flatten()
            .is_some();
    }
    t.slots.call.is_some()
}

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult {
    let s = &type_ref(v).slots;
    if let Some(f) = s.iter {
        let it = f(v)?;
        if type_ref(&it).slots.next.is_none() {
            return Err(err::type_error_of(
                "iter() returned non-iterator of type '%s'",
                &it,
            ));
        }
        return Ok(it);
    }
    if s.getitem.is_some() && !dict::is_dict(v) {
        return Ok(crate::iterobj::seq_iter(v.clone()));
    }
    Err(err::type_error_of("'%s' object is not iterable", v))
}

/// The next item of an iterator; `None` when exhausted.
#[inline]
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    match type_ref(it).slots.next {
        Some(f) => f(it),
        None => Err(err::type_error(format!(
            "{} object is not an iterator",
            crate::class::type_short_name(type_of(it))
        ))),
    }
}

/// Collects any iterable into a Vec (lists and tuples copied directly).
pub fn seq_to_vec(v: &Value) -> PyResult<Vec<Value>> {
    if list::is_exact_list(v) {
        return Ok(list::items(v).to_vec());
    }
    if tuple::is_exact_tuple(v) {
        return Ok(tuple::items(v).to_vec());
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    match type_ref(v).slots.len {
        Some(f) => f(v),
        None => Err(err::type_error_of("object of type '%s' has no len()", v)),
    }
}

/// `o[k]`.
#[inline]
pub fn getitem(o: &Value, k: &Value) -> PyResult {
    match type_ref(o).slots.getitem {
        Some(f) => f(o, k),
        None => Err(no_getitem(o, k)),
    }
}

#[cold]
fn no_getitem(o: &Value, k: &Value) -> crate::PyErr {
    // PyObject_GetItem: types with sequence methods but no item slot
    // (user classes, sets) report indexing when the key is an index
    let t = type_ref(o);
    if (t.is_heap() || t.layout == Layout::Set) && has_index(k) {
        return err::type_error_of("'%s' object does not support indexing", o);
    }
    err::type_error_of("'%s' object has no attribute '__getitem__'", o)
}

/// `o[k] = v`.
#[inline]
pub fn setitem(o: &Value, k: &Value, v: Value) -> PyResult<()> {
    match type_ref(o).slots.setitem {
        Some(f) => f(o, k, Some(v)),
        None => Err(err::type_error_of(
            "'%s' object does not support item assignment",
            o,
        )),
    }
}

/// `del o[k]`.
pub fn delitem(o: &Value, k: &Value) -> PyResult<()> {
    match type_ref(o).slots.setitem {
        Some(f) => f(o, k, None),
        None => Err(err::type_error_of(
            "'%s' object does not support item deletion",
            o,
        )),
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(f) = type_ref(container).slots.contains {
        return f(container, item);
    }
    let it = match iter(container) {
        Ok(it) => it,
        Err(e) if e.matches(rt().exc.type_error) => {
            return Err(err::type_error_of(
                "argument of type '%s' is not iterable",
                container,
            ));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next(&it)? {
        if eq_bool(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Does `v` support `__index__` (ints, longs, or a class defining it)?
pub fn has_index(v: &Value) -> bool {
    if int::is_int(v) || long::is_long(v) {
        return true;
    }
    let t = type_ref(v);
    if t.layout == Layout::ClassicInstance {
        return crate::classic::instance_getattr_opt(v, "__index__")
            .ok()
            .flatten()
            .is_some();
    }
    t.is_heap() && crate::types::lookup_str(type_of(v), "__index__").is_some()
}

/// `operator.index(v)`: an int or long.
pub fn index(v: &Value) -> PyResult {
    if int::is_int(v) || long::is_long(v) {
        return Ok(v.clone());
    }
    let r = unary(v, UnOp::Index)?;
    if int::is_int(&r) || long::is_long(&r) {
        Ok(r)
    } else {
        Err(err::type_error(format!(
            "__index__ returned non-(int,long) (type {})",
            type_ref(&r).name_str()
        )))
    }
}

/// `PyNumber_AsSsize_t`: an index as isize; on overflow an OverflowError
/// when `overflow_error`, else clamped.
pub fn index_as_isize(v: &Value, overflow_error: bool) -> PyResult<isize> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i as isize);
    }
    let r = index(v)?;
    if let Some(i) = int::as_i64(&r) {
        return Ok(i as isize);
    }
    use num_traits::{Signed, ToPrimitive};
    let b = long::as_big(&r);
    match b.to_isize() {
        Some(i) => Ok(i),
        None if overflow_error => Err(err::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_ref(v).name_str()
        ))),
        None => Ok(if b.is_negative() {
            isize::MIN
        } else {
            isize::MAX
        }),
    }
}

/// `PyNumber_AsSsize_t(v, PyExc_IndexError)`, as subscripts use it: an
/// index too big for isize is an IndexError.
pub fn subscript_index(v: &Value) -> PyResult<isize> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i as isize);
    }
    index_as_isize(v, true).map_err(|e| {
        if e.matches(rt().exc.overflow_error) {
            err::index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_ref(v).name_str()
            ))
        } else {
            e
        }
    })
}

/// An integer argument as i64 (ints, longs in range, `__int__` types),
/// with CPython's "an integer is required" error for others.
pub fn as_i64_arg(v: &Value) -> PyResult<i64> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i);
    }
    if long::is_long(v) {
        use num_traits::ToPrimitive;
        return long::as_big(v)
            .to_i64()
            .ok_or_else(|| err::overflow_error("Python int too large to convert to C long"));
    }
    if float::is_float(v) {
        return Err(err::type_error("integer argument expected, got float"));
    }
    // PyInt_AsLong: the type's nb_int, if it has one
    let t = type_ref(v);
    let r = if t.layout == Layout::ClassicInstance {
        unary(v, UnOp::Int)?
    } else if t.is_heap() {
        if crate::types::lookup_str(type_of(v), "__int__").is_none() {
            return Err(err::type_error("an integer is required"));
        }
        unary(v, UnOp::Int)?
    } else {
        match t.slots.unop {
            Some(f) if t.slots.unop_mask == 0 || t.slots.unop_mask & UnOp::Int.bit() != 0 => {
                f(UnOp::Int, v)?
            }
            _ => Value::NOT_IMPLEMENTED,
        }
    };
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Err(err::type_error("an integer is required"));
    }
    if int::is_int(&r) || long::is_long(&r) {
        return as_i64_arg(&r);
    }
    Err(err::type_error("nb_int should return int object"))
}

/// A float argument (`PyFloat_AsDouble`).
pub fn as_f64_arg(v: &Value) -> PyResult<f64> {
    if let Some(f) = float::coerce_f64(v)? {
        return Ok(f);
    }
    // PyFloat_AsDouble: the type's nb_float, whose errors propagate
    let r = match type_ref(v).slots.unop {
        Some(f) => f(UnOp::Float, v)?,
        None => Value::NOT_IMPLEMENTED,
    };
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Err(err::type_error("a float is required"));
    }
    match float::as_f64(&r) {
        Some(f) => Ok(f),
        None => Err(err::type_error("nb_float should return float object")),
    }
}
