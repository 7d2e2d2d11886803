//! The `_sha512` module: CPython 2.7's SHA-512 and SHA-384 hash objects
//! (Modules/sha512module.c), over [`crate::sha512`].
//!
//! `sha512([string])` and `sha384([string])` make objects of the types
//! `_sha512.sha512` / `_sha512.sha384`, which Python cannot instantiate
//! directly. Each holds an incremental hasher; `digest()`/`hexdigest()` do
//! not disturb it, `copy()` clones it. `random.Random.jumpahead` hashes with
//! it, as CPython's does through `hashlib`.

use super::native_type::{self, State};
use crate::sha512::{BLOCK_SIZE, Sha512};
use crate::types::{Slots, TypeObject};
use crate::value::Value;
use crate::{PyResult, args, err, int, module, str as pstr};

struct Hasher(Sha512);

impl Default for Hasher {
    fn default() -> Self {
        Hasher(Sha512::new_512())
    }
}

impl State for Hasher {
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
}

thread_local! {
    static TYPES: std::cell::Cell<(*mut TypeObject, *mut TypeObject)> =
        const { std::cell::Cell::new((std::ptr::null_mut(), std::ptr::null_mut())) };
}

fn hasher(v: &Value) -> std::cell::RefMut<'_, Hasher> {
    native_type::state::<Hasher>(v).borrow_mut()
}

/// The bytes of an `s*` argument, with CPython's message naming `fname`.
fn buffer_arg(fname: &str, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::buffer::read(v)? {
        return Ok(b);
    }
    // a buffer object's str() is the bytes it exposes
    if crate::types::type_of_ptr_is(v, crate::rt::rt().types.buffer) {
        return Ok(pstr::as_bytes(&crate::ops::str(v)?).to_vec());
    }
    Err(err::type_error(format!(
        "{fname}() argument 1 must be string or buffer, not {}",
        args::type_name(v)
    )))
}

/// `sha512`/`sha384`: both parse their arguments as `|s*:new`.
fn make(a: &[Value], kw: &[Value], ty: *mut TypeObject, mut h: Sha512) -> PyResult {
    let p = args::parse("new", a, kw, &["string"], 0)?;
    if let Some(s) = &p[0] {
        h.update(&buffer_arg("new", s)?);
    }
    Ok(native_type::alloc(ty, Hasher(h)))
}

fn new_sha512(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    make(a, kw, TYPES.with(|t| t.get().0), Sha512::new_512())
}

fn new_sha384(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    make(a, kw, TYPES.with(|t| t.get().1), Sha512::new_384())
}

fn update(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("update", kw)?;
    args::count("update", a, &[], 1, 1)?;
    let data = buffer_arg("update", &a[0])?;
    hasher(v).0.update(&data);
    Ok(Value::NONE)
}

fn digest(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("digest", a, kw)?;
    let d = hasher(v).0.digest();
    Ok(pstr::from_vec(d))
}

fn hexdigest(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("hexdigest", a, kw)?;
    let d = hasher(v).0.digest();
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(pstr::from_string(hex))
}

fn copy(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("copy", a, kw)?;
    let h = hasher(v).0.clone();
    Ok(native_type::alloc(crate::object::type_of(v), Hasher(h)))
}

fn get_block_size(_v: &Value) -> PyResult {
    Ok(int::new(BLOCK_SIZE as i64))
}

fn get_name(v: &Value) -> PyResult {
    let name = if hasher(v).0.digest_size() == 64 {
        "SHA512"
    } else {
        "SHA384"
    };
    Ok(pstr::new(name))
}

fn get_digest_size(v: &Value) -> PyResult {
    Ok(int::new(hasher(v).0.digest_size() as i64))
}

/// What assigning a `READONLY` member raises.
fn readonly(_v: &Value, _x: Option<Value>) -> PyResult<()> {
    Err(err::type_error("readonly attribute"))
}

fn make_type(name: &'static str) -> *mut TypeObject {
    // as PyType_Ready inherits object's tp_setattro: assignments reach the
    // getsets' setters
    let slots = Slots {
        setattr: Some(crate::ops::generic_setattr),
        ..Default::default()
    };
    let t = native_type::new_type::<Hasher>(name, slots, false);
    crate::descr::add_methods(
        t,
        &[
            ("copy", copy),
            ("digest", digest),
            ("hexdigest", hexdigest),
            ("update", update),
        ],
    );
    crate::descr::add_getsets(
        t,
        &[
            ("block_size", get_block_size, None),
            ("name", get_name, None),
            ("digest_size", get_digest_size, Some(readonly)),
            ("digestsize", get_digest_size, Some(readonly)),
        ],
    );
    // No tp_doc: CPython's type dict holds `__doc__: None` (which also
    // keeps the docstring table's `_sha512.sha512`, the function's, away).
    crate::descr::add_attr(t, "__doc__", Value::NONE);
    native_type::ready(t);
    t
}

/// Creates the module.
pub fn create() -> PyResult {
    let mut types = TYPES.with(|t| t.get());
    if types.0.is_null() {
        types = (make_type("_sha512.sha512"), make_type("_sha512.sha384"));
        TYPES.with(|t| t.set(types));
    }
    let m = module::new_native("_sha512");
    module::add_fn(&m, "sha512", new_sha512);
    module::add_fn(&m, "sha384", new_sha384);
    Ok(m)
}
