//! The bundled example (README's first command) prints what CPython 2.7
//! printed for it, in every execution mode.

mod common;

#[test]
fn hello_example_matches_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let want = std::fs::read(dir.join("hello.out")).expect("examples/hello.out");
    for mode in [&["--no-jit"][..], &["--jit-threshold", "0"][..], &[][..]] {
        let mut args: Vec<&str> = mode.to_vec();
        args.push("hello.pyc");
        let r = common::run(&dir, &args);
        assert_eq!(
            r.code,
            Some(0),
            "{mode:?}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
        if let Some(d) = common::first_difference("stdout", &want, &r.stdout) {
            panic!("examples/hello.pyc {mode:?}: {d}");
        }
    }
}
