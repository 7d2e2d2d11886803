//! Decoding `co_code` into instructions.
//!
//! `EXTENDED_ARG` prefixes are folded into the instruction they extend;
//! the instruction keeps both its own offset (`offset`, what `f_lasti` and
//! line numbers use) and the offset of its first prefix (`start`, where
//! jumps land). Jump arguments are resolved to instruction indices.

use super::opcode::{ArgKind, OPS, has_arg, op};
use std::fmt;

/// Sentinel for "no jump target".
pub const NO_TARGET: u32 = u32::MAX;

/// One decoded instruction.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instr {
    /// The opcode.
    pub op: u8,
    /// The argument (with any EXTENDED_ARG prefixes applied).
    pub arg: u32,
    /// Byte offset of the opcode.
    pub offset: u32,
    /// Byte offset of the first EXTENDED_ARG prefix (== offset if none).
    pub start: u32,
    /// For jumps: the index of the target instruction.
    pub target: u32,
}

/// A decoding error: what is wrong and at which byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset of the offending instruction.
    pub offset: u32,
    /// What is wrong.
    pub msg: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at offset {}", self.msg, self.offset)
    }
}

/// Decoded bytecode.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The instructions in order.
    pub instrs: Vec<Instr>,
    /// Byte offset → instruction index (u32::MAX where no instruction
    /// starts).
    pub index_at: Vec<u32>,
}

impl Decoded {
    /// The instruction index starting at byte offset `off`, if any.
    pub fn index_of(&self, off: usize) -> Option<usize> {
        match self.index_at.get(off) {
            Some(&i) if i != u32::MAX => Some(i as usize),
            _ => None,
        }
    }
}

/// Is `o` a jump opcode, and is its argument relative?
pub fn jump_kind(o: u8) -> Option<bool> {
    match OPS[o as usize].kind {
        ArgKind::JRel => Some(true),
        ArgKind::JAbs => Some(false),
        _ => None,
    }
}

/// Decodes bytecode; rejects unknown opcodes, truncated instructions and
/// jumps that do not land on an instruction.
pub fn decode(code: &[u8]) -> Result<Decoded, DecodeError> {
    let mut instrs = Vec::with_capacity(code.len() / 2);
    let mut index_at = vec![u32::MAX; code.len() + 1];
    let mut i = 0usize;
    let mut ext: u64 = 0;
    let mut start: Option<usize> = None;
    while i < code.len() {
        let o = code[i];
        if OPS[o as usize].name.is_none() {
            return Err(DecodeError {
                offset: i as u32,
                msg: format!("unknown opcode {o}"),
            });
        }
        let offset = i;
        i += 1;
        let mut arg: u64 = 0;
        if has_arg(o) {
            if i + 2 > code.len() {
                return Err(DecodeError {
                    offset: offset as u32,
                    msg: "truncated instruction".into(),
                });
            }
            arg = code[i] as u64 | (code[i + 1] as u64) << 8;
            i += 2;
        }
        arg |= ext;
        if arg > u32::MAX as u64 {
            return Err(DecodeError {
                offset: offset as u32,
                msg: "argument too large".into(),
            });
        }
        if o == op::EXTENDED_ARG {
            ext = arg << 16;
            if start.is_none() {
                start = Some(offset);
            }
            continue;
        }
        ext = 0;
        let st = start.take().unwrap_or(offset);
        index_at[st] = instrs.len() as u32;
        instrs.push(Instr {
            op: o,
            arg: arg as u32,
            offset: offset as u32,
            start: st as u32,
            target: super::decode::NO_TARGET,
        });
    }
    if let Some(st) = start {
        return Err(DecodeError {
            offset: st as u32,
            msg: "EXTENDED_ARG at the end of the code".into(),
        });
    }
    index_at[code.len()] = u32::MAX;
    for ins in instrs.iter_mut() {
        if let Some(rel) = jump_kind(ins.op) {
            let next = ins.offset as u64 + 3;
            let t = if rel {
                next + ins.arg as u64
            } else {
                ins.arg as u64
            };
            if t >= code.len() as u64 {
                return Err(DecodeError {
                    offset: ins.offset,
                    msg: format!("jump target {t} outside the code (length {})", code.len()),
                });
            }
            let ti = index_at[t as usize];
            if ti == u32::MAX {
                return Err(DecodeError {
                    offset: ins.offset,
                    msg: format!("jump target {t} is not the start of an instruction"),
                });
            }
            ins.target = ti;
        }
    }
    Ok(Decoded { instrs, index_at })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_resolves_jumps() {
        // LOAD_CONST 0; POP_JUMP_IF_FALSE 9; LOAD_CONST 0; RETURN_VALUE
        let code = [100, 0, 0, 114, 9, 0, 100, 0, 0, 83];
        let d = decode(&code).unwrap();
        assert_eq!(d.instrs.len(), 4);
        assert_eq!(d.instrs[1].target, 3);
    }

    #[test]
    fn rejects_bad_code() {
        assert!(decode(&[6]).unwrap_err().msg.contains("unknown opcode"));
        assert!(decode(&[100, 0]).unwrap_err().msg.contains("truncated"));
        assert!(
            decode(&[113, 1, 0, 83])
                .unwrap_err()
                .msg
                .contains("not the start")
        );
        assert!(decode(&[113, 99, 0]).unwrap_err().msg.contains("outside"));
    }

    #[test]
    fn folds_extended_arg() {
        // EXTENDED_ARG 1; LOAD_CONST 2 -> arg 0x10002
        let d = decode(&[145, 1, 0, 100, 2, 0]).unwrap();
        assert_eq!(d.instrs.len(), 1);
        assert_eq!(d.instrs[0].arg, 0x10002);
        assert_eq!(d.instrs[0].start, 0);
        assert_eq!(d.instrs[0].offset, 3);
    }
}
