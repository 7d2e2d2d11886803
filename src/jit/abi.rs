//! The contract between compiled code, its helpers and the interpreter.
//!
//! A compiled code object is `extern "C" fn(*mut Frame) -> EntryResult`.
//! It starts at the frame's `pc` (0, or a loop header when entered by
//! on-stack replacement) and returns:
//! - [`ST_RETURN`]: the frame is done; `value` is the owned return value
//!   and the frame's live slots (locals, `f.sp` stack values) are what
//!   `finish_frame` must release;
//! - [`ST_DEOPT`]: the frame is written back (locals, `sp` stack values,
//!   block stack) and the interpreter must resume at `f.pc`, which has not
//!   executed yet; `value` holds `reason << 8 | opcode` for statistics;
//! - [`ST_EXCEPTION`]: as ST_DEOPT, but the instruction at `f.lasti`
//!   raised; the exception waits in [`take_pending`](super::helpers::take_pending)
//!   and the interpreter handles it as if that instruction had raised.
//!
//! Helpers never unwind into compiled code: a failing helper stores the
//! Python exception as pending and returns [`NULL_BITS`] (value helpers)
//! or a negative number (status helpers).

use crate::interp::frame::{BlockEntry, Frame};
use py2jit_runtime::value::SPECIAL_TAG;

/// What a compiled function returns (two registers on x86-64 SysV).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct EntryResult {
    /// One of the `ST_*` codes.
    pub status: u64,
    /// The return value (ST_RETURN) or exit details (ST_DEOPT).
    pub value: u64,
}

/// The frame returned normally.
pub const ST_RETURN: u64 = 0;
/// Continue in the interpreter at `f.pc`.
pub const ST_DEOPT: u64 = 1;
/// The instruction at `f.lasti` raised the pending exception.
pub const ST_EXCEPTION: u64 = 2;
/// A generator yielded `value`; the frame is written back with `f.pc` at
/// the instruction after the yield (where the sent value is pushed).
pub const ST_YIELD: u64 = 3;

/// Why compiled code handed a frame back to the interpreter.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum DeoptReason {
    /// An opcode compiled code does not implement here.
    Unsupported = 1,
    /// A type guard failed.
    Guard = 2,
    /// Entered at a pc that is not a resume point.
    NoEntry = 3,
    /// Reached an instruction the interpreter had never run when the code
    /// was compiled (the path after it was left out).
    Cold = 4,
}

impl DeoptReason {
    /// From the `value` of an ST_DEOPT result.
    pub fn from_code(c: u64) -> DeoptReason {
        match (c >> 8) & 0xff {
            2 => DeoptReason::Guard,
            3 => DeoptReason::NoEntry,
            4 => DeoptReason::Cold,
            _ => DeoptReason::Unsupported,
        }
    }

    /// The name used in statistics.
    pub fn name(self) -> &'static str {
        match self {
            DeoptReason::Unsupported => "unsupported opcode",
            DeoptReason::Guard => "type guard failed",
            DeoptReason::NoEntry => "no entry point",
            DeoptReason::Cold => "path not compiled (cold)",
        }
    }
}

/// The bits of `Value::NULL`: "no value" and the error sentinel.
pub const NULL_BITS: u64 = SPECIAL_TAG | 0xFFFF;
/// The bits of `True`.
pub const TRUE_BITS: u64 = SPECIAL_TAG | 2;
/// The bits of `False`.
pub const FALSE_BITS: u64 = SPECIAL_TAG | 1;
/// The bits of `None`.
pub const NONE_BITS: u64 = SPECIAL_TAG;

