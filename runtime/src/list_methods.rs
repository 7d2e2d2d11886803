//! `list` slots and methods (listobject.c): indexing, slicing and slice
//! assignment, comparison, repr, and the methods, with CPython's messages.
//!
//! `sort` is a stable merge sort over fallible comparisons (`<`, or the
//! `cmp` function) with CPython's contract: the list is empty while it is
//! being sorted, and changes made meanwhile raise "list modified during
//! sort".

use crate::list::{self, items, items_mut, len};
use crate::object::type_of;
use crate::rt::rt;
use crate::slice;
use crate::types::{CmpOp, TypeObject, type_ref};
use crate::value::Value;
use crate::{PyErr, PyResult, args, err, int, ops, str as pstr, tuple};

/// Normalizes an index for item access; None if out of range.
#[inline]
pub fn norm_index(i: isize, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j >= n as isize {
        None
    } else {
        Some(j as usize)
    }
}

fn index_of(k: &Value, what: &str) -> PyResult<isize> {
    if let Some(i) = k.as_small_int() {
        return Ok(i as isize);
    }
    if int::is_int(k) || crate::long::is_long(k) || ops::has_index(k) {
        return ops::index_as_isize(k, true).map_err(|_| {
            err::index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_ref(k).name_str()
            ))
        });
    }
    Err(err::type_error(format!(
        "{} indices must be integers, not {}",
        what,
        type_ref(k).name_str()
    )))
}

/// `l[k]`.
pub fn list_getitem(l: &Value, k: &Value) -> PyResult {
    if let Some(i) = k.as_small_int() {
        let it = items(l);
        return match norm_index(i as isize, it.len()) {
            Some(j) => Ok(it[j].clone()),
            None => Err(err::index_error("list index out of range")),
        };
    }
    if slice::is_slice(k) {
        let (start, _stop, step, n) = slice::indices(k, len(l))?;
        let it = items(l);
        let mut out = Vec::with_capacity(n);
        let mut p = start;
        for _ in 0..n {
            out.push(it[p as usize].clone());
            p += step;
        }
        return Ok(list::new(out));
    }
    let i = index_of(k, "list")?;
    let it = items(l);
    match norm_index(i, it.len()) {
        Some(j) => Ok(it[j].clone()),
        None => Err(err::index_error("list index out of range")),
    }
}

fn list_getslice(l: &Value, lo: isize, hi: isize) -> PyResult {
    let (a, b) = slice::clamp_simple(len(l), lo, hi);
    Ok(list::new(items(l)[a..b].to_vec()))
}

/// `l[lo:hi] = v` (v None deletes), CPython's `list_ass_slice`.
fn ass_slice(l: &Value, lo: isize, hi: isize, v: Option<&Value>) -> PyResult<()> {
    let newitems: Vec<Value> = match v {
        None => Vec::new(),
        Some(x) if x.is(l) => items(l).to_vec(),
        Some(x) => match ops::seq_to_vec(x) {
            Ok(vs) => vs,
            Err(e) if e.matches(rt().exc.type_error) => {
                return Err(err::type_error("can only assign an iterable"));
            }
            Err(e) => return Err(e),
        },
    };
    let (a, b) = slice::clamp_simple(len(l), lo, hi);
    let removed: Vec<Value> = items_mut(l).splice(a..b, newitems).collect();
    drop(removed);
    Ok(())
}

fn list_setslice(l: &Value, lo: isize, hi: isize, v: Option<Value>) -> PyResult<()> {
    ass_slice(l, lo, hi, v.as_ref())
}

