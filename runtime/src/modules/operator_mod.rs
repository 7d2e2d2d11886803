//! The `operator` module: CPython 2.7's operator.c.
//!
//! Every operator function exists under its plain name and its
//! `__dunder__` alias; both share one implementation but each reports its
//! own name where CPython does (the keyword-argument error names the
//! function as called, the argument-count error names the C function, e.g.
//! `op_add expected 2 arguments, got 0`). The callable types
//! `itemgetter`, `attrgetter` (dotted names) and `methodcaller` are
//! native types (see `native_type.rs`).

use super::native_type::{self, State, visit_all};
use crate::object::type_of;
use crate::types::{BinOp, CmpOp, Layout, Slots, TypeObject, UnOp, type_ref};
use crate::value::Value;
use crate::{
    PyResult, args, builtins_core, bytearray, dict, err, int, module, ops, slice, str as pstr,
    tuple, unicode,
};

// ----- argument helpers -----

/// Two positional arguments (`PyArg_UnpackTuple(args, fmt, 2, 2)`).
fn two<'a>(ml: &str, fmt: &str, a: &'a [Value], kw: &[Value]) -> PyResult<(&'a Value, &'a Value)> {
    args::no_kw(ml, kw)?;
    args::unpack(fmt, a, &[], 2, 2)?;
    Ok((&a[0], &a[1]))
}

/// The `n` format (a Py_ssize_t).
fn c_ssize(v: &Value) -> PyResult<isize> {
    if crate::float::is_float(v) {
        return Err(err::type_error("integer argument expected, got float"));
    }
    ops::index_as_isize(v, true)
}

fn is_classic_instance(v: &Value) -> bool {
    type_ref(v).layout == Layout::ClassicInstance
}

fn classic_has(v: &Value, name: &str) -> bool {
    crate::classic::instance_getattr_opt(v, name)
        .ok()
        .flatten()
        .is_some()
}

/// `PySequence_Check`.
pub fn sequence_check(v: &Value) -> bool {
    if is_classic_instance(v) {
        return classic_has(v, "__getitem__");
    }
    if dict::is_dict(v) {
        return false;
    }
    type_ref(v).slots.getitem.is_some()
}

/// `PyMapping_Check`.
fn mapping_check(v: &Value) -> bool {
    if is_classic_instance(v) {
        return classic_has(v, "__getitem__");
    }
    // xrange has only sequence item access in CPython
    if crate::types::type_of_ptr_is(v, crate::rt::rt().types.xrange) {
        return false;
    }
    let s = &type_ref(v).slots;
    s.getitem.is_some() && s.getslice.is_none()
}

/// `PyNumber_Check`: has `__int__` or `__float__`.
fn number_check(v: &Value) -> bool {
    if is_classic_instance(v) {
        return true;
    }
    let t = type_ref(v);
    if t.is_heap() {
        let ty = type_of(v);
        return crate::types::lookup_str(ty, "__int__").is_some()
            || crate::types::lookup_str(ty, "__float__").is_some();
    }
    let mask = t.slots.unop_mask;
    t.slots.unop.is_some() && (mask == 0 || mask & (UnOp::Int.bit() | UnOp::Float.bit()) != 0)
}

// ----- sequence operations -----

