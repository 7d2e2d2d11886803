//! Builtin functions and descriptors: how Rust code appears to Python.
//!
//! - `builtin_function_or_method`: a Rust [`NativeFn`] with an optional
//!   bound `self` (module functions have NULL; `[].append` has the list).
//! - `method_descriptor`: an unbound method of a builtin type in its dict;
//!   `__get__` binds it.
//! - `classmethod_descriptor`: binds to the type (`dict.fromkeys`).
//! - `getset_descriptor`: a computed attribute (`f.func_name`).
//! - `member_descriptor`: a `__slots__` entry of a user class.
//! - `wrapper_descriptor` / `method-wrapper`: a type slot seen as a special
//!   method (`int.__add__`, `(3).__add__`), see `wrappers.rs`.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{TypeObject, is_subtype, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, dict, err, str as pstr};

/// A builtin implemented in Rust: `(self, positional, keyword pairs)`.
/// `self` is NULL for plain functions.
pub type NativeFn = fn(&Value, &[Value], &[Value]) -> PyResult;

/// A getter of a computed attribute.
pub type Getter = fn(&Value) -> PyResult;
/// A setter (`Some`) or deleter (`None`) of a computed attribute.
pub type Setter = fn(&Value, Option<Value>) -> PyResult<()>;

/// `builtin_function_or_method`.
#[repr(C)]
pub struct BuiltinFnObj {
    /// Header.
    pub ob: ObjHeader,
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// `__self__`: NULL for functions, the receiver for bound methods.
    pub self_: Value,
    /// `__module__` (None for methods).
    pub module: Value,
}

/// A new builtin function or bound builtin method.
pub fn new_builtin(name: &'static str, func: NativeFn, self_: Value) -> Value {
    // SAFETY: BuiltinFnObj matches the builtin_function layout.
    unsafe {
        new_object(
            rt().types.builtin_function,
            BuiltinFnObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name,
                func,
                self_,
                module: Value::NONE,
            },
        )
    }
}

/// A builtin function of module `module`.
pub fn new_module_fn(name: &'static str, func: NativeFn, module: &str) -> Value {
    let f = new_builtin(name, func, Value::NULL);
    builtin_mut(&f).module = pstr::new(module);
    f
}

/// Is `v` a builtin function or bound builtin method?
#[inline]
pub fn is_builtin(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.builtin_function
}

/// The payload of a builtin function.
#[inline]
pub fn builtin(v: &Value) -> &BuiltinFnObj {
    // SAFETY: callers pass builtin functions.
    unsafe { &*(v.as_ptr() as *const BuiltinFnObj) }
}

#[allow(clippy::mut_from_ref)]
fn builtin_mut(v: &Value) -> &mut BuiltinFnObj {
    // SAFETY: only used right after creation, before sharing.
    unsafe { &mut *(v.as_ptr() as *mut BuiltinFnObj) }
}

/// The call slot of builtin functions.
pub fn builtin_call(f: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let b = builtin(f);
    (b.func)(&b.self_, args, kw)
}

/// `method_descriptor` and `classmethod_descriptor`.
#[repr(C)]
pub struct MethodDescrObj {
    /// Header.
    pub ob: ObjHeader,
    /// Method name.
    pub name: &'static str,
    /// Implementation; receives the instance (or the type, for class
    /// methods) as `self`.
    pub func: NativeFn,
    /// The type that defines it.
    pub owner: *mut TypeObject,
}

/// A new method descriptor for `owner`.
pub fn new_method_descr(
    owner: *mut TypeObject,
    name: &'static str,
    func: NativeFn,
    classmethod: bool,
) -> Value {
    let ty = if classmethod {
        rt().types.classmethod_descriptor
    } else {
        rt().types.method_descriptor
    };
    // SAFETY: MethodDescrObj matches both descriptor layouts.
    unsafe {
        new_object(
            ty,
            MethodDescrObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name,
                func,
                owner,
            },
        )
    }
}

fn method_descr(v: &Value) -> &MethodDescrObj {
    // SAFETY: callers pass method descriptors.
    unsafe { &*(v.as_ptr() as *const MethodDescrObj) }
}

fn owner_name(t: *mut TypeObject) -> String {
    // CPython's `tp_name`: dotted for builtin types of modules
    crate::class::tp_name(t)
}

/// `__get__` of method descriptors: binds to the instance.
pub fn method_descr_get(d: &Value, obj: &Value, _owner: &Value) -> PyResult {
    if obj.is_null() {
        return Ok(d.clone());
    }
    let m = method_descr(d);
    if !is_subtype(type_of(obj), m.owner) {
        return Err(err::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
            m.name,
            owner_name(m.owner),
            type_ref(obj).name_str()
        )));
    }
    Ok(new_builtin(m.name, m.func, obj.clone()))
}

