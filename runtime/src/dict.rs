//! `dict`: CPython 2.7's open-addressing hash table, reproduced exactly.
//!
//! The table layout, probe sequence (`i = 5*i + perturb + 1`, perturb
//! shifted by 5), dummy entries, fill/used accounting, the resize rule
//! (grow when fill*3 >= size*2 after adding a key, to 4x used, or 2x above
//! 50000), presizing of `BUILD_MAP`, `PyDict_Merge`'s up-front resize and
//! `popitem`'s search finger in slot 0's hash all follow dictobject.c, so
//! iteration order — and therefore printed output — matches CPython 2.7.
//!
//! Invariants:
//! - `table.len() == mask + 1`, a power of two >= 8;
//! - a slot is empty (`key` NULL), dummy (`key` DUMMY, value NULL) or
//!   active (both set); `fill` counts non-empty slots, `used` active ones;
//!   `fill < table.len()` so probes terminate;
//! - `keys_version` changes whenever the set of keys or the table changes,
//!   so a cached slot index stays valid while it is unchanged (inline caches
//!   for globals rely on this);
//! - no `&mut` to the table is held across a call that can run Python code
//!   (key comparisons): lookups re-check the table after comparing.
//! - `entries` always points at the table's first entry.
//!
//! Shapes: instance dicts (`new_instance_dict`) start with shape
//! `SHAPE_EMPTY`; inserting a new interned-str key moves a dict to the
//! shape interned for (old shape, key). Since the table layout after an
//! insertion (with its resize) depends only on the previous layout and the
//! key, two dicts with the same nonzero shape have every key in the same
//! slot. Any other mutation of the key set (delete, clear, popitem,
//! explicit resize, non-str keys) sets the shape to 0 (untracked).
//! Attribute inline caches rely on this to find an attribute's slot, or
//! prove its absence, for every instance of a class.

use crate::object::{ObjHeader, new_object, type_of};
use crate::ops;
use crate::rt::rt;
use crate::types::Layout;
use crate::value::{SPECIAL_TAG, Value};
use crate::{PyResult, err, list, str as pstr, tuple};
use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::HashMap;

/// The smallest table size.
pub const MINSIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;
/// Marks a deleted slot.
pub const DUMMY: Value = Value::from_bits_unowned(SPECIAL_TAG | 0xFFFE);

/// One table slot (`repr(C)`: compiled code reads values by offset).
#[repr(C)]
#[derive(Default)]
pub struct Entry {
    /// The key's hash (kept in dummy and empty slots, as CPython does).
    pub hash: i64,
    /// NULL (empty), DUMMY, or the key.
    pub key: Value,
    /// The value, NULL unless active.
    pub value: Value,
}

/// The mutable state of a dict.
pub struct DictInner {
    /// Non-empty slots (active + dummy).
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// `table.len() - 1`.
    pub mask: usize,
    /// The slots.
    pub table: Vec<Entry>,
}

/// The payload of a `dict`.
#[repr(C)]
pub struct DictObj {
    /// Header.
    pub ob: ObjHeader,
    /// Layout version (see module docs).
    pub keys_version: Cell<u64>,
    /// Shape id (see "Shapes" in the module docs); 0: not tracked.
    pub shape: Cell<u64>,
    /// The table's first entry (mirrors `inner.table`'s buffer, for
    /// compiled code).
    pub entries: Cell<*const Entry>,
    /// The table.
    pub inner: UnsafeCell<DictInner>,
}

/// The shape of an empty, never-resized instance dict (and of an absent
/// one).
pub const SHAPE_EMPTY: u64 = 1;

thread_local! {
    // (shape, interned key bits) -> shape after inserting that key
    static SHAPES: RefCell<HashMap<(u64, u64), u64, crate::rt::FastHash>> =
        const { RefCell::new(HashMap::with_hasher(crate::rt::FastHash)) };
    static NEXT_SHAPE: Cell<u64> = const { Cell::new(SHAPE_EMPTY + 1) };
}