/// `PySequence_Concat`.
fn concat_impl(a: &Value, b: &Value) -> PyResult {
    if let Some(f) = type_ref(a).slots.concat {
        return f(a, b);
    }
    if sequence_check(a) && sequence_check(b) {
        let r = ops::binary_op1(a, b, BinOp::Add)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    Err(err::type_error_of("'%s' object can't be concatenated", a))
}

/// `PySequence_InPlaceConcat`.
fn iconcat_impl(a: &Value, b: &Value) -> PyResult {
    let s = &type_ref(a).slots;
    if let Some(f) = s.inplace_concat.or(s.concat) {
        return f(a, b);
    }
    if sequence_check(a) && sequence_check(b) {
        return ops::inplace_op(a, b, BinOp::Add);
    }
    Err(err::type_error_of("'%s' object can't be concatenated", a))
}

/// `PySequence_Repeat` / `PySequence_InPlaceRepeat`.
fn repeat_impl(a: &Value, n: i64, inplace: bool) -> PyResult {
    let s = &type_ref(a).slots;
    let f = if inplace {
        s.inplace_repeat.or(s.repeat)
    } else {
        s.repeat
    };
    if let Some(f) = f {
        return f(a, n as isize);
    }
    if sequence_check(a) {
        let count = int::new(n);
        let mut r = Value::NOT_IMPLEMENTED;
        if inplace && let Some(f) = s.inplace {
            r = f(BinOp::Mul, a, &count)?;
        }
        if r.is(&Value::NOT_IMPLEMENTED) {
            r = ops::binary_op1(a, &count, BinOp::Mul)?;
        }
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    Err(err::type_error_of("'%s' object can't be repeated", a))
}

/// `_PySequence_IterSearch`: the index of the first match, or the count.
fn iter_search(seq: &Value, x: &Value, count: bool) -> PyResult {
    let it = match ops::iter(seq) {
        Ok(it) => it,
        Err(e) if e.matches(crate::rt::rt().exc.type_error) => {
            return Err(err::type_error_of(
                "argument of type '%s' is not iterable",
                seq,
            ));
        }
        Err(e) => return Err(e),
    };
    let mut n: i64 = 0;
    let mut i: i64 = 0;
    while let Some(item) = ops::next(&it)? {
        if ops::eq_bool(&item, x)? {
            if !count {
                return Ok(int::new(i));
            }
            n += 1;
        }
        i += 1;
    }
    if count {
        Ok(int::new(n))
    } else {
        Err(err::value_error("sequence.index(x): x not in sequence"))
    }
}

// ----- the functions -----

macro_rules! unary_fns {
    ($($name:ident $alias:ident => $imp:expr;)*) => {
        $(
            fn $name(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
                let x = args::one(stringify!($name), a, kw)?;
                ($imp)(x)
            }
            fn $alias(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
                let x = args::one(stringify!($alias), a, kw)?;
                ($imp)(x)
            }
        )*
    };
}

unary_fns! {
    index __index__ => ops::index;
    neg __neg__ => |x: &Value| ops::unary(x, UnOp::Neg);
    pos __pos__ => |x: &Value| ops::unary(x, UnOp::Pos);
    abs __abs__ => |x: &Value| ops::unary(x, UnOp::Abs);
    inv __inv__ => |x: &Value| ops::unary(x, UnOp::Invert);
    invert __invert__ => |x: &Value| ops::unary(x, UnOp::Invert);
    not_ __not__ => |x: &Value| Ok(Value::bool(!ops::truthy(x)?));
}

macro_rules! binary_fns {
    ($($name:ident $alias:ident $fmt:literal => $imp:expr;)*) => {
        $(
            fn $name(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
                let (x, y) = two(stringify!($name).trim_start_matches("r#"), $fmt, a, kw)?;
                ($imp)(x, y)
            }
            fn $alias(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
                let (x, y) = two(stringify!($alias), $fmt, a, kw)?;
                ($imp)(x, y)
            }
        )*
    };
}

fn bin(op: BinOp) -> impl Fn(&Value, &Value) -> PyResult {
    move |x, y| ops::binary_op(x, y, op)
}

fn ibin(op: BinOp) -> impl Fn(&Value, &Value) -> PyResult {
    move |x, y| ops::inplace_op(x, y, op)
}

fn cmp(op: CmpOp) -> impl Fn(&Value, &Value) -> PyResult {
    move |x, y| ops::rich_compare(x, y, op)
}

binary_fns! {
    contains __contains__ "op_contains" => |s: &Value, x: &Value| Ok(Value::bool(ops::contains(s, x)?));
    add __add__ "op_add" => bin(BinOp::Add);
    sub __sub__ "op_sub" => bin(BinOp::Sub);
    mul __mul__ "op_mul" => bin(BinOp::Mul);
    div __div__ "op_div" => bin(BinOp::Div);
    floordiv __floordiv__ "op_floordiv" => bin(BinOp::FloorDiv);
    truediv __truediv__ "op_truediv" => bin(BinOp::TrueDiv);
    r#mod __mod__ "op_mod" => bin(BinOp::Mod);
    lshift __lshift__ "op_lshift" => bin(BinOp::Lshift);
    rshift __rshift__ "op_rshift" => bin(BinOp::Rshift);
    and_ __and__ "op_and_" => bin(BinOp::And);
    xor __xor__ "op_xor" => bin(BinOp::Xor);
    or_ __or__ "op_or_" => bin(BinOp::Or);
    iadd __iadd__ "op_iadd" => ibin(BinOp::Add);
    isub __isub__ "op_isub" => ibin(BinOp::Sub);
    imul __imul__ "op_imul" => ibin(BinOp::Mul);
    idiv __idiv__ "op_idiv" => ibin(BinOp::Div);
    ifloordiv __ifloordiv__ "op_ifloordiv" => ibin(BinOp::FloorDiv);
    itruediv __itruediv__ "op_itruediv" => ibin(BinOp::TrueDiv);
    imod __imod__ "op_imod" => ibin(BinOp::Mod);
    ilshift __ilshift__ "op_ilshift" => ibin(BinOp::Lshift);
    irshift __irshift__ "op_irshift" => ibin(BinOp::Rshift);
    iand __iand__ "op_iand" => ibin(BinOp::And);
    ixor __ixor__ "op_ixor" => ibin(BinOp::Xor);
    ior __ior__ "op_ior" => ibin(BinOp::Or);
    concat __concat__ "op_concat" => concat_impl;
    iconcat __iconcat__ "op_iconcat" => iconcat_impl;
    getitem __getitem__ "op_getitem" => ops::getitem;
    delitem __delitem__ "op_delitem" => |o: &Value, k: &Value| ops::delitem(o, k).map(|_| Value::NONE);
    pow __pow__ "pow" => bin(BinOp::Pow);
    ipow __ipow__ "ipow" => ibin(BinOp::Pow);
    lt __lt__ "op_lt" => cmp(CmpOp::Lt);
    le __le__ "op_le" => cmp(CmpOp::Le);
    eq __eq__ "op_eq" => cmp(CmpOp::Eq);
    ne __ne__ "op_ne" => cmp(CmpOp::Ne);
    gt __gt__ "op_gt" => cmp(CmpOp::Gt);
    ge __ge__ "op_ge" => cmp(CmpOp::Ge);
}

/// `repeat`/`irepeat`: the `Oi` format names the C function.
fn repeat_args<'a>(
    ml: &str,
    fmt: &str,
    a: &'a [Value],
    kw: &[Value],
) -> PyResult<(&'a Value, i64)> {
    args::no_kw(ml, kw)?;
    args::count(fmt, a, &[], 2, 2)?;
    Ok((&a[0], args::c_int(&a[1])? as i64))
}

fn repeat(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (x, n) = repeat_args("repeat", "op_repeat", a, kw)?;
    repeat_impl(x, n, false)
}

fn __repeat__(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (x, n) = repeat_args("__repeat__", "op_repeat", a, kw)?;
    repeat_impl(x, n, false)
}

fn irepeat(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (x, n) = repeat_args("irepeat", "op_irepeat", a, kw)?;
    repeat_impl(x, n, true)
}

fn __irepeat__(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (x, n) = repeat_args("__irepeat__", "op_irepeat", a, kw)?;
    repeat_impl(x, n, true)
}

fn setitem_impl(ml: &str, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw(ml, kw)?;
    args::unpack("op_setitem", a, &[], 3, 3)?;
    ops::setitem(&a[0], &a[1], a[2].clone())?;
    Ok(Value::NONE)
}

fn setitem(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    setitem_impl("setitem", a, kw)
}

fn __setitem__(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    setitem_impl("__setitem__", a, kw)
}

fn slice_args(
    ml: &str,
    fmt: &str,
    a: &[Value],
    kw: &[Value],
    n: usize,
) -> PyResult<(isize, isize)> {
    args::no_kw(ml, kw)?;
    args::count(fmt, a, &[], n, n)?;
    Ok((c_ssize(&a[1])?, c_ssize(&a[2])?))
}

/// Fails unless `v` supports slicing (a slice slot or item access).
fn check_sliceable(v: &Value, what: &str) -> PyResult<()> {
    let s = &type_ref(v).slots;
    // deletion has no fallback to item deletion with a slice object
    let ok = match what {
        "is unsliceable" => s.getslice.is_some() || s.getitem.is_some(),
        "doesn't support slice assignment" => s.setslice.is_some() || s.setitem.is_some(),
        _ => s.setslice.is_some(),
    };
    if ok || is_classic_instance(v) {
        Ok(())
    } else {
        Err(err::type_error(format!(
            "'{}' object {}",
            type_ref(v).name_str(),
            what
        )))
    }
}

fn getslice_impl(ml: &str, a: &[Value], kw: &[Value]) -> PyResult {
    let (i, j) = slice_args(ml, "getslice", a, kw, 3)?;
    check_sliceable(&a[0], "is unsliceable")?;
    slice::apply(&a[0], &int::new(i as i64), &int::new(j as i64))
}

fn setslice_impl(ml: &str, a: &[Value], kw: &[Value]) -> PyResult {
    let (i, j) = slice_args(ml, "setslice", a, kw, 4)?;
    check_sliceable(&a[0], "doesn't support slice assignment")?;
    slice::assign(
        &a[0],
        &int::new(i as i64),
        &int::new(j as i64),
        Some(a[3].clone()),
    )?;
    Ok(Value::NONE)
}

fn delslice_impl(ml: &str, a: &[Value], kw: &[Value]) -> PyResult {
    let (i, j) = slice_args(ml, "delslice", a, kw, 3)?;
    check_sliceable(&a[0], "doesn't support slice deletion")?;
    slice::assign(&a[0], &int::new(i as i64), &int::new(j as i64), None)?;
    Ok(Value::NONE)
}

fn getslice(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    getslice_impl("getslice", a, kw)
}

fn __getslice__(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    getslice_impl("__getslice__", a, kw)
}

fn setslice(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    setslice_impl("setslice", a, kw)
}

fn __setslice__(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    setslice_impl("__setslice__", a, kw)
}

fn delslice(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    delslice_impl("delslice", a, kw)
}

fn __delslice__(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    delslice_impl("__delslice__", a, kw)
}

fn is_callable(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(ops::is_callable(args::one(
        "isCallable",
        a,
        kw,
    )?)))
}

