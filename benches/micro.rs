//! Criterion micro-benchmarks (`benches/micro/`): small Python 2 programs
//! that each repeat one operation (a call, an attribute load, a dict
//! store, ...) in a loop, run in `--no-jit` mode and with the JIT at its
//! default threshold, each checked once against the CPython 2.7 output
//! recorded in `NAME.out`.
//!
//! Every run includes the fixed cost of starting a `py2jit` process and
//! its runtime; the `startup` benchmark (an empty program) measures it. Throughput is reported in
//! operations (SIZE loop iterations of ten operations each), so
//! `(time - startup) / operations` is the cost of one operation.
//!
//! Run with `cargo bench --bench micro` (add `-- NAME` to filter,
//! `-- --quick` for a fast pass). Regenerate the `.pyc` and `.out` files
//! with `benches/micro/regen` after editing a program.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use support::Bench;

/// The measured operation is repeated this many times per loop iteration.
const OPS_PER_ITERATION: u64 = 10;

fn micro(c: &mut Criterion) {
    let dir = support::bench_dir("micro");
    let mut group = c.benchmark_group("micro");
    support::configure(&mut group);
    for row in support::manifest(&dir) {
        let [name, size, ..] = row.as_slice() else {
            panic!("bad manifest row in {}: {row:?}", dir.display());
        };
        let iterations: u64 = size
            .parse()
            .unwrap_or_else(|_| panic!("{name}: size {size:?} is not a number"));
        let b = Bench {
            dir: dir.clone(),
            expected: format!("{name}.out"),
            name: name.clone(),
            size: size.clone(),
        };
        // startup (size 0) counts one run as its one operation
        let ops = (iterations * OPS_PER_ITERATION).max(1);
        support::add(&mut group, &b, Some(ops));
    }
    group.finish();
}

criterion_group!(benches, micro);
criterion_main!(benches);
