//! Interpreter frames.
//!
//! A frame's variables live in one contiguous run of slots (`fast`):
//! `co_nlocals` locals, then cells, then free variables, then the value
//! stack (`co_stacksize` slots). Ordinary calls take the run from the VM
//! arena; generator frames own theirs. The layout is `#[repr(C)]` because
//! compiled code reads and writes frames directly (offsets come from
//! `offset_of!`).
//!
//! Invariants: slots hold NULL when empty; `sp` is the current stack
//! depth; `pc` is the index of the next instruction and `lasti` of the
//! one executing; `blocks[..nblocks]` is the block stack, stored after
//! the value stack in the same slot storage.

use crate::bytecode::BlockKind;
use crate::interp::code_info::CodeInfo;
use crate::interp::vm::Mark;
use py2jit_runtime::value::Value;

/// One entry of the block stack.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct BlockEntry {
    /// 0 loop, 1 except, 2 finally.
    pub kind: u32,
    /// Handler instruction index.
    pub handler: u32,
    /// Stack depth at setup.
    pub level: u32,
}

impl BlockEntry {
    /// The block's kind.
    pub fn kind(&self) -> BlockKind {
        match self.kind {
            0 => BlockKind::Loop,
            1 => BlockKind::Except,
            _ => BlockKind::Finally,
        }
    }
}

/// Maximum block nesting (CPython's CO_MAXBLOCKS).
pub const MAX_BLOCKS: usize = 20;

/// Where a frame's slots come from.
pub enum Storage {
    /// A run of the VM arena, released at `Mark`.
    Arena(Mark),
    /// Owned storage (generator frames).
    Owned(Box<[Value]>),
    /// Arena storage already given back (the frame finished).
    Released,
}

/// A frame.
#[repr(C)]
pub struct Frame {
    /// Base of locals + cells + frees + stack.
    pub fast: *mut Value,
    /// Current stack depth.
    pub sp: u32,
    /// Next instruction index.
    pub pc: u32,
    /// Current instruction index.
    pub lasti: u32,
    /// Number of active blocks.
    pub nblocks: u32,
    /// Interpreter data of the code.
    pub info: *const CodeInfo,
    /// The code object.
    pub code: Value,
    /// The globals dict (always a dict or a dict subclass: function
    /// globals and `run_code` check it; LOAD_GLOBAL relies on it).
    pub globals: Value,
    /// The builtins dict (always a dict, see `call::builtins_for`).
    pub builtins: Value,
    /// The locals mapping of unoptimized frames (module, class, exec);
    /// NULL for function frames.
    pub locals: Value,
    /// The block stack: `max_blocks` entries stored after the value stack
    /// in the frame's slot storage (see `CodeInfo::block_words`).
    pub blocks: *mut BlockEntry,
    /// The caller (null at the bottom).
    pub back: *mut Frame,
    /// The Python frame object, created on demand.
    pub frame_obj: Value,
    /// `sys.exc_info()` to restore when this frame exits, saved when an
    /// exception is first caught here.
    pub saved_exc: Option<Box<crate::interp::vm::ExcInfo>>,
    /// The generator running this frame (null if none); not owned.
    pub generator: *mut py2jit_runtime::ObjHeader,
    /// Slot storage.
    pub storage: Storage,
}

impl Frame {
    /// The code's interpreter data.
    #[inline(always)]
    pub fn info(&self) -> &CodeInfo {
        // SAFETY: the frame holds its code object, which owns the info.
        unsafe { &*self.info }
    }

    /// Slot `i` of the fast area.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> &Value {
        // SAFETY: i < frame_size by construction (verified operands).
        unsafe { &*self.fast.add(i) }
    }

    /// Mutable slot `i`.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn slot_mut(&self, i: usize) -> &mut Value {
        // SAFETY: as `slot`; frames are single-threaded.
        unsafe { &mut *self.fast.add(i) }
    }

    /// Block `i` of the block stack.
    #[inline(always)]
    pub fn block(&self, i: usize) -> BlockEntry {
        // SAFETY: i < max_blocks of the code (verified nesting).
        unsafe { *self.blocks.add(i) }
    }

    /// Sets block `i`.
    #[inline(always)]
    pub fn set_block(&mut self, i: usize, b: BlockEntry) {
        // SAFETY: as `block`.
        unsafe { *self.blocks.add(i) = b }
    }

    /// Is a `try`/`with` block (not a loop) active? A suspended generator
    /// in one needs finalizing when it is dropped.
    pub fn in_handler_block(&self) -> bool {
        (0..self.nblocks as usize).any(|i| self.block(i).kind != 0)
    }

    /// Index of stack slot 0.
    #[inline(always)]
    pub fn stack_base(&self) -> usize {
        let i = self.info();
        i.nlocals + i.ncells + i.nfrees
    }

    /// Values of locals, cells and frees (for `f_locals` and tracebacks
    /// of detached frames).
    pub fn fast_values(&self) -> Vec<Value> {
        (0..self.stack_base())
            .map(|i| self.slot(i).clone())
            .collect()
    }

    /// Byte offset of the current instruction (`f_lasti`).
    pub fn lasti_offset(&self) -> i32 {
        self.info()
            .instrs
            .get(self.lasti as usize)
            .map(|i| i.offset as i32)
            .unwrap_or(-1)
    }

    /// Line number of the current instruction.
    pub fn lineno(&self) -> u32 {
        py2jit_runtime::func::code(&self.code).addr2line(self.lasti_offset().max(0) as usize)
    }

    /// Drops every slot's value (leaves NULLs).
    pub fn clear_slots(&mut self) {
        let n = self.info().frame_size();
        for i in 0..n {
            let v = std::mem::replace(self.slot_mut(i), Value::NULL);
            drop(v);
        }
        self.sp = 0;
    }
}
