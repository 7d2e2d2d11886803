//! Speculative arithmetic: guards that exit, and what they prove.
//!
//! A binary operation or comparison whose feedback says it only ever saw
//! two floats, or only two small ints giving a small int
//! (`profile::K_BIG` unset), is compiled, when the compilation may
//! speculate (`Env::prune_cold`: the code was profiled and this is not
//! its last compilation), as a float or int operation behind guards that
//! *exit* to the interpreter (`DeoptReason::Guard`) instead of falling
//! back to the generic helper; so do an int result that overflows a small
//! int, a zero divisor and a float NaN result. Nothing of the instruction
//! has run when a guard fails, so the interpreter executes it from the
//! start; its feedback then shows the new operand kind, and code that
//! keeps exiting is recompiled (`jit::RECOMPILE_AFTER_DEOPTS`) without the
//! speculation. An exit's code (writing the frame back as it was when its
//! instruction started) is emitted after the body ([`GuardExit`]), since
//! the builder cannot leave a half-built block.
//!
//! Because a failed guard leaves compiled code, everything after the
//! guard knows the operands' kinds, and the result's. The translator
//! records these facts per region ([`Known`]):
//! - `Tx::known` maps an SSA value holding a boxed small int, float or
//!   exact list to its unboxed form (the i64, the f64, the list's
//!   address): later operations on it need no tag or type test, no
//!   decoding and no move between register files; list indexing by a
//!   known int skips its index checks.
//! - `Tx::local_known` says which locals hold such a value (set by
//!   STORE_FAST of a known value, or by a guard on a value LOAD_FAST
//!   borrowed from the local): LOAD_FAST reuses the value without a
//!   load, and STORE_FAST skips the release of the number it overwrites
//!   (small ints and floats are immediates, never reference counted).
//!   Constants (LOAD_CONST) are known numbers too.
//! - `Tx::local_kinds` says which locals hold a known kind without a
//!   value at hand (at merges and loop heads): LOAD_FAST loads and
//!   unboxes them without a guard.
//!
//! List subscripts (BINARY_SUBSCR, STORE_SUBSCR) whose feedback saw only
//! exact lists indexed within bounds by small ints
//! (`profile::K_LIST_ITEM`) are speculated the same way: another
//! container or index, or an index out of bounds, leaves compiled code.
//!
//! Merge facts: a jump target that only jumps and branches from earlier
//! instructions and falling in reach (`Plan::forward_merges`) has all its
//! incoming edges translated before it; each edge notes the locals'
//! kinds there (`note_edge`) and the target starts with the kinds all of
//! them agree on. Debug builds check, once the function is built, that
//! such a block has no more predecessors than noted edges.
//!
//! Loop facts: a loop head is reached by back edges translated after it.
//! For loop heads entered only by falling in, by OSR and by backward
//! JUMP_ABSOLUTEs (`Plan::loop_heads`), a probe translation into a
//! scratch function first records each local's kind at every edge into
//! the head ([`Probe`]); a local that every back edge knows to hold a
//! small int, a float or a list, and that falling in knows the same of
//! or is certainly bound at, is assumed at the head ([`LoopFacts`]). The
//! real translation checks the assumed kinds where control comes from
//! outside the loop (the head's own block, which falling in and OSR
//! enter; a failed check leaves at the head), then continues in a body
//! block that the back edges enter directly; a back edge that does not
//! know a fact (a path the probe did not see the same) checks it before
//! jumping. The body block's parameters carry the unboxed values of the
//! assumed ints and lists (not floats: keeping them in registers across
//! the loop measured slower than loading them), so the body uses them
//! without a load. Assuming more only adds facts, so the back edges of
//! the real translation know at least what the probe's did.
//!
//! Invariant: a fact is recorded only at a point that dominates the rest
//! of its region (after a guard whose failure leaves compiled code, or at
//! a STORE_FAST or LOAD_CONST), and facts keyed by SSA value are dropped
//! where control can arrive from elsewhere (`Plan::merges`: jump and
//! handler targets, resume points; the way on after a conditional branch
//! keeps them), so every recorded unboxed value dominates its uses; what
//! a merge or loop head starts with holds on every edge into it. Facts
//! are keyed by SSA value, so the blocks where an instruction's paths join
//! (`done`) and a guard's way on are sealed as soon as they are entered:
//! their predecessors are all known then, and a value that crosses them
//! stays the same value instead of becoming a block parameter that no
//! fact names. Locals change only through STORE_FAST and DELETE_FAST in
//! compiled code (helpers never rebind a frame's fast locals; EXEC_STMT
//! and IMPORT_STAR, which can, are exits), so a local's fact lasts until
//! its region ends or the local is rebound.

