//! Iterator objects: the sequence iterator (`__getitem__` protocol), the
//! callable iterator (`iter(f, sentinel)`), list/tuple iterators, dict key/
//! value/item iterators, `enumerate` and `reversed`.
//!
//! All share [`IterObj`]: the iterated object, a position and two
//! kind-specific words; the type says which `next` runs. An exhausted
//! iterator drops its sequence (`seq` becomes NULL) and stays exhausted.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{TypeObject, type_ref};
use crate::value::Value;
use crate::{PyResult, dict, err, int, list, ops, str as pstr, tuple};
use std::cell::Cell;

/// The state of an iterator.
#[repr(C)]
pub struct IterObj {
    /// Header.
    pub ob: ObjHeader,
    /// What is iterated; NULL once exhausted.
    pub seq: std::cell::UnsafeCell<Value>,
    /// Position (index, table slot, count).
    pub pos: Cell<usize>,
    /// Kind-specific: dict size at start / enumerate counter.
    pub a: Cell<i64>,
    /// Kind-specific: dict items left / sentinel holder flag.
    pub b: Cell<i64>,
    /// Kind-specific value (sentinel of callable iterators, enumerate's
    /// counter).
    pub extra: std::cell::UnsafeCell<Value>,
}

/// A new iterator of type `ty` over `seq`.
pub fn new_iter(
    ty: *mut TypeObject,
    seq: Value,
    pos: usize,
    a: i64,
    b: i64,
    extra: Value,
) -> Value {
    // SAFETY: IterObj is the layout of all iterator types here.
    unsafe {
        new_object(
            ty,
            IterObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                seq: std::cell::UnsafeCell::new(seq),
                pos: Cell::new(pos),
                a: Cell::new(a),
                b: Cell::new(b),
                extra: std::cell::UnsafeCell::new(extra),
            },
        )
    }
}

/// The state of an iterator value.
#[inline(always)]
pub fn it(v: &Value) -> &IterObj {
    // SAFETY: callers pass iterators of the types in this module.
    unsafe { &*(v.as_ptr() as *const IterObj) }
}

impl IterObj {
    /// The kind-specific value.
    #[inline(always)]
    pub fn extra(&self) -> &Value {
        // SAFETY: replaced only by enumerate's step, which holds no other
        // borrow of it.
        unsafe { &*self.extra.get() }
    }

    /// The iterated object (NULL if exhausted).
    #[inline(always)]
    pub fn seq(&self) -> &Value {
        // SAFETY: only replaced by `exhaust`, never while borrowed across
        // Python code (callers clone before calling out).
        unsafe { &*self.seq.get() }
    }

    /// Marks the iterator exhausted, releasing the sequence.
    pub fn exhaust(&self) {
        // SAFETY: see `seq`.
        let old = unsafe { std::mem::replace(&mut *self.seq.get(), Value::NULL) };
        drop(old);
    }
}

/// `iter(seq)` for objects with only `__getitem__`.
pub fn seq_iter(seq: Value) -> Value {
    new_iter(rt().types.seq_iter, seq, 0, 0, 0, Value::NULL)
}

