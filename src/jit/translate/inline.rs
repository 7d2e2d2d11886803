//! Inlining of leaf functions into compiled callers.
//!
//! A *leaf* is a function whose code only moves values between its
//! locals and its stack, computes on small ints, floats and bools, tests
//! and compares them, branches forward and returns ([`leaf_shape`]): it
//! calls nothing, stores into no object and has no exception handler.
//! When the interpreter saw a CALL_FUNCTION site call one leaf function
//! and nothing else (`code_info::CallTarget`), the translator compiles the
//! call as the leaf's body working on the argument values, behind a guard
//! that the callable is a function running that same code object and that
//! the call would not exceed the recursion limit.
//!
//! Every operation in an inlined body has an inline fast path and nothing
//! else. Whenever a value leaves the fast paths (a string operand, an int
//! overflow, a division by zero, an unbound local, a NaN) nothing
//! observable has happened yet, so the code makes the real call instead,
//! with the arguments the caller's stack still holds: exceptions,
//! tracebacks and every other effect come from a real frame, exactly as
//! without inlining.
//!
//! Invariants: values inside an inlined body are immediates or borrowed
//! (arguments from the caller's stack, which keeps them until the body is
//! done; constants from the leaf's code object, which the call-target
//! record keeps alive as long as the caller's code); the result is owned
//! (RETURN_VALUE takes a reference to an object).

use super::{
    F64, FALSE_BITS, I64, NONE_BITS, NULL_BITS, TRUE_BITS, Tx, bound_locals, float_path, int_path,
};
use crate::bytecode::opcode::op;
use crate::interp::code_info::CodeInfo;
use crate::interp::profile;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, Block, BlockArg, InstBuilder, MemFlagsData, types};
use cranelift_frontend::Variable;
use cranelift_module::Module;
use py2jit_runtime::func::co_flags;
use py2jit_runtime::types::BinOp;
use py2jit_runtime::value::INT_BASE;
use std::collections::HashMap;

/// Most instructions a leaf may have.
const MAX_INSTRS: usize = 64;

/// Is `ci` shaped like a leaf (see the module docs)? Only what the code
/// says; the operand kinds its feedback shows are checked when a call is
/// translated (`numeric_feedback`).
pub fn leaf_shape(ci: &CodeInfo) -> bool {
    let not_plain = co_flags::VARARGS | co_flags::VARKEYWORDS | co_flags::GENERATOR;
    if ci.flags & not_plain != 0
        || ci.flags & co_flags::OPTIMIZED == 0
        || ci.ncells + ci.nfrees != 0
        || ci.max_blocks != 0
        || ci.instrs.len() > MAX_INSTRS
    {
        return false;
    }
    let division_new = ci.flags & co_flags::FUTURE_DIVISION != 0;
    ci.instrs.iter().enumerate().all(|(pc, ins)| {
        ci.analysis.depth[pc] < 0
            || match ins.op {
                op::LOAD_FAST
                | op::STORE_FAST
                | op::LOAD_CONST
                | op::POP_TOP
                | op::ROT_TWO
                | op::ROT_THREE
                | op::DUP_TOP
                | op::NOP
                | op::RETURN_VALUE
                | op::UNARY_NEGATIVE
                | op::UNARY_NOT
                | op::LOAD_ATTR => true,
                op::COMPARE_OP => ins.arg <= 5 || ins.arg == 8 || ins.arg == 9,
                op::POP_JUMP_IF_FALSE
                | op::POP_JUMP_IF_TRUE
                | op::JUMP_IF_FALSE_OR_POP
                | op::JUMP_IF_TRUE_OR_POP
                | op::JUMP_FORWARD
                | op::JUMP_ABSOLUTE => ins.target as usize > pc,
                o => crate::interp::eval::binop_for(o, division_new)
                    .is_some_and(|(bop, _)| int_path(bop) || float_path(bop)),
            }
    })
}

