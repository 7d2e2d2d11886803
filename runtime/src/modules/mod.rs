//! Native (Rust) modules, created on first import.
//!
//! Each module has a constructor registered by name in
//! `Runtime::native_modules`; the import system consults this table
//! before searching `sys.path`.

pub mod array;
mod buffer;
mod collections_mod;
mod cstringio;
mod exceptions_mod;
mod future;
mod gc_mod;
pub mod native_types;
mod posix_mod;
mod struct_mod;
mod types_mod;
mod weakref_mod;

use crate::rt::rt;
use crate::rt::Runtime;
use crate::value::Value;
use crate::{PyResult, dict};

/// Registers every native module constructor.
pub fn register_all(r: &Runtime) {
    let mut m = r.native_modules.borrow_mut();
    m.insert("gc", gc_mod::create);
    m.insert("exceptions", exceptions_mod::create);
    m.insert("types", types_mod::create);
    m.insert("__future__", future::create);
    m.insert("_struct", struct_mod::create);
    m.insert("struct", struct_mod::create_struct);
    m.insert("array", array::create);
    m.insert("_collections", collections_mod::create);
    m.insert("_weakref", weakref_mod::create);
    m.insert("cStringIO", cstringio::create);
    m.insert("posix", posix_mod::create);
}

/// Imports native module `name` from Rust: the `sys.modules` entry, else
/// a fresh one (stored there, as the import system does).
pub fn import_native(name: &str) -> PyResult<Value> {
    let modules = rt().modules.borrow().clone();
    if let Some(m) = dict::get_item_str(&modules, name) {
        return Ok(m);
    }
    let ctor = rt().native_modules.borrow().get(name).copied();
    let Some(ctor) = ctor else {
        return Err(crate::err::import_error(format!("No module named {name}")));
    };
    let m = ctor()?;
    dict::set_item_str(&modules, name, m.clone());
    Ok(m)
}
