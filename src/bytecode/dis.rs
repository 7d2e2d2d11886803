//! The disassembler behind `py2jit --dis`: prints exactly what
//! `tests/tools/dis_reference.py` prints (CPython 2.7's `dis.dis` for the
//! module code object and, depth first, every nested code object), so the
//! two can be compared byte for byte.

use super::opcode::{ArgKind, CMP_OP, HAVE_ARGUMENT, OPS, name, op};
use py2jit_runtime::value::Value;
use py2jit_runtime::{func, ops, str as pstr, tuple};

/// Emulates Python 2's `print a, b` soft-space rules into a buffer.
struct Printer {
    out: String,
    softspace: bool,
}

impl Printer {
    fn item(&mut self, s: &str) {
        if self.softspace {
            self.out.push(' ');
        }
        self.out.push_str(s);
        self.softspace = match s.as_bytes().last() {
            None => true,
            Some(&c) => !matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) || c == b' ',
        };
    }

    fn newline(&mut self) {
        self.out.push('\n');
        self.softspace = false;
    }
}

/// `dis.findlinestarts`: (offset, line) pairs.
pub fn line_starts(c: &func::CodeObj) -> Vec<(usize, u32)> {
    let tab = pstr::as_bytes(&c.lnotab);
    let mut out = Vec::new();
    let mut last: Option<u32> = None;
    let mut line = c.firstlineno;
    let mut addr = 0usize;
    for pair in tab.chunks_exact(2) {
        if pair[0] != 0 {
            if last != Some(line) {
                out.push((addr, line));
                last = Some(line);
            }
            addr += pair[0] as usize;
        }
        line += pair[1] as u32;
    }
    if last != Some(line) {
        out.push((addr, line));
    }
    out
}

fn find_labels(code: &[u8]) -> Vec<usize> {
    let mut labels = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let o = code[i];
        i += 1;
        if o >= HAVE_ARGUMENT {
            if i + 1 > code.len() || i + 2 > code.len() {
                break;
            }
            let arg = code[i] as usize | (code[i + 1] as usize) << 8;
            i += 2;
            let label = match OPS[o as usize].kind {
                ArgKind::JRel => Some(i + arg),
                ArgKind::JAbs => Some(arg),
                _ => None,
            };
            if let Some(l) = label
                && !labels.contains(&l)
            {
                labels.push(l);
            }
        }
    }
    labels
}

fn repr(v: &Value) -> String {
    if func::is_code(v) {
        let c = func::code(v);
        return format!(
            "<code object {}, file \"{}\", line {}>",
            c.name_str(),
            c.filename_str(),
            c.firstlineno
        );
    }
    if tuple::is_tuple(v) && tuple::items(v).iter().any(func::is_code) {
        let items: Vec<String> = tuple::items(v).iter().map(repr).collect();
        return if items.len() == 1 {
            format!("({},)", items[0])
        } else {
            format!("({})", items.join(", "))
        };
    }
    ops::repr_string(v).unwrap_or_else(|_| "<repr failed>".into())
}

/// `dis.disassemble(code)` output for one code object.
pub fn disassemble(v: &Value) -> String {
    let c = func::code(v);
    let code = c.bytecode();
    let labels = find_labels(code);
    let starts: std::collections::HashMap<usize, u32> = line_starts(c).into_iter().collect();
    let mut p = Printer {
        out: String::new(),
        softspace: false,
    };
    let mut i = 0usize;
    let mut extended: u64 = 0;
    let mut ext_is_long = false;
    let consts = tuple::items(&c.consts);
    let names = tuple::items(&c.names);
    let varnames = tuple::items(&c.varnames);
    let free: Vec<Value> = tuple::items(&c.cellvars)
        .iter()
        .chain(tuple::items(&c.freevars).iter())
        .cloned()
        .collect();
    while i < code.len() {
        let o = code[i];
        if let Some(line) = starts.get(&i) {
            if i > 0 {
                p.newline();
            }
            p.item(&format!("{line:3}"));
        } else {
            p.item("   ");
        }
        p.item("   ");
        p.item(if labels.contains(&i) { ">>" } else { "  " });
        p.item(&format!("{i:>4}"));
        p.item(&format!("{:<20}", name(o)));
        i += 1;
        if o >= HAVE_ARGUMENT {
            let lo = *code.get(i).unwrap_or(&0) as u64;
            let hi = *code.get(i + 1).unwrap_or(&0) as u64;
            let arg = lo + hi * 256 + extended;
            let arg_is_long = ext_is_long;
            extended = 0;
            ext_is_long = false;
            i += 2;
            if o == op::EXTENDED_ARG {
                extended = arg * 65536;
                ext_is_long = true;
            }
            let shown = if arg_is_long {
                format!("{arg}L")
            } else {
                arg.to_string()
            };
            p.item(&format!("{shown:>5}"));
            let a = arg as usize;
            match OPS[o as usize].kind {
                ArgKind::Const => p.item(&format!(
                    "({})",
                    consts.get(a).map(repr).unwrap_or_else(|| "?".into())
                )),
                ArgKind::Name => p.item(&format!(
                    "({})",
                    names
                        .get(a)
                        .map(|n| pstr::as_str_lossy(n).to_string())
                        .unwrap_or_default()
                )),
                ArgKind::JRel => p.item(&format!("(to {})", i + a)),
                ArgKind::Local => p.item(&format!(
                    "({})",
                    varnames
                        .get(a)
                        .map(|n| pstr::as_str_lossy(n).to_string())
                        .unwrap_or_default()
                )),
                ArgKind::Compare => p.item(&format!("({})", CMP_OP.get(a).copied().unwrap_or("?"))),
                ArgKind::Free => p.item(&format!(
                    "({})",
                    free.get(a)
                        .map(|n| pstr::as_str_lossy(n).to_string())
                        .unwrap_or_default()
                )),
                _ => {}
            }
        }
        p.newline();
    }
    p.out
}

/// The full `--dis` output: this code object, then nested ones depth
/// first in `co_consts` order.
pub fn dis_tree(v: &Value) -> String {
    let mut out = String::new();
    walk(v, &mut out);
    out
}

fn walk(v: &Value, out: &mut String) {
    let c = func::code(v);
    out.push_str(&format!(
        "Disassembly of {} ({}, line {}):\n",
        c.name_str(),
        c.filename_str(),
        c.firstlineno
    ));
    out.push_str(&disassemble(v));
    out.push('\n');
    for k in tuple::items(&c.consts) {
        if func::is_code(k) {
            walk(k, out);
        }
    }
}
