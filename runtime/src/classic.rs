//! Classic (old-style) classes and instances (classobject.c).
//!
//! A classic class (`class A: pass`) is a `classobj` with a name, bases and
//! dict; its instances have type `instance` and a dict. Attribute lookup
//! searches the instance dict, then the class and its bases depth-first;
//! special methods are looked up on the *instance* (so `__getattr__`
//! takes part), and binary operators follow the `__coerce__` protocol.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, TypeObject, UnOp, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, dict, err, int, ops, str as pstr, tuple};

/// A classic class.
#[repr(C)]
pub struct ClassObj {
    /// Header.
    pub ob: ObjHeader,
    /// `__name__`.
    pub name: Value,
    /// `__bases__` (tuple of classic classes).
    pub bases: Value,
    /// `__dict__`.
    pub dict: Value,
}

/// A classic instance.
#[repr(C)]
pub struct InstObj {
    /// Header.
    pub ob: ObjHeader,
    /// `__class__`.
    pub class: Value,
    /// `__dict__`.
    pub dict: Value,
}

/// Is `v` a classic class?
#[inline]
pub fn is_class(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.classobj
}

/// Is `v` a classic instance?
#[inline]
pub fn is_instance(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.instance
}

fn cls(v: &Value) -> &ClassObj {
    // SAFETY: callers pass classic classes.
    unsafe { &*(v.as_ptr() as *const ClassObj) }
}

#[allow(clippy::mut_from_ref)]
fn cls_mut(v: &Value) -> &mut ClassObj {
    // SAFETY: callers pass classic classes; stores are leaf operations.
    unsafe { &mut *(v.as_ptr() as *mut ClassObj) }
}

fn inst(v: &Value) -> &InstObj {
    // SAFETY: callers pass classic instances.
    unsafe { &*(v.as_ptr() as *const InstObj) }
}

#[allow(clippy::mut_from_ref)]
fn inst_mut(v: &Value) -> &mut InstObj {
    // SAFETY: callers pass classic instances; stores are leaf operations.
    unsafe { &mut *(v.as_ptr() as *mut InstObj) }
}

/// The dict of a classic class.
pub fn class_dict(c: &Value) -> Value {
    cls(c).dict.clone()
}

/// The name of a classic class.
pub fn class_name(c: &Value) -> Value {
    cls(c).name.clone()
}

/// `__module__` of a classic class ("" if unknown).
pub fn class_module(c: &Value) -> String {
    match dict::get_item_str(&cls(c).dict, "__module__") {
        Some(m) if pstr::is_str(&m) => pstr::as_str_lossy(&m).to_string(),
        _ => String::new(),
    }
}

/// The class of a classic instance.
pub fn instance_class(v: &Value) -> Value {
    inst(v).class.clone()
}

/// The classes searched for attributes: the class, then its bases
/// depth-first, left to right (duplicates kept out).
pub fn depth_first(c: &Value, out: &mut Vec<Value>) {
    if out.iter().any(|x| x.is(c)) {
        return;
    }
    out.push(c.clone());
    if is_class(c) {
        for b in tuple::items(&cls(c).bases).to_vec() {
            depth_first(&b, out);
        }
    } else if crate::types::is_type(c) {
        // SAFETY: c is a type.
        for b in tuple::items(unsafe { &crate::types::as_type(c).mro })
            .iter()
            .skip(1)
        {
            if !out.iter().any(|x| x.is(b)) {
                out.push(b.clone());
            }
        }
    }
}

