//! `set` and `frozenset`: CPython 2.7's setobject.c, reproduced exactly.
//!
//! Same table, probe sequence and resize rule as dicts (see `dict.rs`);
//! each operation (union, intersection, difference, symmetric difference,
//! update, copy, pop) iterates and inserts in the same order as
//! setobject.c, so printed sets match CPython's order.
//!
//! Invariants: as `dict.rs` (`table.len() == mask + 1`, fill/used,
//! DUMMY marks deleted slots); `hash` caches a frozenset's hash (-1 = not
//! computed; sets never cache). No table borrow is held across a key
//! comparison (which may run Python code).

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, Layout, TypeObject, is_subtype, type_ref};
use crate::value::Value;
use crate::{PyResult, args, dict, err, list, ops, str as pstr};
use std::cell::{Cell, UnsafeCell};

const MINSIZE: usize = 8;
const DUMMY: Value = dict::DUMMY;

/// One slot.
#[derive(Default)]
pub struct SetEntry {
    /// Hash of the key (kept in dummy and empty slots, as CPython does).
    pub hash: i64,
    /// NULL (empty), DUMMY, or the key.
    pub key: Value,
}

/// The mutable state of a set.
pub struct SetInner {
    /// Non-empty slots.
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// `table.len() - 1`.
    pub mask: usize,
    /// The slots.
    pub table: Vec<SetEntry>,
}

/// A set or frozenset.
#[repr(C)]
pub struct SetObj {
    /// Header.
    pub ob: ObjHeader,
    /// Cached frozenset hash.
    pub hash: Cell<i64>,
    /// The table.
    pub inner: UnsafeCell<SetInner>,
}

fn empty_table(n: usize) -> Vec<SetEntry> {
    let mut t = Vec::with_capacity(n);
    t.resize_with(n, SetEntry::default);
    t
}

/// A new empty set of type `ty`.
pub fn new_of_type(ty: *mut TypeObject) -> Value {
    // SAFETY: SetObj is the set layout.
    unsafe {
        new_object(
            ty,
            SetObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                hash: Cell::new(-1),
                inner: UnsafeCell::new(SetInner {
                    fill: 0,
                    used: 0,
                    mask: MINSIZE - 1,
                    table: empty_table(MINSIZE),
                }),
            },
        )
    }
}

/// A new empty set.
pub fn new() -> Value {
    new_of_type(rt().types.set)
}

/// `make_new_set`: a set of type `ty` filled from `iterable`.
pub fn make_new_set(ty: *mut TypeObject, iterable: Option<&Value>) -> PyResult {
    let s = new_of_type(ty);
    if let Some(it) = iterable {
        update_internal(&s, it)?;
    }
    Ok(s)
}

/// Is `v` a set or frozenset (or subclass instance)?
#[inline]
pub fn is_anyset(v: &Value) -> bool {
    v.is_ptr() && type_ref(v).layout == Layout::Set
}

/// Is `v` a (mutable) set?
pub fn is_set(v: &Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), rt().types.set)
}

/// Is `v` a frozenset?
pub fn is_frozenset(v: &Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), rt().types.frozenset)
}

fn obj(v: &Value) -> &SetObj {
    debug_assert!(is_anyset(v));
    // SAFETY: callers pass sets.
    unsafe { &*(v.as_ptr() as *const SetObj) }
}

#[allow(clippy::mut_from_ref)]
fn inner(v: &Value) -> &mut SetInner {
    // SAFETY: single-threaded; see the module invariant on borrows.
    unsafe { &mut *obj(v).inner.get() }
}

/// Number of elements.
pub fn len(v: &Value) -> usize {
    inner(v).used
}

