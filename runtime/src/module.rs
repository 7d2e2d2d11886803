//! Module objects: a namespace dict with `__name__`, `__doc__` and
//! (for modules loaded from files) `__file__`.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::value::Value;
use crate::{PyResult, args, dict, err, ops, str as pstr};

/// A module.
#[repr(C)]
pub struct ModuleObj {
    /// Header.
    pub ob: ObjHeader,
    /// The namespace.
    pub dict: Value,
}

/// A new module named `name` with a fresh dict (`PyModule_New`:
/// `__doc__` and `__package__` None).
pub fn new(name: &str) -> Value {
    let d = dict::new();
    dict::set_item_str(&d, "__name__", pstr::new(name));
    dict::set_item_str(&d, "__doc__", Value::NONE);
    dict::set_item_str(&d, "__package__", Value::NONE);
    with_dict(d)
}

/// A new native module: as [`new`], with CPython's docstring for the
/// module of that name when there is one.
pub fn new_native(name: &str) -> Value {
    let m = new(name);
    if let Some(doc) = crate::docstrings::lookup(&format!("module:{name}")) {
        set_attr(&m, "__doc__", pstr::new(doc));
    }
    m
}

/// A module object around an existing namespace dict.
pub fn with_dict(d: Value) -> Value {
    // SAFETY: ModuleObj is the module layout.
    unsafe {
        new_object(
            rt().types.module,
            ModuleObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                dict: d,
            },
        )
    }
}

/// Is `v` a module?
#[inline]
pub fn is_module(v: &Value) -> bool {
    v.is_ptr() && crate::types::is_subtype(type_of(v), rt().types.module)
}

/// The namespace of a module.
pub fn dict_of(m: &Value) -> Value {
    // SAFETY: callers pass modules.
    unsafe { (*(m.as_ptr() as *const ModuleObj)).dict.clone() }
}

/// Sets `m.name = v`.
pub fn set_attr(m: &Value, name: &str, v: Value) {
    dict::set_item_str(&dict_of(m), name, v);
}

/// Adds a builtin function to a module.
pub fn add_fn(m: &Value, name: &'static str, f: crate::descr::NativeFn) {
    let modname = module_name(m);
    set_attr(m, name, crate::descr::new_module_fn(name, f, &modname));
}

/// The module's `__name__`.
pub fn module_name(m: &Value) -> String {
    dict::get_item_str(&dict_of(m), "__name__")
        .map(|n| pstr::as_str_lossy(&n).to_string())
        .unwrap_or_default()
}

fn module_repr(v: &Value) -> PyResult {
    let d = dict_of(v);
    let name = match dict::get_item_str(&d, "__name__") {
        Some(n) if pstr::is_str(&n) => pstr::as_str_lossy(&n).to_string(),
        _ => "?".to_string(),
    };
    match dict::get_item_str(&d, "__file__") {
        Some(f) if pstr::is_str(&f) => Ok(pstr::from_string(format!(
            "<module '{}' from '{}'>",
            name,
            pstr::as_str_lossy(&f)
        ))),
        _ => Ok(pstr::from_string(format!("<module '{name}' (built-in)>"))),
    }
}

fn module_new(t: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    // SAFETY: ModuleObj is the module layout.
    Ok(unsafe {
        new_object(
            t.as_ptr() as *mut crate::types::TypeObject,
            ModuleObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                dict: dict::new(),
            },
        )
    })
}

fn module_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    let p = args::parse("module.__init__", a, kw, &["name", "doc"], 1)?;
    let name = p[0].clone().unwrap();
    if !pstr::is_str(&name) {
        return Err(err::type_error(format!(
            "module.__init__() argument 1 must be string, not {}",
            crate::types::type_ref(&name).name_str()
        )));
    }
    let d = dict_of(v);
    dict::set_item_str(&d, "__name__", name);
    dict::set_item_str(&d, "__doc__", p[1].clone().unwrap_or(Value::NONE));
    Ok(())
}

fn module_getattr(v: &Value, name: &Value) -> PyResult {
    if let Some(x) = ops::generic_getattr_opt(v, name)? {
        return Ok(x);
    }
    Err(err::no_attribute(v, name))
}

/// # Safety
/// `p` is a live module.
unsafe fn traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    visit(unsafe { &(*(p as *const ModuleObj)).dict });
}

/// Fills the module type's slots (bootstrap).
pub fn setup() {
    let t = rt().types.module;
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t).slots;
        s.repr = Some(module_repr);
        s.new = Some(module_new);
        s.init = Some(module_init);
        s.getattr = Some(module_getattr);
        s.setattr = Some(ops::generic_setattr);
        s.traverse = Some(traverse);
    }
    crate::descr::add_getsets(t, &[("__dict__", get_dict, None)]);
}

/// `m.__dict__` (read-only, as CPython's T_OBJECT member).
fn get_dict(v: &Value) -> PyResult {
    Ok(dict_of(v))
}