/// `class_lookup`: the attribute in the class or its bases (raw).
pub fn class_lookup(c: &Value, name: &Value) -> Option<Value> {
    if let Some(v) = dict::get_str(&cls(c).dict, name) {
        return Some(v);
    }
    for b in tuple::items(&cls(c).bases).to_vec() {
        let found = if is_class(&b) {
            class_lookup(&b, name)
        } else if crate::types::is_type(&b) {
            crate::types::lookup(b.as_ptr() as *mut TypeObject, name)
        } else {
            None
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// `classobj(name, bases, dict)`.
pub fn new_class(name: Value, bases: Value, d: Value) -> PyResult {
    if !pstr::is_str(&name) {
        return Err(err::type_error("PyClass_New: name must be a string"));
    }
    if !dict::is_dict(&d) {
        return Err(err::type_error("PyClass_New: dict must be a dictionary"));
    }
    if dict::get_item_str(&d, "__doc__").is_none() {
        dict::set_item_str(&d, "__doc__", Value::NONE);
    }
    if dict::get_item_str(&d, "__module__").is_none()
        && let Some(g) = (rt().hooks.get().current_globals)()
        && let Some(m) = dict::get_item_str(&g, "__name__")
    {
        dict::set_item_str(&d, "__module__", m);
    }
    let bases = if bases.is_none() {
        tuple::empty()
    } else {
        bases
    };
    if !tuple::is_tuple(&bases) {
        return Err(err::type_error("PyClass_New: bases must be a tuple"));
    }
    for b in tuple::items(&bases) {
        if !is_class(b) {
            if ops::is_callable(&type_value(type_of(b))) {
                return ops::call(&type_value(type_of(b)), &[name, bases.clone(), d], &[]);
            }
            return Err(err::type_error("PyClass_New: base must be a class"));
        }
    }
    // SAFETY: ClassObj is the classobj layout.
    Ok(unsafe {
        new_object(
            rt().types.classobj,
            ClassObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name,
                bases,
                dict: d,
            },
        )
    })
}

fn classobj_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::no_kw("classobj", kw)?;
    if a.len() != 3 {
        return Err(err::type_error(format!(
            "classobj() takes exactly 3 arguments ({} given)",
            a.len()
        )));
    }
    new_class(a[0].clone(), a[1].clone(), a[2].clone())
}

fn class_getattr(c: &Value, name: &Value) -> PyResult {
    let n = pstr::as_bytes(name);
    if n.starts_with(b"__") {
        match n {
            b"__dict__" => return Ok(cls(c).dict.clone()),
            b"__bases__" => return Ok(cls(c).bases.clone()),
            b"__name__" => return Ok(cls(c).name.clone()),
            _ => {}
        }
    }
    match class_lookup(c, name) {
        Some(v) => match type_ref(&v).slots.descr_get {
            Some(get) => get(&v, &Value::NULL, c),
            None => Ok(v),
        },
        None => Err(err::attribute_error(format!(
            "class {} has no attribute '{}'",
            pstr::as_str_lossy(&cls(c).name),
            pstr::as_str_lossy(name)
        ))),
    }
}

fn class_setattr(c: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let n = pstr::as_bytes(name);
    if n.starts_with(b"__") && n.ends_with(b"__") {
        match (n, &v) {
            (b"__dict__", Some(d)) => {
                if !dict::is_dict(d) {
                    return Err(err::type_error("__dict__ must be a dictionary object"));
                }
                let old = std::mem::replace(&mut cls_mut(c).dict, d.clone());
                drop(old);
                return Ok(());
            }
            (b"__bases__", Some(b)) => {
                if !tuple::is_tuple(b) || !tuple::items(b).iter().all(is_class) {
                    return Err(err::type_error("__bases__ must be a tuple of classes"));
                }
                let old = std::mem::replace(&mut cls_mut(c).bases, b.clone());
                drop(old);
                return Ok(());
            }
            (b"__name__", Some(x)) => {
                if !pstr::is_str(x) {
                    return Err(err::type_error("__name__ must be a string object"));
                }
                let old = std::mem::replace(&mut cls_mut(c).name, x.clone());
                drop(old);
                return Ok(());
            }
            _ => {}
        }
    }
    let d = cls(c).dict.clone();
    match v {
        Some(x) => dict::set(&d, name.clone(), x),
        None => {
            if dict::pop(&d, name)?.is_none() {
                return Err(err::attribute_error(format!(
                    "class {} has no attribute '{}'",
                    pstr::as_str_lossy(&cls(c).name),
                    pstr::as_str_lossy(name)
                )));
            }
            Ok(())
        }
    }
}

fn class_repr(c: &Value) -> PyResult {
    let m = class_module(c);
    let name = pstr::as_str_lossy(&cls(c).name).to_string();
    let addr = ops::address_of(c);
    Ok(pstr::from_string(if m.is_empty() {
        format!("<class ?.{name} at {addr:#x}>")
    } else {
        format!("<class {m}.{name} at {addr:#x}>")
    }))
}

fn class_str(c: &Value) -> PyResult {
    let m = class_module(c);
    let name = pstr::as_str_lossy(&cls(c).name).to_string();
    Ok(pstr::from_string(if m.is_empty() {
        name
    } else {
        format!("{m}.{name}")
    }))
}

/// Calling a classic class: a new instance, then `__init__`.
fn class_call(c: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let i = new_instance(c.clone(), dict::new());
    match instance_getattr2(&i, &crate::rt::intern("__init__"))? {
        None => {
            if !a.is_empty() || !kw.is_empty() {
                return Err(err::type_error("this constructor takes no arguments"));
            }
        }
        Some(init) => {
            let r = ops::call(&init, a, kw)?;
            if !r.is_none() {
                return Err(err::type_error("__init__() should return None"));
            }
        }
    }
    Ok(i)
}

/// A new classic instance.
pub fn new_instance(class: Value, d: Value) -> Value {
    // SAFETY: InstObj is the instance layout.
    unsafe {
        new_object(
            rt().types.instance,
            InstObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                class,
                dict: d,
            },
        )
    }
}

