//! Native (Rust) modules, created on first import.
//!
//! Each module has a constructor registered by name in
//! `Runtime::native_modules`; the import system consults this table
//! before searching `sys.path`.

mod exceptions_mod;
mod gc_mod;
mod types_mod;

use crate::rt::Runtime;

/// Registers every native module constructor.
pub fn register_all(r: &Runtime) {
    let mut m = r.native_modules.borrow_mut();
    m.insert("gc", gc_mod::create);
    m.insert("exceptions", exceptions_mod::create);
    m.insert("types", types_mod::create);
}
