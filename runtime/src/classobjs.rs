//! The descriptor types classes are built with: `staticmethod`,
//! `classmethod`, `property` and `super` (funcobject.c, descrobject.c,
//! typeobject.c).

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{TypeObject, is_subtype, is_type, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, args, classic, err, func, ops, str as pstr, tuple};
use std::cell::UnsafeCell;

/// `staticmethod` and `classmethod` objects.
#[repr(C)]
pub struct WrapObj {
    /// Header.
    pub ob: ObjHeader,
    /// The wrapped callable (NULL before `__init__`).
    pub func: UnsafeCell<Value>,
}

fn wrapped(v: &Value) -> Value {
    // SAFETY: callers pass staticmethod/classmethod objects.
    unsafe { (*(*(v.as_ptr() as *const WrapObj)).func.get()).clone() }
}

/// `staticmethod(f)`.
pub fn new_staticmethod(f: Value) -> Value {
    // SAFETY: WrapObj is the staticmethod layout.
    unsafe {
        new_object(
            rt().types.staticmethod,
            WrapObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                func: UnsafeCell::new(f),
            },
        )
    }
}

/// `classmethod(f)`.
pub fn new_classmethod(f: Value) -> Value {
    // SAFETY: WrapObj is the classmethod layout.
    unsafe {
        new_object(
            rt().types.classmethod,
            WrapObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                func: UnsafeCell::new(f),
            },
        )
    }
}

fn wrap_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    // SAFETY: WrapObj is the layout of both types and their subclasses.
    Ok(unsafe {
        new_object(
            t.as_ptr() as *mut TypeObject,
            WrapObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                func: UnsafeCell::new(Value::NULL),
            },
        )
    })
}

fn wrap_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let name =
        if type_of(v) == rt().types.classmethod || is_subtype(type_of(v), rt().types.classmethod) {
            "classmethod"
        } else {
            "staticmethod"
        };
    args::no_kw(name, kw)?;
    args::unpack(name, a, kw, 1, 1)?;
    if name == "classmethod" && !ops::is_callable(&a[0]) {
        return Err(err::type_error(format!(
            "'{}' object is not callable",
            type_ref(&a[0]).name_str()
        )));
    }
    // SAFETY: v is a WrapObj; the old value is dropped after the store.
    let old = unsafe {
        std::mem::replace(
            &mut *(*(v.as_ptr() as *const WrapObj)).func.get(),
            a[0].clone(),
        )
    };
    drop(old);
    Ok(())
}

fn staticmethod_get(d: &Value, _obj: &Value, _owner: &Value) -> PyResult {
    let f = wrapped(d);
    if f.is_null() {
        return Err(err::runtime_error("uninitialized staticmethod object"));
    }
    Ok(f)
}

fn classmethod_get(d: &Value, obj: &Value, owner: &Value) -> PyResult {
    let f = wrapped(d);
    if f.is_null() {
        return Err(err::runtime_error("uninitialized classmethod object"));
    }
    let t = if owner.is_null() {
        type_value(type_of(obj))
    } else {
        owner.clone()
    };
    let meta = if classic::is_class(&t) {
        type_value(rt().types.classobj)
    } else {
        type_value(type_of(&t))
    };
    Ok(func::new_method(f, t, meta))
}

fn get_func(v: &Value) -> PyResult {
    Ok(wrapped(v))
}

/// # Safety
/// `p` is a live staticmethod/classmethod.
unsafe fn wrap_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let f = unsafe { &*(*(p as *const WrapObj)).func.get() };
    if !f.is_null() {
        visit(f);
    }
}

/// # Safety
/// `p` is a live, unreachable staticmethod/classmethod.
unsafe fn wrap_clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    let old = unsafe { std::mem::replace(&mut *(*(p as *const WrapObj)).func.get(), Value::NULL) };
    drop(old);
}

/// `property`.
#[repr(C)]
pub struct PropertyObj {
    /// Header.
    pub ob: ObjHeader,
    /// fget, fset, fdel, doc (None when absent).
    pub f: UnsafeCell<[Value; 4]>,
}

fn prop(v: &Value) -> &[Value; 4] {
    // SAFETY: callers pass properties; fields only change in __init__.
    unsafe { &*(*(v.as_ptr() as *const PropertyObj)).f.get() }
}

fn property_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    // SAFETY: PropertyObj is the property layout.
    Ok(unsafe {
        new_object(
            t.as_ptr() as *mut TypeObject,
            PropertyObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                f: UnsafeCell::new([Value::NONE, Value::NONE, Value::NONE, Value::NONE]),
            },
        )
    })
}

