//! `dict` slots and methods (dictobject.c): subscripting with
//! `__missing__`, comparison (including Python 2's dict ordering),
//! repr, construction and every method.

use crate::dict::{self, len};
use crate::iterobj::{DictPart, dict_iter};
use crate::object::type_of;
use crate::rt::rt;
use crate::types::{CmpOp, TypeObject, type_ref};
use crate::value::Value;
use crate::{PyResult, args, err, int, list, ops, str as pstr, tuple};

fn dict_getitem(d: &Value, k: &Value) -> PyResult {
    if let Some(v) = dict::get(d, k)? {
        return Ok(v);
    }
    if !dict::is_exact_dict(d)
        && let Some(r) = ops::call_special(d, "__missing__", std::slice::from_ref(k))?
    {
        return Ok(r);
    }
    Err(err::key_error(k.clone()))
}

fn dict_setitem(d: &Value, k: &Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => dict::set(d, k.clone(), v),
        None => dict::del(d, k),
    }
}

fn dict_len(d: &Value) -> PyResult<usize> {
    Ok(len(d))
}

fn dict_contains(d: &Value, k: &Value) -> PyResult<bool> {
    Ok(dict::get(d, k)?.is_some())
}

fn dict_iter_slot(d: &Value) -> PyResult {
    Ok(dict_iter(d.clone(), DictPart::Keys))
}

fn dict_equal(a: &Value, b: &Value) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    for (k, v) in dict::items_vec(a) {
        match dict::get(b, &k)? {
            Some(bv) => {
                if !ops::eq_bool(&v, &bv)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !dict::is_dict(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(dict_equal(a, b)?)),
        CmpOp::Ne => Ok(Value::bool(!dict_equal(a, b)?)),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// The smallest key of `a` whose value differs in `b`, with its value.
fn characterize(a: &Value, b: &Value) -> PyResult<Option<(Value, Value)>> {
    let mut best: Option<(Value, Value)> = None;
    for (k, v) in dict::items_vec(a) {
        if let Some((bk, _)) = &best
            && ops::compare_bool(bk, &k, CmpOp::Lt)?
        {
            continue;
        }
        let same = match dict::get(b, &k)? {
            Some(bv) => ops::eq_bool(&v, &bv)?,
            None => false,
        };
        if !same {
            best = Some((k, v));
        }
    }
    Ok(best)
}

/// Python 2's ordering of dicts (`dict_compare`).
fn dict_compare(a: &Value, b: &Value) -> PyResult<i32> {
    if !dict::is_dict(b) {
        return Ok(2);
    }
    let (la, lb) = (len(a), len(b));
    if la != lb {
        return Ok(if la < lb { -1 } else { 1 });
    }
    let Some((ak, av)) = characterize(a, b)? else {
        return Ok(0);
    };
    let bd = characterize(b, a)?;
    let mut res = 0;
    if let Some((bk, _)) = &bd {
        res = ops::cmp(&ak, bk)?;
    }
    if res == 0
        && let Some((_, bv)) = &bd
    {
        res = ops::cmp(&av, bv)?;
    }
    Ok(res)
}

fn dict_repr(d: &Value) -> PyResult {
    if len(d) == 0 {
        return Ok(pstr::new("{}"));
    }
    if !crate::repr_guard::enter(d) {
        return Ok(pstr::new("{...}"));
    }
    let r = (|| {
        let mut out: Vec<u8> = vec![b'{'];
        let mut first = true;
        let mut pos = 0;
        while let Some((k, v)) = dict::next_entry(d, &mut pos) {
            if !first {
                out.extend_from_slice(b", ");
            }
            first = false;
            out.extend_from_slice(pstr::as_bytes(&ops::repr(&k)?));
            out.extend_from_slice(b": ");
            out.extend_from_slice(pstr::as_bytes(&ops::repr(&v)?));
        }
        out.push(b'}');
        Ok(pstr::from_vec(out))
    })();
    crate::repr_guard::leave(d);
    r
}

fn dict_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(dict::new_of_type(t.as_ptr() as *mut TypeObject))
}

/// `dict_update_common`: positional mapping or pairs, then keywords.
fn update_common(d: &Value, a: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if a.len() > 1 {
        return Err(err::type_error(format!(
            "{} expected at most 1 arguments, got {}",
            name,
            a.len()
        )));
    }
    if let Some(arg) = a.first() {
        if ops::hasattr(arg, "keys") {
            dict::merge(d, arg, true)?;
        } else {
            dict::merge_from_seq2(d, arg, true)?;
        }
    }
    if !kw.is_empty() {
        let kd = dict::new();
        for pair in kw.chunks_exact(2) {
            dict::set(&kd, pair[0].clone(), pair[1].clone())?;
        }
        dict::merge(d, &kd, true)?;
    }
    Ok(())
}

fn dict_init(d: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    update_common(d, a, kw, "dict")
}

fn m_keys(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("keys", a, kw)?;
    Ok(list::new(dict::keys_vec(d)))
}

fn m_values(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("values", a, kw)?;
    Ok(list::new(dict::values_vec(d)))
}

fn m_items(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("items", a, kw)?;
    Ok(list::new(
        dict::items_vec(d)
            .into_iter()
            .map(|(k, v)| tuple::new(vec![k, v]))
            .collect(),
    ))
}

fn m_iterkeys(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("iterkeys", a, kw)?;
    Ok(dict_iter(d.clone(), DictPart::Keys))
}

fn m_itervalues(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("itervalues", a, kw)?;
    Ok(dict_iter(d.clone(), DictPart::Values))
}

fn m_iteritems(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("iteritems", a, kw)?;
    Ok(dict_iter(d.clone(), DictPart::Items))
}

fn m_get(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("get", a, kw, 1, 2)?;
    Ok(dict::get(d, &a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::NONE)))
}

fn m_setdefault(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("setdefault", a, kw, 1, 2)?;
    let h = dict::key_hash(&a[0])?;
    if let Some(v) = dict::get_with_hash(d, &a[0], h)? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or(Value::NONE);
    dict::set_with_hash(d, a[0].clone(), h, v.clone())?;
    Ok(v)
}

fn m_pop(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("pop", a, kw, 1, 2)?;
    match dict::pop(d, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(def) => Ok(def.clone()),
            None => Err(err::key_error(a[0].clone())),
        },
    }
}