fn lookup(s: &Value, key: &Value, hash: i64) -> PyResult<usize> {
    'restart: loop {
        let (mask, table_ptr) = {
            let t = inner(s);
            (t.mask, t.table.as_ptr())
        };
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as u64 as usize;
        let mut freeslot: Option<usize> = None;
        let mut first = true;
        loop {
            if !first {
                i = (i << 2)
                    .wrapping_add(i)
                    .wrapping_add(perturb)
                    .wrapping_add(1);
                perturb >>= 5;
            }
            first = false;
            let idx = i & mask;
            let t = inner(s);
            let e = &t.table[idx];
            if e.key.is_null() {
                return Ok(freeslot.unwrap_or(idx));
            }
            if e.key.is(key) {
                return Ok(idx);
            }
            if e.key.is(&DUMMY) {
                if freeslot.is_none() {
                    freeslot = Some(idx);
                }
                continue;
            }
            if e.hash == hash {
                let startkey = e.key.clone();
                let eq = if pstr::is_exact_str(&startkey) && pstr::is_exact_str(key) {
                    pstr::eq(&startkey, key)
                } else if Value::both_small_ints(&startkey, key) {
                    false
                } else {
                    ops::eq_bool(&startkey, key)?
                };
                let t = inner(s);
                if t.table.as_ptr() != table_ptr
                    || t.mask != mask
                    || !t.table[idx].key.is(&startkey)
                {
                    continue 'restart;
                }
                if eq {
                    return Ok(idx);
                }
            }
        }
    }
}

fn insert_clean(t: &mut SetInner, key: Value, hash: i64) {
    let mask = t.mask;
    let mut i = (hash as usize) & mask;
    let mut perturb = hash as u64 as usize;
    while !t.table[i & mask].key.is_null() {
        i = (i << 2)
            .wrapping_add(i)
            .wrapping_add(perturb)
            .wrapping_add(1);
        perturb >>= 5;
    }
    let e = &mut t.table[i & mask];
    e.key = key;
    e.hash = hash;
    t.fill += 1;
    t.used += 1;
}

fn table_resize(s: &Value, minused: usize) {
    let mut newsize = MINSIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    let t = inner(s);
    if newsize == MINSIZE && t.mask + 1 == MINSIZE && t.fill == t.used {
        return;
    }
    let old = std::mem::replace(&mut t.table, empty_table(newsize));
    t.mask = newsize - 1;
    t.fill = 0;
    t.used = 0;
    for e in old {
        if !e.key.is_null() && !e.key.is(&DUMMY) {
            insert_clean(t, e.key, e.hash);
        }
    }
}

/// `set_insert_key`: inserts without resizing; true if newly added.
fn insert_key(s: &Value, key: Value, hash: i64) -> PyResult<bool> {
    let i = lookup(s, &key, hash)?;
    let t = inner(s);
    let e = &mut t.table[i];
    if e.key.is_null() {
        t.fill += 1;
    } else if !e.key.is(&DUMMY) {
        return Ok(false);
    }
    e.key = key;
    e.hash = hash;
    t.used += 1;
    Ok(true)
}

/// `set_add_entry`: inserts, then grows if a key was added and the table
/// is 2/3 full.
fn add_entry(s: &Value, key: Value, hash: i64) -> PyResult<()> {
    if insert_key(s, key, hash)? {
        let t = inner(s);
        if t.fill * 3 >= (t.mask + 1) * 2 {
            let n = if t.used > 50000 {
                t.used * 2
            } else {
                t.used * 4
            };
            table_resize(s, n);
        }
    }
    Ok(())
}

/// `set.add(key)`.
pub fn add(s: &Value, key: Value) -> PyResult<()> {
    let h = dict::key_hash(&key)?;
    add_entry(s, key, h)
}

/// Is `key` in the set (by hash)?
fn contains_entry(s: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    let i = lookup(s, key, hash)?;
    let k = &inner(s).table[i].key;
    Ok(!k.is_null() && !k.is(&DUMMY))
}

