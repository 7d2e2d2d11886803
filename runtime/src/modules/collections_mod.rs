//! The `_collections` module: `deque` (a double-ended queue with an
//! optional maximum length) and `defaultdict` (a dict calling a factory
//! for missing keys), as CPython 2.7's `_collectionsmodule.c`.
//!
//! Invariants:
//! - a deque's `state` changes on every operation that adds, removes or
//!   moves items; iterators and `count` compare it to detect mutation
//!   ("deque mutated during iteration").
//! - no borrow of a deque's items is held across a call into Python code
//!   (comparisons may mutate the deque): items are cloned out first.
//! - a defaultdict is a dict whose instances carry one more Value, the
//!   factory (NULL when unset), right after the dict layout.

use crate::dict::DictObj;
use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{CmpOp, Layout, Slots, TypeFlags, TypeObject, is_subtype, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, args, err, int, list, module, ops, str as pstr, tuple};
use std::cell::{Cell, UnsafeCell};
use std::collections::VecDeque;

/// A deque.
#[repr(C)]
pub struct DequeObj {
    /// Header.
    pub ob: ObjHeader,
    items: UnsafeCell<VecDeque<Value>>,
    /// Maximum length, or -1 for unbounded.
    maxlen: Cell<isize>,
    /// Mutation counter (see module docs).
    state: Cell<u64>,
}

/// A forward or reverse iterator over a deque.
#[repr(C)]
struct DequeIterObj {
    ob: ObjHeader,
    deque: Value,
    /// Items already produced.
    index: Cell<usize>,
    /// The deque's state when the iterator was made.
    state: u64,
    /// Items left to produce.
    counter: Cell<usize>,
}

thread_local! {
    static DEQUE_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static ITER_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static REVITER_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
    static DEFDICT_TYPE: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
}

fn is_deque(v: &Value) -> bool {
    let t = DEQUE_TYPE.with(|c| c.get());
    v.is_ptr() && is_subtype(type_of(v), t)
}

fn dobj(v: &Value) -> &DequeObj {
    // SAFETY: callers pass deques.
    unsafe { &*(v.as_ptr() as *const DequeObj) }
}

#[allow(clippy::mut_from_ref)]
fn items(v: &Value) -> &mut VecDeque<Value> {
    // SAFETY: v is a deque; callers drop the borrow before running Python
    // code (see module docs).
    unsafe { &mut *dobj(v).items.get() }
}

fn bump(v: &Value) {
    let s = &dobj(v).state;
    s.set(s.get().wrapping_add(1));
}

fn dlen(v: &Value) -> usize {
    items(v).len()
}

/// The item at `i`, if the deque still has one there.
fn item(v: &Value, i: usize) -> Option<Value> {
    items(v).get(i).cloned()
}

/// Drops items released by a mutation after the deque is consistent
/// (their finalizers may look at it).
fn release(x: Option<Value>) {
    drop(x);
}

fn push_right(v: &Value, x: Value) {
    bump(v);
    let maxlen = dobj(v).maxlen.get();
    items(v).push_back(x);
    if maxlen >= 0 && dlen(v) > maxlen as usize {
        let old = items(v).pop_front();
        bump(v);
        release(old);
    }
}

fn push_left(v: &Value, x: Value) {
    bump(v);
    let maxlen = dobj(v).maxlen.get();
    items(v).push_front(x);
    if maxlen >= 0 && dlen(v) > maxlen as usize {
        let old = items(v).pop_back();
        bump(v);
        release(old);
    }
}

fn rotate(v: &Value, n: isize) {
    let len = dlen(v) as isize;
    if len <= 1 {
        return;
    }
    let n = n.rem_euclid(len) as usize;
    if n != 0 {
        items(v).rotate_right(n);
    }
    bump(v);
}

fn new_deque(ty: *mut TypeObject) -> Value {
    // SAFETY: DequeObj is the layout of deque and its subclasses.
    unsafe {
        new_object(
            ty,
            DequeObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                items: UnsafeCell::new(VecDeque::new()),
                maxlen: Cell::new(-1),
                state: Cell::new(0),
            },
        )
    }
}

