//! The `sys` module.

use crate::descr::NativeFn;
use crate::rt::rt;
use crate::types::type_value;
use crate::value::Value;
use crate::{PyResult, args, dict, err, float, int, list, module, ops, str as pstr, tuple};

/// `sys.<name>`, if set.
pub fn get(name: &str) -> Option<Value> {
    let s = rt().sys.borrow().clone();
    if s.is_none() {
        return None;
    }
    dict::get_item_str(&module::dict_of(&s), name)
}

/// Sets `sys.<name>` (no-op before `sys` exists).
pub fn set(name: &str, v: Value) {
    let s = rt().sys.borrow().clone();
    if !s.is_none() {
        module::set_attr(&s, name, v);
    }
}

/// `sys.path` as strings.
pub fn path_entries() -> Option<Vec<String>> {
    let p = get("path")?;
    if !list::is_list(&p) {
        return None;
    }
    Some(
        list::items(&p)
            .iter()
            .filter(|x| pstr::is_str(x))
            .map(|x| pstr::as_str_lossy(x).to_string())
            .collect(),
    )
}

fn s_exit(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("exit", a, kw, 0, 1)?;
    let arg = a.first().cloned().unwrap_or(Value::NONE);
    // PyErr_SetObject(SystemExit, arg): None means no arguments, a tuple
    // is the argument list
    Err(crate::PyErr::with_args(
        rt().exc.system_exit,
        if arg.is_none() {
            tuple::empty()
        } else if tuple::is_tuple(&arg) && crate::types::type_of_ptr_is(&arg, rt().types.tuple) {
            arg
        } else {
            tuple::new(vec![arg])
        },
    ))
}

fn s_exc_info(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("exc_info", a, kw)?;
    let (t, v, tb) = (rt().hooks.get().exc_info)();
    Ok(tuple::new(vec![t, v, tb]))
}

fn s_exc_clear(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("exc_clear", a, kw)?;
    (rt().hooks.get().exc_clear)();
    Ok(Value::NONE)
}

fn s_getrecursionlimit(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getrecursionlimit", a, kw)?;
    Ok(int::new(rt().recursion_limit.get() as i64))
}

fn s_setrecursionlimit(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("setrecursionlimit", a, kw, 1, 1)?;
    let n = ops::as_i64_arg(&a[0])?;
    if n <= 0 {
        return Err(err::value_error("recursion limit must be positive"));
    }
    rt().recursion_limit.set(n.min(u32::MAX as i64) as u32);
    Ok(Value::NONE)
}

fn s_getrefcount(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("getrefcount", a, kw)?;
    // An approximation: our reference count plus the argument's own
    // reference, as CPython counts. Unboxed values report a large count,
    // as CPython's small-int cache does.
    if !x.is_ptr() {
        return Ok(int::new(1000));
    }
    // SAFETY: x is live.
    Ok(int::new(unsafe { (*x.as_ptr()).refcnt } as i64))
}

fn s_getframe(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("_getframe", a, kw, 0, 1)?;
    let depth = match a.first() {
        Some(d) => ops::as_i64_arg(d)?,
        None => 0,
    };
    let f = (rt().hooks.get().get_frame)(depth.max(0) as usize)?;
    if f.is_none() {
        return Err(err::value_error("call stack is not deep enough"));
    }
    Ok(f)
}

fn s_getdefaultencoding(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getdefaultencoding", a, kw)?;
    Ok(pstr::new("ascii"))
}

fn s_getfilesystemencoding(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("getfilesystemencoding", a, kw)?;
    Ok(pstr::new("UTF-8"))
}

fn s_getcheckinterval(_s: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(int::new(100))
}

fn s_setcheckinterval(_s: &Value, _a: &[Value], _kw: &[Value]) -> PyResult {
    Ok(Value::NONE)
}

fn s_getsizeof(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let p = args::parse("getsizeof", a, kw, &["object", "default"], 1)?;
    let obj = p[0].as_ref().unwrap();
    match ops::call_special(obj, "__sizeof__", &[]) {
        Ok(Some(r)) => Ok(r),
        Ok(None) | Err(_) => Ok(int::new(crate::types::type_ref(obj).basicsize as i64)),
    }
}

fn s_displayhook(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let x = args::one("displayhook", a, kw)?;
    if x.is_none() {
        return Ok(Value::NONE);
    }
    let out = get("stdout").ok_or_else(|| err::runtime_error("lost sys.stdout"))?;
    crate::file::write_object(&out, x, false)?;
    crate::file::write_object(&out, &pstr::new("\n"), true)?;
    dict::set_item_str(&crate::rt::builtins_dict(), "_", x.clone());
    Ok(Value::NONE)
}

