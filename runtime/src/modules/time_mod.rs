//! The `time` module: CPython 2.7's timemodule.c over the C library
//! (`gettimeofday`, `clock`, `select` for sleeping, `gmtime_r`,
//! `localtime_r`, `mktime`, `strftime`, `tzset`).
//!
//! Time tuples are parsed as CPython's `gettmarg` does (nine C ints, the
//! two-digit year rule governed by the module's `accept2dyear`), checked
//! by `checktm` before formatting, and returned as `time.struct_time`.
//! `timezone`, `altzone`, `daylight` and `tzname` are computed as glibc
//! builds of CPython do: from the UTC offsets of local time in January and
//! July of the current year.

use super::native_type::TypeSlot;
use crate::types::TypeObject;
use crate::value::Value;
use crate::{PyErr, PyResult, args, dict, err, int, module, ops, str as pstr, structseq, tuple};

thread_local! {
    static STRUCT_TIME: TypeSlot = const { TypeSlot::new() };
    /// The module's dict (for `accept2dyear`), once created.
    static MODDICT: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

fn struct_time_type() -> *mut TypeObject {
    STRUCT_TIME.with(|s| {
        s.get(|| {
            structseq::new_type(
                "time",
                "struct_time",
                &[
                    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                    "tm_yday", "tm_isdst",
                ],
            )
        })
    })
}

unsafe extern "C" {
    /// C's `clock()`: processor time used, in `CLOCKS_PER_SEC` units.
    safe fn clock() -> libc::c_long;
    /// C's `tzset()`: rereads the TZ environment variable.
    safe fn tzset();
}

/// `CLOCKS_PER_SEC` (POSIX fixes it at one million).
const CLOCKS_PER_SEC: f64 = 1_000_000.0;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn set_errno(e: i32) {
    // SAFETY: glibc's errno location is valid for the calling thread.
    unsafe { *libc::__errno_location() = e };
}

/// `PyErr_SetFromErrno(ty)`: `ty(errno, strerror(errno))`.
fn from_errno(ty: *mut TypeObject, e: i32) -> PyErr {
    PyErr::with_args(
        ty,
        tuple::new(vec![
            int::new(e as i64),
            pstr::new(&crate::exceptions::strerror(e)),
        ]),
    )
}

/// The current time as CPython's `floattime` computes it.
fn floattime() -> f64 {
    let mut tv = libc::timeval {
        tv_sec: 0,
        tv_usec: 0,
    };
    // SAFETY: tv is a valid timeval; a null timezone is allowed.
    if unsafe { libc::gettimeofday(&mut tv, std::ptr::null_mut()) } == 0 {
        return tv.tv_sec as f64 + tv.tv_usec as f64 * 0.000001;
    }
    // SAFETY: time(NULL) only returns the time.
    unsafe { libc::time(std::ptr::null_mut()) as f64 }
}

/// `_PyTime_DoubleToTimet`: C's truncating conversion, an error when more
/// than a second is lost (a NaN converts as x86 does, to the minimum).
fn double_to_timet(x: f64) -> PyResult<libc::time_t> {
    let r = if x.is_nan() {
        libc::time_t::MIN
    } else {
        x as libc::time_t
    };
    let diff = x - r as f64;
    if diff <= -1.0 || diff >= 1.0 {
        return Err(err::value_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(r)
}

fn zero_tm() -> libc::tm {
    // SAFETY: struct tm is plain data; all-zero is a valid value (null
    // tm_zone).
    unsafe { std::mem::zeroed() }
}

/// A broken-down time as a struct_time (Monday is 0, January 1 is day 1).
fn tm_to_struct(p: &libc::tm) -> Value {
    let items = [
        p.tm_year as i64 + 1900,
        p.tm_mon as i64 + 1,
        p.tm_mday as i64,
        p.tm_hour as i64,
        p.tm_min as i64,
        p.tm_sec as i64,
        (p.tm_wday as i64 + 6) % 7,
        p.tm_yday as i64 + 1,
        p.tm_isdst as i64,
    ];
    structseq::new(
        struct_time_type(),
        items.iter().map(|&i| int::new(i)).collect(),
    )
}

fn local_tm(t: libc::time_t) -> Option<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: valid pointers to a time_t and a tm.
    let p = unsafe { libc::localtime_r(&t, &mut tm) };
    if p.is_null() { None } else { Some(tm) }
}

fn utc_tm(t: libc::time_t) -> Option<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: valid pointers to a time_t and a tm.
    let p = unsafe { libc::gmtime_r(&t, &mut tm) };
    if p.is_null() { None } else { Some(tm) }
}

/// `time_convert`: seconds to a struct_time through `f`.
fn convert(when: f64, f: fn(libc::time_t) -> Option<libc::tm>) -> PyResult {
    let t = double_to_timet(when)?;
    set_errno(0);
    match f(t) {
        Some(tm) => Ok(tm_to_struct(&tm)),
        None => {
            let e = match errno() {
                0 => libc::EINVAL,
                e => e,
            };
            Err(from_errno(crate::rt::rt().exc.value_error, e))
        }
    }
}

/// An optional seconds argument (`|O`): None or absent means now.
fn when_arg(name: &str, a: &[Value], kw: &[Value]) -> PyResult<f64> {
    args::count(name, a, kw, 0, 1)?;
    match a.first() {
        None => Ok(floattime()),
        Some(v) if v.is_none() => Ok(floattime()),
        Some(v) => ops::as_f64_arg(v),
    }
}

/// `gettmarg`: a 9-sequence of ints to a C `struct tm`.
fn gettmarg(v: &Value) -> PyResult<libc::tm> {
    let is_seq = !pstr::is_str(v) && super::operator_mod::sequence_check(v);
    if !is_seq {
        return Err(err::type_error(format!(
            "argument must be 9-item sequence, not {}",
            if v.is_none() {
                "None"
            } else {
                crate::types::type_ref(v).name_str()
            }
        )));
    }
    let n = ops::len(v)?;
    if n != 9 {
        return Err(err::type_error(format!(
            "argument must be sequence of length 9, not {n}"
        )));
    }
    let mut f = [0i32; 9];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = args::c_int(&ops::getitem(v, &int::new(i as i64))?)?;
    }
    let mut y = f[0];
    if y < 1900 {
        let accept = MODDICT
            .with(|m| m.borrow().clone())
            .and_then(|d| dict::get_item_str(&d, "accept2dyear"));
        let ok = match accept {
            Some(a) if int::is_int(&a) => int::as_i64(&a).unwrap_or(0) != 0,
            _ => false,
        };
        if !ok {
            return Err(err::value_error("year >= 1900 required"));
        }
        if (69..=99).contains(&y) {
            y += 1900;
        } else if (0..=68).contains(&y) {
            y += 2000;
        } else {
            return Err(err::value_error("year out of range"));
        }
    }
    let mut tm = zero_tm();
    tm.tm_year = y - 1900;
    tm.tm_mon = f[1] - 1;
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = (f[6] + 1) % 7;
    tm.tm_yday = f[7] - 1;
    tm.tm_isdst = f[8];
    Ok(tm)
}

