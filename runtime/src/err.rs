//! Python exceptions as Rust errors.
//!
//! Every fallible runtime operation returns [`PyResult`]. The error,
//! [`PyErr`], is one pointer: the exception type, the (always normalized)
//! exception instance, and the traceback collected so far. Helpers never
//! unwind: compiled code and the interpreter test the result.

use crate::exceptions::new_exception;
use crate::object::type_of;
use crate::rt::rt;
use crate::types::{TypeObject, is_subtype, type_value};
use crate::value::Value;
use crate::{str as pstr, tuple};

/// The result of a runtime operation.
pub type PyResult<T = Value> = Result<T, PyErr>;

/// A raised Python exception.
pub struct PyErr(Box<ErrState>);

/// The parts of a raised exception.
pub struct ErrState {
    /// The exception class (a type, or a classic class).
    pub ty: Value,
    /// The exception instance.
    pub value: Value,
    /// The traceback object (or None before any frame was unwound).
    pub tb: Value,
    /// Raised by native code with a message (CPython: an unnormalized
    /// string value), as opposed to an instance raised by Python code.
    pub native: bool,
}

impl PyErr {
    /// An exception of builtin class `ty` with one string argument.
    #[cold]
    pub fn new(ty: *mut TypeObject, msg: &str) -> PyErr {
        PyErr::with_args(ty, tuple::new(vec![pstr::new(msg)]))
    }

    /// An exception of builtin class `ty` with one argument.
    #[cold]
    pub fn with_arg(ty: *mut TypeObject, arg: Value) -> PyErr {
        PyErr::with_args(ty, tuple::new(vec![arg]))
    }

    /// An exception of builtin class `ty` with the given args tuple.
    #[cold]
    pub fn with_args(ty: *mut TypeObject, args: Value) -> PyErr {
        let v = new_exception(ty, args);
        PyErr(Box::new(ErrState {
            ty: type_value(ty),
            value: v,
            tb: Value::NONE,
            native: true,
        }))
    }

    /// An exception from a class and an instance (already normalized).
    pub fn from_parts(ty: Value, value: Value, tb: Value) -> PyErr {
        PyErr(Box::new(ErrState {
            ty,
            value,
            tb,
            native: false,
        }))
    }

    /// An exception from an instance of a new-style exception class.
    pub fn from_instance(value: Value) -> PyErr {
        let ty = type_value(type_of(&value));
        PyErr(Box::new(ErrState {
            ty,
            value,
            tb: Value::NONE,
            native: false,
        }))
    }

    /// Was this raised by native code with a message string?
    pub fn is_native(&self) -> bool {
        self.0.native
    }

    /// The exception class.
    pub fn ty(&self) -> &Value {
        &self.0.ty
    }

    /// The exception instance.
    pub fn value(&self) -> &Value {
        &self.0.value
    }

    /// The traceback (None if empty).
    pub fn tb(&self) -> &Value {
        &self.0.tb
    }

    /// Replaces the traceback.
    pub fn set_tb(&mut self, tb: Value) {
        self.0.tb = tb;
    }

    /// Splits into (class, instance, traceback).
    pub fn into_parts(self) -> (Value, Value, Value) {
        let s = *self.0;
        (s.ty, s.value, s.tb)
    }

    /// Is this exception an instance of the builtin class `ty`?
    #[inline]
    pub fn matches(&self, ty: *mut TypeObject) -> bool {
        crate::types::is_type(&self.0.ty) && is_subtype(self.0.ty.as_ptr() as *mut TypeObject, ty)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PyErr({})",
            crate::exceptions::format_exception_only(self).trim_end()
        )
    }
}

macro_rules! err_ctor {
    ($($(#[$m:meta])* $fname:ident => $field:ident;)*) => {
        $(
            $(#[$m])*
            #[cold]
            pub fn $fname(msg: impl AsRef<str>) -> PyErr {
                PyErr::new(rt().exc.$field, msg.as_ref())
            }
        )*
    };
}

err_ctor! {
    /// `TypeError(msg)`.
    type_error => type_error;
    /// `ValueError(msg)`.
    value_error => value_error;
    /// `AttributeError(msg)`.
    attribute_error => attribute_error;
    /// `IndexError(msg)`.
    index_error => index_error;
    /// `ZeroDivisionError(msg)`.
    zero_division_error => zero_division_error;
    /// `OverflowError(msg)`.
    overflow_error => overflow_error;
    /// `NameError(msg)`.
    name_error => name_error;
    /// `UnboundLocalError(msg)`.
    unbound_local_error => unbound_local_error;
    /// `RuntimeError(msg)`.
    runtime_error => runtime_error;
    /// `SystemError(msg)`.
    system_error => system_error;
    /// `NotImplementedError(msg)`.
    not_implemented_error => not_implemented_error;
    /// `ImportError(msg)`.
    import_error => import_error;
    /// `MemoryError(msg)`.
    memory_error => memory_error;
    /// `IOError(msg)`.
    io_error => io_error;
    /// `EOFError(msg)`.
    eof_error => eof_error;
    /// `UnicodeError(msg)`.
    unicode_error => unicode_error;
    /// `AssertionError(msg)`.
    assertion_error => assertion_error;
    /// `SyntaxError(msg)`.
    syntax_error => syntax_error;
    /// `LookupError(msg)`.
    lookup_error => lookup_error;
}

/// `KeyError(key)`: the key itself is the argument.
#[cold]
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_arg(rt().exc.key_error, key)
}

/// `StopIteration()` with no arguments.
#[cold]
pub fn stop_iteration() -> PyErr {
    PyErr::with_args(rt().exc.stop_iteration, tuple::empty())
}

/// `IOError`/`OSError` with errno, strerror and an optional filename.
#[cold]
pub fn os_error(ty: *mut TypeObject, errno: i32, filename: Option<&str>) -> PyErr {
    let msg = crate::exceptions::strerror(errno);
    let mut args = vec![Value::small_int(errno as i64), pstr::new(&msg)];
    if let Some(f) = filename {
        args.push(pstr::new(f));
    }
    PyErr::with_args(ty, tuple::new(args))
}

/// The message CPython gives when an object lacks an attribute.
#[cold]
pub fn no_attribute(obj: &Value, name: &Value) -> PyErr {
    attribute_error(format!(
        "'{}' object has no attribute '{}'",
        crate::types::type_ref(obj).name_str(),
        pstr::as_str_lossy(name)
    ))
}

/// `TypeError` naming the type of a value in a template like
/// `"'%s' object is not iterable"`.
#[cold]
pub fn type_error_of(template: &str, v: &Value) -> PyErr {
    type_error(template.replace("%s", crate::types::type_ref(v).name_str()))
}
