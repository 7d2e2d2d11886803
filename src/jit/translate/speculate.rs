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
//! records these facts per straight-line region (from one jump target to
//! the next):
//! - `Tx::nums` maps an SSA value holding a boxed small int or float to
//!   its unboxed value ([`Num`]): later operations on it need no tag
//!   test, no decoding and no move between register files; list
//!   indexing by a known int skips its index checks.
//! - `Tx::local_nums` says which locals hold such a value (set by
//!   STORE_FAST of a known number, or by a guard on a value LOAD_FAST
//!   borrowed from the local): LOAD_FAST reuses the value without a
//!   load, and STORE_FAST skips the release of the number it overwrites
//!   (small ints and floats are immediates, never reference counted).
//!   Constants (LOAD_CONST) are known numbers too.
//!
//! Loop facts: a loop head is a merge, so facts would end there every
//! iteration. For loop heads entered only by falling in, by OSR and by
//! backward JUMP_ABSOLUTEs (`Plan::loop_heads`), a probe translation into
//! a scratch function first records each local's kind at every edge into
//! the head ([`Probe`]); a local that every back edge knows to hold a
//! small int (or a float), and that falling in knows the same of or is
//! certainly bound at, is assumed at the head ([`LoopFacts`]). The real
//! translation checks the assumed kinds where control comes from outside
//! the loop (the head's own block, which falling in and OSR enter; a
//! failed check leaves at the head), then continues in a body block that
//! the back edges enter directly; a back edge that does not know a fact
//! (a path the probe did not see the same) checks it before jumping. In
//! the body a LOAD_FAST of an assumed local unboxes it without a guard.
//! Assuming more only adds facts, so the back edges of the real
//! translation know at least what the probe's did.
//!
//! Invariant: a fact is recorded only at a point that dominates the rest
//! of its region (after a guard whose failure leaves compiled code, or at
//! a STORE_FAST or LOAD_CONST), and all facts are dropped where control
//! can arrive from elsewhere (`Plan::merges`: jump and handler targets,
//! resume points; the way on after a conditional branch keeps them), so
//! every recorded unboxed value dominates its uses. Facts are keyed by
//! SSA value, so the blocks where an instruction's paths join (`done`)
//! and a guard's way on are sealed as soon as they are entered: their
//! predecessors are all known then, and a value that crosses them stays
//! the same value instead of becoming a block parameter that no fact
//! names. Locals change only
//! through STORE_FAST and DELETE_FAST in compiled code (helpers never
//! rebind a frame's fast locals; EXEC_STMT and IMPORT_STAR, which can, are
//! exits), so a local's fact lasts until its region ends or the local is
//! rebound.

use super::{F64, FROM_CONSTS, I64, Tx, compare_codes, flags, float_path, int_path};
use crate::interp::profile;
use crate::jit::abi::DeoptReason;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, Block, InstBuilder, MemFlagsData};
use cranelift_module::Module;
use py2jit_runtime::types::BinOp;
use py2jit_runtime::value::Value;
use std::collections::{BTreeSet, HashMap};

/// The unboxed value of a boxed number known to the translator.
#[derive(Clone, Copy)]
pub enum Num {
    /// A small int: its value as an i64.
    Int(ir::Value),
    /// A float: its value as an f64.
    Float(ir::Value),
}

impl Num {
    fn kind(self) -> Kind {
        match self {
            Num::Int(_) => Kind::Int,
            Num::Float(_) => Kind::Float,
        }
    }

    /// The unboxed value.
    fn value(self) -> ir::Value {
        match self {
            Num::Int(v) | Num::Float(v) => v,
        }
    }
}