/// `checktm`: the ranges strftime and asctime index tables with; zero
/// month, day and yearday are accepted as their lowest values.
fn checktm(tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(err::value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(err::value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(err::value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(err::value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(err::value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(err::value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(err::value_error("day of year out of range"));
    }
    Ok(())
}

fn now_local() -> libc::tm {
    // SAFETY: time(NULL) only returns the time.
    let t = unsafe { libc::time(std::ptr::null_mut()) };
    local_tm(t).unwrap_or_else(zero_tm)
}

/// `_asctime`: "Sun Jun 20 23:21:05 1993".
fn asctime_of(tm: &libc::tm) -> Value {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // C's %.2d: at least two digits, the sign not counted
    let two = |x: i32| {
        if x < 0 {
            format!("-{:02}", -(x as i64))
        } else {
            format!("{x:02}")
        }
    };
    pstr::from_string(format!(
        "{} {}{:3} {}:{}:{} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        two(tm.tm_hour),
        two(tm.tm_min),
        two(tm.tm_sec),
        1900 + tm.tm_year as i64
    ))
}

fn time(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("time", a, kw)?;
    let t = floattime();
    if t == 0.0 {
        return Err(from_errno(crate::rt::rt().exc.io_error, errno()));
    }
    Ok(Value::float(t))
}

fn time_clock(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("clock", a, kw)?;
    Ok(Value::float(clock() as f64 / CLOCKS_PER_SEC))
}

fn sleep(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("sleep", a, kw, 1, 1)?;
    let secs = ops::as_f64_arg(&a[0])?;
    let frac = super::libm::fmod(secs, 1.0);
    let whole = secs.floor();
    let mut tv = libc::timeval {
        tv_sec: whole as libc::time_t,
        tv_usec: (frac * 1_000_000.0) as libc::suseconds_t,
    };
    // SAFETY: select with no descriptors only waits; tv is valid.
    let r = unsafe {
        libc::select(
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            &mut tv,
        )
    };
    if r != 0 {
        let e = errno();
        if e != libc::EINTR {
            return Err(from_errno(crate::rt::rt().exc.io_error, e));
        }
    }
    Ok(Value::NONE)
}

fn gmtime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let when = when_arg("gmtime", a, kw)?;
    convert(when, utc_tm)
}

fn localtime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let when = when_arg("localtime", a, kw)?;
    convert(when, local_tm)
}

fn asctime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("asctime", a, kw, 0, 1)?;
    let tm = match a.first() {
        None => now_local(),
        Some(t) => {
            let mut tm = gettmarg(t)?;
            checktm(&mut tm)?;
            tm
        }
    };
    Ok(asctime_of(&tm))
}

fn ctime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::unpack("ctime", a, kw, 0, 1)?;
    let t = match a.first() {
        Some(v) if !v.is_none() => double_to_timet(ops::as_f64_arg(v)?)?,
        // SAFETY: time(NULL) only returns the time.
        _ => unsafe { libc::time(std::ptr::null_mut()) },
    };
    set_errno(0);
    match local_tm(t) {
        Some(tm) => Ok(asctime_of(&tm)),
        None => {
            let e = match errno() {
                0 => libc::EINVAL,
                e => e,
            };
            Err(from_errno(crate::rt::rt().exc.value_error, e))
        }
    }
}

fn mktime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    let t = args::one("mktime", a, kw)?;
    let mut tm = gettmarg(t)?;
    tm.tm_wday = -1; // unchanged by mktime only on failure
    // SAFETY: tm is a valid struct tm.
    let r = unsafe { libc::mktime(&mut tm) };
    if r == -1 && tm.tm_wday == -1 {
        return Err(err::overflow_error("mktime argument out of range"));
    }
    Ok(Value::float(r as f64))
}