// ----- deque slots -----

fn deque_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(new_deque(t.as_ptr() as *mut TypeObject))
}

fn deque_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let p = args::parse("deque", a, kw, &["iterable", "maxlen"], 0)?;
    let mut maxlen = -1;
    if let Some(m) = args::opt(&p[1]) {
        maxlen = super::native_types::as_ssize_t(m)?;
        if maxlen < 0 {
            return Err(err::value_error("maxlen must be non-negative"));
        }
    }
    dobj(v).maxlen.set(maxlen);
    if dlen(v) > 0 {
        clear(v);
    }
    if let Some(it) = &p[0] {
        extend(v, it, false)?;
    }
    Ok(())
}

fn clear(v: &Value) {
    let old = std::mem::take(items(v));
    bump(v);
    drop(old);
}

fn extend(v: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    if iterable.is(v) {
        let copy = list::new(ops::seq_to_vec(v)?);
        return extend(v, &copy, left);
    }
    let it = ops::iter(iterable)?;
    if dobj(v).maxlen.get() == 0 {
        while ops::next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(x) = ops::next(&it)? {
        if left {
            push_left(v, x);
        } else {
            push_right(v, x);
        }
    }
    Ok(())
}

fn deque_len(v: &Value) -> PyResult<usize> {
    Ok(dlen(v))
}

/// A sequence index (`PyNumber_AsSsize_t(key, IndexError)`).
fn seq_index(k: &Value) -> PyResult<isize> {
    if !ops::has_index(k) {
        return Err(err::type_error_of(
            "'%s' object cannot be interpreted as an index",
            k,
        ));
    }
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

/// Normalizes a possibly negative index (as `sq_item` callers do).
fn norm(v: &Value, k: &Value) -> PyResult<usize> {
    let mut i = seq_index(k)?;
    let n = dlen(v) as isize;
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(err::index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn deque_getitem(v: &Value, k: &Value) -> PyResult {
    let i = norm(v, k)?;
    Ok(item(v, i).unwrap_or(Value::NONE))
}

fn deque_setitem(v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let i = norm(v, k)?;
    match x {
        Some(x) => {
            let old = std::mem::replace(&mut items(v)[i], x);
            drop(old);
        }
        None => {
            let old = items(v).remove(i);
            bump(v);
            drop(old);
        }
    }
    Ok(())
}

fn deque_repr(v: &Value) -> PyResult {
    if !crate::repr_guard::enter(v) {
        return Ok(pstr::new("[...]"));
    }
    let r = (|| {
        let l = list::new(ops::seq_to_vec(v)?);
        let mut out = b"deque(".to_vec();
        out.extend_from_slice(pstr::as_bytes(&ops::repr(&l)?));
        let m = dobj(v).maxlen.get();
        if m >= 0 {
            out.extend_from_slice(format!(", maxlen={m}").as_bytes());
        }
        out.push(b')');
        Ok(pstr::from_vec(out))
    })();
    crate::repr_guard::leave(v);
    r
}

fn deque_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !is_deque(a) || !is_deque(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (na, nb) = (dlen(a), dlen(b));
    match op {
        CmpOp::Eq if a.is(b) => return Ok(Value::TRUE),
        CmpOp::Eq if na != nb => return Ok(Value::FALSE),
        CmpOp::Ne if a.is(b) => return Ok(Value::FALSE),
        CmpOp::Ne if na != nb => return Ok(Value::TRUE),
        _ => {}
    }
    let (ia, ib) = (ops::iter(a)?, ops::iter(b)?);
    loop {
        let x = ops::next(&ia)?;
        let y = ops::next(&ib)?;
        let (Some(x), Some(y)) = (x.clone(), y.clone()) else {
            let r = match op {
                CmpOp::Lt => y.is_some(),
                CmpOp::Le => x.is_none(),
                CmpOp::Eq => x.is_none() && y.is_none(),
                CmpOp::Ne => x.is_some() != y.is_some(),
                CmpOp::Gt => x.is_some(),
                CmpOp::Ge => y.is_none(),
            };
            return Ok(Value::bool(r));
        };
        if !ops::eq_bool(&x, &y)? {
            return Ok(Value::bool(ops::compare_bool(&x, &y, op)?));
        }
    }
}

fn deque_inplace_concat(v: &Value, other: &Value) -> PyResult {
    extend(v, other, false)?;
    Ok(v.clone())
}

/// # Safety
/// `p` is a live deque.
unsafe fn deque_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live; the collector runs no Python code.
    let d = unsafe { &*(*(p as *const DequeObj)).items.get() };
    for x in d {
        visit(x);
    }
}

/// # Safety
/// `p` is a live deque.
unsafe fn deque_clear(p: *mut ObjHeader) {
    // SAFETY: p is live; the items are dropped after the deque is empty.
    let old = unsafe { std::mem::take(&mut *(*(p as *const DequeObj)).items.get()) };
    drop(old);
}

// ----- deque iterators -----

fn make_iter(v: &Value, ty: *mut TypeObject) -> Value {
    // SAFETY: DequeIterObj is the layout of both iterator types.
    unsafe {
        new_object(
            ty,
            DequeIterObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                deque: v.clone(),
                index: Cell::new(0),
                state: dobj(v).state.get(),
                counter: Cell::new(dlen(v)),
            },
        )
    }
}

fn deque_iter(v: &Value) -> PyResult {
    Ok(make_iter(v, ITER_TYPE.with(|c| c.get())))
}

fn iobj(v: &Value) -> &DequeIterObj {
    // SAFETY: callers pass deque iterators.
    unsafe { &*(v.as_ptr() as *const DequeIterObj) }
}

fn iter_step(v: &Value, reverse: bool) -> PyResult<Option<Value>> {
    let it = iobj(v);
    if dobj(&it.deque).state.get() != it.state {
        it.counter.set(0);
        return Err(err::runtime_error("deque mutated during iteration"));
    }
    if it.counter.get() == 0 {
        return Ok(None);
    }
    let i = it.index.get();
    let n = dlen(&it.deque);
    let pos = if reverse { n - 1 - i } else { i };
    it.index.set(i + 1);
    it.counter.set(it.counter.get() - 1);
    Ok(item(&it.deque, pos))
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    iter_step(v, false)
}

fn reviter_next(v: &Value) -> PyResult<Option<Value>> {
    iter_step(v, true)
}

fn iter_length_hint(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__length_hint__", a, kw)?;
    Ok(int::new(iobj(v).counter.get() as i64))
}

/// # Safety
/// `p` is a live deque iterator.
unsafe fn iter_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    visit(unsafe { &(*(p as *const DequeIterObj)).deque });
}

// ----- deque methods -----

fn m_append(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("append", a, kw)?;
    push_right(v, x.clone());
    Ok(Value::NONE)
}

fn m_appendleft(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("appendleft", a, kw)?;
    push_left(v, x.clone());
    Ok(Value::NONE)
}

fn m_clear(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("clear", a, kw)?;
    clear(v);
    Ok(Value::NONE)
}

fn m_copy(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__copy__", a, kw)?;
    let t = type_value(type_of(v));
    let m = dobj(v).maxlen.get();
    let r = if m < 0 {
        ops::call(&t, std::slice::from_ref(v), &[])?
    } else {
        ops::call(&t, &[v.clone(), int::new(m as i64)], &[])?
    };
    if !is_deque(&r) {
        return Err(err::type_error(format!(
            "{}() must return a deque, not {}",
            type_ref(v).name_str(),
            type_ref(&r).name_str()
        )));
    }
    Ok(r)
}

fn m_count(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("count", a, kw)?;
    let state = dobj(v).state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = item(v, i) {
        if ops::eq_bool(&y, x)? {
            n += 1;
        }
        if dobj(v).state.get() != state {
            return Err(err::runtime_error("deque mutated during iteration"));
        }
        i += 1;
    }
    Ok(int::new(n))
}

fn m_extend(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("extend", a, kw)?;
    extend(v, x, false)?;
    Ok(Value::NONE)
}

fn m_extendleft(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("extendleft", a, kw)?;
    extend(v, x, true)?;
    Ok(Value::NONE)
}

fn m_pop(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("pop", a, kw)?;
    match items(v).pop_back() {
        Some(x) => {
            bump(v);
            Ok(x)
        }
        None => Err(err::index_error("pop from an empty deque")),
    }
}

fn m_popleft(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("popleft", a, kw)?;
    match items(v).pop_front() {
        Some(x) => {
            bump(v);
            Ok(x)
        }
        None => Err(err::index_error("pop from an empty deque")),
    }
}

fn m_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let d = ops::getattr_str(v, "__dict__").ok();
    let aslist = list::new(ops::seq_to_vec(v)?);
    let m = dobj(v).maxlen.get();
    let t = type_value(type_of(v));
    let maxlen = if m < 0 {
        None
    } else {
        Some(int::new(m as i64))
    };
    Ok(match (d, maxlen) {
        (None, None) => tuple::new(vec![t, tuple::new(vec![aslist])]),
        (None, Some(m)) => tuple::new(vec![t, tuple::new(vec![aslist, m])]),
        (Some(d), m) => tuple::new(vec![
            t,
            tuple::new(vec![aslist, m.unwrap_or(Value::NONE)]),
            d,
        ]),
    })
}

