//! The `itertools` module: CPython 2.7's itertoolsmodule.c.
//!
//! Each iterator is a native type (see `native_type.rs`) whose state
//! struct holds the underlying iterators and functions; `next` clones what
//! it needs out of the state before calling into Python, so a callback may
//! re-enter the same iterator. This file holds the module and the simple
//! stream iterators; `itertools_group.rs` has the iterators that share
//! state between objects (groupby with its groupers, tee with its data
//! blocks) and `itertools_comb.rs` the combinatoric ones.

use super::itertools_comb;
use super::itertools_group;
use super::native_type::{self, State, TypeSlot, visit_all};
use crate::types::{NewFn, NextFn, Slots, TypeObject, UnOp, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, args, err, float, int, list, long, module, ops, str as pstr, tuple};
use num_traits::ToPrimitive;
use std::cell::RefMut;

/// `tp_iter` of every iterator here: the iterator itself.
pub fn self_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

/// Creates (once per thread) the iterator type `name` with state `S`.
pub fn iter_type<S: State>(
    slot: &'static std::thread::LocalKey<TypeSlot>,
    name: &'static str,
    new: Option<NewFn>,
    next: NextFn,
    basetype: bool,
    setup: impl FnOnce(*mut TypeObject),
) -> *mut TypeObject {
    slot.with(|s| {
        s.get(|| {
            let t = native_type::new_type::<S>(
                name,
                Slots {
                    new,
                    iter: Some(self_iter),
                    next: Some(next),
                    ..Default::default()
                },
                basetype,
            );
            setup(t);
            native_type::ready(t);
            t
        })
    })
}

/// Is `t` a subclass (a heap type) rather than the builtin type itself?
/// CPython only rejects keywords for the exact builtin types.
pub fn is_subclass_type(t: &Value) -> bool {
    // SAFETY: t is the type a constructor was called for.
    unsafe { (*tp(t)).is_heap() }
}

fn kw_check(t: &Value, name: &str, kw: &[Value]) -> PyResult<()> {
    if is_subclass_type(t) {
        Ok(())
    } else {
        args::no_keywords(name, kw)
    }
}

fn tp(t: &Value) -> *mut TypeObject {
    t.as_ptr() as *mut TypeObject
}

/// Declares a state struct whose fields are Values (NULL by default) and
/// optional plain fields, with its `State` impl.
macro_rules! state {
    ($name:ident { $($v:ident),* $(; $($f:ident: $t:ty),*)? }) => {
        pub(super) struct $name {
            $(pub(super) $v: Value,)*
            $($(pub(super) $f: $t,)*)?
        }
        impl Default for $name {
            fn default() -> Self {
                $name {
                    $($v: Value::NULL,)*
                    $($($f: Default::default(),)*)?
                }
            }
        }
        impl State for $name {
            fn visit(&self, f: &mut dyn FnMut(&Value)) {
                visit_all(&[$(&self.$v),*], f);
            }
        }
    };
}
pub(super) use state;

fn st<S: State>(v: &Value) -> RefMut<'_, S> {
    native_type::state::<S>(v).borrow_mut()
}

/// `PyInt_AsSsize_t` as islice uses it: `None` where CPython gets an error
/// (which islice clears and reports its own way).
fn loose_ssize(v: &Value) -> Option<isize> {
    if let Some(i) = int::as_i64(v) {
        return Some(i as isize);
    }
    if long::is_long(v) {
        return long::as_big(v).to_isize();
    }
    let r = ops::unary(v, UnOp::Int).ok()?;
    if let Some(i) = int::as_i64(&r) {
        return Some(i as isize);
    }
    if long::is_long(&r) {
        return long::as_big(&r).to_isize();
    }
    None
}

// ----- count -----

state!(Count { cnt, step; fast: Option<i64> });

thread_local! {
    static COUNT: TypeSlot = const { TypeSlot::new() };
    static CYCLE: TypeSlot = const { TypeSlot::new() };
    static REPEAT: TypeSlot = const { TypeSlot::new() };
    static CHAIN: TypeSlot = const { TypeSlot::new() };
    static COMPRESS: TypeSlot = const { TypeSlot::new() };
    static DROPWHILE: TypeSlot = const { TypeSlot::new() };
    static TAKEWHILE: TypeSlot = const { TypeSlot::new() };
    static IFILTER: TypeSlot = const { TypeSlot::new() };
    static IFILTERFALSE: TypeSlot = const { TypeSlot::new() };
    static IMAP: TypeSlot = const { TypeSlot::new() };
    static ISLICE: TypeSlot = const { TypeSlot::new() };
    static IZIP: TypeSlot = const { TypeSlot::new() };
    static IZIP_LONGEST: TypeSlot = const { TypeSlot::new() };
    static STARMAP: TypeSlot = const { TypeSlot::new() };
}

