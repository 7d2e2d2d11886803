//! py2jit's bundled Python library: the `.pyc` files of `lib/`, embedded
//! in the binary by `build.rs`. The import system searches them after
//! `sys.path` (see `interp::import`); setting `PY2JIT_LIB` to a directory
//! makes it search that directory's files instead (for working on the
//! library without rebuilding).

include!(concat!(env!("OUT_DIR"), "/frozen_lib.rs"));

/// The sys.path entry standing for the bundled library.
pub const LIB_ENTRY: &str = "<py2jit-lib>";

/// A bundled module: (is package, .pyc bytes).
pub fn find(fullname: &str) -> Option<(bool, &'static [u8])> {
    FROZEN
        .binary_search_by(|(n, _, _)| (*n).cmp(fullname))
        .ok()
        .map(|i| (FROZEN[i].1, FROZEN[i].2))
}

/// The directory that replaces the embedded library, if any.
pub fn override_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("PY2JIT_LIB")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
}