fn m_remove(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("remove", a, kw)?;
    let n = dlen(v);
    for i in 0..n {
        let Some(y) = item(v, 0) else { break };
        let r = ops::eq_bool(&y, x);
        if dlen(v) != n {
            return Err(err::index_error("deque mutated during remove()."));
        }
        match r {
            Ok(true) => {
                let old = items(v).pop_front();
                bump(v);
                rotate(v, i as isize);
                drop(old);
                return Ok(Value::NONE);
            }
            Ok(false) => rotate(v, -1),
            Err(e) => {
                rotate(v, i as isize);
                return Err(e);
            }
        }
    }
    Err(err::value_error("deque.remove(x): x not in deque"))
}

fn m_reversed(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reversed__", a, kw)?;
    Ok(make_iter(v, REVITER_TYPE.with(|c| c.get())))
}

fn m_reverse(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("reverse", a, kw)?;
    items(v).make_contiguous().reverse();
    Ok(Value::NONE)
}

fn m_rotate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("rotate", a, kw, 0, 1)?;
    let n = match a.first() {
        Some(x) => ops::as_i64_arg(x)? as isize,
        None => 1,
    };
    rotate(v, n);
    Ok(Value::NONE)
}

fn m_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    let blocks = (dlen(v) + 62 + 64) / 64;
    Ok(crate::long::new(num_bigint::BigInt::from(
        88 + blocks * 528,
    )))
}