/// Calling an unbound method descriptor: `list.append(l, x)`.
pub fn method_descr_call(d: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let m = method_descr(d);
    let Some(self_) = args.first() else {
        return Err(err::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            m.name,
            owner_name(m.owner)
        )));
    };
    if !is_subtype(type_of(self_), m.owner) {
        return Err(err::type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            m.name,
            owner_name(m.owner),
            type_ref(self_).name_str()
        )));
    }
    (m.func)(self_, &args[1..], kw)
}

/// `__get__` of class-method descriptors: binds to the type.
pub fn classmethod_descr_get(d: &Value, obj: &Value, owner: &Value) -> PyResult {
    let m = method_descr(d);
    let t = if owner.is_null() {
        type_value(type_of(obj))
    } else {
        owner.clone()
    };
    Ok(new_builtin(m.name, m.func, t))
}

/// Calling a class-method descriptor directly: `dict.__dict__['fromkeys'](dict, ...)`.
pub fn classmethod_descr_call(d: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let m = method_descr(d);
    match args.first() {
        Some(t) if crate::types::is_type(t) => (m.func)(t, &args[1..], kw),
        _ => Err(err::type_error(format!(
            "descriptor '{}' for type '{}' needs a type",
            m.name,
            owner_name(m.owner)
        ))),
    }
}

/// `getset_descriptor`.
#[repr(C)]
pub struct GetSetObj {
    /// Header.
    pub ob: ObjHeader,
    /// Attribute name.
    pub name: &'static str,
    /// Getter.
    pub get: Getter,
    /// Setter/deleter, None if read-only.
    pub set: Option<Setter>,
    /// The type that defines it.
    pub owner: *mut TypeObject,
}

/// A new getset descriptor.
pub fn new_getset(
    owner: *mut TypeObject,
    name: &'static str,
    get: Getter,
    set: Option<Setter>,
) -> Value {
    // SAFETY: GetSetObj matches the getset_descriptor layout.
    unsafe {
        new_object(
            rt().types.getset_descriptor,
            GetSetObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name,
                get,
                set,
                owner,
            },
        )
    }
}

fn getset(v: &Value) -> &GetSetObj {
    // SAFETY: callers pass getset descriptors.
    unsafe { &*(v.as_ptr() as *const GetSetObj) }
}

/// `__get__` of getset descriptors.
pub fn getset_get(d: &Value, obj: &Value, _owner: &Value) -> PyResult {
    if obj.is_null() {
        return Ok(d.clone());
    }
    let g = getset(d);
    if !is_subtype(type_of(obj), g.owner) {
        return Err(err::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
            g.name,
            owner_name(g.owner),
            type_ref(obj).name_str()
        )));
    }
    (g.get)(obj)
}

/// `__set__`/`__delete__` of getset descriptors.
pub fn getset_set(d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let g = getset(d);
    match g.set {
        Some(s) => s(obj, v),
        None => Err(err::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            g.name,
            owner_name(g.owner)
        ))),
    }
}

/// `member_descriptor`: one `__slots__` entry, or a data member of a
/// builtin type (CPython's `PyMemberDef`, e.g. `complex.real`).
#[repr(C)]
pub struct MemberObj {
    /// Header.
    pub ob: ObjHeader,
    /// Slot name.
    pub name: Value,
    /// Index among the class's slot values.
    pub index: u32,
    /// The class that defines it.
    pub owner: *mut TypeObject,
    /// For a builtin type's member: its reader, and its writer unless it
    /// is read-only. None for `__slots__` entries.
    pub native: Option<(Getter, Option<Setter>)>,
}

/// A new member descriptor.
pub fn new_member(owner: *mut TypeObject, name: Value, index: u32) -> Value {
    new_member_obj(owner, name, index, None)
}

fn new_member_obj(
    owner: *mut TypeObject,
    name: Value,
    index: u32,
    native: Option<(Getter, Option<Setter>)>,
) -> Value {
    // SAFETY: MemberObj matches the member_descriptor layout.
    unsafe {
        new_object(
            rt().types.member_descriptor,
            MemberObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                name,
                index,
                owner,
                native,
            },
        )
    }
}

