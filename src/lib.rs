//! py2jit: runs CPython 2.7 bytecode (`.pyc` files) in a profiling
//! interpreter and compiles hot code objects to native code with
//! Cranelift.
//!
//! The library API, used by the CLI, the tests and the benches:
//! - [`run::run_file`] runs a program with [`options::Options`] and returns
//!   its exit status (`Options::stdout` can discard or capture what it
//!   prints);
//! - [`run::dis_file`] disassembles one;
//! - [`marshal::load_pyc`] reads a code object (on a thread where the
//!   runtime is initialized, see [`run::init_runtime`]).

// Links mimalloc's C library into everything built on this crate (tests,
// benches), not only the binary that makes it the global allocator:
// `jit::codegen` calls `mi_collect`, declared there because
// libmimalloc-sys declares it only with its `extended` feature.
#[cfg(not(feature = "system-alloc"))]
extern crate libmimalloc_sys;

pub mod bench;
pub mod bytecode;
pub mod cli;
pub mod compiler;
pub mod frozen;
pub mod interp;
pub mod jit;
pub mod marshal;
pub mod options;
pub mod resident;
pub mod run;