/// Byte offsets of the frame fields compiled code reads and writes.
pub mod frame_off {
    use super::*;
    /// `Frame::fast`.
    pub const FAST: i32 = std::mem::offset_of!(Frame, fast) as i32;
    /// `Frame::sp`.
    pub const SP: i32 = std::mem::offset_of!(Frame, sp) as i32;
    /// `Frame::pc`.
    pub const PC: i32 = std::mem::offset_of!(Frame, pc) as i32;
    /// `Frame::lasti`.
    pub const LASTI: i32 = std::mem::offset_of!(Frame, lasti) as i32;
    /// `Frame::globals`.
    pub const GLOBALS: i32 = std::mem::offset_of!(Frame, globals) as i32;
    /// `Frame::builtins`.
    pub const BUILTINS: i32 = std::mem::offset_of!(Frame, builtins) as i32;
    /// `Frame::nblocks`.
    pub const NBLOCKS: i32 = std::mem::offset_of!(Frame, nblocks) as i32;
    /// `Frame::blocks`.
    pub const BLOCKS: i32 = std::mem::offset_of!(Frame, blocks) as i32;
    /// Size of one block entry.
    pub const BLOCK_SIZE: i32 = std::mem::size_of::<BlockEntry>() as i32;
    /// `BlockEntry::kind`.
    pub const BLOCK_KIND: i32 = std::mem::offset_of!(BlockEntry, kind) as i32;
    /// `BlockEntry::handler`.
    pub const BLOCK_HANDLER: i32 = std::mem::offset_of!(BlockEntry, handler) as i32;
    /// `BlockEntry::level`.
    pub const BLOCK_LEVEL: i32 = std::mem::offset_of!(BlockEntry, level) as i32;
}

/// Byte offsets inside runtime objects compiled code reads.
pub mod obj_off {
    use py2jit_runtime::dict::{DictObj, Entry};
    use py2jit_runtime::object::ObjHeader;
    use py2jit_runtime::types::TypeObject;
    /// `ObjHeader::refcnt`.
    pub const REFCNT: i32 = std::mem::offset_of!(ObjHeader, refcnt) as i32;
    /// `ObjHeader::ty`.
    pub const TYPE: i32 = std::mem::offset_of!(ObjHeader, ty) as i32;
    /// `TypeObject::version`.
    pub const TYPE_VERSION: i32 = std::mem::offset_of!(TypeObject, version) as i32;
    /// `DictObj::keys_version`.
    pub const DICT_KEYS_VERSION: i32 = std::mem::offset_of!(DictObj, keys_version) as i32;
    /// `DictObj::shape`.
    pub const DICT_SHAPE: i32 = std::mem::offset_of!(DictObj, shape) as i32;
    /// `DictObj::entries`.
    pub const DICT_ENTRIES: i32 = std::mem::offset_of!(DictObj, entries) as i32;
    /// Size of a dict entry.
    pub const ENTRY_SIZE: i64 = std::mem::size_of::<Entry>() as i64;
    /// `Entry::value`.
    pub const ENTRY_VALUE: i32 = std::mem::offset_of!(Entry, value) as i32;
    /// `IterObj::seq` (list iterators: the list, NULL once exhausted).
    pub const ITER_SEQ: i32 = std::mem::offset_of!(py2jit_runtime::iterobj::IterObj, seq) as i32;
    /// `IterObj::pos`.
    pub const ITER_POS: i32 = std::mem::offset_of!(py2jit_runtime::iterobj::IterObj, pos) as i32;
    /// `RangeIterObj::next`.
    pub const RANGE_NEXT: i32 =
        std::mem::offset_of!(py2jit_runtime::range::RangeIterObj, next) as i32;
    /// `RangeIterObj::step`.
    pub const RANGE_STEP: i32 =
        std::mem::offset_of!(py2jit_runtime::range::RangeIterObj, step) as i32;
    /// `CellObj::v` (a cell's contents).
    pub const CELL_VALUE: i32 = std::mem::offset_of!(py2jit_runtime::func::CellObj, v) as i32;
    /// `FuncObj::code` (a function's `func_code`).
    pub const FUNC_CODE: i32 = std::mem::offset_of!(py2jit_runtime::func::FuncObj, code) as i32;
    /// `RangeIterObj::left`.
    pub const RANGE_LEFT: i32 =
        std::mem::offset_of!(py2jit_runtime::range::RangeIterObj, left) as i32;
}

/// The signature of compiled code.
pub type EntryFn = unsafe extern "C" fn(*mut Frame) -> EntryResult;

#[cfg(test)]
mod tests {
    use super::*;
    use py2jit_runtime::value::Value;

    #[test]
    fn special_bits_agree_with_the_runtime() {
        assert_eq!(NULL_BITS, Value::NULL.bits());
        assert_eq!(TRUE_BITS, Value::TRUE.bits());
        assert_eq!(FALSE_BITS, Value::FALSE.bits());
        assert_eq!(NONE_BITS, Value::NONE.bits());
    }
}