/// `l[k] = v` / `del l[k]`.
pub fn list_setitem(l: &Value, k: &Value, v: Option<Value>) -> PyResult<()> {
    if slice::is_slice(k) {
        let (start, stop, step, n) = slice::indices(k, len(l))?;
        if step == 1 {
            return ass_slice(l, start, stop, v.as_ref());
        }
        return match v {
            None => {
                if n == 0 {
                    return Ok(());
                }
                let mut idx: Vec<usize> = (0..n)
                    .map(|i| (start + i as isize * step) as usize)
                    .collect();
                idx.sort_unstable();
                let it = items_mut(l);
                let mut removed = Vec::with_capacity(n);
                let old = std::mem::take(it);
                let mut k = 0;
                for (i, x) in old.into_iter().enumerate() {
                    if k < idx.len() && idx[k] == i {
                        removed.push(x);
                        k += 1;
                    } else {
                        it.push(x);
                    }
                }
                drop(removed);
                Ok(())
            }
            Some(x) => {
                let seq = if x.is(l) {
                    items(l).to_vec()
                } else {
                    ops::seq_to_vec(&x)?
                };
                if seq.len() != n {
                    return Err(err::value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        seq.len(),
                        n
                    )));
                }
                let it = items_mut(l);
                let mut old = Vec::with_capacity(n);
                for (i, val) in seq.into_iter().enumerate() {
                    let p = (start + i as isize * step) as usize;
                    old.push(std::mem::replace(&mut it[p], val));
                }
                drop(old);
                Ok(())
            }
        };
    }
    let i = index_of(k, "list")?;
    let n = len(l);
    match v {
        Some(x) => match norm_index(i, n) {
            Some(j) => {
                let old = std::mem::replace(&mut items_mut(l)[j], x);
                drop(old);
                Ok(())
            }
            None => Err(err::index_error("list assignment index out of range")),
        },
        None => match norm_index(i, n) {
            Some(j) => {
                let old = items_mut(l).remove(j);
                drop(old);
                Ok(())
            }
            None => Err(err::index_error("list assignment index out of range")),
        },
    }
}

fn list_len(l: &Value) -> PyResult<usize> {
    Ok(len(l))
}

fn list_contains(l: &Value, x: &Value) -> PyResult<bool> {
    let mut i = 0;
    while i < len(l) {
        let y = items(l)[i].clone();
        if ops::eq_bool(&y, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_concat(a: &Value, b: &Value) -> PyResult {
    if !list::is_list(b) {
        return Err(err::type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_ref(b).name_str()
        )));
    }
    let mut v = items(a).to_vec();
    v.extend_from_slice(items(b));
    Ok(list::new(v))
}

fn repeat_vec(src: &[Value], n: isize) -> PyResult<Vec<Value>> {
    if n <= 0 || src.is_empty() {
        return Ok(Vec::new());
    }
    let total = src
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t < (1 << 40))
        .ok_or_else(|| err::memory_error(""))?;
    let mut v = Vec::with_capacity(total);
    if let [x] = src
        && !x.is_ptr()
    {
        // `[0] * n`, `[True] * n`: an immediate owns nothing, so its copies
        // are plain word stores (one fill instead of n clones)
        let bits = x.bits();
        let p = v.as_mut_ptr() as *mut u64;
        // SAFETY: Value is a transparent u64 and the capacity is `total`;
        // every slot is written before the length covers it.
        unsafe {
            for i in 0..total {
                p.add(i).write(bits);
            }
            v.set_len(total);
        }
        return Ok(v);
    }
    for _ in 0..n {
        v.extend_from_slice(src);
    }
    Ok(v)
}

fn list_repeat(a: &Value, n: isize) -> PyResult {
    Ok(list::new(repeat_vec(items(a), n)?))
}

fn list_inplace_concat(a: &Value, b: &Value) -> PyResult {
    extend(a, b)?;
    Ok(a.clone())
}

fn list_inplace_repeat(a: &Value, n: isize) -> PyResult {
    let v = repeat_vec(items(a), n)?;
    let old = std::mem::replace(items_mut(a), v);
    drop(old);
    Ok(a.clone())
}

/// `l.extend(x)`.
pub fn extend(l: &Value, x: &Value) -> PyResult<()> {
    let add = if x.is(l) {
        items(l).to_vec()
    } else {
        ops::seq_to_vec(x)?
    };
    items_mut(l).extend(add);
    Ok(())
}

/// Sequence comparison shared by lists and tuples (`list_richcompare`).
pub fn seq_richcompare(a: &[Value], b: &[Value], op: CmpOp) -> PyResult {
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        if !ops::eq_bool(&a[i], &b[i])? {
            break;
        }
        i += 1;
    }
    if i >= a.len() || i >= b.len() {
        return Ok(Value::bool(op.from_ordering(a.len().cmp(&b.len()))));
    }
    match op {
        CmpOp::Eq => Ok(Value::FALSE),
        CmpOp::Ne => Ok(Value::TRUE),
        _ => ops::rich_compare(&a[i], &b[i], op),
    }
}

fn list_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !list::is_list(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = (items(a).to_vec(), items(b).to_vec());
    seq_richcompare(&x, &y, op)
}

