//! Runtime start-up: creates the builtin types (in two phases, since a
//! type's name and dict are themselves objects of builtin types), fills
//! their slots and methods, then the exception classes, `__builtin__` and
//! `sys`.
//!
//! Builtin type objects are allocated once and never freed: the registry
//! in `Runtime::types` owns one reference to each.

use crate::object::{ObjHeader, drop_payload_of};
use crate::rt::{Runtime, rt};
use crate::types::{Layout, Slots, TypeFlags, TypeObject, type_value};
use crate::value::Value;
use crate::{dict, str as pstr, tuple};
use std::cell::{Cell, RefCell};
use std::mem::size_of;

thread_local! {
    static PENDING: RefCell<Vec<(*mut TypeObject, &'static str)>> = const { RefCell::new(Vec::new()) };
    static ALL_BUILTIN: RefCell<Vec<*mut TypeObject>> = const { RefCell::new(Vec::new()) };
}

/// Allocates a builtin type object; its name, dict, bases and MRO are set
/// at once when the core types exist, else in phase 2.
#[allow(clippy::too_many_arguments)]
pub fn new_builtin_type(
    name: &'static str,
    base: *mut TypeObject,
    layout: Layout,
    basicsize: usize,
    drop_payload: unsafe fn(*mut ObjHeader),
    flags: TypeFlags,
    slots: Slots,
    dictoffset: u32,
) -> *mut TypeObject {
    let meta = rt().types.type_;
    let t = Box::into_raw(Box::new(TypeObject {
        ob: ObjHeader {
            refcnt: 1,
            ty: meta,
        },
        flags,
        layout,
        basicsize: basicsize as u32,
        ext_offset: 0,
        nslots: 0,
        dictoffset,
        version: Cell::new(0),
        name: Value::NULL,
        base: if base.is_null() {
            Value::NULL
        } else {
            type_value(base)
        },
        bases: Value::NULL,
        mro: Value::NULL,
        dict: Value::NULL,
        subclasses: RefCell::new(Vec::new()),
        has_instance_dict: false,
        drop_payload,
        slots,
    }));
    if meta.is_null() {
        // `type` itself: its own metaclass
        // SAFETY: t was just allocated.
        unsafe { (*t).ob.ty = t };
    }
    ALL_BUILTIN.with(|a| a.borrow_mut().push(t));
    if rt().types.dict.is_null() || rt().empty_tuple.borrow().is_none() {
        PENDING.with(|p| p.borrow_mut().push((t, name)));
    } else {
        finish_type(t, name);
    }
    if !base.is_null() {
        // SAFETY: base is a live builtin type.
        unsafe { (*base).subclasses.borrow_mut().push(t) };
    }
    t
}

/// Sets name, dict, bases and MRO of a builtin type.
fn finish_type(t: *mut TypeObject, name: &'static str) {
    // SAFETY: t is a builtin type under construction; the core types exist.
    unsafe {
        (*t).name = crate::rt::intern(name);
        (*t).dict = dict::new();
        let base = (*t).base.clone();
        (*t).bases = if base.is_null() {
            tuple::empty()
        } else {
            tuple::new(vec![base.clone()])
        };
        let mut mro = vec![type_value(t)];
        let mut cur = base;
        while !cur.is_null() {
            mro.push(cur.clone());
            cur = crate::types::as_type(&cur).base.clone();
        }
        (*t).mro = tuple::new(mro);
    }
}

/// Drops a type object's fields (heap types) and unregisters it.
///
/// # Safety
/// `p` is a dying heap type.
unsafe fn drop_type(p: *mut ObjHeader) {
    crate::class::forget_subclass(p as *mut TypeObject);
    // SAFETY: forwarded contract.
    unsafe { std::ptr::drop_in_place(p as *mut TypeObject) }
}

macro_rules! size {
    ($t:ty) => {
        size_of::<$t>()
    };
}

/// Creates every builtin type and module (see module docs).
pub fn bootstrap(r: &mut Runtime, argv: Vec<String>, path: Vec<String>) {
    use crate::classic::{ClassObj, InstObj};
    use crate::classobjs::{PropertyObj, SuperObj, WrapObj};
    use crate::complex::ComplexObj;
    use crate::descr::{BuiltinFnObj, GetSetObj, MemberObj, MethodDescrObj};
    use crate::dict::DictObj;
    use crate::file::FileObj;
    use crate::float::FloatObj;
    use crate::func::{CellObj, CodeObj, FuncObj, MethodObj};
    use crate::generator::GenObj;
    use crate::int::IntObj;
    use crate::iterobj::IterObj;
    use crate::list::ListObj;
    use crate::long::LongObj;
    use crate::module::ModuleObj;
    use crate::range::{RangeIterObj, XRangeObj};
    use crate::set::SetObj;
    use crate::slice::SliceObj;
    use crate::str::StrObj;
    use crate::traceback::{FrameObj, TracebackObj};
    use crate::tuple::TupleObj;
    use crate::unicode::UnicodeObj;
    use crate::weakref::WeakRefObj;
    use crate::wrappers::WrapperObj;

    let gc = TypeFlags::HAS_GC;
    let base = TypeFlags::BASETYPE;
    let none = TypeFlags::default();
    let d = Slots::default();
    let hdr = size!(ObjHeader);

    // phase 1: type objects
    let type_ = new_builtin_type(
        "type",
        std::ptr::null_mut(),
        Layout::Type,
        size!(TypeObject),
        drop_type,
        base | gc,
        d,
        0,
    );
    r.types.type_ = type_;
    let object = new_builtin_type(
        "object",
        std::ptr::null_mut(),
        Layout::Object,
        hdr,
        drop_payload_of::<ObjHeader>,
        base,
        d,
        0,
    );
    r.types.object = object;
    // SAFETY: fix up type's base now that object exists.
    unsafe {
        (*type_).base = type_value(object);
        (*object).subclasses.borrow_mut().push(type_);
    }
    let t = &mut r.types;
    macro_rules! ty {
        ($field:ident, $name:expr, $base:expr, $layout:expr, $size:expr, $drop:expr, $flags:expr) => {
            t.$field = new_builtin_type($name, $base, $layout, $size, $drop, $flags, d, 0);
        };
        ($field:ident, $name:expr, $base:expr, $layout:expr, $size:expr, $drop:expr, $flags:expr, $doff:expr) => {
            t.$field = new_builtin_type($name, $base, $layout, $size, $drop, $flags, d, $doff);
        };
    }
    ty!(
        str,
        "str",
        std::ptr::null_mut(),
        Layout::Str,
        size!(StrObj),
        drop_payload_of::<StrObj>,
        base
    );
    ty!(
        dict,
        "dict",
        object,
        Layout::Dict,
        size!(DictObj),
        drop_payload_of::<DictObj>,
        base | gc
    );
    ty!(
        tuple,
        "tuple",
        object,
        Layout::Tuple,
        size!(TupleObj),
        drop_payload_of::<TupleObj>,
        base | gc
    );
    ty!(
        basestring,
        "basestring",
        object,
        Layout::Object,
        hdr,
        drop_payload_of::<ObjHeader>,
        base
    );
    // str derives from basestring
    // SAFETY: bootstrap; str was created before basestring.
    unsafe {
        (*t.str).base = type_value(t.basestring);
        (*t.basestring).subclasses.borrow_mut().push(t.str);
    }
    ty!(
        unicode,
        "unicode",
        t.basestring,
        Layout::Unicode,
        size!(UnicodeObj),
        drop_payload_of::<UnicodeObj>,
        base
    );
    ty!(
        int,
        "int",
        object,
        Layout::Int,
        size!(IntObj),
        drop_payload_of::<IntObj>,
        base
    );
    ty!(
        bool,
        "bool",
        t.int,
        Layout::Int,
        size!(IntObj),
        drop_payload_of::<IntObj>,
        none
    );
    ty!(
        long,
        "long",
        object,
        Layout::Long,
        size!(LongObj),
        drop_payload_of::<LongObj>,
        base
    );
    ty!(
        float,
        "float",
        object,
        Layout::Float,
        size!(FloatObj),
        drop_payload_of::<FloatObj>,
        base
    );
    ty!(
        complex,
        "complex",
        object,
        Layout::Complex,
        size!(ComplexObj),
        drop_payload_of::<ComplexObj>,
        base
    );
    ty!(
        none,
        "NoneType",
        object,
        Layout::Special,
        hdr,
        drop_payload_of::<ObjHeader>,
        none
    );
    ty!(
        not_implemented,
        "NotImplementedType",
        object,
        Layout::Special,
        hdr,
        drop_payload_of::<ObjHeader>,
        none
    );
    ty!(
        ellipsis,
        "ellipsis",
        object,
        Layout::Special,
        hdr,
        drop_payload_of::<ObjHeader>,
        none
    );
    ty!(
        list,
        "list",
        object,
        Layout::List,
        size!(ListObj),
        drop_payload_of::<ListObj>,
        base | gc
    );
    ty!(
        set,
        "set",
        object,
        Layout::Set,
        size!(SetObj),
        drop_payload_of::<SetObj>,
        base | gc
    );
    ty!(
        frozenset,
        "frozenset",
        object,
        Layout::Set,
        size!(SetObj),
        drop_payload_of::<SetObj>,
        base | gc
    );
    ty!(
        slice,
        "slice",
        object,
        Layout::Other,
        size!(SliceObj),
        drop_payload_of::<SliceObj>,
        none
    );
    ty!(
        xrange,
        "xrange",
        object,
        Layout::Other,
        size!(XRangeObj),
        drop_payload_of::<XRangeObj>,
        none
    );
    ty!(
        xrange_iter,
        "rangeiterator",
        object,
        Layout::Other,
        size!(RangeIterObj),
        drop_payload_of::<RangeIterObj>,
        none
    );
    ty!(
        function,
        "function",
        object,
        Layout::Other,
        size!(FuncObj),
        drop_payload_of::<FuncObj>,
        gc,
        std::mem::offset_of!(FuncObj, dict) as u32
    );
    ty!(
        builtin_function,
        "builtin_function_or_method",
        object,
        Layout::Other,
        size!(BuiltinFnObj),
        drop_payload_of::<BuiltinFnObj>,
        gc
    );
    ty!(
        method_descriptor,
        "method_descriptor",
        object,
        Layout::Other,
        size!(MethodDescrObj),
        drop_payload_of::<MethodDescrObj>,
        none
    );
    ty!(
        classmethod_descriptor,
        "classmethod_descriptor",
        object,
        Layout::Other,
        size!(MethodDescrObj),
        drop_payload_of::<MethodDescrObj>,
        none
    );
    ty!(
        wrapper_descriptor,
        "wrapper_descriptor",
        object,
        Layout::Other,
        size!(WrapperObj),
        drop_payload_of::<WrapperObj>,
        none
    );
    ty!(
        getset_descriptor,
        "getset_descriptor",
        object,
        Layout::Other,
        size!(GetSetObj),
        drop_payload_of::<GetSetObj>,
        none
    );
    ty!(
        member_descriptor,
        "member_descriptor",
        object,
        Layout::Other,
        size!(MemberObj),
        drop_payload_of::<MemberObj>,
        none
    );
    ty!(
        method,
        "instancemethod",
        object,
        Layout::Other,
        size!(MethodObj),
        drop_payload_of::<MethodObj>,
        gc
    );
    ty!(
        classobj,
        "classobj",
        object,
        Layout::ClassicClass,
        size!(ClassObj),
        drop_payload_of::<ClassObj>,
        gc
    );
    ty!(
        instance,
        "instance",
        object,
        Layout::ClassicInstance,
        size!(InstObj),
        drop_payload_of::<InstObj>,
        gc | TypeFlags::HAS_FINALIZER,
        std::mem::offset_of!(InstObj, dict) as u32
    );
    ty!(
        module,
        "module",
        object,
        Layout::Other,
        size!(ModuleObj),
        drop_payload_of::<ModuleObj>,
        base | gc,
        std::mem::offset_of!(ModuleObj, dict) as u32
    );
    ty!(
        code,
        "code",
        object,
        Layout::Other,
        size!(CodeObj),
        drop_payload_of::<CodeObj>,
        none
    );
    ty!(
        cell,
        "cell",
        object,
        Layout::Other,
        size!(CellObj),
        drop_payload_of::<CellObj>,
        gc
    );
    ty!(
        generator,
        "generator",
        object,
        Layout::Other,
        size!(GenObj),
        drop_payload_of::<GenObj>,
        gc | TypeFlags::HAS_FINALIZER
    );
    ty!(
        frame,
        "frame",
        object,
        Layout::Other,
        size!(FrameObj),
        drop_payload_of::<FrameObj>,
        gc
    );
    ty!(
        traceback,
        "traceback",
        object,
        Layout::Other,
        size!(TracebackObj),
        drop_payload_of::<TracebackObj>,
        gc
    );
    ty!(
        property,
        "property",
        object,
        Layout::Other,
        size!(PropertyObj),
        drop_payload_of::<PropertyObj>,
        base | gc
    );
    ty!(
        classmethod,
        "classmethod",
        object,
        Layout::Other,
        size!(WrapObj),
        drop_payload_of::<WrapObj>,
        base | gc
    );
    ty!(
        staticmethod,
        "staticmethod",
        object,
        Layout::Other,
        size!(WrapObj),
        drop_payload_of::<WrapObj>,
        base | gc
    );
    ty!(
        super_,
        "super",
        object,
        Layout::Other,
        size!(SuperObj),
        drop_payload_of::<SuperObj>,
        base | gc
    );
    ty!(
        file,
        "file",
        object,
        Layout::Other,
        size!(FileObj),
        drop_payload_of::<FileObj>,
        base
    );
    let it = |name: &'static str| {
        new_builtin_type(
            name,
            object,
            Layout::Other,
            size!(IterObj),
            drop_payload_of::<IterObj>,
            gc,
            d,
            0,
        )
    };
    t.seq_iter = it("iterator");
    t.callable_iter = it("callable-iterator");
    t.list_iter = it("listiterator");
    t.list_rev_iter = it("listreverseiterator");
    t.tuple_iter = it("tupleiterator");
    t.str_iter = it("iterator");
    t.bytearray_iter = it("bytearray_iterator");
    t.dict_keyiter = it("dictionary-keyiterator");
    t.dict_valueiter = it("dictionary-valueiterator");
    t.dict_itemiter = it("dictionary-itemiterator");
    t.set_iter = it("setiterator");
    t.dict_keys = it("dict_keys");
    t.dict_values = it("dict_values");
    t.dict_items = it("dict_items");
    t.dictproxy = new_builtin_type(
        "dictproxy",
        object,
        Layout::Other,
        hdr + 8,
        drop_payload_of::<[u64; 3]>,
        gc,
        d,
        0,
    );
    t.enumerate = new_builtin_type(
        "enumerate",
        object,
        Layout::Other,
        size!(IterObj),
        drop_payload_of::<IterObj>,
        base | gc,
        d,
        0,
    );
    t.reversed = new_builtin_type(
        "reversed",
        object,
        Layout::Other,
        size!(IterObj),
        drop_payload_of::<IterObj>,
        base | gc,
        d,
        0,
    );
    ty!(
        bytearray,
        "bytearray",
        object,
        Layout::Other,
        size!(crate::bytearray::ByteArrayObj),
        drop_payload_of::<crate::bytearray::ByteArrayObj>,
        base
    );
    ty!(
        weakref,
        "weakref",
        object,
        Layout::Other,
        size!(WeakRefObj),
        crate::weakref::drop_weakref,
        base | gc
    );
    ty!(
        weakproxy,
        "weakproxy",
        object,
        Layout::Other,
        size!(WeakRefObj),
        crate::weakref::drop_weakref,
        gc
    );
    ty!(
        weakcallableproxy,
        "weakcallableproxy",
        object,
        Layout::Other,
        size!(WeakRefObj),
        crate::weakref::drop_weakref,
        gc
    );
    ty!(
        buffer,
        "buffer",
        object,
        Layout::Other,
        size!(crate::buffer::BufferObj),
        drop_payload_of::<crate::buffer::BufferObj>,
        gc
    );
    ty!(
        memoryview,
        "memoryview",
        object,
        Layout::Other,
        hdr,
        drop_payload_of::<ObjHeader>,
        none
    );

    // phase 2: names, dicts, bases, MROs
    pstr::init_char_cache();
    *r.empty_tuple.borrow_mut() = crate::tuple::new_of_type(r.types.tuple, Vec::new());
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for (ty, name) in pending {
        finish_type(ty, name);
    }

    // phase 3: slots and methods
    crate::typeobj::setup();
    crate::num_methods::setup();
    crate::str_methods::setup();
    crate::unicode_methods::setup();
    crate::list_methods::setup();
    crate::dict_methods::setup();
    crate::set::setup();
    crate::iterobj::setup();
    crate::dictview::setup();
    crate::range::setup();
    crate::slice::setup();
    crate::classobjs::setup();
    crate::classic::setup_types();
    crate::module::setup();
    crate::generator::setup();
    crate::traceback::setup();
    crate::file::setup();
    crate::bytearray::setup();
    crate::buffer::setup();
    setup_weakref();
    // SAFETY: bootstrap: every builtin type gets generic attribute access
    // unless it has its own.
    for ty in ALL_BUILTIN.with(|a| a.borrow().clone()) {
        unsafe {
            if (*ty).slots.getattr.is_none() {
                (*ty).slots.getattr = Some(crate::ops::generic_getattr);
            }
            if (*ty).slots.setattr.is_none() && (*ty).dictoffset != 0 {
                (*ty).slots.setattr = Some(crate::ops::generic_setattr);
            }
            if (*ty).slots.hash.is_none()
                && (*ty).slots.richcompare.is_none()
                && (*ty).slots.compare.is_none()
            {
                (*ty).slots.hash = Some(|v| Ok(crate::ops::hash_pointer(v)));
            }
        }
    }
    // object.__setattr__ exists for subclasses to inherit
    // SAFETY: bootstrap.
    unsafe {
        (*r.types.object).slots.setattr = Some(crate::ops::generic_setattr);
    }

    // exceptions
    crate::exceptions::create_types(&mut r.exc);
    crate::exceptions::setup(&r.exc);
    for ty in ALL_BUILTIN.with(|a| a.borrow().clone()) {
        crate::wrappers::add_operators(ty);
        crate::class::type_modified(ty);
    }

    // modules
    *r.modules.borrow_mut() = dict::new();
    let b = crate::builtins::create();
    *r.builtins.borrow_mut() = crate::module::dict_of(&b);
    *r.builtins_module.borrow_mut() = b.clone();
    let sys = crate::sys::create(&argv, &path);
    *r.sys.borrow_mut() = sys.clone();
    let mods = r.modules.borrow().clone();
    dict::set_item_str(&mods, "__builtin__", b);
    dict::set_item_str(&mods, "sys", sys);
    crate::modules::register_all(r);
}