/// `PyNumber_Check`: has `__int__` or `__float__`.
fn number_check(v: &Value) -> bool {
    if int::is_int(v) || long::is_long(v) || float::is_float(v) || crate::complex::is_complex(v) {
        return true;
    }
    let t = type_ref(v);
    if t.layout == crate::types::Layout::ClassicInstance {
        return true;
    }
    let ty = crate::object::type_of(v);
    crate::types::lookup_str(ty, "__int__").is_some()
        || crate::types::lookup_str(ty, "__float__").is_some()
}

/// Counting is "fast" (a machine integer incremented by one) while the
/// start is a plain int and the step is the int 1; otherwise values are
/// Python objects added with `+`.
fn count_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("count", a, kw, &["start", "step"], 0)?;
    if p.iter().flatten().any(|x| !number_check(x)) {
        return Err(err::type_error("a number is required"));
    }
    let start = p[0].clone().unwrap_or_else(|| int::new(0));
    let step = p[1].clone().unwrap_or_else(|| int::new(1));
    let step_is_one = int::is_exact_int(&step) && int::as_i64(&step) == Some(1);
    let fast = match int::as_i64(&start) {
        Some(i) if step_is_one && int::is_exact_int(&start) => Some(i),
        _ => None,
    };
    Ok(native_type::alloc(
        tp(t),
        Count {
            cnt: if fast.is_some() { Value::NULL } else { start },
            step,
            fast,
        },
    ))
}

fn count_next(v: &Value) -> PyResult<Option<Value>> {
    let (cur, step) = {
        let mut s = st::<Count>(v);
        match s.fast {
            Some(i) if i < i64::MAX => {
                s.fast = Some(i + 1);
                return Ok(Some(int::new(i)));
            }
            Some(i) => {
                s.fast = None;
                (int::new(i), s.step.clone())
            }
            None => (s.cnt.clone(), s.step.clone()),
        }
    };
    let next = ops::binary_op(&cur, &step, crate::types::BinOp::Add)?;
    native_type::set::<Count>(v, |s| &mut s.cnt, next);
    Ok(Some(cur))
}

fn count_repr(v: &Value) -> PyResult {
    let (fast, cnt, step) = {
        let s = st::<Count>(v);
        (s.fast, s.cnt.clone(), s.step.clone())
    };
    match fast {
        // CPython marks the switch to slow counting by this value and
        // then formats a missing object
        Some(i64::MAX) => return Ok(pstr::new("count(<NULL>)")),
        Some(i) => return Ok(pstr::from_string(format!("count({i})"))),
        None => {}
    }
    let c = ops::repr_string(&cnt)?;
    if int::is_exact_int(&step) && int::as_i64(&step) == Some(1) {
        return Ok(pstr::from_string(format!("count({c})")));
    }
    Ok(pstr::from_string(format!(
        "count({}, {})",
        c,
        ops::repr_string(&step)?
    )))
}

fn count_reduce(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__reduce__", a, kw)?;
    let (fast, cnt, step) = {
        let s = st::<Count>(v);
        (s.fast, s.cnt.clone(), s.step.clone())
    };
    let ty = type_value(crate::object::type_of(v));
    let args = match fast {
        Some(i) => tuple::new(vec![int::new(i)]),
        None => tuple::new(vec![cnt, step]),
    };
    Ok(tuple::new(vec![ty, args]))
}

// ----- cycle -----

state!(Cycle { it, saved; firstpass: bool });

fn cycle_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    kw_check(t, "cycle()", kw)?;
    args::unpack("cycle", a, &[], 1, 1)?;
    let it = ops::iter(&a[0])?;
    Ok(native_type::alloc(
        tp(t),
        Cycle {
            it,
            saved: list::new(Vec::new()),
            firstpass: false,
        },
    ))
}

