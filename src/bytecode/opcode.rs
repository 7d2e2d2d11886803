//! The Python 2.7 opcode table (Lib/opcode.py): names, argument flag and
//! operand kinds. Generated from CPython 2.7.18's opcode.py; the numbering
//! is fixed by the bytecode format.

/// What an opcode's argument refers to.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument, or a plain count.
    None,
    /// Index into co_consts.
    Const,
    /// Index into co_names.
    Name,
    /// Relative jump: target is the next instruction's offset plus arg.
    JRel,
    /// Absolute jump: target is the arg.
    JAbs,
    /// Index into co_varnames.
    Local,
    /// Comparison operator index.
    Compare,
    /// Index into co_cellvars + co_freevars.
    Free,
}

/// Opcodes at or above this take a two-byte argument.
pub const HAVE_ARGUMENT: u8 = 90;

/// Opcode numbers, named as in CPython (`SLICE+1` is `SLICE_1`).
#[allow(missing_docs)]
pub mod op {
    pub const STOP_CODE: u8 = 0;
    pub const POP_TOP: u8 = 1;
    pub const ROT_TWO: u8 = 2;
    pub const ROT_THREE: u8 = 3;
    pub const DUP_TOP: u8 = 4;
    pub const ROT_FOUR: u8 = 5;
    pub const NOP: u8 = 9;
    pub const UNARY_POSITIVE: u8 = 10;
    pub const UNARY_NEGATIVE: u8 = 11;
    pub const UNARY_NOT: u8 = 12;
    pub const UNARY_CONVERT: u8 = 13;
    pub const UNARY_INVERT: u8 = 15;
    pub const BINARY_POWER: u8 = 19;
    pub const BINARY_MULTIPLY: u8 = 20;
    pub const BINARY_DIVIDE: u8 = 21;
    pub const BINARY_MODULO: u8 = 22;
    pub const BINARY_ADD: u8 = 23;
    pub const BINARY_SUBTRACT: u8 = 24;
    pub const BINARY_SUBSCR: u8 = 25;
    pub const BINARY_FLOOR_DIVIDE: u8 = 26;
    pub const BINARY_TRUE_DIVIDE: u8 = 27;
    pub const INPLACE_FLOOR_DIVIDE: u8 = 28;
    pub const INPLACE_TRUE_DIVIDE: u8 = 29;
    pub const SLICE_0: u8 = 30;
    pub const SLICE_1: u8 = 31;
    pub const SLICE_2: u8 = 32;
    pub const SLICE_3: u8 = 33;
    pub const STORE_SLICE_0: u8 = 40;
    pub const STORE_SLICE_1: u8 = 41;
    pub const STORE_SLICE_2: u8 = 42;
    pub const STORE_SLICE_3: u8 = 43;
    pub const DELETE_SLICE_0: u8 = 50;
    pub const DELETE_SLICE_1: u8 = 51;
    pub const DELETE_SLICE_2: u8 = 52;
    pub const DELETE_SLICE_3: u8 = 53;
    pub const STORE_MAP: u8 = 54;
    pub const INPLACE_ADD: u8 = 55;
    pub const INPLACE_SUBTRACT: u8 = 56;
    pub const INPLACE_MULTIPLY: u8 = 57;
    pub const INPLACE_DIVIDE: u8 = 58;
    pub const INPLACE_MODULO: u8 = 59;
    pub const STORE_SUBSCR: u8 = 60;
    pub const DELETE_SUBSCR: u8 = 61;
    pub const BINARY_LSHIFT: u8 = 62;
    pub const BINARY_RSHIFT: u8 = 63;
    pub const BINARY_AND: u8 = 64;
    pub const BINARY_XOR: u8 = 65;
    pub const BINARY_OR: u8 = 66;
    pub const INPLACE_POWER: u8 = 67;
    pub const GET_ITER: u8 = 68;
    pub const PRINT_EXPR: u8 = 70;
    pub const PRINT_ITEM: u8 = 71;
    pub const PRINT_NEWLINE: u8 = 72;
    pub const PRINT_ITEM_TO: u8 = 73;
    pub const PRINT_NEWLINE_TO: u8 = 74;
    pub const INPLACE_LSHIFT: u8 = 75;
    pub const INPLACE_RSHIFT: u8 = 76;
    pub const INPLACE_AND: u8 = 77;
    pub const INPLACE_XOR: u8 = 78;
    pub const INPLACE_OR: u8 = 79;
    pub const BREAK_LOOP: u8 = 80;
    pub const WITH_CLEANUP: u8 = 81;
    pub const LOAD_LOCALS: u8 = 82;
    pub const RETURN_VALUE: u8 = 83;
    pub const IMPORT_STAR: u8 = 84;
    pub const EXEC_STMT: u8 = 85;
    pub const YIELD_VALUE: u8 = 86;
    pub const POP_BLOCK: u8 = 87;
    pub const END_FINALLY: u8 = 88;
    pub const BUILD_CLASS: u8 = 89;
    pub const STORE_NAME: u8 = 90;
    pub const DELETE_NAME: u8 = 91;
    pub const UNPACK_SEQUENCE: u8 = 92;
    pub const FOR_ITER: u8 = 93;
    pub const LIST_APPEND: u8 = 94;
    pub const STORE_ATTR: u8 = 95;
    pub const DELETE_ATTR: u8 = 96;
    pub const STORE_GLOBAL: u8 = 97;
    pub const DELETE_GLOBAL: u8 = 98;
    pub const DUP_TOPX: u8 = 99;
    pub const LOAD_CONST: u8 = 100;
    pub const LOAD_NAME: u8 = 101;
    pub const BUILD_TUPLE: u8 = 102;
    pub const BUILD_LIST: u8 = 103;
    pub const BUILD_SET: u8 = 104;
    pub const BUILD_MAP: u8 = 105;
    pub const LOAD_ATTR: u8 = 106;
    pub const COMPARE_OP: u8 = 107;
    pub const IMPORT_NAME: u8 = 108;
    pub const IMPORT_FROM: u8 = 109;
    pub const JUMP_FORWARD: u8 = 110;
    pub const JUMP_IF_FALSE_OR_POP: u8 = 111;
    pub const JUMP_IF_TRUE_OR_POP: u8 = 112;
    pub const JUMP_ABSOLUTE: u8 = 113;
    pub const POP_JUMP_IF_FALSE: u8 = 114;
    pub const POP_JUMP_IF_TRUE: u8 = 115;
    pub const LOAD_GLOBAL: u8 = 116;
    pub const CONTINUE_LOOP: u8 = 119;
    pub const SETUP_LOOP: u8 = 120;
    pub const SETUP_EXCEPT: u8 = 121;
    pub const SETUP_FINALLY: u8 = 122;
    pub const LOAD_FAST: u8 = 124;
    pub const STORE_FAST: u8 = 125;
    pub const DELETE_FAST: u8 = 126;
    pub const RAISE_VARARGS: u8 = 130;
    pub const CALL_FUNCTION: u8 = 131;
    pub const MAKE_FUNCTION: u8 = 132;
    pub const BUILD_SLICE: u8 = 133;
    pub const MAKE_CLOSURE: u8 = 134;
    pub const LOAD_CLOSURE: u8 = 135;
    pub const LOAD_DEREF: u8 = 136;
    pub const STORE_DEREF: u8 = 137;
    pub const CALL_FUNCTION_VAR: u8 = 140;
    pub const CALL_FUNCTION_KW: u8 = 141;
    pub const CALL_FUNCTION_VAR_KW: u8 = 142;
    pub const SETUP_WITH: u8 = 143;
    pub const EXTENDED_ARG: u8 = 145;
    pub const SET_ADD: u8 = 146;
    pub const MAP_ADD: u8 = 147;
}

