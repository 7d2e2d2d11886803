//! The bytecode verifier: rejects malformed code before it runs, and
//! computes the exact value-stack depth and block stack at every
//! reachable instruction (the JIT maps stack slots to variables with it).
//!
//! It checks every operand index (consts, names, locals, cells/frees,
//! comparison operators, argument counts) and walks all control flow —
//! jumps, loop exits, `break`/`continue`/`return` unwinding through
//! blocks, and exception edges into handlers — requiring that every path
//! reaching an instruction agrees on its depth and block stack, that no
//! instruction pops more than the stack holds, and that the depth never
//! exceeds `co_stacksize`.
//!
//! Convention shared with the interpreter (see docs/ARCHITECTURE.md,
//! "Finally blocks"): a `finally` or `with` handler is always entered with
//! exactly three values on top of its block's level. CPython pushes one
//! to three; py2jit pads with NULLs (two of them pushed by `POP_BLOCK` of
//! a finally block, before the compiler's `LOAD_CONST None`). This makes
//! the depth at every instruction a single static number.

use super::decode::{Decoded, Instr, NO_TARGET};
use super::opcode::{ArgKind, OPS, op};
use std::collections::HashMap;
use std::fmt;

/// Most statically nested blocks (CPython's `CO_MAXBLOCKS`).
pub const MAX_BLOCKS: usize = 20;

/// Kinds of blocks on the block stack.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// SETUP_LOOP.
    Loop,
    /// SETUP_EXCEPT.
    Except,
    /// SETUP_FINALLY and SETUP_WITH.
    Finally,
}

/// A block: its kind, handler instruction index and stack level.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Block {
    /// Kind.
    pub kind: BlockKind,
    /// Index of the handler (loop exit, except/finally handler).
    pub handler: u32,
    /// Value-stack depth when the block was set up.
    pub level: u32,
}

/// A verification failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    /// Byte offset of the offending instruction.
    pub offset: u32,
    /// What is wrong.
    pub msg: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at offset {}", self.msg, self.offset)
    }
}

/// What the interpreter and JIT need to know about the code.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Stack depth before each instruction (-1: unreachable).
    pub depth: Vec<i32>,
    /// Block stack before each instruction (index into `block_stacks`;
    /// u32::MAX: unreachable).
    pub blocks_at: Vec<u32>,
    /// Distinct block stacks.
    pub block_stacks: Vec<Vec<Block>>,
    /// Largest depth reached.
    pub max_depth: u32,
}