fn s_excepthook(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("excepthook", a, kw, 3, 3)?;
    let e = crate::PyErr::from_parts(a[0].clone(), a[1].clone(), a[2].clone());
    crate::file::write_stderr(crate::traceback::format_exception(&e).as_bytes());
    Ok(Value::NONE)
}

/// Creates the `sys` module.
pub fn create(argv: &[String], path: &[String]) -> Value {
    let m = module::new_native("sys");
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", s_exit),
        ("exc_info", s_exc_info),
        ("exc_clear", s_exc_clear),
        ("getrecursionlimit", s_getrecursionlimit),
        ("setrecursionlimit", s_setrecursionlimit),
        ("getrefcount", s_getrefcount),
        ("_getframe", s_getframe),
        ("getdefaultencoding", s_getdefaultencoding),
        ("getfilesystemencoding", s_getfilesystemencoding),
        ("getcheckinterval", s_getcheckinterval),
        ("setcheckinterval", s_setcheckinterval),
        ("getsizeof", s_getsizeof),
        ("displayhook", s_displayhook),
        ("excepthook", s_excepthook),
    ];
    for &(name, f) in fns {
        module::add_fn(&m, name, f);
    }
    let set = |k: &str, v: Value| module::set_attr(&m, k, v);
    set(
        "argv",
        list::new(argv.iter().map(|a| pstr::new(a)).collect()),
    );
    set(
        "path",
        list::new(path.iter().map(|a| pstr::new(a)).collect()),
    );
    set("modules", rt().modules.borrow().clone());
    set("maxint", int::new(i64::MAX));
    set("maxsize", int::new(i64::MAX));
    set("maxunicode", int::new(0x10ffff));
    set("byteorder", pstr::new("little"));
    set("platform", pstr::new("linux2"));
    set(
        "version",
        pstr::new("2.7.18 (py2jit 0.1.0, Cranelift JIT)\n[Rust]"),
    );
    set("hexversion", int::new(0x020712f0));
    set("api_version", int::new(1013));
    set(
        "subversion",
        tuple::new(vec![pstr::new("CPython"), pstr::new(""), pstr::new("")]),
    );
    set(
        "copyright",
        pstr::new(
            "py2jit runs Python 2.7 bytecode. Python is Copyright (c) 2001-2020 Python Software Foundation.",
        ),
    );
    set("float_repr_style", pstr::new("short"));
    set("dont_write_bytecode", Value::TRUE);
    set("py3kwarning", Value::FALSE);
    set(
        "builtin_module_names",
        tuple::new(vec![pstr::new("__builtin__"), pstr::new("sys")]),
    );
    set("warnoptions", list::new(Vec::new()));
    set("meta_path", list::new(Vec::new()));
    set("path_hooks", list::new(Vec::new()));
    set("path_importer_cache", dict::new());
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    set("executable", pstr::from_string(exe));
    set("prefix", pstr::new("/usr"));
    set("exec_prefix", pstr::new("/usr"));
    let vi = crate::structseq::new_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    set(
        "version_info",
        crate::structseq::new(
            vi,
            vec![
                int::new(2),
                int::new(7),
                int::new(18),
                pstr::new("final"),
                int::new(0),
            ],
        ),
    );
    let fl = crate::structseq::new_type(
        "sys",
        "flags",
        &[
            "debug",
            "py3k_warning",
            "division_warning",
            "division_new",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "tabcheck",
            "verbose",
            "unicode",
            "bytes_warning",
            "hash_randomization",
        ],
    );
    let mut flags = vec![int::new(0); 16];
    flags[7] = int::new(1);
    set("flags", crate::structseq::new(fl, flags));
    let fi = crate::structseq::new_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    set(
        "float_info",
        crate::structseq::new(
            fi,
            vec![
                Value::float(f64::MAX),
                int::new(1024),
                int::new(308),
                Value::float(f64::MIN_POSITIVE),
                int::new(-1021),
                int::new(-307),
                int::new(15),
                int::new(53),
                Value::float(f64::EPSILON),
                int::new(2),
                int::new(1),
            ],
        ),
    );
    let li = crate::structseq::new_type("sys", "long_info", &["bits_per_digit", "sizeof_digit"]);
    set(
        "long_info",
        crate::structseq::new(li, vec![int::new(30), int::new(4)]),
    );
    let (stdin, stdout, stderr) = crate::file::std_streams();
    crate::file::register_stdout(&stdout);
    set("stdin", stdin.clone());
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("__stdin__", stdin);
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    let _ = (float::str, type_value);
    m
}