/// The shape after inserting interned key `key` into a dict of shape `s`.
fn shape_after_insert(s: u64, key: &Value) -> u64 {
    if s == 0 || !pstr::is_exact_str(key) || !pstr::obj(key).interned.get() {
        return 0;
    }
    SHAPES.with(|m| {
        *m.borrow_mut().entry((s, key.bits())).or_insert_with(|| {
            NEXT_SHAPE.with(|n| {
                let v = n.get();
                n.set(v + 1);
                v
            })
        })
    })
}

/// A new dict whose layout is tracked by shape (instance `__dict__`s).
pub fn new_instance_dict() -> Value {
    let d = new();
    obj(&d).shape.set(SHAPE_EMPTY);
    d
}

/// The shape of `d` (0: not tracked).
#[inline(always)]
pub fn shape(d: &Value) -> u64 {
    obj(d).shape.get()
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A fresh, never-used version number for dict layouts.
#[inline]
pub fn next_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

fn empty_table(n: usize) -> Vec<Entry> {
    let mut t = Vec::with_capacity(n);
    t.resize_with(n, Entry::default);
    t
}

/// A new empty dict.
pub fn new() -> Value {
    new_of_type(rt().types.dict)
}

/// A new empty dict of type `ty` (dict or a subclass).
pub fn new_of_type(ty: *mut crate::types::TypeObject) -> Value {
    // SAFETY: DictObj starts with a header and matches the dict layout.
    unsafe {
        let d = new_object(
            ty,
            DictObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                keys_version: Cell::new(next_version()),
                shape: Cell::new(0),
                entries: Cell::new(std::ptr::null()),
                inner: UnsafeCell::new(DictInner {
                    fill: 0,
                    used: 0,
                    mask: MINSIZE - 1,
                    table: empty_table(MINSIZE),
                }),
            },
        );
        sync_entries(&d);
        d
    }
}

/// Updates `entries` after the table buffer changed.
#[inline]
fn sync_entries(d: &Value) {
    obj(d).entries.set(inner(d).table.as_ptr());
}

/// `_PyDict_NewPresized`: BUILD_MAP's dict for `n` entries.
pub fn new_presized(n: usize) -> Value {
    let d = new();
    if n > 5 {
        resize(&d, n);
    }
    d
}

/// Is `v` a dict (or subclass instance)?
#[inline(always)]
pub fn is_dict(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Dict }
}

/// Is `v` exactly a dict?
#[inline(always)]
pub fn is_exact_dict(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.dict
}

/// The payload of a dict.
#[inline(always)]
pub fn obj(v: &Value) -> &DictObj {
    debug_assert!(is_dict(v));
    // SAFETY: callers pass dicts (checked in debug builds).
    unsafe { &*(v.as_ptr() as *const DictObj) }
}

/// The table of a dict.
///
/// Callers must not keep the reference across anything that may run
/// Python code or touch the same dict.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn inner(v: &Value) -> &mut DictInner {
    // SAFETY: single-threaded runtime; callers uphold the no-overlap rule
    // stated above (module invariant).
    unsafe { &mut *obj(v).inner.get() }
}

/// Number of items.
#[inline]
pub fn len(v: &Value) -> usize {
    inner(v).used
}

/// The hash used for dict keys (str fast path).
#[inline]
pub fn key_hash(key: &Value) -> PyResult<i64> {
    if pstr::is_exact_str(key) {
        return Ok(pstr::hash(key));
    }
    if let Some(i) = key.as_small_int() {
        return Ok(crate::int::hash_i64(i));
    }
    ops::hash(key)
}

fn bump(d: &Value) {
    obj(d).keys_version.set(next_version());
}

