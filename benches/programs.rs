//! Criterion benches of the benchmark programs (`benches/programs/`): each
//! program in `manifest.txt` runs at its TEST_SIZE, in `--no-jit` mode and
//! with the JIT at its default threshold, and is checked once against the
//! CPython 2.7 output recorded in `NAME.test.out`.
//!
//! Run with `cargo bench --bench programs` (add `-- NAME` to filter,
//! `-- --quick` for a fast pass). `py2jit bench` is the tool for
//! comparisons with CPython at the full sizes; these benches track the
//! interpreter and JIT themselves from run to run.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use support::Bench;

fn programs(c: &mut Criterion) {
    let dir = support::bench_dir("programs");
    let mut group = c.benchmark_group("programs");
    support::configure(&mut group);
    for row in support::manifest(&dir) {
        let [name, _default, test, ..] = row.as_slice() else {
            panic!("bad manifest row in {}: {row:?}", dir.display());
        };
        let b = Bench {
            dir: dir.clone(),
            expected: format!("{name}.test.out"),
            name: name.clone(),
            size: test.clone(),
        };
        support::add(&mut group, &b, None);
    }
    group.finish();
}

criterion_group!(benches, programs);
criterion_main!(benches);
