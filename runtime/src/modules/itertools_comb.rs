//! The combinatoric itertools: `product`, `permutations`, `combinations`
//! and `combinations_with_replacement`, as CPython 2.7 computes them: the
//! input is first copied to a tuple (the pool), then an index vector steps
//! through the results in lexicographic order of positions.

use super::itertools_mod::iter_type;
use super::native_type::{self, State, TypeSlot};
use crate::types::TypeObject;
use crate::value::Value;
use crate::{PyResult, args, err, ops, tuple};
use std::cell::RefMut;

thread_local! {
    static PRODUCT: TypeSlot = const { TypeSlot::new() };
    static COMBINATIONS: TypeSlot = const { TypeSlot::new() };
    static CWR: TypeSlot = const { TypeSlot::new() };
    static PERMUTATIONS: TypeSlot = const { TypeSlot::new() };
}

fn st<S: State>(v: &Value) -> RefMut<'_, S> {
    native_type::state::<S>(v).borrow_mut()
}

/// `PySequence_Tuple`: the items of any iterable, as a tuple.
fn pool_of(v: &Value) -> PyResult<Value> {
    if tuple::is_exact_tuple(v) {
        return Ok(v.clone());
    }
    Ok(tuple::new(ops::seq_to_vec(v)?))
}

fn pool_len(p: &Value) -> usize {
    tuple::items(p).len()
}

/// The `n` format.
fn ssize(v: &Value) -> PyResult<isize> {
    Ok(ops::as_i64_arg(v)? as isize)
}

/// The state shared by the combinatoric iterators: the pools (tuples, one
/// per position for product, one otherwise), product's tuple of them, the
/// last result (both kept as CPython keeps them, so the collector finds
/// the same objects), the index vector, the permutation cycles, and
/// whether the first result was produced.
#[derive(Default)]
struct Comb {
    pools: Vec<Value>,
    holder: Option<Value>,
    result: Option<Value>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    stopped: bool,
}

impl State for Comb {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        for v in self.pools.iter().chain(&self.holder).chain(&self.result) {
            f(v);
        }
    }
}

fn new_comb(t: &Value, c: Comb) -> Value {
    native_type::alloc(t.as_ptr() as *mut TypeObject, c)
}

/// The result tuple for the current indices into the pool, remembered as
/// the last result; also returns the previous result, for the caller to
/// drop once the state is no longer borrowed.
fn pick(s: &mut Comb, r: usize) -> (Value, Option<Value>) {
    let pool = tuple::items(&s.pools[0]);
    let out = tuple::new(s.indices[..r].iter().map(|&i| pool[i].clone()).collect());
    let old = s.result.replace(out.clone());
    (out, old)
}

// ----- product -----

/// The `itertools.product` type.
pub fn product_type() -> *mut TypeObject {
    iter_type::<Comb>(
        &PRODUCT,
        "itertools.product",
        Some(product_new),
        product_next,
        true,
        |_| {},
    )
}

fn product_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let mut repeat: isize = 1;
    if !kw.is_empty() {
        let p = args::parse("product", &[], kw, &["repeat"], 0)?;
        if let Some(r) = &p[0] {
            repeat = ssize(r)?;
        }
        if repeat < 0 {
            return Err(err::value_error("repeat argument cannot be negative"));
        }
    }
    let nargs = if repeat == 0 { 0 } else { a.len() };
    if repeat > 0 && nargs > 0 && (isize::MAX / repeat) < nargs as isize {
        return Err(err::overflow_error("repeat argument too large"));
    }
    let mut pools = Vec::with_capacity(nargs * repeat as usize);
    for x in &a[..nargs] {
        pools.push(pool_of(x)?);
    }
    for i in nargs..nargs * repeat as usize {
        pools.push(pools[i - nargs].clone());
    }
    let n = pools.len();
    Ok(new_comb(
        t,
        Comb {
            holder: Some(tuple::from_slice(&pools)),
            pools,
            indices: vec![0; n],
            ..Default::default()
        },
    ))
}

fn product_next(v: &Value) -> PyResult<Option<Value>> {
    let mut s = st::<Comb>(v);
    if s.stopped {
        return Ok(None);
    }
    if !s.started {
        s.started = true;
        if s.pools.iter().any(|p| pool_len(p) == 0) {
            s.stopped = true;
            return Ok(None);
        }
    } else {
        // odometer: advance the rightmost position, carrying leftward
        let mut i = s.pools.len();
        loop {
            if i == 0 {
                s.stopped = true;
                return Ok(None);
            }
            i -= 1;
            s.indices[i] += 1;
            if s.indices[i] == pool_len(&s.pools[i]) {
                s.indices[i] = 0;
            } else {
                break;
            }
        }
    }
    let items: Vec<Value> = s
        .pools
        .iter()
        .zip(s.indices.iter())
        .map(|(p, &i)| tuple::items(p)[i].clone())
        .collect();
    let out = tuple::new(items);
    let old = s.result.replace(out.clone());
    drop(s);
    drop(old);
    Ok(Some(out))
}

// ----- combinations -----

