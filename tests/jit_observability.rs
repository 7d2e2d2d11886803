//! The JIT's observable side: `--stats`, `--stats-json`, `--jit-log` and
//! `--jit-dump` report what was compiled, in sync mode and with machine
//! code generated on the background compiler thread, and the program's
//! output is the same either way.

mod common;

use std::path::PathBuf;

fn scratch(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("py2jit-{}-{}", test, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn stat_line(stderr: &str, label: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no '{label}' line in:\n{stderr}"));
    line.rsplit(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("no count in '{line}'"))
}

/// Threshold 0 compiles every code object of the program, on the
/// interpreter's thread, and the log, dump and JSON agree with `--stats`.
#[test]
fn threshold_0_compiles_everything_and_reports_it() {
    let dir = common::corpus_dir();
    common::pin_source_mtimes(&dir);
    let out = scratch("stats0");
    let json = out.join("stats.json");
    let dump = out.join("dump");
    let r = common::run(
        &dir,
        &[
            "--jit-threshold",
            "0",
            "--stats",
            "--jit-log",
            "--stats-json",
            json.to_str().unwrap(),
            "--jit-dump",
            dump.to_str().unwrap(),
            "jit_osr.pyc",
        ],
    );
    assert_eq!(r.code, Some(0));
    assert_eq!(r.stdout, std::fs::read(dir.join("jit_osr.out")).unwrap());
    let err = String::from_utf8(r.stderr).unwrap();
    let compiled = stat_line(&err, "code objects compiled:");
    assert!(compiled >= 2, "{err}");
    assert_eq!(stat_line(&err, "not compiled:"), 0, "{err}");
    assert!(!err.contains("unfinished at exit"), "{err}");
    let logged = err
        .lines()
        .filter(|l| l.starts_with("jit: compiled "))
        .count();
    assert_eq!(logged as u64, compiled, "{err}");
    let clif = std::fs::read_dir(&dump)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "clif"))
        .count();
    assert_eq!(clif as u64, compiled);
    let j = std::fs::read_to_string(&json).unwrap();
    assert!(j.contains(&format!("\"compiled\": {compiled},")), "{j}");
    assert!(j.contains("\"compile_time_main_us\": "), "{j}");
    assert!(j.contains("{\"site\": \"LOAD_GLOBAL\", \"hits\": "), "{j}");

    let _ = std::fs::remove_dir_all(&out);
}

/// In the default mode machine code comes from the compiler thread, so
/// when it is installed depends on timing: every hot code object is
/// either compiled or reported unfinished, and the output is CPython's.
/// With `--jit-sync` the hot loops enter compiled code (OSR).
#[test]
fn background_and_sync_tier_up() {
    let dir = common::corpus_dir();
    common::pin_source_mtimes(&dir);
    for sync in [false, true] {
        let mut a = vec!["--stats"];
        if sync {
            a.push("--jit-sync");
        }
        a.push("jit_osr.pyc");
        let r = common::run(&dir, &a);
        assert_eq!(r.code, Some(0));
        assert_eq!(r.stdout, std::fs::read(dir.join("jit_osr.out")).unwrap());
        let err = String::from_utf8(r.stderr).unwrap();
        let compiled = stat_line(&err, "code objects compiled:");
        let unfinished = if err.contains("unfinished at exit:") {
            stat_line(&err, "unfinished at exit:")
        } else {
            0
        };
        assert!(compiled + unfinished >= 2, "{err}");
        if sync {
            assert_eq!(unfinished, 0, "{err}");
            assert!(stat_line(&err, "OSR entries:") >= 1, "{err}");
        }
    }
}

/// The (hits, misses) `--stats` reports for inline-cache site category
/// `label` (a line `label  hits / misses  rate`).
fn cache_counts(stderr: &str, label: &str) -> (u64, u64) {
    let line = stderr
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no '{label}' line in:\n{stderr}"));
    let mut counts = line.trim_start()[label.len()..]
        .split_whitespace()
        .filter(|w| *w != "/")
        .map(|w| w.parse::<u64>());
    match (counts.next(), counts.next()) {
        (Some(Ok(h)), Some(Ok(m))) => (h, m),
        _ => panic!("no counts in '{line}'"),
    }
}

/// Runs corpus program `name` with `--jit-sync --stats`, checks its
/// output, and returns what it printed on stderr (the statistics).
fn stats_of(name: &str) -> String {
    let dir = common::corpus_dir();
    common::pin_source_mtimes(&dir);
    let r = common::run(&dir, &["--jit-sync", "--stats", &format!("{name}.pyc")]);
    assert_eq!(r.code, Some(0));
    assert_eq!(
        r.stdout,
        std::fs::read(dir.join(format!("{name}.out"))).unwrap()
    );
    String::from_utf8(r.stderr).unwrap()
}

