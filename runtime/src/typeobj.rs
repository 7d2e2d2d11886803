//! Slots and attributes of the core builtin types: `type`, `object`,
//! `function`, `instancemethod`, `code`, `cell`, `module`, builtin
//! functions and descriptors, `NoneType`, `bool`, `NotImplementedType`,
//! `ellipsis`, and the `dictproxy` that `type.__dict__` returns.

use crate::class;
use crate::descr::{self, add_getsets, add_methods};
use crate::func::{self, CodeObj};
use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::{BinOp, CmpOp, TypeObject, is_subtype, is_type, lookup, type_ref, type_value};
use crate::value::Value;
use crate::{PyResult, args, dict, err, int, list, ops, str as pstr, tuple};
use std::cell::Cell;

thread_local! {
    static METHOD_WRAPPER: Cell<*mut TypeObject> = const { Cell::new(std::ptr::null_mut()) };
}

/// The `method-wrapper` type (bound slot wrappers).
pub fn method_wrapper_type() -> *mut TypeObject {
    METHOD_WRAPPER.with(|c| c.get())
}

// ----- type -----

fn tp(v: &Value) -> *mut TypeObject {
    v.as_ptr() as *mut TypeObject
}

fn type_repr(v: &Value) -> PyResult {
    let t = tp(v);
    // SAFETY: v is a type.
    let heap = unsafe { (*t).is_heap() };
    if heap {
        let m = class::type_module_name(t);
        let n = class::type_short_name(t);
        return Ok(pstr::from_string(if m.is_empty() || m == "__builtin__" {
            format!("<class '{n}'>")
        } else {
            format!("<class '{m}.{n}'>")
        }));
    }
    Ok(pstr::from_string(format!("<type '{}'>", class::tp_name(t))))
}

fn type_getattr(v: &Value, name: &Value) -> PyResult {
    let t = tp(v);
    let meta = type_of(v);
    let meta_attr = lookup(meta, name);
    if let Some(ma) = &meta_attr {
        let s = &type_ref(ma).slots;
        if let (Some(get), Some(_)) = (s.descr_get, s.descr_set) {
            return get(ma, v, &type_value(meta));
        }
    }
    if let Some(a) = lookup(t, name) {
        return match type_ref(&a).slots.descr_get {
            Some(get) => get(&a, &Value::NULL, v),
            None => Ok(a),
        };
    }
    if let Some(ma) = meta_attr {
        return match type_ref(&ma).slots.descr_get {
            Some(get) => get(&ma, v, &type_value(meta)),
            None => Ok(ma),
        };
    }
    Err(err::attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        class::type_short_name(t),
        pstr::as_str_lossy(name)
    )))
}

fn type_setattr(v: &Value, name: &Value, x: Option<Value>) -> PyResult<()> {
    let t = tp(v);
    // SAFETY: v is a type.
    if !unsafe { (*t).is_heap() } {
        return Err(err::type_error(format!(
            "can't set attributes of built-in/extension type '{}'",
            class::tp_name(t)
        )));
    }
    let meta = type_of(v);
    if let Some(ma) = lookup(meta, name)
        && let Some(set) = type_ref(&ma).slots.descr_set
    {
        set(&ma, v, x)?;
        class::type_modified(t);
        return Ok(());
    }
    // SAFETY: t is a live heap type.
    let d = unsafe { (*t).dict.clone() };
    match x {
        Some(val) => dict::set(&d, name.clone(), val)?,
        None => {
            if dict::pop(&d, name)?.is_none() {
                return Err(err::attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    class::type_short_name(t),
                    pstr::as_str_lossy(name)
                )));
            }
        }
    }
    class::class_attr_changed(t, name);
    Ok(())
}

fn type_new_slot(meta: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let m = tp(meta);
    if m == rt().types.type_ && a.len() == 1 && kw.is_empty() {
        return Ok(type_value(type_of(&a[0])));
    }
    if a.len() != 3 {
        return Err(err::type_error("type() takes 1 or 3 arguments"));
    }
    class::type_new(m, &a[0], &a[1], &a[2])
}

