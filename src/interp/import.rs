//! The import system (Python/import.c): `import a.b.c`, `from a import b`,
//! Python 2's implicit relative imports inside packages, explicit relative
//! imports (`level`), `sys.modules` caching (so circular imports see the
//! partly initialized module), packages with `__init__`, and
//! `reload()`.
//!
//! Search order for a top-level name: `sys.modules`, native (Rust)
//! modules, then each `sys.path` entry (a `.pyc` whose recorded mtime
//! matches its `.py`, or the `.py` compiled by CPython 2.7, or a `.pyc`
//! alone; packages are directories with `__init__`). Submodules search the
//! package's `__path__`.

use crate::interp::call;
use crate::interp::frame::Frame;
use crate::marshal;
use py2jit_runtime::rt::rt;
use py2jit_runtime::value::Value;
use py2jit_runtime::{
    PyErr, PyResult, dict, err, int, list, module, ops, str as pstr, tuple, unicode,
};
use std::path::{Path, PathBuf};

fn modules() -> Value {
    rt().modules.borrow().clone()
}

fn import_error(name: &str) -> PyErr {
    err::import_error(format!("No module named {name}"))
}

/// IMPORT_NAME: calls `__import__` (the builtin one directly).
pub fn import_name(f: &Frame, name: &Value, fromlist: &Value, level: &Value) -> PyResult {
    let imp = match py2jit_runtime::dict::get_item_str(&f.builtins, "__import__") {
        Some(i) => i,
        None => return Err(err::import_error("__import__ not found")),
    };
    let locals = if f.locals.is_null() {
        Value::NONE
    } else {
        f.locals.clone()
    };
    let lvl = int::as_i64(level).unwrap_or(-1);
    if py2jit_runtime::descr::is_builtin(&imp)
        && py2jit_runtime::descr::builtin(&imp).name == "__import__"
    {
        return import_module_level(name, &f.globals, &locals, fromlist, lvl);
    }
    ops::call(
        &imp,
        &[
            name.clone(),
            f.globals.clone(),
            locals,
            fromlist.clone(),
            int::new(lvl),
        ],
        &[],
    )
}