/// A data member of a builtin type: name, reader, writer (None: read-only).
pub type MemberDef = (&'static str, Getter, Option<Setter>);

/// Adds data members (member descriptors read and written by Rust
/// functions) to a builtin type's dict.
pub fn add_members(t: *mut TypeObject, members: &[MemberDef]) {
    // SAFETY: t is a live builtin type being set up.
    let d = unsafe { (*t).dict.clone() };
    for &(name, g, s) in members {
        dict::set_item_str(
            &d,
            name,
            new_member_obj(t, crate::rt::intern(name), 0, Some((g, s))),
        );
    }
}

fn member(v: &Value) -> &MemberObj {
    // SAFETY: callers pass member descriptors.
    unsafe { &*(v.as_ptr() as *const MemberObj) }
}

fn check_member_owner(m: &MemberObj, obj: &Value) -> PyResult<()> {
    if !is_subtype(type_of(obj), m.owner) {
        return Err(err::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
            pstr::as_str_lossy(&m.name),
            owner_name(m.owner),
            type_ref(obj).name_str()
        )));
    }
    Ok(())
}

fn member_slot(m: &MemberObj, obj: &Value) -> PyResult<*mut Value> {
    check_member_owner(m, obj)?;
    // SAFETY: obj's type derives from owner, so its extension area has the
    // owner's slots; slots follow the dict Value.
    unsafe {
        let owner = &*m.owner;
        let base = (obj.as_ptr() as *mut u8).add(owner.ext_offset as usize) as *mut Value;
        Ok(base.add(1 + m.index as usize))
    }
}

/// `__get__` of member descriptors.
pub fn member_get(d: &Value, obj: &Value, _owner: &Value) -> PyResult {
    if obj.is_null() {
        return Ok(d.clone());
    }
    let m = member(d);
    if let Some((get, _)) = m.native {
        check_member_owner(m, obj)?;
        return get(obj);
    }
    let p = member_slot(m, obj)?;
    // SAFETY: p points into the live instance.
    let v = unsafe { (*p).clone() };
    if v.is_null() {
        return Err(PyErrAttr(&m.name));
    }
    Ok(v)
}

#[allow(non_snake_case)]
fn PyErrAttr(name: &Value) -> crate::PyErr {
    crate::PyErr::with_arg(rt().exc.attribute_error, name.clone())
}

/// `__set__`/`__delete__` of member descriptors.
pub fn member_set(d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let m = member(d);
    if let Some((_, set)) = m.native {
        check_member_owner(m, obj)?;
        return match set {
            Some(set) => set(obj, v),
            None => Err(err::type_error("readonly attribute")),
        };
    }
    let p = member_slot(m, obj)?;
    // SAFETY: p points into the live instance; the old value is dropped
    // after the store.
    unsafe {
        match v {
            Some(v) => {
                let old = std::mem::replace(&mut *p, v);
                drop(old);
            }
            None => {
                if (*p).is_null() {
                    return Err(PyErrAttr(&m.name));
                }
                let old = std::mem::replace(&mut *p, Value::NULL);
                drop(old);
            }
        }
    }
    Ok(())
}

/// Adds Rust methods to a builtin type's dict.
pub fn add_methods(t: *mut TypeObject, methods: &[(&'static str, NativeFn)]) {
    // SAFETY: t is a live builtin type being set up.
    let d = unsafe { (*t).dict.clone() };
    for &(name, f) in methods {
        dict::set_item_str(&d, name, new_method_descr(t, name, f, false));
    }
}

/// Adds class methods (bound to the type) to a builtin type's dict.
pub fn add_classmethods(t: *mut TypeObject, methods: &[(&'static str, NativeFn)]) {
    // SAFETY: t is a live builtin type being set up.
    let d = unsafe { (*t).dict.clone() };
    for &(name, f) in methods {
        dict::set_item_str(&d, name, new_method_descr(t, name, f, true));
    }
}

/// Adds static methods (plain builtins) to a builtin type's dict.
pub fn add_staticmethods(t: *mut TypeObject, methods: &[(&'static str, NativeFn)]) {
    // SAFETY: t is a live builtin type being set up.
    let d = unsafe { (*t).dict.clone() };
    for &(name, f) in methods {
        dict::set_item_str(
            &d,
            name,
            crate::classobjs::new_staticmethod(new_builtin(name, f, Value::NULL)),
        );
    }
}

/// Adds computed attributes to a builtin type's dict.
pub fn add_getsets(t: *mut TypeObject, getsets: &[(&'static str, Getter, Option<Setter>)]) {
    // SAFETY: t is a live builtin type being set up.
    let d = unsafe { (*t).dict.clone() };
    for &(name, g, s) in getsets {
        dict::set_item_str(&d, name, new_getset(t, name, g, s));
    }
}

/// Sets a plain attribute in a builtin type's dict.
pub fn add_attr(t: *mut TypeObject, name: &str, v: Value) {
    // SAFETY: t is a live builtin type being set up.
    let d = unsafe { (*t).dict.clone() };
    dict::set_item_str(&d, name, v);
}