/// Finds the slot for `key`: where it is, or where it would be inserted
/// (the first dummy passed, else the terminating empty slot).
pub fn lookup(d: &Value, key: &Value, hash: i64) -> PyResult<usize> {
    // Fast path: no comparison can run Python code.
    if let Some(i) = lookup_simple(d, key, hash, pstr::is_exact_str(key)) {
        return Ok(i);
    }
    'restart: loop {
        let t = inner(d);
        let mask = t.mask;
        let table_ptr = t.table.as_ptr();
        let mut i = (hash as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let mut perturb = hash as u64 as usize;
        let mut first = true;
        loop {
            if !first {
                i = (i << 2)
                    .wrapping_add(i)
                    .wrapping_add(perturb)
                    .wrapping_add(1);
                perturb >>= PERTURB_SHIFT;
            }
            let idx = i & mask;
            let t = inner(d);
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
            } else if e.hash == hash {
                let startkey = e.key.clone();
                let eq = ops::eq_bool(&startkey, key)?;
                let t = inner(d);
                if t.table.as_ptr() == table_ptr && t.mask == mask && t.table[idx].key.is(&startkey)
                {
                    if eq {
                        return Ok(idx);
                    }
                } else {
                    continue 'restart;
                }
            }
            if first {
                first = false;
                // CPython's first probe: a dummy there becomes the free slot;
                // a real key that did not match leaves none.
                perturb = hash as u64 as usize;
            }
        }
    }
}

/// Lookup when every key compared is a str or an int (no Python code can
/// run). Returns None when a comparison would need the general path.
/// `key_is_str`: `key` is an exact str (the caller knows it already).
#[inline(always)]
fn lookup_simple(d: &Value, key: &Value, hash: i64, key_is_str: bool) -> Option<usize> {
    if !key_is_str && !key.is_small_int() {
        return None;
    }
    let t = inner(d);
    let mask = t.mask;
    let table = t.table.as_ptr();
    let mut i = (hash as usize) & mask;
    let mut perturb = hash as u64 as usize;
    let mut freeslot: Option<usize> = None;
    loop {
        // SAFETY: the table has mask + 1 entries and the index is masked.
        let e = unsafe { &*table.add(i & mask) };
        // identity first: the usual hit (interned strs, small ints); the
        // key is never NULL, so this never mistakes an empty slot
        if e.key.is(key) {
            return Some(i & mask);
        }
        if e.key.is_null() {
            return Some(freeslot.unwrap_or(i & mask));
        }
        if e.key.is(&DUMMY) {
            if freeslot.is_none() {
                freeslot = Some(i & mask);
            }
        } else if e.hash == hash {
            if key_is_str {
                if !pstr::is_exact_str(&e.key) {
                    return None;
                }
                if pstr::eq(&e.key, key) {
                    return Some(i & mask);
                }
            } else {
                // small int key: equal ints are identical bits; anything
                // else with the same hash (a float, a long) needs compare.
                if !e.key.is_small_int() {
                    return None;
                }
            }
        }
        i = (i << 2)
            .wrapping_add(i)
            .wrapping_add(perturb)
            .wrapping_add(1);
        perturb >>= PERTURB_SHIFT;
    }
}

/// Finds `key`'s active slot when `key` is an exact str or a small int,
/// probing inline: `Some(Some(i))` found in slot `i`, `Some(None)` missing,
/// `None` when a probe meets a key whose comparison needs the general path
/// (or the key is of another type). No Python code runs. For the
/// subscript fast paths of the interpreter and compiled code.
#[inline(always)]
pub fn find_simple(d: &Value, key: &Value) -> Option<Option<usize>> {
    let key_is_str = pstr::is_exact_str(key);
    let hash = if key_is_str {
        pstr::hash(key)
    } else {
        crate::int::hash_i64(key.as_small_int()?)
    };
    let i = lookup_simple(d, key, hash, key_is_str)?;
    Some((!inner(d).table[i].value.is_null()).then_some(i))
}

/// `d[key]` through [`find_simple`]: `Some(Some(v))` found, `Some(None)`
/// missing, `None` when the general path must decide.
#[inline(always)]
pub fn get_simple<'a>(d: &'a Value, key: &Value) -> Option<Option<&'a Value>> {
    find_simple(d, key).map(|slot| slot.map(|i| &inner(d).table[i].value))
}

/// `d[key] = value` when `key` is already present and [`find_simple`]
/// finds it: the value is replaced (the layout, hence `keys_version`, is
/// unchanged) and `Ok` carries the old value for the caller to drop;
/// otherwise `Err` gives `value` back for the general path.
#[inline(always)]
pub fn replace_simple(d: &Value, key: &Value, value: Value) -> Result<Value, Value> {
    match find_simple(d, key) {
        Some(Some(i)) => Ok(std::mem::replace(&mut inner(d).table[i].value, value)),
        _ => Err(value),
    }
}

