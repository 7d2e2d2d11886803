//! Type feedback: what kinds of operands each generic instruction has
//! seen, recorded by the interpreter and read by the JIT to pick fast
//! paths. One byte per instruction, a union of `K_*` bits; 0 means the
//! instruction never ran in the interpreter.

use py2jit_runtime::str as pstr;
use py2jit_runtime::value::Value;

/// A small int.
pub const K_INT: u8 = 1;
/// A float.
pub const K_FLOAT: u8 = 2;
/// An exact str.
pub const K_STR: u8 = 4;
/// At arithmetic instructions: two small ints gave a result that is not
/// one (a long, a float from true division, an error), so compiled code
/// must not count on small-int results there.
pub const K_BIG: u8 = 64;
/// Anything else (and, at calls with no or more than three positional
/// arguments or with keyword arguments, that the call ran).
pub const K_OTHER: u8 = 128;
/// At BINARY_SUBSCR and STORE_SUBSCR sites (K_INT's bit): an exact list
/// indexed by a small int within its bounds; any other container, index
/// or an index out of bounds records `K_OTHER`.
pub const K_LIST_ITEM: u8 = K_INT;
/// At BINARY_SUBSCR sites, with `K_LIST_ITEM` (K_FLOAT's bit): a list
/// item that was not a small int; without it, every item the site took
/// from a list was one.
pub const K_ITEM_NOT_INT: u8 = K_FLOAT;
/// At CALL_FUNCTION sites with one to three positional arguments, the
/// callee: the builtin `len` (any callee without a bit of its own records
/// `K_OTHER`).
pub const K_LEN: u8 = 8;
/// At one-argument CALL_FUNCTION sites: the callee was `math.sqrt`.
pub const K_SQRT: u8 = 16;
/// At CALL_FUNCTION sites with one to three positional arguments: the
/// callee was the builtin `range`.
pub const K_RANGE: u8 = 32;

/// The builtins one-argument call sites recognise: each one's feedback
/// bit and the bits of its (never freed) function object.
#[inline(always)]
fn known_callees() -> [(u8, u64); 3] {
    let r = py2jit_runtime::rt::rt();
    [
        (K_LEN, r.builtin_len.get()),
        (K_SQRT, r.math_sqrt.get()),
        (K_RANGE, r.builtin_range.get()),
    ]
}

/// The feedback bit of a one-argument call's callee.
#[inline(always)]
pub fn callee_kind(f: &Value) -> u8 {
    known_callees()
        .iter()
        .find(|(_, bits)| *bits == f.bits())
        .map_or(K_OTHER, |(k, _)| *k)
}

/// The function object behind call feedback `fb` when it names exactly
/// one known builtin (what compiled code may call inline).
pub fn known_callee(fb: u8) -> Option<u64> {
    known_callees()
        .iter()
        .find(|(k, _)| *k == fb)
        .map(|(_, bits)| *bits)
}

/// Does the interpreter record feedback at an instruction with opcode `op`
/// every time it runs one (so that feedback 0 means it never ran there)?
/// Comparisons, binary and in-place arithmetic (the opcodes
/// `eval::binop_for` maps) and CALL_FUNCTION (one-argument calls record
/// their callee, others `K_OTHER`); the JIT leaves out paths through such
/// instructions that never ran.
pub fn records_feedback(op: u8) -> bool {
    use crate::bytecode::opcode::op;
    match op {
        op::COMPARE_OP | op::CALL_FUNCTION => true,
        _ => crate::interp::eval::binop_for(op, false).is_some(),
    }
}

/// The kind bit of a value.
#[inline(always)]
pub fn kind(v: &Value) -> u8 {
    if v.is_small_int() {
        K_INT
    } else if v.is_float() {
        K_FLOAT
    } else if pstr::is_exact_str(v) {
        K_STR
    } else {
        K_OTHER
    }
}