/// `repr` of a sequence of items between `open` and `close`.
pub fn repr_items(v: &Value, its: &[Value], open: &str, close: &str, recursive: &str) -> PyResult {
    if !crate::repr_guard::enter(v) {
        return Ok(pstr::new(recursive));
    }
    let r = (|| {
        let mut out: Vec<u8> = open.as_bytes().to_vec();
        for (i, x) in its.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(pstr::as_bytes(&ops::repr(x)?));
        }
        out.extend_from_slice(close.as_bytes());
        Ok(pstr::from_vec(out))
    })();
    crate::repr_guard::leave(v);
    r
}

fn list_repr(l: &Value) -> PyResult {
    let its = items(l).to_vec();
    repr_items(l, &its, "[", "]", "[...]")
}

fn list_iter(l: &Value) -> PyResult {
    Ok(crate::iterobj::list_iter(l.clone()))
}

fn list_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(list::new_of_type(t.as_ptr() as *mut TypeObject, Vec::new()))
}

fn list_init(l: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let p = args::parse("list", a, kw, &["sequence"], 0)?;
    let old = std::mem::take(items_mut(l));
    drop(old);
    if let Some(seq) = &p[0] {
        extend(l, seq)?;
    }
    Ok(())
}

// ----- methods -----

fn m_append(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("append", a, kw)?;
    list::append(l, x.clone());
    Ok(Value::NONE)
}

fn m_extend(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("extend", a, kw)?;
    extend(l, x)?;
    Ok(Value::NONE)
}

fn m_insert(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("insert", a, kw, 2, 2)?;
    let i = args::c_long(&a[0])? as isize;
    let n = len(l) as isize;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items_mut(l).insert(pos as usize, a[1].clone());
    Ok(Value::NONE)
}

fn m_pop(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("pop", a, kw, 0, 1)?;
    let i = match a.first() {
        Some(x) => args::c_long(x)? as isize,
        None => -1,
    };
    let n = len(l);
    if n == 0 {
        return Err(err::index_error("pop from empty list"));
    }
    match norm_index(i, n) {
        Some(j) => Ok(items_mut(l).remove(j)),
        None => Err(err::index_error("pop index out of range")),
    }
}

