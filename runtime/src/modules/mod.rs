//! Native (Rust) modules, created on first import.
//!
//! Each module has a constructor registered by name in
//! `Runtime::native_modules`; the import system consults this table
//! before searching `sys.path`.

mod binascii_mod;
mod cmath_mod;
mod errno_mod;
mod exceptions_mod;
mod functools_mod;
mod future;
mod gc_mod;
mod itertools_comb;
mod itertools_group;
mod itertools_mod;
mod libm;
mod math_mod;
pub mod native_type;
mod operator_mod;
mod time_mod;
mod types_mod;

use crate::rt::Runtime;

/// Registers every native module constructor.
pub fn register_all(r: &Runtime) {
    let mut m = r.native_modules.borrow_mut();
    m.insert("gc", gc_mod::create);
    m.insert("exceptions", exceptions_mod::create);
    m.insert("types", types_mod::create);
    m.insert("__future__", future::create);
    m.insert("math", math_mod::create);
    m.insert("cmath", cmath_mod::create);
    m.insert("errno", errno_mod::create);
    m.insert("binascii", binascii_mod::create);
    m.insert("operator", operator_mod::create);
    m.insert("_functools", functools_mod::create);
    m.insert("time", time_mod::create);
    m.insert("itertools", itertools_mod::create);
}