fn property_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let p = args::parse("property", a, kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let mut vals: [Value; 4] = Default::default();
    for (i, x) in p.into_iter().enumerate() {
        vals[i] = x.unwrap_or(Value::NONE);
    }
    if vals[3].is_none()
        && !vals[0].is_none()
        && let Some(d) = ops::getattr_opt(&vals[0], &crate::rt::intern("__doc__"))?
    {
        vals[3] = d;
    }
    // SAFETY: v is a property; old values dropped after the store.
    let old =
        unsafe { std::mem::replace(&mut *(*(v.as_ptr() as *const PropertyObj)).f.get(), vals) };
    drop(old);
    Ok(())
}

fn property_get(d: &Value, obj: &Value, _owner: &Value) -> PyResult {
    if obj.is_none() || obj.is_null() {
        return Ok(d.clone());
    }
    let fget = &prop(d)[0];
    if fget.is_none() {
        return Err(err::attribute_error("unreadable attribute"));
    }
    ops::call(fget, std::slice::from_ref(obj), &[])
}

fn property_set(d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => {
            let f = &prop(d)[1];
            if f.is_none() {
                return Err(err::attribute_error("can't set attribute"));
            }
            ops::call(f, &[obj.clone(), v], &[]).map(drop)
        }
        None => {
            let f = &prop(d)[2];
            if f.is_none() {
                return Err(err::attribute_error("can't delete attribute"));
            }
            ops::call(f, std::slice::from_ref(obj), &[]).map(drop)
        }
    }
}

fn property_copy(d: &Value, which: usize, f: &Value) -> PyResult {
    let mut vals = prop(d).clone();
    vals[which] = f.clone();
    let doc_from_getter = which == 0 && {
        let old_get = &prop(d)[0];
        let old_doc = &prop(d)[3];
        old_doc.is_none()
            || (!old_get.is_none()
                && ops::getattr_opt(old_get, &crate::rt::intern("__doc__"))?
                    .is_some_and(|x| x.is(old_doc)))
    };
    if doc_from_getter {
        vals[3] = Value::NONE;
    }
    let t = type_value(type_of(d));
    ops::call(&t, &vals, &[])
}

fn property_getter(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = args::one("getter", a, kw)?;
    property_copy(d, 0, f)
}

fn property_setter(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = args::one("setter", a, kw)?;
    property_copy(d, 1, f)
}

fn property_deleter(d: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let f = args::one("deleter", a, kw)?;
    property_copy(d, 2, f)
}

fn prop_fget(v: &Value) -> PyResult {
    Ok(prop(v)[0].clone())
}

fn prop_fset(v: &Value) -> PyResult {
    Ok(prop(v)[1].clone())
}

fn prop_fdel(v: &Value) -> PyResult {
    Ok(prop(v)[2].clone())
}

fn prop_doc(v: &Value) -> PyResult {
    Ok(prop(v)[3].clone())
}

/// # Safety
/// `p` is a live property.
unsafe fn prop_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    for v in unsafe { (*(*(p as *const PropertyObj)).f.get()).iter() } {
        visit(v);
    }
}

/// # Safety
/// `p` is a live, unreachable property.
unsafe fn prop_clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    let old = unsafe { std::mem::take(&mut *(*(p as *const PropertyObj)).f.get()) };
    drop(old);
}

/// `super`.
#[repr(C)]
pub struct SuperObj {
    /// Header.
    pub ob: ObjHeader,
    /// The class whose successors are searched.
    pub ty: Value,
    /// The instance or class (or None for unbound super).
    pub obj: Value,
    /// The type whose MRO is searched.
    pub obj_type: Value,
}

fn super_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords("super", kw)?;
    if a.is_empty() || a.len() > 2 {
        return Err(err::type_error(format!(
            "super() takes at least 1 argument ({} given)",
            a.len()
        )));
    }
    if !is_type(&a[0]) {
        return Err(err::type_error(format!(
            "super() argument 1 must be type, not {}",
            type_ref(&a[0]).name_str()
        )));
    }
    let ty = a[0].clone();
    let (obj, obj_type) = match a.get(1) {
        None => (Value::NONE, Value::NONE),
        Some(o) if o.is_none() => (Value::NONE, Value::NONE),
        Some(o) => (o.clone(), supercheck(&ty, o)?),
    };
    // SAFETY: SuperObj is the super layout.
    Ok(unsafe {
        new_object(
            t.as_ptr() as *mut TypeObject,
            SuperObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                ty,
                obj,
                obj_type,
            },
        )
    })
}

