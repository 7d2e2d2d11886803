//! Type objects: layout, flags, slot tables, the MRO and attribute lookup on
//! types.
//!
//! A [`TypeObject`] is itself a heap object (its type is `type` or a
//! metaclass). Like CPython's `tp_*` fields, it carries a [`Slots`] table of
//! Rust functions, so a runtime operation on a value is a type load and one
//! indirect call. Builtin types fill the table with their implementations;
//! user classes ("heap types") get generic slots that call the class's
//! special methods, computed by `class::update_slots` whenever a special
//! name is defined or changed on the class or a base.
//!
//! Terms:
//! - *layout*: the Rust struct instances of a type use ([`Layout`]); a user
//!   class has its builtin base's layout plus an extension area
//!   (`object::InstanceExt`).
//! - *version*: a counter stamped on a type and bumped (on it and all its
//!   subclasses) whenever any dict in its MRO changes; caches keyed on it
//!   (method cache, inline caches in the interpreter and JIT) stay valid
//!   while it is unchanged. Version 0 means "do not cache".

use crate::object::{ObjHeader, type_of};
use crate::rt::rt;
use crate::value::Value;
use crate::{PyResult, dict, str as pstr, tuple};
use std::cell::Cell;

/// Type flags (CPython's `tp_flags`, reduced to what we use).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub struct TypeFlags(pub u32);

impl TypeFlags {
    /// A user-defined class (allocated, refcounted, mutable).
    pub const HEAPTYPE: TypeFlags = TypeFlags(1);
    /// May be subclassed.
    pub const BASETYPE: TypeFlags = TypeFlags(2);
    /// Instances are tracked by the cycle collector.
    pub const HAS_GC: TypeFlags = TypeFlags(4);
    /// Instances need a finalizer call before deallocation (`__del__`).
    pub const HAS_FINALIZER: TypeFlags = TypeFlags(8);
    /// The class defines `__getattribute__` or `__getattr__` in Python.
    pub const CUSTOM_GETATTR: TypeFlags = TypeFlags(16);
    /// The class defines `__setattr__` or `__delattr__` in Python.
    pub const CUSTOM_SETATTR: TypeFlags = TypeFlags(32);
    /// An exception class (a subclass of BaseException).
    pub const EXCEPTION: TypeFlags = TypeFlags(64);
    /// A metaclass: a subclass of `type`.
    pub const TYPE_SUBCLASS: TypeFlags = TypeFlags(128);
    /// A builtin type whose instances carry fields its base lacks even
    /// though the sizes agree here (CPython's `extra_ivars`): decides
    /// instance lay-out conflicts between bases.
    pub const OWN_LAYOUT: TypeFlags = TypeFlags(256);