fn type_init(_v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() && a.len() == 1 {
        return Err(err::type_error(
            "type.__init__() takes no keyword arguments",
        ));
    }
    if a.len() != 1 && a.len() != 3 {
        return Err(err::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

fn type_get_name(v: &Value) -> PyResult {
    Ok(pstr::from_string(class::type_short_name(tp(v))))
}

fn type_set_name(v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = tp(v);
    // SAFETY: v is a type.
    if !unsafe { (*t).is_heap() } {
        return Err(err::type_error(format!(
            "can't set {}.__name__",
            class::tp_name(t)
        )));
    }
    let x =
        x.ok_or_else(|| err::type_error(format!("can't delete {}.__name__", class::tp_name(t))))?;
    if !pstr::is_str(&x) {
        return Err(err::type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            class::tp_name(t),
            type_ref(&x).name_str()
        )));
    }
    // SAFETY: t is a live heap type; the old name is dropped after.
    let old = unsafe { std::mem::replace(&mut (*t).name, x) };
    drop(old);
    Ok(())
}

fn type_get_module(v: &Value) -> PyResult {
    let t = tp(v);
    // SAFETY: v is a type.
    if unsafe { (*t).is_heap() } {
        let d = unsafe { (*t).dict.clone() };
        return dict::get_item_str(&d, "__module__")
            .ok_or_else(|| err::attribute_error("__module__"));
    }
    Ok(pstr::from_string(class::type_module_name(t)))
}

fn type_set_module(v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = tp(v);
    // SAFETY: v is a type.
    if !unsafe { (*t).is_heap() } {
        return Err(err::type_error(format!(
            "can't set {}.__module__",
            class::tp_name(t)
        )));
    }
    let d = unsafe { (*t).dict.clone() };
    match x {
        Some(x) => dict::set_item_str(&d, "__module__", x),
        None => {
            return Err(err::type_error(format!(
                "can't delete {}.__module__",
                class::tp_name(t)
            )));
        }
    }
    class::type_modified(t);
    Ok(())
}

fn type_get_bases(v: &Value) -> PyResult {
    // SAFETY: v is a type.
    Ok(unsafe { (*tp(v)).bases.clone() })
}

fn type_get_base(v: &Value) -> PyResult {
    // SAFETY: v is a type.
    let b = unsafe { (*tp(v)).base.clone() };
    Ok(if b.is_null() { Value::NONE } else { b })
}

/// `__flags__`: CPython 2.7's `tp_flags` bits for what py2jit knows of
/// the type (heap type, subclassable, collected, builtin base kind) on
/// top of the flags every ready 2.7 type has.
fn type_get_flags(v: &Value) -> PyResult {
    use crate::types::TypeFlags;
    let t = tp(v);
    // Py_TPFLAGS_DEFAULT plus READY, VERSION_TAG and VALID_VERSION_TAG.
    let mut flags: i64 = 491 | (1 << 12) | (1 << 17) | (1 << 18) | (1 << 19);
    // SAFETY: v is a type.
    let f = unsafe { (*t).flags };
    if f.contains(TypeFlags::HEAPTYPE) {
        flags |= (1 << 9) | (1 << 4);
    }
    if f.contains(TypeFlags::BASETYPE) {
        flags |= 1 << 10;
    }
    if f.contains(TypeFlags::HAS_GC) {
        flags |= 1 << 14;
    }
    let ts = &rt().types;
    let kinds = [
        (ts.int, 23),
        (ts.long, 24),
        (ts.list, 25),
        (ts.tuple, 26),
        (ts.str, 27),
        (ts.unicode, 28),
        (ts.dict, 29),
        (rt().exc.base_exception, 30),
        (ts.type_, 31),
    ];
    for (base, bit) in kinds {
        if is_subtype(t, base) {
            flags |= 1 << bit;
        }
    }
    Ok(int::new(flags))
}

fn type_get_mro(v: &Value) -> PyResult {
    // SAFETY: v is a type.
    Ok(unsafe { (*tp(v)).mro.clone() })
}

fn type_get_dict(v: &Value) -> PyResult {
    // SAFETY: v is a type.
    Ok(new_dictproxy(unsafe { (*tp(v)).dict.clone() }))
}

fn type_get_doc(v: &Value) -> PyResult {
    let t = tp(v);
    // SAFETY: v is a type.
    let d = unsafe { (*t).dict.clone() };
    match dict::get_item_str(&d, "__doc__") {
        Some(doc) => match type_ref(&doc).slots.descr_get {
            Some(get) if unsafe { (*t).is_heap() } => get(&doc, &Value::NULL, v),
            _ => Ok(doc),
        },
        // SAFETY: t is a live type.
        None if !unsafe { (*t).is_heap() } => Ok(crate::docstrings::lookup(&class::tp_name(t))
            .map(pstr::new)
            .unwrap_or(Value::NONE)),
        None => Ok(Value::NONE),
    }
}

fn type_mro(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("mro", a, kw)?;
    // SAFETY: v is a type.
    let mro = unsafe { (*tp(v)).mro.clone() };
    if tuple::is_tuple(&mro) {
        return Ok(list::new(tuple::items(&mro).to_vec()));
    }
    Ok(list::new(vec![v.clone()]))
}

fn type_subclasses(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__subclasses__", a, kw)?;
    Ok(class::subclasses(tp(v)))
}

fn type_instancecheck(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("__instancecheck__", a, kw)?;
    Ok(Value::bool(is_subtype(type_of(x), tp(v))))
}

fn type_subclasscheck(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("__subclasscheck__", a, kw)?;
    Ok(Value::bool(is_type(x) && is_subtype(tp(x), tp(v))))
}

// ----- object -----

fn object_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(ops::default_repr(v)))
}

fn object_hash(v: &Value) -> PyResult<i64> {
    Ok(ops::hash_pointer(v))
}

fn excess_args(a: &[Value], kw: &[Value]) -> bool {
    !a.is_empty() || !kw.is_empty()
}

fn same_slot<T: Copy>(x: Option<T>, y: T, eq: fn(T, T) -> bool) -> bool {
    x.is_some_and(|f| eq(f, y))
}

fn object_new(t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let ty = tp(t);
    // SAFETY: t is a type.
    let s = unsafe { (*ty).slots };
    if excess_args(a, kw) {
        let new_is_obj = same_slot(s.new, object_new as crate::types::NewFn, |x, y| {
            std::ptr::fn_addr_eq(x, y)
        });
        let init_is_obj = same_slot(s.init, object_init as crate::types::InitFn, |x, y| {
            std::ptr::fn_addr_eq(x, y)
        });
        if !new_is_obj && !init_is_obj {
            // deprecated but allowed
        } else if !new_is_obj || init_is_obj {
            return Err(err::type_error("object() takes no parameters"));
        }
    }
    if let Some(abs) = crate::types::lookup_str(ty, "__abstractmethods__")
        && ops::truthy(&abs).unwrap_or(false)
        && unsafe { (*ty).is_heap() }
    {
        let mut names: Vec<String> = ops::seq_to_vec(&abs)?
            .iter()
            .map(|n| pstr::as_str_lossy(n).to_string())
            .collect();
        names.sort();
        return Err(err::type_error(format!(
            "Can't instantiate abstract class {} with abstract methods {}",
            class::type_short_name(ty),
            names.join(", ")
        )));
    }
    // SAFETY: ty is live.
    if unsafe { (*ty).layout } != crate::types::Layout::Object {
        return Err(err::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            class::type_short_name(ty),
            class::type_short_name(class::solid_builtin(ty))
        )));
    }
    Ok(class::new_plain_instance(ty))
}

fn object_init(v: &Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if excess_args(a, kw) {
        let s = type_ref(v).slots;
        let new_is_obj = same_slot(s.new, object_new as crate::types::NewFn, |x, y| {
            std::ptr::fn_addr_eq(x, y)
        });
        let init_is_obj = same_slot(s.init, object_init as crate::types::InitFn, |x, y| {
            std::ptr::fn_addr_eq(x, y)
        });
        if !new_is_obj && !init_is_obj {
            // deprecated but allowed
        } else if !init_is_obj || new_is_obj {
            return Err(err::type_error("object.__init__() takes no parameters"));
        }
    }
    Ok(())
}

