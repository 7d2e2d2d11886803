//! Per-code-object interpreter data: decoded and verified bytecode,
//! operand tables, and profiling counters, attached to the code object on
//! first execution (`CodeObj::exec`).

use crate::bytecode::{Analysis, Instr, Limits, decode, verify};
use py2jit_runtime::func::{self, CodeObj, co_flags};
use py2jit_runtime::value::Value;
use py2jit_runtime::{PyResult, err, str as pstr, tuple};
use std::cell::Cell;

/// The inline cache of one LOAD_GLOBAL instruction: where the name's
/// value lives, valid while the globals (and, for a builtin, the builtins)
/// dict keeps the layout version it had when the cache was filled. Dict
/// layout versions are unique across dicts, so a hit also proves it is
/// the same dict. Compiled code checks copies of the versions, taken when
/// it is translated, as constants.
#[repr(C)]
#[derive(Default)]
pub struct GlobalCache {
    /// `keys_version` of the globals dict (0: empty cache).
    pub globals_version: Cell<u64>,
    /// `keys_version` of the builtins dict, or 0 when found in globals.
    pub builtins_version: Cell<u64>,
    /// The value field of the dict entry.
    pub value: Cell<*const Value>,
}

/// What the interpreter saw a CALL_FUNCTION instruction call, for the
/// JIT to inline: the code object of the Python function it called there
/// when that code is shaped like an inlinable leaf (see
/// `CodeInfo::leaf_shape`) and the site never called anything else. The
/// record keeps the code object alive as long as this code object lives,
/// so compiled code may use its address and constants. (A leaf calls
/// nothing, so these references never form cycles.)
#[derive(Default)]
pub struct CallTarget {
    /// The leaf's code object.
    code: std::cell::OnceCell<Value>,
    /// The leaf was called as a bound method (its receiver the first
    /// argument) rather than as a plain function.
    bound: Cell<bool>,
    /// The site called something that is not that leaf (the same way).
    mixed: Cell<bool>,
}

/// The code object a call of `callee` runs, for a Python function or a
/// method bound to an object (then `true`).
#[inline(always)]
fn callee_code(callee: &Value) -> Option<(&Value, bool)> {
    if func::is_function(callee) {
        return Some((&func::func(callee).code, false));
    }
    if func::is_method(callee) {
        let m = func::method(callee);
        if !m.self_.is_none() && func::is_function(&m.func) {
            return Some((&func::func(&m.func).code, true));
        }
    }
    None
}

impl CallTarget {
    /// Records a call of `callee` (the interpreter, when profiling).
    #[inline(always)]
    pub fn note(&self, callee: &Value) {
        if self.mixed.get() {
            return;
        }
        match self.code.get() {
            Some(c) => {
                let same = callee_code(callee)
                    .is_some_and(|(k, b)| k.bits() == c.bits() && b == self.bound.get());
                if !same {
                    self.mixed.set(true);
                }
            }
            None => self.note_first(callee),
        }
    }

    #[cold]
    fn note_first(&self, callee: &Value) {
        match callee_code(callee) {
            Some((code, bound)) if info(code).is_ok_and(|i| i.leaf_shape()) => {
                let _ = self.code.set(code.clone());
                self.bound.set(bound);
            }
            _ => self.mixed.set(true),
        }
    }

    /// The code object of the one leaf function called here, and whether
    /// it was called as a bound method, if the site called only that.
    pub fn monomorphic(&self) -> Option<(&Value, bool)> {
        if self.mixed.get() {
            return None;
        }
        self.code.get().map(|c| (c, self.bound.get()))
    }
}

/// One instruction as the eval loop reads it: 8 bytes, so the dispatch
/// loads a single word. For instructions with a jump target, `arg` is
/// the target's instruction index (`Instr::target`); otherwise it is the
/// instruction's argument.
#[derive(Copy, Clone)]
#[repr(C, align(8))]
pub struct Word {
    /// The opcode.
    pub op: u8,
    /// The argument, or the jump target's index.
    pub arg: u32,
}

