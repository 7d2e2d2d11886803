//! Bytecode to Cranelift IR, one code object at a time.
//!
//! Shape of a compiled function (`abi::EntryFn`):
//! - the entry block loads `f.fast` and dispatches on `f.pc` to a resume
//!   point (instruction 0 or a loop header, for on-stack replacement);
//!   each resume point loads the live stack values from the frame;
//! - every stack slot is a Cranelift `Variable` (the verifier gives the
//!   static depth before each instruction); locals and cells stay in the
//!   frame's memory, so they are always up to date;
//! - the block stack is static per instruction, so nothing is written
//!   while running: exits write the whole block stack at once;
//! - each opcode becomes an inline fast path where one exists (small ints,
//!   floats, truth tests, identity) plus a call to a helper
//!   (`jit::helpers`); a failing helper branches to an exception exit;
//!   opcodes that are not compiled become a deopt exit at that
//!   instruction.
//!
//! Invariants at every exit: stack values `0..depth` are stored to the
//! frame's stack memory, `f.sp == depth`, the block stack matches the
//! verifier's for that instruction, and `f.pc` (deopt) or `f.lasti`
//! (exception) names the instruction. Values in Variables are owned
//! references, exactly like the interpreter's stack slots.

use super::abi::{
    DeoptReason, FALSE_BITS, NONE_BITS, NULL_BITS, ST_DEOPT, ST_EXCEPTION, ST_RETURN, ST_YIELD,
    TRUE_BITS, frame_off,
};
use crate::bytecode::opcode::op;
use crate::bytecode::{BlockKind, Instr};
use crate::interp::code_info::CodeInfo;
use crate::interp::eval::Why;
use crate::interp::profile;
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, Signature, types,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{FuncId, Module};
use py2jit_runtime::func::co_flags;
use py2jit_runtime::types::BinOp;
use py2jit_runtime::value::{FLOAT_LIMIT, INT_BASE, PTR_MASK, PTR_TAG, Value};
use std::collections::{BTreeSet, HashMap};

pub mod inline;
mod speculate;
mod views;

const I64: ir::Type = types::I64;
const I32: ir::Type = types::I32;
const F64: ir::Type = types::F64;

/// Interns helper imports per function.
pub struct HelperTable {
    /// Helper name to its declared id and signature.
    pub ids: HashMap<&'static str, (FuncId, Signature)>,
}

/// Everything a translation needs from its surroundings.
pub struct Env<'a, M: Module> {
    /// The module the helpers are declared in.
    pub module: &'a mut M,
    /// Declared helpers.
    pub helpers: &'a HelperTable,
    /// Count inline-cache hits and misses (`--stats`).
    pub count_sites: bool,
    /// Leave out paths the interpreter never ran (see `Plan::cold`): set
    /// when the code was profiled before this, its first compilation.
    pub prune_cold: bool,
}

/// Numbers about a translation, for logs and statistics.
#[derive(Default, Debug, Clone, Copy)]
pub struct TxStats {
    /// Instructions translated to code (not exits).
    pub compiled_ops: usize,
    /// Instructions that became deopt exits.
    pub exit_ops: usize,
}

/// Which instructions compiled code reaches, and where it may start.
struct Plan {
    reachable: Vec<bool>,
    resume: BTreeSet<usize>,
    needs_block: Vec<bool>,
    /// LOAD_ATTR instructions whose result is only the callable of a
    /// CALL_FUNCTION further on (method calls): LOAD_ATTR pc -> CALL pc.
    method_calls: HashMap<usize, usize>,
    /// Per instruction, the locals certainly bound when it starts (empty
    /// when unknown): their LOAD_FAST needs no unbound check.
    bound: Vec<Vec<bool>>,
    /// Instructions compiled as a deopt exit ([`DeoptReason::Cold`])
    /// because the interpreter never ran them before compilation: the
    /// paths after them are left out (less IR, less compile memory). They
    /// are profiled instructions whose feedback is still 0; if they keep
    /// running, the deopts make the code recompile in full.
    cold: Vec<bool>,
    /// Instructions control may reach other than from the one before
    /// (jump and handler targets, resume points): the facts of
    /// `speculate` end there (forward merges keep the kinds all their
    /// edges know).
    merges: Vec<bool>,
    /// Loop heads control reaches only by falling in, by OSR and by
    /// backward JUMP_ABSOLUTEs: where loop facts may apply.
    loop_heads: BTreeSet<usize>,
    /// Merges control reaches only by jumps and branches from earlier
    /// instructions and by falling in (not resume points, handlers or
    /// backward jumps): every edge into one is translated before it, so
    /// it starts with what all of them know (merge facts, `speculate`).
    forward_merges: Vec<bool>,
}

/// Opcodes whose argument is a jump target they may transfer control to.
fn is_jump(o: u8) -> bool {
    matches!(
        o,
        op::JUMP_FORWARD
            | op::JUMP_ABSOLUTE
            | op::POP_JUMP_IF_FALSE
            | op::POP_JUMP_IF_TRUE
            | op::JUMP_IF_FALSE_OR_POP
            | op::JUMP_IF_TRUE_OR_POP
            | op::FOR_ITER
            | op::CONTINUE_LOOP
    )
}

/// SETUP_* opcodes (their target is a handler or a loop's end).
fn is_setup(o: u8) -> bool {
    matches!(
        o,
        op::SETUP_LOOP | op::SETUP_EXCEPT | op::SETUP_FINALLY | op::SETUP_WITH
    )
}

/// Where instruction `i` may jump (a jump's target, or the end of the
/// loop a BREAK_LOOP leaves), besides falling through.
fn branch_target(ci: &CodeInfo, i: usize) -> Option<usize> {
    let ins = &ci.instrs[i];
    if is_jump(ins.op) {
        return Some(ins.target as usize);
    }
    if ins.op == op::BREAK_LOOP {
        return static_blocks(ci, i)
            .iter()
            .rev()
            .find(|b| b.kind == BlockKind::Loop)
            .map(|b| b.handler as usize);
    }
    if ins.op == op::RETURN_VALUE {
        return innermost_finally(ci, i).map(|b| b.handler as usize);
    }
    None
}

/// The innermost `finally` (or `with`) block active at instruction `i`: a
/// return there runs its handler first.
fn innermost_finally(ci: &CodeInfo, i: usize) -> Option<crate::bytecode::Block> {
    static_blocks(ci, i)
        .iter()
        .rev()
        .find(|b| b.kind == BlockKind::Finally)
        .copied()
}

/// Locals certainly bound at each instruction: a forward "definitely
/// assigned" analysis over every path the interpreter or compiled code can
/// take (fall-through, jumps, breaks, a yield to its resume point, and a
/// SETUP_* to its handler with the state at the setup: a local that is
/// never deleted stays bound, so that state holds anywhere in the body).
/// Arguments are bound at entry; STORE_FAST binds, and so does a
/// LOAD_FAST that did not raise. A local that is ever deleted is never
/// known. Compiled code entered at a resume point other than the start
/// checks the facts it relies on first (see `Tx::run`).
fn bound_locals(ci: &CodeInfo) -> Vec<Vec<bool>> {
    let n = ci.instrs.len();
    let nl = ci.nlocals;
    if nl == 0 || nl > 4096 {
        return vec![Vec::new(); n];
    }
    let mut deleted = vec![false; nl];
    for ins in &ci.instrs {
        if ins.op == op::DELETE_FAST && (ins.arg as usize) < nl {
            deleted[ins.arg as usize] = true;
        }
    }
    let mut nargs = ci.argcount;
    if ci.flags & co_flags::VARARGS != 0 {
        nargs += 1;
    }
    if ci.flags & co_flags::VARKEYWORDS != 0 {
        nargs += 1;
    }
    let mut state: Vec<Option<Vec<bool>>> = vec![None; n];
    let mut entry = vec![false; nl];
    for (i, e) in entry.iter_mut().enumerate().take(nargs.min(nl)) {
        *e = !deleted[i];
    }
    state[0] = Some(entry);
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        if i >= n || ci.analysis.depth[i] < 0 {
            continue;
        }
        let Some(mut out) = state[i].clone() else {
            continue;
        };
        let ins = &ci.instrs[i];
        if matches!(ins.op, op::STORE_FAST | op::LOAD_FAST)
            && (ins.arg as usize) < nl
            && !deleted[ins.arg as usize]
        {
            out[ins.arg as usize] = true;
        }
        let mut succ: Vec<usize> = Vec::new();
        let ends = matches!(
            ins.op,
            op::JUMP_FORWARD
                | op::JUMP_ABSOLUTE
                | op::RETURN_VALUE
                | op::RAISE_VARARGS
                | op::BREAK_LOOP
                | op::CONTINUE_LOOP
        );
        if !ends {
            // END_FINALLY, WITH_CLEANUP and the other interpreter-only
            // opcodes continue here too
            succ.push(i + 1);
        }
        if let Some(t) = branch_target(ci, i) {
            succ.push(t);
        } else if is_setup(ins.op) {
            succ.push(ins.target as usize);
        }
        for j in succ {
            if j >= n {
                continue;
            }
            let changed = match &mut state[j] {
                None => {
                    state[j] = Some(out.clone());
                    true
                }
                Some(s) => {
                    let mut c = false;
                    for (a, b) in s.iter_mut().zip(&out) {
                        if *a && !*b {
                            *a = false;
                            c = true;
                        }
                    }
                    c
                }
            };
            if changed {
                work.push(j);
            }
        }
    }
    // only facts about locals some LOAD_FAST reads are of use (and only
    // those are checked on entry)
    let mut loaded = vec![false; nl];
    for ins in &ci.instrs {
        if ins.op == op::LOAD_FAST && (ins.arg as usize) < nl {
            loaded[ins.arg as usize] = true;
        }
    }
    state
        .into_iter()
        .map(|s| {
            let mut s = s.unwrap_or_default();
            for (b, l) in s.iter_mut().zip(&loaded) {
                *b &= *l;
            }
            s
        })
        .collect()
}

/// Instructions after which the straight line ends.
fn is_control(o: u8) -> bool {
    is_jump(o)
        || matches!(
            o,
            op::SETUP_LOOP
                | op::SETUP_EXCEPT
                | op::SETUP_FINALLY
                | op::SETUP_WITH
                | op::POP_BLOCK
                | op::BREAK_LOOP
                | op::RETURN_VALUE
                | op::YIELD_VALUE
                | op::END_FINALLY
                | op::RAISE_VARARGS
        )
        || is_exit_op(o)
}

/// Is the call at `pc` one the translator does inline when its callee is
/// the builtin the interpreter always saw there (`Tx::known_call`)?
fn is_known_call(ci: &CodeInfo, pc: usize) -> bool {
    let ins = &ci.instrs[pc];
    let fb = ci.feedback.get(pc).map(|c| c.get()).unwrap_or(0);
    ins.op == op::CALL_FUNCTION && ins.arg == 1 && matches!(fb, profile::K_LEN | profile::K_SQRT)
}

/// Finds LOAD_ATTR / CALL_FUNCTION pairs where the loaded attribute is
/// the called object and nothing in between touches its stack slot or
/// leaves the straight line: such method calls need no bound method.
fn method_calls(ci: &CodeInfo, targets: &[bool]) -> HashMap<usize, usize> {
    let mut out = HashMap::new();
    let n = ci.instrs.len();
    for (pc, ins) in ci.instrs.iter().enumerate() {
        if ins.op != op::LOAD_ATTR || ci.analysis.depth[pc] < 1 {
            continue;
        }
        let slot = ci.analysis.depth[pc] - 1; // the attribute's slot
        let mut q = pc + 1;
        while q < n && !targets[q] {
            let i = &ci.instrs[q];
            let d = ci.analysis.depth[q];
            if i.op == op::CALL_FUNCTION
                && (i.arg >> 8) & 0xff == 0
                && d - (i.arg & 0xff) as i32 - 1 == slot
            {
                // a call of a builtin the JIT does inline (`math.sqrt(x)`)
                // is no method call
                if !is_known_call(ci, q) {
                    out.insert(pc, q);
                }
                break;
            }
            // an instruction that pops the attribute's slot (another
            // LOAD_ATTR on it: `a.b.c()`) ends the search
            let pops = crate::bytecode::verify::effect(i.op, i.arg).map(|(p, _)| p as i32);
            if pops.is_none_or(|p| d - p <= slot) || is_control(i.op) {
                break;
            }
            q += 1;
        }
    }
    out
}

/// One attribute cache entry as it was when the code was translated:
/// compiled code checks and uses these values as constants (see
/// `attr_cache::AttrEntry` for the fields).
struct Way {
    ty: u64,
    version: u64,
    shape: u64,
    dictoffset: u64,
    kind: u64,
    index: u64,
    value: u64,
}

/// The translator's state for one function.
///
/// Reference ownership of stack values: a value LOAD_FAST pushes is
/// *borrowed* from its local (no reference taken) while that local still
/// holds it, and an object LOAD_CONST pushes is borrowed from the code's
/// constants; `borrowed` records this per slot. A borrowed value is owned
/// (its reference taken) before anything keeps it: a consumer that stores
/// it (`pop`), a call or exit that writes it to the frame (`spill`), a
/// STORE_FAST or DELETE_FAST of its local, and every edge into a block
/// (all values are owned at block starts). Consumers that only read a
/// value (`pop_ref`) skip both the reference and its release.
struct Tx<'a, 'b, M: Module> {
    b: FunctionBuilder<'b>,
    env: Env<'a, M>,
    ci: &'a CodeInfo,
    refs: HashMap<&'static str, FuncRef>,
    frame: ir::Value,
    fast: ir::Value,
    stack_mem: ir::Value,
    stack: Vec<Variable>,
    /// For each stack slot, the local its value is borrowed from
    /// (`FROM_CONSTS`: a constant; None: the slot owns a reference);
    /// meaningful below `depth`.
    borrowed: Vec<Option<usize>>,
    depth: usize,
    pc: usize,
    blocks: Vec<Option<Block>>,
    /// Exception exits, shared by instructions with the same live stack
    /// depth, block stack, pending methods and borrowed slots (the pc is
    /// a block argument).
    exc_exits: HashMap<ExitKey, (Block, usize)>,
    /// Method-call pairs (see `method_calls`).
    method_pairs: HashMap<usize, usize>,
    /// For each stack slot, the variable holding the receiver of a method
    /// loaded without binding (NULL when the slot holds an ordinary value).
    meth_self: Vec<Variable>,
    /// Slots holding a possibly unbound method, with the CALL pc that
    /// consumes them.
    open_methods: Vec<(usize, usize)>,
    /// Opcode that set up each handler (SETUP_FINALLY vs SETUP_WITH).
    handler_setup: HashMap<u32, u8>,
    terminated: bool,
    division_new: bool,
    stats: TxStats,
    /// `Plan::bound`.
    bound: Vec<Vec<bool>>,
    /// An instruction already translated with the one before it (a
    /// POP_JUMP_IF fused into its COMPARE_OP).
    skip: Option<usize>,
    /// Values known to be small ints, floats or exact lists in this
    /// region, with their unboxed form (see `speculate`).
    known: HashMap<ir::Value, speculate::Known>,
    /// Per local: the known value it holds in this region (its bits and
    /// unboxed form), if any (see `speculate`).
    local_known: Vec<Option<(ir::Value, speculate::Known)>>,
    /// Per local: its kind when known without a value at hand (at merges
    /// and loop heads, see `speculate`); LOAD_FAST unboxes it without a
    /// guard.
    local_kinds: Vec<Option<speculate::Kind>>,
    /// Loop heads whose back edges all keep facts: the facts, and the
    /// block the back edges enter (see `speculate`).
    assume: HashMap<usize, speculate::LoopFacts>,
    /// Set in a probe translation: records the facts at loop edges.
    probe: Option<&'a mut speculate::Probe>,
    /// Guard exits to fill after the body (see `speculate`).
    guard_exits: Vec<speculate::GuardExit>,
    /// Per jump target: the locals' kinds all edges noted so far into it
    /// know, and how many edges were noted (merge facts, `speculate`).
    edge_kinds: HashMap<usize, (Vec<Option<speculate::Kind>>, usize)>,
    /// Lengths and item arrays of lists that locals hold (see `views`).
    views: Vec<views::View>,
    /// Debug builds: the merges that started with merge facts.
    #[cfg(debug_assertions)]
    merge_facts_used: Vec<usize>,
}

