//! Speculative float arithmetic: guards that exit, and what they prove.
//!
//! A binary operation or comparison whose feedback says it only ever saw
//! two floats is compiled, when the compilation may speculate
//! (`Env::prune_cold`: the code was profiled and this is not its last
//! compilation), as a float operation behind guards that *exit* to the
//! interpreter (`DeoptReason::Guard`) instead of falling back to the
//! generic helper. Nothing of the instruction has run when a guard fails,
//! so the interpreter executes it from the start; its feedback then shows
//! the new operand kind, and code that keeps exiting is recompiled
//! (`jit::RECOMPILE_AFTER_DEOPTS`) without the speculation.
//!
//! Because a failed guard leaves compiled code, everything after the
//! guard knows the operands are floats, and so is the result. The
//! translator records these facts per straight-line region (from one
//! jump target to the next):
//! - `Tx::floats` maps an SSA value holding a boxed float's bits to its
//!   `f64`: later float operations on it need no tag test and no move
//!   between register files.
//! - `Tx::local_floats` says which locals hold such a value (set by
//!   STORE_FAST of a known float, or by a guard on a value LOAD_FAST
//!   borrowed from the local): LOAD_FAST reuses the value without a
//!   load, and STORE_FAST skips the release of the float it overwrites
//!   (floats are immediates, never reference counted).
//!
//! Invariant: a fact is recorded only at a point that dominates the rest
//! of its region (after a guard whose failure leaves compiled code, or at
//! a STORE_FAST or LOAD_CONST), and all facts are dropped where a jump
//! target starts a new block, so every recorded `f64` value dominates its
//! uses. Locals change only through STORE_FAST and DELETE_FAST in
//! compiled code (helpers never rebind a frame's fast locals; EXEC_STMT
//! and IMPORT_STAR, which can, are exits), so a local's fact lasts until
//! its region ends or the local is rebound.

use super::{F64, FROM_CONSTS, I64, Tx, compare_codes, float_path};
use crate::interp::profile;
use crate::jit::abi::DeoptReason;
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{self, Block, InstBuilder, MemFlagsData};
use cranelift_module::Module;
use py2jit_runtime::types::BinOp;

impl<M: Module> Tx<'_, '_, M> {
    /// May this instruction speculate that its operands are floats?
    pub(super) fn float_speculation(&self) -> bool {
        self.env.prune_cold && self.feedback() == profile::K_FLOAT
    }

    /// Forgets every fact (a new region starts).
    pub(super) fn forget_facts(&mut self) {
        self.floats.clear();
        self.local_floats.iter_mut().for_each(|l| *l = None);
    }

    /// Records that `bits` holds a float whose value is `f`.
    fn know_float(&mut self, bits: ir::Value, f: ir::Value) {
        self.floats.insert(bits, f);
    }

    /// A cold block that leaves compiled code at this instruction with
    /// the stack as it is now (operands not yet popped): the interpreter
    /// runs the instruction instead.
    fn guard_exit(&mut self) -> Block {
        let here = self.b.current_block().expect("translating in a block");
        let exit = self.b.create_block();
        self.b.set_cold_block(exit);
        self.b.switch_to_block(exit);
        let terminated = self.terminated;
        self.deopt(DeoptReason::Guard);
        self.terminated = terminated;
        self.b.switch_to_block(here);
        exit
    }

    /// The stack value `n` slots from the top as an `f64`, guarded to be
    /// a float (leaving through `exit`, made on first need) unless that
    /// is known; records what the guard proves.
    fn float_operand(&mut self, n: usize, exit: &mut Option<Block>) -> ir::Value {
        let slot = self.depth - n;
        let bits = self.peek(n);
        if let Some(&f) = self.floats.get(&bits) {
            return f;
        }
        let ok = self.is_float(bits);
        let to = match *exit {
            Some(b) => b,
            None => {
                let b = self.guard_exit();
                *exit = Some(b);
                b
            }
        };
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], to, &[]);
        self.b.switch_to_block(next);
        let f = self.b.ins().bitcast(F64, MemFlagsData::new(), bits);
        self.know_float(bits, f);
        if let Some(l) = self.borrowed[slot].filter(|l| *l != FROM_CONSTS) {
            self.local_floats[l] = Some((bits, f));
        }
        f
    }

    /// Continues only if `c` is false; leaves through `exit` otherwise.
    fn exit_if(&mut self, c: ir::Value, exit: &mut Option<Block>) {
        let to = match *exit {
            Some(b) => b,
            None => {
                let b = self.guard_exit();
                *exit = Some(b);
                b
            }
        };
        let next = self.b.create_block();
        self.b.ins().brif(c, to, &[], next, &[]);
        self.b.switch_to_block(next);
    }

    /// A binary operation on two floats, speculated (see the module
    /// docs); false when `bop` has no float path (nothing emitted).
    pub(super) fn speculative_float_binary(&mut self, bop: BinOp) -> bool {
        if !float_path(bop) {
            return false;
        }
        let mut exit = None;
        let x = self.float_operand(2, &mut exit);
        let y = self.float_operand(1, &mut exit);
        let r = match bop {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            BinOp::Mul => self.b.ins().fmul(x, y),
            _ => {
                // ZeroDivisionError comes from the interpreter
                let z = self.b.ins().f64const(0.0);
                let yz = self.b.ins().fcmp(FloatCC::Equal, y, z);
                self.exit_if(yz, &mut exit);
                self.b.ins().fdiv(x, y)
            }
        };
        // a NaN result is boxed by the runtime (see `Value::float`)
        let nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        self.exit_if(nan, &mut exit);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
        // floats are immediates: the operands need no release
        self.pop_as();
        self.pop_as();
        self.push(bits);
        self.know_float(bits, r);
        true
    }

    /// A comparison (`arg` <= 5) of two floats, speculated: branches to
    /// `yes`/`no` when fused with the following jump, else pushes the
    /// bool.
    pub(super) fn speculative_float_compare(&mut self, arg: usize, fused: Option<(Block, Block)>) {
        let mut exit = None;
        let x = self.float_operand(2, &mut exit);
        let y = self.float_operand(1, &mut exit);
        let (_, fcc) = compare_codes(arg);
        let c = self.b.ins().fcmp(fcc, x, y);
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
    }

    /// UNARY_NEGATIVE of a known float: true when it applied.
    pub(super) fn negate_known_float(&mut self) -> bool {
        let v = self.peek(1);
        let Some(&f) = self.floats.get(&v) else {
            return false;
        };
        let r = self.b.ins().bxor_imm_u(v, i64::MIN);
        let nf = self.b.ins().fneg(f);
        self.pop_as();
        self.push(r);
        self.know_float(r, nf);
        true
    }

    /// A float constant just pushed as `bits`: its value is known.
    pub(super) fn know_float_const(&mut self, bits: ir::Value, c: u64) {
        let f = self.b.ins().f64const(f64::from_bits(c));
        self.know_float(bits, f);
    }
}