/// Has every arithmetic and comparison instruction of leaf `ci` that ran
/// in the interpreter seen only operands its inline paths take? (An
/// instruction that never ran gets both the int and the float path.)
fn numeric_feedback(ci: &CodeInfo) -> bool {
    let division_new = ci.flags & co_flags::FUTURE_DIVISION != 0;
    ci.instrs.iter().enumerate().all(|(pc, ins)| {
        let fb = ci.feedback.get(pc).map_or(0, |c| c.get());
        // (K_BIG: results that left small ints bail to the real call)
        let only_numbers = fb & !(profile::K_INT | profile::K_FLOAT | profile::K_BIG) == 0;
        match ins.op {
            op::COMPARE_OP if ins.arg <= 5 => only_numbers,
            o => match crate::interp::eval::binop_for(o, division_new) {
                Some((bop, _)) => {
                    only_numbers
                        && (fb & profile::K_INT == 0 || int_path(bop))
                        && (fb & profile::K_FLOAT == 0 || float_path(bop))
                }
                None => true,
            },
        }
    })
}

/// Has every LOAD_ATTR of leaf `ci` an attribute cache entry compiled
/// code can read inline (an instance or module attribute)? Without one
/// the inlined body would always give up there.
fn attrs_cached(ci: &CodeInfo) -> bool {
    ci.instrs.iter().enumerate().all(|(pc, ins)| {
        ins.op != op::LOAD_ATTR
            || ci.analysis.depth[pc] < 0
            || !super::cache_ways_at(ci, pc, plain_attr).is_empty()
    })
}

/// Attribute cache entries a leaf reads inline: instance-dict and module
/// attributes.
fn plain_attr(kind: u64) -> bool {
    use py2jit_runtime::attr_cache::{K_DICT, K_MODULE};
    kind == K_DICT || kind == K_MODULE
}

impl<'a, 'b, M: Module> Tx<'a, 'b, M> {
    /// The leaf the CALL_FUNCTION at `self.pc` (argument `arg`) can be
    /// compiled as: the code object's bits and its interpreter data.
    /// `method`: the site calls a method loaded without binding (the
    /// receiver becomes the first argument).
    pub(super) fn inline_candidate(
        &self,
        arg: usize,
        method: bool,
    ) -> Option<(u64, &'static CodeInfo)> {
        let na = (arg & 0xff) + method as usize;
        if arg >> 8 != 0 {
            return None;
        }
        let (code, bound) = self.ci.call_target(self.pc).monomorphic()?;
        let callee = crate::interp::code_info::info(code).ok()?;
        (bound == method
            && callee.argcount == na
            && callee.leaf_shape()
            && numeric_feedback(callee)
            && attrs_cached(callee))
        .then_some((code.bits(), callee))
    }