/// A kind of immediate the translator speculates on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Int,
    Float,
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
        self.nums.clear();
        self.local_nums.iter_mut().for_each(|l| *l = None);
        self.local_kinds.iter_mut().for_each(|l| *l = None);
    }

    /// What is known of local `l`'s kind here.
    fn local_kind(&self, l: usize) -> Option<Kind> {
        match self.local_nums[l] {
            Some((_, n)) => Some(n.kind()),
            None => self.local_kinds[l],
        }
    }

    fn local_kinds_now(&self) -> Vec<Option<Kind>> {
        (0..self.local_nums.len())
            .map(|l| self.local_kind(l))
            .collect()
    }

    /// `bits`, known to hold a `kind`, unboxed; recorded as known, and
    /// as what local `l` holds when given.
    fn unbox(&mut self, bits: ir::Value, kind: Kind, l: Option<usize>) -> Num {
        let num = match kind {
            Kind::Int => Num::Int(self.decode(bits)),
            Kind::Float => Num::Float(self.b.ins().bitcast(F64, MemFlagsData::new(), bits)),
        };
        self.nums.insert(bits, num);
        if let Some(l) = l {
            self.local_nums[l] = Some((bits, num));
        }
        num
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
    /// block, which the back edges enter too, knowing the locals' kinds.
    pub(super) fn enter_loop_head(&mut self, h: usize) {
        self.forget_facts();
        let Some(facts) = self.assume.get(&h).map(|f| f.facts.clone()) else {
            return;
        };
        let mut exit = None;
        for &(l, kind) in &facts {
            self.guard_local(l, kind, &mut exit);
        }
        let body = self.b.create_block();
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(body);
        self.forget_facts();
        for &(l, kind) in &facts {
            self.local_kinds[l] = Some(kind);
        }
        if let Some(f) = self.assume.get_mut(&h) {
            f.body = Some(body);
        }
    }

    /// Checks that local `l` holds a `kind` (leaving through `exit`).
    fn guard_local(&mut self, l: usize, kind: Kind, exit: &mut Option<Block>) {
        let v = self
            .b
            .ins()
            .load(I64, flags(), self.fast, Self::local_addr(l));
        self.guard_kind(v, kind, exit);
    }

    /// A backward JUMP_ABSOLUTE to loop head `h`: into the loop's body
    /// block, making sure the facts it assumes hold (a fact this path
    /// does not know is checked, leaving here if it fails).
    pub(super) fn back_edge(&mut self, h: usize) {
        self.note_probe(|p, kinds| p.back.entry(h).or_default().push(kinds));
        let Some((facts, Some(body))) = self.assume.get(&h).map(|f| (f.facts.clone(), f.body))
        else {
            self.jump_to(h);
            return;
        };
        let mut exit = None;
        for (l, kind) in facts {
            if self.local_kind(l) != Some(kind) {
                self.guard_local(l, kind, &mut exit);
            }
        }
        self.b.ins().jump(body, &[]);
        self.terminated = true;
    }

    /// The known small int in `bits`, decoded.
    pub(super) fn known_int(&self, bits: ir::Value) -> Option<ir::Value> {
        match self.nums.get(&bits) {
            Some(Num::Int(i)) => Some(*i),
            _ => None,
        }
    }

    /// A constant just pushed as `bits`: a number's value is known.
    pub(super) fn know_const(&mut self, bits: ir::Value, c: &Value) {
        if c.is_float() {
            let f = self.b.ins().f64const(f64::from_bits(c.bits()));
            self.nums.insert(bits, Num::Float(f));
        } else if let Some(i) = c.as_small_int() {
            let i = self.b.ins().iconst(I64, i);
            self.nums.insert(bits, Num::Int(i));
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
        if let Some(num) = self.nums.get(&bits).filter(|k| k.kind() == kind) {
            return num.value();
        }
        self.guard_kind(bits, kind, exit);
        let local = self.borrowed[slot].filter(|l| *l != FROM_CONSTS);
        self.unbox(bits, kind, local).value()
    }

    /// Replaces the two operands with the result `bits` (`num` unboxed).
    /// Small ints and floats are immediates: the operands need no
    /// release.
    fn push_result(&mut self, bits: ir::Value, num: Num) {
        self.pop_as();
        self.pop_as();
        self.push(bits);
        self.nums.insert(bits, num);
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
        self.push_result(bits, Num::Float(r));
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
        // a result beyond a small int becomes a long in the interpreter
        if matches!(
            bop,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Div
        ) {
            let fits = self.fits(r);
            self.exit_unless(fits, &mut exit);
        }
        let bits = self.encode(r);
        self.push_result(bits, Num::Int(r));
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
        };
        self.pop_as();
        self.pop_as();
        match fused {
            Some((yes, no)) => {
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
        let Some(&Num::Float(f)) = self.nums.get(&v) else {
            return false;
        };
        let r = self.b.ins().bxor_imm_u(v, i64::MIN);
        let nf = self.b.ins().fneg(f);
        self.pop_as();
        self.push(r);
        self.nums.insert(r, Num::Float(nf));
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
        self.nums.insert(bits, Num::Float(r));
        true
    }
}