fn object_get_class(v: &Value) -> PyResult {
    Ok(type_value(type_of(v)))
}

fn object_set_class(v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| err::type_error("can't delete __class__ attribute"))?;
    if !is_type(&x) {
        return Err(err::type_error(format!(
            "__class__ must be set to new-style class, not '{}' object",
            type_ref(&x).name_str()
        )));
    }
    let (old, new) = (type_of(v), tp(&x));
    // SAFETY: live types.
    let ok = unsafe {
        (*old).is_heap()
            && (*new).is_heap()
            && (*old).basicsize == (*new).basicsize
            && (*old).layout == (*new).layout
            && (*old).nslots == (*new).nslots
            && (*old).dictoffset == (*new).dictoffset
            && class::solid_builtin(old) == class::solid_builtin(new)
    };
    if !ok {
        return Err(err::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            class::type_short_name(new),
            class::type_short_name(old)
        )));
    }
    // SAFETY: layouts are compatible; the instance holds a reference to
    // its heap type, moved from the old type to the new.
    unsafe {
        (*(new as *mut ObjHeader)).refcnt += 1;
        (*v.as_ptr()).ty = new;
        drop(Value::from_owned_ptr(old as *mut ObjHeader));
    }
    Ok(())
}

fn object_format(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let spec = args::one("__format__", a, kw)?;
    let s = if crate::unicode::is_unicode(spec) {
        crate::unicode::coerce(&ops::str(v)?)?.unwrap()
    } else {
        ops::str(v)?
    };
    crate::ops::call_method(&s, "__format__", std::slice::from_ref(spec))
}

fn object_subclasshook(_v: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_sizeof(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("__sizeof__", a, kw)?;
    Ok(int::new(type_ref(v).basicsize as i64))
}

// ----- function -----

fn function_repr(v: &Value) -> PyResult {
    Ok(pstr::from_string(format!(
        "<function {} at {:#x}>",
        pstr::as_str_lossy(&func::func(v).name),
        ops::address_of(v)
    )))
}

fn function_get(f: &Value, obj: &Value, owner: &Value) -> PyResult {
    let o = if obj.is_null() || obj.is_none() {
        Value::NONE
    } else {
        obj.clone()
    };
    let c = if owner.is_null() {
        Value::NONE
    } else {
        owner.clone()
    };
    Ok(func::new_method(f.clone(), o, c))
}

macro_rules! func_field {
    ($get:ident, $field:ident) => {
        fn $get(v: &Value) -> PyResult {
            Ok(func::func(v).$field.clone())
        }
    };
}
func_field!(func_get_code, code);
func_field!(func_get_globals, globals);
func_field!(func_get_name, name);
func_field!(func_get_defaults, defaults);
func_field!(func_get_closure, closure);
func_field!(func_get_doc, doc);
func_field!(func_get_module, module);

fn replace_field(slot: &mut Value, v: Value) {
    let old = std::mem::replace(slot, v);
    drop(old);
}

fn func_set_code(v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| err::type_error("__code__ must be set to a code object"))?;
    if !func::is_code(&x) {
        return Err(err::type_error("__code__ must be set to a code object"));
    }
    let nfree = func::code(&x).nfrees();
    let nclosure = {
        let c = &func::func(v).closure;
        if tuple::is_tuple(c) {
            tuple::items(c).len()
        } else {
            0
        }
    };
    if nfree != nclosure {
        return Err(err::value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            pstr::as_str_lossy(&func::func(v).name),
            nclosure,
            nfree
        )));
    }
    replace_field(&mut func::func_mut(v).code, x);
    Ok(())
}

fn func_set_name(v: &Value, x: Option<Value>) -> PyResult<()> {
    match x {
        Some(s) if pstr::is_str(&s) => {
            replace_field(&mut func::func_mut(v).name, s);
            Ok(())
        }
        _ => Err(err::type_error("__name__ must be set to a string object")),
    }
}

fn func_set_defaults(v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.unwrap_or(Value::NONE);
    if !x.is_none() && !tuple::is_tuple(&x) {
        return Err(err::type_error(
            "__defaults__ must be set to a tuple object",
        ));
    }
    replace_field(&mut func::func_mut(v).defaults, x);
    Ok(())
}

fn func_set_doc(v: &Value, x: Option<Value>) -> PyResult<()> {
    replace_field(&mut func::func_mut(v).doc, x.unwrap_or(Value::NONE));
    Ok(())
}

fn func_set_module(v: &Value, x: Option<Value>) -> PyResult<()> {
    replace_field(&mut func::func_mut(v).module, x.unwrap_or(Value::NONE));
    Ok(())
}

fn func_get_dict(v: &Value) -> PyResult {
    let f = func::func_mut(v);
    if f.dict.is_null() {
        f.dict = dict::new();
    }
    Ok(f.dict.clone())
}

fn func_set_dict(v: &Value, x: Option<Value>) -> PyResult<()> {
    match x {
        Some(d) if dict::is_dict(&d) => {
            replace_field(&mut func::func_mut(v).dict, d);
            Ok(())
        }
        Some(_) => Err(err::type_error(
            "setting function's dictionary to a non-dict",
        )),
        None => Err(err::type_error("function's dictionary may not be deleted")),
    }
}

fn function_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse(
        "function",
        a,
        kw,
        &["code", "globals", "name", "argdefs", "closure"],
        2,
    )?;
    let code = p[0].clone().unwrap();
    let globals = p[1].clone().unwrap();
    if !func::is_code(&code) {
        return Err(err::type_error(format!(
            "function() argument 1 must be code, not {}",
            type_ref(&code).name_str()
        )));
    }
    if !dict::is_dict(&globals) {
        return Err(err::type_error(format!(
            "function() argument 2 must be dict, not {}",
            type_ref(&globals).name_str()
        )));
    }
    let defaults = match &p[3] {
        Some(d) if !d.is_none() => {
            if !tuple::is_tuple(d) {
                return Err(err::type_error("arg 4 (defaults) must be None or tuple"));
            }
            d.clone()
        }
        _ => Value::NONE,
    };
    let nfree = func::code(&code).nfrees();
    let closure = match &p[4] {
        Some(c) if !c.is_none() => {
            if !tuple::is_tuple(c) {
                return Err(err::type_error("arg 5 (closure) must be tuple"));
            }
            c.clone()
        }
        _ => Value::NONE,
    };
    let nclosure = if closure.is_none() {
        0
    } else {
        tuple::items(&closure).len()
    };
    if nfree != nclosure {
        return Err(err::value_error(format!(
            "{} requires closure of length {}, not {}",
            func::code(&code).name_str(),
            nfree,
            nclosure
        )));
    }
    let f = func::new_function(code, globals, defaults, closure);
    if let Some(n) = &p[2]
        && !n.is_none()
    {
        if !pstr::is_str(n) {
            return Err(err::type_error("arg 3 (name) must be None or string"));
        }
        replace_field(&mut func::func_mut(&f).name, n.clone());
    }
    Ok(f)
}