use super::{F64, FROM_CONSTS, I64, Tx, compare_codes, flags, float_path, int_path};
use crate::interp::profile;
use crate::jit::abi::DeoptReason;
use crate::jit::abi::obj_off;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, Block, BlockArg, InstBuilder, MemFlagsData};
use cranelift_module::Module;
use py2jit_runtime::types::BinOp;
use py2jit_runtime::value::{PTR_MASK, PTR_TAG, SMALL_INT_MAX, SMALL_INT_MIN, Value};
use std::collections::{BTreeSet, HashMap};

/// What the translator knows of a value: its kind and its unboxed form.
#[derive(Clone, Copy)]
pub enum Known {
    /// A small int: its value as an i64.
    Int(ir::Value),
    /// A float: its value as an f64.
    Float(ir::Value),
    /// An exact list: its address (the tag masked off).
    List(ir::Value),
}

impl Known {
    fn kind(self) -> Kind {
        match self {
            Known::Int(_) => Kind::Int,
            Known::Float(_) => Kind::Float,
            Known::List(_) => Kind::List,
        }
    }

    /// A small int or float: an immediate, never reference counted.
    pub fn is_immediate(self) -> bool {
        self.kind().is_immediate()
    }

    /// The unboxed value.
    fn value(self) -> ir::Value {
        match self {
            Known::Int(v) | Known::Float(v) | Known::List(v) => v,
        }
    }

    fn of(kind: Kind, v: ir::Value) -> Known {
        match kind {
            Kind::Int => Known::Int(v),
            Kind::Float => Known::Float(v),
            Kind::List => Known::List(v),
        }
    }
}

/// A kind of value the translator speculates on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Int,
    Float,
    List,
}

impl Kind {
    /// Small ints and floats are immediates: never reference counted.
    pub fn is_immediate(self) -> bool {
        matches!(self, Kind::Int | Kind::Float)
    }

    /// The IR type of the unboxed form.
    fn ir_type(self) -> ir::Type {
        match self {
            Kind::Float => F64,
            Kind::Int | Kind::List => I64,
        }
    }
}

/// Whether a loop fact of `kind` is carried into the loop body as a
/// block parameter (its unboxed value) rather than loaded from the frame
/// at its first use in each iteration.
fn carried(kind: Kind) -> bool {
    kind != Kind::Float
}

/// Integer operations compiled speculatively: those with an inline int
/// path whose result is an int (not true division) and needs no shift
/// count check.
fn int_spec_path(bop: BinOp) -> bool {
    int_path(bop) && !matches!(bop, BinOp::TrueDiv | BinOp::Rshift)
}

/// A guard exit whose code is emitted after the body: the instruction
/// it leaves at and the stack state there.
pub struct GuardExit {
    block: Block,
    pc: usize,
    depth: usize,
    borrowed: Vec<Option<usize>>,
    open: Vec<usize>,
}

/// The facts a loop head starts with (see the module docs): locals and
/// their kinds, and the block the back edges enter.
pub struct LoopFacts {
    facts: Vec<(usize, Kind)>,
    body: Option<Block>,
}

/// What a probe translation saw at the edges into loop heads: per head,
/// each local's kind when falling in, and at every back edge.
#[derive(Default)]
pub struct Probe {
    fall_in: HashMap<usize, Vec<Option<Kind>>>,
    back: HashMap<usize, Vec<Vec<Option<Kind>>>>,
}

impl Probe {
    /// The facts each loop head in `heads` may assume: a local's kind
    /// that every back edge knows, when falling in knows the same kind or
    /// nothing (and the local is certainly bound there, `bound`).
    pub fn loop_facts(
        &self,
        heads: &BTreeSet<usize>,
        bound: &[Vec<bool>],
    ) -> HashMap<usize, LoopFacts> {
        let mut out = HashMap::new();
        for &h in heads {
            let Some(edges) = self.back.get(&h) else {
                continue;
            };
            let Some(first) = edges.first() else {
                continue;
            };
            let entry = self.fall_in.get(&h);
            let facts: Vec<(usize, Kind)> = first
                .iter()
                .enumerate()
                .filter_map(|(l, k)| {
                    let k = (*k)?;
                    if !edges.iter().all(|e| e[l] == Some(k)) {
                        return None;
                    }
                    match entry.and_then(|e| e[l]) {
                        Some(e) if e == k => Some((l, k)),
                        Some(_) => None,
                        None => bound.get(h)?.get(l).copied()?.then_some((l, k)),
                    }
                })
                .collect();
            if !facts.is_empty() {
                out.insert(h, LoopFacts { facts, body: None });
            }
        }
        out
    }
}