/// `--stats` counts inline-cache hits and misses per site category in
/// compiled code: a loop calling the global `len` hits the LOAD_GLOBAL
/// cache and the inline builtin call.
#[test]
fn stats_report_cache_hits_per_site_category() {
    let err = stats_of("jit_len");
    assert!(cache_counts(&err, "LOAD_GLOBAL").0 > 1000, "{err}");
    assert!(
        cache_counts(&err, "builtin call (len, math.sqrt)").0 > 1000,
        "{err}"
    );
}

/// In an attribute chain ending in a call (`self.log.items.append(v)`),
/// only the last load is the method: the inner loads are plain attribute
/// loads, so compiled code's method loads all hit.
#[test]
fn attribute_chains_load_only_the_last_as_a_method() {
    let err = stats_of("jit_attr_chains");
    let (hits, misses) = cache_counts(&err, "method load");
    assert!(hits > 10000, "{err}");
    assert_eq!(misses, 0, "{err}");
}

/// The number `--stats` reports for deopt exits "`reason` at OPCODE",
/// summed over opcodes.
fn deopts_for(stderr: &str, reason: &str) -> u64 {
    stderr
        .lines()
        .filter(|l| l.trim_start().contains(&format!("  {reason} at ")))
        .map(|l| l.split_whitespace().next().unwrap().parse::<u64>().unwrap())
        .sum()
}

/// A first compilation leaves out the paths the interpreter never ran:
/// taking them later deopts ("path not compiled (cold)"), and code that
/// keeps taking them is recompiled; the output is CPython's throughout.
#[test]
fn cold_paths_are_left_out_then_recompiled_when_they_run() {
    let err = stats_of("jit_cold_paths");
    assert!(
        deopts_for(&err, "path not compiled (cold)") >= 1000,
        "{err}"
    );
    assert!(stat_line(&err, "recompilations:") >= 1, "{err}");
}

/// An exception raised in compiled code inside a `try` block enters the
/// compiled handler (counted as caught, not as an exception exit to the
/// interpreter), and the output, tracebacks included, is CPython's.
#[test]
fn compiled_handlers_catch_exceptions_without_leaving_compiled_code() {
    let err = stats_of("jit_except_handlers");
    let caught = stat_line(&err, "exceptions caught in compiled handlers:");
    assert!(caught > 10000, "{err}");
}

/// Calls of leaf functions and leaf methods from hot loops run inline:
/// the corpus programs that exercise inlining report inlined-call hits,
/// and the calls that leave the inline paths (strings, overflow, rebound
/// functions) report misses.
#[test]
fn leaf_calls_are_inlined() {
    for name in ["jit_inline_leaf", "jit_inline_methods"] {
        let err = stats_of(name);
        let (hits, misses) = cache_counts(&err, "inlined call");
        assert!(hits > 10000 && misses > 0, "{name}: {err}");
    }
}

/// Operations that only ever saw floats (or small ints with small-int
/// results) are compiled behind guards that leave compiled code; other
/// kinds, overflows and NaNs that turn up later make them fail ("type
/// guard failed"), and code that keeps failing them is recompiled without
/// the speculation; the output is CPython's.
#[test]
fn speculation_guards_exit_and_recompile() {
    let err = stats_of("jit_float_speculation");
    assert!(deopts_for(&err, "type guard failed") >= 1000, "{err}");
    assert!(stat_line(&err, "recompilations:") >= 1, "{err}");
    let err = stats_of("jit_int_speculation");
    assert!(deopts_for(&err, "type guard failed") >= 50, "{err}");
}

/// List subscripts whose sites only saw exact lists indexed in bounds by
/// small ints are speculated: another container, an index out of bounds
/// or (for loads that only saw small-int items) another item leaves
/// compiled code at the subscript ("type guard failed at
/// BINARY_SUBSCR/STORE_SUBSCR"); the output is CPython's.
#[test]
fn list_subscripts_guard_and_exit() {
    let err = stats_of("jit_list_speculation");
    let at = |op: &str| {
        err.lines()
            .filter(|l| {
                l.trim_end()
                    .ends_with(&format!("type guard failed at {op}"))
            })
            .map(|l| l.split_whitespace().next().unwrap().parse::<u64>().unwrap())
            .sum::<u64>()
    };
    assert!(at("BINARY_SUBSCR") >= 3, "{err}");
    assert!(at("STORE_SUBSCR") >= 1, "{err}");
}