/// Works out the package a relative import is relative to (`get_parent`):
/// its name, or None for a top-level import.
fn get_parent(globals: &Value, level: i64) -> PyResult<Option<String>> {
    if level == 0 || !dict::is_dict(globals) {
        return Ok(None);
    }
    let pkg = dict::get_item_str(globals, "__package__");
    let name = match &pkg {
        Some(p) if !p.is_none() => {
            if !pstr::is_str(p) {
                return Err(err::value_error("__package__ set to non-string"));
            }
            let s = pstr::as_str_lossy(p).to_string();
            if s.is_empty() {
                if level > 0 {
                    return Err(err::value_error("Attempted relative import in non-package"));
                }
                return Ok(None);
            }
            s
        }
        _ => {
            let Some(modname) = dict::get_item_str(globals, "__name__") else {
                return Ok(None);
            };
            if !pstr::is_str(&modname) {
                return Ok(None);
            }
            let modname = pstr::as_str_lossy(&modname).to_string();
            if dict::get_item_str(globals, "__path__").is_some() {
                dict::set_item_str(globals, "__package__", pstr::new(&modname));
                modname
            } else {
                match modname.rfind('.') {
                    Some(i) => {
                        let p = modname[..i].to_string();
                        dict::set_item_str(globals, "__package__", pstr::new(&p));
                        p
                    }
                    None => {
                        if level > 0 {
                            return Err(err::value_error(
                                "Attempted relative import in non-package",
                            ));
                        }
                        dict::set_item_str(globals, "__package__", Value::NONE);
                        return Ok(None);
                    }
                }
            }
        }
    };
    let mut name = name;
    for _ in 1..level.max(1) {
        match name.rfind('.') {
            Some(i) => name.truncate(i),
            None => {
                return Err(err::value_error(
                    "Attempted relative import beyond toplevel package",
                ));
            }
        }
    }
    if dict::get_item_str(&modules(), &name).is_none() {
        if level < 0 {
            // implicit relative import from a package not yet imported:
            // fall back to absolute
            return Ok(None);
        }
        return Err(err::system_error(format!(
            "Parent module '{name}' not loaded, cannot perform relative import"
        )));
    }
    Ok(Some(name))
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(
    name: &Value,
    globals: &Value,
    _locals: &Value,
    fromlist: &Value,
    level: i64,
) -> PyResult {
    let name = pstr::as_str_lossy(name).to_string();
    if name.is_empty() && level == 0 {
        return Err(err::value_error("Empty module name"));
    }
    let parent = get_parent(globals, level)?;
    let mut parts: Vec<&str> = if name.is_empty() {
        Vec::new()
    } else {
        name.split('.').collect()
    };
    if parts.iter().any(|p| p.is_empty()) {
        return Err(err::value_error("Empty module name"));
    }
    // the first component: relative to the parent, then absolute
    let (head, mut prefix) = if parts.is_empty() {
        let p = parent.clone().unwrap_or_default();
        (dict::get_item_str(&modules(), &p).unwrap_or(Value::NONE), p)
    } else {
        let first = parts.remove(0);
        load_first(parent.as_deref(), first, &name, level)?
    };
    let mut tail = head.clone();
    for (i, part) in parts.iter().enumerate() {
        let full = format!("{prefix}.{part}");
        tail = match import_submodule(Some(&tail), part, &full)? {
            Some(m) => m,
            // as load_next: the message names the rest of the dotted name
            None => return Err(import_error(&parts[i..].join("."))),
        };
        prefix = full;
    }
    if tail.is_none() {
        // both the parent lookup and the name were empty: __import__("")
        return Err(err::value_error("Empty module name"));
    }
    let from_empty = fromlist.is_none() || !ops::truthy(fromlist)?;
    if from_empty {
        return Ok(head);
    }
    ensure_fromlist(&tail, fromlist, &prefix, false)?;
    Ok(tail)
}

/// Loads the first name component, relative to `parent` first when there
/// is one (Python 2's implicit relative import).
fn load_first(
    parent: Option<&str>,
    first: &str,
    whole: &str,
    level: i64,
) -> PyResult<(Value, String)> {
    if let Some(p) = parent {
        let full = format!("{p}.{first}");
        let pm = dict::get_item_str(&modules(), p).unwrap_or(Value::NONE);
        if let Some(m) = import_submodule(Some(&pm), first, &full)? {
            return Ok((m, full));
        }
        if level > 0 {
            return Err(import_error(whole));
        }
        // remember the miss, as CPython does (sys.modules['pkg.x'] = None)
        if level < 0 {
            dict::set_item_str(&modules(), &full, Value::NONE);
        }
    }
    match import_submodule(None, first, first)? {
        Some(m) => Ok((m, first.to_string())),
        None => Err(import_error(whole)),
    }
}

/// Imports `fullname` (known as `subname` inside `parent`), or finds it in
/// sys.modules. None when it does not exist.
fn import_submodule(
    parent: Option<&Value>,
    subname: &str,
    fullname: &str,
) -> PyResult<Option<Value>> {
    if let Some(m) = dict::get_item_str(&modules(), fullname) {
        return Ok(if m.is_none() { None } else { Some(m) });
    }
    if parent.is_none() {
        let ctor = rt().native_modules.borrow().get(fullname).copied();
        if let Some(ctor) = ctor {
            let m = ctor()?;
            dict::set_item_str(&modules(), fullname, m.clone());
            return Ok(Some(m));
        }
    }
    let search: Vec<String> = match parent {
        None => {
            let mut v = py2jit_runtime::sys::path_entries().unwrap_or_default();
            // last resort: the pure-Python modules of an installed CPython
            // 2.7 (found lazily: only a miss everywhere else pays for it)
            if let Some(lib) = cpython_lib_dir() {
                v.push(lib);
            }
            v
        }
        Some(p) if p.is_none() => return Ok(None),
        Some(p) => match ops::getattr_opt(p, &py2jit_runtime::rt::intern("__path__"))? {
            Some(path) if list::is_list(&path) => list::items(&path)
                .iter()
                .map(|x| pstr::as_str_lossy(x).to_string())
                .collect(),
            _ => return Ok(None),
        },
    };
    let Some(found) = find_module(subname, &search) else {
        return Ok(None);
    };
    let m = load_module(fullname, &found)?;
    if let Some(p) = parent
        && !p.is_none()
    {
        ops::setattr(p, &py2jit_runtime::rt::intern(subname), Some(m.clone()))?;
    }
    Ok(Some(m))
}

/// The standard library directory of the CPython 2.7 that
/// [`crate::compiler::python2`] finds, if it has one.
fn cpython_lib_dir() -> Option<String> {
    static DIR: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let exe = crate::compiler::python2()?;
        let prefix = exe.parent()?.parent()?;
        let lib = prefix.join("lib").join("python2.7");
        lib.join("os.py")
            .is_file()
            .then(|| lib.to_string_lossy().into_owned())
    })
    .clone()
}