/// `key in s`, with sets as keys looked up as frozensets.
pub fn contains(s: &Value, key: &Value) -> PyResult<bool> {
    match dict::key_hash(key) {
        Ok(h) => contains_entry(s, key, h),
        Err(e) if is_set(key) && e.matches(rt().exc.type_error) => {
            let tmp = make_new_set(rt().types.frozenset, Some(key))?;
            let h = frozenset_hash(&tmp)?;
            contains_entry(s, &tmp, h)
        }
        Err(e) => Err(e),
    }
}

/// Removes `key` by hash; true if it was present.
fn discard_entry(s: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    let i = lookup(s, key, hash)?;
    let t = inner(s);
    let e = &mut t.table[i];
    if e.key.is_null() || e.key.is(&DUMMY) {
        return Ok(false);
    }
    let old = std::mem::replace(&mut e.key, DUMMY);
    t.used -= 1;
    drop(old);
    Ok(true)
}

/// `set.discard(key)` semantics; true if removed.
pub fn discard(s: &Value, key: &Value) -> PyResult<bool> {
    match dict::key_hash(key) {
        Ok(h) => discard_entry(s, key, h),
        Err(e) if is_set(key) && e.matches(rt().exc.type_error) => {
            let tmp = make_new_set(rt().types.frozenset, Some(key))?;
            let h = frozenset_hash(&tmp)?;
            discard_entry(s, &tmp, h)
        }
        Err(e) => Err(e),
    }
}

/// Iteration step over active slots: (key, hash).
pub fn next_entry(s: &Value, pos: &mut usize) -> Option<(Value, i64)> {
    let t = inner(s);
    while *pos <= t.mask {
        let e = &t.table[*pos];
        *pos += 1;
        if !e.key.is_null() && !e.key.is(&DUMMY) {
            return Some((e.key.clone(), e.hash));
        }
    }
    None
}

fn entries(s: &Value) -> Vec<(Value, i64)> {
    let mut out = Vec::with_capacity(len(s));
    let mut pos = 0;
    while let Some(e) = next_entry(s, &mut pos) {
        out.push(e);
    }
    out
}

/// The elements in table order.
pub fn items(s: &Value) -> Vec<Value> {
    entries(s).into_iter().map(|(k, _)| k).collect()
}

fn clear_internal(s: &Value) {
    let t = inner(s);
    let old = std::mem::replace(&mut t.table, empty_table(MINSIZE));
    t.mask = MINSIZE - 1;
    t.fill = 0;
    t.used = 0;
    drop(old);
}

fn merge(s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) || len(other) == 0 {
        return Ok(());
    }
    {
        let t = inner(s);
        let ou = len(other);
        if (t.fill + ou) * 3 >= (t.mask + 1) * 2 {
            let n = (t.used + ou) * 2;
            table_resize(s, n);
        }
    }
    for (k, h) in entries(other) {
        insert_key(s, k, h)?;
    }
    Ok(())
}