fn supercheck(ty: &Value, obj: &Value) -> PyResult {
    let t = ty.as_ptr() as *mut TypeObject;
    if is_type(obj) && is_subtype(obj.as_ptr() as *mut TypeObject, t) {
        return Ok(obj.clone());
    }
    if is_subtype(type_of(obj), t) {
        return Ok(type_value(type_of(obj)));
    }
    if let Some(c) = ops::getattr_opt(obj, &crate::rt::intern("__class__"))?
        && is_type(&c)
        && !c.is(&type_value(type_of(obj)))
        && is_subtype(c.as_ptr() as *mut TypeObject, t)
    {
        return Ok(c);
    }
    Err(err::type_error(
        "super(type, obj): obj must be an instance or subtype of type",
    ))
}

fn sup(v: &Value) -> &SuperObj {
    // SAFETY: callers pass super objects.
    unsafe { &*(v.as_ptr() as *const SuperObj) }
}

fn super_getattr(v: &Value, name: &Value) -> PyResult {
    let s = sup(v);
    if !s.obj_type.is_none() && pstr::as_bytes(name) != b"__class__" {
        // SAFETY: obj_type is a type.
        let mro = unsafe { tuple::items(&crate::types::as_type(&s.obj_type).mro).to_vec() };
        let mut i = mro
            .iter()
            .position(|m| m.is(&s.ty))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        while i < mro.len() {
            let d = crate::class::dict_of_mro_entry(&mro[i]);
            if let Some(res) = crate::dict::get_str(&d, name) {
                return match type_ref(&res).slots.descr_get {
                    Some(get) => {
                        let o = if s.obj.is(&s.obj_type) {
                            Value::NULL
                        } else {
                            s.obj.clone()
                        };
                        get(&res, &o, &s.obj_type)
                    }
                    None => Ok(res),
                };
            }
            i += 1;
        }
    }
    ops::generic_getattr(v, name)
}

fn super_get(d: &Value, obj: &Value, _owner: &Value) -> PyResult {
    let s = sup(d);
    if obj.is_none() || obj.is_null() || !s.obj.is_none() {
        return Ok(d.clone());
    }
    let t = type_value(type_of(d));
    ops::call(&t, &[s.ty.clone(), obj.clone()], &[])
}

fn super_repr(v: &Value) -> PyResult {
    let s = sup(v);
    let tn = crate::class::type_short_name(s.ty.as_ptr() as *mut TypeObject);
    Ok(pstr::from_string(if s.obj_type.is_none() {
        format!("<super: <class '{tn}'>, NULL>")
    } else {
        format!(
            "<super: <class '{}'>, <{} object>>",
            tn,
            crate::class::type_short_name(s.obj_type.as_ptr() as *mut TypeObject)
        )
    }))
}

fn super_thisclass(v: &Value) -> PyResult {
    Ok(sup(v).ty.clone())
}

fn super_self(v: &Value) -> PyResult {
    Ok(sup(v).obj.clone())
}

fn super_self_class(v: &Value) -> PyResult {
    Ok(sup(v).obj_type.clone())
}

/// # Safety
/// `p` is a live super object.
unsafe fn super_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let s = unsafe { &*(p as *const SuperObj) };
    visit(&s.ty);
    visit(&s.obj);
    visit(&s.obj_type);
}

/// Fills the slots of these types (bootstrap).
pub fn setup() {
    let t = &rt().types;
    // SAFETY: bootstrap: types exist and are not shared yet.
    unsafe {
        for ty in [t.staticmethod, t.classmethod] {
            let s = &mut (*ty).slots;
            s.new = Some(wrap_new);
            s.init = Some(wrap_init);
            s.traverse = Some(wrap_traverse);
            s.clear = Some(wrap_clear);
        }
        (*t.staticmethod).slots.descr_get = Some(staticmethod_get);
        (*t.classmethod).slots.descr_get = Some(classmethod_get);
        let p = &mut (*t.property).slots;
        p.new = Some(property_new);
        p.init = Some(property_init);
        p.descr_get = Some(property_get);
        p.descr_set = Some(property_set);
        p.traverse = Some(prop_traverse);
        p.clear = Some(prop_clear);
        let s = &mut (*t.super_).slots;
        s.new = Some(super_new);
        s.getattr = Some(super_getattr);
        s.descr_get = Some(super_get);
        s.repr = Some(super_repr);
        s.traverse = Some(super_traverse);
    }
    crate::descr::add_getsets(t.staticmethod, &[("__func__", get_func, None)]);
    crate::descr::add_getsets(t.classmethod, &[("__func__", get_func, None)]);
    crate::descr::add_getsets(
        t.property,
        &[
            ("fget", prop_fget, None),
            ("fset", prop_fset, None),
            ("fdel", prop_fdel, None),
            ("__doc__", prop_doc, None),
        ],
    );
    crate::descr::add_methods(
        t.property,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
        ],
    );
    crate::descr::add_getsets(
        t.super_,
        &[
            ("__thisclass__", super_thisclass, None),
            ("__self__", super_self, None),
            ("__self_class__", super_self_class, None),
        ],
    );
}