/// `d[key]`, or None when missing.
pub fn get(d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = key_hash(key)?;
    get_with_hash(d, key, h)
}

/// Lookup with a precomputed hash.
pub fn get_with_hash(d: &Value, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let i = lookup(d, key, hash)?;
    let e = &inner(d).table[i];
    Ok(if e.value.is_null() {
        None
    } else {
        Some(e.value.clone())
    })
}

/// Lookup of a str key; errors during comparison count as "missing"
/// (CPython's `PyDict_GetItem`).
#[inline]
pub fn get_str(d: &Value, key: &Value) -> Option<Value> {
    let h = pstr::hash(key);
    get_with_hash(d, key, h).ok().flatten()
}

/// Lookup by Rust string.
pub fn get_item_str(d: &Value, key: &str) -> Option<Value> {
    get_str(d, &crate::rt::intern(key))
}

/// The slot index holding `key` if present (for inline caches).
pub fn find_slot(d: &Value, key: &Value) -> Option<usize> {
    let h = key_hash(key).ok()?;
    let i = lookup(d, key, h).ok()?;
    if inner(d).table[i].value.is_null() {
        None
    } else {
        Some(i)
    }
}

/// The value in slot `i` (valid while `keys_version` is unchanged).
#[inline(always)]
pub fn slot_value(d: &Value, i: usize) -> &Value {
    &inner(d).table[i].value
}

/// `d[key] = value`.
pub fn set(d: &Value, key: Value, value: Value) -> PyResult<()> {
    let h = key_hash(&key)?;
    set_with_hash(d, key, h, value)
}

/// `d[key] = value` with a Rust-string key.
pub fn set_item_str(d: &Value, key: &str, value: Value) {
    let k = crate::rt::intern(key);
    let h = pstr::hash(&k);
    // str keys never fail to compare
    let _ = set_with_hash(d, k, h, value);
}

/// Insertion with a known hash (`PyDict_SetItem`: insert, then grow if a
/// key was added and the table is 2/3 full).
pub fn set_with_hash(d: &Value, key: Value, hash: i64, value: Value) -> PyResult<()> {
    insert(d, key, hash, value, true)
}

/// CPython's `insertdict` (no resize) when `grow` is false.
pub fn insert(d: &Value, key: Value, hash: i64, value: Value, grow: bool) -> PyResult<()> {
    let i = lookup(d, &key, hash)?;
    let t = inner(d);
    let e = &mut t.table[i];
    if !e.value.is_null() {
        let old = std::mem::replace(&mut e.value, value);
        drop(key);
        drop(old); // may run __del__, after the table is consistent
        return Ok(());
    }
    if e.key.is_null() {
        t.fill += 1;
    }
    let shape = obj(d).shape.get();
    let next_shape = if shape != 0 && grow {
        shape_after_insert(shape, &key)
    } else {
        0
    };
    e.key = key;
    e.hash = hash;
    e.value = value;
    t.used += 1;
    bump(d);
    if grow && t.fill * 3 >= (t.mask + 1) * 2 {
        let n = if t.used > 50000 { 2 } else { 4 } * t.used;
        resize(d, n);
    }
    // after the possible resize (which untracks): the insertion's shape
    obj(d).shape.set(next_shape);
    Ok(())
}

/// Inserts a new key into entry `i`, which the caller knows (from the
/// dict's shape) is empty and is where `insert` would put the key without
/// resizing; the dict then has shape `new_shape` (attribute caches).
pub fn insert_at_empty(d: &Value, i: usize, key: Value, hash: i64, value: Value, new_shape: u64) {
    let t = inner(d);
    let e = &mut t.table[i];
    debug_assert!(e.key.is_null());
    e.key = key;
    e.hash = hash;
    e.value = value;
    t.fill += 1;
    t.used += 1;
    bump(d);
    obj(d).shape.set(new_shape);
}