fn get_maxlen(v: &Value) -> PyResult {
    let m = dobj(v).maxlen.get();
    Ok(if m < 0 {
        Value::NONE
    } else {
        int::new(m as i64)
    })
}

// ----- defaultdict -----

/// The factory slot of a defaultdict (right after the dict layout).
fn factory_slot(v: &Value) -> *mut Value {
    // SAFETY: v is a defaultdict, whose instances are at least
    // `DictObj` plus one Value (see `defdict_type`).
    unsafe { (v.as_ptr() as *mut u8).add(std::mem::size_of::<DictObj>()) as *mut Value }
}

fn factory(v: &Value) -> Value {
    // SAFETY: see factory_slot; the slot holds a Value or NULL.
    unsafe { (*factory_slot(v)).clone() }
}

fn set_factory(v: &Value, f: Value) {
    // SAFETY: see factory_slot; the old value is dropped after the store.
    let old = unsafe { std::ptr::replace(factory_slot(v), f) };
    drop(old);
}

/// # Safety
/// `p` is a dying defaultdict.
unsafe fn defdict_drop(p: *mut ObjHeader) {
    // SAFETY: p holds a DictObj followed by the factory Value.
    unsafe {
        std::ptr::drop_in_place((p as *mut u8).add(std::mem::size_of::<DictObj>()) as *mut Value);
        std::ptr::drop_in_place(p as *mut DictObj);
    }
}