impl<M: Module> Tx<'_, '_, M> {
    /// What this instruction may speculate its operands are.
    fn speculation(&self) -> Option<Kind> {
        if !self.env.prune_cold {
            return None;
        }
        match self.feedback() {
            profile::K_INT => Some(Kind::Int),
            profile::K_FLOAT => Some(Kind::Float),
            _ => None,
        }
    }

    /// Forgets every fact (a new region starts).
    pub(super) fn forget_facts(&mut self) {
        self.known.clear();
        self.views.clear();
        self.local_known.iter_mut().for_each(|l| *l = None);
        self.local_kinds.iter_mut().for_each(|l| *l = None);
    }

    /// What is known of local `l`'s kind here.
    pub(super) fn local_kind(&self, l: usize) -> Option<Kind> {
        match self.local_known[l] {
            Some((_, n)) => Some(n.kind()),
            None => self.local_kinds[l],
        }
    }

    fn local_kinds_now(&self) -> Vec<Option<Kind>> {
        (0..self.local_known.len())
            .map(|l| self.local_kind(l))
            .collect()
    }

    /// `bits`, known to hold a `kind`, unboxed; recorded as known, and
    /// as what local `l` holds when given.
    fn unbox(&mut self, bits: ir::Value, kind: Kind, l: Option<usize>) -> Known {
        let num = Known::of(kind, self.unboxed(bits, kind));
        self.known.insert(bits, num);
        if let Some(l) = l {
            self.local_known[l] = Some((bits, num));
        }
        num
    }

    /// The unboxed form of `bits`, which holds a `kind`.
    fn unboxed(&mut self, bits: ir::Value, kind: Kind) -> ir::Value {
        match kind {
            Kind::Int => self.decode(bits),
            Kind::Float => self.b.ins().bitcast(F64, MemFlagsData::new(), bits),
            Kind::List => self.b.ins().band_imm_u(bits, PTR_MASK as i64),
        }
    }

    /// The bits of a `kind` whose unboxed form is `v`.
    fn boxed(&mut self, v: ir::Value, kind: Kind) -> ir::Value {
        match kind {
            Kind::Int => self.encode(v),
            Kind::Float => self.b.ins().bitcast(I64, MemFlagsData::new(), v),
            Kind::List => self.b.ins().bor_imm_u(v, PTR_TAG as i64),
        }
    }

    /// Local `l` holds `bits`, of kind `kind`: unboxes it and records it.
    pub(super) fn know_local(&mut self, l: usize, bits: ir::Value, kind: Kind) {
        self.unbox(bits, kind, Some(l));
    }

    /// Continues only if `bits` holds a `kind`; leaves through `exit`
    /// otherwise.
    fn guard_kind(&mut self, bits: ir::Value, kind: Kind, exit: &mut Option<Block>) {
        let ok = match kind {
            Kind::Int => self.is_int(bits),
            Kind::Float => self.is_float(bits),
            Kind::List => {
                let isp = self.is_ptr(bits);
                self.exit_unless(isp, exit);
                let p = self.b.ins().band_imm_u(bits, PTR_MASK as i64);
                let t = self.b.ins().load(I64, flags(), p, obj_off::TYPE);
                let list_t = py2jit_runtime::rt::rt().types.list as i64;
                self.b.ins().icmp_imm_s(IntCC::Equal, t, list_t)
            }
        };
        self.exit_unless(ok, exit);
    }

    /// In a probe translation, hands the locals' kinds here to `note`.
    fn note_probe(&mut self, note: impl FnOnce(&mut Probe, Vec<Option<Kind>>)) {
        if self.probe.is_some() {
            let kinds = self.local_kinds_now();
            if let Some(p) = self.probe.as_deref_mut() {
                note(p, kinds);
            }
        }
    }