/// # Safety
/// `p` is a live function.
unsafe fn function_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let f = unsafe { &*(p as *const func::FuncObj) };
    for v in [
        &f.code,
        &f.globals,
        &f.name,
        &f.defaults,
        &f.closure,
        &f.doc,
        &f.dict,
        &f.module,
    ] {
        if !v.is_null() {
            visit(v);
        }
    }
}

/// # Safety
/// `p` is a live, unreachable function.
unsafe fn function_clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    let f = unsafe { &mut *(p as *mut func::FuncObj) };
    let old = [
        std::mem::replace(&mut f.globals, Value::NONE),
        std::mem::replace(&mut f.defaults, Value::NONE),
        std::mem::replace(&mut f.closure, Value::NONE),
        std::mem::replace(&mut f.doc, Value::NONE),
        std::mem::replace(&mut f.dict, Value::NULL),
        std::mem::replace(&mut f.module, Value::NONE),
    ];
    drop(old);
}

// ----- instancemethod -----

fn method_repr(v: &Value) -> PyResult {
    let m = func::method(v);
    let fname = match ops::getattr_opt(&m.func, &crate::rt::intern("__name__"))? {
        Some(n) if pstr::is_str(&n) => pstr::as_str_lossy(&n).to_string(),
        _ => "?".to_string(),
    };
    let cname = if m.class.is_none() {
        "?".to_string()
    } else {
        match ops::getattr_opt(&m.class, &crate::rt::intern("__name__"))? {
            Some(n) if pstr::is_str(&n) => pstr::as_str_lossy(&n).to_string(),
            _ => "?".to_string(),
        }
    };
    if m.self_.is_none() {
        Ok(pstr::from_string(format!(
            "<unbound method {cname}.{fname}>"
        )))
    } else {
        Ok(pstr::from_string(format!(
            "<bound method {}.{} of {}>",
            cname,
            fname,
            ops::repr_string(&m.self_)?
        )))
    }
}

fn method_get(m: &Value, obj: &Value, owner: &Value) -> PyResult {
    let mo = func::method(m);
    if !mo.self_.is_none() {
        return Ok(m.clone());
    }
    if !mo.class.is_none()
        && !owner.is_null()
        && !owner.is_none()
        && !crate::builtins_core::issubclass(owner, &mo.class)?
    {
        return Ok(m.clone());
    }
    let o = if obj.is_null() {
        Value::NONE
    } else {
        obj.clone()
    };
    let c = if owner.is_null() {
        Value::NONE
    } else {
        owner.clone()
    };
    Ok(func::new_method(mo.func.clone(), o, c))
}

fn method_getattr(v: &Value, name: &Value) -> PyResult {
    let t = type_of(v);
    if let Some(d) = lookup(t, name) {
        return match type_ref(&d).slots.descr_get {
            Some(get) => get(&d, v, &type_value(t)),
            None => Ok(d),
        };
    }
    ops::getattr(&func::method(v).func, name)
}

fn method_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !func::is_method(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = (func::method(a), func::method(b));
    let mut eq = if x.self_.is_none() || y.self_.is_none() {
        x.self_.is(&y.self_)
    } else {
        ops::eq_bool(&x.self_, &y.self_)?
    };
    if eq {
        eq = ops::eq_bool(&x.func, &y.func)?;
    }
    Ok(Value::bool(eq == (op == CmpOp::Eq)))
}

fn method_hash(v: &Value) -> PyResult<i64> {
    let m = func::method(v);
    let x = if m.self_.is_none() {
        ops::hash_pointer(&Value::NONE)
    } else {
        ops::hash_pointer(&m.self_)
    };
    let y = ops::hash(&m.func)?;
    let h = x ^ y;
    Ok(if h == -1 { -2 } else { h })
}

fn method_im_func(v: &Value) -> PyResult {
    Ok(func::method(v).func.clone())
}

fn method_im_self(v: &Value) -> PyResult {
    Ok(func::method(v).self_.clone())
}

fn method_im_class(v: &Value) -> PyResult {
    Ok(func::method(v).class.clone())
}

fn method_doc(v: &Value) -> PyResult {
    ops::getattr_str(&func::method(v).func, "__doc__")
}

fn method_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_keywords("instancemethod", kw)?;
    args::unpack("instancemethod", a, kw, 2, 3)?;
    if !ops::is_callable(&a[0]) {
        return Err(err::type_error("first argument must be callable"));
    }
    if a[1].is_none() && a.get(2).is_none_or(|c| c.is_none()) {
        return Err(err::type_error(
            "unbound methods must have non-NULL im_class",
        ));
    }
    Ok(func::new_method(
        a[0].clone(),
        a[1].clone(),
        a.get(2).cloned().unwrap_or(Value::NONE),
    ))
}

/// # Safety
/// `p` is a live method.
unsafe fn method_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let m = unsafe { &*(p as *const func::MethodObj) };
    visit(&m.func);
    visit(&m.self_);
    visit(&m.class);
}

/// # Safety
/// `p` is a live, unreachable method.
unsafe fn method_clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    let m = unsafe { &mut *(p as *mut func::MethodObj) };
    let old = (
        std::mem::replace(&mut m.self_, Value::NONE),
        std::mem::replace(&mut m.class, Value::NONE),
    );
    drop(old);
}

