//! The itertools iterators whose objects share state: `groupby` and the
//! `_grouper` sub-iterators reading from it, and `tee` objects reading a
//! shared chain of `tee_dataobject` blocks.
//!
//! As in CPython, each tee data block buffers up to [`LINKCELLS`] values
//! of the source iterator and links to the next block; every tee object
//! holds a block and its position in it, so values are kept exactly as
//! long as some tee still has to return them. Blocks are real objects (not
//! shared Rust data) so the cycle collector sees each reference once.

use super::itertools_mod::{iter_type, state};
use super::native_type::{self, State, TypeSlot, visit_all};
use crate::types::TypeObject;
use crate::value::Value;
use crate::{PyResult, args, err, object, ops, tuple};
use std::cell::RefMut;

/// Values per tee data block.
const LINKCELLS: usize = 57;

thread_local! {
    static GROUPBY: TypeSlot = const { TypeSlot::new() };
    static GROUPER: TypeSlot = const { TypeSlot::new() };
    static TEE: TypeSlot = const { TypeSlot::new() };
    static TEE_DATA: TypeSlot = const { TypeSlot::new() };
}

fn st<S: State>(v: &Value) -> RefMut<'_, S> {
    native_type::state::<S>(v).borrow_mut()
}

// ----- groupby -----

state!(GroupBy {
    it,
    keyfunc,
    tgtkey,
    currkey,
    currvalue
});

/// The `itertools.groupby` type.
pub fn groupby_type() -> *mut TypeObject {
    iter_type::<GroupBy>(
        &GROUPBY,
        "itertools.groupby",
        Some(groupby_new),
        groupby_next,
        true,
        |_| {},
    )
}

/// The `itertools._grouper` type.
pub fn grouper_type() -> *mut TypeObject {
    iter_type::<Grouper>(
        &GROUPER,
        "itertools._grouper",
        None,
        grouper_next,
        false,
        |_| {},
    )
}

fn groupby_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("groupby", a, kw, &["iterable", "key"], 1)?;
    let keyfunc = p[1].clone().unwrap_or(Value::NONE);
    let it = ops::iter(p[0].as_ref().unwrap())?;
    Ok(native_type::alloc(
        t.as_ptr() as *mut TypeObject,
        GroupBy {
            it,
            keyfunc,
            ..Default::default()
        },
    ))
}

/// Reads the next value and its key into `currvalue`/`currkey`; false
/// when the input is exhausted.
fn groupby_step(g: &Value) -> PyResult<bool> {
    let (it, keyfunc) = {
        let s = st::<GroupBy>(g);
        (s.it.clone(), s.keyfunc.clone())
    };
    let Some(value) = ops::next(&it)? else {
        return Ok(false);
    };
    let key = if keyfunc.is_none() {
        value.clone()
    } else {
        ops::call(&keyfunc, std::slice::from_ref(&value), &[])?
    };
    let (old_value, old_key) = {
        let mut s = st::<GroupBy>(g);
        (
            std::mem::replace(&mut s.currvalue, value),
            std::mem::replace(&mut s.currkey, key),
        )
    };
    drop(old_value);
    drop(old_key);
    Ok(true)
}

fn groupby_next(g: &Value) -> PyResult<Option<Value>> {
    // skip to the start of the next group
    loop {
        let (tgt, cur) = {
            let s = st::<GroupBy>(g);
            (s.tgtkey.clone(), s.currkey.clone())
        };
        if !cur.is_null() && (tgt.is_null() || !ops::eq_bool(&tgt, &cur)?) {
            break;
        }
        if !groupby_step(g)? {
            return Ok(None);
        }
    }
    let key = {
        let mut s = st::<GroupBy>(g);
        let k = s.currkey.clone();
        let old = std::mem::replace(&mut s.tgtkey, k.clone());
        drop(s);
        drop(old);
        k
    };
    let grouper = native_type::alloc(
        grouper_type(),
        Grouper {
            parent: g.clone(),
            tgtkey: key.clone(),
        },
    );
    Ok(Some(tuple::new(vec![key, grouper])))
}

state!(Grouper { parent, tgtkey });

fn grouper_next(v: &Value) -> PyResult<Option<Value>> {
    let (g, tgt) = {
        let s = st::<Grouper>(v);
        (s.parent.clone(), s.tgtkey.clone())
    };
    if st::<GroupBy>(&g).currvalue.is_null() && !groupby_step(&g)? {
        return Ok(None);
    }
    let cur = st::<GroupBy>(&g).currkey.clone();
    if !ops::eq_bool(&tgt, &cur)? {
        return Ok(None);
    }
    let (value, key) = {
        let mut s = st::<GroupBy>(&g);
        (
            std::mem::replace(&mut s.currvalue, Value::NULL),
            std::mem::replace(&mut s.currkey, Value::NULL),
        )
    };
    drop(key);
    Ok(Some(value))
}

