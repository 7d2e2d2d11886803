//! The `__future__` module: feature records as in Lib/__future__.py.

use crate::value::Value;
use crate::{PyResult, int, list, module, str as pstr, tuple};

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new("__future__");
    let ver = |a: i64, b: i64, c: i64, rel: &str, s: i64| {
        tuple::new(vec![
            int::new(a),
            int::new(b),
            int::new(c),
            pstr::new(rel),
            int::new(s),
        ])
    };
    let features = [
        (
            "nested_scopes",
            ver(2, 1, 0, "beta", 1),
            ver(2, 2, 0, "alpha", 0),
            0x10,
        ),
        (
            "generators",
            ver(2, 2, 0, "alpha", 1),
            ver(2, 3, 0, "final", 0),
            0,
        ),
        (
            "division",
            ver(2, 2, 0, "alpha", 2),
            ver(3, 0, 0, "alpha", 0),
            0x2000,
        ),
        (
            "absolute_import",
            ver(2, 5, 0, "alpha", 1),
            ver(3, 0, 0, "alpha", 0),
            0x4000,
        ),
        (
            "with_statement",
            ver(2, 5, 0, "alpha", 1),
            ver(2, 6, 0, "alpha", 0),
            0x8000,
        ),
        (
            "print_function",
            ver(2, 6, 0, "alpha", 2),
            ver(3, 0, 0, "alpha", 0),
            0x10000,
        ),
        (
            "unicode_literals",
            ver(2, 6, 0, "alpha", 2),
            ver(3, 0, 0, "alpha", 0),
            0x20000,
        ),
    ];
    let names: Vec<Value> = features.iter().map(|f| pstr::new(f.0)).collect();
    module::set_attr(&m, "all_feature_names", list::new(names));
    for (name, opt, mand, flag) in features {
        // _Feature instances are modelled as (optional, mandatory, flag)
        module::set_attr(&m, name, tuple::new(vec![opt, mand, int::new(flag)]));
        module::set_attr(
            &m,
            &format!("CO_FUTURE_{}", name.to_uppercase()),
            int::new(flag),
        );
    }
    Ok(m)
}