/// The sizes a code object's operands are checked against.
pub struct Limits {
    /// len(co_consts)
    pub nconsts: usize,
    /// len(co_names)
    pub nnames: usize,
    /// len(co_varnames)
    pub nvarnames: usize,
    /// co_nlocals
    pub nlocals: usize,
    /// len(co_cellvars) + len(co_freevars)
    pub nderef: usize,
    /// co_stacksize
    pub stacksize: usize,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct State {
    depth: u32,
    blocks: Vec<Block>,
}

/// Normal-flow (pops, pushes) of an opcode, or None for opcodes handled
/// specially by the walker.
pub fn effect(o: u8, arg: u32) -> Option<(u32, u32)> {
    use op::*;
    let na = arg & 0xff;
    let nk = (arg >> 8) & 0xff;
    Some(match o {
        POP_TOP => (1, 0),
        ROT_TWO => (2, 2),
        ROT_THREE => (3, 3),
        DUP_TOP => (1, 2),
        ROT_FOUR => (4, 4),
        NOP => (0, 0),
        UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_CONVERT | UNARY_INVERT => (1, 1),
        BINARY_POWER | BINARY_MULTIPLY | BINARY_DIVIDE | BINARY_MODULO | BINARY_ADD
        | BINARY_SUBTRACT | BINARY_SUBSCR | BINARY_FLOOR_DIVIDE | BINARY_TRUE_DIVIDE
        | INPLACE_FLOOR_DIVIDE | INPLACE_TRUE_DIVIDE | BINARY_LSHIFT | BINARY_RSHIFT
        | BINARY_AND | BINARY_XOR | BINARY_OR | INPLACE_ADD | INPLACE_SUBTRACT
        | INPLACE_MULTIPLY | INPLACE_DIVIDE | INPLACE_MODULO | INPLACE_POWER | INPLACE_LSHIFT
        | INPLACE_RSHIFT | INPLACE_AND | INPLACE_XOR | INPLACE_OR | COMPARE_OP => (2, 1),
        SLICE_0 => (1, 1),
        SLICE_1 | SLICE_2 => (2, 1),
        SLICE_3 => (3, 1),
        STORE_SLICE_0 => (2, 0),
        STORE_SLICE_1 | STORE_SLICE_2 => (3, 0),
        STORE_SLICE_3 => (4, 0),
        DELETE_SLICE_0 => (1, 0),
        DELETE_SLICE_1 | DELETE_SLICE_2 => (2, 0),
        DELETE_SLICE_3 => (3, 0),
        STORE_MAP => (3, 1),
        STORE_SUBSCR => (3, 0),
        DELETE_SUBSCR => (2, 0),
        GET_ITER => (1, 1),
        PRINT_EXPR | PRINT_ITEM => (1, 0),
        PRINT_NEWLINE => (0, 0),
        PRINT_ITEM_TO => (2, 0),
        PRINT_NEWLINE_TO => (1, 0),
        WITH_CLEANUP => (4, 3),
        LOAD_LOCALS => (0, 1),
        IMPORT_STAR => (1, 0),
        EXEC_STMT => (3, 0),
        YIELD_VALUE => (1, 1),
        BUILD_CLASS => (3, 1),
        STORE_NAME => (1, 0),
        DELETE_NAME => (0, 0),
        UNPACK_SEQUENCE => (1, arg),
        LIST_APPEND | SET_ADD => (1, 0),
        MAP_ADD => (2, 0),
        STORE_ATTR => (2, 0),
        DELETE_ATTR => (1, 0),
        STORE_GLOBAL => (1, 0),
        DELETE_GLOBAL => (0, 0),
        DUP_TOPX => (arg, 2 * arg),
        LOAD_CONST | LOAD_NAME | LOAD_GLOBAL | LOAD_FAST | LOAD_CLOSURE | LOAD_DEREF => (0, 1),
        BUILD_TUPLE | BUILD_LIST | BUILD_SET => (arg, 1),
        BUILD_MAP => (0, 1),
        LOAD_ATTR => (1, 1),
        IMPORT_NAME => (2, 1),
        IMPORT_FROM => (1, 2),
        STORE_FAST | STORE_DEREF => (1, 0),
        DELETE_FAST => (0, 0),
        CALL_FUNCTION => (1 + na + 2 * nk, 1),
        CALL_FUNCTION_VAR | CALL_FUNCTION_KW => (2 + na + 2 * nk, 1),
        CALL_FUNCTION_VAR_KW => (3 + na + 2 * nk, 1),
        MAKE_FUNCTION => (1 + arg, 1),
        MAKE_CLOSURE => (2 + arg, 1),
        BUILD_SLICE => (arg, 1),
        _ => return None,
    })
}

struct Walker<'a> {
    instrs: &'a [Instr],
    limits: &'a Limits,
    states: Vec<Option<u32>>,
    table: Vec<State>,
    index: HashMap<State, u32>,
    work: Vec<usize>,
    max_depth: u32,
}