fn is_number_type(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(number_check(args::one("isNumberType", a, kw)?)))
}

fn is_sequence_type(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(sequence_check(args::one(
        "isSequenceType",
        a,
        kw,
    )?)))
}

fn is_mapping_type(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(mapping_check(args::one(
        "isMappingType",
        a,
        kw,
    )?)))
}

fn truth(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::bool(ops::truthy(args::one("truth", a, kw)?)?))
}

fn sequence_includes(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (s, x) = two("sequenceIncludes", "sequenceIncludes", a, kw)?;
    Ok(Value::bool(ops::contains(s, x)?))
}

fn index_of(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (s, x) = two("indexOf", "indexOf", a, kw)?;
    iter_search(s, x, false)
}

fn count_of(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (s, x) = two("countOf", "countOf", a, kw)?;
    iter_search(s, x, true)
}

fn is_(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (x, y) = two("is_", "is_", a, kw)?;
    Ok(Value::bool(x.is(y)))
}

fn is_not(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let (x, y) = two("is_not", "is_not", a, kw)?;
    Ok(Value::bool(!x.is(y)))
}

/// `_compare_digest(a, b)`: equality of two strings or byte buffers.
fn compare_digest(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("compare_digest", a, kw, 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if unicode::is_unicode(x) && unicode::is_unicode(y) {
        return Ok(Value::bool(unicode::chars(x) == unicode::chars(y)));
    }
    let bytes = |v: &Value| -> Option<Vec<u8>> {
        if pstr::is_str(v) {
            Some(pstr::as_bytes(v).to_vec())
        } else if bytearray::is_bytearray(v) {
            Some(bytearray::bytes(v).to_vec())
        } else {
            None
        }
    };
    match (bytes(x), bytes(y)) {
        (Some(p), Some(q)) => Ok(Value::bool(p == q)),
        (None, None) => Err(err::type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            type_ref(x).name_str(),
            type_ref(y).name_str()
        ))),
        (None, _) => Err(err::type_error_of(
            "'%s' does not have the buffer interface",
            x,
        )),
        (_, None) => Err(err::type_error_of(
            "'%s' does not have the buffer interface",
            y,
        )),
    }
}