// ----- code -----

fn code_repr(v: &Value) -> PyResult {
    let c = func::code(v);
    Ok(pstr::from_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name_str(),
        ops::address_of(v),
        c.filename_str(),
        c.firstlineno
    )))
}

macro_rules! code_attr {
    ($get:ident, $field:ident, int) => {
        fn $get(v: &Value) -> PyResult {
            Ok(int::new(func::code(v).$field as i64))
        }
    };
    ($get:ident, $field:ident) => {
        fn $get(v: &Value) -> PyResult {
            Ok(func::code(v).$field.clone())
        }
    };
}
code_attr!(co_argcount, argcount, int);
code_attr!(co_nlocals, nlocals, int);
code_attr!(co_stacksize, stacksize, int);
code_attr!(co_flags, flags, int);
code_attr!(co_firstlineno, firstlineno, int);
code_attr!(co_code, code);
code_attr!(co_consts, consts);
code_attr!(co_names, names);
code_attr!(co_varnames, varnames);
code_attr!(co_freevars, freevars);
code_attr!(co_cellvars, cellvars);
code_attr!(co_filename, filename);
code_attr!(co_name, name);
code_attr!(co_lnotab, lnotab);

fn code_fields(c: &CodeObj) -> [&Value; 8] {
    [
        &c.code,
        &c.consts,
        &c.names,
        &c.varnames,
        &c.freevars,
        &c.cellvars,
        &c.name,
        &c.filename,
    ]
}

fn code_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !func::is_code(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = (func::code(a), func::code(b));
    let mut eq = x.argcount == y.argcount
        && x.nlocals == y.nlocals
        && x.flags == y.flags
        && x.firstlineno == y.firstlineno;
    if eq {
        for (p, q) in code_fields(x).iter().zip(code_fields(y).iter()) {
            if !ops::eq_bool(p, q)? {
                eq = false;
                break;
            }
        }
    }
    Ok(Value::bool(eq == (op == CmpOp::Eq)))
}

fn code_hash(v: &Value) -> PyResult<i64> {
    let c = func::code(v);
    let mut h =
        ops::hash(&c.name)? ^ ops::hash(&c.code)? ^ ops::hash(&c.consts)? ^ ops::hash(&c.names)?;
    h ^= ops::hash(&c.varnames)? ^ ops::hash(&c.freevars)? ^ ops::hash(&c.cellvars)?;
    h ^= (c.argcount as i64) ^ (c.nlocals as i64) ^ (c.flags as i64);
    Ok(if h == -1 { -2 } else { h })
}

// ----- cell -----

fn cell_contents(v: &Value) -> PyResult {
    let c = func::cell_get(v);
    if c.is_null() {
        return Err(err::value_error("Cell is empty"));
    }
    Ok(c)
}

fn cell_repr(v: &Value) -> PyResult {
    let c = func::cell_get(v);
    Ok(pstr::from_string(if c.is_null() {
        format!("<cell at {:#x}: empty>", ops::address_of(v))
    } else {
        format!(
            "<cell at {:#x}: {} object at {:#x}>",
            ops::address_of(v),
            type_ref(&c).name_str(),
            ops::address_of(&c)
        )
    }))
}

fn cell_compare(a: &Value, b: &Value) -> PyResult<i32> {
    let (x, y) = (func::cell_get(a), func::cell_get(b));
    match (x.is_null(), y.is_null()) {
        (true, true) => Ok(0),
        (true, false) => Ok(-1),
        (false, true) => Ok(1),
        _ => ops::cmp(&x, &y),
    }
}

/// # Safety
/// `p` is a live cell.
unsafe fn cell_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let v = unsafe { &*(*(p as *const func::CellObj)).v.get() };
    if !v.is_null() {
        visit(v);
    }
}

/// # Safety
/// `p` is a live, unreachable cell.
unsafe fn cell_clear(p: *mut ObjHeader) {
    // SAFETY: garbage.
    let old =
        unsafe { std::mem::replace(&mut *(*(p as *const func::CellObj)).v.get(), Value::NULL) };
    drop(old);
}

// ----- builtin functions and descriptors -----

fn builtin_repr(v: &Value) -> PyResult {
    let b = descr::builtin(v);
    if b.self_.is_null() || crate::module::is_module(&b.self_) {
        return Ok(pstr::from_string(format!("<built-in function {}>", b.name)));
    }
    Ok(pstr::from_string(format!(
        "<built-in method {} of {} object at {:#x}>",
        b.name,
        type_ref(&b.self_).name_str(),
        ops::address_of(&b.self_)
    )))
}

fn builtin_name(v: &Value) -> PyResult {
    Ok(pstr::new(descr::builtin(v).name))
}

fn builtin_self(v: &Value) -> PyResult {
    let s = &descr::builtin(v).self_;
    Ok(if s.is_null() { Value::NONE } else { s.clone() })
}

fn builtin_module(v: &Value) -> PyResult {
    Ok(descr::builtin(v).module.clone())
}

fn builtin_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !descr::is_builtin(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = (descr::builtin(a), descr::builtin(b));
    let eq = std::ptr::fn_addr_eq(x.func, y.func) && x.self_.is(&y.self_) && x.name == y.name;
    Ok(Value::bool(eq == (op == CmpOp::Eq)))
}

fn builtin_hash(v: &Value) -> PyResult<i64> {
    let b = descr::builtin(v);
    let x = if b.self_.is_null() {
        0
    } else {
        ops::hash_pointer(&b.self_)
    };
    Ok((x ^ (b.func as usize as i64)).max(0))
}

/// # Safety
/// `p` is a live builtin function.
unsafe fn builtin_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let b = unsafe { &*(p as *const descr::BuiltinFnObj) };
    if !b.self_.is_null() {
        visit(&b.self_);
    }
    visit(&b.module);
}

fn descr_owner_name(v: &Value) -> String {
    class::type_short_name(descr_owner(v))
}

