//! The baseline interpreter: frames, the eval loop, calls, imports,
//! generators, and the hooks that connect it to the runtime.

pub mod call;
pub mod code_info;
pub mod eval;
pub mod frame;
pub mod hooks;
pub mod import;
pub mod profile;
pub mod vm;
