//! The runtime's global state: builtin types, exception classes, interned
//! strings, the module table and the hooks through which the runtime calls
//! back into the interpreter.
//!
//! One [`Runtime`] exists per interpreter thread; [`rt()`] reaches it. It is
//! created by [`Runtime::init`] (bootstrap: types first, then their names
//! and dicts, then methods and modules) and lives until the thread ends.
//! Invariant: every `*mut TypeObject` in [`Types`] and [`ExcTypes`] is live
//! for the runtime's lifetime (the registry holds a reference).

use crate::types::TypeObject;
use crate::value::Value;
use crate::{PyResult, str as pstr};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Visits the values held by a generator's suspended frame.
pub type GenTraverse = unsafe fn(*mut crate::ObjHeader, &mut dyn FnMut(&Value));
/// Creates a native module (on its first import).
pub type ModuleInit = fn() -> PyResult;

macro_rules! type_table {
    ($(#[$m:meta])* $name:ident { $($field:ident),* $(,)? }) => {
        $(#[$m])*
        pub struct $name { $(#[allow(missing_docs)] pub $field: *mut TypeObject,)* }
        impl $name {
            fn null() -> $name { $name { $($field: std::ptr::null_mut(),)* } }
        }
    };
}

type_table!(
    /// The builtin types.
    Types {
        object, type_, int, long, float, complex, bool, none, not_implemented, ellipsis,
        basestring, str, unicode, tuple, list, dict, set, frozenset, slice, xrange,
        function, builtin_function, method_descriptor, wrapper_descriptor, getset_descriptor,
        member_descriptor, classmethod_descriptor,
        method, classobj, instance, module, code, cell, generator, frame, traceback,
        property, classmethod, staticmethod, super_, file,
        seq_iter, callable_iter, list_iter, list_rev_iter, tuple_iter, xrange_iter, str_iter,
        bytearray_iter,
        dict_keyiter, dict_valueiter, dict_itemiter, set_iter,
        dict_keys, dict_values, dict_items, dictproxy,
        enumerate, reversed, bytearray, weakref, weakproxy, weakcallableproxy,
        buffer, memoryview,
    }
);

type_table!(
    /// The builtin exception classes.
    ExcTypes {
        base_exception, system_exit, keyboard_interrupt, generator_exit, exception,
        stop_iteration, standard_error, buffer_error, arithmetic_error, floating_point_error,
        overflow_error, zero_division_error, assertion_error, attribute_error,
        environment_error, io_error, os_error, eof_error, import_error, lookup_error,
        index_error, key_error, memory_error, name_error, unbound_local_error,
        reference_error, runtime_error, not_implemented_error, syntax_error,
        indentation_error, tab_error, system_error, type_error, value_error, unicode_error,
        unicode_decode_error, unicode_encode_error, unicode_translate_error, warning,
        deprecation_warning, pending_deprecation_warning, runtime_warning, syntax_warning,
        user_warning, future_warning, import_warning, unicode_warning, bytes_warning,
    }
);

/// Services the interpreter provides to the runtime, installed at start-up.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// Runs a code object in the given globals and locals (exec, module
    /// bodies): `(code, globals, locals)`.
    pub exec_code: fn(&Value, &Value, &Value) -> PyResult,
    /// `__import__(name, globals, locals, fromlist, level)`.
    pub import: fn(&Value, &Value, &Value, &Value, i64) -> PyResult,
    /// The globals dict of the innermost running Python frame, if any.
    pub current_globals: fn() -> Option<Value>,
    /// The locals of the innermost running frame as a mapping (`locals()`).
    pub current_locals: fn() -> PyResult,
    /// A frame object for the frame `depth` levels up (`sys._getframe`).
    pub get_frame: fn(usize) -> PyResult,
    /// Resumes a generator: `(generator, value to send or NULL, exception
    /// to throw)`; `Ok(None)` when the generator finished.
    pub gen_resume: fn(&Value, Value, Option<crate::PyErr>) -> PyResult<Option<Value>>,
    /// Releases a generator's suspended frame (on deallocation).
    pub gen_drop_frame: unsafe fn(*mut crate::ObjHeader),
    /// Visits the values held by a generator's suspended frame.
    pub gen_traverse: GenTraverse,
    /// The frame object of a suspended generator (`gi_frame`).
    pub gen_frame: fn(&Value) -> PyResult,
    /// `f_lasti` of a running interpreter frame.
    pub frame_lasti: unsafe fn(*mut u8) -> i32,
    /// Locals, cells and frees of a running interpreter frame.
    pub frame_fast: unsafe fn(*mut u8) -> Vec<Value>,
    /// `reload(module)`.
    pub reload: fn(&Value) -> PyResult,
    /// Compiles source text: `(source, filename, mode)` to a code object
    /// (SystemError when no compiler is available).
    pub compile: fn(&Value, &Value, &Value) -> PyResult,
    /// The exception currently being handled (`sys.exc_info()`).
    pub exc_info: fn() -> (Value, Value, Value),
    /// Clears the exception being handled (`sys.exc_clear()`).
    pub exc_clear: fn(),
    /// Called just before `fork()`: other threads of the interpreter must
    /// reach a point where they hold no lock the child would inherit.
    pub before_fork: fn(),
    /// Called just after `fork()`, in the child (`true`) and in the
    /// parent (`false`, also when fork failed).
    pub after_fork: fn(bool),
}

fn no_hook<T>() -> PyResult<T> {
    Err(crate::err::system_error("the interpreter is not running"))
}

impl Default for Hooks {
    fn default() -> Hooks {
        Hooks {
            exec_code: |_, _, _| no_hook(),
            import: |_, _, _, _, _| no_hook(),
            current_globals: || None,
            current_locals: no_hook,
            get_frame: |_| no_hook(),
            gen_resume: |_, _, _| no_hook(),
            gen_drop_frame: |_| {},
            gen_traverse: |_, _| {},
            gen_frame: |_| Ok(Value::NONE),
            reload: |_| no_hook(),
            compile: |_, _, _| no_hook(),
            frame_lasti: |_| -1,
            frame_fast: |_| Vec::new(),
            exc_info: || (Value::NONE, Value::NONE, Value::NONE),
            exc_clear: || {},
            before_fork: || {},
            after_fork: |_| {},
        }
    }
}

/// The runtime state of one interpreter thread.
pub struct Runtime {
    /// Builtin types.
    pub types: Types,
    /// Builtin exception classes.
    pub exc: ExcTypes,
    /// Interned strings by content.
    pub interned: RefCell<HashMap<Box<[u8]>, Value, FastHash>>,
    /// The `__builtin__` module.
    pub builtins_module: RefCell<Value>,
    /// The `__builtin__` module's dict.
    pub builtins: RefCell<Value>,
    /// `sys.modules`.
    pub modules: RefCell<Value>,
    /// The `sys` module.
    pub sys: RefCell<Value>,
    /// Interpreter services.
    pub hooks: Cell<Hooks>,
    /// `()`.
    pub empty_tuple: RefCell<Value>,
    /// The bits of the builtin `len` function object, which is never
    /// freed (compiled code and type feedback recognise it by identity).
    pub builtin_len: Cell<u64>,
    /// The same for `math.sqrt` (set when the math module is created).
    pub math_sqrt: Cell<u64>,
    /// The same for the builtin `range`.
    pub builtin_range: Cell<u64>,
    /// Cached one-byte strings.
    pub chars: RefCell<Vec<Value>>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<u32>,
    /// Current Python call depth.
    pub depth: Cell<u32>,
    /// Native modules by name, created on first import.
    pub native_modules: RefCell<HashMap<&'static str, ModuleInit>>,
    /// Lowest native stack address the interpreter may use (stack guard).
    pub stack_limit: Cell<usize>,
}

thread_local! {
    static RT: Cell<*mut Runtime> = const { Cell::new(std::ptr::null_mut()) };
}

/// The runtime of this thread. Panics if none was initialized.
#[inline(always)]
pub fn rt() -> &'static Runtime {
    let p = RT.with(|c| c.get());
    debug_assert!(
        !p.is_null(),
        "py2jit runtime not initialized on this thread"
    );
    // SAFETY: set by Runtime::init to a leaked Box that lives as long as the
    // thread; only this thread reads it.
    unsafe { &*p }
}

/// Is a runtime initialized on this thread?
pub fn has_runtime() -> bool {
    !RT.with(|c| c.get()).is_null()
}

impl Runtime {
    /// Creates the runtime for this thread: builtin types, exceptions,
    /// `__builtin__`, `sys`. Idempotent per thread.
    pub fn init(argv: Vec<String>, path: Vec<String>) -> &'static Runtime {
        if has_runtime() {
            return rt();
        }
        let r = Box::new(Runtime {
            types: Types::null(),
            exc: ExcTypes::null(),
            interned: RefCell::new(HashMap::with_hasher(FastHash)),
            builtins_module: RefCell::new(Value::NONE),
            builtins: RefCell::new(Value::NONE),
            modules: RefCell::new(Value::NONE),
            sys: RefCell::new(Value::NONE),
            hooks: Cell::new(Hooks::default()),
            empty_tuple: RefCell::new(Value::NONE),
            builtin_len: Cell::new(Value::NULL.bits()),
            math_sqrt: Cell::new(Value::NULL.bits()),
            builtin_range: Cell::new(Value::NULL.bits()),
            chars: RefCell::new(Vec::new()),
            recursion_limit: Cell::new(1000),
            depth: Cell::new(0),
            native_modules: RefCell::new(HashMap::new()),
            stack_limit: Cell::new(0),
        });
        let p = Box::into_raw(r);
        RT.with(|c| c.set(p));
        // SAFETY: p was just leaked and is only used from this thread.
        let r = unsafe { &mut *p };
        crate::bootstrap::bootstrap(r, argv, path);
        rt()
    }

    /// Installs the interpreter's services.
    pub fn set_hooks(&self, h: Hooks) {
        self.hooks.set(h);
    }
}

/// Interns a string: equal contents give the identical object.
pub fn intern(s: &str) -> Value {
    // Most callers pass string literals: a direct-mapped cache keyed by the
    // text's address answers them without hashing. A hit is confirmed by
    // comparing the bytes, so reused addresses of other text are harmless.
    let key = (s.as_ptr() as usize, s.len());
    let slot = ((key.0 >> 3) ^ key.1.wrapping_mul(31)) & (INTERN_CACHE - 1);
    let hit = INTERN_CACHE_TLS.with(|c| {
        // SAFETY: single-threaded; no Python code runs while borrowed.
        let c = unsafe { &*c.get() };
        let (p, l, v) = &c[slot];
        (*p == key.0 && *l == key.1 && !v.is_null() && pstr::as_bytes(v) == s.as_bytes())
            .then(|| v.clone())
    });
    if let Some(v) = hit {
        return v;
    }
    let v = intern_bytes(s.as_bytes());
    INTERN_CACHE_TLS.with(|c| {
        // SAFETY: as above.
        let c = unsafe { &mut *c.get() };
        let old = std::mem::replace(&mut c[slot], (key.0, key.1, v.clone()));
        drop(old);
    });
    v
}

const INTERN_CACHE: usize = 512;

thread_local! {
    // ManuallyDrop: no Value release during thread-local teardown.
    static INTERN_CACHE_TLS: std::mem::ManuallyDrop<std::cell::UnsafeCell<Vec<(usize, usize, Value)>>> =
        std::mem::ManuallyDrop::new(std::cell::UnsafeCell::new(
            (0..INTERN_CACHE).map(|_| (0, 0, Value::NULL)).collect(),
        ));
}

/// A fast hasher for the intern table (keys are short byte strings; the
/// table is private, so no flooding resistance is needed).
#[derive(Clone, Copy, Default)]
pub struct FastHash;

/// The state of [`FastHash`] (FxHash's rotate-multiply-xor).
#[derive(Default)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

/// Interns a byte string.
pub fn intern_bytes(b: &[u8]) -> Value {
    let r = rt();
    if let Some(v) = r.interned.borrow().get(b) {
        return v.clone();
    }
    let v = pstr::new_bytes(b);
    pstr::mark_interned(&v);
    r.interned.borrow_mut().insert(b.into(), v.clone());
    v
}

/// Interns an existing str object (returns the canonical one).
pub fn intern_value(v: Value) -> Value {
    let r = rt();
    let b = pstr::as_bytes(&v);
    if let Some(c) = r.interned.borrow().get(b) {
        return c.clone();
    }
    pstr::mark_interned(&v);
    r.interned.borrow_mut().insert(b.into(), v.clone());
    v
}

/// The `__builtin__` dict.
pub fn builtins_dict() -> Value {
    rt().builtins.borrow().clone()
}
