//! Native (Rust) modules, created on first import.
//!
//! Each module has a constructor registered by name in
//! `Runtime::native_modules`; the import system consults this table
//! before searching `sys.path`.

pub mod array;
mod binascii_mod;
mod buffer;
mod cmath_mod;
mod collections_mod;
mod cstringio;
mod errno_mod;
mod exceptions_mod;
mod functools_mod;
mod gc_mod;
mod itertools_comb;
mod itertools_group;
mod itertools_mod;
mod libm;
mod math_mod;
pub mod native_type;
pub mod native_types;
mod operator_mod;
mod posix_mod;
mod random_mod;
mod sha512_mod;
mod struct_mod;
mod time_mod;
mod types_mod;
mod weakref_mod;

use crate::rt::Runtime;

/// Registers every native module constructor.
pub fn register_all(r: &Runtime) {
    let mut m = r.native_modules.borrow_mut();
    m.insert("gc", gc_mod::create);
    m.insert("exceptions", exceptions_mod::create);
    m.insert("types", types_mod::create);
    m.insert("math", math_mod::create);
    m.insert("cmath", cmath_mod::create);
    m.insert("errno", errno_mod::create);
    m.insert("binascii", binascii_mod::create);
    m.insert("operator", operator_mod::create);
    m.insert("_functools", functools_mod::create);
    m.insert("time", time_mod::create);
    m.insert("itertools", itertools_mod::create);
    m.insert("_struct", struct_mod::create);
    m.insert("array", array::create);
    m.insert("_collections", collections_mod::create);
    m.insert("_weakref", weakref_mod::create);
    m.insert("cStringIO", cstringio::create);
    m.insert("posix", posix_mod::create);
    m.insert("_random", random_mod::create);
    m.insert("_sha512", sha512_mod::create);
}
