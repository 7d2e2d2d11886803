//! py2jit's runtime: the object model of Python 2.7 and the operations on
//! it that both the interpreter and compiled code call.
//!
//! Values are NaN-boxed words ([`value`]); heap objects carry a header with
//! a reference count and a type ([`object`]); types hold slot tables like
//! CPython's ([`types`]). The runtime knows nothing of bytecode or
//! Cranelift: the interpreter installs itself through [`rt::Hooks`].

#![allow(clippy::missing_safety_doc)]
// Type objects travel as `*mut TypeObj` through the whole runtime. Every such
// pointer is a live type: builtin types are statics and heap types are kept
// alive by the objects (and the class hierarchy) that refer to them, so
// functions taking one are safe to call; marking all of them `unsafe` would
// only move the same invariant to every caller.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod args;
pub mod attr_cache;
pub mod binascii_impl;
pub mod bootstrap;
pub mod buffer;
pub mod builtins;
pub mod builtins_core;
pub mod bytearray;
pub mod class;
pub mod classic;
pub mod classobjs;
pub mod codecs;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod dictview;
pub mod docstrings;
pub mod err;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod formatspec;
pub mod func;
pub mod gc;
pub mod generator;
pub mod int;
pub mod iterobj;
pub mod list;
pub mod list_methods;
pub mod long;
pub mod module;
pub mod modules;
pub mod mt19937;
pub mod num_methods;
pub mod object;
pub mod ops;
pub mod percent;
pub mod raise;
pub mod random_algos;
pub mod range;
pub mod reduce;
pub mod repr_guard;
pub mod rt;
pub mod set;
pub mod sha512;
pub mod slice;
pub mod stack;
pub mod str;
pub mod str_methods;
pub mod strformat;
pub mod structseq;
pub mod sys;
pub mod timsort;
pub mod traceback;
pub mod tuple;
pub mod typeobj;
pub mod types;
pub mod unicode;
pub mod unicode_ctype;
#[rustfmt::skip]
pub mod unicode_db;
pub mod unicode_methods;
pub mod value;
pub mod warnings;
pub mod weakproxy;
pub mod weakref;
pub mod wrappers;

pub use err::{PyErr, PyResult};
pub use object::ObjHeader;
pub use value::Value;