// ----- itemgetter, attrgetter, methodcaller -----

/// The state of an itemgetter or attrgetter: the one key, or the tuple of
/// keys when there are several.
struct Getter {
    item: Value,
    n: usize,
}

impl Default for Getter {
    fn default() -> Self {
        Getter {
            item: Value::NULL,
            n: 0,
        }
    }
}

impl State for Getter {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        visit_all(&[&self.item], f);
    }
}

fn getter_new(name: &str, t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords(&format!("{name}()"), kw)?;
    let item = if a.len() <= 1 {
        args::unpack(name, a, &[], 1, 1)?;
        a[0].clone()
    } else {
        tuple::from_slice(a)
    };
    Ok(native_type::alloc(
        t.as_ptr() as *mut TypeObject,
        Getter { item, n: a.len() },
    ))
}

/// The key(s) and their number.
fn getter_state(v: &Value) -> (Value, usize) {
    let s = native_type::state::<Getter>(v).borrow();
    (s.item.clone(), s.n)
}

fn itemgetter_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    getter_new("itemgetter", t, a, kw)
}

fn itemgetter_call(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords("itemgetter", kw)?;
    args::unpack("itemgetter", a, &[], 1, 1)?;
    let (item, n) = getter_state(v);
    if n == 1 {
        return ops::getitem(&a[0], &item);
    }
    let mut out = Vec::with_capacity(n);
    for k in tuple::items(&item) {
        out.push(ops::getitem(&a[0], k)?);
    }
    Ok(tuple::new(out))
}