    /// An edge into the block of instruction `t` is about to be emitted:
    /// what it knows of the locals' kinds joins what the other edges into
    /// `t` know (merge facts, see the module docs).
    pub(super) fn note_edge(&mut self, t: usize) {
        let kinds = self.local_kinds_now();
        let e = self
            .edge_kinds
            .entry(t)
            .or_insert_with(|| (kinds.clone(), 0));
        for (have, k) in e.0.iter_mut().zip(kinds) {
            if *have != k {
                *have = None;
            }
        }
        e.1 += 1;
    }

    /// The block of merge `i` starts: facts end, except, at a forward
    /// merge (`Plan::forward_merges`), the kinds every edge into it knows.
    pub(super) fn enter_merge(&mut self, i: usize, forward: bool) {
        self.forget_facts();
        if !forward {
            return;
        }
        if let Some((kinds, _)) = self.edge_kinds.get(&i) {
            self.local_kinds.clone_from(kinds);
            #[cfg(debug_assertions)]
            self.merge_facts_used.push(i);
        }
    }

    /// Debug builds: every forward merge that started with merge facts
    /// has no more predecessors than edges noted into it (an edge emitted
    /// without `note_edge` would make its facts unsound).
    #[cfg(debug_assertions)]
    pub(super) fn check_merge_edges(&self) {
        let cfg = cranelift_codegen::flowgraph::ControlFlowGraph::with_function(self.b.func);
        for &i in &self.merge_facts_used {
            let blk = self.blocks[i].expect("merges have blocks");
            let preds = cfg.pred_iter(blk).count();
            let noted = self.edge_kinds.get(&i).map_or(0, |e| e.1);
            assert!(
                preds <= noted,
                "merge at instruction {i}: {preds} predecessors, {noted} edges noted"
            );
        }
    }

    /// Control falls into the block of instruction `i` (a probe notes the
    /// facts when `i` is a loop head).
    pub(super) fn note_loop_edge(&mut self, i: usize) {
        self.note_probe(|p, kinds| {
            p.fall_in.insert(i, kinds);
        });
    }

    /// The block of loop head `h` starts: control comes from outside the
    /// loop (falling in, OSR). With facts to assume, checks them (leaving
    /// at the head when one fails) and continues in the loop's body
    /// block, which the back edges enter too: its parameters are the
    /// assumed locals' unboxed values, so the body neither loads nor
    /// decodes them.
    pub(super) fn enter_loop_head(&mut self, h: usize) {
        self.forget_facts();
        let Some(facts) = self.assume.get(&h).map(|f| f.facts.clone()) else {
            return;
        };
        let mut exit = None;
        let mut args = Vec::new();
        for &(l, kind) in &facts {
            let v = self.load_local(l);
            self.guard_kind(v, kind, &mut exit);
            if carried(kind) {
                args.push(BlockArg::Value(self.unboxed(v, kind)));
            }
        }
        let body = self.b.create_block();
        for &(_, kind) in facts.iter().filter(|(_, k)| carried(*k)) {
            self.b.append_block_param(body, kind.ir_type());
        }
        self.b.ins().jump(body, &args);
        self.b.switch_to_block(body);
        self.forget_facts();
        let mut params = self.b.block_params(body).to_vec().into_iter();
        for &(l, kind) in &facts {
            if !carried(kind) {
                self.local_kinds[l] = Some(kind);
                continue;
            }
            let v = params.next().expect("a parameter per carried fact");
            let bits = self.boxed(v, kind);
            let known = Known::of(kind, v);
            self.known.insert(bits, known);
            self.local_known[l] = Some((bits, known));
        }
        if let Some(f) = self.assume.get_mut(&h) {
            f.body = Some(body);
        }
    }

    /// A backward JUMP_ABSOLUTE to loop head `h`: into the loop's body
    /// block with the assumed locals' unboxed values, making sure the
    /// facts hold (a fact this path does not know is checked, leaving
    /// here if it fails).
    pub(super) fn back_edge(&mut self, h: usize) {
        self.note_probe(|p, kinds| p.back.entry(h).or_default().push(kinds));
        let Some((facts, Some(body))) = self.assume.get(&h).map(|f| (f.facts.clone(), f.body))
        else {
            self.jump_to(h);
            return;
        };
        let mut exit = None;
        let mut args = Vec::new();
        for (l, kind) in facts {
            let known = self.local_kind(l) == Some(kind);
            match self.local_known[l] {
                Some((_, k)) if carried(kind) && k.kind() == kind => {
                    args.push(BlockArg::Value(k.value()));
                }
                _ if known && !carried(kind) => {}
                _ => {
                    let v = self.load_local(l);
                    if !known {
                        self.guard_kind(v, kind, &mut exit);
                    }
                    if carried(kind) {
                        args.push(BlockArg::Value(self.unboxed(v, kind)));
                    }
                }
            }
        }
        self.b.ins().jump(body, &args);
        self.terminated = true;
    }