/// # Safety
/// `p` is a live defaultdict.
unsafe fn defdict_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live; see factory_slot.
    unsafe {
        let f = &*((p as *mut u8).add(std::mem::size_of::<DictObj>()) as *const Value);
        if !f.is_null() {
            visit(f);
        }
        crate::dict::traverse(p, visit);
    }
}

/// # Safety
/// `p` is a live defaultdict.
unsafe fn defdict_clear(p: *mut ObjHeader) {
    // SAFETY: p is live; see factory_slot.
    unsafe {
        let slot = (p as *mut u8).add(std::mem::size_of::<DictObj>()) as *mut Value;
        let old = std::ptr::replace(slot, Value::NULL);
        drop(old);
        crate::dict::clear_refs(p);
    }
}

fn defdict_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let mut rest = a;
    let mut newdefault = Value::NULL;
    if let Some(f) = a.first() {
        if !ops::is_callable(f) && !f.is_none() {
            return Err(err::type_error("first argument must be callable or None"));
        }
        newdefault = f.clone();
        rest = &a[1..];
    }
    set_factory(v, newdefault);
    // SAFETY: dict is a live builtin type.
    let dict_init = unsafe { (*rt().types.dict).slots.init }
        .ok_or_else(|| err::system_error("dict has no __init__"))?;
    dict_init(v, rest, kw)
}

fn defdict_repr(v: &Value) -> PyResult {
    // SAFETY: dict is a live builtin type.
    let dict_repr = unsafe { (*rt().types.dict).slots.repr }.unwrap();
    let base = dict_repr(v)?;
    let f = factory(v);
    let frepr = if f.is_null() {
        pstr::new("None")
    } else if !crate::repr_guard::enter(&f) {
        pstr::new("...")
    } else {
        let r = ops::repr(&f);
        crate::repr_guard::leave(&f);
        r?
    };
    let mut out = b"defaultdict(".to_vec();
    out.extend_from_slice(pstr::as_bytes(&frepr));
    out.extend_from_slice(b", ");
    out.extend_from_slice(pstr::as_bytes(&base));
    out.push(b')');
    Ok(pstr::from_vec(out))
}

fn dd_missing(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let key = args::one("__missing__", a, kw)?;
    let f = factory(v);
    if f.is_null() || f.is_none() {
        return Err(err::key_error(key.clone()));
    }
    let value = ops::call(&f, &[], &[])?;
    ops::setitem(v, key, value.clone())?;
    Ok(value)
}

fn dd_copy(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("copy", a, kw)?;
    let f = factory(v);
    let f = if f.is_null() { Value::NONE } else { f };
    ops::call(&type_value(type_of(v)), &[f, v.clone()], &[])
}

fn dd_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let f = factory(v);
    let args = if f.is_null() || f.is_none() {
        tuple::empty()
    } else {
        tuple::new(vec![f])
    };
    let items = ops::call_method(v, "iteritems", &[])?;
    Ok(tuple::new(vec![
        type_value(type_of(v)),
        args,
        Value::NONE,
        Value::NONE,
        items,
    ]))
}

fn get_default_factory(v: &Value) -> PyResult {
    let f = factory(v);
    Ok(if f.is_null() { Value::NONE } else { f })
}

fn set_default_factory(v: &Value, f: Option<Value>) -> PyResult<()> {
    set_factory(v, f.unwrap_or(Value::NULL));
    Ok(())
}

// ----- types and module -----