impl Walker<'_> {
    fn err<T>(&self, i: usize, msg: impl Into<String>) -> Result<T, VerifyError> {
        Err(VerifyError {
            offset: self.instrs[i].offset,
            msg: msg.into(),
        })
    }

    fn intern(&mut self, s: State) -> u32 {
        if let Some(&id) = self.index.get(&s) {
            return id;
        }
        let id = self.table.len() as u32;
        self.index.insert(s.clone(), id);
        self.table.push(s);
        id
    }

    fn reach(&mut self, from: usize, to: usize, s: State) -> Result<(), VerifyError> {
        if to >= self.instrs.len() {
            return self.err(from, "execution falls off the end of the code");
        }
        if s.depth as usize > self.limits.stacksize {
            return Err(VerifyError {
                offset: self.instrs[to].offset,
                msg: format!(
                    "stack overflow: depth {} exceeds co_stacksize {}",
                    s.depth, self.limits.stacksize
                ),
            });
        }
        if s.blocks.len() > MAX_BLOCKS {
            return self.err(from, "too many statically nested blocks");
        }
        self.max_depth = self.max_depth.max(s.depth);
        let id = self.intern(s);
        match self.states[to] {
            None => {
                self.states[to] = Some(id);
                self.work.push(to);
                Ok(())
            }
            Some(old) if old == id => Ok(()),
            Some(old) => {
                let (a, b) = (&self.table[old as usize], &self.table[id as usize]);
                Err(VerifyError {
                    offset: self.instrs[to].offset,
                    msg: format!(
                        "inconsistent stack at a join: depth {} with {} blocks on one path, depth {} with {} blocks on another",
                        a.depth,
                        a.blocks.len(),
                        b.depth,
                        b.blocks.len()
                    ),
                })
            }
        }
    }

    /// The exception edge: the innermost except/finally handler.
    fn exception_edge(&mut self, i: usize, blocks: &[Block]) -> Result<(), VerifyError> {
        if let Some(k) = blocks.iter().rposition(|b| b.kind != BlockKind::Loop) {
            let b = blocks[k];
            let s = State {
                depth: b.level + 3,
                blocks: blocks[..k].to_vec(),
            };
            self.reach(i, b.handler as usize, s)?;
        }
        Ok(())
    }

    /// Unwinding for return: the innermost finally handler, if any.
    fn return_edge(&mut self, i: usize, blocks: &[Block]) -> Result<(), VerifyError> {
        if let Some(k) = blocks.iter().rposition(|b| b.kind == BlockKind::Finally) {
            let b = blocks[k];
            self.reach(
                i,
                b.handler as usize,
                State {
                    depth: b.level + 3,
                    blocks: blocks[..k].to_vec(),
                },
            )?;
        }
        Ok(())
    }

    /// Unwinding for break: innermost finally handler or loop exit.
    fn break_edge(
        &mut self,
        i: usize,
        blocks: &[Block],
        required: bool,
    ) -> Result<(), VerifyError> {
        for k in (0..blocks.len()).rev() {
            let b = blocks[k];
            match b.kind {
                BlockKind::Finally => {
                    return self.reach(
                        i,
                        b.handler as usize,
                        State {
                            depth: b.level + 3,
                            blocks: blocks[..k].to_vec(),
                        },
                    );
                }
                BlockKind::Loop => {
                    return self.reach(
                        i,
                        b.handler as usize,
                        State {
                            depth: b.level,
                            blocks: blocks[..k].to_vec(),
                        },
                    );
                }
                BlockKind::Except => {}
            }
        }
        if required {
            self.err(i, "'break' outside a loop")
        } else {
            Ok(())
        }
    }

    fn step(&mut self, i: usize) -> Result<(), VerifyError> {
        let ins = self.instrs[i];
        let st = self.table[self.states[i].unwrap() as usize].clone();
        let d = st.depth;
        let need = |n: u32, w: &Self| -> Result<(), VerifyError> {
            if d < n {
                w.err(
                    i,
                    format!(
                        "stack underflow: {} needs {} values, {} on the stack",
                        OPS[ins.op as usize].name.unwrap_or("?"),
                        n,
                        d
                    ),
                )
            } else {
                Ok(())
            }
        };
        // every instruction may raise
        self.exception_edge(i, &st.blocks)?;
        let next = i + 1;
        let with = |depth: u32, blocks: &Vec<Block>| State {
            depth,
            blocks: blocks.clone(),
        };
        use op::*;
        match ins.op {
            JUMP_FORWARD | JUMP_ABSOLUTE => self.reach(i, ins.target as usize, st.clone())?,
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
                need(1, self)?;
                self.reach(i, ins.target as usize, with(d - 1, &st.blocks))?;
                self.reach(i, next, with(d - 1, &st.blocks))?;
            }
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                need(1, self)?;
                self.reach(i, ins.target as usize, st.clone())?;
                self.reach(i, next, with(d - 1, &st.blocks))?;
            }
            FOR_ITER => {
                need(1, self)?;
                self.reach(i, ins.target as usize, with(d - 1, &st.blocks))?;
                self.reach(i, next, with(d + 1, &st.blocks))?;
            }
            SETUP_LOOP | SETUP_EXCEPT | SETUP_FINALLY => {
                let kind = match ins.op {
                    SETUP_LOOP => BlockKind::Loop,
                    SETUP_EXCEPT => BlockKind::Except,
                    _ => BlockKind::Finally,
                };
                let mut blocks = st.blocks.clone();
                blocks.push(Block {
                    kind,
                    handler: ins.target,
                    level: d,
                });
                if kind != BlockKind::Loop {
                    self.reach(
                        i,
                        ins.target as usize,
                        State {
                            depth: d + 3,
                            blocks: st.blocks.clone(),
                        },
                    )?;
                }
                self.reach(i, next, State { depth: d, blocks })?;
            }
            SETUP_WITH => {
                need(1, self)?;
                let mut blocks = st.blocks.clone();
                blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: ins.target,
                    level: d,
                });
                self.reach(
                    i,
                    ins.target as usize,
                    State {
                        depth: d + 3,
                        blocks: st.blocks.clone(),
                    },
                )?;
                self.reach(
                    i,
                    next,
                    State {
                        depth: d + 1,
                        blocks,
                    },
                )?;
            }
            POP_BLOCK => {
                let Some(b) = st.blocks.last().copied() else {
                    return self.err(i, "POP_BLOCK with no block set up");
                };
                if d < b.level {
                    return self.err(i, "stack below the block's level at POP_BLOCK");
                }
                let blocks = st.blocks[..st.blocks.len() - 1].to_vec();
                let pads = if b.kind == BlockKind::Finally { 2 } else { 0 };
                self.reach(
                    i,
                    next,
                    State {
                        depth: b.level + pads,
                        blocks,
                    },
                )?;
            }
            END_FINALLY => {
                need(3, self)?;
                self.return_edge(i, &st.blocks)?;
                self.break_edge(i, &st.blocks, false)?;
                self.reach(i, next, with(d - 3, &st.blocks))?;
            }
            RETURN_VALUE => {
                need(1, self)?;
                self.return_edge(i, &st.blocks)?;
            }
            BREAK_LOOP => self.break_edge(i, &st.blocks, true)?,
            CONTINUE_LOOP => {
                let mut level = d;
                let mut found = false;
                for k in (0..st.blocks.len()).rev() {
                    let b = st.blocks[k];
                    match b.kind {
                        BlockKind::Finally => {
                            self.reach(
                                i,
                                b.handler as usize,
                                State {
                                    depth: b.level + 3,
                                    blocks: st.blocks[..k].to_vec(),
                                },
                            )?;
                            found = true;
                            break;
                        }
                        BlockKind::Loop => {
                            self.reach(
                                i,
                                ins.target as usize,
                                State {
                                    depth: level,
                                    blocks: st.blocks[..=k].to_vec(),
                                },
                            )?;
                            found = true;
                            break;
                        }
                        BlockKind::Except => level = b.level,
                    }
                }
                if !found {
                    return self.err(i, "'continue' outside a loop");
                }
            }
            RAISE_VARARGS => {
                if ins.arg > 3 {
                    return self.err(i, format!("bad RAISE_VARARGS argument {}", ins.arg));
                }
                need(ins.arg, self)?;
            }
            STOP_CODE => return self.err(i, "STOP_CODE reached"),
            _ => {
                let Some((pops, pushes)) = effect(ins.op, ins.arg) else {
                    return self.err(i, format!("unsupported opcode {}", ins.op));
                };
                need(pops, self)?;
                match ins.op {
                    LIST_APPEND | SET_ADD => need(ins.arg + 1, self)?,
                    MAP_ADD => need(ins.arg + 2, self)?,
                    _ => {}
                }
                self.reach(i, next, with(d - pops + pushes, &st.blocks))?;
            }
        }
        Ok(())
    }
}