/// Superinstructions: opcodes (outside CPython's 0..=147) that the eval
/// loop uses for common instruction pairs, to dispatch once instead of
/// twice. A pair at `i, i+1` is fused by rewriting word `i` only: word
/// `i+1` keeps its own instruction, so a jump, a generator resume or a
/// deopt that lands on `i+1` runs it alone. The fused handler runs both
/// halves, setting `lasti` to `i+1` before anything the second can raise,
/// and continues at `i+2`.
pub mod superop {
    /// LOAD_FAST a; LOAD_FAST b (arg: a | b << 16).
    pub const LOAD_FAST_LOAD_FAST: u8 = 200;
    /// LOAD_FAST a; LOAD_CONST c (arg: a | c << 16).
    pub const LOAD_FAST_LOAD_CONST: u8 = 201;
    /// STORE_FAST a; LOAD_FAST b (arg: a | b << 16).
    pub const STORE_FAST_LOAD_FAST: u8 = 202;
    /// COMPARE_OP c; POP_JUMP_IF_FALSE t (arg: c | t << 4).
    pub const COMPARE_JUMP_IF_FALSE: u8 = 203;
    /// COMPARE_OP c; POP_JUMP_IF_TRUE t (arg: c | t << 4).
    pub const COMPARE_JUMP_IF_TRUE: u8 = 204;
}

/// The eval loop's words for `instrs`, with pairs fused greedily from the
/// start (see [`superop`]).
fn words_of(instrs: &[Instr]) -> Box<[Word]> {
    use crate::bytecode::opcode::op;
    let mut w: Vec<Word> = instrs.iter().map(Word::of).collect();
    let mut i = 0;
    while i + 1 < instrs.len() {
        let (a, b) = (&instrs[i], &instrs[i + 1]);
        let small = a.arg < 1 << 16 && b.arg < 1 << 16;
        let fused = match (a.op, b.op) {
            (op::LOAD_FAST, op::LOAD_FAST) if small => Some(superop::LOAD_FAST_LOAD_FAST),
            (op::LOAD_FAST, op::LOAD_CONST) if small => Some(superop::LOAD_FAST_LOAD_CONST),
            (op::STORE_FAST, op::LOAD_FAST) if small => Some(superop::STORE_FAST_LOAD_FAST),
            _ => None,
        };
        if let Some(f) = fused {
            w[i] = Word {
                op: f,
                arg: a.arg | b.arg << 16,
            };
            i += 2;
            continue;
        }
        if a.op == op::COMPARE_OP
            && a.arg < 16
            && (b.op == op::POP_JUMP_IF_FALSE || b.op == op::POP_JUMP_IF_TRUE)
            && b.target < 1 << 28
        {
            let f = if b.op == op::POP_JUMP_IF_FALSE {
                superop::COMPARE_JUMP_IF_FALSE
            } else {
                superop::COMPARE_JUMP_IF_TRUE
            };
            w[i] = Word {
                op: f,
                arg: a.arg | b.target << 4,
            };
            i += 2;
            continue;
        }
        i += 1;
    }
    w.into_boxed_slice()
}

impl Word {
    fn of(ins: &Instr) -> Word {
        let arg = if ins.target != crate::bytecode::decode::NO_TARGET {
            ins.target
        } else {
            ins.arg
        };
        Word { op: ins.op, arg }
    }
}