fn instance_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    crate::args::no_kw("instance", kw)?;
    crate::args::count("instance", a, kw, 1, 2)?;
    if !is_class(&a[0]) {
        return Err(err::type_error(
            "instance() argument 1 must be classobj, not ".to_string() + type_ref(&a[0]).name_str(),
        ));
    }
    let d = match a.get(1) {
        Some(d) if !d.is_none() => d.clone(),
        _ => dict::new(),
    };
    Ok(new_instance(a[0].clone(), d))
}

/// `instance_getattr2`: instance dict, then class (binding descriptors);
/// no `__getattr__`.
pub fn instance_getattr2(i: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(v) = dict::get_str(&inst(i).dict, name) {
        return Ok(Some(v));
    }
    let c = inst(i).class.clone();
    match class_lookup(&c, name) {
        Some(v) => match type_ref(&v).slots.descr_get {
            Some(get) => get(&v, i, &c).map(Some),
            None => Ok(Some(v)),
        },
        None => Ok(None),
    }
}

fn instance_getattr1(i: &Value, name: &Value) -> PyResult {
    let n = pstr::as_bytes(name);
    if n == b"__dict__" {
        return Ok(inst(i).dict.clone());
    }
    if n == b"__class__" {
        return Ok(inst(i).class.clone());
    }
    match instance_getattr2(i, name)? {
        Some(v) => Ok(v),
        None => Err(err::attribute_error(format!(
            "{} instance has no attribute '{}'",
            pstr::as_str_lossy(&cls(&inst(i).class).name),
            pstr::as_str_lossy(name)
        ))),
    }
}

