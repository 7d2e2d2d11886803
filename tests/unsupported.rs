//! What py2jit does not do raises a clear Python exception instead of
//! crashing: source compilation (eval/compile/exec of text) on a machine
//! without CPython 2.7, help() and memoryview(). The expected output in
//! tests/unsupported/ is py2jit's own (CPython runs these programs).

mod common;

#[test]
fn unsupported_features_raise_clear_errors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unsupported");
    let want = std::fs::read(dir.join("unsupported.out")).expect("unsupported.out");
    for mode in [&["--no-jit"][..], &["--jit-threshold", "0"][..], &[][..]] {
        let mut args: Vec<&str> = mode.to_vec();
        args.push("unsupported.pyc");
        let r = common::run(&dir, &args);
        assert_eq!(
            r.code,
            Some(0),
            "{mode:?}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
        if let Some(d) = common::first_difference("stdout", &want, &r.stdout) {
            panic!("tests/unsupported/unsupported.pyc {mode:?}: {d}");
        }
    }
}