fn setup_weakref() {
    let t = &rt().types;
    for ty in [t.weakref, t.weakproxy, t.weakcallableproxy] {
        // SAFETY: bootstrap.
        unsafe {
            let s = &mut (*ty).slots;
            s.traverse = Some(crate::weakref::traverse);
            s.repr = Some(crate::weakref::ref_repr);
        }
    }
    // SAFETY: bootstrap.
    unsafe {
        let s = &mut (*t.weakref).slots;
        s.call = Some(crate::weakref::ref_call);
        s.hash = Some(crate::weakref::ref_hash);
        s.richcompare = Some(crate::weakref::ref_richcompare);
        // _PyArg_NoKeywords("ref()", ...)
        s.new = Some(|t, a, kw| {
            if !kw.is_empty() {
                return Err(crate::err::type_error(
                    "ref() does not take keyword arguments",
                ));
            }
            crate::args::unpack("__new__", a, kw, 1, 2)?;
            crate::weakref::new_ref(t.as_ptr() as *mut TypeObject, &a[0], a.get(1).cloned())
        });
        s.init = Some(|_v, a, kw| {
            if !kw.is_empty() {
                return Err(crate::err::type_error(
                    "ref() does not take keyword arguments",
                ));
            }
            crate::args::unpack("__init__", a, kw, 1, 2)
        });
    }
    crate::weakproxy::setup();
}
