//! The `exceptions` module: the builtin exception classes.

use crate::rt::rt;
use crate::types::type_value;
use crate::{PyResult, module};

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("exceptions");
    for e in crate::exceptions::all(&rt().exc) {
        module::set_attr(&m, &crate::class::type_short_name(e), type_value(e));
    }
    Ok(m)
}