    /// Guards that `callable` is a function running code `code_bits`
    /// with room for one more frame under the recursion limit; goes on in
    /// a new block if so, else to `fail`.
    fn guard_leaf(&mut self, callable: ir::Value, code_bits: u64, fail: Block) {
        use super::super::abi::obj_off;
        let r = py2jit_runtime::rt::rt();
        let (p, ty) = self.ptr_and_type(callable, fail);
        let is_fn = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, ty, r.types.function as i64);
        let c2 = self.b.create_block();
        self.b.ins().brif(is_fn, c2, &[], fail, &[]);
        self.b.switch_to_block(c2);
        let code = self
            .b
            .ins()
            .load(I64, super::flags(), p, obj_off::FUNC_CODE);
        let same = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, code, code_bits as i64);
        let c3 = self.b.create_block();
        self.b.ins().brif(same, c3, &[], fail, &[]);
        self.b.switch_to_block(c3);
        let dp = self.iconst(r.depth.as_ptr() as u64);
        let lp = self.iconst(r.recursion_limit.as_ptr() as u64);
        let d = self.b.ins().load(types::I32, super::flags(), dp, 0);
        let l = self.b.ins().load(types::I32, super::flags(), lp, 0);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, d, l);
        let body = self.b.create_block();
        self.b.ins().brif(room, body, &[], fail, &[]);
        self.b.switch_to_block(body);
    }

    /// A method call (`load_method` kept the receiver aside) compiled as
    /// the body of leaf `callee` when the slot holds the unbound function
    /// running that code; otherwise, or when the body leaves its fast
    /// paths, the call is made as `call_method` makes it.
    pub(super) fn inline_method_call(&mut self, arg: usize, code_bits: u64, callee: &CodeInfo) {
        let na = arg & 0xff;
        let from = self.depth - na - 1;
        let recv = self.b.use_var(self.meth_self[from]);
        let func = self.b.use_var(self.stack[from]);
        let generic = self.b.create_block();
        self.b.set_cold_block(generic);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        // a receiver kept aside (not an ordinary attribute value)
        let plain = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, recv, NULL_BITS as i64);
        self.continue_unless(plain, generic);
        self.guard_leaf(func, code_bits, generic);
        let body = self.b.current_block().expect("in a block");

        self.b.switch_to_block(generic);
        self.count_site(super::super::stats::SITE_INLINE, true);
        let r = self.call_method(arg);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);

        self.b.switch_to_block(body);
        self.depth = from + na + 1;
        let mut args = vec![recv];
        args.extend((0..na).map(|i| self.peek(na - i)));
        let r = self.leaf_body(callee, &args, generic);
        self.count_site(super::super::stats::SITE_INLINE, false);
        // the call consumes the function, the receiver and the arguments
        for _ in 0..na + 1 {
            let (v, lent) = self.pop_ref();
            self.release(v, lent);
        }
        self.decref(recv);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);

        self.b.switch_to_block(join);
        self.depth = from;
        let r = self.b.block_params(join)[0];
        self.push(r);
    }

    /// CALL_FUNCTION of `arg` positional arguments, compiled as the body
    /// of leaf `callee` (code object `code_bits`) when the callable runs
    /// that code, and as a generic call otherwise or when the body leaves
    /// its fast paths.
    pub(super) fn inline_call(&mut self, arg: usize, code_bits: u64, callee: &CodeInfo) {
        let na = arg & 0xff;
        let n = na + 1;
        let from = self.depth - n;
        let callable = self.peek(n);
        let generic = self.b.create_block();
        self.b.set_cold_block(generic);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);

        self.guard_leaf(callable, code_bits, generic);
        let body = self.b.current_block().expect("in a block");

        self.b.switch_to_block(generic);
        self.count_site(super::super::stats::SITE_INLINE, true);
        let r = self.generic_call(op::CALL_FUNCTION, arg);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);

        self.b.switch_to_block(body);
        self.depth = from + n;
        let args: Vec<ir::Value> = (0..na).map(|i| self.peek(na - i)).collect();
        let r = self.leaf_body(callee, &args, generic);
        self.count_site(super::super::stats::SITE_INLINE, false);
        // the call consumes the callable and the arguments
        for _ in 0..n {
            let (v, lent) = self.pop_ref();
            self.release(v, lent);
        }
        self.b.ins().jump(join, &[BlockArg::Value(r)]);

        self.b.switch_to_block(join);
        self.depth = from;
        let r = self.b.block_params(join)[0];
        self.push(r);
    }

    /// Emits leaf `ci`'s body on `args`; anything off its fast paths jumps
    /// to `bail`. Returns the (owned) result, the builder in the block
    /// after the body.
    fn leaf_body(&mut self, ci: &CodeInfo, args: &[ir::Value], bail: Block) -> ir::Value {
        let locals: Vec<Variable> = (0..ci.nlocals).map(|_| self.b.declare_var(I64)).collect();
        for (i, var) in locals.iter().enumerate() {
            let v = match args.get(i) {
                Some(a) => *a,
                None => self.iconst(NULL_BITS),
            };
            self.b.def_var(*var, v);
        }
        let depth = (ci.analysis.max_depth as usize).max(1);
        let stack: Vec<Variable> = (0..depth).map(|_| self.b.declare_var(I64)).collect();
        let ret = self.b.create_block();
        self.b.append_block_param(ret, I64);
        let mut targets: HashMap<usize, Block> = HashMap::new();
        for (pc, ins) in ci.instrs.iter().enumerate() {
            if ci.analysis.depth[pc] >= 0 && super::is_jump(ins.op) {
                targets
                    .entry(ins.target as usize)
                    .or_insert_with(|| self.b.create_block());
            }
        }
        let bound = bound_locals(ci);
        let division_new = ci.flags & co_flags::FUTURE_DIVISION != 0;
        let mut live = true;
        // the condition a COMPARE_OP or UNARY_NOT just computed for the
        // value on top of the stack (for a POP_JUMP_IF right after it)
        let mut cond: Option<ir::Value> = None;
        for (pc, ins) in ci.instrs.iter().enumerate() {
            if ci.analysis.depth[pc] < 0 {
                continue;
            }
            if let Some(&blk) = targets.get(&pc) {
                if live {
                    self.b.ins().jump(blk, &[]);
                }
                self.b.switch_to_block(blk);
                live = true;
                cond = None;
            }
            if !live {
                continue;
            }
            let fused = cond.take();
            let sd = ci.analysis.depth[pc] as usize;
            let arg = ins.arg as usize;
            let fb = ci.feedback.get(pc).map_or(0, |c| c.get());
            match ins.op {
                op::LOAD_FAST => {
                    let v = self.b.use_var(locals[arg]);
                    if !bound[pc].get(arg).copied().unwrap_or(false) {
                        let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, NULL_BITS as i64);
                        self.continue_unless(unbound, bail);
                    }
                    self.b.def_var(stack[sd], v);
                }
                op::STORE_FAST => {
                    let v = self.b.use_var(stack[sd - 1]);
                    self.b.def_var(locals[arg], v);
                }
                op::LOAD_CONST => {
                    let v = self.iconst(ci.consts[arg].bits());
                    self.b.def_var(stack[sd], v);
                }
                op::LOAD_ATTR => {
                    // a borrowed value of the object's dict: nothing in
                    // the body can change the dict
                    let o = self.b.use_var(stack[sd - 1]);
                    let ways = super::cache_ways_at(ci, pc, plain_attr);
                    let slot = if ways.is_empty() {
                        self.b.ins().jump(bail, &[]);
                        live = false;
                        continue;
                    } else {
                        self.per_way(&ways, bail, |tx, way, fail| tx.attr_dict_slot(o, way, fail))
                    };
                    let v = self.b.ins().load(I64, super::flags(), slot, 0);
                    self.b.def_var(stack[sd - 1], v);
                }
                op::POP_TOP | op::NOP => {}
                op::DUP_TOP => {
                    let v = self.b.use_var(stack[sd - 1]);
                    self.b.def_var(stack[sd], v);
                }
                op::ROT_TWO => {
                    let top = self.b.use_var(stack[sd - 1]);
                    let second = self.b.use_var(stack[sd - 2]);
                    self.b.def_var(stack[sd - 1], second);
                    self.b.def_var(stack[sd - 2], top);
                }
                op::ROT_THREE => {
                    let top = self.b.use_var(stack[sd - 1]);
                    let second = self.b.use_var(stack[sd - 2]);
                    let third = self.b.use_var(stack[sd - 3]);
                    self.b.def_var(stack[sd - 1], second);
                    self.b.def_var(stack[sd - 2], third);
                    self.b.def_var(stack[sd - 3], top);
                }
                op::RETURN_VALUE => {
                    let v = self.b.use_var(stack[sd - 1]);
                    self.incref(v);
                    self.b.ins().jump(ret, &[BlockArg::Value(v)]);
                    live = false;
                }
                op::JUMP_FORWARD | op::JUMP_ABSOLUTE => {
                    self.b.ins().jump(targets[&(ins.target as usize)], &[]);
                    live = false;
                }
                op::POP_JUMP_IF_FALSE
                | op::POP_JUMP_IF_TRUE
                | op::JUMP_IF_FALSE_OR_POP
                | op::JUMP_IF_TRUE_OR_POP => {
                    let c = match fused {
                        Some(c) => c,
                        None => {
                            let v = self.b.use_var(stack[sd - 1]);
                            self.leaf_truth(v, bail)
                        }
                    };
                    let target = targets[&(ins.target as usize)];
                    let next = self.b.create_block();
                    if matches!(ins.op, op::POP_JUMP_IF_TRUE | op::JUMP_IF_TRUE_OR_POP) {
                        self.b.ins().brif(c, target, &[], next, &[]);
                    } else {
                        self.b.ins().brif(c, next, &[], target, &[]);
                    }
                    self.b.switch_to_block(next);
                }
                op::UNARY_NOT => {
                    let v = self.b.use_var(stack[sd - 1]);
                    let c = self.leaf_truth(v, bail);
                    let not = self.b.ins().bxor_imm_u(c, 1);
                    let r = self.bool_value(not);
                    self.b.def_var(stack[sd - 1], r);
                    cond = Some(not);
                }
                op::UNARY_NEGATIVE => {
                    let v = self.b.use_var(stack[sd - 1]);
                    let r = self.leaf_negative(v, bail);
                    self.b.def_var(stack[sd - 1], r);
                }
                op::COMPARE_OP => {
                    let a = self.b.use_var(stack[sd - 2]);
                    let b = self.b.use_var(stack[sd - 1]);
                    let c = self.leaf_compare(arg, a, b, fb, bail);
                    let r = self.bool_value(c);
                    self.b.def_var(stack[sd - 2], r);
                    cond = Some(c);
                }
                o => {
                    let (bop, _) = crate::interp::eval::binop_for(o, division_new)
                        .expect("leaf_shape admits only these");
                    let a = self.b.use_var(stack[sd - 2]);
                    let b = self.b.use_var(stack[sd - 1]);
                    let r = self.leaf_binary(bop, a, b, fb, bail);
                    self.b.def_var(stack[sd - 2], r);
                }
            }
        }
        if live {
            // verified code does not fall off its end
            self.b.ins().jump(bail, &[]);
        }
        self.b.switch_to_block(ret);
        self.b.block_params(ret)[0]
    }

    /// Goes on in a new block unless `c`, else to `bail`.
    fn continue_unless(&mut self, c: ir::Value, bail: Block) {
        let ok = self.b.create_block();
        self.b.ins().brif(c, bail, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// The truth of a bool, None, small int or float (an i8); anything
    /// else goes to `bail`.
    fn leaf_truth(&mut self, v: ir::Value, bail: Block) -> ir::Value {
        let is_int = self.is_int(v);
        let int_nz = self.b.ins().icmp_imm_u(IntCC::NotEqual, v, INT_BASE as i64);
        let is_float = self.is_float(v);
        let f = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        let zero = self.b.ins().f64const(0.0);
        let float_nz = self.b.ins().fcmp(FloatCC::NotEqual, f, zero);
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, TRUE_BITS as i64);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, FALSE_BITS as i64);
        let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, v, NONE_BITS as i64);
        let num = self.b.ins().bor(is_int, is_float);
        let bools = self.b.ins().bor(is_true, is_false);
        let bools = self.b.ins().bor(bools, is_none);
        let known = self.b.ins().bor(num, bools);
        let unknown = self.b.ins().bxor_imm_u(known, 1);
        self.continue_unless(unknown, bail);
        let c = self.b.ins().select(is_float, float_nz, is_true);
        self.b.ins().select(is_int, int_nz, c)
    }

    /// `-v` for a small int or a float; anything else (and the one int
    /// whose negation does not fit) goes to `bail`.
    fn leaf_negative(&mut self, v: ir::Value, bail: Block) -> ir::Value {
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let int_blk = self.b.create_block();
        let other = self.b.create_block();
        let is_int = self.is_int(v);
        self.b.ins().brif(is_int, int_blk, &[], other, &[]);
        self.b.switch_to_block(int_blk);
        let x = self.decode(v);
        let r = self.b.ins().ineg(x);
        let ok = self.fits(r);
        let enc = self.encode(r);
        self.b
            .ins()
            .brif(ok, done, &[BlockArg::Value(enc)], bail, &[]);
        self.b.switch_to_block(other);
        let is_float = self.is_float(v);
        let f_blk = self.b.create_block();
        self.b.ins().brif(is_float, f_blk, &[], bail, &[]);
        self.b.switch_to_block(f_blk);
        let f = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        let r = self.b.ins().fneg(f);
        self.float_result(r, done, bail);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// COMPARE_OP `arg` (identity or an order comparison) of `a` and `b`
    /// as an i8 condition; operands without an inline path go to `bail`.
    fn leaf_compare(
        &mut self,
        arg: usize,
        a: ir::Value,
        b: ir::Value,
        fb: u8,
        bail: Block,
    ) -> ir::Value {
        if arg == 8 || arg == 9 {
            let cc = if arg == 8 {
                IntCC::Equal
            } else {
                IntCC::NotEqual
            };
            return self.b.ins().icmp(cc, a, b);
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I8);
        self.numeric_compare(arg, a, b, fb, bail, |tx, c| {
            tx.b.ins().jump(done, &[BlockArg::Value(c)]);
        });
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// Binary operation `bop` on `a` and `b` along the int and float paths
    /// the feedback `fb` asks for; anything else goes to `bail`.
    fn leaf_binary(
        &mut self,
        bop: BinOp,
        a: ir::Value,
        b: ir::Value,
        fb: u8,
        bail: Block,
    ) -> ir::Value {
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.numeric_binary(bop, a, b, fb, done, bail);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_arithmetic_binary_ops_have_paths() {
        assert!(int_path(BinOp::Add) && float_path(BinOp::Add));
        assert!(int_path(BinOp::Mod) && !float_path(BinOp::Mod));
        assert!(!int_path(BinOp::Lshift) && !float_path(BinOp::Pow));
    }
}