fn cycle_next(v: &Value) -> PyResult<Option<Value>> {
    loop {
        let (it, saved, firstpass) = {
            let s = st::<Cycle>(v);
            (s.it.clone(), s.saved.clone(), s.firstpass)
        };
        if let Some(x) = ops::next(&it)? {
            if !firstpass {
                list::append(&saved, x.clone());
            }
            return Ok(Some(x));
        }
        if list::len(&saved) == 0 {
            return Ok(None);
        }
        let again = ops::iter(&saved)?;
        let mut s = st::<Cycle>(v);
        let old = std::mem::replace(&mut s.it, again);
        s.firstpass = true;
        drop(s);
        drop(old);
    }
}

// ----- repeat -----

state!(Repeat { element; cnt: isize });

fn repeat_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("repeat", a, kw, &["object", "times"], 1)?;
    let mut cnt: isize = match &p[1] {
        Some(n) => ops::as_i64_arg(n)? as isize,
        None => -1,
    };
    // an explicit negative count means zero
    if p[1].is_some() && cnt < 0 {
        cnt = 0;
    }
    Ok(native_type::alloc(
        tp(t),
        Repeat {
            element: p[0].clone().unwrap(),
            cnt,
        },
    ))
}

fn repeat_next(v: &Value) -> PyResult<Option<Value>> {
    let mut s = st::<Repeat>(v);
    if s.cnt == 0 {
        return Ok(None);
    }
    if s.cnt > 0 {
        s.cnt -= 1;
    }
    Ok(Some(s.element.clone()))
}

fn repeat_repr(v: &Value) -> PyResult {
    let (e, cnt) = {
        let s = st::<Repeat>(v);
        (s.element.clone(), s.cnt)
    };
    let r = ops::repr_string(&e)?;
    Ok(pstr::from_string(if cnt == -1 {
        format!("repeat({r})")
    } else {
        format!("repeat({r}, {cnt})")
    }))
}

fn repeat_len(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__length_hint__", a, kw)?;
    let cnt = st::<Repeat>(v).cnt;
    if cnt == -1 {
        return Err(err::type_error("len() of unsized object"));
    }
    Ok(int::new(cnt as i64))
}

// ----- chain -----

state!(Chain { source, active });

fn chain_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    kw_check(t, "chain()", kw)?;
    let source = ops::iter(&tuple::from_slice(a))?;
    Ok(native_type::alloc(
        tp(t),
        Chain {
            source,
            active: Value::NULL,
        },
    ))
}

fn chain_from_iterable(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let arg = args::one("from_iterable", a, kw)?;
    let source = ops::iter(arg)?;
    Ok(native_type::alloc(
        tp(t),
        Chain {
            source,
            active: Value::NULL,
        },
    ))
}

fn chain_next(v: &Value) -> PyResult<Option<Value>> {
    loop {
        let (source, active) = {
            let s = st::<Chain>(v);
            (s.source.clone(), s.active.clone())
        };
        if source.is_null() {
            return Ok(None);
        }
        if active.is_null() {
            let next = match ops::next(&source)? {
                Some(iterable) => ops::iter(&iterable),
                None => {
                    native_type::set::<Chain>(v, |s| &mut s.source, Value::NULL);
                    return Ok(None);
                }
            };
            match next {
                Ok(it) => native_type::set::<Chain>(v, |s| &mut s.active, it),
                Err(e) => {
                    native_type::set::<Chain>(v, |s| &mut s.source, Value::NULL);
                    return Err(e);
                }
            }
            continue;
        }
        if let Some(x) = ops::next(&active)? {
            return Ok(Some(x));
        }
        native_type::set::<Chain>(v, |s| &mut s.active, Value::NULL);
    }
}

// ----- compress, dropwhile, takewhile, ifilter, ifilterfalse -----

state!(Compress { data, selectors });

fn compress_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("compress", a, kw, &["data", "selectors"], 2)?;
    let data = ops::iter(p[0].as_ref().unwrap())?;
    let selectors = ops::iter(p[1].as_ref().unwrap())?;
    Ok(native_type::alloc(tp(t), Compress { data, selectors }))
}

fn compress_next(v: &Value) -> PyResult<Option<Value>> {
    let (data, selectors) = {
        let s = st::<Compress>(v);
        (s.data.clone(), s.selectors.clone())
    };
    loop {
        let Some(d) = ops::next(&data)? else {
            return Ok(None);
        };
        let Some(sel) = ops::next(&selectors)? else {
            return Ok(None);
        };
        if ops::truthy(&sel)? {
            return Ok(Some(d));
        }
    }
}

// The state of dropwhile, takewhile, ifilter, ifilterfalse and starmap:
// a function, an iterator and a flag.
state!(FuncIter { func, it; flag: bool });