fn strftime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::count("strftime", a, kw, 1, 2)?;
    let fmt = args::c_string("strftime", 1, &a[0])?;
    let mut tm = match a.get(1) {
        None => now_local(),
        Some(t) => {
            let mut tm = gettmarg(t)?;
            checktm(&mut tm)?;
            tm
        }
    };
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let cfmt = std::ffi::CString::new(fmt.clone()).expect("no NUL bytes");
    // grow the buffer until the result fits (an empty result may be
    // genuine, e.g. an empty format)
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; cfmt and tm are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || size >= 256 * fmt.len() {
            buf.truncate(n);
            return Ok(pstr::from_vec(buf));
        }
        size += size;
    }
}

fn strptime(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::no_kw("strptime", kw)?;
    let none = Value::NONE;
    let m = (crate::rt::rt().hooks.get().import)(&pstr::new("_strptime"), &none, &none, &none, -1)?;
    let f = ops::getattr_str(&m, "_strptime_time")?;
    ops::call(&f, a, &[])
}

/// `inittimezone`: the zone constants from the UTC offsets of local time
/// in January and July of this year.
fn init_timezone(m: &Value) {
    const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
    // SAFETY: time(NULL) only returns the time.
    let now = unsafe { libc::time(std::ptr::null_mut()) };
    let t = (now / YEAR) * YEAR;
    let zone = |t: libc::time_t| -> (i64, Value) {
        match local_tm(t) {
            Some(tm) => {
                let name = if tm.tm_zone.is_null() {
                    b"   ".to_vec()
                } else {
                    // SAFETY: tm_zone points to a NUL-terminated zone name.
                    let s = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_bytes();
                    s[..s.len().min(9)].to_vec()
                };
                (-tm.tm_gmtoff, pstr::from_vec(name))
            }
            None => (0, pstr::new("   ")),
        }
    };
    let (janzone, janname) = zone(t);
    let (julyzone, julyname) = zone(t + YEAR / 2);
    // in the southern hemisphere, summer time is in January
    let (std_zone, dst_zone, names) = if janzone < julyzone {
        (julyzone, janzone, vec![julyname, janname])
    } else {
        (janzone, julyzone, vec![janname, julyname])
    };
    module::set_attr(m, "timezone", int::new(std_zone));
    module::set_attr(m, "altzone", int::new(dst_zone));
    module::set_attr(m, "daylight", int::new((janzone != julyzone) as i64));
    module::set_attr(m, "tzname", tuple::new(names));
}

fn time_tzset(_s: &Value, a: &[Value], kw: &[Value]) -> PyResult {
    args::noargs("tzset", a, kw)?;
    tzset();
    let d = MODDICT.with(|m| m.borrow().clone());
    if let Some(d) = d {
        init_timezone(&module::with_dict(d));
    }
    Ok(Value::NONE)
}

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new_native("time");
    for (name, f) in [
        ("time", time as crate::descr::NativeFn),
        ("clock", time_clock),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("strptime", strptime),
        ("tzset", time_tzset),
    ] {
        module::add_fn(&m, name, f);
    }
    // two-digit years are accepted unless PYTHONY2K is set and non-empty
    let y2k = std::env::var_os("PYTHONY2K").is_some_and(|v| !v.is_empty());
    module::set_attr(&m, "accept2dyear", int::new(!y2k as i64));
    MODDICT.with(|d| *d.borrow_mut() = Some(module::dict_of(&m)));
    init_timezone(&m);
    module::set_attr(
        &m,
        "struct_time",
        crate::types::type_value(struct_time_type()),
    );
    Ok(m)
}