fn make_types() {
    if !DEQUE_TYPE.with(|c| c.get()).is_null() {
        return;
    }
    let slots = Slots {
        new: Some(deque_new),
        init: Some(deque_init),
        len: Some(deque_len),
        getitem: Some(deque_getitem),
        setitem: Some(deque_setitem),
        repr: Some(deque_repr),
        richcompare: Some(deque_richcompare),
        iter: Some(deque_iter),
        inplace_concat: Some(deque_inplace_concat),
        traverse: Some(deque_traverse),
        clear: Some(deque_clear),
        ..Slots::default()
    };
    let t = super::native_types::new_type(
        "collections.deque",
        std::ptr::null_mut(),
        Layout::Other,
        std::mem::size_of::<DequeObj>(),
        crate::object::drop_payload_of::<DequeObj>,
        TypeFlags::BASETYPE | TypeFlags::HAS_GC,
        slots,
    );
    crate::descr::add_methods(
        t,
        &[
            ("append", m_append),
            ("appendleft", m_appendleft),
            ("clear", m_clear),
            ("__copy__", m_copy),
            ("count", m_count),
            ("extend", m_extend),
            ("extendleft", m_extendleft),
            ("pop", m_pop),
            ("popleft", m_popleft),
            ("__reduce__", m_reduce),
            ("remove", m_remove),
            ("__reversed__", m_reversed),
            ("reverse", m_reverse),
            ("rotate", m_rotate),
            ("__sizeof__", m_sizeof),
        ],
    );
    crate::descr::add_getsets(t, &[("maxlen", get_maxlen, None)]);
    // SAFETY: the type was just made by new_type.
    unsafe { super::native_types::ready(t, true) };
    crate::weakref::allow_weakrefs(t);
    DEQUE_TYPE.with(|c| c.set(t));

    for (name, next, cell) in [
        (
            "deque_iterator",
            iter_next as crate::types::NextFn,
            &ITER_TYPE,
        ),
        ("deque_reverse_iterator", reviter_next, &REVITER_TYPE),
    ] {
        let slots = Slots {
            iter: Some(|v| Ok(v.clone())),
            next: Some(next),
            traverse: Some(iter_traverse),
            ..Slots::default()
        };
        let it = super::native_types::new_type(
            name,
            std::ptr::null_mut(),
            Layout::Other,
            std::mem::size_of::<DequeIterObj>(),
            crate::object::drop_payload_of::<DequeIterObj>,
            TypeFlags::HAS_GC,
            slots,
        );
        crate::descr::add_methods(it, &[("__length_hint__", iter_length_hint)]);
        // SAFETY: the type was just made by new_type.
        unsafe { super::native_types::ready(it, false) };
        cell.with(|c| c.set(it));
    }

    let dt = rt().types.dict;
    // SAFETY: dict is a live builtin type.
    let mut slots = unsafe { (*dt).slots };
    slots.repr = Some(defdict_repr);
    slots.init = Some(defdict_init);
    slots.traverse = Some(defdict_traverse);
    slots.clear = Some(defdict_clear);
    let t = super::native_types::new_type(
        "collections.defaultdict",
        dt,
        Layout::Dict,
        std::mem::size_of::<DictObj>() + std::mem::size_of::<Value>(),
        defdict_drop,
        TypeFlags::BASETYPE | TypeFlags::HAS_GC,
        slots,
    );
    crate::descr::add_methods(
        t,
        &[
            ("__missing__", dd_missing),
            ("copy", dd_copy),
            ("__copy__", dd_copy),
            ("__reduce__", dd_reduce),
        ],
    );
    crate::descr::add_getsets(
        t,
        &[(
            "default_factory",
            get_default_factory,
            Some(set_default_factory),
        )],
    );
    // SAFETY: the type was just made by new_type.
    unsafe { super::native_types::ready(t, false) };
    crate::weakref::allow_weakrefs(t);
    DEFDICT_TYPE.with(|c| c.set(t));
}

/// Creates the `_collections` module.
pub fn create() -> PyResult {
    make_types();
    let m = module::new_native("_collections");
    module::set_attr(&m, "deque", type_value(DEQUE_TYPE.with(|c| c.get())));
    module::set_attr(
        &m,
        "defaultdict",
        type_value(DEFDICT_TYPE.with(|c| c.get())),
    );
    Ok(m)
}