    /// Are all bits of `other` set?
    #[inline(always)]
    pub fn contains(self, other: TypeFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for TypeFlags {
    type Output = TypeFlags;
    fn bitor(self, o: TypeFlags) -> TypeFlags {
        TypeFlags(self.0 | o.0)
    }
}

/// Which Rust struct instances of a type use.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Layout {
    /// Plain `object` (header only).
    Object,
    /// None, bools, NotImplemented, Ellipsis: unboxed specials.
    Special,
    /// `int` (unboxed small ints, `IntObj` for the rest and for subclasses).
    Int,
    /// `long`.
    Long,
    /// `float` (unboxed; `FloatObj` for subclasses).
    Float,
    /// `complex`.
    Complex,
    /// `str`.
    Str,
    /// `unicode`.
    Unicode,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set` and `frozenset`.
    Set,
    /// `type` and metaclasses.
    Type,
    /// Exceptions (BaseException and subclasses).
    Exception,
    /// Classic (old-style) class objects.
    ClassicClass,
    /// Classic instances.
    ClassicInstance,
    /// Anything else (functions, code, modules, iterators, ...): identified
    /// by exact type.
    Other,
}

/// Binary operators with a number slot.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// classic `/`
    Div,
    /// `/` under `from __future__ import division`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `divmod()`
    DivMod,
    /// `**` (two-argument)
    Pow,
    /// `<<`
    Lshift,
    /// `>>`
    Rshift,
    /// `&`
    And,
    /// `^`
    Xor,
    /// `|`
    Or,
}

impl BinOp {
    /// The operator as CPython's error messages spell it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div | BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::DivMod => "divmod()",
            BinOp::Pow => "** or pow()",
            BinOp::Lshift => "<<",
            BinOp::Rshift => ">>",
            BinOp::And => "&",
            BinOp::Xor => "^",
            BinOp::Or => "|",
        }
    }

    /// The special method names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Div => ("__div__", "__rdiv__", "__idiv__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::DivMod => ("__divmod__", "__rdivmod__", "__idivmod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
        }
    }

    /// All binary operators, in a fixed order.
    /// Mask bit of this operator (for `Slots::binop_mask`).
    pub const fn bit(self) -> u16 {
        1 << self as u16
    }

    pub const ALL: [BinOp; 14] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::DivMod,
        BinOp::Pow,
        BinOp::Lshift,
        BinOp::Rshift,
        BinOp::And,
        BinOp::Xor,
        BinOp::Or,
    ];
}

/// Unary operators and conversions with a number slot.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `abs(x)`
    Abs,
    /// `int(x)`
    Int,
    /// `long(x)`
    Long,
    /// `float(x)`
    Float,
    /// `oct(x)`
    Oct,
    /// `hex(x)`
    Hex,
    /// `operator.index(x)`
    Index,
}

impl UnOp {
    /// Every unary operator.
    pub const ALL: [UnOp; 10] = [
        UnOp::Neg,
        UnOp::Pos,
        UnOp::Invert,
        UnOp::Abs,
        UnOp::Int,
        UnOp::Long,
        UnOp::Float,
        UnOp::Oct,
        UnOp::Hex,
        UnOp::Index,
    ];

    /// Mask bit of this operator (for `Slots::unop_mask`).
    pub const fn bit(self) -> u16 {
        1 << self as u16
    }

    /// The special method name.
    pub fn name(self) -> &'static str {
        match self {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            UnOp::Invert => "__invert__",
            UnOp::Abs => "__abs__",
            UnOp::Int => "__int__",
            UnOp::Long => "__long__",
            UnOp::Float => "__float__",
            UnOp::Oct => "__oct__",
            UnOp::Hex => "__hex__",
            UnOp::Index => "__index__",
        }
    }
}

/// Rich comparison operators, numbered as CPython's `Py_LT`...`Py_GE` and
/// COMPARE_OP's first six arguments.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CmpOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CmpOp {
    /// The operator with swapped operands (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// The special method name.
    pub fn name(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// Applies the operator to the result of a three-way comparison.
    #[inline]
    pub fn from_ordering(self, c: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => c == Less,
            CmpOp::Le => c != Greater,
            CmpOp::Eq => c == Equal,
            CmpOp::Ne => c != Equal,
            CmpOp::Gt => c == Greater,
            CmpOp::Ge => c != Less,
        }
    }

    /// From COMPARE_OP's argument 0..=5.
    pub fn from_arg(a: u32) -> Option<CmpOp> {
        Some(match a {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }
}

/// `repr`, `str`, unary number slots: one value in, one out.
pub type UnaryFn = fn(&Value) -> PyResult;
/// Binary number slots: may return NotImplemented.
pub type BinaryFn = fn(BinOp, &Value, &Value) -> PyResult;
/// Three-argument `pow`: may return NotImplemented.
pub type TernaryFn = fn(&Value, &Value, &Value) -> PyResult;
/// Unary number slots.
pub type UnOpFn = fn(UnOp, &Value) -> PyResult;
/// `hash`.
pub type HashFn = fn(&Value) -> PyResult<i64>;
/// Rich comparison: may return NotImplemented.
pub type RichCmpFn = fn(&Value, &Value, CmpOp) -> PyResult;
/// Three-way comparison (`__cmp__`): -1, 0 or 1; 2 when undefined.
pub type Cmp3Fn = fn(&Value, &Value) -> PyResult<i32>;
/// Attribute get: the name is a str. Raises AttributeError when missing.
pub type GetAttrFn = fn(&Value, &Value) -> PyResult;
/// Attribute set (`Some`) or delete (`None`).
pub type SetAttrFn = fn(&Value, &Value, Option<Value>) -> PyResult<()>;
/// Call with positional arguments and interleaved keyword name/value pairs.
pub type CallFn = fn(&Value, &[Value], &[Value]) -> PyResult;
/// Iteration step: `None` when exhausted (no StopIteration object made).
pub type NextFn = fn(&Value) -> PyResult<Option<Value>>;
/// Truth value.
pub type BoolFn = fn(&Value) -> PyResult<bool>;
/// Length.
pub type LenFn = fn(&Value) -> PyResult<usize>;
/// Subscript get.
pub type GetItemFn = fn(&Value, &Value) -> PyResult;
/// Subscript set (`Some`) or delete (`None`).
pub type SetItemFn = fn(&Value, &Value, Option<Value>) -> PyResult<()>;
/// Simple slicing `o[i:j]` with adjusted, unclamped bounds.
pub type GetSliceFn = fn(&Value, isize, isize) -> PyResult;
/// Simple slice assignment (`Some`) or deletion (`None`).
pub type SetSliceFn = fn(&Value, isize, isize, Option<Value>) -> PyResult<()>;
/// Membership test.
pub type ContainsFn = fn(&Value, &Value) -> PyResult<bool>;
/// Descriptor get: (descriptor, instance or None, owner type).
pub type DescrGetFn = fn(&Value, &Value, &Value) -> PyResult;
/// Descriptor set (`Some`) or delete (`None`): (descriptor, instance, value).
pub type DescrSetFn = fn(&Value, &Value, Option<Value>) -> PyResult<()>;
/// `__new__`: (the type being created, positional, keywords).
pub type NewFn = fn(&Value, &[Value], &[Value]) -> PyResult;
/// `__init__`.
pub type InitFn = fn(&Value, &[Value], &[Value]) -> PyResult<()>;
/// Sequence concatenation or in-place concatenation (`+`, `+=`).
pub type ConcatFn = fn(&Value, &Value) -> PyResult;
/// Sequence repetition (`*`): the count is already an index.
pub type RepeatFn = fn(&Value, isize) -> PyResult;
/// Visits each strong reference an object holds (for the cycle collector).
pub type TraverseFn = unsafe fn(*mut ObjHeader, &mut dyn FnMut(&Value));
/// Drops every reference an object holds, breaking cycles.
pub type ClearFn = unsafe fn(*mut ObjHeader);

/// The slot table of a type. `None` means "not supported".
#[derive(Clone, Copy, Default)]
pub struct Slots {
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    pub hash: Option<HashFn>,
    pub richcompare: Option<RichCmpFn>,
    pub compare: Option<Cmp3Fn>,
    pub getattr: Option<GetAttrFn>,
    pub setattr: Option<SetAttrFn>,
    pub call: Option<CallFn>,
    pub iter: Option<UnaryFn>,
    pub next: Option<NextFn>,
    pub binop: Option<BinaryFn>,
    pub inplace: Option<BinaryFn>,
    pub pow3: Option<TernaryFn>,
    pub unop: Option<UnOpFn>,
    pub nonzero: Option<BoolFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<GetItemFn>,
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub getslice: Option<GetSliceFn>,
    pub setslice: Option<SetSliceFn>,
    pub concat: Option<ConcatFn>,
    pub repeat: Option<RepeatFn>,
    pub inplace_concat: Option<ConcatFn>,
    pub inplace_repeat: Option<RepeatFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
    pub new: Option<NewFn>,
    pub init: Option<InitFn>,
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ClearFn>,
    /// Which binary operators `binop`/`inplace` implement (bit
    /// `1 << op as u16`); 0 means all. Only decides which `__op__`
    /// wrappers a builtin type shows, as CPython's per-operator slots do.
    pub binop_mask: u16,
    /// Which unary operators `unop` implements (bit `1 << op as u16`); 0 = all.
    pub unop_mask: u16,
}

/// A type object.
#[repr(C)]
pub struct TypeObject {
    /// Header; the header's type is the metaclass.
    pub ob: ObjHeader,
    /// Flags.
    pub flags: TypeFlags,
    /// Instance layout.
    pub layout: Layout,
    /// Size of an instance in bytes, extension area included.
    pub basicsize: u32,
    /// Offset of the instance extension area (0: none).
    pub ext_offset: u32,
    /// Number of `__slots__` values in the extension area.
    pub nslots: u32,
    /// Offset of the instance `__dict__` Value field (0: none).
    pub dictoffset: u32,
    /// Version tag for caches (see module docs); 0 = do not cache.
    pub version: Cell<u64>,
    /// `__name__` (a str).
    pub name: Value,
    /// `__base__`: the solid base, or NULL for `object`.
    pub base: Value,
    /// `__bases__` (a tuple).
    pub bases: Value,
    /// `__mro__` (a tuple of types).
    pub mro: Value,
    /// The type's `__dict__` (a dict).
    pub dict: Value,
    /// Weak list of direct subclasses (raw pointers; removed when they die).
    pub subclasses: std::cell::RefCell<Vec<*mut TypeObject>>,
    /// Does the instance extension area hold a `__dict__`?
    pub has_instance_dict: bool,
    /// Drops the layout fields of an instance (not the extension area).
    pub drop_payload: unsafe fn(*mut ObjHeader),
    /// The slot table.
    pub slots: Slots,
}

impl TypeObject {
    /// The type's name as a Rust string.
    pub fn name_str(&self) -> &str {
        pstr::as_str_lossy(&self.name)
    }

    /// Is this a user-defined class?
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        self.flags.contains(TypeFlags::HEAPTYPE)
    }
}

/// The type of an unboxed value.
#[inline]
pub fn type_of_unboxed(v: &Value) -> *mut TypeObject {
    let t = &rt().types;
    if v.is_float() {
        t.float
    } else if v.is_small_int() {
        t.int
    } else {
        match v.bits() & 0xFFFF {
            0 => t.none,
            1 | 2 => t.bool,
            3 => t.not_implemented,
            4 => t.ellipsis,
            _ => t.none, // NULL never reaches Python code
        }
    }
}

/// A type object pointer as a borrowed Value.
///
/// # Safety
/// `t` is a live type.
#[inline]
pub fn type_value(t: *mut TypeObject) -> Value {
    // SAFETY: types are live while referenced.
    unsafe { Value::from_borrowed_ptr(t as *mut ObjHeader) }
}

/// Reads a type object behind a Value known to be a type.
///
/// # Safety
/// `v` is a type object.
#[inline(always)]
pub unsafe fn as_type(v: &Value) -> &TypeObject {
    // SAFETY: forwarded contract.
    unsafe { &*(v.as_ptr() as *const TypeObject) }
}

/// Is `v` a type object (an instance of `type` or a metaclass)?
#[inline]
pub fn is_type(v: &Value) -> bool {
    // SAFETY: type_of returns a live type.
    v.is_ptr() && unsafe { (*type_of(v)).layout == Layout::Type }
}

/// The type of `v`, as a reference.
#[inline(always)]
pub fn type_ref(v: &Value) -> &'static TypeObject {
    // SAFETY: types of live values are live for at least as long as the
    // value; callers do not keep the reference past the value.
    unsafe { &*type_of(v) }
}

/// Is `a` the same type as `b` or a subclass of it?
pub fn is_subtype(a: *mut TypeObject, b: *mut TypeObject) -> bool {
    if a == b {
        return true;
    }
    // SAFETY: a is a live type with a tuple MRO.
    let mro = unsafe { &(*a).mro };
    if mro.is_null() {
        // During bootstrap: walk bases.
        // SAFETY: a is live.
        let base = unsafe { &(*a).base };
        return !base.is_null() && is_subtype(base.as_ptr() as *mut TypeObject, b);
    }
    tuple::items(mro)
        .iter()
        .any(|t| t.as_ptr() as *mut TypeObject == b)
}

/// Is `v` a heap object of exactly type `t`?
#[inline(always)]
pub fn type_of_ptr_is(v: &Value, t: *mut TypeObject) -> bool {
    v.is_ptr() && type_of(v) == t
}

/// Is `v` an instance of `t` (or a subclass)? Real type only, no
/// `__class__` or `__instancecheck__` games.
#[inline]
pub fn isinstance_exact(v: &Value, t: *mut TypeObject) -> bool {
    is_subtype(type_of(v), t)
}

/// Looks `name` up along the MRO of `t` (CPython's `_PyType_Lookup`),
/// without invoking descriptors. `name` must be a str.
pub fn lookup(t: *mut TypeObject, name: &Value) -> Option<Value> {
    crate::class::method_cache_lookup(t, name)
}

/// Looks up a name given as a Rust string (interned first).
pub fn lookup_str(t: *mut TypeObject, name: &str) -> Option<Value> {
    lookup(t, &crate::rt::intern(name))
}

/// Looks `name` up along the MRO without the method cache.
pub fn lookup_uncached(t: *mut TypeObject, name: &Value) -> Option<Value> {
    // SAFETY: t is live and its mro is a tuple of types.
    let mro = unsafe { &(*t).mro };
    if mro.is_null() {
        // SAFETY: t is live.
        return dict::get_str(unsafe { &(*t).dict }, name);
    }
    for base in tuple::items(mro) {
        // SAFETY: MRO entries are types (or classic classes, which keep
        // their dict in the same place through `classic::class_dict`).
        let d = crate::class::dict_of_mro_entry(base);
        if let Some(v) = dict::get_str(&d, name) {
            return Some(v);
        }
    }
    None
}