fn seq_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let o = it(v);
    let seq = o.seq().clone();
    if seq.is_null() {
        return Ok(None);
    }
    let i = o.pos.get();
    if pstr::is_exact_str(&seq) {
        let b = pstr::as_bytes(&seq);
        if i < b.len() {
            o.pos.set(i + 1);
            return Ok(Some(pstr::new_bytes(&b[i..i + 1])));
        }
        o.exhaust();
        return Ok(None);
    }
    match ops::getitem(&seq, &int::new(i as i64)) {
        Ok(x) => {
            o.pos.set(i + 1);
            Ok(Some(x))
        }
        Err(e) if e.matches(rt().exc.index_error) || e.matches(rt().exc.stop_iteration) => {
            o.exhaust();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `iter(bytearray)`: a `bytearray_iterator` over the byte values.
pub fn bytearray_iter(seq: Value) -> Value {
    new_iter(rt().types.bytearray_iter, seq, 0, 0, 0, Value::NULL)
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(f: Value, sentinel: Value) -> Value {
    new_iter(rt().types.callable_iter, f, 0, 0, 0, sentinel)
}

fn callable_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let o = it(v);
    let f = o.seq().clone();
    if f.is_null() {
        return Ok(None);
    }
    match ops::call(&f, &[], &[]) {
        Ok(x) => {
            if ops::eq_bool(&x, o.extra())? {
                o.exhaust();
                Ok(None)
            } else {
                Ok(Some(x))
            }
        }
        Err(e) if e.matches(rt().exc.stop_iteration) => {
            o.exhaust();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `iter(list)`.
pub fn list_iter(l: Value) -> Value {
    new_iter(rt().types.list_iter, l, 0, 0, 0, Value::NULL)
}

/// The list iterator's step (also used by the interpreter's FOR_ITER).
#[inline]
pub fn list_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let o = it(v);
    let l = o.seq();
    if l.is_null() {
        return Ok(None);
    }
    let i = o.pos.get();
    let items = list::items(l);
    if i < items.len() {
        o.pos.set(i + 1);
        return Ok(Some(items[i].clone()));
    }
    o.exhaust();
    Ok(None)
}

/// `reversed(list)`.
pub fn list_rev_iter(l: Value) -> Value {
    let n = list::len(&l);
    new_iter(rt().types.list_rev_iter, l, n, 0, 0, Value::NULL)
}

fn list_rev_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let o = it(v);
    let l = o.seq();
    if l.is_null() {
        return Ok(None);
    }
    let i = o.pos.get();
    let items = list::items(l);
    if i > 0 && i <= items.len() {
        o.pos.set(i - 1);
        return Ok(Some(items[i - 1].clone()));
    }
    o.exhaust();
    Ok(None)
}

/// `iter(tuple)`.
pub fn tuple_iter(t: Value) -> Value {
    new_iter(rt().types.tuple_iter, t, 0, 0, 0, Value::NULL)
}

fn tuple_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let o = it(v);
    let t = o.seq();
    if t.is_null() {
        return Ok(None);
    }
    let i = o.pos.get();
    let items = tuple::items(t);
    if i < items.len() {
        o.pos.set(i + 1);
        return Ok(Some(items[i].clone()));
    }
    o.exhaust();
    Ok(None)
}

/// Which part of a dict entry an iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// (key, value) tuples.
    Items,
}

/// `iter(d)`, `d.itervalues()`, `d.iteritems()`.
pub fn dict_iter(d: Value, part: DictPart) -> Value {
    let t = &rt().types;
    let ty = match part {
        DictPart::Keys => t.dict_keyiter,
        DictPart::Values => t.dict_valueiter,
        DictPart::Items => t.dict_itemiter,
    };
    let n = dict::len(&d) as i64;
    new_iter(ty, d, 0, n, n, Value::NULL)
}

fn dict_iter_step(v: &Value, part: DictPart) -> PyResult<Option<Value>> {
    let o = it(v);
    let d = o.seq().clone();
    if d.is_null() {
        return Ok(None);
    }
    if dict::len(&d) as i64 != o.a.get() {
        o.a.set(-1); // keep failing, as CPython does
        return Err(err::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    let mut pos = o.pos.get();
    match dict::next_entry(&d, &mut pos) {
        Some((k, val)) => {
            o.pos.set(pos);
            o.b.set(o.b.get() - 1);
            Ok(Some(match part {
                DictPart::Keys => k,
                DictPart::Values => val,
                DictPart::Items => tuple::new(vec![k, val]),
            }))
        }
        None => {
            o.exhaust();
            Ok(None)
        }
    }
}

fn dict_keyiter_next(v: &Value) -> PyResult<Option<Value>> {
    dict_iter_step(v, DictPart::Keys)
}

fn dict_valueiter_next(v: &Value) -> PyResult<Option<Value>> {
    dict_iter_step(v, DictPart::Values)
}

fn dict_itemiter_next(v: &Value) -> PyResult<Option<Value>> {
    dict_iter_step(v, DictPart::Items)
}

fn iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn length_hint(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::noargs("__length_hint__", a, kw)?;
    let o = it(v);
    let s = o.seq();
    if s.is_null() {
        return Ok(Value::small_int(0));
    }
    let t = type_of(v);
    let types = &rt().types;
    let n = if t == types.list_iter {
        list::len(s).saturating_sub(o.pos.get())
    } else if t == types.list_rev_iter {
        o.pos.get().min(list::len(s))
    } else if t == types.tuple_iter {
        tuple::items(s).len().saturating_sub(o.pos.get())
    } else if t == types.dict_keyiter || t == types.dict_valueiter || t == types.dict_itemiter {
        o.b.get().max(0) as usize
    } else {
        return Err(err::type_error_of("'%s' object has no len()", v));
    };
    Ok(int::new(n as i64))
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = crate::args::parse("enumerate", a, kw, &["sequence", "start"], 1)?;
    let start = match &p[1] {
        Some(s) => ops::index(s)?,
        None => Value::small_int(0),
    };
    let source = ops::iter(p[0].as_ref().unwrap())?;
    Ok(new_iter(rt().types.enumerate, source, 0, 0, 0, start))
}

fn enumerate_next(v: &Value) -> PyResult<Option<Value>> {
    let o = it(v);
    let src = o.seq().clone();
    if src.is_null() {
        return Ok(None);
    }
    match ops::next(&src)? {
        Some(x) => {
            // the counter lives in `extra` (an int or long)
            // SAFETY: the counter is only replaced here, after cloning.
            let slot = unsafe { &mut *o.extra.get() };
            let idx = slot.clone();
            let next = ops::add(&idx, &Value::small_int(1))?;
            let old = std::mem::replace(slot, next);
            drop(old);
            Ok(Some(tuple::new(vec![idx, x])))
        }
        None => {
            o.exhaust();
            Ok(None)
        }
    }
}

/// `reversed(seq)`.
pub fn reversed_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::no_keywords("reversed()", kw)?;
    crate::args::unpack("reversed", a, kw, 1, 1)?;
    let seq = &a[0];
    if list::is_exact_list(seq) {
        return Ok(list_rev_iter(seq.clone()));
    }
    let classic = crate::classic::is_instance(seq);
    // a classic instance's __reversed__ is not a type slot: never used
    if !classic && let Some(r) = ops::call_special(seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let t = type_ref(seq);
    let is_seq = if classic {
        crate::classic::instance_getattr_opt(seq, "__getitem__")?.is_some()
    } else {
        t.slots.getitem.is_some() && t.slots.len.is_some() && !crate::dict::is_dict(seq)
    };
    if !is_seq {
        return Err(err::type_error("argument to reversed() must be a sequence"));
    }
    let n = ops::len(seq)?;
    Ok(new_iter(
        rt().types.reversed,
        seq.clone(),
        n,
        0,
        0,
        Value::NULL,
    ))
}

fn reversed_next(v: &Value) -> PyResult<Option<Value>> {
    let o = it(v);
    let seq = o.seq().clone();
    if seq.is_null() {
        return Ok(None);
    }
    let i = o.pos.get();
    if i == 0 {
        o.exhaust();
        return Ok(None);
    }
    match ops::getitem(&seq, &int::new(i as i64 - 1)) {
        Ok(x) => {
            o.pos.set(i - 1);
            Ok(Some(x))
        }
        Err(e) if e.matches(rt().exc.index_error) || e.matches(rt().exc.stop_iteration) => {
            o.exhaust();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Visits the references of an [`IterObj`] (also used by dict views).
///
/// # Safety
/// `p` is a live object with the [`IterObj`] layout.
pub unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let o = unsafe { &*(p as *const IterObj) };
    if !o.seq().is_null() {
        visit(o.seq());
    }
    if !o.extra().is_null() {
        visit(o.extra());
    }
}

/// # Safety
/// `p` is a live, unreachable iterator.
unsafe fn clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    let o = unsafe { &*(p as *const IterObj) };
    o.exhaust();
}

/// Fills the iterator types' slots (bootstrap).
pub fn setup() {
    let t = &rt().types;
    let table: [(*mut TypeObject, crate::types::NextFn); 11] = [
        (t.seq_iter, seq_iter_next),
        (t.bytearray_iter, seq_iter_next),
        (t.callable_iter, callable_iter_next),
        (t.list_iter, list_iter_next),
        (t.list_rev_iter, list_rev_iter_next),
        (t.tuple_iter, tuple_iter_next),
        (t.dict_keyiter, dict_keyiter_next),
        (t.dict_valueiter, dict_valueiter_next),
        (t.dict_itemiter, dict_itemiter_next),
        (t.enumerate, enumerate_next),
        (t.reversed, reversed_next),
    ];
    for (ty, next) in table {
        // SAFETY: bootstrap: the types exist and are not shared yet.
        unsafe {
            let s = &mut (*ty).slots;
            s.iter = Some(iter_self);
            s.next = Some(next);
            s.traverse = Some(traverse);
            s.clear = Some(clear);
        }
        crate::descr::add_methods(ty, &[("__length_hint__", length_hint)]);
    }
    // SAFETY: bootstrap.
    unsafe {
        (*t.enumerate).slots.new = Some(enumerate_new);
        (*t.reversed).slots.new = Some(reversed_new);
    }
}