/// Per-opcode information.
#[derive(Copy, Clone, Debug)]
pub struct OpInfo {
    /// CPython's name (None: not an opcode).
    pub name: Option<&'static str>,
    /// The argument's kind.
    pub kind: ArgKind,
}

const fn info(name: &'static str, kind: ArgKind) -> OpInfo {
    OpInfo {
        name: Some(name),
        kind,
    }
}

const NONE: OpInfo = OpInfo {
    name: None,
    kind: ArgKind::None,
};

/// The table, indexed by opcode.
pub static OPS: [OpInfo; 256] = {
    let mut t = [NONE; 256];
    t[0] = info("STOP_CODE", ArgKind::None);
    t[1] = info("POP_TOP", ArgKind::None);
    t[2] = info("ROT_TWO", ArgKind::None);
    t[3] = info("ROT_THREE", ArgKind::None);
    t[4] = info("DUP_TOP", ArgKind::None);
    t[5] = info("ROT_FOUR", ArgKind::None);
    t[9] = info("NOP", ArgKind::None);
    t[10] = info("UNARY_POSITIVE", ArgKind::None);
    t[11] = info("UNARY_NEGATIVE", ArgKind::None);
    t[12] = info("UNARY_NOT", ArgKind::None);
    t[13] = info("UNARY_CONVERT", ArgKind::None);
    t[15] = info("UNARY_INVERT", ArgKind::None);
    t[19] = info("BINARY_POWER", ArgKind::None);
    t[20] = info("BINARY_MULTIPLY", ArgKind::None);
    t[21] = info("BINARY_DIVIDE", ArgKind::None);
    t[22] = info("BINARY_MODULO", ArgKind::None);
    t[23] = info("BINARY_ADD", ArgKind::None);
    t[24] = info("BINARY_SUBTRACT", ArgKind::None);
    t[25] = info("BINARY_SUBSCR", ArgKind::None);
    t[26] = info("BINARY_FLOOR_DIVIDE", ArgKind::None);
    t[27] = info("BINARY_TRUE_DIVIDE", ArgKind::None);
    t[28] = info("INPLACE_FLOOR_DIVIDE", ArgKind::None);
    t[29] = info("INPLACE_TRUE_DIVIDE", ArgKind::None);
    t[30] = info("SLICE+0", ArgKind::None);
    t[31] = info("SLICE+1", ArgKind::None);
    t[32] = info("SLICE+2", ArgKind::None);
    t[33] = info("SLICE+3", ArgKind::None);
    t[40] = info("STORE_SLICE+0", ArgKind::None);
    t[41] = info("STORE_SLICE+1", ArgKind::None);
    t[42] = info("STORE_SLICE+2", ArgKind::None);
    t[43] = info("STORE_SLICE+3", ArgKind::None);
    t[50] = info("DELETE_SLICE+0", ArgKind::None);
    t[51] = info("DELETE_SLICE+1", ArgKind::None);
    t[52] = info("DELETE_SLICE+2", ArgKind::None);
    t[53] = info("DELETE_SLICE+3", ArgKind::None);
    t[54] = info("STORE_MAP", ArgKind::None);
    t[55] = info("INPLACE_ADD", ArgKind::None);
    t[56] = info("INPLACE_SUBTRACT", ArgKind::None);
    t[57] = info("INPLACE_MULTIPLY", ArgKind::None);
    t[58] = info("INPLACE_DIVIDE", ArgKind::None);
    t[59] = info("INPLACE_MODULO", ArgKind::None);
    t[60] = info("STORE_SUBSCR", ArgKind::None);
    t[61] = info("DELETE_SUBSCR", ArgKind::None);
    t[62] = info("BINARY_LSHIFT", ArgKind::None);
    t[63] = info("BINARY_RSHIFT", ArgKind::None);
    t[64] = info("BINARY_AND", ArgKind::None);
    t[65] = info("BINARY_XOR", ArgKind::None);
    t[66] = info("BINARY_OR", ArgKind::None);
    t[67] = info("INPLACE_POWER", ArgKind::None);
    t[68] = info("GET_ITER", ArgKind::None);
    t[70] = info("PRINT_EXPR", ArgKind::None);
    t[71] = info("PRINT_ITEM", ArgKind::None);
    t[72] = info("PRINT_NEWLINE", ArgKind::None);
    t[73] = info("PRINT_ITEM_TO", ArgKind::None);
    t[74] = info("PRINT_NEWLINE_TO", ArgKind::None);
    t[75] = info("INPLACE_LSHIFT", ArgKind::None);
    t[76] = info("INPLACE_RSHIFT", ArgKind::None);
    t[77] = info("INPLACE_AND", ArgKind::None);
    t[78] = info("INPLACE_XOR", ArgKind::None);
    t[79] = info("INPLACE_OR", ArgKind::None);
    t[80] = info("BREAK_LOOP", ArgKind::None);
    t[81] = info("WITH_CLEANUP", ArgKind::None);
    t[82] = info("LOAD_LOCALS", ArgKind::None);
    t[83] = info("RETURN_VALUE", ArgKind::None);
    t[84] = info("IMPORT_STAR", ArgKind::None);
    t[85] = info("EXEC_STMT", ArgKind::None);
    t[86] = info("YIELD_VALUE", ArgKind::None);
    t[87] = info("POP_BLOCK", ArgKind::None);
    t[88] = info("END_FINALLY", ArgKind::None);
    t[89] = info("BUILD_CLASS", ArgKind::None);
    t[90] = info("STORE_NAME", ArgKind::Name);
    t[91] = info("DELETE_NAME", ArgKind::Name);
    t[92] = info("UNPACK_SEQUENCE", ArgKind::None);
    t[93] = info("FOR_ITER", ArgKind::JRel);
    t[94] = info("LIST_APPEND", ArgKind::None);
    t[95] = info("STORE_ATTR", ArgKind::Name);
    t[96] = info("DELETE_ATTR", ArgKind::Name);
    t[97] = info("STORE_GLOBAL", ArgKind::Name);
    t[98] = info("DELETE_GLOBAL", ArgKind::Name);
    t[99] = info("DUP_TOPX", ArgKind::None);
    t[100] = info("LOAD_CONST", ArgKind::Const);
    t[101] = info("LOAD_NAME", ArgKind::Name);
    t[102] = info("BUILD_TUPLE", ArgKind::None);
    t[103] = info("BUILD_LIST", ArgKind::None);
    t[104] = info("BUILD_SET", ArgKind::None);
    t[105] = info("BUILD_MAP", ArgKind::None);
    t[106] = info("LOAD_ATTR", ArgKind::Name);
    t[107] = info("COMPARE_OP", ArgKind::Compare);
    t[108] = info("IMPORT_NAME", ArgKind::Name);
    t[109] = info("IMPORT_FROM", ArgKind::Name);
    t[110] = info("JUMP_FORWARD", ArgKind::JRel);
    t[111] = info("JUMP_IF_FALSE_OR_POP", ArgKind::JAbs);
    t[112] = info("JUMP_IF_TRUE_OR_POP", ArgKind::JAbs);
    t[113] = info("JUMP_ABSOLUTE", ArgKind::JAbs);
    t[114] = info("POP_JUMP_IF_FALSE", ArgKind::JAbs);
    t[115] = info("POP_JUMP_IF_TRUE", ArgKind::JAbs);
    t[116] = info("LOAD_GLOBAL", ArgKind::Name);
    t[119] = info("CONTINUE_LOOP", ArgKind::JAbs);
    t[120] = info("SETUP_LOOP", ArgKind::JRel);
    t[121] = info("SETUP_EXCEPT", ArgKind::JRel);
    t[122] = info("SETUP_FINALLY", ArgKind::JRel);
    t[124] = info("LOAD_FAST", ArgKind::Local);
    t[125] = info("STORE_FAST", ArgKind::Local);
    t[126] = info("DELETE_FAST", ArgKind::Local);
    t[130] = info("RAISE_VARARGS", ArgKind::None);
    t[131] = info("CALL_FUNCTION", ArgKind::None);
    t[132] = info("MAKE_FUNCTION", ArgKind::None);
    t[133] = info("BUILD_SLICE", ArgKind::None);
    t[134] = info("MAKE_CLOSURE", ArgKind::None);
    t[135] = info("LOAD_CLOSURE", ArgKind::Free);
    t[136] = info("LOAD_DEREF", ArgKind::Free);
    t[137] = info("STORE_DEREF", ArgKind::Free);
    t[140] = info("CALL_FUNCTION_VAR", ArgKind::None);
    t[141] = info("CALL_FUNCTION_KW", ArgKind::None);
    t[142] = info("CALL_FUNCTION_VAR_KW", ArgKind::None);
    t[143] = info("SETUP_WITH", ArgKind::JRel);
    t[145] = info("EXTENDED_ARG", ArgKind::None);
    t[146] = info("SET_ADD", ArgKind::None);
    t[147] = info("MAP_ADD", ArgKind::None);
    t
};

/// Does the opcode take an argument?
#[inline(always)]
pub const fn has_arg(op: u8) -> bool {
    op >= HAVE_ARGUMENT
}

/// The name as `dis` prints it (`<N>` for unknown opcodes).
pub fn name(op: u8) -> String {
    match OPS[op as usize].name {
        Some(n) => n.to_string(),
        None => format!("<{op}>"),
    }
}

/// Comparison operator names (`dis.cmp_op`).
pub const CMP_OP: [&str; 12] = [
    "<",
    "<=",
    "==",
    "!=",
    ">",
    ">=",
    "in",
    "not in",
    "is",
    "is not",
    "exception match",
    "BAD",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_all_119_opcodes() {
        assert_eq!(OPS.iter().filter(|o| o.name.is_some()).count(), 119);
        assert_eq!(name(op::LOAD_CONST), "LOAD_CONST");
        assert_eq!(name(op::SLICE_1), "SLICE+1");
        assert_eq!(name(6), "<6>");
    }
}
