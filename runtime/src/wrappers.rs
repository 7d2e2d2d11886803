//! Slot wrappers: type slots seen from Python as special methods.
//!
//! Every builtin type gets, in its dict, a `wrapper_descriptor` for each
//! slot it implements (`int.__add__`, `list.__len__`, `object.__repr__`),
//! like CPython's `add_operators`. Calling one runs the owner type's slot,
//! so `int.__add__(1, 'a')` returns NotImplemented and `super().__init__()`
//! reaches the builtin implementation. A user class whose special method
//! resolves to one of these wrappers inherits the owner's slot directly
//! (see `class::update_slots`).

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, TypeObject, UnOp, is_subtype, type_ref};
use crate::value::Value;
use crate::{PyResult, args, err, int, ops, tuple};

/// Which slot a wrapper calls, and how.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WrapKind {
    Bin(BinOp),
    RBin(BinOp),
    IBin(BinOp),
    Pow3,
    RPow3,
    Un(UnOp),
    Repr,
    Str,
    Hash,
    Rich(CmpOp),
    Cmp,
    Call,
    Iter,
    Next,
    Len,
    Nonzero,
    GetItem,
    SetItem,
    DelItem,
    GetSlice,
    SetSlice,
    DelSlice,
    Contains,
    Concat,
    Repeat,
    RRepeat,
    IConcat,
    IRepeat,
    GetAttribute,
    SetAttr,
    DelAttr,
    Init,
    DescrGet,
    DescrSet,
    DescrDelete,
}

/// `wrapper_descriptor`.
#[repr(C)]
pub struct WrapperObj {
    /// Header.
    pub ob: ObjHeader,
    /// Special method name.
    pub name: &'static str,
    /// What it calls.
    pub kind: WrapKind,
    /// The type whose slot it wraps.
    pub owner: *mut TypeObject,
    /// For `method-wrapper` (bound): the receiver; NULL when unbound.
    pub self_: Value,
}

fn new_wrapper(owner: *mut TypeObject, name: &'static str, kind: WrapKind) -> Value {
    // SAFETY: WrapperObj matches the wrapper_descriptor layout.
    unsafe {
        new_object(
            rt().types.wrapper_descriptor,
            WrapperObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name,
                kind,
                owner,
                self_: Value::NULL,
            },
        )
    }
}

/// The payload of a wrapper (bound or not).
pub fn wrapper(v: &Value) -> &WrapperObj {
    // SAFETY: callers pass wrapper objects.
    unsafe { &*(v.as_ptr() as *const WrapperObj) }
}

/// Is `v` a slot wrapper (unbound)?
pub fn is_wrapper(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.wrapper_descriptor
}

/// `__get__`: binds to an instance (a `method-wrapper`).
pub fn wrapper_get(d: &Value, obj: &Value, _owner: &Value) -> PyResult {
    if obj.is_null() {
        return Ok(d.clone());
    }
    let w = wrapper(d);
    check_self(w, obj)?;
    // SAFETY: same layout, different type (method-wrapper).
    Ok(unsafe {
        new_object(
            crate::typeobj::method_wrapper_type(),
            WrapperObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name: w.name,
                kind: w.kind,
                owner: w.owner,
                self_: obj.clone(),
            },
        )
    })
}

fn check_self(w: &WrapperObj, obj: &Value) -> PyResult<()> {
    let ok = is_subtype(type_of(obj), w.owner)
        || (crate::classic::is_instance(obj) && w.owner == rt().types.object);
    if !ok {
        return Err(err::type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            crate::class::type_short_name(w.owner),
            type_ref(obj).name_str()
        )));
    }
    Ok(())
}

/// Calling an unbound wrapper: the first argument is `self`.
pub fn wrapper_call(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let w = wrapper(d);
    if !w.self_.is_null() {
        return invoke(w, &w.self_, a, kw);
    }
    let Some(self_) = a.first() else {
        return Err(err::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name,
            crate::class::type_short_name(w.owner)
        )));
    };
    check_self(w, self_)?;
    invoke(w, self_, &a[1..], kw)
}