fn m_remove(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("remove", a, kw)?;
    let mut i = 0;
    while i < len(l) {
        let y = items(l)[i].clone();
        if ops::eq_bool(&y, x)? {
            if i < len(l) {
                let old = items_mut(l).remove(i);
                drop(old);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(err::value_error("list.remove(x): x not in list"))
}

/// Start/stop arguments of `index()` (clamped like CPython's).
pub fn index_bounds(a: &[Value], n: usize) -> PyResult<(usize, usize)> {
    let conv = |v: Option<&Value>, d: isize| -> PyResult<isize> {
        match v {
            Some(x) => slice::slice_index_not_none(x),
            None => Ok(d),
        }
    };
    let mut start = conv(a.get(1), 0)?;
    let mut stop = conv(a.get(2), isize::MAX)?;
    let n = n as isize;
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    Ok((start.min(n) as usize, stop.min(n) as usize))
}

fn m_index(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("index", a, kw, 1, 3)?;
    let (start, stop) = index_bounds(a, len(l))?;
    let mut i = start;
    while i < stop.min(len(l)) {
        let y = items(l)[i].clone();
        if ops::eq_bool(&y, &a[0])? {
            return Ok(int::new(i as i64));
        }
        i += 1;
    }
    Err(err::value_error(format!(
        "{} is not in list",
        ops::repr_string(&a[0])?
    )))
}

fn m_count(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("count", a, kw)?;
    let mut c = 0;
    let mut i = 0;
    while i < len(l) {
        let y = items(l)[i].clone();
        if ops::eq_bool(&y, x)? {
            c += 1;
        }
        i += 1;
    }
    Ok(int::new(c))
}

fn m_reverse(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("reverse", a, kw)?;
    items_mut(l).reverse();
    Ok(Value::NONE)
}

fn m_reversed(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reversed__", a, kw)?;
    Ok(crate::iterobj::list_rev_iter(l.clone()))
}

fn m_sizeof(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    Ok(int::new(40 + 8 * list::items(l).len() as i64))
}

/// Sorts `v` with CPython's list sort (see `timsort`): the same
/// comparisons in the same order, stable.
pub fn sort_values(
    v: &mut [Value],
    lt: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
) -> PyResult<()> {
    crate::timsort::sort::<Value, Value, _>(v, None, lt)
}

/// `list.sort(cmp=None, key=None, reverse=False)` on `l`.
pub fn sort(l: &Value, cmp: Option<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    // as listsort: the list is empty while it sorts; keys are computed
    // first (in order), then the items are reversed for reverse=True, so
    // stability holds in both directions
    let mut items = std::mem::take(items_mut(l));
    let mut keys: Option<Vec<Value>> = None;
    if let Some(f) = &key {
        let mut ks = Vec::with_capacity(items.len());
        for x in &items {
            match ops::call(f, std::slice::from_ref(x), &[]) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    let junk = std::mem::replace(items_mut(l), items);
                    drop(junk);
                    return Err(e);
                }
            }
        }
        keys = Some(ks);
    }
    if reverse {
        items.reverse();
        if let Some(ks) = keys.as_mut() {
            ks.reverse();
        }
    }
    let mut lt = |a: &Value, b: &Value| -> PyResult<bool> {
        match &cmp {
            Some(c) => {
                let r = ops::call(c, &[a.clone(), b.clone()], &[])?;
                // islt accepts only ints (and bools) from the comparison
                match int::as_i64(&r) {
                    Some(n) if !crate::long::is_long(&r) => Ok(n < 0),
                    _ => Err(err::type_error(
                        "comparison function must return int, not ".to_string()
                            + type_ref(&r).name_str(),
                    )),
                }
            }
            None => ops::compare_bool(a, b, CmpOp::Lt),
        }
    };
    let result = match keys.as_mut() {
        Some(ks) => crate::timsort::sort(ks, Some(&mut items[..]), &mut lt),
        None => crate::timsort::sort::<Value, Value, _>(&mut items, None, &mut lt),
    };
    drop(keys);
    if reverse {
        items.reverse();
    }
    let modified = !list::items(l).is_empty();
    let junk = std::mem::replace(items_mut(l), items);
    drop(junk);
    result?;
    if modified {
        return Err(err::value_error("list modified during sort"));
    }
    Ok(())
}

fn m_sort(l: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("sort", a, kw, &["cmp", "key", "reverse"], 0)?;
    let cmp = args::opt(&p[0]).cloned();
    let key = args::opt(&p[1]).cloned();
    let reverse = match &p[2] {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    let backup = items(l).to_vec();
    if let Err(e) = sort(l, cmp, key, reverse) {
        if items(l).is_empty() {
            *items_mut(l) = backup;
        }
        return Err(e);
    }
    Ok(Value::NONE)
}

/// Tuple slots (tupleobject.c).
mod tuple_slots {
    use super::*;

    pub fn getitem(t: &Value, k: &Value) -> PyResult {
        if let Some(i) = k.as_small_int() {
            let it = tuple::items(t);
            return match norm_index(i as isize, it.len()) {
                Some(j) => Ok(it[j].clone()),
                None => Err(err::index_error("tuple index out of range")),
            };
        }
        if slice::is_slice(k) {
            let it = tuple::items(t);
            let (start, _, step, n) = slice::indices(k, it.len())?;
            if step == 1 && n == it.len() && tuple::is_exact_tuple(t) {
                return Ok(t.clone());
            }
            let mut out = Vec::with_capacity(n);
            let mut p = start;
            for _ in 0..n {
                out.push(it[p as usize].clone());
                p += step;
            }
            return Ok(tuple::new(out));
        }
        let i = index_of(k, "tuple")?;
        let it = tuple::items(t);
        match norm_index(i, it.len()) {
            Some(j) => Ok(it[j].clone()),
            None => Err(err::index_error("tuple index out of range")),
        }
    }

    pub fn getslice(t: &Value, lo: isize, hi: isize) -> PyResult {
        let it = tuple::items(t);
        let (a, b) = slice::clamp_simple(it.len(), lo, hi);
        if a == 0 && b == it.len() && tuple::is_exact_tuple(t) {
            return Ok(t.clone());
        }
        Ok(tuple::new(it[a..b].to_vec()))
    }

    pub fn len(t: &Value) -> PyResult<usize> {
        Ok(tuple::items(t).len())
    }

    pub fn contains(t: &Value, x: &Value) -> PyResult<bool> {
        for y in tuple::items(t).to_vec() {
            if ops::eq_bool(&y, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn concat(a: &Value, b: &Value) -> PyResult {
        if !tuple::is_tuple(b) {
            return Err(err::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_ref(b).name_str()
            )));
        }
        let mut v = tuple::items(a).to_vec();
        v.extend_from_slice(tuple::items(b));
        Ok(tuple::new(v))
    }

    pub fn repeat(a: &Value, n: isize) -> PyResult {
        if n == 1 && tuple::is_exact_tuple(a) {
            return Ok(a.clone());
        }
        Ok(tuple::new(repeat_vec(tuple::items(a), n)?))
    }

    pub fn richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
        if !tuple::is_tuple(b) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        seq_richcompare(tuple::items(a), tuple::items(b), op)
    }

    pub fn repr(t: &Value) -> PyResult {
        let it = tuple::items(t);
        if it.len() == 1 {
            return repr_items(t, it, "(", ",)", "(...)");
        }
        repr_items(t, it, "(", ")", "(...)")
    }

    pub fn iter(t: &Value) -> PyResult {
        Ok(crate::iterobj::tuple_iter(t.clone()))
    }

    pub fn new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
        let p = args::parse("tuple", a, kw, &["sequence"], 0)?;
        let ty = t.as_ptr() as *mut TypeObject;
        let items = match &p[0] {
            Some(seq) => {
                if ty == rt().types.tuple && tuple::is_exact_tuple(seq) {
                    return Ok(seq.clone());
                }
                ops::seq_to_vec(seq)?
            }
            None => Vec::new(),
        };
        if ty == rt().types.tuple {
            return Ok(tuple::new(items));
        }
        Ok(tuple::new_of_type(ty, items))
    }

    pub fn m_index(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
        args::count("index", a, kw, 1, 3)?;
        let its = tuple::items(t).to_vec();
        let (start, stop) = index_bounds(a, its.len())?;
        for (i, y) in its.iter().enumerate().take(stop).skip(start) {
            if ops::eq_bool(y, &a[0])? {
                return Ok(int::new(i as i64));
            }
        }
        Err(err::value_error("tuple.index(x): x not in tuple"))
    }

    pub fn m_count(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
        let x = args::one("count", a, kw)?;
        let mut c = 0;
        for y in tuple::items(t).to_vec() {
            if ops::eq_bool(&y, x)? {
                c += 1;
            }
        }
        Ok(int::new(c))
    }

    pub fn m_getnewargs(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
        args::noargs("__getnewargs__", a, kw)?;
        Ok(tuple::new(vec![tuple::new(tuple::items(t).to_vec())]))
    }
}

/// Fills list and tuple slots and methods (bootstrap).
pub fn setup() {
    let t = &rt().types;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t.list).slots;
        s.getitem = Some(list_getitem);
        s.setitem = Some(list_setitem);
        s.getslice = Some(list_getslice);
        s.setslice = Some(list_setslice);
        s.len = Some(list_len);
        s.contains = Some(list_contains);
        s.concat = Some(list_concat);
        s.repeat = Some(list_repeat);
        s.inplace_concat = Some(list_inplace_concat);
        s.inplace_repeat = Some(list_inplace_repeat);
        s.richcompare = Some(list_richcompare);
        s.repr = Some(list_repr);
        s.iter = Some(list_iter);
        s.new = Some(list_new);
        s.init = Some(list_init);
        s.traverse = Some(list::traverse);
        s.clear = Some(list::clear);
        let s = &mut (*t.tuple).slots;
        s.getitem = Some(tuple_slots::getitem);
        s.getslice = Some(tuple_slots::getslice);
        s.len = Some(tuple_slots::len);
        s.contains = Some(tuple_slots::contains);
        s.concat = Some(tuple_slots::concat);
        s.repeat = Some(tuple_slots::repeat);
        s.richcompare = Some(tuple_slots::richcompare);
        s.repr = Some(tuple_slots::repr);
        s.iter = Some(tuple_slots::iter);
        s.hash = Some(tuple::hash);
        s.new = Some(tuple_slots::new);
        s.traverse = Some(tuple::traverse);
        s.clear = Some(tuple::clear);
    }
    crate::descr::add_methods(
        t.list,
        &[
            ("append", m_append),
            ("extend", m_extend),
            ("insert", m_insert),
            ("pop", m_pop),
            ("remove", m_remove),
            ("index", m_index),
            ("count", m_count),
            ("reverse", m_reverse),
            ("sort", m_sort),
            ("__reversed__", m_reversed),
            ("__getitem__", |l, a, kw| {
                list_getitem(l, args::one("__getitem__", a, kw)?)
            }),
            ("__sizeof__", m_sizeof),
        ],
    );
    crate::descr::add_attr(t.list, "__hash__", Value::NONE);
    crate::descr::add_methods(
        t.tuple,
        &[
            ("index", tuple_slots::m_index),
            ("count", tuple_slots::m_count),
            ("__getnewargs__", tuple_slots::m_getnewargs),
        ],
    );
    let _ = (type_of, PyErr::new);
}