fn m_popitem(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("popitem", a, kw)?;
    dict::popitem(d)
}

fn m_update(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    update_common(d, a, kw, "update")?;
    Ok(Value::NONE)
}

fn m_clear(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("clear", a, kw)?;
    dict::clear(d);
    Ok(Value::NONE)
}

fn m_copy(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("copy", a, kw)?;
    Ok(dict::copy(d))
}

fn m_has_key(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let k = args::one("has_key", a, kw)?;
    Ok(Value::bool(dict::get(d, k)?.is_some()))
}

fn m_contains(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let k = args::one("__contains__", a, kw)?;
    Ok(Value::bool(dict::get(d, k)?.is_some()))
}

fn m_getitem(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let k = args::one("__getitem__", a, kw)?;
    dict_getitem(d, k)
}

fn m_sizeof(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    // PyDictObject with its 8-entry small table; a bigger table is extra
    let slots = dict::inner(d).mask as i64 + 1;
    Ok(int::new(if slots <= 8 { 248 } else { 248 + 24 * slots }))
}

/// `dict.fromkeys(seq[, value])` (a class method).
fn m_fromkeys(cls: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("fromkeys", a, kw, 1, 2)?;
    let seq = &a[0];
    let value = a.get(1).cloned().unwrap_or(Value::NONE);
    let d = ops::call(cls, &[], &[])?;
    if dict::is_exact_dict(&d) && len(&d) == 0 {
        if dict::is_exact_dict(seq) {
            dict::resize(&d, len(seq) / 2 * 3);
            let mut pos = 0;
            while let Some((k, _, h)) = dict::next_entry_hash(seq, &mut pos) {
                dict::insert(&d, k, h, value.clone(), false)?;
            }
            return Ok(d);
        }
        if crate::set::is_anyset(seq) && crate::types::type_of_ptr_is(seq, type_of(seq)) && {
            let t = type_of(seq);
            t == rt().types.set || t == rt().types.frozenset
        } {
            dict::resize(&d, crate::set::len(seq) / 2 * 3);
            let mut pos = 0;
            while let Some((k, h)) = crate::set::next_entry(seq, &mut pos) {
                dict::insert(&d, k, h, value.clone(), false)?;
            }
            return Ok(d);
        }
    }
    let it = ops::iter(seq)?;
    while let Some(k) = ops::next(&it)? {
        if dict::is_exact_dict(&d) {
            dict::set(&d, k, value.clone())?;
        } else {
            ops::setitem(&d, &k, value.clone())?;
        }
    }
    Ok(d)
}

/// Fills dict slots and methods (bootstrap).
pub fn setup() {
    let t = rt().types.dict;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.getitem = Some(dict_getitem);
        s.setitem = Some(dict_setitem);
        s.len = Some(dict_len);
        s.contains = Some(dict_contains);
        s.iter = Some(dict_iter_slot);
        s.richcompare = Some(dict_richcompare);
        s.compare = Some(dict_compare);
        s.repr = Some(dict_repr);
        s.new = Some(dict_new);
        s.init = Some(dict_init);
        s.traverse = Some(dict::traverse);
        s.clear = Some(dict::clear_refs);
    }
    crate::descr::add_methods(
        t,
        &[
            ("__getitem__", |d, a, kw| {
                dict_getitem(d, args::one("__getitem__", a, kw)?)
            }),
            ("__contains__", |d, a, kw| {
                Ok(Value::bool(dict_contains(
                    d,
                    args::one("__contains__", a, kw)?,
                )?))
            }),
            ("keys", m_keys),
            ("values", m_values),
            ("items", m_items),
            ("iterkeys", m_iterkeys),
            ("itervalues", m_itervalues),
            ("iteritems", m_iteritems),
            ("get", m_get),
            ("setdefault", m_setdefault),
            ("pop", m_pop),
            ("popitem", m_popitem),
            ("update", m_update),
            ("clear", m_clear),
            ("copy", m_copy),
            ("has_key", m_has_key),
            ("__contains__", m_contains),
            ("__getitem__", m_getitem),
            ("__sizeof__", m_sizeof),
        ],
    );
    crate::descr::add_classmethods(t, &[("fromkeys", m_fromkeys)]);
    crate::descr::add_attr(t, "__hash__", Value::NONE);
    let _ = type_ref;
}
