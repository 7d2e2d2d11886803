//! Code objects, functions, cells and instance methods: the objects Python
//! code is made of, with their CPython 2.7 attributes (`co_*`, `func_*`,
//! `im_*`, `cell_contents`).
//!
//! A code object also carries interpreter-private data (`exec`, decoded
//! bytecode, verification results, profile counters, compiled code), which
//! the runtime never looks at.

use crate::object::{ObjHeader, new_object, type_of};
use crate::rt::rt;
use crate::types::type_ref;
use crate::value::Value;
use crate::{PyResult, dict, err, str as pstr, tuple};
use std::any::Any;
use std::cell::UnsafeCell;

/// `co_flags` bits.
pub mod co_flags {
    /// Locals are a fast array.
    pub const OPTIMIZED: u32 = 0x1;
    /// A new locals dict is made for the frame.
    pub const NEWLOCALS: u32 = 0x2;
    /// Has a `*args` parameter.
    pub const VARARGS: u32 = 0x4;
    /// Has a `**kwargs` parameter.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Nested function.
    pub const NESTED: u32 = 0x10;
    /// A generator function.
    pub const GENERATOR: u32 = 0x20;
    /// No free or cell variables.
    pub const NOFREE: u32 = 0x40;
    /// `from __future__ import division`.
    pub const FUTURE_DIVISION: u32 = 0x2000;
    /// `from __future__ import absolute_import`.
    pub const FUTURE_ABSOLUTE_IMPORT: u32 = 0x4000;
    /// `from __future__ import with_statement`.
    pub const FUTURE_WITH_STATEMENT: u32 = 0x8000;
    /// `from __future__ import print_function`.
    pub const FUTURE_PRINT_FUNCTION: u32 = 0x10000;
    /// `from __future__ import unicode_literals`.
    pub const FUTURE_UNICODE_LITERALS: u32 = 0x20000;
}

