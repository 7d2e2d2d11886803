//! Native stack guard: deep recursion (Python calls, nested repr/compare)
//! raises RuntimeError before the native stack runs out, whatever the
//! recursion limit is set to.
//!
//! The interpreter thread records the lowest usable address at start-up
//! ([`set_limit_from_here`]); checks compare the current stack pointer with
//! it, keeping a safety margin for the deepest non-checked native work
//! (formatting, a JIT compile, a panic backtrace).

use crate::rt::rt;

/// Bytes kept free below the guard for unchecked native work.
pub const SAFETY_MARGIN: usize = 256 * 1024;

/// An address near the current stack pointer.
#[inline(always)]
pub fn current_sp() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// Records that the stack may grow down `size` bytes from here (minus the
/// safety margin). Called by the thread that runs Python code.
pub fn set_limit_from_here(size: usize) {
    let sp = current_sp();
    let usable = size.saturating_sub(SAFETY_MARGIN + 64 * 1024);
    rt().stack_limit.set(sp.saturating_sub(usable));
}

/// Is the stack pointer below the guard?
#[inline(always)]
pub fn near_limit() -> bool {
    let lim = rt().stack_limit.get();
    lim != 0 && current_sp() < lim
}