/// `obj.a.b.c` for the name "a.b.c".
fn dotted_getattr(obj: &Value, attr: &Value) -> PyResult {
    let attr = if unicode::is_unicode(attr) {
        unicode::encode_default(attr)?
    } else {
        attr.clone()
    };
    if !pstr::is_str(&attr) {
        return Err(err::type_error("attribute name must be a string"));
    }
    let mut cur = obj.clone();
    for part in pstr::as_bytes(&attr).split(|&c| c == b'.') {
        let name = builtins_core::attr_name(&pstr::new_bytes(part))?;
        cur = ops::getattr(&cur, &name)?;
    }
    Ok(cur)
}

fn attrgetter_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    getter_new("attrgetter", t, a, kw)
}

fn attrgetter_call(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords("attrgetter", kw)?;
    args::unpack("attrgetter", a, &[], 1, 1)?;
    let (attr, n) = getter_state(v);
    if n == 1 {
        return dotted_getattr(&a[0], &attr);
    }
    let mut out = Vec::with_capacity(n);
    for k in tuple::items(&attr) {
        out.push(dotted_getattr(&a[0], k)?);
    }
    Ok(tuple::new(out))
}

/// The state of a methodcaller.
struct Caller {
    name: Value,
    args: Vec<Value>,
    /// Keyword arguments as interleaved name/value pairs.
    kw: Vec<Value>,
}

impl Default for Caller {
    fn default() -> Self {
        Caller {
            name: Value::NULL,
            args: Vec::new(),
            kw: Vec::new(),
        }
    }
}

impl State for Caller {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        visit_all(&[&self.name], f);
        for v in self.args.iter().chain(self.kw.iter()) {
            f(v);
        }
    }
}

fn methodcaller_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    if a.is_empty() {
        return Err(err::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    }
    Ok(native_type::alloc(
        t.as_ptr() as *mut TypeObject,
        Caller {
            name: a[0].clone(),
            args: a[1..].to_vec(),
            kw: kw.to_vec(),
        },
    ))
}

fn methodcaller_call(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords("methodcaller", kw)?;
    args::unpack("methodcaller", a, &[], 1, 1)?;
    let (name, cargs, ckw) = {
        let s = native_type::state::<Caller>(v).borrow();
        (s.name.clone(), s.args.clone(), s.kw.clone())
    };
    let name = builtins_core::attr_name(&name)?;
    let m = ops::getattr(&a[0], &name)?;
    ops::call(&m, &cargs, &ckw)
}

