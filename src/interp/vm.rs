//! Per-thread interpreter state: the frame arena, the chain of running
//! frames, the exception being handled (`sys.exc_info()`), and options.
//!
//! The arena hands out contiguous runs of Value slots for frames (locals,
//! cells, free variables and the value stack) in LIFO order, from chunks
//! that never move, so a call allocates nothing on the heap. Invariant:
//! every slot above the arena top holds NULL (frames clear their slots
//! before releasing them).

use crate::interp::frame::Frame;
use py2jit_runtime::value::Value;
use std::cell::{Cell, RefCell, UnsafeCell};

const CHUNK: usize = 1 << 16;

/// A position in the arena, to release back to: the chunk index in the
/// high 32 bits, the top within it in the low 32. One word, so a frame
/// stores it and reads it back with one access of the same size (two
/// 32-bit stores read back as one 64-bit load stall store forwarding).
#[derive(Copy, Clone, Debug)]
pub struct Mark(u64);

/// The frame arena. Chunks are raw words: slots above the top hold stale
/// bits that must never be dropped. `base` and `cap` cache the current
/// chunk's address and length (null and 0 before the first allocation).
pub struct Arena {
    chunks: Vec<Box<[u64]>>,
    chunk: usize,
    top: usize,
    base: *mut u64,
    cap: usize,
}

impl Arena {
    const fn new() -> Arena {
        Arena {
            chunks: Vec::new(),
            chunk: 0,
            top: 0,
            base: std::ptr::null_mut(),
            cap: 0,
        }
    }

    /// Allocates `n` NULL slots; returns their base and the mark to
    /// release them with.
    #[inline(always)]
    pub fn alloc(&mut self, n: usize) -> (*mut Value, Mark) {
        let mark = Mark(((self.chunk as u64) << 32) | self.top as u64);
        if self.top + n <= self.cap {
            // SAFETY: top + n is within the current chunk, which `base`
            // points to; Value is repr(transparent) over u64.
            let p = unsafe { self.base.add(self.top) as *mut Value };
            self.top += n;
            return (p, mark);
        }
        self.alloc_slow(n, mark)
    }

    #[cold]
    fn alloc_slow(&mut self, n: usize, mark: Mark) -> (*mut Value, Mark) {
        // the very first allocation, or the current chunk is full
        let next = if self.chunks.is_empty() {
            0
        } else {
            self.chunk + 1
        };
        if next >= self.chunks.len() || self.chunks[next].len() < n {
            let c = new_chunk(n.max(CHUNK));
            if next >= self.chunks.len() {
                self.chunks.push(c);
            } else {
                self.chunks[next] = c;
            }
        }
        self.switch_to(next);
        self.top = n;
        (self.base as *mut Value, mark)
    }

    fn switch_to(&mut self, chunk: usize) {
        self.chunk = chunk;
        self.base = self.chunks[chunk].as_mut_ptr();
        self.cap = self.chunks[chunk].len();
    }

    /// Releases everything allocated since `mark` (the slots must already
    /// be NULL).
    #[inline(always)]
    pub fn release(&mut self, mark: Mark) {
        let chunk = (mark.0 >> 32) as usize;
        if chunk != self.chunk {
            self.switch_to(chunk);
        }
        self.top = mark.0 as u32 as usize;
    }
}

fn new_chunk(n: usize) -> Box<[u64]> {
    vec![Value::NULL.bits(); n].into_boxed_slice()
}

/// The exception being handled, as `sys.exc_info()` reports it.
#[derive(Clone)]
pub struct ExcInfo {
    /// Type.
    pub ty: Value,
    /// Value.
    pub value: Value,
    /// Traceback.
    pub tb: Value,
}

impl ExcInfo {
    /// (None, None, None).
    pub fn none() -> ExcInfo {
        Self::none_const()
    }

    /// (None, None, None), usable in constant initializers.
    pub const fn none_const() -> ExcInfo {
        ExcInfo {
            ty: Value::NONE,
            value: Value::NONE,
            tb: Value::NONE,
        }
    }
}

/// Interpreter state of this thread.
pub struct Vm {
    /// Frame storage. Only `arena_alloc`/`arena_release` touch it, and
    /// never re-entrantly (no Python code runs inside them).
    arena: UnsafeCell<Arena>,
    /// The innermost running frame.
    pub current: Cell<*mut Frame>,
    /// `sys.exc_info()`.
    pub exc: RefCell<ExcInfo>,
}

thread_local! {
    // ManuallyDrop: Values must not be released during thread-local
    // teardown, when other thread-locals they need may already be gone.
    // Const-initialized, so every access is a plain TLS offset.
    static VM: std::mem::ManuallyDrop<Vm> = const {
        std::mem::ManuallyDrop::new(Vm {
            arena: UnsafeCell::new(Arena::new()),
            current: Cell::new(std::ptr::null_mut()),
            exc: RefCell::new(ExcInfo::none_const()),
        })
    };
}

/// Runs `f` with this thread's interpreter state.
#[inline(always)]
pub fn with_vm<R>(f: impl FnOnce(&Vm) -> R) -> R {
    VM.with(|v| f(v))
}

/// Allocates `n` slots for a frame (stale bits; the caller initializes).
#[inline(always)]
pub fn arena_alloc(n: usize) -> (*mut Value, Mark) {
    // SAFETY: the arena is only touched here and in `arena_release`, which
    // do not call out, so this is the only live reference.
    VM.with(|v| unsafe { (*v.arena.get()).alloc(n) })
}

/// Gives back everything allocated since `mark`.
#[inline(always)]
pub fn arena_release(mark: Mark) {
    // SAFETY: as in `arena_alloc`.
    VM.with(|v| unsafe { (*v.arena.get()).release(mark) })
}

/// Makes `f` the innermost running frame; returns the previous one.
#[inline(always)]
pub fn set_current(f: *mut Frame) -> *mut Frame {
    VM.with(|v| v.current.replace(f))
}

/// The innermost running frame (null if none).
#[inline(always)]
pub fn current_frame() -> *mut Frame {
    VM.with(|v| v.current.get())
}
