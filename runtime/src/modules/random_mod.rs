//! The `_random` module: the Mersenne Twister type `_random.Random` of
//! CPython 2.7's Modules/_randommodule.c, over [`crate::mt19937`].
//!
//! This module owns the conversion between Python values and the plain
//! numbers [`Mt19937`] works on, and the C code's argument errors. The
//! Python-level `random.Random` (lib/random.py) subclasses this type and
//! adds everything else.
//!
//! Notes on CPython's behaviour reproduced here:
//! * Constructing seeds the generator with the constructor's arguments
//!   (`_random.Random(x)` is seeded by `x`; `random.Random.__init__` then
//!   seeds again). Only the exact base type refuses keyword arguments.
//! * `seed(None)` uses the current time in whole seconds.
//! * `getstate()` returns longs (`PyLong_FromUnsignedLong`), even for small
//!   values; `getrandbits(k)` always returns a long.
//! * `setstate` converts the words as `PyLong_AsUnsignedLong` and the
//!   position as `PyLong_AsLong`, with their messages, before checking the
//!   position's range; it changes nothing unless all checks pass.

use super::native_type::{self, State};
use crate::mt19937::{Mt19937, N};
use crate::types::{Layout, Slots, TypeObject, UnOp, type_value};
use crate::value::Value;
use crate::{PyResult, args, err, float, int, long, module, ops, tuple};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

struct Core(Mt19937);

impl Default for Core {
    fn default() -> Self {
        Core(Mt19937::new(0))
    }
}

impl State for Core {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
}

thread_local! {
    static RANDOM_TYPE: native_type::TypeSlot = const { native_type::TypeSlot::new() };
}

fn core(v: &Value) -> std::cell::RefMut<'_, Core> {
    native_type::state::<Core>(v).borrow_mut()
}

/// Magnitude of a long as little-endian 32-bit words.
fn magnitude_words(b: &BigInt) -> Vec<u32> {
    b.magnitude().to_u32_digits()
}

/// `random_seed`: what the generator is seeded with for `arg` (absent or
/// None: the time). Computes everything (including a hash, which may run
/// Python code and fail) before touching the state.
fn seed_with(v: &Value, arg: Option<&Value>) -> PyResult<()> {
    enum Key {
        Time(u32),
        Small(i64),
        Words(Vec<u32>),
        Hash(i64),
    }
    let key = match arg {
        None => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            Key::Time(now as u32)
        }
        Some(a) if a.is_none() => return seed_with(v, None),
        Some(a) => {
            if let Some(i) = int::as_i64(a) {
                Key::Small(i)
            } else if long::is_long(a) {
                Key::Words(magnitude_words(long::as_big(a)))
            } else {
                Key::Hash(ops::hash(a)?)
            }
        }
    };
    let mut c = core(v);
    match key {
        Key::Time(t) => c.0.init_genrand(t),
        Key::Small(i) => c.0.seed_from_i64(i),
        Key::Words(w) => c.0.seed_from_magnitude(&w),
        Key::Hash(h) => c.0.seed_from_hash(h),
    }
    Ok(())
}

fn random_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let ty = t.as_ptr() as *mut TypeObject;
    if ty == RANDOM_TYPE.with(|s| s.get(make_type)) {
        args::no_keywords("Random()", kw)?;
    }
    args::unpack("seed", a, &[], 0, 1)?;
    let obj = native_type::alloc(ty, Core::default());
    seed_with(&obj, a.first())?;
    Ok(obj)
}

fn random(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("random", a, kw)?;
    Ok(Value::float(core(v).0.random()))
}

fn seed(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("seed", kw)?;
    args::unpack("seed", a, &[], 0, 1)?;
    seed_with(v, a.first())?;
    Ok(Value::NONE)
}

fn getstate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getstate", a, kw)?;
    let (words, index) = core(v).0.getstate();
    let mut items: Vec<Value> = words
        .into_iter()
        .map(|w| long::new(BigInt::from(w)))
        .collect();
    items.push(long::new(BigInt::from(index)));
    Ok(tuple::new(items))
}