/// Inserts into a table known to hold no dummies and not to contain the
/// key (CPython's `insertdict_clean`).
fn insert_clean(t: &mut DictInner, key: Value, hash: i64, value: Value) {
    let mask = t.mask;
    let mut i = (hash as usize) & mask;
    let mut perturb = hash as u64 as usize;
    while !t.table[i & mask].key.is_null() {
        i = (i << 2)
            .wrapping_add(i)
            .wrapping_add(perturb)
            .wrapping_add(1);
        perturb >>= PERTURB_SHIFT;
    }
    let e = &mut t.table[i & mask];
    e.key = key;
    e.hash = hash;
    e.value = value;
    t.fill += 1;
    t.used += 1;
}

/// `dictresize`: rebuilds the table with the smallest size > `minused`.
pub fn resize(d: &Value, minused: usize) {
    let mut newsize = MINSIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    let t = inner(d);
    if newsize == MINSIZE && t.mask + 1 == MINSIZE && t.fill == t.used {
        return; // small table without dummies: nothing to do
    }
    let old = std::mem::replace(&mut t.table, empty_table(newsize));
    t.mask = newsize - 1;
    t.used = 0;
    t.fill = 0;
    for e in old {
        if !e.value.is_null() {
            insert_clean(t, e.key, e.hash, e.value);
        }
    }
    sync_entries(d);
    obj(d).shape.set(0);
    bump(d);
}

/// `del d[key]`; KeyError when missing.
pub fn del(d: &Value, key: &Value) -> PyResult<()> {
    match pop(d, key)? {
        Some(_) => Ok(()),
        None => Err(err::key_error(key.clone())),
    }
}

/// Removes `key`, returning its value if it was present.
pub fn pop(d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = key_hash(key)?;
    let i = lookup(d, key, h)?;
    let t = inner(d);
    let e = &mut t.table[i];
    if e.value.is_null() {
        return Ok(None);
    }
    let old_key = std::mem::replace(&mut e.key, DUMMY);
    let old_val = std::mem::replace(&mut e.value, Value::NULL);
    t.used -= 1;
    obj(d).shape.set(0);
    bump(d);
    drop(old_key);
    Ok(Some(old_val))
}

/// `d.clear()`.
pub fn clear(d: &Value) {
    let t = inner(d);
    let old = std::mem::replace(&mut t.table, empty_table(MINSIZE));
    t.mask = MINSIZE - 1;
    t.fill = 0;
    t.used = 0;
    sync_entries(d);
    obj(d).shape.set(0);
    bump(d);
    drop(old); // values dropped after the dict is consistent
}

/// `d.popitem()` with CPython's search finger.
pub fn popitem(d: &Value) -> PyResult<Value> {
    let t = inner(d);
    if t.used == 0 {
        return Err(PyErr_key("popitem(): dictionary is empty"));
    }
    let mut i: usize = 0;
    if t.table[0].value.is_null() {
        let finger = t.table[0].hash;
        i = if finger > t.mask as i64 || finger < 1 {
            1
        } else {
            finger as usize
        };
        while t.table[i].value.is_null() {
            i += 1;
            if i > t.mask {
                i = 1;
            }
        }
    }
    let e = &mut t.table[i];
    let k = std::mem::replace(&mut e.key, DUMMY);
    let v = std::mem::replace(&mut e.value, Value::NULL);
    t.used -= 1;
    t.table[0].hash = i as i64 + 1;
    obj(d).shape.set(0);
    bump(d);
    Ok(tuple::new(vec![k, v]))
}

#[allow(non_snake_case)]
fn PyErr_key(msg: &str) -> crate::PyErr {
    crate::PyErr::with_arg(rt().exc.key_error, pstr::new(msg))
}

/// Iteration step: the next active slot at or after `*pos`, advancing it.
#[inline]
pub fn next_entry(d: &Value, pos: &mut usize) -> Option<(Value, Value)> {
    let t = inner(d);
    while *pos <= t.mask {
        let e = &t.table[*pos];
        *pos += 1;
        if !e.value.is_null() {
            return Some((e.key.clone(), e.value.clone()));
        }
    }
    None
}