/// The dotted package prefix a bundled-library path entry stands for
/// (`<py2jit-lib>` is the top level, `<py2jit-lib>/pkg` is `pkg.`).
fn frozen_prefix(entry: &str) -> Option<String> {
    let rest = entry.strip_prefix(crate::frozen::LIB_ENTRY)?;
    if rest.is_empty() {
        return Some(String::new());
    }
    let rest = rest.strip_prefix('/')?;
    Some(format!("{}.", rest.replace('/', ".")))
}

/// Where a module was found.
enum Found {
    /// A module of the bundled library: (dotted name, is package, .pyc).
    Frozen(String, bool, &'static [u8]),
    /// A package directory (with its `__init__` file).
    Package(PathBuf, Box<Found>),
    /// A compiled file, with the source next to it if any.
    Compiled(PathBuf, Option<PathBuf>),
    /// A source file only.
    Source(PathBuf),
}

fn find_module(name: &str, search: &[String]) -> Option<Found> {
    for dir in search {
        if let Some(prefix) = frozen_prefix(dir) {
            match crate::frozen::override_dir() {
                Some(over) => {
                    let sub = over.join(prefix.replace('.', "/"));
                    let pkg = sub.join(name);
                    if pkg.is_dir()
                        && let Some(init) = find_file(&pkg, "__init__")
                    {
                        return Some(Found::Package(pkg, Box::new(init)));
                    }
                    if let Some(f) = find_file(&sub, name) {
                        return Some(f);
                    }
                }
                None => {
                    let full = format!("{prefix}{name}");
                    if let Some((pkg, data)) = crate::frozen::find(&full) {
                        return Some(Found::Frozen(full, pkg, data));
                    }
                }
            }
            continue;
        }
        let dir = if dir.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(dir)
        };
        let pkg = dir.join(name);
        if pkg.is_dir()
            && let Some(init) = find_file(&pkg, "__init__")
        {
            return Some(Found::Package(pkg, Box::new(init)));
        }
        if let Some(f) = find_file(&dir, name) {
            return Some(f);
        }
    }
    None
}

fn find_file(dir: &Path, name: &str) -> Option<Found> {
    let pyc = dir.join(format!("{name}.pyc"));
    let py = dir.join(format!("{name}.py"));
    match (pyc.is_file(), py.is_file()) {
        (true, true) => Some(Found::Compiled(pyc, Some(py))),
        (true, false) => Some(Found::Compiled(pyc, None)),
        (false, true) => Some(Found::Source(py)),
        _ => None,
    }
}

/// The mtime of a file in seconds, as .pyc headers record it.
fn mtime(p: &Path) -> Option<u32> {
    let m = std::fs::metadata(p).ok()?.modified().ok()?;
    Some(m.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as u32)
}

/// Loads code for a found file: the .pyc if current (or no compiler is
/// available), else the compiled .py.
fn load_code(found: &Found) -> PyResult<(Value, PathBuf)> {
    match found {
        Found::Compiled(pyc, src) => {
            let data = std::fs::read(pyc)
                .map_err(|e| err::import_error(format!("cannot read {}: {}", pyc.display(), e)))?;
            let stale = match src {
                Some(s) => {
                    let recorded = data
                        .get(4..8)
                        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                    recorded != mtime(s) && crate::compiler::python2().is_some()
                }
                None => false,
            };
            if stale {
                return load_code(&Found::Source(src.clone().unwrap()));
            }
            let code = marshal::load_pyc(&data).map_err(|e| {
                err::import_error(format!("bad magic number in {}: {}", pyc.display(), e))
            })?;
            crate::interp::code_info::verify_tree(&code).map_err(err::system_error)?;
            Ok((code, pyc.clone()))
        }
        Found::Source(py) => {
            let text = std::fs::read(py)
                .map_err(|e| err::import_error(format!("cannot read {}: {}", py.display(), e)))?;
            let code =
                crate::interp::hooks::compile_or_raise(&text, &py.to_string_lossy(), "exec")?;
            crate::interp::code_info::verify_tree(&code).map_err(err::system_error)?;
            Ok((code, py.clone()))
        }
        Found::Package(_, init) => load_code(init),
        Found::Frozen(full, pkg, data) => {
            let code = marshal::load_pyc(data)
                .map_err(|e| err::import_error(format!("bundled module {full}: {e}")))?;
            crate::interp::code_info::verify_tree(&code).map_err(err::system_error)?;
            let rel = full.replace('.', "/");
            let file = if *pkg {
                format!("{rel}/__init__.pyc")
            } else {
                format!("{rel}.pyc")
            };
            Ok((
                code,
                PathBuf::from(format!("{}/{file}", crate::frozen::LIB_ENTRY)),
            ))
        }
    }
}