/// `PyLong_AsUnsignedLong` as 2.7 applies it to an arbitrary object.
fn as_unsigned_long(x: &Value) -> PyResult<u64> {
    let negative = || err::overflow_error("can't convert negative value to unsigned long");
    if let Some(i) = int::as_i64(x) {
        return u64::try_from(i).map_err(|_| negative());
    }
    if long::is_long(x) {
        let b = long::as_big(x);
        if b.is_negative() {
            return Err(negative());
        }
        return b
            .to_u64()
            .ok_or_else(|| err::overflow_error("long int too large to convert"));
    }
    Err(err::system_error(
        "Objects/longobject.c:426: bad argument to internal function",
    ))
}

/// `PyLong_AsLong` as 2.7 applies it to an arbitrary object: ints and
/// longs, else the type's `__int__` (floats truncate).
fn as_c_long(x: &Value) -> PyResult<i64> {
    let too_large = || err::overflow_error("Python int too large to convert to C long");
    if let Some(i) = int::as_i64(x) {
        return Ok(i);
    }
    if long::is_long(x) {
        return long::as_big(x).to_i64().ok_or_else(too_large);
    }
    let t = crate::types::type_ref(x);
    if float::is_float(x) || t.is_heap() || t.layout == Layout::ClassicInstance {
        let r = ops::unary(x, UnOp::Int)?;
        if int::is_int(&r) || long::is_long(&r) {
            return as_c_long(&r);
        }
    }
    Err(err::type_error("an integer is required"))
}

fn setstate(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let state = args::one("setstate", a, kw)?;
    if !tuple::is_tuple(state) {
        return Err(err::type_error("state vector must be a tuple"));
    }
    let items = tuple::items(state);
    if items.len() != N + 1 {
        return Err(err::value_error("state vector is the wrong size"));
    }
    let words = items[..N]
        .iter()
        .map(as_unsigned_long)
        .collect::<PyResult<Vec<u64>>>()?;
    let index = as_c_long(&items[N])?;
    core(v)
        .0
        .setstate(&words, index)
        .map_err(|e| err::value_error(e.message()))?;
    Ok(Value::NONE)
}

fn jumpahead(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let n = args::one("jumpahead", a, kw)?;
    if let Some(i) = int::as_i64(n) {
        core(v).0.jumpahead_i64(i);
    } else if long::is_long(n) {
        let b = long::as_big(n);
        let words = magnitude_words(b);
        core(v).0.jumpahead_words(b.is_negative(), &words);
    } else {
        return Err(err::type_error(format!(
            "jumpahead requires an integer, not '{}'",
            crate::types::type_ref(n).name_str()
        )));
    }
    Ok(Value::NONE)
}

fn getrandbits(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("getrandbits", kw)?;
    args::count("getrandbits", a, &[], 1, 1)?;
    let k = args::c_int(&a[0])?;
    if k <= 0 {
        return Err(err::value_error("number of bits must be greater than zero"));
    }
    let words = core(v).0.getrandbits(k as u32);
    let b = BigInt::from_slice(Sign::Plus, &words);
    Ok(long::new(if b.is_zero() { BigInt::zero() } else { b }))
}

fn make_type() -> *mut TypeObject {
    let t = native_type::new_type::<Core>(
        "_random.Random",
        Slots {
            new: Some(random_new),
            ..Default::default()
        },
        true,
    );
    crate::descr::add_methods(
        t,
        &[
            ("random", random),
            ("seed", seed),
            ("getstate", getstate),
            ("setstate", setstate),
            ("jumpahead", jumpahead),
            ("getrandbits", getrandbits),
        ],
    );
    // as PyType_Ready: tp_doc in the type's dict
    let doc = crate::docstrings::lookup("_random.Random").map_or(Value::NONE, crate::str::new);
    crate::descr::add_attr(t, "__doc__", doc);
    native_type::ready(t);
    t
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("_random");
    let t = RANDOM_TYPE.with(|s| s.get(make_type));
    module::set_attr(&m, "Random", type_value(t));
    Ok(m)
}