/// `set_update_internal`: adds everything from `other`.
pub fn update_internal(s: &Value, other: &Value) -> PyResult<()> {
    if is_anyset(other) {
        return merge(s, other);
    }
    if dict::is_exact_dict(other) {
        let n = dict::len(other);
        {
            let t = inner(s);
            if (t.fill + n) * 3 >= (t.mask + 1) * 2 {
                let m = (t.used + n) * 2;
                table_resize(s, m);
            }
        }
        let mut pos = 0;
        while let Some((k, _, h)) = dict::next_entry_hash(other, &mut pos) {
            add_entry(s, k, h)?;
        }
        return Ok(());
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(&it)? {
        add(s, k)?;
    }
    Ok(())
}

fn copy_of_type(s: &Value, ty: *mut TypeObject) -> PyResult {
    make_new_set(ty, Some(s))
}

/// `set_copy`: same type.
pub fn copy(s: &Value) -> PyResult {
    copy_of_type(s, type_of(s))
}

/// `set_intersection`.
pub fn intersection(s: &Value, other: &Value) -> PyResult {
    if s.is(other) {
        return copy(s);
    }
    let result = new_of_type(type_of(s));
    if is_anyset(other) {
        let (small, big) = if len(other) > len(s) {
            (s, other)
        } else {
            (other, s)
        };
        for (k, h) in entries(small) {
            if contains_entry(big, &k, h)? {
                add_entry(&result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(&it)? {
        let h = dict::key_hash(&k)?;
        if contains_entry(s, &k, h)? {
            add_entry(&result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference`.
pub fn difference(s: &Value, other: &Value) -> PyResult {
    if !is_anyset(other) && !dict::is_exact_dict(other) {
        let r = copy(s)?;
        difference_update_internal(&r, other)?;
        return Ok(r);
    }
    let result = new_of_type(type_of(s));
    for (k, h) in entries(s) {
        let present = if dict::is_exact_dict(other) {
            dict::get_with_hash(other, &k, h)?.is_some()
        } else {
            contains_entry(other, &k, h)?
        };
        if !present {
            add_entry(&result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference_update_internal`.
pub fn difference_update_internal(s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        clear_internal(s);
        return Ok(());
    }
    if is_anyset(other) {
        for (k, h) in entries(other) {
            discard_entry(s, &k, h)?;
        }
    } else {
        let it = ops::iter(other)?;
        while let Some(k) = ops::next(&it)? {
            discard(s, &k)?;
        }
    }
    let t = inner(s);
    if (t.fill - t.used) * 5 < t.mask {
        return Ok(());
    }
    let n = if t.used > 50000 {
        t.used * 2
    } else {
        t.used * 4
    };
    table_resize(s, n);
    Ok(())
}

/// `set_symmetric_difference_update`.
pub fn symmetric_difference_update(s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        clear_internal(s);
        return Ok(());
    }
    if dict::is_exact_dict(other) {
        let mut pos = 0;
        while let Some((k, _, h)) = dict::next_entry_hash(other, &mut pos) {
            if !discard_entry(s, &k, h)? {
                add_entry(s, k, h)?;
            }
        }
        return Ok(());
    }
    let otherset = if is_anyset(other) {
        other.clone()
    } else {
        make_new_set(type_of(s), Some(other))?
    };
    for (k, h) in entries(&otherset) {
        if !discard_entry(s, &k, h)? {
            add_entry(s, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`.
pub fn symmetric_difference(s: &Value, other: &Value) -> PyResult {
    let otherset = make_new_set(type_of(s), Some(other))?;
    symmetric_difference_update(&otherset, s)?;
    Ok(otherset)
}

fn issubset_set(s: &Value, other: &Value) -> PyResult<bool> {
    if len(s) > len(other) {
        return Ok(false);
    }
    for (k, h) in entries(s) {
        if !contains_entry(other, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn as_set(other: &Value) -> PyResult {
    if is_anyset(other) {
        Ok(other.clone())
    } else {
        make_new_set(rt().types.set, Some(other))
    }
}

/// CPython's frozenset hash.
pub fn frozenset_hash(s: &Value) -> PyResult<i64> {
    let o = obj(s);
    if o.hash.get() != -1 {
        return Ok(o.hash.get());
    }
    let mut hash: i64 = 1927868237;
    hash = hash.wrapping_mul(len(s) as i64 + 1);
    for (_, h) in entries(s) {
        hash ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167u32 as i64);
    }
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == -1 {
        hash = 590923713;
    }
    o.hash.set(hash);
    Ok(hash)
}

// ----- slots -----

fn set_len(v: &Value) -> PyResult<usize> {
    Ok(len(v))
}

fn set_contains_slot(v: &Value, k: &Value) -> PyResult<bool> {
    contains(v, k)
}

fn set_iter(v: &Value) -> PyResult {
    let n = len(v) as i64;
    Ok(crate::iterobj::new_iter(
        rt().types.set_iter,
        v.clone(),
        0,
        n,
        n,
        Value::NULL,
    ))
}

fn set_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let o = crate::iterobj::it(v);
    let s = o.seq().clone();
    if s.is_null() {
        return Ok(None);
    }
    if len(&s) as i64 != o.a.get() {
        o.a.set(-1);
        return Err(err::runtime_error("Set changed size during iteration"));
    }
    let mut pos = o.pos.get();
    match next_entry(&s, &mut pos) {
        Some((k, _)) => {
            o.pos.set(pos);
            o.b.set(o.b.get() - 1);
            Ok(Some(k))
        }
        None => {
            o.exhaust();
            Ok(None)
        }
    }
}

fn set_repr(v: &Value) -> PyResult {
    let name = crate::class::tp_name(type_of(v));
    if !crate::repr_guard::enter(v) {
        return Ok(pstr::from_string(format!("{name}(...)")));
    }
    let r = ops::repr(&list::new(items(v)));
    crate::repr_guard::leave(v);
    let r = r?;
    Ok(pstr::from_string(format!(
        "{}({})",
        name,
        pstr::as_str_lossy(&r)
    )))
}

fn set_richcompare(v: &Value, w: &Value, op: CmpOp) -> PyResult {
    if !is_anyset(w) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(Value::bool(match op {
        CmpOp::Eq => {
            if len(v) != len(w) {
                false
            } else {
                let (h1, h2) = (obj(v).hash.get(), obj(w).hash.get());
                if h1 != -1 && h2 != -1 && h1 != h2 {
                    false
                } else {
                    issubset_set(v, w)?
                }
            }
        }
        CmpOp::Ne => !ops::truthy(&set_richcompare(v, w, CmpOp::Eq)?)?,
        CmpOp::Le => issubset_set(v, w)?,
        CmpOp::Ge => issubset_set(w, v)?,
        CmpOp::Lt => len(v) < len(w) && issubset_set(v, w)?,
        CmpOp::Gt => len(v) > len(w) && issubset_set(w, v)?,
    }))
}

fn set_nocmp(_a: &Value, _b: &Value) -> PyResult<i32> {
    Err(err::type_error("cannot compare sets using cmp()"))
}

fn set_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        BinOp::Or => {
            let r = copy(a)?;
            update_internal(&r, b)?;
            Ok(r)
        }
        BinOp::And => intersection(a, b),
        BinOp::Sub => difference(a, b),
        BinOp::Xor => symmetric_difference(a, b),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn set_inplace(op: BinOp, a: &Value, b: &Value) -> PyResult {
    if !is_anyset(b) || !is_set(a) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        BinOp::Or => update_internal(a, b)?,
        BinOp::And => {
            let tmp = intersection(a, b)?;
            swap_bodies(a, &tmp);
        }
        BinOp::Sub => difference_update_internal(a, b)?,
        BinOp::Xor => symmetric_difference_update(a, b)?,
        _ => return Ok(Value::NOT_IMPLEMENTED),
    }
    Ok(a.clone())
}

fn swap_bodies(a: &Value, b: &Value) {
    std::mem::swap(inner(a), inner(b));
    let (ha, hb) = (obj(a).hash.get(), obj(b).hash.get());
    obj(a).hash.set(hb);
    obj(b).hash.set(ha);
}

fn set_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(new_of_type(t.as_ptr() as *mut TypeObject))
}

fn set_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let name = crate::class::tp_name(type_of(v));
    if type_of(v) == rt().types.set {
        args::no_keywords("set()", kw)?;
    }
    args::unpack(&name, a, &[], 0, 1)?;
    clear_internal(v);
    obj(v).hash.set(-1);
    if let Some(it) = a.first() {
        update_internal(v, it)?;
    }
    Ok(())
}

fn frozenset_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let ty = t.as_ptr() as *mut TypeObject;
    let fs = rt().types.frozenset;
    if ty == fs && !kw.is_empty() {
        return Err(err::type_error(
            "frozenset() does not take keyword arguments",
        ));
    }
    args::unpack(&crate::class::tp_name(ty), a, &[], 0, 1)?;
    if ty != fs {
        return make_new_set(ty, a.first());
    }
    if let Some(it) = a.first()
        && type_of(it) == fs
    {
        return Ok(it.clone());
    }
    make_new_set(ty, a.first())
}

/// # Safety
/// `p` is a live set.
unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live; no Python code runs.
    let t = unsafe { &*(*(p as *const SetObj)).inner.get() };
    for e in &t.table {
        if !e.key.is_null() && !e.key.is(&DUMMY) {
            visit(&e.key);
        }
    }
}

/// # Safety
/// `p` is a live, unreachable set.
unsafe fn clear_slot(p: *mut ObjHeader) {
    // SAFETY: p is live; the borrowed Value is not dropped.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_owned_ptr(p) });
    clear_internal(&v);
}

// ----- methods -----

fn m_add(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let k = args::one("add", a, kw)?;
    add(v, k.clone())?;
    Ok(Value::NONE)
}

fn m_clear(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("clear", a, kw)?;
    clear_internal(v);
    Ok(Value::NONE)
}

fn m_contains(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let k = args::one("__contains__", a, kw)?;
    Ok(Value::bool(contains(v, k)?))
}

fn m_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    // PySetObject with its 8-entry small table; a bigger table is extra
    let slots = inner(v).mask as i64 + 1;
    Ok(crate::int::new(if slots <= 8 {
        200
    } else {
        200 + 16 * slots
    }))
}

fn m_copy(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("copy", a, kw)?;
    copy(v)
}

fn m_frozenset_copy(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("copy", a, kw)?;
    if type_of(v) == rt().types.frozenset {
        return Ok(v.clone());
    }
    copy(v)
}

fn m_discard(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let k = args::one("discard", a, kw)?;
    discard(v, k)?;
    Ok(Value::NONE)
}

fn m_remove(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let k = args::one("remove", a, kw)?;
    if !discard(v, k)? {
        return Err(err::key_error(k.clone()));
    }
    Ok(Value::NONE)
}

fn m_pop(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("pop", a, kw)?;
    let t = inner(v);
    if t.used == 0 {
        return Err(crate::PyErr::with_arg(
            rt().exc.key_error,
            pstr::new("pop from an empty set"),
        ));
    }
    let mut i = 0usize;
    let e0 = &t.table[0];
    if e0.key.is_null() || e0.key.is(&DUMMY) {
        let finger = e0.hash;
        i = if finger > t.mask as i64 || finger < 1 {
            1
        } else {
            finger as usize
        };
        while t.table[i].key.is_null() || t.table[i].key.is(&DUMMY) {
            i += 1;
            if i > t.mask {
                i = 1;
            }
        }
    }
    let k = std::mem::replace(&mut t.table[i].key, DUMMY);
    t.used -= 1;
    t.table[0].hash = i as i64 + 1;
    Ok(k)
}

fn m_union(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("union", kw)?;
    let r = copy(v)?;
    for o in a {
        update_internal(&r, o)?;
    }
    Ok(r)
}

fn m_update(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("update", kw)?;
    for o in a {
        update_internal(v, o)?;
    }
    Ok(Value::NONE)
}

fn m_intersection(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("intersection", kw)?;
    if a.is_empty() {
        return copy(v);
    }
    let mut r = v.clone();
    for o in a {
        r = intersection(&r, o)?;
    }
    Ok(r)
}

fn m_intersection_update(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let tmp = m_intersection(v, a, kw)?;
    swap_bodies(v, &tmp);
    Ok(Value::NONE)
}

fn m_difference(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("difference", kw)?;
    if a.is_empty() {
        return copy(v);
    }
    let r = difference(v, &a[0])?;
    for o in &a[1..] {
        difference_update_internal(&r, o)?;
    }
    Ok(r)
}

fn m_difference_update(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("difference_update", kw)?;
    for o in a {
        difference_update_internal(v, o)?;
    }
    Ok(Value::NONE)
}

fn m_symmetric_difference(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let o = args::one("symmetric_difference", a, kw)?;
    symmetric_difference(v, o)
}

fn m_symmetric_difference_update(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let o = args::one("symmetric_difference_update", a, kw)?;
    symmetric_difference_update(v, o)?;
    Ok(Value::NONE)
}

fn m_issubset(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let o = as_set(args::one("issubset", a, kw)?)?;
    Ok(Value::bool(issubset_set(v, &o)?))
}

fn m_issuperset(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let o = as_set(args::one("issuperset", a, kw)?)?;
    Ok(Value::bool(issubset_set(&o, v)?))
}

fn m_isdisjoint(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let o = args::one("isdisjoint", a, kw)?;
    if v.is(o) {
        return Ok(Value::bool(len(v) == 0));
    }
    if is_anyset(o) {
        let (small, big) = if len(o) > len(v) { (v, o) } else { (o, v) };
        for (k, h) in entries(small) {
            if contains_entry(big, &k, h)? {
                return Ok(Value::FALSE);
            }
        }
        return Ok(Value::TRUE);
    }
    let it = ops::iter(o)?;
    while let Some(k) = ops::next(&it)? {
        let h = dict::key_hash(&k)?;
        if contains_entry(v, &k, h)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn m_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let d = crate::ops::instance_dict(v).unwrap_or(Value::NONE);
    Ok(crate::tuple::new(vec![
        crate::types::type_value(type_of(v)),
        crate::tuple::new(vec![list::new(items(v))]),
        d,
    ]))
}

/// Fills set/frozenset slots and methods (bootstrap).
pub fn setup() {
    let t = &rt().types;
    for ty in [t.set, t.frozenset] {
        // SAFETY: bootstrap.
        unsafe {
            let s = &mut (*ty).slots;
            s.len = Some(set_len);
            s.contains = Some(set_contains_slot);
            s.iter = Some(set_iter);
            s.repr = Some(set_repr);
            s.richcompare = Some(set_richcompare);
            s.compare = Some(set_nocmp);
            s.binop = Some(set_binop);
            s.binop_mask = BinOp::Sub.bit() | BinOp::And.bit() | BinOp::Xor.bit() | BinOp::Or.bit();
            s.traverse = Some(traverse);
            s.clear = Some(clear_slot);
        }
    }
    // SAFETY: bootstrap.
    unsafe {
        (*t.set).slots.inplace = Some(set_inplace);
        (*t.set).slots.new = Some(set_new);
        (*t.set).slots.init = Some(set_init);
        (*t.frozenset).slots.new = Some(frozenset_new);
        (*t.frozenset).slots.hash = Some(frozenset_hash);
        let si = &mut (*t.set_iter).slots;
        si.iter = Some(|v| Ok(v.clone()));
        si.next = Some(set_iter_next);
    }
    let common: [(&'static str, crate::descr::NativeFn); 11] = [
        ("__contains__", m_contains),
        ("__sizeof__", m_sizeof),
        ("difference", m_difference),
        ("intersection", m_intersection),
        ("isdisjoint", m_isdisjoint),
        ("issubset", m_issubset),
        ("issuperset", m_issuperset),
        ("symmetric_difference", m_symmetric_difference),
        ("union", m_union),
        ("__reduce__", m_reduce),
        ("copy", m_copy),
    ];
    crate::descr::add_methods(t.set, &common);
    crate::descr::add_methods(t.frozenset, &common);
    crate::descr::add_methods(t.frozenset, &[("copy", m_frozenset_copy)]);
    crate::descr::add_methods(
        t.set,
        &[
            ("add", m_add),
            ("clear", m_clear),
            ("discard", m_discard),
            ("remove", m_remove),
            ("pop", m_pop),
            ("update", m_update),
            ("intersection_update", m_intersection_update),
            ("difference_update", m_difference_update),
            ("symmetric_difference_update", m_symmetric_difference_update),
        ],
    );
    // sets are unhashable
    crate::descr::add_attr(t.set, "__hash__", Value::NONE);
}