    /// The constant `v` is, when an `iconst` made it (a LOAD_CONST of a
    /// small int, unboxed).
    fn iconst_of(&self, v: ir::Value) -> Option<i64> {
        let ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else {
            return None;
        };
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm {
                opcode: ir::Opcode::Iconst,
                imm,
            } => Some(imm.bits()),
            _ => None,
        }
    }

    /// The known small int in `bits`, decoded.
    pub(super) fn known_int(&self, bits: ir::Value) -> Option<ir::Value> {
        match self.known.get(&bits) {
            Some(Known::Int(i)) => Some(*i),
            _ => None,
        }
    }

    /// A constant just pushed as `bits`: a number's value is known.
    pub(super) fn know_const(&mut self, bits: ir::Value, c: &Value) {
        if c.is_float() {
            let f = self.b.ins().f64const(f64::from_bits(c.bits()));
            self.known.insert(bits, Known::Float(f));
        } else if let Some(i) = c.as_small_int() {
            let i = self.b.ins().iconst(I64, i);
            self.known.insert(bits, Known::Int(i));
        }
    }

    /// A cold block that leaves compiled code at this instruction with
    /// the stack as it is now (operands not yet popped): the interpreter
    /// runs the instruction instead.
    fn guard_exit(&mut self, exit: &mut Option<Block>) -> Block {
        if let Some(b) = *exit {
            return b;
        }
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        // filled after the body (the builder cannot leave a block half
        // built), with the state of now
        let open = self.open_slots(self.depth);
        self.guard_exits.push(GuardExit {
            block: blk,
            pc: self.pc,
            depth: self.depth,
            borrowed: self.borrowed[..self.depth].to_vec(),
            open,
        });
        *exit = Some(blk);
        blk
    }

    /// Fills the guard exits (see `guard_exit`): each writes the frame
    /// back as it was when its instruction started and leaves there.
    pub(super) fn emit_guard_exits(&mut self) {
        let exits = std::mem::take(&mut self.guard_exits);
        let saved = self.borrowed.clone();
        for e in exits {
            self.b.switch_to_block(e.block);
            self.pc = e.pc;
            self.borrowed[..e.depth].copy_from_slice(&e.borrowed);
            self.write_back_open(e.depth, &e.open);
            self.leave_at(DeoptReason::Guard);
        }
        self.borrowed = saved;
    }

    /// Continues only if `c` is false; leaves through `exit` otherwise.
    fn exit_if(&mut self, c: ir::Value, exit: &mut Option<Block>) {
        self.exit_when(c, true, exit);
    }

    /// Continues only if `c` is true; leaves through `exit` otherwise.
    fn exit_unless(&mut self, c: ir::Value, exit: &mut Option<Block>) {
        self.exit_when(c, false, exit);
    }

    /// Leaves through `exit` when `c` is `leave`, else continues in a new
    /// block.
    fn exit_when(&mut self, c: ir::Value, leave: bool, exit: &mut Option<Block>) {
        let to = self.guard_exit(exit);
        let next = self.b.create_block();
        let (t, f) = if leave { (to, next) } else { (next, to) };
        self.b.ins().brif(c, t, &[], f, &[]);
        // its one predecessor is known: sealed, values flow through it
        // unchanged (no block parameters), so facts keyed by them hold
        self.b.seal_block(next);
        self.b.switch_to_block(next);
    }

    /// The stack value `n` slots from the top unboxed as `kind`, guarded
    /// to be one (leaving through `exit`) unless that is known; records
    /// what the guard proves.
    fn operand(&mut self, n: usize, kind: Kind, exit: &mut Option<Block>) -> ir::Value {
        let slot = self.depth - n;
        let bits = self.peek(n);
        if let Some(num) = self.known.get(&bits).filter(|k| k.kind() == kind) {
            return num.value();
        }
        self.guard_kind(bits, kind, exit);
        let local = self.borrowed[slot].filter(|l| *l != FROM_CONSTS);
        self.unbox(bits, kind, local).value()
    }

    /// Replaces the two operands with the result `bits` (`num` unboxed).
    /// Small ints and floats are immediates: the operands need no
    /// release.
    fn push_result(&mut self, bits: ir::Value, num: Known) {
        self.pop_as();
        self.pop_as();
        self.push(bits);
        self.known.insert(bits, num);
    }

    /// A binary operation speculated on its feedback (see the module
    /// docs); false when it does not speculate (nothing emitted).
    pub(super) fn speculative_binary(&mut self, bop: BinOp) -> bool {
        match self.speculation() {
            Some(Kind::Float) if float_path(bop) => {
                self.float_binary(bop);
                true
            }
            Some(Kind::Int) if int_spec_path(bop) => {
                self.int_binary_spec(bop);
                true
            }
            _ => false,
        }
    }

    fn float_binary(&mut self, bop: BinOp) {
        let mut exit = None;
        let x = self.operand(2, Kind::Float, &mut exit);
        let y = self.operand(1, Kind::Float, &mut exit);
        // ZeroDivisionError comes from the interpreter
        let on_zero = self.guard_exit(&mut exit);
        let r = self.float_arith(bop, x, y, on_zero);
        // a NaN result is boxed by the runtime (see `Value::float`)
        let nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        self.exit_if(nan, &mut exit);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
        self.push_result(bits, Known::Float(r));
    }

    fn int_binary_spec(&mut self, bop: BinOp) {
        let mut exit = None;
        let x = self.operand(2, Kind::Int, &mut exit);
        let y = self.operand(1, Kind::Int, &mut exit);
        let r = match bop {
            BinOp::Add => self.b.ins().iadd(x, y),
            BinOp::Sub => self.b.ins().isub(x, y),
            BinOp::Mul => {
                let (r, of) = self.b.ins().smul_overflow(x, y);
                self.exit_if(of, &mut exit);
                r
            }
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            _ => {
                // floor division and modulo; ZeroDivisionError comes from
                // the interpreter
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.exit_if(zero, &mut exit);
                self.floor_div_mod(bop, x, y)
            }
        };
        // a result beyond a small int becomes a long in the interpreter;
        // adding or subtracting a constant can only leave the range on
        // one side, which one compare tests (`i += 1`)
        let step = match bop {
            BinOp::Add => self.iconst_of(y).or_else(|| self.iconst_of(x)),
            BinOp::Sub => self.iconst_of(y).and_then(i64::checked_neg),
            _ => None,
        };
        match step {
            Some(c) if c > 0 => {
                let over = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThan, r, SMALL_INT_MAX);
                self.exit_if(over, &mut exit);
            }
            Some(c) if c < 0 => {
                let under = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedLessThan, r, SMALL_INT_MIN);
                self.exit_if(under, &mut exit);
            }
            Some(_) => {}
            None if matches!(
                bop,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Div
            ) =>
            {
                let fits = self.fits(r);
                self.exit_unless(fits, &mut exit);
            }
            None => {}
        }
        let bits = self.encode(r);
        self.push_result(bits, Known::Int(r));
    }

    /// A comparison (`arg` <= 5) speculated on its feedback: branches to
    /// `yes`/`no` when fused with the following jump, else pushes the
    /// bool; false when it does not speculate (nothing emitted).
    pub(super) fn speculative_compare(
        &mut self,
        arg: usize,
        fused: Option<(Block, Block)>,
    ) -> bool {
        let Some(kind) = self.speculation() else {
            return false;
        };
        let mut exit = None;
        let x = self.operand(2, kind, &mut exit);
        let y = self.operand(1, kind, &mut exit);
        let (icc, fcc) = compare_codes(arg);
        let c = match kind {
            Kind::Int => self.b.ins().icmp(icc, x, y),
            Kind::Float => self.b.ins().fcmp(fcc, x, y),
            Kind::List => unreachable!("feedback speculates on numbers only"),
        };
        self.pop_as();
        self.pop_as();
        match fused {
            Some((yes, no)) => {
                self.note_fused_edges();
                self.b.ins().brif(c, yes, &[], no, &[]);
                self.terminated = true;
                self.skip = Some(self.pc + 1);
            }
            None => {
                let r = self.bool_value(c);
                self.push(r);
            }
        }
        true
    }

    /// UNARY_NEGATIVE of a known float: true when it applied.
    pub(super) fn negate_known_float(&mut self) -> bool {
        let v = self.peek(1);
        let Some(&Known::Float(f)) = self.known.get(&v) else {
            return false;
        };
        let r = self.b.ins().bxor_imm_u(v, i64::MIN);
        let nf = self.b.ins().fneg(f);
        self.pop_as();
        self.push(r);
        self.known.insert(r, Known::Float(nf));
        true
    }

    /// A call of `math.sqrt` (the function object `callee_bits`, the only
    /// callee this site saw) on a float, speculated: another callee or
    /// argument, or a negative or NaN argument (ValueError, NaN) leaves
    /// compiled code. The result is a known float. False when the
    /// compilation does not speculate (nothing emitted).
    pub(super) fn speculative_sqrt(&mut self, callee_bits: u64) -> bool {
        if !self.env.prune_cold {
            return false;
        }
        let mut exit = None;
        let callee = self.peek(2);
        let same = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, callee, callee_bits as i64);
        self.exit_unless(same, &mut exit);
        let x = self.operand(1, Kind::Float, &mut exit);
        let zero = self.b.ins().f64const(0.0);
        let nonneg = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, zero);
        self.exit_unless(nonneg, &mut exit);
        self.count_site(super::super::stats::SITE_KNOWN_CALL, false);
        let r = self.b.ins().sqrt(x);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
        // the argument is a float (nothing to release)
        self.pop_as();
        let (f, f_lent) = self.pop_ref();
        self.release(f, f_lent);
        self.push(bits);
        self.known.insert(bits, Known::Float(r));
        true
    }
}