/// Checks operand indices of every instruction (reachable or not).
fn check_operands(instrs: &[Instr], l: &Limits) -> Result<(), VerifyError> {
    for ins in instrs {
        let bad = |msg: String| {
            Err(VerifyError {
                offset: ins.offset,
                msg,
            })
        };
        let a = ins.arg as usize;
        let name = OPS[ins.op as usize].name.unwrap_or("?");
        match OPS[ins.op as usize].kind {
            ArgKind::Const if a >= l.nconsts => {
                return bad(format!(
                    "{name} index {a} out of range (co_consts has {})",
                    l.nconsts
                ));
            }
            ArgKind::Name if a >= l.nnames => {
                return bad(format!(
                    "{name} index {a} out of range (co_names has {})",
                    l.nnames
                ));
            }
            ArgKind::Local if a >= l.nvarnames.min(l.nlocals) => {
                return bad(format!(
                    "{} index {} out of range (co_varnames has {})",
                    name,
                    a,
                    l.nvarnames.min(l.nlocals)
                ));
            }
            ArgKind::Free if a >= l.nderef => {
                return bad(format!(
                    "{name} index {a} out of range (cell and free variables: {})",
                    l.nderef
                ));
            }
            ArgKind::Compare if a > 10 => {
                return bad(format!("COMPARE_OP argument {a} out of range"));
            }
            _ => {}
        }
        match ins.op {
            op::DUP_TOPX if !(1..=5).contains(&a) => {
                return bad(format!("DUP_TOPX argument {a} out of range 1..5"));
            }
            op::BUILD_SLICE if a != 2 && a != 3 => {
                return bad(format!("BUILD_SLICE argument {a} must be 2 or 3"));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Verifies decoded code against its code object's sizes.
pub fn verify(d: &Decoded, limits: &Limits) -> Result<Analysis, VerifyError> {
    check_operands(&d.instrs, limits)?;
    let n = d.instrs.len();
    if n == 0 {
        return Err(VerifyError {
            offset: 0,
            msg: "empty code".into(),
        });
    }
    let mut w = Walker {
        instrs: &d.instrs,
        limits,
        states: vec![None; n],
        table: Vec::new(),
        index: HashMap::new(),
        work: Vec::new(),
        max_depth: 0,
    };
    w.reach(
        0,
        0,
        State {
            depth: 0,
            blocks: Vec::new(),
        },
    )?;
    while let Some(i) = w.work.pop() {
        w.step(i)?;
    }
    let mut depth = vec![-1i32; n];
    let mut blocks_at = vec![u32::MAX; n];
    let mut stacks: Vec<Vec<Block>> = Vec::new();
    let mut stack_ids: HashMap<Vec<Block>, u32> = HashMap::new();
    for i in 0..n {
        if let Some(id) = w.states[i] {
            let s = &w.table[id as usize];
            depth[i] = s.depth as i32;
            let bid = *stack_ids.entry(s.blocks.clone()).or_insert_with(|| {
                stacks.push(s.blocks.clone());
                (stacks.len() - 1) as u32
            });
            blocks_at[i] = bid;
        }
    }
    let _ = NO_TARGET;
    Ok(Analysis {
        depth,
        blocks_at,
        block_stacks: stacks,
        max_depth: w.max_depth,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::decode::decode;

    fn limits(stack: usize) -> Limits {
        Limits {
            nconsts: 2,
            nnames: 1,
            nvarnames: 1,
            nlocals: 1,
            nderef: 0,
            stacksize: stack,
        }
    }

    #[test]
    fn simple_function_depths() {
        // LOAD_CONST 0; LOAD_CONST 1; BINARY_ADD; RETURN_VALUE
        let d = decode(&[100, 0, 0, 100, 1, 0, 23, 83]).unwrap();
        let a = verify(&d, &limits(2)).unwrap();
        assert_eq!(a.depth, vec![0, 1, 2, 1]);
    }

    #[test]
    fn rejects_underflow_overflow_and_bad_indices() {
        let d = decode(&[23, 83]).unwrap();
        assert!(
            verify(&d, &limits(2))
                .unwrap_err()
                .msg
                .contains("underflow")
        );
        let d = decode(&[100, 0, 0, 100, 1, 0, 23, 83]).unwrap();
        assert!(verify(&d, &limits(1)).unwrap_err().msg.contains("overflow"));
        let d = decode(&[100, 5, 0, 83]).unwrap();
        assert!(
            verify(&d, &limits(1))
                .unwrap_err()
                .msg
                .contains("out of range")
        );
    }

    #[test]
    fn loop_with_break_is_consistent() {
        // SETUP_LOOP ->end; LOAD_CONST 0; GET_ITER; FOR_ITER ->pop; STORE_FAST 0;
        // BREAK_LOOP; JUMP_ABSOLUTE for; POP_BLOCK; LOAD_CONST 0; RETURN_VALUE
        let code = [
            120, 15, 0, 100, 0, 0, 68, 93, 7, 0, 125, 0, 0, 80, 113, 7, 0, 87, 100, 0, 0, 83,
        ];
        let d = decode(&code).unwrap();
        let a = verify(&d, &limits(2)).unwrap();
        assert_eq!(*a.depth.last().unwrap(), 1);
    }
}