/// The `itertools.combinations` type.
pub fn combinations_type() -> *mut TypeObject {
    iter_type::<Comb>(
        &COMBINATIONS,
        "itertools.combinations",
        Some(combinations_new),
        combinations_next,
        true,
        |_| {},
    )
}

/// Parses `(iterable, r)` for combinations and its with-replacement twin.
fn pool_and_r(name: &str, a: &[Value], kw: &[Value]) -> PyResult<(Value, usize)> {
    let p = args::parse(name, a, kw, &["iterable", "r"], 2)?;
    let iterable = p[0].clone().unwrap();
    let r = ssize(p[1].as_ref().unwrap())?;
    let pool = pool_of(&iterable)?;
    if r < 0 {
        return Err(err::value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

fn combinations_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (pool, r) = pool_and_r("combinations", a, kw)?;
    let stopped = r > pool_len(&pool);
    Ok(new_comb(
        t,
        Comb {
            pools: vec![pool],
            indices: (0..r).collect(),
            r,
            stopped,
            ..Default::default()
        },
    ))
}

fn combinations_next(v: &Value) -> PyResult<Option<Value>> {
    let mut s = st::<Comb>(v);
    if s.stopped {
        return Ok(None);
    }
    let (n, r) = (pool_len(&s.pools[0]), s.r);
    if !s.started {
        s.started = true;
    } else {
        // the rightmost index that is not at its maximum
        let Some(i) = (0..r).rev().find(|&i| s.indices[i] != i + n - r) else {
            s.stopped = true;
            return Ok(None);
        };
        s.indices[i] += 1;
        for j in i + 1..r {
            s.indices[j] = s.indices[j - 1] + 1;
        }
    }
    let (out, old) = pick(&mut s, r);
    drop(s);
    drop(old);
    Ok(Some(out))
}

// ----- combinations_with_replacement -----

/// The `itertools.combinations_with_replacement` type.
pub fn cwr_type() -> *mut TypeObject {
    iter_type::<Comb>(
        &CWR,
        "itertools.combinations_with_replacement",
        Some(cwr_new),
        cwr_next,
        true,
        |_| {},
    )
}

fn cwr_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (pool, r) = pool_and_r("combinations_with_replacement", a, kw)?;
    let stopped = pool_len(&pool) == 0 && r > 0;
    Ok(new_comb(
        t,
        Comb {
            pools: vec![pool],
            indices: vec![0; r],
            r,
            stopped,
            ..Default::default()
        },
    ))
}

fn cwr_next(v: &Value) -> PyResult<Option<Value>> {
    let mut s = st::<Comb>(v);
    if s.stopped {
        return Ok(None);
    }
    let (n, r) = (pool_len(&s.pools[0]), s.r);
    if !s.started {
        s.started = true;
    } else {
        let Some(i) = (0..r).rev().find(|&i| s.indices[i] != n - 1) else {
            s.stopped = true;
            return Ok(None);
        };
        let k = s.indices[i] + 1;
        for j in i..r {
            s.indices[j] = k;
        }
    }
    let (out, old) = pick(&mut s, r);
    drop(s);
    drop(old);
    Ok(Some(out))
}

// ----- permutations -----

/// The `itertools.permutations` type.
pub fn permutations_type() -> *mut TypeObject {
    iter_type::<Comb>(
        &PERMUTATIONS,
        "itertools.permutations",
        Some(permutations_new),
        permutations_next,
        true,
        |_| {},
    )
}

fn permutations_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("permutations", a, kw, &["iterable", "r"], 1)?;
    let pool = pool_of(p[0].as_ref().unwrap())?;
    let n = pool_len(&pool);
    let r = match &p[1] {
        // PyInt_AsSsize_t: a float truncates
        Some(r) if !r.is_none() => match crate::float::as_f64(r) {
            Some(f) => crate::long::from_f64(f)?.try_into().unwrap_or(isize::MAX),
            None => ssize(r)?,
        },
        _ => n as isize,
    };
    if r < 0 {
        return Err(err::value_error("r must be non-negative"));
    }
    let r = r as usize;
    Ok(new_comb(
        t,
        Comb {
            pools: vec![pool],
            indices: (0..n).collect(),
            cycles: (0..r.min(n)).map(|i| n - i).collect(),
            r,
            stopped: r > n,
            ..Default::default()
        },
    ))
}

fn permutations_next(v: &Value) -> PyResult<Option<Value>> {
    let mut s = st::<Comb>(v);
    if s.stopped {
        return Ok(None);
    }
    let (n, r) = (pool_len(&s.pools[0]), s.r);
    if !s.started {
        s.started = true;
    } else {
        if n == 0 {
            s.stopped = true;
            return Ok(None);
        }
        // decrement the rightmost cycle, rotating indices on roll-over
        let mut found = false;
        for i in (0..r).rev() {
            s.cycles[i] -= 1;
            if s.cycles[i] == 0 {
                let x = s.indices.remove(i);
                s.indices.push(x);
                s.cycles[i] = n - i;
            } else {
                let j = s.cycles[i];
                s.indices.swap(i, n - j);
                found = true;
                break;
            }
        }
        if !found {
            s.stopped = true;
            return Ok(None);
        }
    }
    let (out, old) = pick(&mut s, r);
    drop(s);
    drop(old);
    Ok(Some(out))
}