/// Iteration step also giving the stored hash.
pub fn next_entry_hash(d: &Value, pos: &mut usize) -> Option<(Value, Value, i64)> {
    let t = inner(d);
    while *pos <= t.mask {
        let e = &t.table[*pos];
        *pos += 1;
        if !e.value.is_null() {
            return Some((e.key.clone(), e.value.clone(), e.hash));
        }
    }
    None
}

/// All (key, value) pairs in table order.
pub fn items_vec(d: &Value) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(len(d));
    let mut pos = 0;
    while let Some(kv) = next_entry(d, &mut pos) {
        out.push(kv);
    }
    out
}

/// All keys in table order.
pub fn keys_vec(d: &Value) -> Vec<Value> {
    let t = inner(d);
    t.table
        .iter()
        .filter(|e| !e.value.is_null())
        .map(|e| e.key.clone())
        .collect()
}

/// All values in table order.
pub fn values_vec(d: &Value) -> Vec<Value> {
    let t = inner(d);
    t.table
        .iter()
        .filter(|e| !e.value.is_null())
        .map(|e| e.value.clone())
        .collect()
}

/// `d.keys()` as a list.
pub fn keys(d: &Value) -> Value {
    list::new(keys_vec(d))
}

/// `PyDict_Merge(a, b, override)` for a dict `b`.
pub fn merge_dict(a: &Value, b: &Value, override_: bool) -> PyResult<()> {
    if a.is(b) || len(b) == 0 {
        return Ok(());
    }
    let override_ = override_ || len(a) == 0;
    {
        let (ta, used_b) = (inner(a), len(b));
        if (ta.fill + used_b) * 3 >= (ta.mask + 1) * 2 {
            let n = (ta.used + used_b) * 2;
            resize(a, n);
        }
    }
    let mut pos = 0;
    while let Some((k, v, h)) = next_entry_hash(b, &mut pos) {
        if !override_ && get_with_hash(a, &k, h)?.is_some() {
            continue;
        }
        insert(a, k, h, v, false)?;
    }
    Ok(())
}

/// `PyDict_Merge` for any mapping `b` (dicts fast, else keys() + getitem).
pub fn merge(a: &Value, b: &Value, override_: bool) -> PyResult<()> {
    if is_dict(b) && !has_overridden_iter(b) {
        return merge_dict(a, b, override_);
    }
    let keys = ops::call_method(b, "keys", &[])?;
    let it = ops::iter(&keys)?;
    while let Some(k) = ops::next(&it)? {
        if !override_ && get(a, &k)?.is_some() {
            continue;
        }
        let v = ops::getitem(b, &k)?;
        set(a, k, v)?;
    }
    Ok(())
}

fn has_overridden_iter(_b: &Value) -> bool {
    // CPython's PyDict_Merge uses the table directly for any dict subclass.
    false
}

/// `PyDict_MergeFromSeq2`: update from an iterable of pairs.
pub fn merge_from_seq2(a: &Value, seq: &Value, override_: bool) -> PyResult<()> {
    let it = ops::iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = ops::next(&it)? {
        let pair = match ops::seq_to_vec(&item) {
            Ok(p) => p,
            Err(e) if e.matches(rt().exc.type_error) => {
                return Err(err::type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(err::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap(), p.next().unwrap());
        if override_ || get(a, &k)?.is_none() {
            set(a, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// `PyDict_Copy`: a new dict merged from `d` (CPython's layout rules).
pub fn copy(d: &Value) -> Value {
    let c = new();
    // merging a dict into a fresh dict cannot fail: keys already hashed and
    // the target holds no keys to compare against
    let _ = merge_dict(&c, d, true);
    c
}

/// Visits keys and values (cycle collector).
///
/// # Safety
/// `p` is a live dict.
pub unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a live dict; the collector runs no Python code.
    let t = unsafe { &*(*(p as *const DictObj)).inner.get() };
    for e in &t.table {
        if !e.value.is_null() {
            visit(&e.key);
            visit(&e.value);
        }
    }
}

/// Drops all entries (cycle collector).
///
/// # Safety
/// `p` is a live dict.
pub unsafe fn clear_refs(p: *mut ObjHeader) {
    // SAFETY: p is live; the borrowed Value does not outlive the call.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_owned_ptr(p) });
    clear(&v);
}