fn func_iter_new(name: &str, t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    kw_check(t, &format!("{name}()"), kw)?;
    args::unpack(name, a, &[], 2, 2)?;
    let it = ops::iter(&a[1])?;
    Ok(native_type::alloc(
        tp(t),
        FuncIter {
            func: a[0].clone(),
            it,
            flag: false,
        },
    ))
}

fn func_iter_parts(v: &Value) -> (Value, Value, bool) {
    let s = st::<FuncIter>(v);
    (s.func.clone(), s.it.clone(), s.flag)
}

fn dropwhile_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    func_iter_new("dropwhile", t, a, kw)
}

fn dropwhile_next(v: &Value) -> PyResult<Option<Value>> {
    let (func, it, _) = func_iter_parts(v);
    loop {
        let Some(x) = ops::next(&it)? else {
            return Ok(None);
        };
        if st::<FuncIter>(v).flag {
            return Ok(Some(x));
        }
        let good = ops::call(&func, std::slice::from_ref(&x), &[])?;
        if !ops::truthy(&good)? {
            st::<FuncIter>(v).flag = true;
            return Ok(Some(x));
        }
    }
}

fn takewhile_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    func_iter_new("takewhile", t, a, kw)
}

fn takewhile_next(v: &Value) -> PyResult<Option<Value>> {
    let (func, it, stopped) = func_iter_parts(v);
    if stopped {
        return Ok(None);
    }
    let Some(x) = ops::next(&it)? else {
        return Ok(None);
    };
    let good = ops::call(&func, std::slice::from_ref(&x), &[])?;
    if ops::truthy(&good)? {
        return Ok(Some(x));
    }
    st::<FuncIter>(v).flag = true;
    Ok(None)
}

/// The predicate test of ifilter/ifilterfalse: truth of the item itself
/// when the function is None or `bool`.
fn predicate(func: &Value, x: &Value) -> PyResult<bool> {
    if func.is_none() || func.is(&type_value(crate::rt::rt().types.bool)) {
        return ops::truthy(x);
    }
    let good = ops::call(func, std::slice::from_ref(x), &[])?;
    ops::truthy(&good)
}

fn ifilter_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    func_iter_new("ifilter", t, a, kw)
}