// ----- tee -----

/// A block of buffered values of the source iterator.
#[derive(Default)]
struct TeeData {
    it: Option<Value>,
    values: Vec<Value>,
    nextlink: Option<Value>,
    running: bool,
}

impl State for TeeData {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        for v in self
            .it
            .iter()
            .chain(self.values.iter())
            .chain(self.nextlink.iter())
        {
            f(v);
        }
    }
}

state!(Tee { data; index: usize });

fn tee_data_type() -> *mut TypeObject {
    TEE_DATA.with(|s| {
        s.get(|| {
            let t = native_type::new_type::<TeeData>(
                "itertools.tee_dataobject",
                Default::default(),
                false,
            );
            native_type::ready(t);
            t
        })
    })
}

fn tee_type() -> *mut TypeObject {
    iter_type::<Tee>(&TEE, "itertools.tee", Some(tee_new), tee_next, false, |t| {
        crate::descr::add_methods(t, &[("__copy__", tee_copy_method)]);
    })
}

fn new_data(it: Value) -> Value {
    native_type::alloc(
        tee_data_type(),
        TeeData {
            it: Some(it),
            ..Default::default()
        },
    )
}

/// The block after `data`, created on first use.
fn jumplink(data: &Value) -> Value {
    let s = st::<TeeData>(data);
    if let Some(n) = &s.nextlink {
        return n.clone();
    }
    let it = s.it.clone().unwrap_or(Value::NONE);
    drop(s);
    let link = new_data(it);
    st::<TeeData>(data).nextlink = Some(link.clone());
    link
}

/// Value `i` of block `data`, reading the source when `i` is the next
/// unread position (the caller is the leading tee).
fn data_getitem(data: &Value, i: usize) -> PyResult<Option<Value>> {
    let it = {
        let mut s = st::<TeeData>(data);
        if let Some(v) = s.values.get(i) {
            return Ok(Some(v.clone()));
        }
        if s.running {
            return Err(err::runtime_error("cannot re-enter the tee iterator"));
        }
        s.running = true;
        s.it.clone()
    };
    let r = match &it {
        Some(it) => ops::next(it),
        None => Ok(None),
    };
    let mut s = st::<TeeData>(data);
    s.running = false;
    if let Ok(Some(x)) = &r {
        s.values.push(x.clone());
    }
    r
}

fn tee_next(v: &Value) -> PyResult<Option<Value>> {
    let (mut data, mut index) = {
        let s = st::<Tee>(v);
        (s.data.clone(), s.index)
    };
    if index >= LINKCELLS {
        let link = jumplink(&data);
        {
            let mut s = st::<Tee>(v);
            let old = std::mem::replace(&mut s.data, link.clone());
            s.index = 0;
            drop(s);
            drop(old);
        }
        data = link;
        index = 0;
    }
    let r = data_getitem(&data, index)?;
    if r.is_some() {
        st::<Tee>(v).index = index + 1;
    }
    Ok(r)
}

fn tee_copy(v: &Value) -> Value {
    let (data, index) = {
        let s = st::<Tee>(v);
        (s.data.clone(), s.index)
    };
    native_type::alloc(tee_type(), Tee { data, index })
}

fn tee_copy_method(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__copy__", a, kw)?;
    Ok(tee_copy(v))
}

/// A tee over `iterable` (a copy when it already is one).
fn tee_fromiterable(iterable: &Value) -> PyResult {
    let it = ops::iter(iterable)?;
    if crate::types::is_subtype(object::type_of(&it), tee_type()) {
        return Ok(tee_copy(&it));
    }
    Ok(native_type::alloc(
        tee_type(),
        Tee {
            data: new_data(it),
            index: 0,
        },
    ))
}

fn tee_new(_t: &Value, a: &[Value], _kw: &[Value]) -> PyResult {
    args::unpack("tee", a, &[], 1, 1)?;
    tee_fromiterable(&a[0])
}

/// `itertools.tee(iterable, n=2)`.
pub fn tee(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("tee", a, kw, 1, 2)?;
    let n = match a.get(1) {
        Some(n) => ops::as_i64_arg(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(err::value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(tuple::empty());
    }
    let it = ops::iter(&a[0])?;
    let first = if ops::hasattr(&it, "__copy__") {
        it
    } else {
        tee_fromiterable(&it)?
    };
    let mut out = vec![first.clone()];
    let mut cur = first;
    for _ in 1..n {
        cur = ops::call_method(&cur, "__copy__", &[])?;
        out.push(cur.clone());
    }
    Ok(tuple::new(out))
}
