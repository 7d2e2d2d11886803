//! Minimal `warnings` machinery: a warning is printed to stderr once per
//! (category, message, location) as CPython's default filter does, in
//! CPython's format (`file:line: Category: message` then the source
//! line). DeprecationWarning, PendingDeprecationWarning, ImportWarning and
//! BytesWarning are ignored, as in 2.7 by default.

use crate::rt::rt;
use crate::types::{TypeObject, is_subtype};
use crate::{PyResult, func, int, ops, str as pstr};
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    static SHOWN: RefCell<HashSet<(usize, String, String, i64)>> = RefCell::new(HashSet::new());
}

/// Issues a warning of `category` at the current Python location.
pub fn warn(category: *mut TypeObject, message: &str) -> PyResult<()> {
    warn_at(category, message, 1)
}

/// Issues a warning attributed to the frame `stacklevel` levels up.
pub fn warn_at(category: *mut TypeObject, message: &str, stacklevel: usize) -> PyResult<()> {
    let x = &rt().exc;
    for ignored in [
        x.deprecation_warning,
        x.pending_deprecation_warning,
        x.import_warning,
        x.bytes_warning,
    ] {
        if is_subtype(category, ignored) {
            return Ok(());
        }
    }
    let (file, line) = match (rt().hooks.get().get_frame)(stacklevel.saturating_sub(1)) {
        Ok(f) if !f.is_none() => {
            let fo = crate::traceback::frame(&f);
            let file = func::code(&fo.code).filename_str().to_string();
            let line = ops::getattr_str(&f, "f_lineno")
                .ok()
                .and_then(|l| int::as_i64(&l))
                .unwrap_or(0);
            (file, line)
        }
        _ => ("sys".to_string(), 1),
    };
    let key = (category as usize, message.to_string(), file.clone(), line);
    let fresh = SHOWN.with(|s| s.borrow_mut().insert(key));
    if !fresh {
        return Ok(());
    }
    let name = crate::class::type_short_name(category);
    let mut text = format!("{file}:{line}: {name}: {message}\n");
    if let Some(src) = crate::traceback::source_line(&file, line as i32) {
        text.push_str(&format!("  {src}\n"));
    }
    crate::file::write_stderr(text.as_bytes());
    let _ = pstr::new;
    Ok(())
}