/// Everything the interpreter derives once from a code object.
pub struct CodeInfo {
    /// Decoded instructions.
    pub instrs: Vec<Instr>,
    /// The instructions in the eval loop's compact form (same indices).
    pub words: Box<[Word]>,
    /// Verifier results (depths, block stacks).
    pub analysis: Analysis,
    /// co_consts items.
    pub consts: Vec<Value>,
    /// co_names items.
    pub names: Vec<Value>,
    /// co_varnames items.
    pub varnames: Vec<Value>,
    /// Cell then free variable names.
    pub deref_names: Vec<Value>,
    /// co_nlocals.
    pub nlocals: usize,
    /// len(co_cellvars).
    pub ncells: usize,
    /// len(co_freevars).
    pub nfrees: usize,
    /// co_stacksize.
    pub stacksize: usize,
    /// co_argcount.
    pub argcount: usize,
    /// co_flags.
    pub flags: u32,
    /// For each cell variable, the argument it starts from (if any).
    pub cell_arg: Vec<Option<usize>>,
    /// Number of calls (profiling).
    pub calls: Cell<u64>,
    /// Number of loop back-edges taken (profiling).
    pub backedges: Cell<u64>,
    /// The compiled entry point, once the JIT compiled this code.
    pub jit: Cell<Option<crate::jit::Compiled>>,
    /// The JIT gave up on this code (reason recorded in stats).
    pub jit_failed: Cell<bool>,
    /// The compiler thread is generating this code's machine code.
    pub jit_pending: Cell<bool>,
    /// Type feedback per instruction (see `interp::profile`).
    pub feedback: Box<[Cell<u8>]>,
    /// Deopt exits taken from this code's compiled form since it was
    /// (re)compiled.
    pub deopts: Cell<u64>,
    /// How often this code was compiled.
    pub compiles: Cell<u32>,
    /// Deepest block nesting (SETUP_* blocks active at once).
    pub max_blocks: usize,
    /// `co_argcount` when a call with positional arguments only needs no
    /// binding beyond filling missing trailing arguments from the
    /// function's defaults and setting up cells and free variables (an
    /// optimized, non-generator code without `*args` or `**kwargs`); -1
    /// otherwise. See `call::plain_fit`.
    pub plain_args: i32,
    /// Inline caches of the LOAD_GLOBAL instructions.
    pub global_caches: Box<[GlobalCache]>,
    /// Inline caches of the LOAD_ATTR and STORE_ATTR instructions.
    pub attr_caches: Box<[py2jit_runtime::attr_cache::AttrCache]>,
    /// Call targets of the CALL_FUNCTION instructions.
    pub call_targets: Box<[CallTarget]>,
    /// Is the code shaped like a leaf the JIT can inline (0: not known
    /// yet, 1: yes, 2: no; see `leaf_shape`)?
    leaf: Cell<u8>,
    /// For each instruction, its index in `global_caches`, `attr_caches`
    /// or `call_targets` (by opcode; u32::MAX: none).
    pub cache_index: Box<[u32]>,
}

impl CodeInfo {
    /// The LOAD_GLOBAL cache of instruction `pc`.
    #[inline(always)]
    pub fn global_cache(&self, pc: usize) -> &GlobalCache {
        &self.global_caches[self.cache_index[pc] as usize]
    }

    /// The call target record of CALL_FUNCTION instruction `pc`.
    #[inline(always)]
    pub fn call_target(&self, pc: usize) -> &CallTarget {
        &self.call_targets[self.cache_index[pc] as usize]
    }

    /// Is this code shaped like a leaf function the JIT can inline into
    /// its callers (`jit::translate::inline::leaf_shape`)? Computed once.
    pub fn leaf_shape(&self) -> bool {
        if self.leaf.get() == 0 {
            let yes = crate::jit::translate::inline::leaf_shape(self);
            self.leaf.set(if yes { 1 } else { 2 });
        }
        self.leaf.get() == 1
    }

    /// The LOAD_ATTR/STORE_ATTR cache of instruction `pc`.
    #[inline(always)]
    pub fn attr_cache(&self, pc: usize) -> &py2jit_runtime::attr_cache::AttrCache {
        &self.attr_caches[self.cache_index[pc] as usize]
    }

    /// Value slots a frame needs: locals, cells, frees, stack.
    pub fn frame_size(&self) -> usize {
        self.nlocals + self.ncells + self.nfrees + self.stacksize
    }

    /// Words after the value slots that hold the block stack.
    pub fn block_words(&self) -> usize {
        (self.max_blocks * std::mem::size_of::<crate::interp::frame::BlockEntry>()).div_ceil(8)
    }

    /// Is this a generator function's code?
    pub fn is_generator(&self) -> bool {
        self.flags & co_flags::GENERATOR != 0
    }

    /// Uses fast locals (function code) rather than a locals dict?
    pub fn optimized(&self) -> bool {
        self.flags & co_flags::OPTIMIZED != 0
    }
}

