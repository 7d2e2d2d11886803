//! Python 2.7 bytecode: the opcode table, decoding, verification and
//! disassembly.

pub mod decode;
pub mod dis;
pub mod opcode;
pub mod verify;

pub use decode::{Decoded, Instr, decode};
pub use verify::{Analysis, Block, BlockKind, Limits, VerifyError, verify};