/// The recorded docstring of attribute `name` of builtin type `owner` or
/// its builtin bases, as a str (None when there is none).
fn builtin_doc(owner: *mut TypeObject, name: &str) -> Value {
    // SAFETY: owner is a live type; its MRO holds types.
    let mro: Vec<Value> = unsafe { tuple::items(&(*owner).mro).to_vec() };
    let owners: Vec<*mut TypeObject> = if mro.is_empty() {
        vec![owner]
    } else {
        mro.iter()
            .filter(|t| is_type(t))
            .map(|t| t.as_ptr() as *mut TypeObject)
            .collect()
    };
    for t in owners {
        // SAFETY: t is a live type.
        if unsafe { (*t).is_heap() } {
            continue;
        }
        if let Some(d) = crate::docstrings::lookup(&format!("{}.{}", class::tp_name(t), name)) {
            return pstr::new(d);
        }
    }
    Value::NONE
}

/// `__doc__` of method, getset, member and slot-wrapper descriptors, and
/// of bound slot wrappers.
fn descr_doc(v: &Value) -> PyResult {
    Ok(builtin_doc(descr_owner(v), &descr_name(v)))
}

/// `__doc__` of builtin functions and bound builtin methods.
fn builtin_fn_doc(v: &Value) -> PyResult {
    let b = descr::builtin(v);
    if b.self_.is_null() || crate::module::is_module(&b.self_) {
        let m = if pstr::is_str(&b.module) {
            pstr::as_str_lossy(&b.module).to_string()
        } else {
            "__builtin__".to_string()
        };
        return Ok(crate::docstrings::lookup(&format!("{}.{}", m, b.name))
            .map(pstr::new)
            .unwrap_or(Value::NONE));
    }
    let owner = if is_type(&b.self_) {
        b.self_.as_ptr() as *mut TypeObject
    } else {
        type_of(&b.self_)
    };
    Ok(builtin_doc(owner, b.name))
}

/// The type that defines descriptor `v`.
fn descr_owner(v: &Value) -> *mut TypeObject {
    // SAFETY: all descriptor layouts here start (after the header) with a
    // name and have an owner type pointer; read through the specific type.
    let t = type_of(v);
    let types = &rt().types;

    if t == types.method_descriptor || t == types.classmethod_descriptor {
        // SAFETY: v is a method descriptor.
        unsafe { (*(v.as_ptr() as *const descr::MethodDescrObj)).owner }
    } else if t == types.getset_descriptor {
        unsafe { (*(v.as_ptr() as *const descr::GetSetObj)).owner }
    } else if t == types.member_descriptor {
        unsafe { (*(v.as_ptr() as *const descr::MemberObj)).owner }
    } else {
        crate::wrappers::wrapper(v).owner
    }
}

fn descr_name(v: &Value) -> String {
    let t = type_of(v);
    let types = &rt().types;
    // SAFETY: layouts by type, as in descr_owner_name.
    unsafe {
        if t == types.method_descriptor || t == types.classmethod_descriptor {
            (*(v.as_ptr() as *const descr::MethodDescrObj))
                .name
                .to_string()
        } else if t == types.getset_descriptor {
            (*(v.as_ptr() as *const descr::GetSetObj)).name.to_string()
        } else if t == types.member_descriptor {
            pstr::as_str_lossy(&(*(v.as_ptr() as *const descr::MemberObj)).name).to_string()
        } else {
            crate::wrappers::wrapper(v).name.to_string()
        }
    }
}

fn descr_repr(v: &Value) -> PyResult {
    let t = type_of(v);
    let types = &rt().types;
    let (name, owner) = (descr_name(v), descr_owner_name(v));
    Ok(pstr::from_string(
        if t == types.method_descriptor || t == types.classmethod_descriptor {
            format!("<method '{name}' of '{owner}' objects>")
        } else if t == types.getset_descriptor {
            format!("<attribute '{name}' of '{owner}' objects>")
        } else if t == types.member_descriptor {
            format!("<member '{name}' of '{owner}' objects>")
        } else {
            format!("<slot wrapper '{name}' of '{owner}' objects>")
        },
    ))
}

fn descr_objclass(v: &Value) -> PyResult {
    Ok(crate::types::type_value(descr_owner(v)))
}

fn descr_get_name(v: &Value) -> PyResult {
    Ok(pstr::from_string(descr_name(v)))
}

fn method_wrapper_repr(v: &Value) -> PyResult {
    let w = crate::wrappers::wrapper(v);
    Ok(pstr::from_string(format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        w.name,
        type_ref(&w.self_).name_str(),
        ops::address_of(&w.self_)
    )))
}

/// # Safety
/// `p` is a live wrapper.
unsafe fn wrapper_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let w = unsafe { &*(p as *const crate::wrappers::WrapperObj) };
    if !w.self_.is_null() {
        visit(&w.self_);
    }
}

/// # Safety
/// `p` is a live member descriptor.
unsafe fn member_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    visit(unsafe { &(*(p as *const descr::MemberObj)).name });
}

// ----- singletons and bool -----

fn none_repr(_v: &Value) -> PyResult {
    Ok(pstr::new("None"))
}

fn notimpl_repr(_v: &Value) -> PyResult {
    Ok(pstr::new("NotImplemented"))
}

fn ellipsis_repr(_v: &Value) -> PyResult {
    Ok(pstr::new("Ellipsis"))
}

fn singleton_hash(v: &Value) -> PyResult<i64> {
    Ok(v.bits().rotate_right(4) as i64 & 0x7fff_ffff)
}

fn bool_repr(v: &Value) -> PyResult {
    Ok(pstr::new(if v.is(&Value::TRUE) { "True" } else { "False" }))
}

fn bool_binop(op: BinOp, a: &Value, b: &Value) -> PyResult {
    if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        let (x, y) = (a.is(&Value::TRUE), b.is(&Value::TRUE));
        return Ok(Value::bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    int::int_binop(op, a, b)
}

fn bool_new(_t: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("bool", a, kw, &["x"], 0)?;
    Ok(Value::bool(match &p[0] {
        Some(x) => ops::truthy(x)?,
        None => false,
    }))
}

fn none_nonzero(_v: &Value) -> PyResult<bool> {
    Ok(false)
}

// ----- dictproxy -----

#[repr(C)]
struct ProxyObj {
    ob: ObjHeader,
    dict: Value,
}

fn new_dictproxy(d: Value) -> Value {
    // SAFETY: ProxyObj is the dictproxy layout.
    unsafe {
        new_object(
            rt().types.dictproxy,
            ProxyObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                dict: d,
            },
        )
    }
}