/// Where a borrowed stack value comes from when it is not a local: the
/// code object's constants (never rebound).
const FROM_CONSTS: usize = usize::MAX;

/// The entries of the attribute cache of instruction `pc` of `ci` whose
/// kind `wanted` accepts, as they are now, in cache order.
fn cache_ways_at(ci: &CodeInfo, pc: usize, wanted: impl Fn(u64) -> bool) -> Vec<Way> {
    ci.attr_cache(pc)
        .entries
        .iter()
        .filter(|e| e.ty.get() != 0 && e.version.get() != 0 && wanted(e.kind.get()))
        .map(|e| Way {
            ty: e.ty.get(),
            version: e.version.get(),
            shape: e.shape.get(),
            dictoffset: e.dictoffset.get(),
            kind: e.kind.get(),
            index: e.index.get(),
            value: e.value.get(),
        })
        .collect()
}

/// Binary operations with an inline path for two small ints.
fn int_path(bop: BinOp) -> bool {
    matches!(
        bop,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Div
            | BinOp::TrueDiv
            | BinOp::And
            | BinOp::Or
            | BinOp::Xor
            | BinOp::Rshift
    )
}

/// Binary operations with an inline path for floats (and int/float
/// mixes).
fn float_path(bop: BinOp) -> bool {
    matches!(
        bop,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::TrueDiv
    )
}

/// The integer and float condition codes of order comparison `arg`
/// (COMPARE_OP 0 to 5).
fn compare_codes(arg: usize) -> (IntCC, FloatCC) {
    match arg {
        0 => (IntCC::SignedLessThan, FloatCC::LessThan),
        1 => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
        2 => (IntCC::Equal, FloatCC::Equal),
        3 => (IntCC::NotEqual, FloatCC::NotEqual),
        4 => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
        _ => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
    }
}

/// The `helpers::LENT_A`/`LENT_B` flags for borrowed first and second
/// operands.
fn lent_flags(a: bool, b: bool) -> i64 {
    use super::helpers::{LENT_A, LENT_B};
    (if a { LENT_A } else { 0 } | if b { LENT_B } else { 0 }) as i64
}

/// What an exception exit writes back: stack depth, block stack, slots
/// with pending methods, slots holding borrowed values.
type ExitKey = (usize, u32, Vec<usize>, Vec<bool>);

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Does control continue to the next instruction after `ins`?
fn falls_through(ins: &Instr) -> bool {
    !matches!(
        ins.op,
        op::JUMP_FORWARD
            | op::JUMP_ABSOLUTE
            | op::RETURN_VALUE
            | op::RAISE_VARARGS
            | op::BREAK_LOOP
            | op::CONTINUE_LOOP
            | op::END_FINALLY
            | op::YIELD_VALUE
    ) && !is_exit_op(ins.op)
}

/// Opcodes compiled as a hand-back to the interpreter.
fn is_exit_op(o: u8) -> bool {
    matches!(
        o,
        op::LOAD_LOCALS
            | op::BUILD_CLASS
            | op::EXEC_STMT
            | op::IMPORT_STAR
            | op::SETUP_WITH
            | op::WITH_CLEANUP
            | op::PRINT_EXPR
            | op::STOP_CODE
    )
}

fn plan(ci: &CodeInfo, prune_cold: bool) -> Plan {
    let n = ci.instrs.len();
    let mut resume = BTreeSet::new();
    resume.insert(0usize);
    for (i, ins) in ci.instrs.iter().enumerate() {
        let backward =
            matches!(ins.op, op::JUMP_ABSOLUTE | op::CONTINUE_LOOP) && (ins.target as usize) <= i;
        if backward
            && ci
                .analysis
                .depth
                .get(ins.target as usize)
                .is_some_and(|d| *d >= 0)
        {
            resume.insert(ins.target as usize);
        }
        // a generator resumes after each yield
        if ins.op == op::YIELD_VALUE && ci.analysis.depth.get(i + 1).is_some_and(|d| *d >= 0) {
            resume.insert(i + 1);
        }
    }
    let mut reachable = vec![false; n];
    let mut cold = vec![false; n];
    let mut needs_block = vec![false; n];
    let mut work: Vec<usize> = resume.iter().copied().collect();
    for &r in &resume {
        needs_block[r] = true;
    }
    while let Some(i) = work.pop() {
        if i >= n || reachable[i] || ci.analysis.depth[i] < 0 {
            continue;
        }
        reachable[i] = true;
        let ins = &ci.instrs[i];
        if prune_cold && profile::records_feedback(ins.op) && ci.feedback[i].get() == 0 {
            // compiled code stops here; nothing after it on this path
            cold[i] = true;
            continue;
        }
        let mut succ: Vec<usize> = Vec::new();
        if falls_through(ins) || ins.op == op::END_FINALLY {
            succ.push(i + 1);
        }
        if let Some(t) = branch_target(ci, i) {
            succ.push(t);
            needs_block[t] = true;
            // the instruction after a jump starts a block
            if is_jump(ins.op) && i + 1 < n {
                needs_block[i + 1] = true;
            }
        }
        // an exception in a try block enters its handler (`Tx::emit_exits`)
        if matches!(ins.op, op::SETUP_EXCEPT | op::SETUP_FINALLY) && (ins.target as usize) < n {
            succ.push(ins.target as usize);
            needs_block[ins.target as usize] = true;
        }
        work.extend(succ);
    }
    let mut targets = vec![false; n];
    for ins in &ci.instrs {
        if (is_jump(ins.op) || is_setup(ins.op)) && (ins.target as usize) < n {
            targets[ins.target as usize] = true;
        }
    }
    for &r in &resume {
        targets[r] = true;
    }
    let method_calls = method_calls(ci, &targets);
    let bound = bound_locals(ci);
    let loop_heads = resume
        .iter()
        .copied()
        .filter(|&h| {
            h > 0
                && reachable[h]
                && !ci.instrs.iter().enumerate().any(|(i, ins)| {
                    let into = branch_target(ci, i) == Some(h)
                        || (is_setup(ins.op) && ins.target as usize == h);
                    into && !(i >= h && ins.op == op::JUMP_ABSOLUTE)
                })
        })
        .collect();
    let mut forward_merges = targets.clone();
    for &r in &resume {
        forward_merges[r] = false;
    }
    for (i, ins) in ci.instrs.iter().enumerate() {
        if is_setup(ins.op) && (ins.target as usize) < n {
            forward_merges[ins.target as usize] = false;
        }
        if let Some(t) = branch_target(ci, i)
            && t <= i
            && t < n
        {
            forward_merges[t] = false;
        }
    }
    Plan {
        forward_merges,
        reachable,
        resume,
        needs_block,
        method_calls,
        bound,
        cold,
        merges: targets,
        loop_heads,
    }
}

fn static_blocks(ci: &CodeInfo, pc: usize) -> &[crate::bytecode::Block] {
    match ci.analysis.blocks_at.get(pc) {
        Some(&idx) if idx != u32::MAX => &ci.analysis.block_stacks[idx as usize],
        _ => &[],
    }
}

/// Translates `ci` into `func` (whose signature is set by the caller).
pub fn translate<M: Module>(
    ci: &CodeInfo,
    func: &mut ir::Function,
    fctx: &mut cranelift_frontend::FunctionBuilderContext,
    env: Env<'_, M>,
) -> Result<TxStats, String> {
    let plan = plan(ci, env.prune_cold);
    // which facts every back edge of a loop keeps: a probe translation
    // into a scratch function finds out (see `speculate`, loop facts)
    let assume = if env.prune_cold && !plan.loop_heads.is_empty() {
        let mut scratch =
            ir::Function::with_name_signature(func.name.clone(), func.signature.clone());
        let mut sctx = cranelift_frontend::FunctionBuilderContext::new();
        let probe_env = Env {
            module: &mut *env.module,
            helpers: env.helpers,
            count_sites: false,
            prune_cold: env.prune_cold,
        };
        let mut probe = speculate::Probe::default();
        run_tx(
            ci,
            &plan,
            &mut scratch,
            &mut sctx,
            probe_env,
            HashMap::new(),
            Some(&mut probe),
        )?;
        drop(scratch);
        // the scratch IR's pages go back now, not after the code
        // generation that makes the run's peak memory
        crate::jit::codegen::release_free_memory();
        probe.loop_facts(&plan.loop_heads, &plan.bound)
    } else {
        HashMap::new()
    };
    run_tx(ci, &plan, func, fctx, env, assume, None)
}

/// One translation of `ci` into `func` (see [`translate`]).
fn run_tx<'a, M: Module>(
    ci: &'a CodeInfo,
    plan: &Plan,
    func: &mut ir::Function,
    fctx: &mut cranelift_frontend::FunctionBuilderContext,
    env: Env<'a, M>,
    assume: HashMap<usize, speculate::LoopFacts>,
    probe: Option<&'a mut speculate::Probe>,
) -> Result<TxStats, String> {
    let mut b = FunctionBuilder::new(func, fctx);
    let mut handler_setup = HashMap::new();
    for ins in &ci.instrs {
        if is_setup(ins.op) {
            handler_setup.insert(ins.target, ins.op);
        }
    }
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let frame = b.block_params(entry)[0];
    let fast = b.ins().load(I64, flags(), frame, frame_off::FAST);
    let base = (ci.nlocals + ci.ncells + ci.nfrees) as i64 * 8;
    let stack_mem = b.ins().iadd_imm_s(fast, base);
    let mut tx = Tx {
        b,
        env,
        ci,
        refs: HashMap::new(),
        frame,
        fast,
        stack_mem,
        stack: Vec::new(),
        borrowed: Vec::new(),
        depth: 0,
        pc: 0,
        blocks: vec![None; ci.instrs.len()],
        exc_exits: HashMap::new(),
        method_pairs: plan.method_calls.clone(),
        meth_self: Vec::new(),
        open_methods: Vec::new(),
        handler_setup,
        terminated: false,
        division_new: ci.flags & co_flags::FUTURE_DIVISION != 0,
        stats: TxStats::default(),
        bound: plan.bound.clone(),
        skip: None,
        known: HashMap::new(),
        local_known: vec![None; ci.nlocals],
        local_kinds: vec![None; ci.nlocals],
        assume,
        probe,
        guard_exits: Vec::new(),
        edge_kinds: HashMap::new(),
        views: Vec::new(),
        #[cfg(debug_assertions)]
        merge_facts_used: Vec::new(),
    };
    tx.run(plan)?;
    let stats = tx.stats;
    tx.b.seal_all_blocks();
    #[cfg(debug_assertions)]
    tx.check_merge_edges();
    let cfg = tx.env.module.target_config();
    tx.b.finalize(cfg);
    Ok(stats)
}

impl<'a, 'b, M: Module> Tx<'a, 'b, M> {
    // ----- infrastructure -----

