//! The JIT tier (see issue "JIT tier"): compiles hot code objects to
//! native code with Cranelift. Until it lands, nothing is compiled and
//! every frame runs in the interpreter; the options are accepted.

use crate::interp::code_info::CodeInfo;
use crate::interp::eval::{Exit, eval_frame};
use crate::interp::frame::Frame;
use py2jit_runtime::PyResult;
use py2jit_runtime::value::Value;

/// A compiled entry point.
#[derive(Clone, Copy)]
pub struct Compiled {
    /// Native code: runs a frame from its current pc.
    pub entry: unsafe extern "C" fn(*mut Frame) -> u32,
}

/// Called on every call of a code object: compiles it once it is hot.
#[inline]
pub fn maybe_compile(_code: &Value, _ci: &CodeInfo) {}

/// Runs a frame in its compiled code.
pub fn run_compiled(_c: Compiled, f: &mut Frame) -> PyResult<Exit> {
    eval_frame(f, None)
}

/// Applies the run options to the JIT (threshold, logging).
pub fn configure(_opts: &crate::options::Options) {}

/// Prints or writes JIT statistics at exit, as requested.
pub fn report_stats(_opts: &crate::options::Options) {}
