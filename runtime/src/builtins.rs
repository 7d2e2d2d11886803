//! The `__builtin__` module (bltinmodule.c): builtin functions, the
//! builtin types under their Python names, constants and exceptions.

use crate::descr::NativeFn;
use crate::object::type_of;
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, Layout, UnOp, type_ref, type_value};
use crate::value::Value;
use crate::{
    PyResult, args, builtins_core, dict, err, float, int, list, long, module, ops, str as pstr,
    tuple, unicode,
};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn b_abs(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("abs", a, kw)?;
    ops::unary(x, UnOp::Abs)
}

fn b_all(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("all", a, kw)?;
    let it = ops::iter(x)?;
    while let Some(v) = ops::next(&it)? {
        if !ops::truthy(&v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn b_any(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("any", a, kw)?;
    let it = ops::iter(x)?;
    while let Some(v) = ops::next(&it)? {
        if ops::truthy(&v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_apply(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("apply", a, kw, 1, 3)?;
    let pos = match a.get(1) {
        Some(p) => {
            if !tuple::is_tuple(p) && !list::is_list(p) {
                return Err(err::type_error(format!(
                    "apply() arg 2 expected sequence, found {}",
                    type_ref(p).name_str()
                )));
            }
            ops::seq_to_vec(p)?
        }
        None => Vec::new(),
    };
    let kwv = match a.get(2) {
        Some(k) => {
            if !dict::is_dict(k) {
                return Err(err::type_error(format!(
                    "apply() arg 3 expected dictionary, found {}",
                    type_ref(k).name_str()
                )));
            }
            dict::items_vec(k)
                .into_iter()
                .flat_map(|(k, v)| [k, v])
                .collect()
        }
        None => Vec::new(),
    };
    ops::call(&a[0], &pos, &kwv)
}

fn b_bin(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("bin", a, kw)?;
    let v = ops::index(x)?;
    let big = long::to_big(&v).unwrap();
    let mut s = String::new();
    if big.is_negative() {
        s.push('-');
    }
    s.push_str("0b");
    s.push_str(&big.magnitude().to_str_radix(2));
    if long::is_long(&v) {
        s.push('L');
        s.pop();
    }
    Ok(pstr::from_string(s))
}

fn b_callable(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("callable", a, kw)?;
    Ok(Value::bool(ops::is_callable(x)))
}

fn b_chr(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("chr", a, kw, 1, 1)?;
    let x = ops::as_i64_arg(&a[0])?;
    if !(0..256).contains(&x) {
        return Err(err::value_error("chr() arg not in range(256)"));
    }
    Ok(pstr::new_bytes(&[x as u8]))
}

fn b_unichr(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("unichr", a, kw, 1, 1)?;
    let x = ops::as_i64_arg(&a[0])?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(err::value_error(
            "unichr() arg not in range(0x110000) (wide Python build)",
        ));
    }
    Ok(unicode::new(vec![x as u32]))
}

fn b_cmp(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("cmp", a, kw, 2, 2)?;
    Ok(int::new(ops::cmp(&a[0], &a[1])? as i64))
}

/// The numeric rank `nb_coerce` of the builtin number types works with
/// (int < long < float < complex).
fn coerce_rank(v: &Value) -> Option<u8> {
    if int::is_int(v) {
        Some(0)
    } else if long::is_long(v) {
        Some(1)
    } else if float::is_float(v) {
        Some(2)
    } else if crate::complex::is_complex(v) {
        Some(3)
    } else {
        None
    }
}

/// One `nb_coerce` call: `p`'s coercion with `q`. `Ok(None)` when `p`
/// cannot coerce (CPython's return value 1).
pub fn nb_coerce(p: &Value, q: &Value) -> PyResult<Option<(Value, Value)>> {
    if let Some(rp) = coerce_rank(p) {
        // each type's nb_coerce only widens the other operand
        let Some(rq) = coerce_rank(q).filter(|&rq| rq <= rp) else {
            return Ok(None);
        };
        let r = rp.max(rq);
        let conv = |v: &Value, rv: u8| -> PyResult {
            if rv == r {
                return Ok(v.clone());
            }
            Ok(match r {
                1 => long::new(long::to_big(v).unwrap()),
                2 => Value::float(ops::as_f64_arg(v)?),
                _ => {
                    let (re, im) = crate::complex::coerce(v)?.unwrap();
                    crate::complex::new(re, im)
                }
            })
        };
        return Ok(Some((conv(p, rp)?, conv(q, rq)?)));
    }
    let t = type_ref(p);
    let classic = crate::classic::is_instance(p);
    if !classic && !t.is_heap() {
        return Ok(None);
    }
    let r = if classic {
        match crate::classic::instance_getattr_opt(p, "__coerce__")? {
            Some(f) => ops::call(&f, std::slice::from_ref(q), &[])?,
            None => return Ok(None),
        }
    } else {
        match ops::call_special(p, "__coerce__", std::slice::from_ref(q))? {
            Some(r) => r,
            None => return Ok(None),
        }
    };
    if r.is_none() || r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(None);
    }
    if !tuple::is_tuple(&r) || tuple::items(&r).len() != 2 {
        return Err(err::type_error(if classic {
            "coercion should return None or 2-tuple"
        } else {
            "__coerce__ didn't return a 2-tuple"
        }));
    }
    let it = tuple::items(&r);
    Ok(Some((it[0].clone(), it[1].clone())))
}

/// Types whose same-type coercion is not a shortcut
/// (`Py_TPFLAGS_CHECKTYPES` in CPython).
fn checks_types(v: &Value) -> bool {
    let t = type_ref(v);
    t.is_heap()
        || matches!(
            t.layout,
            Layout::Int
                | Layout::Long
                | Layout::Float
                | Layout::Complex
                | Layout::Str
                | Layout::Unicode
                | Layout::Set
                | Layout::ClassicInstance
        )
}

/// `PyNumber_CoerceEx`: `Ok(None)` when neither side can coerce.
pub fn coerce_ex(x: &Value, y: &Value) -> PyResult<Option<(Value, Value)>> {
    if type_of(x) == type_of(y) && !checks_types(x) {
        return Ok(Some((x.clone(), y.clone())));
    }
    if let Some(r) = nb_coerce(x, y)? {
        return Ok(Some(r));
    }
    Ok(nb_coerce(y, x)?.map(|(q, p)| (p, q)))
}

fn b_coerce(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("coerce", a, kw, 2, 2)?;
    match coerce_ex(&a[0], &a[1])? {
        Some((p, q)) => Ok(tuple::new(vec![p, q])),
        None => Err(err::type_error("number coercion failed")),
    }
}

fn b_delattr(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("delattr", a, kw, 2, 2)?;
    let name = builtins_core::attr_name(&a[1])?;
    ops::setattr(&a[0], &name, None)?;
    Ok(Value::NONE)
}

fn b_setattr(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("setattr", a, kw, 3, 3)?;
    let name = builtins_core::attr_name(&a[1])?;
    ops::setattr(&a[0], &name, Some(a[2].clone()))?;
    Ok(Value::NONE)
}

fn b_getattr(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("getattr", a, kw, 2, 3)?;
    if !pstr::is_str(&a[1]) && !unicode::is_unicode(&a[1]) {
        return Err(err::type_error("getattr(): attribute name must be string"));
    }
    let name = builtins_core::attr_name(&a[1])?;
    match ops::getattr(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && e.matches(rt().exc.attribute_error) => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn b_hasattr(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("hasattr", a, kw, 2, 2)?;
    if !pstr::is_str(&a[1]) && !unicode::is_unicode(&a[1]) {
        return Err(err::type_error("hasattr(): attribute name must be string"));
    }
    let name = builtins_core::attr_name(&a[1])?;
    match ops::getattr(&a[0], &name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if e.matches(rt().exc.exception) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

/// `dir(obj)`: the sorted attribute names CPython 2.7 reports.
pub fn dir_of(obj: &Value) -> PyResult {
    if let Some(f) = crate::types::lookup_str(type_of(obj), "__dir__")
        && !crate::descr::is_builtin(&f)
        && type_of(&f) != rt().types.method_descriptor
    {
        let r = ops::call(&ops::bind(&f, obj)?, &[], &[])?;
        let mut v = ops::seq_to_vec(&r)?;
        crate::list_methods::sort_values(&mut v, &mut |x, y| ops::compare_bool(x, y, CmpOp::Lt))?;
        return Ok(list::new(v));
    }
    let names = dict::new();
    let add_dict = |d: &Value| -> PyResult<()> {
        if dict::is_dict(d) {
            for k in dict::keys_vec(d) {
                dict::set(&names, k, Value::NONE)?;
            }
        }
        Ok(())
    };
    if module::is_module(obj) {
        add_dict(&module::dict_of(obj))?;
    } else if crate::types::is_type(obj) || crate::classic::is_class(obj) {
        let mut seen = Vec::new();
        crate::classic::depth_first(obj, &mut seen);
        if crate::types::is_type(obj) {
            // SAFETY: obj is a type.
            seen = tuple::items(unsafe { &crate::types::as_type(obj).mro }).to_vec();
        }
        for c in seen {
            add_dict(&crate::class::dict_of_mro_entry(&c))?;
        }
    } else {
        if let Some(d) = ops::getattr_opt(obj, &crate::rt::intern("__dict__"))? {
            add_dict(&d)?;
        }
        if let Some(m) = ops::getattr_opt(obj, &crate::rt::intern("__members__"))? {
            for k in ops::seq_to_vec(&m)? {
                dict::set(&names, k, Value::NONE)?;
            }
        }
        if let Some(c) = ops::getattr_opt(obj, &crate::rt::intern("__class__"))? {
            let mut seen = Vec::new();
            if crate::types::is_type(&c) {
                // SAFETY: c is a type.
                seen = tuple::items(unsafe { &crate::types::as_type(&c).mro }).to_vec();
            } else {
                crate::classic::depth_first(&c, &mut seen);
            }
            for k in seen {
                add_dict(&crate::class::dict_of_mro_entry(&k))?;
            }
        }
    }
    let mut keys = dict::keys_vec(&names);
    crate::list_methods::sort_values(&mut keys, &mut |x, y| ops::compare_bool(x, y, CmpOp::Lt))?;
    Ok(list::new(keys))
}

fn b_dir(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("dir", a, kw, 0, 1)?;
    match a.first() {
        Some(o) => dir_of(o),
        None => {
            let l = (rt().hooks.get().current_locals)()?;
            let mut keys = ops::seq_to_vec(&ops::call_method(&l, "keys", &[])?)?;
            crate::list_methods::sort_values(&mut keys, &mut |x, y| {
                ops::compare_bool(x, y, CmpOp::Lt)
            })?;
            Ok(list::new(keys))
        }
    }
}

fn b_divmod(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("divmod", a, kw, 2, 2)?;
    ops::binary_op(&a[0], &a[1], BinOp::DivMod)
}

fn b_filter(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("filter", a, kw, 2, 2)?;
    let (f, seq) = (&a[0], &a[1]);
    let keep = |x: &Value| -> PyResult<bool> {
        if f.is_none() {
            ops::truthy(x)
        } else {
            ops::truthy(&ops::call(f, std::slice::from_ref(x), &[])?)
        }
    };
    if pstr::is_str(seq) && f.is_none() && pstr::is_exact_str(seq) || pstr::is_str(seq) {
        let mut out = Vec::new();
        for &c in pstr::as_bytes(seq).to_vec().iter() {
            let ch = pstr::new_bytes(&[c]);
            if keep(&ch)? {
                out.push(c);
            }
        }
        return Ok(pstr::from_vec(out));
    }
    if unicode::is_unicode(seq) {
        let mut out = Vec::new();
        for &c in unicode::chars(seq).to_vec().iter() {
            if keep(&unicode::new(vec![c]))? {
                out.push(c);
            }
        }
        return Ok(unicode::new(out));
    }
    if tuple::is_tuple(seq) {
        let mut out = Vec::new();
        for x in tuple::items(seq).to_vec() {
            if keep(&x)? {
                out.push(x);
            }
        }
        return Ok(tuple::new(out));
    }
    let it = ops::iter(seq)?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(&it)? {
        if keep(&x)? {
            out.push(x);
        }
    }
    Ok(list::new(out))
}

fn b_format(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("format", a, kw, 1, 2)?;
    let spec = a.get(1).cloned().unwrap_or_else(|| pstr::new(""));
    if !pstr::is_str(&spec) && !unicode::is_unicode(&spec) {
        return Err(err::type_error(format!(
            "format expects arg 2 to be string or unicode, not {}",
            type_ref(&spec).name_str()
        )));
    }
    crate::strformat::format_value(&a[0], spec)
}

fn b_globals(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("globals", a, kw)?;
    Ok((rt().hooks.get().current_globals)().unwrap_or(Value::NONE))
}

fn b_locals(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("locals", a, kw)?;
    (rt().hooks.get().current_locals)()
}

fn b_vars(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("vars", a, kw, 0, 1)?;
    match a.first() {
        None => (rt().hooks.get().current_locals)(),
        Some(o) => match ops::getattr_opt(o, &crate::rt::intern("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(err::type_error(
                "vars() argument must have __dict__ attribute",
            )),
        },
    }
}

fn b_hash(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("hash", a, kw)?;
    Ok(int::new(ops::hash(x)?))
}

fn b_hex(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("hex", a, kw)?;
    let r = match type_ref(x).slots.unop {
        Some(f) => f(UnOp::Hex, x)?,
        None => Value::NOT_IMPLEMENTED,
    };
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Err(err::type_error("hex() argument can't be converted to hex"));
    }
    if !pstr::is_str(&r) {
        return Err(err::type_error(format!(
            "__hex__ returned non-string (type {})",
            type_ref(&r).name_str()
        )));
    }
    Ok(r)
}

fn b_oct(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("oct", a, kw)?;
    let r = match type_ref(x).slots.unop {
        Some(f) => f(UnOp::Oct, x)?,
        None => Value::NOT_IMPLEMENTED,
    };
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Err(err::type_error("oct() argument can't be converted to oct"));
    }
    if !pstr::is_str(&r) {
        return Err(err::type_error(format!(
            "__oct__ returned non-string (type {})",
            type_ref(&r).name_str()
        )));
    }
    Ok(r)
}

fn b_id(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("id", a, kw)?;
    let addr = ops::address_of(x);
    Ok(int::from_bigint(&BigInt::from(addr)))
}

fn b_intern(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("intern", a, kw, 1, 1)?;
    let x = &a[0];
    if !pstr::is_str(x) {
        return Err(err::type_error(format!(
            "intern() argument 1 must be string, not {}",
            args::type_name(x)
        )));
    }
    if !pstr::is_exact_str(x) {
        return Err(err::type_error("can't intern subclass of string"));
    }
    Ok(crate::rt::intern_value(x.clone()))
}

fn b_isinstance(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("isinstance", a, kw, 2, 2)?;
    Ok(Value::bool(builtins_core::isinstance(&a[0], &a[1])?))
}

fn b_issubclass(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("issubclass", a, kw, 2, 2)?;
    Ok(Value::bool(builtins_core::issubclass(&a[0], &a[1])?))
}

fn b_iter(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("iter", a, kw, 1, 2)?;
    match a.get(1) {
        None => ops::iter(&a[0]),
        Some(sentinel) => {
            if !ops::is_callable(&a[0]) {
                return Err(err::type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::iterobj::callable_iter(
                a[0].clone(),
                sentinel.clone(),
            ))
        }
    }
}

fn b_next(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("next", a, kw, 1, 2)?;
    let it = &a[0];
    if type_ref(it).slots.next.is_none() {
        return Err(err::type_error(format!(
            "{} object is not an iterator",
            crate::class::type_short_name(type_of(it))
        )));
    }
    match ops::next(it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(err::stop_iteration()),
        },
    }
}

fn b_len(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("len", a, kw)?;
    Ok(int::new(ops::len(x)? as i64))
}

fn b_map(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("map", kw)?;
    if a.len() < 2 {
        return Err(err::type_error("map() requires at least two args"));
    }
    let f = &a[0];
    let mut iters = Vec::new();
    for (i, s) in a[1..].iter().enumerate() {
        match ops::iter(s) {
            Ok(it) => iters.push(it),
            Err(e) if e.matches(rt().exc.type_error) => {
                return Err(err::type_error(format!(
                    "argument {} to map() must support iteration",
                    i + 2
                )));
            }
            Err(e) => return Err(e),
        }
    }
    let mut out = Vec::new();
    if iters.len() == 1 {
        while let Some(x) = ops::next(&iters[0])? {
            out.push(if f.is_none() {
                x
            } else {
                ops::call(f, &[x], &[])?
            });
        }
        return Ok(list::new(out));
    }
    loop {
        let mut row = Vec::with_capacity(iters.len());
        let mut any = false;
        for it in &iters {
            match ops::next(it)? {
                Some(x) => {
                    any = true;
                    row.push(x);
                }
                None => row.push(Value::NONE),
            }
        }
        if !any {
            break;
        }
        out.push(if f.is_none() {
            tuple::new(row)
        } else {
            ops::call(f, &row, &[])?
        });
    }
    Ok(list::new(out))
}

fn min_max(a: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult {
    let mut key = None;
    for pair in kw.chunks_exact(2) {
        if pstr::as_bytes(&pair[0]) == b"key" {
            key = Some(pair[1].clone());
        } else {
            return Err(err::type_error(format!(
                "{name}() got an unexpected keyword argument"
            )));
        }
    }
    let seq = if a.len() == 1 {
        a[0].clone()
    } else if a.is_empty() {
        return Err(err::type_error(format!(
            "{name} expected 1 arguments, got 0"
        )));
    } else {
        tuple::from_slice(a)
    };
    let it = ops::iter(&seq)?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(x) = ops::next(&it)? {
        let k = match &key {
            Some(f) => ops::call(f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        match &best {
            None => best = Some((k, x)),
            Some((bk, _)) => {
                if ops::compare_bool(&k, bk, op)? {
                    best = Some((k, x));
                }
            }
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => Err(err::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

fn b_max(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    min_max(a, kw, "max", CmpOp::Gt)
}

fn b_min(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    min_max(a, kw, "min", CmpOp::Lt)
}

fn b_open(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    ops::call(&type_value(rt().types.file), a, kw)
}

fn b_ord(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("ord", a, kw)?;
    if pstr::is_str(x) {
        let b = pstr::as_bytes(x);
        if b.len() == 1 {
            return Ok(int::new(b[0] as i64));
        }
        return Err(err::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    if unicode::is_unicode(x) {
        let c = unicode::chars(x);
        if c.len() == 1 {
            return Ok(int::new(c[0] as i64));
        }
        return Err(err::type_error(format!(
            "ord() expected a character, but string of length {} found",
            c.len()
        )));
    }
    if crate::bytearray::is_bytearray(x) {
        let b = crate::bytearray::bytes(x);
        if b.len() == 1 {
            return Ok(int::new(b[0] as i64));
        }
        return Err(err::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(err::type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_ref(x).name_str()
    )))
}

fn b_pow(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("pow", a, kw, 2, 3)?;
    match a.get(2) {
        Some(z) => ops::pow3(&a[0], &a[1], z),
        None => ops::binary_op(&a[0], &a[1], BinOp::Pow),
    }
}

fn b_print(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    for pair in kw.chunks_exact(2) {
        match pstr::as_bytes(&pair[0]) {
            b"sep" => sep = Some(pair[1].clone()),
            b"end" => end = Some(pair[1].clone()),
            b"file" => file = Some(pair[1].clone()),
            other => {
                return Err(err::type_error(format!(
                    "'{}' is an invalid keyword argument for this function",
                    String::from_utf8_lossy(other)
                )));
            }
        }
    }
    let f = match file {
        Some(f) if !f.is_none() => f,
        _ => crate::sys::get("stdout").ok_or_else(|| err::runtime_error("lost sys.stdout"))?,
    };
    let check = |v: &Option<Value>, what: &str| -> PyResult<()> {
        if let Some(x) = v
            && !x.is_none()
            && !pstr::is_str(x)
            && !unicode::is_unicode(x)
        {
            return Err(err::type_error(format!(
                "{} must be None, str or unicode, not {}",
                what,
                type_ref(x).name_str()
            )));
        }
        Ok(())
    };
    check(&sep, "sep")?;
    check(&end, "end")?;
    for (i, x) in a.iter().enumerate() {
        if i > 0 {
            match &sep {
                Some(s) if !s.is_none() => crate::file::write_object(&f, s, true)?,
                _ => crate::file::write_object(&f, &pstr::new(" "), true)?,
            }
        }
        crate::file::write_object(&f, x, true)?;
    }
    match &end {
        Some(e) if !e.is_none() => crate::file::write_object(&f, e, true)?,
        _ => crate::file::write_object(&f, &pstr::new("\n"), true)?,
    }
    Ok(Value::NONE)
}

fn b_raw_input(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("raw_input", a, kw, 0, 1)?;
    let stdout = crate::sys::get("stdout");
    if let (Some(p), Some(out)) = (a.first(), &stdout) {
        crate::file::write_object(out, p, true)?;
        if crate::file::is_file(out) {
            let _ = ops::call_method(out, "flush", &[]);
        }
    }
    crate::file::flush_std();
    let stdin = crate::sys::get("stdin").ok_or_else(|| err::runtime_error("lost sys.stdin"))?;
    let line = ops::call_method(&stdin, "readline", &[])?;
    let b = pstr::as_bytes(&line);
    if b.is_empty() {
        return Err(crate::PyErr::new(
            rt().exc.eof_error,
            "EOF when reading a line",
        ));
    }
    let b = if b.ends_with(b"\n") {
        &b[..b.len() - 1]
    } else {
        b
    };
    Ok(pstr::new_bytes(b))
}

fn b_reduce(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("reduce", a, kw, 2, 3)?;
    let it = ops::iter(&a[1]).map_err(|e| {
        if e.matches(rt().exc.type_error) {
            err::type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a.get(2).cloned();
    while let Some(x) = ops::next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => ops::call(&a[0], &[v, x], &[])?,
        });
    }
    acc.ok_or_else(|| err::type_error("reduce() of empty sequence with no initial value"))
}

fn b_repr(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("repr", a, kw)?;
    ops::repr(x)
}

/// Python 2's `round(x, n)`: correctly rounded, halfway cases away from
/// zero (CPython's `_Py_double_round`).
pub fn round_f64(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 323 {
        return x;
    }
    if nd < -308 {
        return 0.0 * x;
    }
    if nd == 0 {
        let r = x.round();
        return r;
    }
    // exact rational arithmetic: x = m * 2**e
    let bits = x.abs().to_bits();
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if bexp == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), bexp - 1075)
    };
    let m = BigInt::from(m);
    let ten = BigInt::from(10);
    // value * 10**nd = m * 2**e * 10**nd = num / den
    let (mut num, mut den) = (m, BigInt::from(1));
    if e >= 0 {
        num <<= e as u32;
    } else {
        den <<= (-e) as u32;
    }
    if nd >= 0 {
        num *= num_traits::pow(ten.clone(), nd as usize);
    } else {
        den *= num_traits::pow(ten.clone(), (-nd) as usize);
    }
    let (q, r) = num.div_rem(&den);
    let twice = &r * 2;
    let q = if twice >= den { q + 1 } else { q };
    // q * 10**-nd as a correctly rounded double
    let text = if nd >= 0 {
        format!("{}e-{}", q, nd)
    } else {
        format!("{}e{}", q, -nd)
    };
    let v: f64 = text.parse().unwrap_or(f64::INFINITY);
    if x < 0.0 { -v } else { v }
}

fn b_round(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("round", a, kw, &["number", "ndigits"], 1)?;
    let x = ops::as_f64_arg(p[0].as_ref().unwrap())?;
    let nd = match &p[1] {
        Some(n) => ops::index_as_isize(n, false)? as i64,
        None => 0,
    };
    let r = round_f64(x, nd);
    if r.is_infinite() && x.is_finite() {
        return Err(err::overflow_error("rounded value too large to represent"));
    }
    Ok(Value::float(r))
}

fn b_sorted(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("sorted", a, kw, &["iterable", "cmp", "key", "reverse"], 1)?;
    let l = list::new(ops::seq_to_vec(p[0].as_ref().unwrap())?);
    let reverse = match &p[3] {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    crate::list_methods::sort(
        &l,
        args::opt(&p[1]).cloned(),
        args::opt(&p[2]).cloned(),
        reverse,
    )?;
    Ok(l)
}

fn b_sum(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("sum", a, kw, 1, 2)?;
    let mut acc = a.get(1).cloned().unwrap_or(Value::small_int(0));
    if pstr::is_str(&acc) {
        return Err(err::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if crate::bytearray::is_bytearray(&acc) {
        return Err(err::type_error(
            "sum() can't sum bytearray [use b''.join(seq) instead]",
        ));
    }
    let it = ops::iter(&a[0])?;
    while let Some(x) = ops::next(&it)? {
        acc = ops::add(&acc, &x)?;
    }
    Ok(acc)
}

fn b_zip(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("zip", kw)?;
    let mut iters = Vec::new();
    for (i, s) in a.iter().enumerate() {
        match ops::iter(s) {
            Ok(it) => iters.push(it),
            Err(e) if e.matches(rt().exc.type_error) => {
                return Err(err::type_error(format!(
                    "zip argument #{} must support iteration",
                    i + 1
                )));
            }
            Err(e) => return Err(e),
        }
    }
    let mut out = Vec::new();
    if iters.is_empty() {
        return Ok(list::new(out));
    }
    'outer: loop {
        let mut row = Vec::with_capacity(iters.len());
        for it in &iters {
            match ops::next(it)? {
                Some(x) => row.push(x),
                None => break 'outer,
            }
        }
        out.push(tuple::new(row));
    }
    Ok(list::new(out))
}

fn b_import(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse(
        "__import__",
        a,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = p[0].clone().unwrap();
    if !pstr::is_str(&name) {
        return Err(err::type_error(format!(
            "__import__() argument 1 must be string, not {}",
            type_ref(&name).name_str()
        )));
    }
    let level = match &p[4] {
        Some(l) => ops::as_i64_arg(l)?,
        None => -1,
    };
    let none = Value::NONE;
    (rt().hooks.get().import)(
        &name,
        p[1].as_ref().unwrap_or(&none),
        p[2].as_ref().unwrap_or(&none),
        p[3].as_ref().unwrap_or(&none),
        level,
    )
}

fn b_reload(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let m = args::one("reload", a, kw)?;
    if !module::is_module(m) {
        return Err(err::type_error("reload() argument must be module"));
    }
    (rt().hooks.get().reload)(m)
}

fn no_compiler(what: &str) -> crate::PyErr {
    err::not_implemented_error(format!(
        "{what} needs a Python source compiler; py2jit runs compiled bytecode only (compile the source with CPython 2.7, or run the program through a .py file so CPython 2.7 compiles it)"
    ))
}

fn b_compile(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse(
        "compile",
        a,
        kw,
        &["source", "filename", "mode", "flags", "dont_inherit"],
        3,
    )?;
    let src = p[0].clone().unwrap();
    let filename = p[1].clone().unwrap();
    let mode = p[2].clone().unwrap();
    (rt().hooks.get().compile)(&src, &filename, &mode).map_err(|e| {
        if e.matches(rt().exc.system_error) {
            no_compiler("compile()")
        } else {
            e
        }
    })
}

fn source_code(src: &Value, mode: &str, what: &str) -> PyResult {
    if crate::func::is_code(src) {
        return Ok(src.clone());
    }
    if !pstr::is_str(src) && !unicode::is_unicode(src) {
        return Err(err::type_error(format!(
            "{what}() arg 1 must be a string or code object"
        )));
    }
    (rt().hooks.get().compile)(src, &pstr::new("<string>"), &pstr::new(mode)).map_err(|e| {
        if e.matches(rt().exc.system_error) {
            no_compiler(&format!("{what}() of a string"))
        } else {
            e
        }
    })
}

fn globals_locals(g: Option<&Value>, l: Option<&Value>) -> PyResult<(Value, Value)> {
    let globals = match g {
        Some(g) if !g.is_none() => {
            if !dict::is_dict(g) {
                return Err(err::type_error("globals must be a dict"));
            }
            g.clone()
        }
        _ => (rt().hooks.get().current_globals)().unwrap_or_default(),
    };
    let locals = match l {
        Some(l) if !l.is_none() => l.clone(),
        _ => {
            if g.is_some_and(|x| !x.is_none()) {
                globals.clone()
            } else {
                (rt().hooks.get().current_locals)()?
            }
        }
    };
    if dict::get_item_str(&globals, "__builtins__").is_none() {
        dict::set_item_str(
            &globals,
            "__builtins__",
            rt().builtins_module.borrow().clone(),
        );
    }
    Ok((globals, locals))
}

fn b_eval(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("eval", a, kw, 1, 3)?;
    let code = source_code(&a[0], "eval", "eval")?;
    let (g, l) = globals_locals(a.get(1), a.get(2))?;
    (rt().hooks.get().exec_code)(&code, &g, &l)
}

fn b_execfile(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("execfile", a, kw, 1, 3)?;
    let path = pstr::as_str_lossy(&a[0]).to_string();
    let text = std::fs::read(&path).map_err(|e| {
        err::os_error(
            rt().exc.io_error,
            e.raw_os_error().unwrap_or(2),
            Some(&path),
        )
    })?;
    let code = (rt().hooks.get().compile)(&pstr::from_vec(text), &a[0], &pstr::new("exec"))
        .map_err(|e| {
            if e.matches(rt().exc.system_error) {
                no_compiler("execfile()")
            } else {
                e
            }
        })?;
    let (g, l) = globals_locals(a.get(1), a.get(2))?;
    (rt().hooks.get().exec_code)(&code, &g, &l)?;
    Ok(Value::NONE)
}

fn b_input(s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let line = b_raw_input(s, a, kw)?;
    b_eval(s, &[line], &[])
}

fn b_help(_s: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Err(err::not_implemented_error(
        "help() is not available in py2jit (it needs the interactive pydoc system)",
    ))
}

fn b_unavailable_memoryview(_s: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Err(err::not_implemented_error(
        "memoryview() is not supported by py2jit",
    ))
}

fn b_long_from(x: &Value) -> Option<i64> {
    long::to_big(x).and_then(|b| b.to_i64())
}

/// Creates the `__builtin__` module.
pub fn create() -> Value {
    let m = module::new_native("__builtin__");
    let fns: &[(&'static str, NativeFn)] = &[
        ("abs", b_abs),
        ("all", b_all),
        ("any", b_any),
        ("apply", b_apply),
        ("bin", b_bin),
        ("callable", b_callable),
        ("chr", b_chr),
        ("unichr", b_unichr),
        ("cmp", b_cmp),
        ("coerce", b_coerce),
        ("compile", b_compile),
        ("delattr", b_delattr),
        ("dir", b_dir),
        ("divmod", b_divmod),
        ("eval", b_eval),
        ("execfile", b_execfile),
        ("filter", b_filter),
        ("format", b_format),
        ("getattr", b_getattr),
        ("globals", b_globals),
        ("hasattr", b_hasattr),
        ("hash", b_hash),
        ("help", b_help),
        ("hex", b_hex),
        ("id", b_id),
        ("input", b_input),
        ("intern", b_intern),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("iter", b_iter),
        ("len", b_len),
        ("locals", b_locals),
        ("map", b_map),
        ("max", b_max),
        ("min", b_min),
        ("next", b_next),
        ("oct", b_oct),
        ("open", b_open),
        ("ord", b_ord),
        ("pow", b_pow),
        ("print", b_print),
        ("range", crate::range::range),
        ("raw_input", b_raw_input),
        ("reduce", b_reduce),
        ("reload", b_reload),
        ("repr", b_repr),
        ("round", b_round),
        ("setattr", b_setattr),
        ("sorted", b_sorted),
        ("sum", b_sum),
        ("vars", b_vars),
        ("zip", b_zip),
        ("__import__", b_import),
        ("memoryview", b_unavailable_memoryview),
    ];
    for &(name, f) in fns {
        module::add_fn(&m, name, f);
    }
    if let Some(len) = crate::dict::get_item_str(&module::dict_of(&m), "len") {
        // one reference is never released: the object outlives everything
        // that compares against its bits
        rt().builtin_len.set(len.into_raw());
    }
    if let Some(range) = crate::dict::get_item_str(&module::dict_of(&m), "range") {
        // as `len`
        rt().builtin_range.set(range.into_raw());
    }
    let t = &rt().types;
    let types = [
        ("basestring", t.basestring),
        ("buffer", t.buffer),
        ("bool", t.bool),
        ("bytearray", t.bytearray),
        ("bytes", t.str),
        ("classmethod", t.classmethod),
        ("complex", t.complex),
        ("dict", t.dict),
        ("enumerate", t.enumerate),
        ("file", t.file),
        ("float", t.float),
        ("frozenset", t.frozenset),
        ("int", t.int),
        ("list", t.list),
        ("long", t.long),
        ("object", t.object),
        ("property", t.property),
        ("reversed", t.reversed),
        ("set", t.set),
        ("slice", t.slice),
        ("staticmethod", t.staticmethod),
        ("str", t.str),
        ("super", t.super_),
        ("tuple", t.tuple),
        ("type", t.type_),
        ("unicode", t.unicode),
        ("xrange", t.xrange),
    ];
    for (name, ty) in types {
        module::set_attr(&m, name, type_value(ty));
    }
    module::set_attr(&m, "None", Value::NONE);
    module::set_attr(&m, "True", Value::TRUE);
    module::set_attr(&m, "False", Value::FALSE);
    module::set_attr(&m, "NotImplemented", Value::NOT_IMPLEMENTED);
    module::set_attr(&m, "Ellipsis", Value::ELLIPSIS);
    module::set_attr(&m, "__debug__", Value::TRUE);
    for e in crate::exceptions::all(&rt().exc) {
        module::set_attr(&m, &crate::class::type_short_name(e), type_value(e));
    }
    let _ = (
        Layout::Object,
        b_long_from,
        Zero::is_zero as fn(&BigInt) -> bool,
    );
    m
}