/// Creates, registers and executes a module.
fn load_module(fullname: &str, found: &Found) -> PyResult<Value> {
    let (code, file) = load_code(found)?;
    let m = module::new(fullname);
    let d = module::dict_of(&m);
    dict::set_item_str(
        &d,
        "__file__",
        pstr::from_string(file.to_string_lossy().into_owned()),
    );
    dict::set_item_str(&d, "__builtins__", rt().builtins_module.borrow().clone());
    if let Found::Frozen(full, true, _) = found {
        let entry = format!("{}/{}", crate::frozen::LIB_ENTRY, full.replace('.', "/"));
        dict::set_item_str(&d, "__path__", list::new(vec![pstr::from_string(entry)]));
    }
    if let Found::Package(dir, _) = found {
        dict::set_item_str(
            &d,
            "__path__",
            list::new(vec![pstr::from_string(dir.to_string_lossy().into_owned())]),
        );
    }
    dict::set_item_str(&modules(), fullname, m.clone());
    if let Err(e) = call::run_code(&code, &d, &d) {
        let _ = dict::pop(&modules(), &pstr::new(fullname));
        return Err(e);
    }
    // the module may have replaced itself in sys.modules
    Ok(dict::get_item_str(&modules(), fullname).unwrap_or(m))
}

/// Imports the submodules a `from package import a, b` names.
fn ensure_fromlist(m: &Value, fromlist: &Value, prefix: &str, recursive: bool) -> PyResult<()> {
    if ops::getattr_opt(m, &py2jit_runtime::rt::intern("__path__"))?.is_none() {
        return Ok(());
    }
    for item in ops::seq_to_vec(fromlist)? {
        let item = if unicode::is_unicode(&item) {
            unicode::encode_default(&item)?
        } else {
            item
        };
        if !pstr::is_str(&item) {
            return Err(err::type_error("Item in ``from list'' not a string"));
        }
        let s = pstr::as_str_lossy(&item).to_string();
        if s == "*" {
            if recursive {
                continue;
            }
            if let Some(all) = ops::getattr_opt(m, &py2jit_runtime::rt::intern("__all__"))? {
                ensure_fromlist(m, &all, prefix, true)?;
            }
            continue;
        }
        if ops::getattr_opt(m, &item)?.is_none() {
            let full = format!("{prefix}.{s}");
            if import_submodule(Some(m), &s, &full)?.is_none() {
                // CPython leaves the AttributeError to IMPORT_FROM
            }
        }
    }
    Ok(())
}

/// `reload(module)`.
pub fn reload(m: &Value) -> PyResult {
    let name = module::module_name(m);
    let (parent, sub) = match name.rfind('.') {
        Some(i) => (Some(name[..i].to_string()), name[i + 1..].to_string()),
        None => (None, name.clone()),
    };
    let search: Vec<String> = match &parent {
        None => {
            if rt().native_modules.borrow().contains_key(name.as_str()) {
                return Ok(m.clone());
            }
            py2jit_runtime::sys::path_entries().unwrap_or_default()
        }
        Some(p) => {
            let pm = dict::get_item_str(&modules(), p).ok_or_else(|| {
                err::import_error(format!("reload(): parent {p} not in sys.modules"))
            })?;
            match ops::getattr_opt(&pm, &py2jit_runtime::rt::intern("__path__"))? {
                Some(path) if list::is_list(&path) => list::items(&path)
                    .iter()
                    .map(|x| pstr::as_str_lossy(x).to_string())
                    .collect(),
                _ => Vec::new(),
            }
        }
    };
    let Some(found) = find_module(&sub, &search) else {
        return Err(import_error(&name));
    };
    let (code, _) = load_code(&found)?;
    let d = module::dict_of(m);
    call::run_code(&code, &d, &d)?;
    let _ = tuple::empty;
    Ok(m.clone())
}