/// Decodes and verifies a code object (no caching); the error names what
/// is wrong and where.
pub fn analyze(c: &CodeObj) -> Result<CodeInfo, String> {
    let d = decode(c.bytecode())
        .map_err(|e| format!("invalid bytecode in code object '{}': {}", c.name_str(), e))?;
    let items = |v: &Value| tuple::items(v).to_vec();
    let consts = items(&c.consts);
    let names = items(&c.names);
    let varnames = items(&c.varnames);
    let cellvars = items(&c.cellvars);
    let freevars = items(&c.freevars);
    let limits = Limits {
        nconsts: consts.len(),
        nnames: names.len(),
        nvarnames: varnames.len(),
        nlocals: c.nlocals as usize,
        nderef: cellvars.len() + freevars.len(),
        stacksize: c.stacksize as usize,
    };
    let analysis = verify(&d, &limits)
        .map_err(|e| format!("invalid bytecode in code object '{}': {}", c.name_str(), e))?;
    let mut nargs = c.argcount as usize;
    if c.flags & co_flags::VARARGS != 0 {
        nargs += 1;
    }
    if c.flags & co_flags::VARKEYWORDS != 0 {
        nargs += 1;
    }
    if nargs > varnames.len() {
        return Err(format!(
            "invalid code object '{}': more arguments than variable names",
            c.name_str()
        ));
    }
    let cell_arg = cellvars
        .iter()
        .map(|cv| {
            varnames[..nargs]
                .iter()
                .position(|a| pstr::as_bytes(a) == pstr::as_bytes(cv))
        })
        .collect();
    let mut deref_names = cellvars.clone();
    deref_names.extend(freevars.iter().cloned());
    let n = d.instrs.len();
    let max_blocks = analysis
        .block_stacks
        .iter()
        .map(|b| b.len())
        .max()
        .unwrap_or(0);
    let (mut nglobal, mut nattr, mut ncall) = (0u32, 0u32, 0u32);
    let cache_index: Box<[u32]> = d
        .instrs
        .iter()
        .map(|ins| {
            use crate::bytecode::opcode::op;
            match ins.op {
                op::LOAD_GLOBAL => {
                    nglobal += 1;
                    nglobal - 1
                }
                op::LOAD_ATTR | op::STORE_ATTR => {
                    nattr += 1;
                    nattr - 1
                }
                op::CALL_FUNCTION => {
                    ncall += 1;
                    ncall - 1
                }
                _ => u32::MAX,
            }
        })
        .collect();
    let plain = c.flags
        & (co_flags::VARARGS | co_flags::VARKEYWORDS | co_flags::GENERATOR | co_flags::OPTIMIZED)
        == co_flags::OPTIMIZED;
    Ok(CodeInfo {
        plain_args: if plain { c.argcount as i32 } else { -1 },
        max_blocks,
        global_caches: (0..nglobal).map(|_| GlobalCache::default()).collect(),
        attr_caches: (0..nattr).map(|_| Default::default()).collect(),
        call_targets: (0..ncall).map(|_| Default::default()).collect(),
        leaf: Cell::new(0),
        cache_index,
        feedback: (0..n).map(|_| Cell::new(0)).collect(),
        deopts: Cell::new(0),
        compiles: Cell::new(0),
        words: words_of(&d.instrs),
        instrs: d.instrs,
        analysis,
        consts,
        names,
        varnames,
        deref_names,
        nlocals: c.nlocals as usize,
        ncells: cellvars.len(),
        nfrees: freevars.len(),
        stacksize: c.stacksize as usize,
        argcount: c.argcount as usize,
        flags: c.flags,
        cell_arg,
        calls: Cell::new(0),
        backedges: Cell::new(0),
        jit: Cell::new(None),
        jit_failed: Cell::new(false),
        jit_pending: Cell::new(false),
    })
}

/// The interpreter data of a code object, created on first use.
#[inline(always)]
pub fn info(code: &Value) -> PyResult<&'static CodeInfo> {
    let p = func::code(code).exec_ptr.get();
    if !p.is_null() {
        // SAFETY: exec_ptr is only ever set (below) to the boxed CodeInfo
        // in the code object's exec slot, which lives as long as the code
        // object; frames running the code hold it.
        return Ok(unsafe { &*(p as *const CodeInfo) });
    }
    info_slow(code)
}

#[cold]
fn info_slow(code: &Value) -> PyResult<&'static CodeInfo> {
    let c = func::code(code);
    let i = analyze(c).map_err(err::system_error)?;
    *c.exec_slot() = Some(Box::new(i));
    let b = c
        .exec_slot()
        .as_ref()
        .unwrap()
        .downcast_ref::<CodeInfo>()
        .unwrap();
    c.exec_ptr.set(b as *const CodeInfo as *const u8);
    // SAFETY: as in `info`.
    Ok(unsafe { &*(b as *const CodeInfo) })
}

/// Verifies a code object and every code object nested in its constants
/// (used when a `.pyc` is loaded, so bad bytecode is reported before
/// anything runs).
pub fn verify_tree(code: &Value) -> Result<(), String> {
    let c = func::code(code);
    if c.exec_slot().is_none() {
        let i = analyze(c)?;
        *c.exec_slot() = Some(Box::new(i));
    }
    for k in tuple::items(&c.consts) {
        if func::is_code(k) {
            verify_tree(k)?;
        }
    }
    Ok(())
}