/// `PyArg_UnpackTuple(args, "", n, n)` as the setter wrappers use it: the
/// empty name leaves a leading space in the message.
fn want_unpack(w: &WrapperObj, a: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    args::no_kw(w.name, kw)?;
    let n = a.len();
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(err::type_error(format!(
            " expected {how}{min} arguments, got {n}"
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(err::type_error(format!(
            " expected {how}{max} arguments, got {n}"
        )));
    }
    Ok(())
}

fn want(w: &WrapperObj, a: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if w.kind != WrapKind::Call && w.kind != WrapKind::Init {
        args::no_kw(w.name, kw)?;
    }
    if a.len() != n {
        return Err(err::type_error(format!(
            "expected {} arguments, got {}",
            n,
            a.len()
        )));
    }
    Ok(())
}

fn invoke(w: &WrapperObj, s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: owner types are live for the runtime's lifetime or held by
    // the wrapper's owner (heap types are never wrapped).
    let slots = unsafe { &(*w.owner).slots };
    let missing = || err::type_error(format!("'{}' slot wrapper is not supported here", w.name));
    match w.kind {
        WrapKind::Bin(op) => {
            want(w, a, kw, 1)?;
            (slots.binop.ok_or_else(missing)?)(op, s, &a[0])
        }
        WrapKind::RBin(op) => {
            want(w, a, kw, 1)?;
            (slots.binop.ok_or_else(missing)?)(op, &a[0], s)
        }
        WrapKind::IBin(op) => {
            want(w, a, kw, 1)?;
            (slots.inplace.ok_or_else(missing)?)(op, s, &a[0])
        }
        WrapKind::Pow3 | WrapKind::RPow3 => {
            want_unpack(w, a, kw, 1, 2)?;
            let (x, y) = if w.kind == WrapKind::Pow3 {
                (s.clone(), a[0].clone())
            } else {
                (a[0].clone(), s.clone())
            };
            match a.get(1) {
                Some(z) if !z.is_none() => (slots.pow3.ok_or_else(missing)?)(&x, &y, z),
                _ => (slots.binop.ok_or_else(missing)?)(BinOp::Pow, &x, &y),
            }
        }
        WrapKind::Un(op) => {
            want(w, a, kw, 0)?;
            (slots.unop.ok_or_else(missing)?)(op, s)
        }
        WrapKind::Repr => {
            want(w, a, kw, 0)?;
            match slots.repr {
                Some(f) => f(s),
                None => Ok(crate::str::from_string(ops::default_repr(s))),
            }
        }
        WrapKind::Str => {
            want(w, a, kw, 0)?;
            match slots.str {
                Some(f) => f(s),
                None => ops::repr(s),
            }
        }
        WrapKind::Hash => {
            want(w, a, kw, 0)?;
            match slots.hash {
                Some(f) => Ok(int::new(f(s)?)),
                None => Err(err::type_error_of("unhashable type: '%s'", s)),
            }
        }
        WrapKind::Rich(op) => {
            want(w, a, kw, 1)?;
            (slots.richcompare.ok_or_else(missing)?)(s, &a[0], op)
        }
        WrapKind::Cmp => {
            want(w, a, kw, 1)?;
            let f = slots.compare.ok_or_else(missing)?;
            let other_cmp = type_ref(&a[0]).slots.compare;
            if !other_cmp.is_some_and(|g| std::ptr::fn_addr_eq(f, g))
                && !is_subtype(type_of(&a[0]), type_of(s))
            {
                let me = crate::class::tp_name(type_of(s));
                return Err(err::type_error(format!(
                    "{}.__cmp__(x,y) requires y to be a '{}', not a '{}'",
                    me,
                    me,
                    crate::class::tp_name(type_of(&a[0]))
                )));
            }
            Ok(int::new(f(s, &a[0])? as i64))
        }
        WrapKind::Call => (slots.call.ok_or_else(missing)?)(s, a, kw),
        WrapKind::Iter => {
            want(w, a, kw, 0)?;
            (slots.iter.ok_or_else(missing)?)(s)
        }
        WrapKind::Next => {
            want(w, a, kw, 0)?;
            match (slots.next.ok_or_else(missing)?)(s)? {
                Some(v) => Ok(v),
                None => Err(err::stop_iteration()),
            }
        }
        WrapKind::Len => {
            want(w, a, kw, 0)?;
            Ok(int::new((slots.len.ok_or_else(missing)?)(s)? as i64))
        }
        WrapKind::Nonzero => {
            want(w, a, kw, 0)?;
            Ok(Value::bool((slots.nonzero.ok_or_else(missing)?)(s)?))
        }
        WrapKind::GetItem => {
            want(w, a, kw, 1)?;
            (slots.getitem.ok_or_else(missing)?)(s, &a[0])
        }
        WrapKind::SetItem => {
            want_unpack(w, a, kw, 2, 2)?;
            (slots.setitem.ok_or_else(missing)?)(s, &a[0], Some(a[1].clone()))?;
            Ok(Value::NONE)
        }
        WrapKind::DelItem => {
            want(w, a, kw, 1)?;
            (slots.setitem.ok_or_else(missing)?)(s, &a[0], None)?;
            Ok(Value::NONE)
        }
        WrapKind::GetSlice | WrapKind::SetSlice | WrapKind::DelSlice => {
            // "nn" / "nnO" parsing, no name in the messages
            args::no_kw(w.name, kw)?;
            let want_n = if w.kind == WrapKind::SetSlice { 3 } else { 2 };
            if a.len() != want_n {
                return Err(err::type_error(format!(
                    "function takes exactly {} arguments ({} given)",
                    want_n,
                    a.len()
                )));
            }
            let i = args::c_long(&a[0])? as isize;
            let j = args::c_long(&a[1])? as isize;
            match w.kind {
                WrapKind::GetSlice => (slots.getslice.ok_or_else(missing)?)(s, i, j),
                WrapKind::SetSlice => {
                    (slots.setslice.ok_or_else(missing)?)(s, i, j, Some(a[2].clone()))?;
                    Ok(Value::NONE)
                }
                _ => {
                    (slots.setslice.ok_or_else(missing)?)(s, i, j, None)?;
                    Ok(Value::NONE)
                }
            }
        }
        WrapKind::Contains => {
            want(w, a, kw, 1)?;
            Ok(Value::bool((slots.contains.ok_or_else(missing)?)(
                s, &a[0],
            )?))
        }
        WrapKind::Concat => {
            want(w, a, kw, 1)?;
            (slots.concat.ok_or_else(missing)?)(s, &a[0])
        }
        WrapKind::IConcat => {
            want(w, a, kw, 1)?;
            (slots.inplace_concat.ok_or_else(missing)?)(s, &a[0])
        }
        WrapKind::Repeat | WrapKind::RRepeat | WrapKind::IRepeat => {
            // wrap_indexargfunc
            want_unpack(w, a, kw, 1, 1)?;
            let n = ops::index_as_isize(&a[0], true)?;
            let f = if w.kind == WrapKind::IRepeat {
                slots.inplace_repeat
            } else {
                slots.repeat
            };
            (f.ok_or_else(missing)?)(s, n)
        }
        WrapKind::GetAttribute => {
            want(w, a, kw, 1)?;
            let name = crate::builtins_core::attr_name(&a[0])?;
            (slots.getattr.unwrap_or(ops::generic_getattr))(s, &name)
        }
        WrapKind::SetAttr => {
            want_unpack(w, a, kw, 2, 2)?;
            let name = crate::builtins_core::attr_name(&a[0])?;
            crate::class::check_setattr_hack(s, w.owner)?;
            (slots.setattr.unwrap_or(ops::generic_setattr))(s, &name, Some(a[1].clone()))?;
            Ok(Value::NONE)
        }
        WrapKind::DelAttr => {
            want(w, a, kw, 1)?;
            let name = crate::builtins_core::attr_name(&a[0])?;
            crate::class::check_setattr_hack(s, w.owner)?;
            (slots.setattr.unwrap_or(ops::generic_setattr))(s, &name, None)?;
            Ok(Value::NONE)
        }
        WrapKind::Init => {
            (slots.init.ok_or_else(missing)?)(s, a, kw)?;
            Ok(Value::NONE)
        }
        WrapKind::DescrGet => {
            want_unpack(w, a, kw, 1, 2)?;
            // None means "absent" at this level (wrap_descr_get)
            let none_to_null = |v: Value| if v.is_none() { Value::NULL } else { v };
            let obj = none_to_null(a[0].clone());
            let ty = none_to_null(a.get(1).cloned().unwrap_or(Value::NONE));
            if obj.is_null() && ty.is_null() {
                return Err(err::type_error("__get__(None, None) is invalid"));
            }
            (slots.descr_get.ok_or_else(missing)?)(s, &obj, &ty)
        }
        WrapKind::DescrSet => {
            want_unpack(w, a, kw, 2, 2)?;
            (slots.descr_set.ok_or_else(missing)?)(s, &a[0], Some(a[1].clone()))?;
            Ok(Value::NONE)
        }
        WrapKind::DescrDelete => {
            want(w, a, kw, 1)?;
            (slots.descr_set.ok_or_else(missing)?)(s, &a[0], None)?;
            Ok(Value::NONE)
        }
    }
}

/// `method-wrapper` call slot.
pub fn method_wrapper_call(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let w = wrapper(d);
    invoke(w, &w.self_, a, kw)
}

/// The special names each slot answers to.
pub fn names_for_type(t: &TypeObject, base: Option<&TypeObject>) -> Vec<(&'static str, WrapKind)> {
    let s = &t.slots;
    let b = base.map(|b| b.slots).unwrap_or_default();
    // A wrapper is added only where the slot differs from the base's.
    macro_rules! differs {
        ($f:ident) => {
            match (s.$f, b.$f) {
                (Some(x), Some(y)) => !std::ptr::fn_addr_eq(x, y),
                (Some(_), None) => true,
                _ => false,
            }
        };
    }
    let mut out = Vec::new();
    if differs!(repr) {
        out.push(("__repr__", WrapKind::Repr));
    }
    if differs!(str) {
        out.push(("__str__", WrapKind::Str));
    }
    if differs!(hash) {
        out.push(("__hash__", WrapKind::Hash));
    }
    if differs!(richcompare) {
        for op in [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ] {
            out.push((op.name(), WrapKind::Rich(op)));
        }
    }
    if differs!(compare) {
        out.push(("__cmp__", WrapKind::Cmp));
    }
    if differs!(getattr) {
        out.push(("__getattribute__", WrapKind::GetAttribute));
    }
    if differs!(setattr) {
        out.push(("__setattr__", WrapKind::SetAttr));
        out.push(("__delattr__", WrapKind::DelAttr));
    }
    if differs!(call) {
        out.push(("__call__", WrapKind::Call));
    }
    if differs!(iter) {
        out.push(("__iter__", WrapKind::Iter));
    }
    if differs!(next) {
        out.push(("next", WrapKind::Next));
    }
    let has_bin =
        |op: BinOp| s.binop.is_some() && (s.binop_mask == 0 || s.binop_mask & op.bit() != 0);
    if differs!(binop) {
        for op in BinOp::ALL {
            if !has_bin(op) {
                continue;
            }
            let (n, r, _) = op.names();
            if op == BinOp::Pow {
                out.push((n, WrapKind::Pow3));
                out.push((r, WrapKind::RPow3));
            } else {
                out.push((n, WrapKind::Bin(op)));
                out.push((r, WrapKind::RBin(op)));
            }
        }
    }
    if differs!(inplace) {
        for op in BinOp::ALL {
            if op != BinOp::DivMod && (s.binop_mask == 0 || s.binop_mask & op.bit() != 0) {
                out.push((op.names().2, WrapKind::IBin(op)));
            }
        }
    }
    if differs!(unop) {
        for op in UnOp::ALL {
            if s.unop_mask == 0 || s.unop_mask & op.bit() != 0 {
                out.push((op.name(), WrapKind::Un(op)));
            }
        }
    }
    if differs!(nonzero) {
        out.push(("__nonzero__", WrapKind::Nonzero));
    }
    if differs!(len) {
        out.push(("__len__", WrapKind::Len));
    }
    if differs!(getitem) {
        out.push(("__getitem__", WrapKind::GetItem));
    }
    if differs!(setitem) {
        out.push(("__setitem__", WrapKind::SetItem));
        out.push(("__delitem__", WrapKind::DelItem));
    }
    if differs!(getslice) {
        out.push(("__getslice__", WrapKind::GetSlice));
    }
    if differs!(setslice) {
        out.push(("__setslice__", WrapKind::SetSlice));
        out.push(("__delslice__", WrapKind::DelSlice));
    }
    if differs!(contains) {
        out.push(("__contains__", WrapKind::Contains));
    }
    if differs!(getslice) {
        out.push(("__getslice__", WrapKind::GetSlice));
    }
    if differs!(setslice) {
        out.push(("__setslice__", WrapKind::SetSlice));
        out.push(("__delslice__", WrapKind::DelSlice));
    }
    if differs!(concat) && !has_bin(BinOp::Add) {
        out.push(("__add__", WrapKind::Concat));
    }
    if differs!(repeat) && !has_bin(BinOp::Mul) {
        out.push(("__mul__", WrapKind::Repeat));
        out.push(("__rmul__", WrapKind::RRepeat));
    }
    if differs!(inplace_concat) && s.inplace.is_none() {
        out.push(("__iadd__", WrapKind::IConcat));
    }
    if differs!(inplace_repeat) && s.inplace.is_none() {
        out.push(("__imul__", WrapKind::IRepeat));
    }
    if differs!(init) {
        out.push(("__init__", WrapKind::Init));
    }
    if differs!(descr_get) {
        out.push(("__get__", WrapKind::DescrGet));
    }
    if differs!(descr_set) {
        out.push(("__set__", WrapKind::DescrSet));
        out.push(("__delete__", WrapKind::DescrDelete));
    }
    out
}

/// Adds wrappers for the slots of builtin type `t` (bootstrap), plus
/// `__new__` when it has its own constructor.
pub fn add_operators(t: *mut TypeObject) {
    // SAFETY: t and its base are live builtin types being set up.
    let (tr, base) = unsafe {
        let tr = &*t;
        let base = if tr.base.is_null() {
            None
        } else {
            Some(&*(tr.base.as_ptr() as *const TypeObject))
        };
        (tr, base)
    };
    let d = tr.dict.clone();
    for (name, kind) in names_for_type(tr, base) {
        if crate::dict::get_item_str(&d, name).is_none() {
            crate::dict::set_item_str(&d, name, new_wrapper(t, name, kind));
        }
    }
    let own_new = match (tr.slots.new, base.and_then(|b| b.slots.new)) {
        (Some(x), Some(y)) => !std::ptr::fn_addr_eq(x, y),
        (Some(_), None) => true,
        _ => false,
    };
    if own_new && crate::dict::get_item_str(&d, "__new__").is_none() {
        let f = crate::descr::new_builtin("__new__", tp_new_wrapper, crate::types::type_value(t));
        crate::dict::set_item_str(&d, "__new__", f);
    }
}

/// `T.__new__(S, *args)`: checks S is a subtype of T, then calls T's
/// constructor for S.
fn tp_new_wrapper(owner: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: owner is the type the wrapper was made for.
    let t = owner.as_ptr() as *mut TypeObject;
    let tname = crate::class::tp_name(t);
    let Some(sub) = a.first() else {
        return Err(err::type_error(format!(
            "{tname}.__new__(): not enough arguments"
        )));
    };
    if !crate::types::is_type(sub) {
        return Err(err::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            tname,
            type_ref(sub).name_str()
        )));
    }
    let st = sub.as_ptr() as *mut TypeObject;
    if !is_subtype(st, t) {
        let sname = crate::class::tp_name(st);
        return Err(err::type_error(format!(
            "{tname}.__new__({sname}): {sname} is not a subtype of {tname}"
        )));
    }
    // SAFETY: t is live.
    let newf =
        unsafe { (*t).slots.new }.ok_or_else(|| err::type_error("cannot create instances"))?;
    newf(sub, &a[1..], kw)
}

/// Arguments as a tuple (for `__init__` wrappers that store them).
pub fn args_tuple(a: &[Value]) -> Value {
    tuple::from_slice(a)
}
