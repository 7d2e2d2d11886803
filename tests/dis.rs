//! `py2jit --dis FILE` must print exactly what CPython 2.7's reference
//! disassembler (tests/tools/dis_reference.py) printed for every corpus
//! program (the committed `NAME.dis` fixtures).

mod common;

#[test]
fn dis_matches_reference_for_every_corpus_program() {
    let progs = common::programs();
    let errs = common::parallel(progs, |name| {
        let dir = common::corpus_dir();
        let want = std::fs::read(dir.join(format!("{name}.dis"))).expect(".dis fixture");
        let r = common::run(&dir, &["--dis", &format!("{name}.pyc")]);
        if r.code != Some(0) {
            return Some(format!(
                "{name}: --dis exited with {:?}: {}",
                r.code,
                String::from_utf8_lossy(&r.stderr)
            ));
        }
        common::first_difference("disassembly", &want, &r.stdout).map(|d| format!("{name}: {d}"))
    });
    assert!(
        errs.is_empty(),
        "{} disassemblies differ:\n{}",
        errs.len(),
        errs.join("\n")
    );
}