fn callable_type<S: State>(
    name: &'static str,
    new: crate::types::NewFn,
    call: crate::types::CallFn,
) -> *mut TypeObject {
    let t = native_type::new_type::<S>(
        name,
        Slots {
            new: Some(new),
            call: Some(call),
            ..Default::default()
        },
        false,
    );
    native_type::ready(t);
    t
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("operator");
    for (name, f) in [
        ("isCallable", is_callable as crate::descr::NativeFn),
        ("isNumberType", is_number_type),
        ("isSequenceType", is_sequence_type),
        ("truth", truth),
        ("contains", contains),
        ("__contains__", __contains__),
        ("sequenceIncludes", sequence_includes),
        ("indexOf", index_of),
        ("countOf", count_of),
        ("isMappingType", is_mapping_type),
        ("is_", is_),
        ("is_not", is_not),
        ("index", index),
        ("__index__", __index__),
        ("add", add),
        ("__add__", __add__),
        ("sub", sub),
        ("__sub__", __sub__),
        ("mul", mul),
        ("__mul__", __mul__),
        ("div", div),
        ("__div__", __div__),
        ("floordiv", floordiv),
        ("__floordiv__", __floordiv__),
        ("truediv", truediv),
        ("__truediv__", __truediv__),
        ("mod", r#mod),
        ("__mod__", __mod__),
        ("neg", neg),
        ("__neg__", __neg__),
        ("pos", pos),
        ("__pos__", __pos__),
        ("abs", abs),
        ("__abs__", __abs__),
        ("inv", inv),
        ("__inv__", __inv__),
        ("invert", invert),
        ("__invert__", __invert__),
        ("lshift", lshift),
        ("__lshift__", __lshift__),
        ("rshift", rshift),
        ("__rshift__", __rshift__),
        ("not_", not_),
        ("__not__", __not__),
        ("and_", and_),
        ("__and__", __and__),
        ("xor", xor),
        ("__xor__", __xor__),
        ("or_", or_),
        ("__or__", __or__),
        ("iadd", iadd),
        ("__iadd__", __iadd__),
        ("isub", isub),
        ("__isub__", __isub__),
        ("imul", imul),
        ("__imul__", __imul__),
        ("idiv", idiv),
        ("__idiv__", __idiv__),
        ("ifloordiv", ifloordiv),
        ("__ifloordiv__", __ifloordiv__),
        ("itruediv", itruediv),
        ("__itruediv__", __itruediv__),
        ("imod", imod),
        ("__imod__", __imod__),
        ("ilshift", ilshift),
        ("__ilshift__", __ilshift__),
        ("irshift", irshift),
        ("__irshift__", __irshift__),
        ("iand", iand),
        ("__iand__", __iand__),
        ("ixor", ixor),
        ("__ixor__", __ixor__),
        ("ior", ior),
        ("__ior__", __ior__),
        ("concat", concat),
        ("__concat__", __concat__),
        ("repeat", repeat),
        ("__repeat__", __repeat__),
        ("iconcat", iconcat),
        ("__iconcat__", __iconcat__),
        ("irepeat", irepeat),
        ("__irepeat__", __irepeat__),
        ("getitem", getitem),
        ("__getitem__", __getitem__),
        ("setitem", setitem),
        ("__setitem__", __setitem__),
        ("delitem", delitem),
        ("__delitem__", __delitem__),
        ("pow", pow),
        ("__pow__", __pow__),
        ("ipow", ipow),
        ("__ipow__", __ipow__),
        ("getslice", getslice),
        ("__getslice__", __getslice__),
        ("setslice", setslice),
        ("__setslice__", __setslice__),
        ("delslice", delslice),
        ("__delslice__", __delslice__),
        ("lt", lt),
        ("__lt__", __lt__),
        ("le", le),
        ("__le__", __le__),
        ("eq", eq),
        ("__eq__", __eq__),
        ("ne", ne),
        ("__ne__", __ne__),
        ("gt", gt),
        ("__gt__", __gt__),
        ("ge", ge),
        ("__ge__", __ge__),
        ("_compare_digest", compare_digest),
    ] {
        module::add_fn(&m, name, f);
    }
    let t = callable_type::<Getter>("operator.itemgetter", itemgetter_new, itemgetter_call);
    module::set_attr(&m, "itemgetter", crate::types::type_value(t));
    let t = callable_type::<Getter>("operator.attrgetter", attrgetter_new, attrgetter_call);
    module::set_attr(&m, "attrgetter", crate::types::type_value(t));
    let t = callable_type::<Caller>("operator.methodcaller", methodcaller_new, methodcaller_call);
    module::set_attr(&m, "methodcaller", crate::types::type_value(t));
    Ok(m)
}