fn proxied(v: &Value) -> &Value {
    // SAFETY: callers pass dictproxies.
    unsafe { &(*(v.as_ptr() as *const ProxyObj)).dict }
}

fn proxy_getitem(v: &Value, k: &Value) -> PyResult {
    ops::getitem(proxied(v), k)
}

fn proxy_len(v: &Value) -> PyResult<usize> {
    ops::len(proxied(v))
}

fn proxy_contains(v: &Value, k: &Value) -> PyResult<bool> {
    ops::contains(proxied(v), k)
}

fn proxy_iter(v: &Value) -> PyResult {
    ops::iter(proxied(v))
}

fn proxy_repr(v: &Value) -> PyResult {
    ops::repr(proxied(v))
}

fn proxy_str(v: &Value) -> PyResult {
    ops::str(proxied(v))
}

fn proxy_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult {
    ops::rich_compare(proxied(a), b, op)
}

macro_rules! proxy_method {
    ($fname:ident, $name:expr) => {
        fn $fname(v: &Value, a: &[Value], kw: &[Value]) -> PyResult {
            let m = ops::getattr_str(proxied(v), $name)?;
            ops::call(&m, a, kw)
        }
    };
}
proxy_method!(proxy_keys, "keys");
proxy_method!(proxy_values, "values");
proxy_method!(proxy_items, "items");
proxy_method!(proxy_iterkeys, "iterkeys");
proxy_method!(proxy_itervalues, "itervalues");
proxy_method!(proxy_iteritems, "iteritems");
proxy_method!(proxy_get, "get");
proxy_method!(proxy_has_key, "has_key");
proxy_method!(proxy_copy, "copy");

/// # Safety
/// `p` is a live dictproxy.
unsafe fn proxy_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    visit(unsafe { &(*(p as *const ProxyObj)).dict });
}