impl<M: Module> Tx<'_, '_, M> {
    /// BINARY_SUBSCR or STORE_SUBSCR at a site whose feedback saw only
    /// exact lists indexed within bounds by small ints, speculated: another
    /// container or index, or an index out of bounds (IndexError), leaves
    /// compiled code. The container becomes a known list (a local holding
    /// it is then indexed without its checks, and can be a loop fact).
    /// False when the site does not speculate (nothing emitted).
    pub(super) fn speculative_subscr(&mut self, store: bool) -> bool {
        let fb = self.feedback();
        if !self.env.prune_cold || fb & !profile::K_ITEM_NOT_INT != profile::K_LIST_ITEM {
            return false;
        }
        // STORE_SUBSCR records no item kind
        let int_item = !store && fb == profile::K_LIST_ITEM;
        let mut exit = None;
        let p = self.operand(2, Kind::List, &mut exit);
        let i = self.operand(1, Kind::Int, &mut exit);
        let (len, items) = self.list_view(p, self.depth - 2);
        // one unsigned test passes every index in 0..len
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let at = self.b.create_block();
        self.b.append_block_param(at, I64);
        let neg = self.b.create_block();
        self.b.set_cold_block(neg);
        self.b.ins().brif(inb, at, &[BlockArg::Value(i)], neg, &[]);
        self.b.seal_block(neg);
        self.b.switch_to_block(neg);
        // a negative index counts from the end
        let wrapped = self.b.ins().iadd(i, len);
        let isneg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let fits = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, wrapped, 0);
        let ok = self.b.ins().band(isneg, fits);
        self.exit_unless(ok, &mut exit);
        self.b.ins().jump(at, &[BlockArg::Value(wrapped)]);
        self.b.seal_block(at);
        self.b.switch_to_block(at);
        let idx = self.b.block_params(at)[0];
        let addr = self.item_addr(items, idx);
        let item = (!store).then(|| {
            let x = self.b.ins().load(I64, flags(), addr, 0);
            if int_item {
                // an item that is not a small int leaves before anything
                // is popped or released; a small int needs no reference
                self.guard_kind(x, Kind::Int, &mut exit);
                self.unbox(x, Kind::Int, None);
            } else {
                self.incref(x);
            }
            x
        });
        // the index is a small int: nothing to release
        self.pop_as();
        let (_, o_lent) = self.pop_ref();
        if store {
            let v = self.pop();
            let old = self.b.ins().load(I64, flags(), addr, 0);
            self.b.ins().store(flags(), v, addr, 0);
            self.decref(old);
        }
        if !o_lent {
            self.decref_ptr(p);
        }
        if let Some(x) = item {
            self.push(x);
        }
        true
    }
}