/// A code object.
#[repr(C)]
pub struct CodeObj {
    /// Header.
    pub ob: ObjHeader,
    /// `co_argcount`.
    pub argcount: u32,
    /// `co_nlocals`.
    pub nlocals: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_code` (str).
    pub code: Value,
    /// `co_consts` (tuple).
    pub consts: Value,
    /// `co_names` (tuple of str).
    pub names: Value,
    /// `co_varnames` (tuple of str).
    pub varnames: Value,
    /// `co_freevars` (tuple of str).
    pub freevars: Value,
    /// `co_cellvars` (tuple of str).
    pub cellvars: Value,
    /// `co_filename` (str).
    pub filename: Value,
    /// `co_name` (str).
    pub name: Value,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// `co_lnotab` (str).
    pub lnotab: Value,
    /// Interpreter-private data, created on first execution.
    pub exec: UnsafeCell<Option<Box<dyn Any>>>,
    /// The address of the boxed `exec` data once set (null before): lets
    /// the interpreter reach it without a type check on every call.
    pub exec_ptr: std::cell::Cell<*const u8>,
}

/// The fields of a new code object.
pub struct CodeFields {
    pub argcount: u32,
    pub nlocals: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub code: Value,
    pub consts: Value,
    pub names: Value,
    pub varnames: Value,
    pub freevars: Value,
    pub cellvars: Value,
    pub filename: Value,
    pub name: Value,
    pub firstlineno: u32,
    pub lnotab: Value,
}

/// A new code object.
pub fn new_code(f: CodeFields) -> Value {
    // SAFETY: CodeObj matches the code type's layout.
    unsafe {
        new_object(
            rt().types.code,
            CodeObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                argcount: f.argcount,
                nlocals: f.nlocals,
                stacksize: f.stacksize,
                flags: f.flags,
                code: f.code,
                consts: f.consts,
                names: f.names,
                varnames: f.varnames,
                freevars: f.freevars,
                cellvars: f.cellvars,
                filename: f.filename,
                name: f.name,
                firstlineno: f.firstlineno,
                lnotab: f.lnotab,
                exec: UnsafeCell::new(None),
                exec_ptr: std::cell::Cell::new(std::ptr::null()),
            },
        )
    }
}

/// Is `v` a code object?
#[inline]
pub fn is_code(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.code
}

/// The payload of a code object.
#[inline(always)]
pub fn code(v: &Value) -> &CodeObj {
    debug_assert!(is_code(v));
    // SAFETY: callers pass code objects.
    unsafe { &*(v.as_ptr() as *const CodeObj) }
}

impl CodeObj {
    /// The line number of the instruction at byte offset `lasti`, from
    /// `co_lnotab` (CPython's `PyCode_Addr2Line`).
    pub fn addr2line(&self, lasti: usize) -> u32 {
        let tab = pstr::as_bytes(&self.lnotab);
        let mut line = self.firstlineno;
        let mut addr = 0usize;
        for pair in tab.chunks_exact(2) {
            addr += pair[0] as usize;
            if addr > lasti {
                break;
            }
            line += pair[1] as u32;
        }
        line
    }

    /// The bytecode.
    pub fn bytecode(&self) -> &[u8] {
        pstr::as_bytes(&self.code)
    }

    /// `co_name` as text.
    pub fn name_str(&self) -> &str {
        pstr::as_str_lossy(&self.name)
    }

    /// `co_filename` as text.
    pub fn filename_str(&self) -> &str {
        pstr::as_str_lossy(&self.filename)
    }

    /// Number of cell variables.
    pub fn ncells(&self) -> usize {
        tuple::items(&self.cellvars).len()
    }

    /// Number of free variables.
    pub fn nfrees(&self) -> usize {
        tuple::items(&self.freevars).len()
    }

    /// The interpreter's private data slot.
    #[allow(clippy::mut_from_ref)]
    pub fn exec_slot(&self) -> &mut Option<Box<dyn Any>> {
        // SAFETY: only the interpreter touches this slot, single-threaded,
        // and it never holds the reference across a re-entrant call that
        // replaces the slot.
        unsafe { &mut *self.exec.get() }
    }
}

/// A function object.
#[repr(C)]
pub struct FuncObj {
    /// Header.
    pub ob: ObjHeader,
    /// `func_code`.
    pub code: Value,
    /// `func_globals` (a dict).
    pub globals: Value,
    /// `func_name`.
    pub name: Value,
    /// `func_defaults`: a tuple, or None.
    pub defaults: Value,
    /// `func_closure`: a tuple of cells, or None.
    pub closure: Value,
    /// `func_doc`.
    pub doc: Value,
    /// `func_dict` (`__dict__`), NULL until first used.
    pub dict: Value,
    /// `__module__`.
    pub module: Value,
}

/// Is `v` a Python function?
#[inline(always)]
pub fn is_function(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.function
}

/// The payload of a function.
#[inline(always)]
pub fn func(v: &Value) -> &FuncObj {
    debug_assert!(is_function(v));
    // SAFETY: callers pass functions.
    unsafe { &*(v.as_ptr() as *const FuncObj) }
}

/// The payload of a function, mutable (attribute assignment).
#[allow(clippy::mut_from_ref)]
pub fn func_mut(v: &Value) -> &mut FuncObj {
    debug_assert!(is_function(v));
    // SAFETY: callers pass functions; single-threaded, no overlapping
    // borrows (assignments are leaf operations).
    unsafe { &mut *(v.as_ptr() as *mut FuncObj) }
}

/// `MAKE_FUNCTION`/`MAKE_CLOSURE`: a function from a code object.
pub fn new_function(code_v: Value, globals: Value, defaults: Value, closure: Value) -> Value {
    let c = code(&code_v);
    let name = c.name.clone();
    let consts = tuple::items(&c.consts);
    let doc = match consts.first() {
        Some(d) if pstr::is_str(d) || crate::unicode::is_unicode(d) => d.clone(),
        _ => Value::NONE,
    };
    let module = if dict::is_dict(&globals) {
        dict::get_item_str(&globals, "__name__").unwrap_or(Value::NONE)
    } else {
        Value::NONE
    };
    // SAFETY: FuncObj matches the function type's layout.
    unsafe {
        new_object(
            rt().types.function,
            FuncObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                code: code_v,
                globals,
                name,
                defaults,
                closure,
                doc,
                dict: Value::NULL,
                module,
            },
        )
    }
}

/// A cell (a variable shared between a function and its closures).
#[repr(C)]
pub struct CellObj {
    /// Header.
    pub ob: ObjHeader,
    /// The contents, NULL when empty.
    pub v: UnsafeCell<Value>,
}

/// A new cell.
pub fn new_cell(v: Value) -> Value {
    // SAFETY: CellObj matches the cell type's layout.
    unsafe {
        new_object(
            rt().types.cell,
            CellObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                v: UnsafeCell::new(v),
            },
        )
    }
}

/// Is `v` a cell?
#[inline]
pub fn is_cell(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.cell
}

/// The contents of a cell (NULL if empty).
#[inline(always)]
pub fn cell_get(c: &Value) -> Value {
    // SAFETY: callers pass cells; the contents are cloned out at once.
    unsafe { (*(*(c.as_ptr() as *const CellObj)).v.get()).clone() }
}

/// Sets the contents of a cell (NULL empties it).
#[inline(always)]
pub fn cell_set(c: &Value, v: Value) {
    // SAFETY: callers pass cells; the old value is dropped after the store.
    let old = unsafe { std::mem::replace(&mut *(*(c.as_ptr() as *const CellObj)).v.get(), v) };
    drop(old);
}

/// An instance method: a function bound to an instance (`im_self`) or
/// unbound (`im_self` None) with its class.
#[repr(C)]
pub struct MethodObj {
    /// Header.
    pub ob: ObjHeader,
    /// `im_func`.
    pub func: Value,
    /// `im_self` (None when unbound).
    pub self_: Value,
    /// `im_class`.
    pub class: Value,
}

/// A new instance method.
pub fn new_method(func: Value, self_: Value, class: Value) -> Value {
    // SAFETY: MethodObj matches the instancemethod layout.
    unsafe {
        new_object(
            rt().types.method,
            MethodObj {
                ob: ObjHeader {
                    refcnt: 0,
                    ty: std::ptr::null_mut(),
                },
                func,
                self_,
                class,
            },
        )
    }
}

/// Is `v` an instance method?
#[inline(always)]
pub fn is_method(v: &Value) -> bool {
    v.is_ptr() && type_of(v) == rt().types.method
}

/// The payload of an instance method.
#[inline(always)]
pub fn method(v: &Value) -> &MethodObj {
    debug_assert!(is_method(v));
    // SAFETY: callers pass methods.
    unsafe { &*(v.as_ptr() as *const MethodObj) }
}

/// Calls an instance method: bound ones prepend `im_self`; unbound ones
/// check that the first argument is an instance of `im_class`.
pub fn call_method_obj(m: &Value, args: &[Value], kw: &[Value]) -> PyResult {
    let mo = method(m);
    if !mo.self_.is_none() {
        return crate::ops::call_prepended(&mo.func, &mo.self_, args, kw);
    }
    let ok = match args.first() {
        Some(a) => crate::builtins_core::isinstance(a, &mo.class)?,
        None => false,
    };
    if !ok {
        let got = match args.first() {
            Some(a) => format!("{} instance", instance_kind_name(a)),
            None => "nothing".to_string(),
        };
        return Err(err::type_error(format!(
            "unbound method {}() must be called with {} instance as first argument (got {} instead)",
            func_display_name(&mo.func),
            class_display_name(&mo.class),
            got
        )));
    }
    crate::ops::call(&mo.func, args, kw)
}

fn func_display_name(f: &Value) -> String {
    if is_function(f) {
        pstr::as_str_lossy(&func(f).name).to_string()
    } else {
        crate::ops::getattr_str(f, "__name__")
            .map(|n| pstr::as_str_lossy(&n).to_string())
            .unwrap_or_else(|_| "?".into())
    }
}

fn class_display_name(c: &Value) -> String {
    crate::ops::getattr_str(c, "__name__")
        .map(|n| pstr::as_str_lossy(&n).to_string())
        .unwrap_or_else(|_| "?".into())
}

/// The name CPython uses for the type of an argument in unbound-method
/// errors (the class name of instances).
fn instance_kind_name(a: &Value) -> String {
    if crate::classic::is_instance(a) {
        return class_display_name(&crate::classic::instance_class(a));
    }
    crate::class::type_short_name(type_of(a))
}

/// Does this type's instances' `__dict__` exist? (helper for attribute
/// errors naming a function).
pub fn describe(v: &Value) -> String {
    type_ref(v).name_str().to_string()
}