/// Fills slots and attributes of the core types (bootstrap).
pub fn setup() {
    let t = &rt().types;
    // SAFETY: bootstrap: the types exist and are not shared yet.
    unsafe {
        let s = &mut (*t.type_).slots;
        s.repr = Some(type_repr);
        s.getattr = Some(type_getattr);
        s.setattr = Some(type_setattr);
        s.call = Some(class::type_call);
        s.new = Some(type_new_slot);
        s.init = Some(type_init);
        s.hash = Some(object_hash);
        s.traverse = Some(type_traverse);
        s.clear = Some(type_clear);

        let s = &mut (*t.object).slots;
        s.repr = Some(object_repr);
        // object_str: the repr (so object.__str__ exists for super())
        s.str = Some(ops::repr);
        s.hash = Some(object_hash);
        s.getattr = Some(ops::generic_getattr);
        s.setattr = Some(ops::generic_setattr);
        s.new = Some(object_new);
        s.init = Some(object_init);

        let s = &mut (*t.function).slots;
        s.repr = Some(function_repr);
        s.descr_get = Some(function_get);
        s.new = Some(function_new);
        s.traverse = Some(function_traverse);
        s.clear = Some(function_clear);

        let s = &mut (*t.method).slots;
        s.repr = Some(method_repr);
        s.call = Some(func::call_method_obj);
        s.descr_get = Some(method_get);
        s.getattr = Some(method_getattr);
        s.richcompare = Some(method_richcompare);
        s.hash = Some(method_hash);
        s.new = Some(method_new);
        s.traverse = Some(method_traverse);
        s.clear = Some(method_clear);

        let s = &mut (*t.code).slots;
        s.repr = Some(code_repr);
        s.richcompare = Some(code_richcompare);
        s.hash = Some(code_hash);

        let s = &mut (*t.cell).slots;
        s.repr = Some(cell_repr);
        s.compare = Some(cell_compare);
        s.traverse = Some(cell_traverse);
        s.clear = Some(cell_clear);

        let s = &mut (*t.builtin_function).slots;
        s.repr = Some(builtin_repr);
        s.call = Some(descr::builtin_call);
        s.richcompare = Some(builtin_richcompare);
        s.hash = Some(builtin_hash);
        s.traverse = Some(builtin_traverse);

        let s = &mut (*t.method_descriptor).slots;
        s.repr = Some(descr_repr);
        s.call = Some(descr::method_descr_call);
        s.descr_get = Some(descr::method_descr_get);
        let s = &mut (*t.classmethod_descriptor).slots;
        s.repr = Some(descr_repr);
        s.call = Some(descr::classmethod_descr_call);
        s.descr_get = Some(descr::classmethod_descr_get);
        let s = &mut (*t.getset_descriptor).slots;
        s.repr = Some(descr_repr);
        s.descr_get = Some(descr::getset_get);
        s.descr_set = Some(descr::getset_set);
        let s = &mut (*t.member_descriptor).slots;
        s.repr = Some(descr_repr);
        s.descr_get = Some(descr::member_get);
        s.descr_set = Some(descr::member_set);
        s.traverse = Some(member_traverse);
        let s = &mut (*t.wrapper_descriptor).slots;
        s.repr = Some(descr_repr);
        s.call = Some(crate::wrappers::wrapper_call);
        s.descr_get = Some(crate::wrappers::wrapper_get);

        let s = &mut (*t.none).slots;
        s.repr = Some(none_repr);
        s.hash = Some(singleton_hash);
        s.nonzero = Some(none_nonzero);
        let s = &mut (*t.not_implemented).slots;
        s.repr = Some(notimpl_repr);
        s.hash = Some(singleton_hash);
        let s = &mut (*t.ellipsis).slots;
        s.repr = Some(ellipsis_repr);
        s.hash = Some(singleton_hash);
        let s = &mut (*t.bool).slots;
        s.repr = Some(bool_repr);
        s.str = Some(bool_repr);
        s.binop = Some(bool_binop);
        s.binop_mask = BinOp::And.bit() | BinOp::Xor.bit() | BinOp::Or.bit();
        s.new = Some(bool_new);

        let s = &mut (*t.dictproxy).slots;
        s.getitem = Some(proxy_getitem);
        s.len = Some(proxy_len);
        s.contains = Some(proxy_contains);
        s.iter = Some(proxy_iter);
        s.repr = Some(proxy_repr);
        s.str = Some(proxy_str);
        s.richcompare = Some(proxy_richcompare);
        s.traverse = Some(proxy_traverse);
    }
    // method-wrapper: bound slot wrappers
    let mw = crate::bootstrap::new_builtin_type(
        "method-wrapper",
        t.object,
        crate::types::Layout::Other,
        std::mem::size_of::<crate::wrappers::WrapperObj>(),
        crate::object::drop_payload_of::<crate::wrappers::WrapperObj>,
        crate::types::TypeFlags::HAS_GC,
        crate::types::Slots {
            repr: Some(method_wrapper_repr),
            call: Some(crate::wrappers::method_wrapper_call),
            getattr: Some(ops::generic_getattr),
            traverse: Some(wrapper_traverse),
            ..Default::default()
        },
        0,
    );
    METHOD_WRAPPER.with(|c| c.set(mw));

    add_getsets(
        t.type_,
        &[
            ("__name__", type_get_name, Some(type_set_name)),
            ("__module__", type_get_module, Some(type_set_module)),
            ("__bases__", type_get_bases, None),
            ("__flags__", type_get_flags, None),
            ("__base__", type_get_base, None),
            ("__mro__", type_get_mro, None),
            ("__dict__", type_get_dict, None),
            ("__doc__", type_get_doc, None),
        ],
    );
    add_methods(
        t.type_,
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
    add_getsets(
        t.object,
        &[("__class__", object_get_class, Some(object_set_class))],
    );
    add_methods(
        t.object,
        &[
            ("__format__", object_format),
            ("__sizeof__", object_sizeof),
            ("__reduce__", crate::reduce::object_reduce),
            ("__reduce_ex__", crate::reduce::object_reduce_ex),
        ],
    );
    descr::add_classmethods(t.object, &[("__subclasshook__", object_subclasshook)]);
    add_getsets(
        t.function,
        &[
            ("func_code", func_get_code, Some(func_set_code)),
            ("__code__", func_get_code, Some(func_set_code)),
            ("func_name", func_get_name, Some(func_set_name)),
            ("__name__", func_get_name, Some(func_set_name)),
            ("func_defaults", func_get_defaults, Some(func_set_defaults)),
            ("__defaults__", func_get_defaults, Some(func_set_defaults)),
            ("func_dict", func_get_dict, Some(func_set_dict)),
            ("__dict__", func_get_dict, Some(func_set_dict)),
        ],
    );
    // PyMemberDef entries in CPython: member descriptors
    descr::add_members(
        t.function,
        &[
            ("func_closure", func_get_closure, None),
            ("__closure__", func_get_closure, None),
            ("func_doc", func_get_doc, Some(func_set_doc)),
            ("__doc__", func_get_doc, Some(func_set_doc)),
            ("func_globals", func_get_globals, None),
            ("__globals__", func_get_globals, None),
            ("__module__", func_get_module, Some(func_set_module)),
        ],
    );
    descr::add_members(
        t.method,
        &[
            ("im_class", method_im_class, None),
            ("im_func", method_im_func, None),
            ("__func__", method_im_func, None),
            ("im_self", method_im_self, None),
            ("__self__", method_im_self, None),
        ],
    );
    add_getsets(t.method, &[("__doc__", method_doc, None)]);
    add_getsets(
        t.code,
        &[
            ("co_argcount", co_argcount, None),
            ("co_nlocals", co_nlocals, None),
            ("co_stacksize", co_stacksize, None),
            ("co_flags", co_flags, None),
            ("co_code", co_code, None),
            ("co_consts", co_consts, None),
            ("co_names", co_names, None),
            ("co_varnames", co_varnames, None),
            ("co_freevars", co_freevars, None),
            ("co_cellvars", co_cellvars, None),
            ("co_filename", co_filename, None),
            ("co_name", co_name, None),
            ("co_firstlineno", co_firstlineno, None),
            ("co_lnotab", co_lnotab, None),
        ],
    );
    add_getsets(t.cell, &[("cell_contents", cell_contents, None)]);
    add_getsets(
        t.builtin_function,
        &[
            ("__name__", builtin_name, None),
            ("__self__", builtin_self, None),
            ("__module__", builtin_module, None),
            ("__doc__", builtin_fn_doc, None),
        ],
    );
    for d in [
        t.method_descriptor,
        t.classmethod_descriptor,
        t.getset_descriptor,
        t.member_descriptor,
        t.wrapper_descriptor,
        mw,
    ] {
        add_getsets(
            d,
            &[
                ("__name__", descr_get_name, None),
                ("__doc__", descr_doc, None),
            ],
        );
        // the owner type, a member in CPython
        crate::descr::add_members(d, &[("__objclass__", descr_objclass, None)]);
    }
    add_methods(
        t.dictproxy,
        &[
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("iterkeys", proxy_iterkeys),
            ("itervalues", proxy_itervalues),
            ("iteritems", proxy_iteritems),
            ("get", proxy_get),
            ("has_key", proxy_has_key),
            ("copy", proxy_copy),
        ],
    );
}

/// # Safety
/// `p` is a live type.
unsafe fn type_traverse(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is live.
    let t = unsafe { &*(p as *const TypeObject) };
    if !t.is_heap() {
        return;
    }
    for v in [&t.name, &t.base, &t.bases, &t.mro, &t.dict] {
        if !v.is_null() {
            visit(v);
        }
    }
}

/// # Safety
/// `p` is a live, unreachable heap type.
unsafe fn type_clear(p: *mut ObjHeader) {
    // SAFETY: garbage; the dict is replaced by an empty one so lookups on
    // the dying class still work.
    let t = unsafe { &mut *(p as *mut TypeObject) };
    if !t.is_heap() {
        return;
    }
    let old = (
        std::mem::replace(&mut t.dict, dict::new()),
        std::mem::replace(&mut t.mro, tuple::empty()),
    );
    class::type_modified(p as *mut TypeObject);
    drop(old);
}