/// Attribute get on a classic instance, with `__getattr__`.
pub fn instance_getattr(i: &Value, name: &Value) -> PyResult {
    match instance_getattr1(i, name) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(rt().exc.attribute_error) => {
            let c = inst(i).class.clone();
            match class_lookup(&c, &crate::rt::intern("__getattr__")) {
                Some(f) => ops::call(&f, &[i.clone(), name.clone()], &[]),
                None => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// `getattr(inst, name, None)` for special methods.
pub fn instance_getattr_opt(i: &Value, name: &str) -> PyResult<Option<Value>> {
    match instance_getattr(i, &crate::rt::intern(name)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(rt().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn instance_setattr(i: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let c = inst(i).class.clone();
    let hook = if v.is_some() {
        "__setattr__"
    } else {
        "__delattr__"
    };
    if let Some(f) = class_lookup(&c, &crate::rt::intern(hook)) {
        let mut a = vec![i.clone(), name.clone()];
        if let Some(x) = v {
            a.push(x);
        }
        return ops::call(&f, &a, &[]).map(drop);
    }
    let n = pstr::as_bytes(name);
    match (n, v) {
        (b"__dict__", Some(d)) => {
            if !dict::is_dict(&d) {
                return Err(err::type_error("__dict__ must be set to a dictionary"));
            }
            let old = std::mem::replace(&mut inst_mut(i).dict, d);
            drop(old);
            Ok(())
        }
        (b"__class__", Some(k)) => {
            if !is_class(&k) {
                return Err(err::type_error("__class__ must be set to a class"));
            }
            let old = std::mem::replace(&mut inst_mut(i).class, k);
            drop(old);
            Ok(())
        }
        (_, Some(x)) => dict::set(&inst(i).dict, name.clone(), x),
        (_, None) => {
            if dict::pop(&inst(i).dict, name)?.is_none() {
                return Err(err::attribute_error(format!(
                    "{} instance has no attribute '{}'",
                    pstr::as_str_lossy(&cls(&c).name),
                    pstr::as_str_lossy(name)
                )));
            }
            Ok(())
        }
    }
}

fn call_attr(i: &Value, name: &str, a: &[Value]) -> PyResult {
    let f = instance_getattr(i, &crate::rt::intern(name))?;
    ops::call(&f, a, &[])
}

fn instance_repr(i: &Value) -> PyResult {
    match instance_getattr_opt(i, "__repr__")? {
        Some(f) => ops::call(&f, &[], &[]),
        None => {
            let c = &inst(i).class;
            let m = class_module(c);
            let name = pstr::as_str_lossy(&cls(c).name).to_string();
            let m = if m.is_empty() { "?".to_string() } else { m };
            Ok(pstr::from_string(format!(
                "<{}.{} instance at {:#x}>",
                m,
                name,
                ops::address_of(i)
            )))
        }
    }
}

fn instance_str(i: &Value) -> PyResult {
    match instance_getattr_opt(i, "__str__")? {
        Some(f) => ops::call(&f, &[], &[]),
        None => instance_repr(i),
    }
}

fn instance_hash(i: &Value) -> PyResult<i64> {
    match instance_getattr_opt(i, "__hash__")? {
        Some(f) => {
            let r = ops::call(&f, &[], &[])?;
            if int::is_int(&r) || crate::long::is_long(&r) {
                ops::hash(&r)
            } else {
                Err(err::type_error("__hash__() should return an int"))
            }
        }
        None => {
            if instance_getattr_opt(i, "__eq__")?.is_some()
                || instance_getattr_opt(i, "__cmp__")?.is_some()
            {
                return Err(err::type_error("unhashable instance"));
            }
            Ok(ops::hash_pointer(i))
        }
    }
}

fn instance_call(i: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    match instance_getattr_opt(i, "__call__")? {
        Some(f) => ops::call(&f, a, kw),
        None => Err(err::attribute_error(format!(
            "{} instance has no __call__ method",
            pstr::as_str_lossy(&cls(&inst(i).class).name)
        ))),
    }
}

fn instance_len(i: &Value) -> PyResult<usize> {
    let r = call_attr(i, "__len__", &[])?;
    match int::as_i64(&r) {
        Some(n) if n < 0 => Err(err::value_error("__len__() should return >= 0")),
        Some(n) => Ok(n as usize),
        None => Err(err::type_error("__len__() should return an int")),
    }
}

fn instance_nonzero(i: &Value) -> PyResult<bool> {
    let f = match instance_getattr_opt(i, "__nonzero__")? {
        Some(f) => f,
        None => match instance_getattr_opt(i, "__len__")? {
            Some(f) => f,
            None => return Ok(true),
        },
    };
    let r = ops::call(&f, &[], &[])?;
    match int::as_i64(&r) {
        Some(n) if n < 0 => Err(err::value_error("__nonzero__ should return >= 0")),
        Some(n) => Ok(n > 0),
        None => Err(err::type_error("__nonzero__ should return an int")),
    }
}

fn instance_getitem(i: &Value, k: &Value) -> PyResult {
    call_attr(i, "__getitem__", std::slice::from_ref(k))
}

fn instance_setitem(i: &Value, k: &Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => call_attr(i, "__setitem__", &[k.clone(), v]).map(drop),
        None => call_attr(i, "__delitem__", std::slice::from_ref(k)).map(drop),
    }
}

fn instance_getslice(i: &Value, lo: isize, hi: isize) -> PyResult {
    match instance_getattr_opt(i, "__getslice__")? {
        Some(f) => ops::call(&f, &[int::new(lo as i64), int::new(hi as i64)], &[]),
        None => {
            let s = crate::slice::new(int::new(lo as i64), int::new(hi as i64), Value::NONE);
            call_attr(i, "__getitem__", &[s])
        }
    }
}

fn instance_setslice(i: &Value, lo: isize, hi: isize, v: Option<Value>) -> PyResult<()> {
    let (a, b) = (int::new(lo as i64), int::new(hi as i64));
    let name = if v.is_some() {
        "__setslice__"
    } else {
        "__delslice__"
    };
    match instance_getattr_opt(i, name)? {
        Some(f) => {
            let mut args = vec![a, b];
            if let Some(v) = v {
                args.push(v);
            }
            ops::call(&f, &args, &[]).map(drop)
        }
        None => {
            let s = crate::slice::new(a, b, Value::NONE);
            match v {
                Some(v) => call_attr(i, "__setitem__", &[s, v]).map(drop),
                None => call_attr(i, "__delitem__", &[s]).map(drop),
            }
        }
    }
}

fn instance_contains(i: &Value, item: &Value) -> PyResult<bool> {
    match instance_getattr_opt(i, "__contains__")? {
        Some(f) => {
            let r = ops::call(&f, std::slice::from_ref(item), &[])?;
            ops::truthy(&r)
        }
        None => {
            let it = ops::iter(i)?;
            while let Some(x) = ops::next(&it)? {
                if ops::eq_bool(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn instance_iter(i: &Value) -> PyResult {
    match instance_getattr_opt(i, "__iter__")? {
        Some(f) => {
            let r = ops::call(&f, &[], &[])?;
            if type_ref(&r).slots.next.is_none() {
                return Err(err::type_error_of(
                    "__iter__ returned non-iterator of type '%s'",
                    &r,
                ));
            }
            Ok(r)
        }
        None => match instance_getattr_opt(i, "__getitem__")? {
            Some(_) => Ok(crate::iterobj::seq_iter(i.clone())),
            None => Err(err::type_error("iteration over non-sequence")),
        },
    }
}

fn instance_next(i: &Value) -> PyResult<Option<Value>> {
    match instance_getattr_opt(i, "next")? {
        Some(f) => match ops::call(&f, &[], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(rt().exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        },
        None => Err(err::type_error("instance has no next() method")),
    }
}

fn instance_unop(op: UnOp, i: &Value) -> PyResult {
    if op == UnOp::Index {
        return match instance_getattr_opt(i, "__index__")? {
            Some(f) => ops::call(&f, &[], &[]),
            None => Err(err::type_error("object cannot be interpreted as an index")),
        };
    }
    if matches!(op, UnOp::Int | UnOp::Long) {
        return instance_int(i, op);
    }
    call_attr(i, op.name(), &[])
}

/// `instance_int` / `instance_long`: `__int__` (`__long__` first for
/// long), else `__trunc__` made integral.
fn instance_int(i: &Value, op: UnOp) -> PyResult {
    if op == UnOp::Long && instance_getattr_opt(i, "__long__")?.is_some() {
        return call_attr(i, "__long__", &[]);
    }
    if instance_getattr_opt(i, "__int__")?.is_some() {
        return call_attr(i, "__int__", &[]);
    }
    let t = call_attr(i, "__trunc__", &[])?;
    if crate::int::is_int(&t) || crate::long::is_long(&t) {
        return Ok(t);
    }
    let non_integral = || {
        err::type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            crate::class::tp_name(crate::object::type_of(&t))
        ))
    };
    match ops::getattr_opt(&t, &crate::rt::intern("__int__"))? {
        Some(f) => {
            let r = ops::call(&f, &[], &[])?;
            if crate::int::is_int(&r) || crate::long::is_long(&r) {
                Ok(r)
            } else {
                Err(non_integral())
            }
        }
        None => Err(non_integral()),
    }
}

fn generic_binary_op(v: &Value, w: &Value, name: &str) -> PyResult {
    match instance_getattr_opt(v, name)? {
        Some(f) => ops::call(&f, std::slice::from_ref(w), &[]),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn half_binop(v: &Value, w: &Value, name: &str, op: BinOp, swapped: bool) -> PyResult {
    if !is_instance(v) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let Some(coerce) = instance_getattr_opt(v, "__coerce__")? else {
        return generic_binary_op(v, w, name);
    };
    let coerced = ops::call(&coerce, std::slice::from_ref(w), &[])?;
    if coerced.is_none() || coerced.is(&Value::NOT_IMPLEMENTED) {
        return generic_binary_op(v, w, name);
    }
    if !tuple::is_tuple(&coerced) || tuple::items(&coerced).len() != 2 {
        return Err(err::type_error("coercion should return None or 2-tuple"));
    }
    let (v1, w1) = (
        tuple::items(&coerced)[0].clone(),
        tuple::items(&coerced)[1].clone(),
    );
    if is_instance(&v1) {
        return generic_binary_op(&v1, &w1, name);
    }
    ops::enter_recursive(" after coercion")?;
    let r = if swapped {
        ops::binary_op(&w1, &v1, op)
    } else {
        ops::binary_op(&v1, &w1, op)
    };
    ops::leave_recursive();
    r
}

/// Binary operators when either operand is a classic instance
/// (`do_binop`); may return NotImplemented.
pub fn binop(a: &Value, b: &Value, op: BinOp) -> PyResult {
    let (name, rname, _) = op.names();
    let r = half_binop(a, b, name, op, false)?;
    if !r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    half_binop(b, a, rname, op, true)
}

fn instance_inplace(op: BinOp, a: &Value, b: &Value) -> PyResult {
    match instance_getattr_opt(a, op.names().2)? {
        Some(f) => ops::call(&f, std::slice::from_ref(b), &[]),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn instance_pow3(a: &Value, b: &Value, c: &Value) -> PyResult {
    if is_instance(a)
        && let Some(f) = instance_getattr_opt(a, "__pow__")?
    {
        return ops::call(&f, &[b.clone(), c.clone()], &[]);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn half_richcompare(v: &Value, w: &Value, op: CmpOp) -> PyResult {
    match instance_getattr_opt(v, op.name())? {
        Some(f) => ops::call(&f, std::slice::from_ref(w), &[]),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn instance_richcompare(v: &Value, w: &Value, op: CmpOp) -> PyResult {
    if is_instance(v) {
        let r = half_richcompare(v, w, op)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if is_instance(w) {
        let r = half_richcompare(w, v, op.swapped())?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn half_cmp(v: &Value, w: &Value) -> PyResult<i32> {
    if !is_instance(v) {
        return Ok(2);
    }
    let Some(f) = instance_getattr_opt(v, "__cmp__")? else {
        return Ok(2);
    };
    let r = ops::call(&f, std::slice::from_ref(w), &[])?;
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(2);
    }
    let c = int::as_i64(&r).ok_or_else(|| err::type_error("comparison did not return an int"))?;
    Ok(c.signum() as i32)
}

/// Coerces `(v, w)` with `__coerce__` of a classic instance operand:
/// `Some` pair, or `None` when no coercion applies.
fn coerce_ex(v: &Value, w: &Value) -> PyResult<Option<(Value, Value)>> {
    for (x, y, swap) in [(v, w, false), (w, v, true)] {
        if is_instance(x)
            && let Some(f) = instance_getattr_opt(x, "__coerce__")?
        {
            let r = ops::call(&f, std::slice::from_ref(y), &[])?;
            if r.is_none() || r.is(&Value::NOT_IMPLEMENTED) {
                continue;
            }
            if !tuple::is_tuple(&r) || tuple::items(&r).len() != 2 {
                return Err(err::type_error("coercion should return None or 2-tuple"));
            }
            let (a, b) = (tuple::items(&r)[0].clone(), tuple::items(&r)[1].clone());
            return Ok(Some(if swap { (b, a) } else { (a, b) }));
        }
    }
    Ok(None)
}

/// Three-way comparison involving a classic instance (`instance_compare`):
/// -1/0/1, or 2 when undefined.
pub fn compare(v: &Value, w: &Value) -> PyResult<i32> {
    if let Some((a, b)) = coerce_ex(v, w)? {
        if is_instance(&a) && is_instance(&b) {
            return Ok(2);
        }
        return ops::cmp(&a, &b);
    }
    let c = half_cmp(v, w)?;
    if c <= 1 {
        return Ok(c);
    }
    let c = half_cmp(w, v)?;
    if c <= 1 {
        return Ok(-c);
    }
    Ok(2)
}

fn instance_compare_slot(v: &Value, w: &Value) -> PyResult<i32> {
    compare(v, w)
}

/// Does the instance's class define `__del__`?
pub fn instance_has_del(i: &Value) -> bool {
    class_lookup(&inst(i).class, &crate::rt::intern("__del__")).is_some()
}

/// Runs `__del__` of a classic instance.
pub fn run_del(i: &Value) -> PyResult<()> {
    if let Some(f) = instance_getattr2(i, &crate::rt::intern("__del__"))? {
        ops::call(&f, &[], &[])?;
    }
    Ok(())
}

/// # Safety
/// `p` is a live classic class.
unsafe fn class_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let c = unsafe { &*(p as *const ClassObj) };
    visit(&c.name);
    visit(&c.bases);
    visit(&c.dict);
}

/// # Safety
/// `p` is a live, unreachable classic class.
unsafe fn class_clear(p: *mut ObjHeader) {
    // SAFETY: garbage; fields are moved out before dropping.
    let c = unsafe { &mut *(p as *mut ClassObj) };
    let old = (
        std::mem::replace(&mut c.bases, tuple::empty()),
        std::mem::replace(&mut c.dict, dict::new()),
    );
    drop(old);
}

/// # Safety
/// `p` is a live classic instance.
unsafe fn inst_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let i = unsafe { &*(p as *const InstObj) };
    visit(&i.class);
    visit(&i.dict);
}

/// # Safety
/// `p` is a live, unreachable classic instance.
unsafe fn inst_clear(p: *mut ObjHeader) {
    // SAFETY: garbage; the dict is emptied (the class stays: it may still
    // be needed by __del__ lookups of other members).
    let i = unsafe { &mut *(p as *mut InstObj) };
    let old = std::mem::replace(&mut i.dict, dict::new());
    drop(old);
}

/// Fills the slots of `classobj` and `instance` (bootstrap).
pub fn setup_types() {
    let t = &rt().types;
    // SAFETY: bootstrap: the types exist and nothing else uses them yet.
    unsafe {
        let c = &mut (*t.classobj).slots;
        c.getattr = Some(class_getattr);
        c.setattr = Some(class_setattr);
        c.repr = Some(class_repr);
        c.str = Some(class_str);
        c.call = Some(class_call);
        c.new = Some(classobj_new);
        c.hash = Some(|v| Ok(ops::hash_pointer(v)));
        c.traverse = Some(class_traverse);
        c.clear = Some(class_clear);
        let s = &mut (*t.instance).slots;
        s.getattr = Some(instance_getattr);
        s.setattr = Some(instance_setattr);
        s.repr = Some(instance_repr);
        s.str = Some(instance_str);
        s.hash = Some(instance_hash);
        s.call = Some(instance_call);
        s.len = Some(instance_len);
        s.nonzero = Some(instance_nonzero);
        s.getitem = Some(instance_getitem);
        s.setitem = Some(instance_setitem);
        s.contains = Some(instance_contains);
        s.getslice = Some(instance_getslice);
        s.setslice = Some(instance_setslice);
        s.iter = Some(instance_iter);
        s.next = Some(instance_next);
        s.unop = Some(instance_unop);
        s.binop = Some(|op, a, b| binop(a, b, op));
        s.inplace = Some(instance_inplace);
        s.pow3 = Some(instance_pow3);
        s.richcompare = Some(instance_richcompare);
        s.compare = Some(instance_compare_slot);
        s.new = Some(instance_new);
        s.traverse = Some(inst_traverse);
        s.clear = Some(inst_clear);
    }
}