fn ifilter_next(v: &Value) -> PyResult<Option<Value>> {
    let (func, it, _) = func_iter_parts(v);
    while let Some(x) = ops::next(&it)? {
        if predicate(&func, &x)? {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

fn ifilterfalse_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    func_iter_new("ifilterfalse", t, a, kw)
}

fn ifilterfalse_next(v: &Value) -> PyResult<Option<Value>> {
    let (func, it, _) = func_iter_parts(v);
    while let Some(x) = ops::next(&it)? {
        if !predicate(&func, &x)? {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

fn starmap_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    func_iter_new("starmap", t, a, kw)
}

fn starmap_next(v: &Value) -> PyResult<Option<Value>> {
    let (func, it, _) = func_iter_parts(v);
    let Some(x) = ops::next(&it)? else {
        return Ok(None);
    };
    let items = if tuple::is_exact_tuple(&x) {
        tuple::items(&x).to_vec()
    } else {
        ops::seq_to_vec(&x)?
    };
    ops::call(&func, &items, &[]).map(Some)
}

// ----- imap -----

state!(Imap { func; iters: Vec<Value> });

fn imap_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    kw_check(t, "imap()", kw)?;
    if a.len() < 2 {
        return Err(err::type_error("imap() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(a.len() - 1);
    for x in &a[1..] {
        iters.push(ops::iter(x)?);
    }
    Ok(native_type::alloc(
        tp(t),
        Imap {
            func: a[0].clone(),
            iters,
        },
    ))
}

fn imap_next(v: &Value) -> PyResult<Option<Value>> {
    let (func, iters) = {
        let s = st::<Imap>(v);
        (s.func.clone(), s.iters.clone())
    };
    let mut argv = Vec::with_capacity(iters.len());
    for it in &iters {
        match ops::next(it)? {
            Some(x) => argv.push(x),
            None => return Ok(None),
        }
    }
    if func.is_none() {
        return Ok(Some(tuple::new(argv)));
    }
    ops::call(&func, &argv, &[]).map(Some)
}

// ----- islice -----

state!(Islice { it; next: isize, stop: isize, step: isize, cnt: isize });

fn islice_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    kw_check(t, "islice()", kw)?;
    args::unpack("islice", a, &[], 2, 4)?;
    const STOP_MSG: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.";
    let (mut start, mut stop, mut step): (isize, isize, isize) = (0, -1, 1);
    if a.len() == 2 {
        if !a[1].is_none() {
            stop = loose_ssize(&a[1]).unwrap_or(-1);
            if stop == -1 {
                return Err(err::value_error(STOP_MSG));
            }
        }
    } else {
        if !a[1].is_none() {
            start = loose_ssize(&a[1]).unwrap_or(-1);
        }
        if !a[2].is_none() {
            stop = loose_ssize(&a[2]).unwrap_or(-1);
            if stop == -1 {
                return Err(err::value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(err::value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= maxint.",
        ));
    }
    if let Some(s) = a.get(3)
        && !s.is_none()
    {
        step = loose_ssize(s).unwrap_or(-1);
    }
    if step < 1 {
        return Err(err::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = ops::iter(&a[0])?;
    Ok(native_type::alloc(
        tp(t),
        Islice {
            it,
            next: start,
            stop,
            step,
            cnt: 0,
        },
    ))
}

fn islice_next(v: &Value) -> PyResult<Option<Value>> {
    let it = st::<Islice>(v).it.clone();
    if it.is_null() {
        return Ok(None);
    }
    // on exhaustion or error the iterator is released for good
    let step = |v: &Value| -> PyResult<Option<Value>> {
        let r = ops::next(&it);
        if !matches!(r, Ok(Some(_))) {
            native_type::set::<Islice>(v, |s| &mut s.it, Value::NULL);
        }
        r
    };
    loop {
        let (cnt, next) = {
            let s = st::<Islice>(v);
            (s.cnt, s.next)
        };
        if cnt >= next {
            break;
        }
        if step(v)?.is_none() {
            return Ok(None);
        }
        st::<Islice>(v).cnt += 1;
    }
    let (cnt, stop) = {
        let s = st::<Islice>(v);
        (s.cnt, s.stop)
    };
    if stop != -1 && cnt >= stop {
        native_type::set::<Islice>(v, |s| &mut s.it, Value::NULL);
        return Ok(None);
    }
    let Some(x) = step(v)? else {
        return Ok(None);
    };
    let mut s = st::<Islice>(v);
    s.cnt += 1;
    let old = s.next;
    s.next = s.next.wrapping_add(s.step);
    if s.next < old || (s.stop != -1 && s.next > s.stop) {
        s.next = s.stop;
    }
    Ok(Some(x))
}

// ----- izip, izip_longest -----

state!(Izip { fill; iters: Vec<Value>, active: usize });

fn zip_iters(name: &str, a: &[Value]) -> PyResult<Vec<Value>> {
    let mut iters = Vec::with_capacity(a.len());
    for (i, x) in a.iter().enumerate() {
        match ops::iter(x) {
            Ok(it) => iters.push(it),
            Err(e) if e.matches(crate::rt::rt().exc.type_error) => {
                return Err(err::type_error(format!(
                    "{} argument #{} must support iteration",
                    name,
                    i + 1
                )));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(iters)
}

fn izip_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    kw_check(t, "izip()", kw)?;
    let iters = zip_iters("izip", a)?;
    let n = iters.len();
    Ok(native_type::alloc(
        tp(t),
        Izip {
            fill: Value::NONE,
            iters,
            active: n,
        },
    ))
}

fn izip_next(v: &Value) -> PyResult<Option<Value>> {
    let iters = st::<Izip>(v).iters.clone();
    if iters.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(iters.len());
    for it in &iters {
        match ops::next(it)? {
            Some(x) => out.push(x),
            None => return Ok(None),
        }
    }
    Ok(Some(tuple::new(out)))
}

fn izip_longest_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let mut fill = Value::NONE;
    if !kw.is_empty() {
        let ok = kw.len() == 2 && pstr::as_bytes(&kw[0]) == b"fillvalue";
        if !ok {
            return Err(err::type_error(
                "izip_longest() got an unexpected keyword argument",
            ));
        }
        fill = kw[1].clone();
    }
    let iters = zip_iters("izip_longest", a)?;
    let n = iters.len();
    Ok(native_type::alloc(
        tp(t),
        Izip {
            fill,
            iters,
            active: n,
        },
    ))
}

fn izip_longest_next(v: &Value) -> PyResult<Option<Value>> {
    let (iters, fill, active) = {
        let s = st::<Izip>(v);
        (s.iters.clone(), s.fill.clone(), s.active)
    };
    if iters.is_empty() || active == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        if it.is_null() {
            out.push(fill.clone());
            continue;
        }
        let r = ops::next(it);
        match r {
            Ok(Some(x)) => out.push(x),
            Ok(None) => {
                let active = {
                    let mut s = st::<Izip>(v);
                    s.active -= 1;
                    s.active
                };
                if active == 0 {
                    return Ok(None);
                }
                native_type::set::<Izip>(v, |s| &mut s.iters[i], Value::NULL);
                out.push(fill.clone());
            }
            Err(e) => {
                st::<Izip>(v).active = 0;
                return Err(e);
            }
        }
    }
    Ok(Some(tuple::new(out)))
}

// ----- the module -----

fn simple<S: State>(
    slot: &'static std::thread::LocalKey<TypeSlot>,
    name: &'static str,
    new: NewFn,
    next: NextFn,
) -> *mut TypeObject {
    iter_type::<S>(slot, name, Some(new), next, true, |_| {})
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("itertools");
    module::add_fn(&m, "tee", itertools_group::tee);
    let types: Vec<(&str, *mut TypeObject)> = vec![
        ("groupby", itertools_group::groupby_type()),
        ("_grouper", itertools_group::grouper_type()),
        (
            "cycle",
            simple::<Cycle>(&CYCLE, "itertools.cycle", cycle_new, cycle_next),
        ),
        (
            "dropwhile",
            simple::<FuncIter>(
                &DROPWHILE,
                "itertools.dropwhile",
                dropwhile_new,
                dropwhile_next,
            ),
        ),
        (
            "takewhile",
            simple::<FuncIter>(
                &TAKEWHILE,
                "itertools.takewhile",
                takewhile_new,
                takewhile_next,
            ),
        ),
        (
            "islice",
            simple::<Islice>(&ISLICE, "itertools.islice", islice_new, islice_next),
        ),
        (
            "starmap",
            simple::<FuncIter>(&STARMAP, "itertools.starmap", starmap_new, starmap_next),
        ),
        (
            "imap",
            simple::<Imap>(&IMAP, "itertools.imap", imap_new, imap_next),
        ),
        (
            "chain",
            iter_type::<Chain>(
                &CHAIN,
                "itertools.chain",
                Some(chain_new),
                chain_next,
                true,
                |t| {
                    crate::descr::add_classmethods(t, &[("from_iterable", chain_from_iterable)]);
                },
            ),
        ),
        (
            "compress",
            simple::<Compress>(&COMPRESS, "itertools.compress", compress_new, compress_next),
        ),
        (
            "ifilter",
            simple::<FuncIter>(&IFILTER, "itertools.ifilter", ifilter_new, ifilter_next),
        ),
        (
            "ifilterfalse",
            simple::<FuncIter>(
                &IFILTERFALSE,
                "itertools.ifilterfalse",
                ifilterfalse_new,
                ifilterfalse_next,
            ),
        ),
        (
            "count",
            iter_type::<Count>(
                &COUNT,
                "itertools.count",
                Some(count_new),
                count_next,
                true,
                |t| {
                    // SAFETY: t is a fresh type being set up.
                    unsafe { (*t).slots.repr = Some(count_repr) };
                    crate::descr::add_methods(t, &[("__reduce__", count_reduce)]);
                },
            ),
        ),
        (
            "izip",
            simple::<Izip>(&IZIP, "itertools.izip", izip_new, izip_next),
        ),
        (
            "repeat",
            iter_type::<Repeat>(
                &REPEAT,
                "itertools.repeat",
                Some(repeat_new),
                repeat_next,
                true,
                |t| {
                    // SAFETY: t is a fresh type being set up.
                    unsafe { (*t).slots.repr = Some(repeat_repr) };
                    crate::descr::add_methods(t, &[("__length_hint__", repeat_len)]);
                },
            ),
        ),
        (
            "izip_longest",
            simple::<Izip>(
                &IZIP_LONGEST,
                "itertools.izip_longest",
                izip_longest_new,
                izip_longest_next,
            ),
        ),
        ("product", itertools_comb::product_type()),
        ("combinations", itertools_comb::combinations_type()),
        ("combinations_with_replacement", itertools_comb::cwr_type()),
        ("permutations", itertools_comb::permutations_type()),
    ];
    for (name, t) in types {
        if name != "_grouper" {
            module::set_attr(&m, name, type_value(t));
        }
    }
    Ok(m)
}