    fn run(&mut self, plan: &Plan) -> Result<(), String> {
        let max_depth = self.ci.analysis.max_depth as usize;
        for _ in 0..max_depth.max(1) {
            let v = self.b.declare_var(I64);
            self.stack.push(v);
            let m = self.b.declare_var(I64);
            self.meth_self.push(m);
            self.borrowed.push(None);
        }
        for (i, needed) in plan.needs_block.iter().enumerate() {
            if *needed && plan.reachable[i] {
                self.blocks[i] = Some(self.b.create_block());
            }
        }
        // dispatch on f.pc to a resume point
        let pc = self.b.ins().load(I32, flags(), self.frame, frame_off::PC);
        let no_entry = self.b.create_block();
        self.b.set_cold_block(no_entry);
        for &r in &plan.resume {
            if !plan.reachable[r] {
                continue;
            }
            let load = self.b.create_block();
            let next = self.b.create_block();
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, pc, r as i64);
            self.b.ins().brif(is, load, &[], next, &[]);
            self.b.switch_to_block(load);
            let depth = self.ci.analysis.depth[r] as usize;
            for i in 0..depth {
                let v = self
                    .b
                    .ins()
                    .load(I64, flags(), self.stack_mem, (i * 8) as i32);
                self.b.def_var(self.stack[i], v);
            }
            // the code from here on relies on these locals being bound
            // (at the start only arguments are, and they always are)
            if r != 0 {
                let checks: Vec<usize> = plan.bound[r]
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b)
                    .map(|(l, _)| l)
                    .collect();
                for l in checks {
                    let v = self.load_local(l);
                    let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, NULL_BITS as i64);
                    let ok = self.b.create_block();
                    self.b.ins().brif(unbound, no_entry, &[], ok, &[]);
                    self.b.switch_to_block(ok);
                }
            }
            let target = self.blocks[r].expect("resume points have blocks");
            self.b.ins().jump(target, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(no_entry, &[]);
        self.b.switch_to_block(no_entry);
        let status = self.b.ins().iconst(I64, ST_DEOPT as i64);
        let why = self.b.ins().iconst(I64, (DeoptReason::NoEntry as i64) << 8);
        self.b.ins().return_(&[status, why]);
        self.terminated = true;

        for i in 0..self.ci.instrs.len() {
            if !plan.reachable[i] {
                continue;
            }
            self.pc = i;
            self.depth = self.ci.analysis.depth[i] as usize;
            if self.skip == Some(i) {
                self.skip = None;
                self.stats.compiled_ops += 1;
                continue;
            }
            if let Some(blk) = self.blocks[i] {
                if !self.terminated {
                    self.note_loop_edge(i);
                    self.note_edge(i);
                    self.b.ins().jump(blk, &[]);
                }
                self.b.switch_to_block(blk);
                self.terminated = false;
                // every edge into a block carries owned values
                self.borrowed.iter_mut().for_each(|b| *b = None);
                // a block only the instruction before enters (the way on
                // after a conditional branch) keeps the facts
                if plan.loop_heads.contains(&i) {
                    self.enter_loop_head(i);
                } else if plan.merges[i] {
                    self.enter_merge(i, plan.forward_merges[i]);
                }
            } else if self.terminated {
                return Err(format!("instruction {i} reached without a block"));
            }
            let ins = self.ci.instrs[i];
            if let Some(keep) = self.branch_operands(&ins) {
                self.own_slots(self.depth - keep);
            }
            if plan.cold[i] {
                self.stats.exit_ops += 1;
                self.deopt(DeoptReason::Cold);
                continue;
            }
            self.emit(&ins)?;
            if !self.terminated && self.blocks.get(i + 1).is_some_and(|b| b.is_some()) {
                self.own_slots(self.depth);
            }
        }
        if !self.terminated {
            // falling off the end cannot happen for verified code
            self.deopt(DeoptReason::Unsupported);
        }
        // exits are emitted out of line: no view's definition dominates
        // their blocks
        self.views.clear();
        self.emit_exits();
        let first = self.b.func.dfg.num_blocks();
        self.emit_guard_exits();
        self.cold_since(first);
        Ok(())
    }

    /// Marks the blocks created since the function had `first` blocks as
    /// cold: code that leaves compiled code goes after the body, with every
    /// block it needs (increfs of the values it writes back, ...), so the
    /// body's hot paths fall through instead of jumping over it.
    fn cold_since(&mut self, first: usize) {
        for i in first..self.b.func.dfg.num_blocks() {
            self.b.set_cold_block(Block::new(i));
        }
    }

    fn helper(&mut self, name: &'static str) -> FuncRef {
        if let Some(r) = self.refs.get(name) {
            return *r;
        }
        let (id, _) = self
            .env
            .helpers
            .ids
            .get(name)
            .unwrap_or_else(|| panic!("helper {name} not declared"));
        let r = self.env.module.declare_func_in_func(*id, self.b.func);
        self.refs.insert(name, r);
        r
    }

    /// Calls a helper; returns its results. Helpers may resize lists:
    /// list views are loaded again after the call (see `views`).
    fn call(&mut self, name: &'static str, args: &[ir::Value]) -> Vec<ir::Value> {
        let f = self.helper(name);
        let inst = self.b.ins().call(f, args);
        let results = self.b.inst_results(inst).to_vec();
        self.reload_views();
        results
    }

    /// Calls a helper that may run Python code: records the instruction
    /// first (tracebacks and `f_lineno` of the caller read it).
    fn call_py(&mut self, name: &'static str, args: &[ir::Value]) -> Vec<ir::Value> {
        self.set_lasti();
        self.call(name, args)
    }

    fn set_lasti(&mut self) {
        let pc = self.b.ins().iconst(I32, self.pc as i64);
        self.b
            .ins()
            .store(flags(), pc, self.frame, frame_off::LASTI);
    }

    fn iconst(&mut self, v: u64) -> ir::Value {
        self.b.ins().iconst(I64, v as i64)
    }

    /// Pushes a value the slot owns a reference to.
    fn push(&mut self, v: ir::Value) {
        self.push_as(v, None);
    }

    /// Pushes `v`, borrowed from local `from` (or owned: None).
    fn push_as(&mut self, v: ir::Value, from: Option<usize>) {
        let var = self.stack[self.depth];
        self.b.def_var(var, v);
        self.borrowed[self.depth] = from;
        self.depth += 1;
    }

    /// Pops the top value as an owned reference (taking one for a
    /// borrowed value): for consumers that keep or release it.
    fn pop(&mut self) -> ir::Value {
        let (v, from) = self.pop_as();
        if let Some(from) = from {
            self.take_ref(v, from);
        }
        v
    }

    /// Takes a reference to `v`, borrowed from `from`.
    fn take_ref(&mut self, v: ir::Value, from: usize) {
        if from == FROM_CONSTS {
            // an object constant: no tag test
            let p = self.b.ins().band_imm_u(v, PTR_MASK as i64);
            self.incref_ptr(p);
        } else {
            self.incref(v);
        }
    }

    /// Pops the top value and whether it is borrowed: the caller releases
    /// it with `release` and must not keep it without taking a reference.
    fn pop_ref(&mut self) -> (ir::Value, bool) {
        let (v, from) = self.pop_as();
        (v, from.is_some())
    }

    /// Pops the top value with where it is borrowed from, for moving it
    /// to another slot unchanged.
    fn pop_as(&mut self) -> (ir::Value, Option<usize>) {
        self.depth -= 1;
        let v = self.b.use_var(self.stack[self.depth]);
        (v, self.borrowed[self.depth])
    }

    /// Releases a value `pop_ref` gave: nothing for a borrowed one.
    fn release(&mut self, v: ir::Value, borrowed: bool) {
        if !borrowed {
            self.decref(v);
        }
    }

    /// Takes references for the borrowed values in slots `0..to`, which
    /// the slots own from here on (on the current path).
    fn own_slots(&mut self, to: usize) {
        for i in 0..to {
            if let Some(from) = self.borrowed[i].take() {
                let v = self.b.use_var(self.stack[i]);
                self.take_ref(v, from);
            }
        }
    }

    /// Before local `l` is rebound or deleted: takes references for the
    /// stack values borrowed from it.
    fn own_local(&mut self, l: usize) {
        for i in 0..self.depth {
            if self.borrowed[i] == Some(l) {
                self.borrowed[i] = None;
                let v = self.b.use_var(self.stack[i]);
                self.incref(v);
            }
        }
    }

    /// For an instruction that transfers control to another block, how
    /// many of the top stack values it consumes first (the rest cross the
    /// edge and must be owned); None for the others.
    fn branch_operands(&self, ins: &Instr) -> Option<usize> {
        let next_is_branch = || {
            self.ci
                .instrs
                .get(self.pc + 1)
                .is_some_and(|n| matches!(n.op, op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE))
        };
        match ins.op {
            op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE => Some(1),
            // COMPARE_OP may branch itself (fused with a POP_JUMP_IF)
            op::COMPARE_OP if next_is_branch() => Some(2),
            o if is_jump(o) || is_setup(o) || matches!(o, op::BREAK_LOOP | op::POP_BLOCK) => {
                Some(0)
            }
            op::RETURN_VALUE if innermost_finally(self.ci, self.pc).is_some() => Some(0),
            _ => None,
        }
    }

    /// The value `n` slots from the top (1 = top), not popped.
    fn peek(&mut self, n: usize) -> ir::Value {
        self.b.use_var(self.stack[self.depth - n])
    }

    /// The cell in cell/free slot `i` (the slots always hold cells: the
    /// frame's set-up puts them there and no opcode rebinds them).
    fn deref_slot(&mut self, i: usize) -> ir::Value {
        self.b.ins().load(
            I64,
            flags(),
            self.fast,
            Self::local_addr(self.ci.nlocals + i),
        )
    }

    /// The address of the cell object in cell/free slot `i`.
    fn cell_address(&mut self, i: usize) -> ir::Value {
        let c = self.deref_slot(i);
        self.b.ins().band_imm_u(c, PTR_MASK as i64)
    }

    /// Byte offset of local (or cell) slot `i` from `fast`.
    /// The bits local `l` holds (its frame slot).
    fn load_local(&mut self, l: usize) -> ir::Value {
        self.b
            .ins()
            .load(I64, flags(), self.fast, Self::local_addr(l))
    }

    fn local_addr(i: usize) -> i32 {
        (i * 8) as i32
    }

    /// Stores stack values `from..to` to the frame's stack memory, each
    /// with a reference of its own (the frame's reader consumes them):
    /// borrowed ones get one here, on the current path only.
    fn spill(&mut self, from: usize, to: usize) {
        for i in from..to {
            let v = self.b.use_var(self.stack[i]);
            if let Some(from) = self.borrowed[i] {
                self.take_ref(v, from);
            }
            self.b
                .ins()
                .store(flags(), v, self.stack_mem, (i * 8) as i32);
        }
    }

    /// Writes the static block stack of the current instruction.
    fn write_blocks(&mut self) {
        let blocks = static_blocks(self.ci, self.pc).to_vec();
        let base_ptr = if blocks.is_empty() {
            None
        } else {
            Some(
                self.b
                    .ins()
                    .load(I64, flags(), self.frame, frame_off::BLOCKS),
            )
        };
        for (k, blk) in blocks.iter().enumerate() {
            let kind: i64 = match blk.kind {
                BlockKind::Loop => 0,
                BlockKind::Except => 1,
                BlockKind::Finally => {
                    if self.handler_setup.get(&blk.handler) == Some(&op::SETUP_WITH) {
                        3
                    } else {
                        2
                    }
                }
            };
            let base = k as i32 * frame_off::BLOCK_SIZE;
            let ptr = base_ptr.expect("blocks exist");
            for (off, val) in [
                (frame_off::BLOCK_KIND, kind),
                (frame_off::BLOCK_HANDLER, blk.handler as i64),
                (frame_off::BLOCK_LEVEL, blk.level as i64),
            ] {
                let c = self.b.ins().iconst(I32, val);
                self.b.ins().store(flags(), c, ptr, base + off);
            }
        }
        let n = self.b.ins().iconst(I32, blocks.len() as i64);
        self.b
            .ins()
            .store(flags(), n, self.frame, frame_off::NBLOCKS);
    }

    /// Writes the frame back (stack `0..depth`, sp, blocks).
    fn write_back(&mut self, depth: usize) {
        let open = self.open_slots(depth);
        self.write_back_open(depth, &open);
    }

    /// Writes the frame back, re-binding the methods in slots `open`.
    fn write_back_open(&mut self, depth: usize, open: &[usize]) {
        self.spill(0, depth);
        // a method loaded without binding becomes a bound method again
        for &slot in open {
            let recv = self.b.use_var(self.meth_self[slot]);
            let bind = self.b.create_block();
            let done = self.b.create_block();
            let unbound = self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, recv, NULL_BITS as i64);
            self.b.ins().brif(unbound, bind, &[], done, &[]);
            self.b.switch_to_block(bind);
            let func = self.b.use_var(self.stack[slot]);
            let m = self.call("jit_make_method", &[func, recv])[0];
            self.b
                .ins()
                .store(flags(), m, self.stack_mem, (slot * 8) as i32);
            self.b.ins().jump(done, &[]);
            self.b.seal_block(done);
            self.b.switch_to_block(done);
        }
        let sp = self.b.ins().iconst(I32, depth as i64);
        self.b.ins().store(flags(), sp, self.frame, frame_off::SP);
        self.write_blocks();
    }

    /// Ends the current block with a deopt exit at this instruction
    /// (nothing of it executed; the stack is as before it).
    fn deopt(&mut self, why: DeoptReason) {
        let depth = self.depth;
        self.write_back(depth);
        self.leave_at(why);
        self.terminated = true;
    }

    /// Returns to the interpreter at the current instruction (the frame
    /// already written back), giving `why` as the deopt reason.
    fn leave_at(&mut self, why: DeoptReason) {
        let pc = self.b.ins().iconst(I32, self.pc as i64);
        self.b.ins().store(flags(), pc, self.frame, frame_off::PC);
        let status = self.iconst(ST_DEOPT);
        let code = self.iconst(((why as u64) << 8) | self.ci.instrs[self.pc].op as u64);
        self.b.ins().return_(&[status, code]);
    }

    /// Stack slots below `depth` holding a method loaded unbound at the
    /// current instruction.
    fn open_slots(&self, depth: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .open_methods
            .iter()
            .filter(|(slot, call)| *slot < depth && self.pc < *call)
            .map(|(slot, _)| *slot)
            .collect();
        v.sort_unstable();
        v
    }

    /// The exception exit for this instruction with `depth` live values,
    /// and the argument to branch to it with (its pc). Exits are shared by
    /// instructions with the same depth, block stack and pending methods;
    /// their code is emitted after the body (`emit_exits`).
    fn exc_exit(&mut self, depth: usize) -> (Block, ir::Value) {
        let blocks = self
            .ci
            .analysis
            .blocks_at
            .get(self.pc)
            .copied()
            .unwrap_or(u32::MAX);
        let lent = self.borrowed[..depth].iter().map(|b| b.is_some()).collect();
        let key = (depth, blocks, self.open_slots(depth), lent);
        let blk = match self.exc_exits.get(&key) {
            Some((b, _)) => *b,
            None => {
                let blk = self.b.create_block();
                self.b.append_block_param(blk, I32);
                self.b.set_cold_block(blk);
                self.exc_exits.insert(key, (blk, self.pc));
                blk
            }
        };
        let pc = self.b.ins().iconst(I32, self.pc as i64);
        (blk, pc)
    }

    /// Emits the exception exits. Their stack values come from the
    /// branch sites (SSA construction looks them up there).
    fn emit_exits(&mut self) {
        let mut exits: Vec<(ExitKey, (Block, usize))> = self
            .exc_exits
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        exits.sort_by_key(|(_, (_, pc))| *pc);
        for ((depth, _, open, lent), (blk, rep)) in exits {
            self.pc = rep;
            self.b.switch_to_block(blk);
            for (i, l) in lent.iter().enumerate() {
                // (only whether a slot is borrowed matters to `spill`)
                self.borrowed[i] = l.then_some(0);
            }
            let pc = self.b.block_params(blk)[0];
            let first = self.b.func.dfg.num_blocks();
            self.write_back_open(depth, &open);
            self.b
                .ins()
                .store(flags(), pc, self.frame, frame_off::LASTI);
            let next = self.b.ins().iadd_imm_s(pc, 1);
            self.b.ins().store(flags(), next, self.frame, frame_off::PC);
            match self.compiled_handler() {
                // a handler compiled here may be the program's usual path
                // (a loop ended by an exception)
                Some((handler, level)) => self.enter_handler(handler, level),
                None => self.cold_since(first),
            }
            let status = self.iconst(ST_EXCEPTION);
            let zero = self.iconst(0);
            self.b.ins().return_(&[status, zero]);
        }
    }

    /// The handler an exception raised at the current instruction enters
    /// (the innermost `except` or `finally` block; loops are unwound) and
    /// its block's stack level, when that handler is compiled.
    fn compiled_handler(&self) -> Option<(usize, usize)> {
        let b = static_blocks(self.ci, self.pc)
            .iter()
            .rev()
            .find(|b| b.kind != BlockKind::Loop)?;
        let h = b.handler as usize;
        self.blocks.get(h).copied().flatten()?;
        Some((h, b.level as usize))
    }

    /// In an exception exit whose frame is written back: lets `jit_catch`
    /// unwind the frame into the handler at `handler` (traceback entry,
    /// `sys.exc_info()`, the exception's three values pushed at `level`)
    /// and continues there in compiled code with the frame's stack. Falls
    /// through (to the exit's return) when the helper found no handler.
    fn enter_handler(&mut self, handler: usize, level: usize) {
        let h = self.call("jit_catch", &[self.frame])[0];
        let go = self.b.create_block();
        let none = self.b.create_block();
        let is = self.b.ins().icmp_imm_s(IntCC::Equal, h, handler as i64);
        self.b.ins().brif(is, go, &[], none, &[]);
        self.b.switch_to_block(go);
        for i in 0..level + 3 {
            let v = self
                .b
                .ins()
                .load(I64, flags(), self.stack_mem, (i * 8) as i32);
            self.b.def_var(self.stack[i], v);
        }
        let target = self.blocks[handler].expect("compiled handlers have blocks");
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(none);
    }

    /// Continues only if `v` is not the error sentinel.
    fn check_value(&mut self, v: ir::Value, depth: usize) {
        let (exit, pc) = self.exc_exit(depth);
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, v, NULL_BITS as i64);
        let ok = self.b.create_block();
        self.b
            .ins()
            .brif(bad, exit, &[BlockArg::Value(pc)], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// Continues only if the status `s` is not negative.
    fn check_status(&mut self, s: ir::Value, depth: usize) {
        let (exit, pc) = self.exc_exit(depth);
        let bad = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, s, 0);
        let ok = self.b.create_block();
        self.b
            .ins()
            .brif(bad, exit, &[BlockArg::Value(pc)], ok, &[]);
        self.b.switch_to_block(ok);
    }

    fn is_ptr(&mut self, v: ir::Value) -> ir::Value {
        let tag = self.b.ins().ushr_imm_u(v, 48);
        self.b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, (PTR_TAG >> 48) as i64)
    }

    /// Is `v` known to be a small int or float (never reference counted)?
    fn known_immediate(&self, v: ir::Value) -> bool {
        self.known.get(&v).is_some_and(|k| k.is_immediate())
    }

    /// Goes on in a new block with the address and type of the object
    /// `v` when it is a pointer, else to `fail`.
    fn ptr_and_type(&mut self, v: ir::Value, fail: Block) -> (ir::Value, ir::Value) {
        let isp = self.is_ptr(v);
        let c = self.b.create_block();
        self.b.ins().brif(isp, c, &[], fail, &[]);
        self.b.switch_to_block(c);
        let p = self.b.ins().band_imm_u(v, PTR_MASK as i64);
        let t = self
            .b
            .ins()
            .load(I64, flags(), p, super::abi::obj_off::TYPE);
        (p, t)
    }

    fn incref(&mut self, v: ir::Value) {
        if self.known_immediate(v) {
            return;
        }
        let is = self.is_ptr(v);
        let inc = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is, inc, &[], done, &[]);
        self.b.switch_to_block(inc);
        let p = self.b.ins().band_imm_u(v, PTR_MASK as i64);
        self.incref_ptr(p);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    fn decref(&mut self, v: ir::Value) {
        if self.known_immediate(v) {
            return;
        }
        let is = self.is_ptr(v);
        let dec = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        let p = self.b.ins().band_imm_u(v, PTR_MASK as i64);
        self.decref_ptr(p);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// Takes a reference to an object known to be one (`p` is its
    /// address, the tag masked off): no tag test.
    fn incref_ptr(&mut self, p: ir::Value) {
        self.add_to_word(p, 1);
    }

    /// Adds `delta` to the 64-bit word at address `p` (a reference count
    /// or a statistics counter); returns the new value.
    fn add_to_word(&mut self, p: ir::Value, delta: i64) -> ir::Value {
        let n = self.b.ins().load(I64, flags(), p, 0);
        let n = self.b.ins().iadd_imm_s(n, delta);
        self.b.ins().store(flags(), n, p, 0);
        n
    }

    /// Releases a reference to an object already known to be one (`p`
    /// is its address, the tag masked off): no tag test.
    fn decref_ptr(&mut self, p: ir::Value) {
        let free = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(free);
        let rc = self.add_to_word(p, -1);
        self.b.ins().brif(rc, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.call("jit_dealloc", &[p]);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// Pops and releases stack values down to `level`.
    fn pop_to(&mut self, level: usize) {
        while self.depth > level {
            let (v, lent) = self.pop_ref();
            self.release(v, lent);
        }
    }

    fn jump_to(&mut self, target: usize) {
        let blk = self.blocks[target].expect("jump targets have blocks");
        self.note_edge(target);
        self.b.ins().jump(blk, &[]);
        self.terminated = true;
    }

    fn target_block(&self, target: usize) -> Block {
        self.blocks[target].expect("jump targets have blocks")
    }

    /// The block after a two-way branch (the next instruction's).
    fn next_block(&self) -> Block {
        self.blocks[self.pc + 1].expect("branch fall-through has a block")
    }

    /// Both small ints?
    fn both_ints(&mut self, a: ir::Value, b: ir::Value) -> ir::Value {
        let both = self.b.ins().band(a, b);
        self.b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, both, INT_BASE as i64)
    }

    fn is_int(&mut self, a: ir::Value) -> ir::Value {
        self.b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, a, INT_BASE as i64)
    }

    fn is_float(&mut self, a: ir::Value) -> ir::Value {
        self.b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, a, FLOAT_LIMIT as i64)
    }

    fn decode(&mut self, v: ir::Value) -> ir::Value {
        let s = self.b.ins().ishl_imm_u(v, 14);
        self.b.ins().sshr_imm_u(s, 14)
    }

    /// `i` fits a small int?
    fn fits(&mut self, i: ir::Value) -> ir::Value {
        let d = self.decode(i);
        self.b.ins().icmp(IntCC::Equal, d, i)
    }

    fn encode(&mut self, i: ir::Value) -> ir::Value {
        self.b.ins().bor_imm_u(i, INT_BASE as i64)
    }

    /// A number (small int or float) as f64, given it is one of the two.
    fn num_as_f64(&mut self, v: ir::Value) -> ir::Value {
        let isf = self.is_float(v);
        let asf = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        let d = self.decode(v);
        let conv = self.b.ins().fcvt_from_sint(F64, d);
        self.b.ins().select(isf, asf, conv)
    }

    /// Branches to a new block with both operands as f64 when they are
    /// numbers the feedback `fb` expects a float path for, and to `slow`
    /// otherwise; returns the operands (the builder is in the new block).
    /// Sites that only ever saw floats check for two floats; sites that
    /// mixed ints and floats (or never ran) accept any two numbers with at
    /// least one float (`require_float`) or any two numbers.
    fn float_operands(
        &mut self,
        a: ir::Value,
        b: ir::Value,
        require_float: bool,
        slow: Block,
        fb: u8,
    ) -> (ir::Value, ir::Value) {
        let af = self.is_float(a);
        let bf = self.is_float(b);
        let f_blk = self.b.create_block();
        if fb != 0 && fb & profile::K_INT == 0 {
            let go = self.b.ins().band(af, bf);
            self.b.ins().brif(go, f_blk, &[], slow, &[]);
            self.b.switch_to_block(f_blk);
            let x = self.b.ins().bitcast(F64, MemFlagsData::new(), a);
            let y = self.b.ins().bitcast(F64, MemFlagsData::new(), b);
            return (x, y);
        }
        let ai = self.is_int(a);
        let bi = self.is_int(b);
        let an = self.b.ins().bor(af, ai);
        let bn = self.b.ins().bor(bf, bi);
        let mut go = self.b.ins().band(an, bn);
        if require_float {
            let anyf = self.b.ins().bor(af, bf);
            go = self.b.ins().band(go, anyf);
        }
        self.b.ins().brif(go, f_blk, &[], slow, &[]);
        self.b.switch_to_block(f_blk);
        let x = self.num_as_f64(a);
        let y = self.num_as_f64(b);
        (x, y)
    }

    fn feedback(&self) -> u8 {
        self.ci.feedback.get(self.pc).map(|c| c.get()).unwrap_or(0)
    }

    fn bool_value(&mut self, c: ir::Value) -> ir::Value {
        let t = self.iconst(TRUE_BITS);
        let f = self.iconst(FALSE_BITS);
        self.b.ins().select(c, t, f)
    }

    // ----- opcodes -----

    fn emit(&mut self, ins: &Instr) -> Result<(), String> {
        let arg = ins.arg as usize;
        if is_exit_op(ins.op) {
            self.stats.exit_ops += 1;
            self.deopt(DeoptReason::Unsupported);
            return Ok(());
        }
        self.stats.compiled_ops += 1;
        match ins.op {
            op::NOP | op::SETUP_LOOP | op::SETUP_EXCEPT | op::SETUP_FINALLY => {}
            op::LOAD_FAST => {
                if let Some((bits, _)) = self.local_known[arg] {
                    self.push_as(bits, Some(arg));
                    return Ok(());
                }
                if let Some(kind) = self.local_kinds[arg] {
                    let v = self.load_local(arg);
                    self.know_local(arg, v, kind);
                    self.push_as(v, Some(arg));
                    return Ok(());
                }
                let v = self.load_local(arg);
                let known = self.bound.get(self.pc).and_then(|b| b.get(arg));
                if known != Some(&true) {
                    self.check_bound(v, arg);
                }
                self.push_as(v, Some(arg));
            }
            op::STORE_FAST => {
                let v = self.pop();
                self.own_local(arg);
                self.drop_view(arg);
                // a known number is an immediate: no release
                let known = self
                    .local_kind(arg)
                    .is_some_and(speculate::Kind::is_immediate);
                let old = (!known).then(|| self.load_local(arg));
                self.b
                    .ins()
                    .store(flags(), v, self.fast, Self::local_addr(arg));
                if let Some(old) = old {
                    self.decref(old);
                }
                self.local_known[arg] = self.known.get(&v).map(|n| (v, *n));
                self.local_kinds[arg] = None;
            }
            op::DELETE_FAST => {
                self.own_local(arg);
                self.drop_view(arg);
                self.local_known[arg] = None;
                self.local_kinds[arg] = None;
                let v = self.load_local(arg);
                self.check_bound(v, arg);
                let null = self.iconst(NULL_BITS);
                self.b
                    .ins()
                    .store(flags(), null, self.fast, Self::local_addr(arg));
                self.decref(v);
            }
            op::LOAD_CONST => {
                let c = self.ci.consts[arg].bits();
                let v = self.iconst(c);
                if c >> 48 == PTR_TAG >> 48 {
                    // the code object, which outlives the frame, keeps
                    // the constant alive: borrowed from it
                    self.push_as(v, Some(FROM_CONSTS));
                } else {
                    self.push(v);
                    self.know_const(v, &self.ci.consts[arg]);
                }
            }
            op::POP_TOP => {
                let (v, lent) = self.pop_ref();
                self.release(v, lent);
            }
            op::ROT_TWO | op::ROT_THREE | op::ROT_FOUR => {
                // the top value moves under the next n - 1, which move up
                // (each keeps its borrowed or owned state)
                let n = match ins.op {
                    op::ROT_TWO => 2,
                    op::ROT_THREE => 3,
                    _ => 4,
                };
                let vals: Vec<_> = (0..n).map(|_| self.pop_as()).collect();
                self.push_as(vals[0].0, vals[0].1);
                for &(v, from) in vals[1..].iter().rev() {
                    self.push_as(v, from);
                }
            }
            op::DUP_TOP | op::DUP_TOPX => {
                let n = if ins.op == op::DUP_TOP { 1 } else { arg };
                for _ in 0..n {
                    // a copy of a borrowed value is borrowed too
                    let from = self.borrowed[self.depth - n];
                    let v = self.peek(n);
                    if from.is_none() {
                        self.incref(v);
                    }
                    self.push_as(v, from);
                }
            }
            op::UNARY_NOT => {
                let (v, lent) = self.pop_ref();
                let t = self.truth(v, !lent);
                let f = self.iconst(FALSE_BITS);
                let tr = self.iconst(TRUE_BITS);
                let r = self.b.ins().select(t, f, tr);
                self.push(r);
            }
            op::UNARY_POSITIVE | op::UNARY_NEGATIVE | op::UNARY_INVERT | op::UNARY_CONVERT => {
                self.unary(ins.op)
            }
            o if crate::interp::eval::binop_for(o, false).is_some() => self.binary(o),
            op::COMPARE_OP => self.compare(arg)?,
            op::JUMP_ABSOLUTE if (ins.target as usize) <= self.pc => {
                self.back_edge(ins.target as usize)
            }
            op::JUMP_FORWARD | op::JUMP_ABSOLUTE => self.jump_to(ins.target as usize),
            op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE => {
                let (v, lent) = self.pop_ref();
                let t = self.truth(v, !lent);
                let target = self.target_block(ins.target as usize);
                let next = self.next_block();
                self.note_edge(ins.target as usize);
                self.note_edge(self.pc + 1);
                if ins.op == op::POP_JUMP_IF_TRUE {
                    self.b.ins().brif(t, target, &[], next, &[]);
                } else {
                    self.b.ins().brif(t, next, &[], target, &[]);
                }
                self.terminated = true;
            }
            op::JUMP_IF_FALSE_OR_POP | op::JUMP_IF_TRUE_OR_POP => {
                let v = self.peek(1);
                let t = self.truth(v, false);
                let target = self.target_block(ins.target as usize);
                let pop_blk = self.b.create_block();
                self.note_edge(ins.target as usize);
                if ins.op == op::JUMP_IF_TRUE_OR_POP {
                    self.b.ins().brif(t, target, &[], pop_blk, &[]);
                } else {
                    self.b.ins().brif(t, pop_blk, &[], target, &[]);
                }
                self.b.switch_to_block(pop_blk);
                let v = self.pop();
                self.decref(v);
                let next = self.next_block();
                self.note_edge(self.pc + 1);
                self.b.ins().jump(next, &[]);
                self.terminated = true;
            }
            op::GET_ITER => {
                let v = self.pop();
                let r = self.call_py("jit_get_iter", &[v])[0];
                self.check_value(r, self.depth);
                self.push(r);
            }
            op::FOR_ITER => self.for_iter(ins.target as usize),
            op::POP_BLOCK => {
                let blocks = static_blocks(self.ci, self.pc).to_vec();
                let top = *blocks.last().ok_or("POP_BLOCK without a block")?;
                self.pop_to(top.level as usize);
                if top.kind == BlockKind::Finally {
                    let n = self.iconst(NULL_BITS);
                    self.push(n);
                    self.push(n);
                }
            }
            op::BREAK_LOOP => {
                let blocks = static_blocks(self.ci, self.pc).to_vec();
                let mut plan = Vec::new();
                let mut target = None;
                for blk in blocks.iter().rev() {
                    match blk.kind {
                        BlockKind::Except => plan.push(blk.level as usize),
                        BlockKind::Loop => {
                            plan.push(blk.level as usize);
                            target = Some(blk.handler as usize);
                            break;
                        }
                        BlockKind::Finally => break,
                    }
                }
                match target {
                    Some(t) => {
                        for level in plan {
                            self.pop_to(level);
                        }
                        self.jump_to(t);
                    }
                    None => {
                        self.stats.compiled_ops -= 1;
                        self.stats.exit_ops += 1;
                        self.deopt(DeoptReason::Unsupported);
                    }
                }
            }
            op::CONTINUE_LOOP => {
                let blocks = static_blocks(self.ci, self.pc).to_vec();
                let mut ok = false;
                for blk in blocks.iter().rev() {
                    match blk.kind {
                        BlockKind::Except => continue,
                        BlockKind::Loop => {
                            ok = true;
                            break;
                        }
                        BlockKind::Finally => break,
                    }
                }
                if ok {
                    let want = self.ci.analysis.depth[ins.target as usize] as usize;
                    self.pop_to(want);
                    self.jump_to(ins.target as usize);
                } else {
                    self.stats.compiled_ops -= 1;
                    self.stats.exit_ops += 1;
                    self.deopt(DeoptReason::Unsupported);
                }
            }
            op::YIELD_VALUE => {
                let v = self.pop();
                let depth = self.depth;
                self.write_back(depth);
                let next = self.b.ins().iconst(I32, self.pc as i64 + 1);
                self.b.ins().store(flags(), next, self.frame, frame_off::PC);
                let lasti = self.b.ins().iconst(I32, self.pc as i64);
                self.b
                    .ins()
                    .store(flags(), lasti, self.frame, frame_off::LASTI);
                let status = self.iconst(ST_YIELD);
                self.b.ins().return_(&[status, v]);
                self.terminated = true;
            }
            op::RETURN_VALUE => {
                let v = self.pop();
                match innermost_finally(self.ci, self.pc) {
                    // the handler runs first, entered as the interpreter's
                    // unwinding enters it: [NULL, value, WHY_RETURN] on top
                    // of its block's level; its END_FINALLY returns
                    Some(fin) => {
                        self.pop_to(fin.level as usize);
                        let null = self.iconst(NULL_BITS);
                        self.push(null);
                        self.push(v);
                        let why = self.iconst(Value::small_int(Why::Return as i64).bits());
                        self.push(why);
                        self.jump_to(fin.handler as usize);
                    }
                    None => self.return_value(v),
                }
            }
            op::RAISE_VARARGS if arg <= 3 => self.raise(arg),
            op::END_FINALLY => self.end_finally(),
            op::LOAD_GLOBAL => self.load_global(arg),
            op::LOAD_NAME => self.name_op("jit_load_name", arg, true),
            op::STORE_GLOBAL | op::STORE_NAME => {
                let v = self.pop();
                let name = self.iconst(self.ci.names[arg].bits());
                let h = if ins.op == op::STORE_GLOBAL {
                    "jit_store_global"
                } else {
                    "jit_store_name"
                };
                let s = self.call_py(h, &[self.frame, name, v])[0];
                self.check_status(s, self.depth);
            }
            op::DELETE_GLOBAL | op::DELETE_NAME => {
                let name = self.iconst(self.ci.names[arg].bits());
                let h = if ins.op == op::DELETE_GLOBAL {
                    "jit_delete_global"
                } else {
                    "jit_delete_name"
                };
                let s = self.call_py(h, &[self.frame, name])[0];
                self.check_status(s, self.depth);
            }
            op::LOAD_ATTR => match self.method_pairs.get(&self.pc).copied() {
                Some(call) => self.load_method(arg, call),
                None => self.load_attr(arg),
            },
            op::STORE_ATTR => self.store_attr(arg),
            op::DELETE_ATTR => {
                let o = self.pop();
                let name = self.iconst(self.ci.names[arg].bits());
                let s = self.call_py("jit_delete_attr", &[o, name])[0];
                self.check_status(s, self.depth);
            }
            op::BINARY_SUBSCR => self.subscr(false),
            op::STORE_SUBSCR => self.subscr(true),
            op::DELETE_SUBSCR => {
                let k = self.pop();
                let o = self.pop();
                let s = self.call_py("jit_delitem", &[o, k])[0];
                self.check_status(s, self.depth);
            }
            op::SLICE_0 | op::SLICE_1 | op::SLICE_2 | op::SLICE_3 => {
                let k = ins.op - op::SLICE_0;
                let null = self.iconst(NULL_BITS);
                let w = if k & 2 != 0 { self.pop() } else { null };
                let v = if k & 1 != 0 { self.pop() } else { null };
                let u = self.pop();
                let r = self.call_py("jit_slice", &[u, v, w])[0];
                self.check_value(r, self.depth);
                self.push(r);
            }
            op::STORE_SLICE_0
            | op::STORE_SLICE_1
            | op::STORE_SLICE_2
            | op::STORE_SLICE_3
            | op::DELETE_SLICE_0
            | op::DELETE_SLICE_1
            | op::DELETE_SLICE_2
            | op::DELETE_SLICE_3 => {
                let store = ins.op < op::DELETE_SLICE_0;
                let k = if store {
                    ins.op - op::STORE_SLICE_0
                } else {
                    ins.op - op::DELETE_SLICE_0
                };
                let null = self.iconst(NULL_BITS);
                let w = if k & 2 != 0 { self.pop() } else { null };
                let v = if k & 1 != 0 { self.pop() } else { null };
                let u = self.pop();
                let x = if store { self.pop() } else { null };
                let s = self.call_py("jit_assign_slice", &[u, v, w, x])[0];
                self.check_status(s, self.depth);
            }
            op::BUILD_SLICE => {
                let w = if arg == 3 {
                    self.pop()
                } else {
                    self.iconst(NONE_BITS)
                };
                let v = self.pop();
                let u = self.pop();
                let r = self.call("jit_build_slice", &[u, v, w])[0];
                self.push(r);
            }
            op::BUILD_TUPLE | op::BUILD_LIST | op::BUILD_SET => {
                let from = self.depth - arg;
                self.spill(from, self.depth);
                self.depth = from;
                let p = self.b.ins().iadd_imm_s(self.stack_mem, (from * 8) as i64);
                let n = self.iconst(arg as u64);
                let h = match ins.op {
                    op::BUILD_TUPLE => "jit_build_tuple",
                    op::BUILD_LIST => "jit_build_list",
                    _ => "jit_build_set",
                };
                let r = if ins.op == op::BUILD_SET {
                    self.call_py(h, &[p, n])[0]
                } else {
                    self.call(h, &[p, n])[0]
                };
                if ins.op == op::BUILD_SET {
                    self.check_value(r, self.depth);
                }
                self.push(r);
            }
            op::BUILD_MAP => {
                let n = self.iconst(arg as u64);
                let r = self.call("jit_build_map", &[n])[0];
                self.push(r);
            }
            op::STORE_MAP => {
                let k = self.pop();
                let v = self.pop();
                let d = self.peek(1);
                let s = self.call_py("jit_dict_set", &[d, k, v])[0];
                self.check_status(s, self.depth);
            }
            op::MAP_ADD => {
                let k = self.pop();
                let v = self.pop();
                let d = self.peek(arg);
                let s = self.call_py("jit_dict_set", &[d, k, v])[0];
                self.check_status(s, self.depth);
            }
            op::LIST_APPEND | op::SET_ADD => {
                let v = self.pop();
                let c = self.peek(arg);
                let h = if ins.op == op::LIST_APPEND {
                    "jit_list_append"
                } else {
                    "jit_set_add"
                };
                let s = self.call_py(h, &[c, v])[0];
                self.check_status(s, self.depth);
            }
            op::UNPACK_SEQUENCE => self.unpack(arg),
            op::CALL_FUNCTION if self.open_methods.iter().any(|(_, c)| *c == self.pc) => {
                match self.inline_candidate(arg, true) {
                    Some((code, callee)) => self.inline_method_call(arg, code, callee),
                    None => {
                        let r = self.call_method(arg);
                        self.push(r);
                    }
                }
            }
            op::CALL_FUNCTION => self.call_function(arg),
            op::CALL_FUNCTION_VAR | op::CALL_FUNCTION_KW | op::CALL_FUNCTION_VAR_KW => {
                let r = self.generic_call(ins.op, arg);
                self.push(r);
            }
            op::MAKE_FUNCTION | op::MAKE_CLOSURE => {
                let closure = (ins.op == op::MAKE_CLOSURE) as usize;
                let n = arg + closure + 1;
                let from = self.depth - n;
                self.spill(from, self.depth);
                self.depth = from;
                let p = self.b.ins().iadd_imm_s(self.stack_mem, (from * 8) as i64);
                let nd = self.iconst(arg as u64);
                let c = self.b.ins().iconst(I32, closure as i64);
                let r = self.call("jit_make_function", &[self.frame, p, nd, c])[0];
                self.check_value(r, self.depth);
                self.push(r);
            }
            op::LOAD_CLOSURE => {
                let v = self.deref_slot(arg);
                self.incref(v);
                self.push(v);
            }
            op::LOAD_DEREF => {
                // the cell's contents; an empty cell raises in the helper
                let cell = self.cell_address(arg);
                let v = self
                    .b
                    .ins()
                    .load(I64, flags(), cell, super::abi::obj_off::CELL_VALUE);
                let empty = self.b.create_block();
                let full = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                self.b.set_cold_block(empty);
                let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, v, NULL_BITS as i64);
                self.b.ins().brif(is_null, empty, &[], full, &[]);
                self.b.switch_to_block(empty);
                let i = self.iconst(arg as u64);
                let r = self.call("jit_load_deref", &[self.frame, i])[0];
                self.check_value(r, self.depth);
                self.b.ins().jump(done, &[BlockArg::Value(r)]);
                self.b.switch_to_block(full);
                self.incref(v);
                self.b.ins().jump(done, &[BlockArg::Value(v)]);
                self.b.seal_block(done);
                self.b.switch_to_block(done);
                let r = self.b.block_params(done)[0];
                self.push(r);
            }
            op::STORE_DEREF => {
                let v = self.pop();
                let cell = self.cell_address(arg);
                let old = self
                    .b
                    .ins()
                    .load(I64, flags(), cell, super::abi::obj_off::CELL_VALUE);
                self.b
                    .ins()
                    .store(flags(), v, cell, super::abi::obj_off::CELL_VALUE);
                // (NULL, an empty cell's contents, is not a pointer)
                self.decref(old);
            }
            op::PRINT_ITEM | op::PRINT_ITEM_TO => {
                let stream = if ins.op == op::PRINT_ITEM_TO {
                    self.pop()
                } else {
                    self.iconst(NULL_BITS)
                };
                let v = self.pop();
                let s = self.call_py("jit_print_item", &[stream, v])[0];
                self.check_status(s, self.depth);
            }
            op::PRINT_NEWLINE | op::PRINT_NEWLINE_TO => {
                let stream = if ins.op == op::PRINT_NEWLINE_TO {
                    self.pop()
                } else {
                    self.iconst(NULL_BITS)
                };
                let s = self.call_py("jit_print_newline", &[stream])[0];
                self.check_status(s, self.depth);
            }
            op::IMPORT_NAME => {
                let fromlist = self.pop();
                let level = self.pop();
                let name = self.iconst(self.ci.names[arg].bits());
                let r = self.call_py("jit_import_name", &[self.frame, name, fromlist, level])[0];
                self.check_value(r, self.depth);
                self.push(r);
            }
            op::IMPORT_FROM => {
                let m = self.peek(1);
                let name = self.iconst(self.ci.names[arg].bits());
                let r = self.call_py("jit_import_from", &[m, name])[0];
                self.check_value(r, self.depth);
                self.push(r);
            }
            _ => {
                self.stats.compiled_ops -= 1;
                self.stats.exit_ops += 1;
                self.deopt(DeoptReason::Unsupported);
            }
        }
        Ok(())
    }

    /// RAISE_VARARGS with `n` (0 to 3) arguments: the helper makes the
    /// exception pending (a re-raise for a bare `raise` and one with a
    /// traceback) and compiled code takes the exception exit.
    fn raise(&mut self, n: usize) {
        let mut args = [self.iconst(NONE_BITS); 3];
        for k in (0..n).rev() {
            args[k] = self.pop();
        }
        let n = self.b.ins().iconst(I32, n as i64);
        self.call_py("jit_raise", &[args[0], args[1], args[2], n]);
        self.raise_pending();
    }

    /// Ends the current block at this instruction's exception exit, after
    /// a helper made an exception pending.
    fn raise_pending(&mut self) {
        let (exit, pc) = self.exc_exit(self.depth);
        self.b.ins().jump(exit, &[BlockArg::Value(pc)]);
        self.terminated = true;
    }

    /// Leaves the function returning `v` (owned): releases the stack and
    /// empties the frame's stack and block stack.
    fn return_value(&mut self, v: ir::Value) {
        self.pop_to(0);
        let zero = self.b.ins().iconst(I32, 0);
        self.b.ins().store(flags(), zero, self.frame, frame_off::SP);
        self.b
            .ins()
            .store(flags(), zero, self.frame, frame_off::NBLOCKS);
        let status = self.iconst(ST_RETURN);
        self.b.ins().return_(&[status, v]);
        self.terminated = true;
    }

    /// END_FINALLY, the top three values as a handler is entered
    /// (`[x, y, t]`): `t` None (the body ended normally) continues after
    /// it; an exception type (the handler did not catch it) is re-raised
    /// and unwinds further, in compiled code where a handler is compiled;
    /// WHY_RETURN (a return went through a `finally`) returns `y` when no
    /// other `finally` block encloses this one. The other whys (break,
    /// continue, a return through nested `finally` blocks) leave to the
    /// interpreter here.
    fn end_finally(&mut self) {
        let depth = self.depth;
        let t = self.peek(1);
        let normal = self.b.create_block();
        let not_normal = self.b.create_block();
        let why_block = self.b.create_block();
        let raise = self.b.create_block();
        let other = self.b.create_block();
        self.b.set_cold_block(other);
        let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, t, NONE_BITS as i64);
        self.b.ins().brif(is_none, normal, &[], not_normal, &[]);
        self.b.switch_to_block(not_normal);
        let is_int = self.is_int(t);
        self.b.ins().brif(is_int, why_block, &[], raise, &[]);

        self.b.switch_to_block(why_block);
        if innermost_finally(self.ci, self.pc).is_none() {
            let ret = self.b.create_block();
            let why_return = Value::small_int(Why::Return as i64).bits();
            let is_ret = self.b.ins().icmp_imm_s(IntCC::Equal, t, why_return as i64);
            self.b.ins().brif(is_ret, ret, &[], other, &[]);
            self.b.switch_to_block(ret);
            self.depth = depth;
            self.pop(); // WHY_RETURN: an int
            let v = self.pop();
            self.return_value(v);
        } else {
            self.b.ins().jump(other, &[]);
        }

        self.b.switch_to_block(other);
        self.terminated = false;
        self.depth = depth;
        self.deopt(DeoptReason::Unsupported);

        self.b.switch_to_block(raise);
        self.terminated = false;
        self.depth = depth;
        let t = self.pop();
        let y = self.pop();
        let x = self.pop();
        self.call_py("jit_end_finally_raise", &[t, y, x]);
        self.raise_pending();

        self.b.switch_to_block(normal);
        self.terminated = false;
        self.depth = depth;
        self.pop_to(depth - 3);
    }

    /// A call through the generic helpers: spills the callee and its
    /// arguments, pops them and returns the (checked) result.
    fn generic_call(&mut self, op: u8, arg: usize) -> ir::Value {
        let na = arg & 0xff;
        let nk = (arg >> 8) & 0xff;
        let extra = match op {
            op::CALL_FUNCTION => 0,
            op::CALL_FUNCTION_VAR_KW => 2,
            _ => 1,
        };
        let n = 1 + na + 2 * nk + extra;
        let from = self.depth - n;
        self.spill(from, self.depth);
        self.depth = from;
        let p = self.b.ins().iadd_imm_s(self.stack_mem, (from * 8) as i64);
        let a = self.b.ins().iconst(I32, arg as i64);
        let r = if op == op::CALL_FUNCTION {
            self.call_py("jit_call", &[p, a])[0]
        } else {
            let o = self.b.ins().iconst(I32, op as i64);
            self.call_py("jit_call_ext", &[p, a, o])[0]
        };
        self.check_value(r, self.depth);
        r
    }

    /// A one-argument call at a site where the interpreter only saw one
    /// known builtin (`callee_bits`): when the callee is that object, the
    /// call is done inline (`known`); any other callee, or an argument the
    /// inline code does not take, goes through the generic call.
    fn known_call(&mut self, callee_bits: u64, known: u8) {
        if known == profile::K_SQRT && self.speculative_sqrt(callee_bits) {
            return;
        }
        let from = self.depth - 2;
        let callee = self.peek(2);
        let fast = self.b.create_block();
        let generic = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let same = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, callee, callee_bits as i64);
        self.b.ins().brif(same, fast, &[], generic, &[]);

        self.b.switch_to_block(generic);
        self.b.set_cold_block(generic);
        self.count_site(super::stats::SITE_KNOWN_CALL, true);
        let r = self.generic_call(op::CALL_FUNCTION, 1);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);

        self.b.switch_to_block(fast);
        self.depth = from + 2;
        let r = if known == profile::K_LEN {
            self.count_site(super::stats::SITE_KNOWN_CALL, false);
            self.inline_len(from)
        } else {
            self.inline_sqrt(generic)
        };
        self.b.ins().jump(join, &[BlockArg::Value(r)]);

        self.b.switch_to_block(join);
        self.depth = from;
        let r = self.b.block_params(join)[0];
        self.push(r);
    }

    /// A CALL_FUNCTION not of a method loaded unbound: a leaf's body
    /// inline, `for x in range(...)` without the list, a known builtin
    /// inline, or the generic call.
    fn call_function(&mut self, arg: usize) {
        if let Some((code, callee)) = self.inline_candidate(arg, false) {
            self.inline_call(arg, code, callee)
        } else if self.is_range_loop(arg) {
            self.range_loop(arg)
        } else if is_known_call(self.ci, self.pc) {
            let known = self.feedback();
            let bits = profile::known_callee(known).expect("a known callee's feedback");
            self.known_call(bits, known)
        } else {
            let r = self.generic_call(op::CALL_FUNCTION, arg);
            self.push(r);
        }
    }

    /// Is the CALL_FUNCTION at `self.pc` (argument `arg`) a call of the
    /// builtin `range` (the only callee the interpreter saw there) whose
    /// result goes straight to the GET_ITER after it (`for x in
    /// range(...)`)?
    fn is_range_loop(&self, arg: usize) -> bool {
        let na = arg & 0xff;
        arg >> 8 == 0
            && (1..=3).contains(&na)
            && self.feedback() == profile::K_RANGE
            && self
                .ci
                .instrs
                .get(self.pc + 1)
                .is_some_and(|n| n.op == op::GET_ITER)
            && self.blocks.get(self.pc + 1).is_some_and(|b| b.is_none())
    }

    /// `iter(range(...))` for [`Self::is_range_loop`] sites: when the
    /// callee is the builtin `range` and the arguments are small ints, an
    /// iterator over the same values without the list; otherwise the call
    /// and the GET_ITER as usual. Translates both instructions.
    fn range_loop(&mut self, arg: usize) {
        let na = arg & 0xff;
        let from = self.depth - na - 1;
        let range_bits = profile::known_callee(profile::K_RANGE).expect("checked");
        let callee = self.peek(na + 1);
        let mut ok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, callee, range_bits as i64);
        let mut args = Vec::new();
        for i in 0..na {
            let a = self.peek(na - i);
            let is = self.is_int(a);
            ok = self.b.ins().band(ok, is);
            args.push(a);
        }
        let fast = self.b.create_block();
        let generic = self.b.create_block();
        self.b.set_cold_block(generic);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.ins().brif(ok, fast, &[], generic, &[]);

        self.b.switch_to_block(generic);
        let r = self.generic_call(op::CALL_FUNCTION, arg);
        let it = self.call_py("jit_get_iter", &[r])[0];
        self.check_value(it, self.depth);
        self.b.ins().jump(join, &[BlockArg::Value(it)]);

        self.b.switch_to_block(fast);
        self.depth = from + na + 1;
        // the callable (range, never freed) and the ints need no release
        // beyond what `release` does for them
        for _ in 0..na + 1 {
            let (v, lent) = self.pop_ref();
            self.release(v, lent);
        }
        let mut raw: Vec<ir::Value> = args.iter().map(|a| self.decode(*a)).collect();
        while raw.len() < 3 {
            raw.push(self.iconst(0));
        }
        let n = self.b.ins().iconst(I32, na as i64);
        let it = self.call_py("jit_range_iter", &[n, raw[0], raw[1], raw[2]])[0];
        self.check_value(it, self.depth);
        self.b.ins().jump(join, &[BlockArg::Value(it)]);

        self.b.switch_to_block(join);
        self.depth = from;
        let it = self.b.block_params(join)[0];
        self.push(it);
        self.skip = Some(self.pc + 1);
    }

    /// `len(x)` with `len` and `x` on the stack: exact lists and tuples
    /// give their length inline, anything else goes to `jit_len` (no
    /// argument tuple, no generic call). Pops both; returns the result.
    fn inline_len(&mut self, from: usize) -> ir::Value {
        let types = &py2jit_runtime::rt::rt().types;
        let (tuple_t, list_t) = (types.tuple as i64, types.list as i64);
        let (_, t_len) = py2jit_runtime::tuple::box_layout();
        let (_, l_len) = py2jit_runtime::list::vec_layout();
        let (x, x_lent) = self.pop_ref();
        let (f, f_lent) = self.pop_ref();
        let c2 = self.b.create_block();
        let lst = self.b.create_block();
        let tup = self.b.create_block();
        let helper = self.b.create_block();
        let have = self.b.create_block();
        self.b.append_block_param(have, I64);
        let fin = self.b.create_block();
        self.b.append_block_param(fin, I64);
        let (p, t) = self.ptr_and_type(x, helper);
        let is_l = self.b.ins().icmp_imm_s(IntCC::Equal, t, list_t);
        self.b.ins().brif(is_l, lst, &[], c2, &[]);
        self.b.switch_to_block(c2);
        let is_t = self.b.ins().icmp_imm_s(IntCC::Equal, t, tuple_t);
        self.b.ins().brif(is_t, tup, &[], helper, &[]);
        self.b.switch_to_block(lst);
        let n = self.b.ins().load(I64, flags(), p, l_len as i32);
        self.b.ins().jump(have, &[BlockArg::Value(n)]);
        self.b.switch_to_block(tup);
        let n = self.b.ins().load(I64, flags(), p, t_len as i32);
        self.b.ins().jump(have, &[BlockArg::Value(n)]);
        self.b.switch_to_block(have);
        let n = self.b.block_params(have)[0];
        let r = self.encode(n);
        self.b.ins().jump(fin, &[BlockArg::Value(r)]);
        self.b.switch_to_block(helper);
        let r = self.call_py("jit_len", &[x])[0];
        self.b.ins().jump(fin, &[BlockArg::Value(r)]);
        self.b.switch_to_block(fin);
        let r = self.b.block_params(fin)[0];
        self.release(x, x_lent);
        self.release(f, f_lent);
        self.check_value(r, from);
        r
    }

    /// `math.sqrt(x)` with `sqrt` and `x` on the stack: a float that is
    /// not negative (nor NaN) takes the machine's square root; anything
    /// else (ints, negative numbers and their ValueError, NaN, objects
    /// with `__float__`) jumps to `generic` with the stack untouched.
    /// Pops both on the inline path; returns the result.
    fn inline_sqrt(&mut self, generic: Block) -> ir::Value {
        let x = self.peek(1);
        let isf = self.is_float(x);
        let xf = self.b.ins().bitcast(F64, MemFlagsData::new(), x);
        let zero = self.b.ins().f64const(0.0);
        let nonneg = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, xf, zero);
        let ok = self.b.ins().band(isf, nonneg);
        let go = self.b.create_block();
        self.b.ins().brif(ok, go, &[], generic, &[]);
        self.b.switch_to_block(go);
        self.count_site(super::stats::SITE_KNOWN_CALL, false);
        let _ = self.pop_ref();
        let (f, f_lent) = self.pop_ref();
        let r = self.b.ins().sqrt(xf);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
        // `x` is a float (nothing to release); `sqrt` is an object
        self.release(f, f_lent);
        bits
    }

    /// Exception exit unless local `i` (just loaded as `v`) is bound.
    fn check_bound(&mut self, v: ir::Value, i: usize) {
        let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, NULL_BITS as i64);
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(err);
        self.b.ins().brif(unbound, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        let idx = self.iconst(i as u64);
        self.call("jit_unbound_local", &[self.frame, idx]);
        let (exit, pc) = self.exc_exit(self.depth);
        self.b.ins().jump(exit, &[BlockArg::Value(pc)]);
        self.b.switch_to_block(ok);
    }

    /// LOAD_GLOBAL through the instruction's inline cache as it is when
    /// the code is translated: a hit is one or two dict version checks
    /// against constants and a load from the cached entry (valid while
    /// the versions hold); a site whose cache is empty calls the helper.
    fn load_global(&mut self, arg: usize) {
        let cache = self.ci.global_cache(self.pc);
        let globals_version = cache.globals_version.get();
        let builtins_version = cache.builtins_version.get();
        let value_at = cache.value.get() as u64;
        let c = self.iconst(cache as *const crate::interp::code_info::GlobalCache as u64);
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if globals_version == 0 {
            self.b.ins().jump(slow, &[]);
        } else {
            let hit = self.b.create_block();
            let gv = self.frame_dict_version(frame_off::GLOBALS);
            let same = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, gv, globals_version as i64);
            if builtins_version == 0 {
                self.b.ins().brif(same, hit, &[], slow, &[]);
            } else {
                let check_b = self.b.create_block();
                self.b.ins().brif(same, check_b, &[], slow, &[]);
                self.b.switch_to_block(check_b);
                let bv = self.frame_dict_version(frame_off::BUILTINS);
                let sameb = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, bv, builtins_version as i64);
                self.b.ins().brif(sameb, hit, &[], slow, &[]);
            }
            self.b.switch_to_block(hit);
            self.count_site(super::stats::SITE_GLOBAL, false);
            let vp = self.iconst(value_at);
            let v = self.b.ins().load(I64, flags(), vp, 0);
            self.incref(v);
            self.b.ins().jump(done, &[BlockArg::Value(v)]);
        }
        self.b.switch_to_block(slow);
        self.count_site(super::stats::SITE_GLOBAL, true);
        let name = self.iconst(self.ci.names[arg].bits());
        let r = self.call_py("jit_load_global", &[self.frame, name, c])[0];
        self.check_value(r, self.depth);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        let v = self.b.block_params(done)[0];
        self.push(v);
    }

    /// Guards that `o` is an object of the type `way` was filled for, at
    /// the same type version; jumps to `slow` if not. Returns the
    /// object's address. (Version tags are never reused, so a type at the
    /// same address with the same tag is the type the entry describes.)
    fn guard_type(&mut self, o: ir::Value, way: &Way, slow: Block) -> ir::Value {
        use super::abi::obj_off;
        let c2 = self.b.create_block();
        let c3 = self.b.create_block();
        let (p, t) = self.ptr_and_type(o, slow);
        let same_t = self.b.ins().icmp_imm_s(IntCC::Equal, t, way.ty as i64);
        self.b.ins().brif(same_t, c2, &[], slow, &[]);
        self.b.switch_to_block(c2);
        let ver = self.b.ins().load(I64, flags(), t, obj_off::TYPE_VERSION);
        let same_v = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, ver, way.version as i64);
        self.b.ins().brif(same_v, c3, &[], slow, &[]);
        self.b.switch_to_block(c3);
        p
    }

    /// The layout version (`keys_version`) of the frame's globals or
    /// builtins dict (`off`: `frame_off::GLOBALS` or `BUILTINS`; both are
    /// always dicts).
    fn frame_dict_version(&mut self, off: i32) -> ir::Value {
        use super::abi::obj_off;
        let d = self.b.ins().load(I64, flags(), self.frame, off);
        let p = self.b.ins().band_imm_u(d, PTR_MASK as i64);
        self.b
            .ins()
            .load(I64, flags(), p, obj_off::DICT_KEYS_VERSION)
    }

    /// With statistics on, adds one to the hit or miss counter of site
    /// category `site` (`stats::SITES`) where the builder is.
    fn count_site(&mut self, site: usize, miss: bool) {
        if !self.env.count_sites {
            return;
        }
        let a = self.iconst(super::stats::site_counter(site, miss));
        self.add_to_word(a, 1);
    }

    /// The entries of this instruction's attribute cache whose kind
    /// `wanted` accepts, as they are now, in cache order: compiled code
    /// checks these and leaves every other receiver to the helper.
    fn cache_ways(&self, wanted: impl Fn(u64) -> bool) -> Vec<Way> {
        cache_ways_at(self.ci, self.pc, wanted)
    }

    /// Emits one guarded path per cache entry in `ways` (tried in order):
    /// `path(tx, way, fail)` emits one entry's guards, jumping to `fail`
    /// when they do not hold, and returns its result. The results meet in
    /// a block parameter, which is returned with the builder in that
    /// block; when no entry holds, control goes to `slow`. `ways` is not
    /// empty.
    fn per_way(
        &mut self,
        ways: &[Way],
        slow: Block,
        mut path: impl FnMut(&mut Self, &Way, Block) -> ir::Value,
    ) -> ir::Value {
        let hit = self.b.create_block();
        self.b.append_block_param(hit, I64);
        for (n, way) in ways.iter().enumerate() {
            let next = if n + 1 < ways.len() {
                self.b.create_block()
            } else {
                slow
            };
            let r = path(self, way, next);
            self.b.ins().jump(hit, &[BlockArg::Value(r)]);
            if next != slow {
                self.b.switch_to_block(next);
            }
        }
        self.b.switch_to_block(hit);
        self.b.block_params(hit)[0]
    }

    /// The address of this instruction's attribute cache, as a constant.
    fn attr_cache_addr(&mut self) -> ir::Value {
        let cache =
            self.ci.attr_cache(self.pc) as *const py2jit_runtime::attr_cache::AttrCache as u64;
        self.iconst(cache)
    }

    /// The address of the instance-dict value that `way` (kind K_DICT, or
    /// K_MODULE: a module attribute, whose dict is checked by its keys
    /// version instead of a shape) describes for `o`, or a jump to `slow`
    /// when the entry does not hold for `o`.
    fn attr_dict_slot(&mut self, o: ir::Value, way: &Way, slow: Block) -> ir::Value {
        use super::abi::obj_off;
        use py2jit_runtime::attr_cache::K_MODULE;
        let c4 = self.b.create_block();
        let c5 = self.b.create_block();
        let p = self.guard_type(o, way, slow);
        let dv = self.b.ins().load(I64, flags(), p, way.dictoffset as i32);
        let has = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, dv, NULL_BITS as i64);
        self.b.ins().brif(has, c4, &[], slow, &[]);
        self.b.switch_to_block(c4);
        let dp = self.b.ins().band_imm_u(dv, PTR_MASK as i64);
        let shape_off = if way.kind == K_MODULE {
            obj_off::DICT_KEYS_VERSION
        } else {
            obj_off::DICT_SHAPE
        };
        let shape = self.b.ins().load(I64, flags(), dp, shape_off);
        let same_s = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, shape, way.shape as i64);
        self.b.ins().brif(same_s, c5, &[], slow, &[]);
        self.b.switch_to_block(c5);
        let ents = self.b.ins().load(I64, flags(), dp, obj_off::DICT_ENTRIES);
        let at = way.index as i64 * obj_off::ENTRY_SIZE + obj_off::ENTRY_VALUE as i64;
        self.b.ins().iadd_imm_s(ents, at)
    }

    /// LOAD_ATTR: an instance-dict or module hit is a few guarded loads;
    /// everything else goes through the cache's helper.
    fn load_attr(&mut self, arg: usize) {
        let (o, lent) = self.pop_ref();
        let c = self.attr_cache_addr();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // inline the entries the cache holds now that are instance or
        // module attributes (one per receiver type seen), in order
        use py2jit_runtime::attr_cache::{K_DICT, K_MODULE};
        let ways = self.cache_ways(|k| k == K_DICT || k == K_MODULE);
        if ways.is_empty() {
            self.b.ins().jump(slow, &[]);
        } else {
            let slot = self.per_way(&ways, slow, |tx, way, fail| tx.attr_dict_slot(o, way, fail));
            self.count_site(super::stats::SITE_LOAD_ATTR, false);
            let v = self.b.ins().load(I64, flags(), slot, 0);
            self.incref(v);
            if !lent {
                // the guards proved `o` an object
                let p = self.b.ins().band_imm_u(o, PTR_MASK as i64);
                self.decref_ptr(p);
            }
            self.b.ins().jump(done, &[BlockArg::Value(v)]);
        }
        self.b.switch_to_block(slow);
        self.count_site(super::stats::SITE_LOAD_ATTR, true);
        let name = self.iconst(self.ci.names[arg].bits());
        let lent = self.b.ins().iconst(I32, lent_flags(lent, false));
        let r = self.call_py("jit_load_attr", &[o, name, c, lent])[0];
        self.check_value(r, self.depth);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        self.push(r);
    }

    /// STORE_ATTR: replacing an existing instance attribute is a store
    /// (for each receiver type the cache holds one for).
    fn store_attr(&mut self, arg: usize) {
        let (o, lent) = self.pop_ref();
        let v = self.pop();
        let c = self.attr_cache_addr();
        let done = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // every instance-attribute entry the cache holds now
        let ways = self.cache_ways(|k| k == py2jit_runtime::attr_cache::K_DICT);
        if ways.is_empty() {
            self.b.ins().jump(slow, &[]);
        } else {
            let slot = self.per_way(&ways, slow, |tx, way, fail| tx.attr_dict_slot(o, way, fail));
            self.count_site(super::stats::SITE_STORE_ATTR, false);
            let old = self.b.ins().load(I64, flags(), slot, 0);
            self.b.ins().store(flags(), v, slot, 0);
            self.decref(old);
            if !lent {
                let p = self.b.ins().band_imm_u(o, PTR_MASK as i64);
                self.decref_ptr(p);
            }
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(slow);
        self.count_site(super::stats::SITE_STORE_ATTR, true);
        let name = self.iconst(self.ci.names[arg].bits());
        let lent = self.b.ins().iconst(I32, lent_flags(lent, false));
        let s = self.call_py("jit_store_attr", &[o, name, v, c, lent])[0];
        self.check_status(s, self.depth);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// FOR_ITER: xrange and list iterators step inline; others call the
    /// helper. Exhaustion pops the iterator and jumps to `target`.
    fn for_iter(&mut self, target: usize) {
        use super::abi::obj_off;
        let types = &py2jit_runtime::rt::rt().types;
        let (xrange_t, list_t) = (types.xrange_iter as i64, types.list_iter as i64);
        let (_, len_off) = py2jit_runtime::list::vec_layout();
        let it = self.peek(1);
        let got = self.b.create_block();
        self.b.append_block_param(got, I64);
        let exhausted = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let (p, t) = self.ptr_and_type(it, slow);
        let is_range = self.b.ins().icmp_imm_s(IntCC::Equal, t, xrange_t);
        let range_blk = self.b.create_block();
        let c2 = self.b.create_block();
        self.b.ins().brif(is_range, range_blk, &[], c2, &[]);
        // xrange: left, next, step
        self.b.switch_to_block(range_blk);
        let left = self.b.ins().load(I64, flags(), p, obj_off::RANGE_LEFT);
        let more = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, left, 0);
        let r2 = self.b.create_block();
        self.b.ins().brif(more, r2, &[], exhausted, &[]);
        self.b.switch_to_block(r2);
        let x = self.b.ins().load(I64, flags(), p, obj_off::RANGE_NEXT);
        let ok = self.fits(x);
        let r3 = self.b.create_block();
        self.b.ins().brif(ok, r3, &[], slow, &[]);
        self.b.switch_to_block(r3);
        let step = self.b.ins().load(I64, flags(), p, obj_off::RANGE_STEP);
        let nl = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(flags(), nl, p, obj_off::RANGE_LEFT);
        let nx = self.b.ins().iadd(x, step);
        self.b.ins().store(flags(), nx, p, obj_off::RANGE_NEXT);
        let v = self.encode(x);
        self.b.ins().jump(got, &[BlockArg::Value(v)]);
        // list iterator: seq (NULL once exhausted), pos
        self.b.switch_to_block(c2);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, t, list_t);
        let list_blk = self.b.create_block();
        self.b.ins().brif(is_list, list_blk, &[], slow, &[]);
        self.b.switch_to_block(list_blk);
        let l = self.b.ins().load(I64, flags(), p, obj_off::ITER_SEQ);
        let live = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, l, NULL_BITS as i64);
        let l2 = self.b.create_block();
        self.b.ins().brif(live, l2, &[], slow, &[]);
        self.b.switch_to_block(l2);
        let lp = self.b.ins().band_imm_u(l, PTR_MASK as i64);
        let pos = self.b.ins().load(I64, flags(), p, obj_off::ITER_POS);
        let len = self.b.ins().load(I64, flags(), lp, len_off as i32);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, pos, len);
        let l3 = self.b.create_block();
        self.b.ins().brif(inb, l3, &[], slow, &[]);
        self.b.switch_to_block(l3);
        let addr = self.list_item_addr(lp, pos);
        let v = self.b.ins().load(I64, flags(), addr, 0);
        let np = self.b.ins().iadd_imm_s(pos, 1);
        self.b.ins().store(flags(), np, p, obj_off::ITER_POS);
        self.incref(v);
        self.b.ins().jump(got, &[BlockArg::Value(v)]);
        // any iterator (and exhaustion of a list iterator)
        self.b.switch_to_block(slow);
        let r = self.call_py("jit_for_iter", &[it]);
        let (status, value) = (r[0], r[1]);
        let other = self.b.create_block();
        self.b
            .ins()
            .brif(status, other, &[], got, &[BlockArg::Value(value)]);
        self.b.switch_to_block(other);
        let is_err = self.b.ins().icmp_imm_s(IntCC::Equal, status, 2);
        let (exit, pc) = self.exc_exit(self.depth);
        self.b
            .ins()
            .brif(is_err, exit, &[BlockArg::Value(pc)], exhausted, &[]);
        // exhausted: pop the iterator, leave the loop
        self.b.switch_to_block(exhausted);
        let saved = self.depth;
        let it2 = self.pop();
        self.decref(it2);
        let tb = self.target_block(target);
        self.note_edge(target);
        self.b.ins().jump(tb, &[]);
        self.depth = saved;
        self.b.switch_to_block(got);
        let v = self.b.block_params(got)[0];
        self.push(v);
        let next = self.next_block();
        self.note_edge(self.pc + 1);
        self.b.ins().jump(next, &[]);
        self.terminated = true;
    }

    /// BINARY_SUBSCR / STORE_SUBSCR: `list[small int]` inline (negative
    /// indices counted from the end), everything else through helpers.
    fn subscr(&mut self, store: bool) {
        if self.speculative_subscr(store) {
            return;
        }
        use super::abi::obj_off;
        let list_t = py2jit_runtime::rt::rt().types.list as i64;
        let (_, len_off) = py2jit_runtime::list::vec_layout();
        let (k, k_lent) = self.pop_ref();
        let (o, o_lent) = self.pop_ref();
        let v = if store { Some(self.pop()) } else { None };
        let done = self.b.create_block();
        if !store {
            self.b.append_block_param(done, I64);
        }
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let c1 = self.b.create_block();
        let c2 = self.b.create_block();
        let c3 = self.b.create_block();
        // an index known to be a small int needs no test
        let known_index = self.known_int(k);
        let optr = self.is_ptr(o);
        let both = if known_index.is_some() {
            optr
        } else {
            let kint = self.is_int(k);
            self.b.ins().band(kint, optr)
        };
        self.b.ins().brif(both, c1, &[], slow, &[]);
        self.b.switch_to_block(c1);
        let p = self.b.ins().band_imm_u(o, PTR_MASK as i64);
        let t = self.b.ins().load(I64, flags(), p, obj_off::TYPE);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, t, list_t);
        self.b.ins().brif(is_list, c2, &[], slow, &[]);
        self.b.switch_to_block(c2);
        let len = self.b.ins().load(I64, flags(), p, len_off as i32);
        let i = match known_index {
            Some(i) => i,
            None => self.decode(k),
        };
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, len);
        let idx = self.b.ins().select(neg, wrapped, i);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        self.b.ins().brif(inb, c3, &[], slow, &[]);
        self.b.switch_to_block(c3);
        let addr = self.list_item_addr(p, idx);
        match v {
            None => {
                let x = self.b.ins().load(I64, flags(), addr, 0);
                self.incref(x);
                if !o_lent {
                    self.decref_ptr(p);
                }
                self.b.ins().jump(done, &[BlockArg::Value(x)]);
            }
            Some(v) => {
                let old = self.b.ins().load(I64, flags(), addr, 0);
                self.b.ins().store(flags(), v, addr, 0);
                self.decref(old);
                if !o_lent {
                    self.decref_ptr(p);
                }
                self.b.ins().jump(done, &[]);
            }
        }
        self.b.switch_to_block(slow);
        let lent = self.b.ins().iconst(I32, lent_flags(o_lent, k_lent));
        match v {
            None => {
                let r = self.call_py("jit_getitem", &[o, k, lent])[0];
                self.check_value(r, self.depth);
                self.b.ins().jump(done, &[BlockArg::Value(r)]);
            }
            Some(v) => {
                let s = self.call_py("jit_setitem", &[o, k, v, lent])[0];
                self.check_status(s, self.depth);
                self.b.ins().jump(done, &[]);
            }
        }
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        if !store {
            let r = self.b.block_params(done)[0];
            self.push(r);
        }
    }

    /// The address of item `idx` of the list at address `p` (no bounds
    /// check).
    fn list_item_addr(&mut self, p: ir::Value, idx: ir::Value) -> ir::Value {
        let (items_off, _) = py2jit_runtime::list::vec_layout();
        let items = self.b.ins().load(I64, flags(), p, items_off as i32);
        self.item_addr(items, idx)
    }

    /// The address of item `idx` of the item array at `items`.
    fn item_addr(&mut self, items: ir::Value, idx: ir::Value) -> ir::Value {
        let byte = self.b.ins().ishl_imm_u(idx, 3);
        self.b.ins().iadd(items, byte)
    }

    /// UNPACK_SEQUENCE: an exact tuple or list of the right length is
    /// taken apart inline; anything else goes through the helper.
    fn unpack(&mut self, n: usize) {
        let types = &py2jit_runtime::rt::rt().types;
        let (tuple_t, list_t) = (types.tuple as i64, types.list as i64);
        let (t_items, t_len) = py2jit_runtime::tuple::box_layout();
        let (l_items, l_len) = py2jit_runtime::list::vec_layout();
        let v = self.pop();
        let base = self.depth;
        let done = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let (p, t) = self.ptr_and_type(v, slow);
        let is_t = self.b.ins().icmp_imm_s(IntCC::Equal, t, tuple_t);
        let is_l = self.b.ins().icmp_imm_s(IntCC::Equal, t, list_t);
        let tb = self.b.create_block();
        let c2 = self.b.create_block();
        let lb = self.b.create_block();
        let take = self.b.create_block();
        self.b.append_block_param(take, I64);
        self.b.ins().brif(is_t, tb, &[], c2, &[]);
        self.b.switch_to_block(c2);
        self.b.ins().brif(is_l, lb, &[], slow, &[]);
        for (blk, items_off, len_off) in [(tb, t_items, t_len), (lb, l_items, l_len)] {
            self.b.switch_to_block(blk);
            let len = self.b.ins().load(I64, flags(), p, len_off as i32);
            let right = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
            let items = self.b.ins().load(I64, flags(), p, items_off as i32);
            self.b
                .ins()
                .brif(right, take, &[BlockArg::Value(items)], slow, &[]);
        }
        self.b.switch_to_block(take);
        let items = self.b.block_params(take)[0];
        // the stack gets the items last first, each with a new reference
        for i in 0..n {
            let x = self
                .b
                .ins()
                .load(I64, flags(), items, ((n - 1 - i) * 8) as i32);
            self.incref(x);
            self.b.def_var(self.stack[base + i], x);
        }
        self.decref(v);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        let mem = self.b.ins().iadd_imm_s(self.stack_mem, (base * 8) as i64);
        let cnt = self.iconst(n as u64);
        let s = self.call_py("jit_unpack", &[v, mem, cnt])[0];
        self.check_status(s, base);
        for i in 0..n {
            let x = self.b.ins().load(I64, flags(), mem, (i * 8) as i32);
            self.b.def_var(self.stack[base + i], x);
        }
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.depth = base + n;
        self.borrowed[base..base + n].fill(None);
    }

    /// Guards that `way` holds for `o` (type, version, instance-dict
    /// shape); jumps to `slow` if not.
    fn attr_guard(&mut self, o: ir::Value, way: &Way, slow: Block) {
        use super::abi::obj_off;
        let p = self.guard_type(o, way, slow);
        if way.dictoffset == 0 {
            return;
        }
        let dv = self.b.ins().load(I64, flags(), p, way.dictoffset as i32);
        let none = self.b.ins().icmp_imm_s(IntCC::Equal, dv, NULL_BITS as i64);
        let read = self.b.create_block();
        let done = self.b.create_block();
        if way.shape == py2jit_runtime::dict::SHAPE_EMPTY {
            // no dict, or one with no keys yet
            self.b.ins().brif(none, done, &[], read, &[]);
        } else {
            self.b.ins().brif(none, slow, &[], read, &[]);
        }
        self.b.switch_to_block(read);
        let dp = self.b.ins().band_imm_u(dv, PTR_MASK as i64);
        let sh = self.b.ins().load(I64, flags(), dp, obj_off::DICT_SHAPE);
        let same_s = self.b.ins().icmp_imm_s(IntCC::Equal, sh, way.shape as i64);
        self.b.ins().brif(same_s, done, &[], slow, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// LOAD_ATTR of a method that a CALL_FUNCTION will call: a plain
    /// function or a builtin method descriptor found in the class is
    /// pushed unbound, its receiver kept aside (`meth_self`); anything
    /// else loads as usual.
    fn load_method(&mut self, arg: usize, call: usize) {
        let slot = self.depth - 1;
        // the receiver is kept for the call, which consumes it
        if let Some(from) = self.borrowed[slot].take() {
            let o = self.b.use_var(self.stack[slot]);
            self.take_ref(o, from);
        }
        let o = self.b.use_var(self.stack[slot]);
        let done = self.b.create_block();
        let other = self.b.create_block();
        self.b.set_cold_block(other);
        // a Python function or a builtin method descriptor of the class
        // (one guard per such entry the cache holds now)
        use py2jit_runtime::attr_cache::{K_METHOD, K_METHOD_DESCR};
        let ways = self.cache_ways(|k| k == K_METHOD || k == K_METHOD_DESCR);
        if ways.is_empty() {
            self.b.ins().jump(other, &[]);
        } else {
            let func = self.per_way(&ways, other, |tx, way, fail| {
                tx.attr_guard(o, way, fail);
                // the class holds the function (or descriptor) while the
                // version tag is the one checked: take a reference
                let p = tx.iconst(way.value & PTR_MASK);
                tx.incref_ptr(p);
                tx.iconst(way.value)
            });
            self.count_site(super::stats::SITE_METHOD, false);
            self.b.def_var(self.stack[slot], func);
            self.b.def_var(self.meth_self[slot], o);
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(other);
        self.count_site(super::stats::SITE_METHOD, true);
        let null = self.iconst(NULL_BITS);
        self.b.def_var(self.meth_self[slot], null);
        self.load_attr(arg);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.depth = slot + 1;
        self.open_methods.push((slot, call));
    }

    /// CALL_FUNCTION of a slot a `load_method` filled: with a receiver
    /// kept aside, the receiver takes the callable's place in memory and
    /// the function is called with it as the first argument. Returns the
    /// (checked) result; the stack is popped to the callable's slot.
    fn call_method(&mut self, arg: usize) -> ir::Value {
        let na = arg & 0xff;
        let from = self.depth - na - 1;
        let pos = self
            .open_methods
            .iter()
            .position(|(s, c)| *s == from && *c == self.pc)
            .expect("open method");
        self.open_methods.remove(pos);
        let recv = self.b.use_var(self.meth_self[from]);
        let func = self.b.use_var(self.stack[from]);
        self.spill(from + 1, self.depth);
        self.depth = from;
        let p = self.b.ins().iadd_imm_s(self.stack_mem, (from * 8) as i64);
        let a = self.b.ins().iconst(I32, arg as i64);
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let bound = self.b.create_block();
        let plain = self.b.create_block();
        let is_plain = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, recv, NULL_BITS as i64);
        self.b.ins().brif(is_plain, plain, &[], bound, &[]);
        self.b.switch_to_block(bound);
        self.b.ins().store(flags(), recv, p, 0);
        self.set_lasti();
        let r = self.call("jit_call_method", &[func, p, a])[0];
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.switch_to_block(plain);
        self.b.ins().store(flags(), func, p, 0);
        let r2 = self.call_py("jit_call", &[p, a])[0];
        self.b.ins().jump(done, &[BlockArg::Value(r2)]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        self.check_value(r, self.depth);
        r
    }

    fn name_op(&mut self, helper: &'static str, arg: usize, push: bool) {
        let name = self.iconst(self.ci.names[arg].bits());
        let r = self.call_py(helper, &[self.frame, name])[0];
        self.check_value(r, self.depth);
        if push {
            self.push(r);
        }
    }

    /// The truth of `v` as an i8 condition. `consume`: `v` was popped and
    /// is released here; otherwise it stays owned by the stack.
    fn truth(&mut self, v: ir::Value, consume: bool) -> ir::Value {
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I8);
        let t = self.b.ins().icmp_imm_s(IntCC::Equal, v, TRUE_BITS as i64);
        let one = self.b.ins().iconst(types::I8, 1);
        let zero = self.b.ins().iconst(types::I8, 0);
        let c1 = self.b.create_block();
        self.b.ins().brif(t, done, &[BlockArg::Value(one)], c1, &[]);
        self.b.switch_to_block(c1);
        let f = self.b.ins().icmp_imm_s(IntCC::Equal, v, FALSE_BITS as i64);
        let n = self.b.ins().icmp_imm_s(IntCC::Equal, v, NONE_BITS as i64);
        let fnone = self.b.ins().bor(f, n);
        let c2 = self.b.create_block();
        self.b
            .ins()
            .brif(fnone, done, &[BlockArg::Value(zero)], c2, &[]);
        self.b.switch_to_block(c2);
        let isint = self.is_int(v);
        let int_blk = self.b.create_block();
        let c3 = self.b.create_block();
        self.b.ins().brif(isint, int_blk, &[], c3, &[]);
        self.b.switch_to_block(int_blk);
        let nz = self.b.ins().icmp_imm_u(IntCC::NotEqual, v, INT_BASE as i64);
        self.b.ins().jump(done, &[BlockArg::Value(nz)]);
        self.b.switch_to_block(c3);
        let isf = self.is_float(v);
        let f_blk = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(isf, f_blk, &[], slow, &[]);
        self.b.switch_to_block(f_blk);
        let fv = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        let z = self.b.ins().f64const(0.0);
        let nzf = self.b.ins().fcmp(FloatCC::NotEqual, fv, z);
        self.b.ins().jump(done, &[BlockArg::Value(nzf)]);
        self.b.switch_to_block(slow);
        let r = if consume {
            self.call_py("jit_truthy", &[v])[0]
        } else {
            self.call_py("jit_truthy_keep", &[v])[0]
        };
        self.check_status(r, self.depth);
        let r8 = self.b.ins().ireduce(types::I8, r);
        self.b.ins().jump(done, &[BlockArg::Value(r8)]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    fn unary(&mut self, opcode: u8) {
        if opcode == op::UNARY_NEGATIVE && self.negate_known_float() {
            return;
        }
        let (v, lent) = self.pop_ref();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if opcode != op::UNARY_CONVERT {
            let isint = self.is_int(v);
            let int_blk = self.b.create_block();
            let c2 = self.b.create_block();
            self.b.ins().brif(isint, int_blk, &[], c2, &[]);
            self.b.switch_to_block(int_blk);
            match opcode {
                op::UNARY_POSITIVE => {
                    self.b.ins().jump(done, &[BlockArg::Value(v)]);
                }
                op::UNARY_NEGATIVE => {
                    let i = self.decode(v);
                    let n = self.b.ins().ineg(i);
                    let ok = self.fits(n);
                    let enc = self.encode(n);
                    self.b
                        .ins()
                        .brif(ok, done, &[BlockArg::Value(enc)], slow, &[]);
                }
                _ => {
                    let i = self.decode(v);
                    let n = self.b.ins().bnot(i);
                    let enc = self.encode(n);
                    self.b.ins().jump(done, &[BlockArg::Value(enc)]);
                }
            }
            self.b.switch_to_block(c2);
            if opcode != op::UNARY_INVERT {
                let isf = self.is_float(v);
                let f_blk = self.b.create_block();
                self.b.ins().brif(isf, f_blk, &[], slow, &[]);
                self.b.switch_to_block(f_blk);
                let r = if opcode == op::UNARY_NEGATIVE {
                    self.b.ins().bxor_imm_u(v, i64::MIN)
                } else {
                    v
                };
                self.b.ins().jump(done, &[BlockArg::Value(r)]);
            } else {
                self.b.ins().jump(slow, &[]);
            }
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let code = self
            .b
            .ins()
            .iconst(I32, opcode as i64 | lent_flags(lent, false));
        let r = self.call_py("jit_unary", &[code, v])[0];
        self.check_value(r, self.depth);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        self.push(r);
    }

    fn binary(&mut self, opcode: u8) {
        let (bop, _) =
            crate::interp::eval::binop_for(opcode, self.division_new).expect("binary op");
        if self.speculative_binary(bop) {
            return;
        }
        let fb = self.feedback();
        let (b, b_lent) = self.pop_ref();
        let (a, a_lent) = self.pop_ref();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        self.numeric_binary(bop, a, b, fb, done, slow);
        self.b.switch_to_block(slow);
        let code = self.b.ins().iconst(
            I32,
            opcode as i64 | if self.division_new { 256 } else { 0 } | lent_flags(a_lent, b_lent),
        );
        // `x = x op y` / `x op= y`: the helper may compute in x's object,
        // unless a value still on the stack is that object borrowed
        let store = match self.ci.instrs.get(self.pc + 1) {
            Some(next)
                if next.op == op::STORE_FAST
                    && matches!(bop, BinOp::Add | BinOp::Sub | BinOp::Mul)
                    && self.borrowed[..self.depth]
                        .iter()
                        .all(|b| *b != Some(next.arg as usize)) =>
            {
                self.b
                    .ins()
                    .iadd_imm_s(self.fast, Self::local_addr(next.arg as usize) as i64)
            }
            _ => self.iconst(0),
        };
        let r = self.call_py("jit_binary", &[code, a, b, store])[0];
        self.check_value(r, self.depth);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        self.push(r);
    }

    /// Emits the inline paths of `bop` on `a` and `b` that feedback `fb`
    /// asks for (two small ints; floats and int/float mixes): each jumps
    /// to `done` with the result, and operands no path takes (or a result
    /// a path leaves to the runtime) go to `slow`.
    fn numeric_binary(
        &mut self,
        bop: BinOp,
        a: ir::Value,
        b: ir::Value,
        fb: u8,
        done: Block,
        slow: Block,
    ) {
        if (fb == 0 || fb & profile::K_INT != 0) && int_path(bop) {
            let both = self.both_ints(a, b);
            let int_blk = self.b.create_block();
            let after = self.b.create_block();
            self.b.ins().brif(both, int_blk, &[], after, &[]);
            self.b.switch_to_block(int_blk);
            self.int_binary(bop, a, b, done, slow);
            self.b.switch_to_block(after);
        }
        if (fb == 0 || fb & profile::K_FLOAT != 0) && float_path(bop) {
            // at least one float (two ints were handled above or go to
            // the helper)
            let (x, y) = self.float_operands(a, b, true, slow, fb);
            let r = self.float_arith(bop, x, y, slow);
            self.float_result(r, done, slow);
        } else {
            self.b.ins().jump(slow, &[]);
        }
    }

    /// `x bop y` of two f64s (`bop` has a float path); a zero divisor
    /// goes to `on_zero` (ZeroDivisionError is the runtime's).
    fn float_arith(&mut self, bop: BinOp, x: ir::Value, y: ir::Value, on_zero: Block) -> ir::Value {
        match bop {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            BinOp::Mul => self.b.ins().fmul(x, y),
            _ => {
                let z = self.b.ins().f64const(0.0);
                let yz = self.b.ins().fcmp(FloatCC::Equal, y, z);
                let div = self.b.create_block();
                self.b.ins().brif(yz, on_zero, &[], div, &[]);
                self.b.switch_to_block(div);
                self.b.ins().fdiv(x, y)
            }
        }
    }

    /// Jumps to `done` with float `r`, or to `slow` if it is a NaN (the
    /// runtime boxes NaN results, see `Value::float`).
    fn float_result(&mut self, r: ir::Value, done: Block, slow: Block) {
        let nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
        self.b
            .ins()
            .brif(nan, slow, &[], done, &[BlockArg::Value(bits)]);
    }

    /// `x // y` (`bop` FloorDiv or Div) or `x % y` (Mod) of two i64s,
    /// `y` not 0, rounded toward minus infinity as Python does.
    fn floor_div_mod(&mut self, bop: BinOp, x: ir::Value, y: ir::Value) -> ir::Value {
        let q = self.b.ins().sdiv(x, y);
        let rem = self.b.ins().srem(x, y);
        // the remainder's sign must be the divisor's
        let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
        let sx = self.b.ins().bxor(rem, y);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
        let adj = self.b.ins().band(rnz, neg);
        let adj = self.b.ins().uextend(I64, adj);
        if bop == BinOp::Mod {
            let add = self.b.ins().imul(adj, y);
            self.b.ins().iadd(rem, add)
        } else {
            self.b.ins().isub(q, adj)
        }
    }

    /// Small-int arithmetic; jumps to `done` with the result or to `slow`.
    fn int_binary(&mut self, bop: BinOp, a: ir::Value, b: ir::Value, done: Block, slow: Block) {
        match bop {
            BinOp::And => {
                let r = self.b.ins().band(a, b);
                self.b.ins().jump(done, &[BlockArg::Value(r)]);
                return;
            }
            BinOp::Or => {
                let r = self.b.ins().bor(a, b);
                self.b.ins().jump(done, &[BlockArg::Value(r)]);
                return;
            }
            BinOp::Xor => {
                let r = self.b.ins().bxor(a, b);
                let r = self.encode(r);
                self.b.ins().jump(done, &[BlockArg::Value(r)]);
                return;
            }
            _ => {}
        }
        let x = self.decode(a);
        let y = self.decode(b);
        match bop {
            BinOp::Add | BinOp::Sub => {
                let r = if bop == BinOp::Add {
                    self.b.ins().iadd(x, y)
                } else {
                    self.b.ins().isub(x, y)
                };
                let ok = self.fits(r);
                let enc = self.encode(r);
                self.b
                    .ins()
                    .brif(ok, done, &[BlockArg::Value(enc)], slow, &[]);
            }
            BinOp::Mul => {
                let (r, of) = self.b.ins().smul_overflow(x, y);
                let fits = self.fits(r);
                let nof = self.b.ins().bxor_imm_u(of, 1);
                let ok = self.b.ins().band(fits, nof);
                let enc = self.encode(r);
                self.b
                    .ins()
                    .brif(ok, done, &[BlockArg::Value(enc)], slow, &[]);
            }
            BinOp::FloorDiv | BinOp::Mod | BinOp::Div => {
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let go = self.b.create_block();
                self.b.ins().brif(zero, slow, &[], go, &[]);
                self.b.switch_to_block(go);
                let r = self.floor_div_mod(bop, x, y);
                let enc = self.encode(r);
                self.b.ins().jump(done, &[BlockArg::Value(enc)]);
            }
            BinOp::TrueDiv => {
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let go = self.b.create_block();
                self.b.ins().brif(zero, slow, &[], go, &[]);
                self.b.switch_to_block(go);
                let fx = self.b.ins().fcvt_from_sint(F64, x);
                let fy = self.b.ins().fcvt_from_sint(F64, y);
                let r = self.b.ins().fdiv(fx, fy);
                let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
                self.b.ins().jump(done, &[BlockArg::Value(bits)]);
            }
            BinOp::Rshift => {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                let go = self.b.create_block();
                self.b.ins().brif(neg, slow, &[], go, &[]);
                self.b.switch_to_block(go);
                let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, y, 63);
                let c63 = self.b.ins().iconst(I64, 63);
                let sh = self.b.ins().select(big, c63, y);
                let r = self.b.ins().sshr(x, sh);
                let enc = self.encode(r);
                self.b.ins().jump(done, &[BlockArg::Value(enc)]);
            }
            _ => {
                self.b.ins().jump(slow, &[]);
            }
        }
    }

    fn compare(&mut self, arg: usize) -> Result<(), String> {
        // identity needs no helper
        if arg == 8 || arg == 9 {
            let (b, b_lent) = self.pop_ref();
            let (a, a_lent) = self.pop_ref();
            let cc = if arg == 8 {
                IntCC::Equal
            } else {
                IntCC::NotEqual
            };
            let c = self.b.ins().icmp(cc, a, b);
            self.release(a, a_lent);
            self.release(b, b_lent);
            let r = self.bool_value(c);
            self.push(r);
            return Ok(());
        }
        // COMPARE_OP + POP_JUMP_IF: branch on the comparison itself
        let fused = self.fused_branch();
        if arg <= 5 && self.speculative_compare(arg, fused) {
            return Ok(());
        }
        let (b, b_lent) = self.pop_ref();
        let (a, a_lent) = self.pop_ref();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let (yes, no) = match fused {
            Some((t, f)) => (t, f),
            None => (done, done),
        };
        if arg <= 5 {
            let fb = self.feedback();
            self.numeric_compare(arg, a, b, fb, slow, |tx, r| {
                tx.branch_or_bool(r, fused.is_some(), yes, no, done)
            });
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let code = self
            .b
            .ins()
            .iconst(I32, arg as i64 | lent_flags(a_lent, b_lent));
        if fused.is_some() {
            // the branch needs only the comparison's truth: one helper
            // gives it, without an inline truth test of the result
            let t = self.call_py("jit_compare_truth", &[code, a, b])[0];
            self.check_status(t, self.depth);
            self.note_fused_edges();
            self.b.ins().brif(t, yes, &[], no, &[]);
            self.terminated = true;
            self.skip = Some(self.pc + 1);
            return Ok(());
        }
        let r = self.call_py("jit_compare", &[code, a, b])[0];
        self.check_value(r, self.depth);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        self.push(r);
        Ok(())
    }

    /// Emits the inline paths of order comparison `arg` (0 to 5) of `a`
    /// and `b` that feedback `fb` asks for (two small ints; numbers with
    /// a float): each ends in `finish` with the i8 condition; operands no
    /// path takes go to `slow`.
    fn numeric_compare(
        &mut self,
        arg: usize,
        a: ir::Value,
        b: ir::Value,
        fb: u8,
        slow: Block,
        mut finish: impl FnMut(&mut Self, ir::Value),
    ) {
        let (icc, fcc) = compare_codes(arg);
        if fb == 0 || fb & profile::K_INT != 0 {
            let c = self.both_ints(a, b);
            let int_blk = self.b.create_block();
            let after = self.b.create_block();
            self.b.ins().brif(c, int_blk, &[], after, &[]);
            self.b.switch_to_block(int_blk);
            let x = self.decode(a);
            let y = self.decode(b);
            let r = self.b.ins().icmp(icc, x, y);
            finish(self, r);
            self.b.switch_to_block(after);
        }
        if fb == 0 || fb & profile::K_FLOAT != 0 {
            let (x, y) = self.float_operands(a, b, false, slow, fb);
            let r = self.b.ins().fcmp(fcc, x, y);
            finish(self, r);
        } else {
            self.b.ins().jump(slow, &[]);
        }
    }

    /// When the next instruction is a POP_JUMP_IF that only this one
    /// reaches, the blocks to go to when the value tested is true and when
    /// it is false.
    fn fused_branch(&self) -> Option<(Block, Block)> {
        let j = self.pc + 1;
        let ins = self.ci.instrs.get(j)?;
        if !matches!(ins.op, op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE)
            || self.blocks[j].is_some()
        {
            return None;
        }
        let target = self.blocks.get(ins.target as usize).copied()??;
        let next = self.blocks.get(j + 1).copied()??;
        Some(if ins.op == op::POP_JUMP_IF_TRUE {
            (target, next)
        } else {
            (next, target)
        })
    }

    /// Notes the facts on the two edges of the POP_JUMP_IF fused into this
    /// COMPARE_OP (see `fused_branch`).
    fn note_fused_edges(&mut self) {
        let j = self.pc + 1;
        let target = self.ci.instrs[j].target as usize;
        self.note_edge(target);
        self.note_edge(j + 1);
    }

    /// Branches on `c` (fused compare and jump) or goes to `done` with the
    /// bool object for `c`.
    fn branch_or_bool(&mut self, c: ir::Value, fused: bool, yes: Block, no: Block, done: Block) {
        if fused {
            self.note_fused_edges();
            self.b.ins().brif(c, yes, &[], no, &[]);
        } else {
            let rv = self.bool_value(c);
            self.b.ins().jump(done, &[BlockArg::Value(rv)]);
        }
    }
}

/// The signature of compiled code: `(frame) -> (status, value)`.
pub fn entry_signature(module: &impl Module) -> Signature {
    let mut sig = module.make_signature();
    sig.params.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(I64));
    sig
}
