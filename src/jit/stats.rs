//! JIT statistics: what was compiled and what it cost, and how compiled
//! code was entered and left. Counters live in a thread-local that is
//! never borrowed across calls into Python code.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::time::Duration;

/// The counters `--stats` prints.
#[derive(Default, Clone, Debug)]
pub struct Stats {
    /// Code objects compiled (recompilations included).
    pub compiled: u64,
    /// Recompilations after repeated deopts.
    pub recompiled: u64,
    /// Code objects the JIT declined or failed to compile, by reason.
    pub not_compiled: BTreeMap<String, u64>,
    /// Total time spent compiling: on the interpreter's thread plus code
    /// generation on the compiler thread.
    pub compile_time: Duration,
    /// The part of it the interpreter's thread spent (translation,
    /// installation, and code generation in sync mode).
    pub compile_time_main: Duration,
    /// Code objects whose machine code was not ready when the program
    /// ended.
    pub unfinished: u64,
    /// Bytecode bytes of compiled code objects.
    pub bytecode_bytes: u64,
    /// Bytecode instructions of compiled code objects.
    pub bytecode_instrs: u64,
    /// Cranelift IR instructions generated.
    pub ir_insts: u64,
    /// Machine code bytes generated.
    pub code_bytes: u64,
    /// Instructions compiled to code.
    pub compiled_ops: u64,
    /// Instructions compiled to exits.
    pub exit_ops: u64,
    /// Entries into compiled code at the start of a call.
    pub calls: u64,
    /// Entries into compiled code from a running interpreter frame.
    pub osr_entries: u64,
    /// Deopt exits by (reason, opcode name).
    pub deopts: BTreeMap<(String, String), u64>,
    /// Exception exits by opcode name.
    pub exceptions: BTreeMap<String, u64>,
    /// Exceptions compiled code caught in its own handlers (no exit).
    pub caught: u64,
    /// Inline-cache hits and misses in compiled code per [`SITES`]
    /// category (counted only when statistics were requested).
    pub sites: Vec<(u64, u64)>,
}

/// Inline-cache site categories whose hits and misses compiled code
/// counts when statistics are requested (`Tx::count_site`).
pub const SITES: [&str; 6] = [
    "LOAD_GLOBAL",
    "LOAD_ATTR",
    "STORE_ATTR",
    "method load",
    "builtin call (len, math.sqrt)",
    "inlined call",
];
/// Index of LOAD_GLOBAL sites in [`SITES`].
pub const SITE_GLOBAL: usize = 0;
/// LOAD_ATTR sites (not method loads).
pub const SITE_LOAD_ATTR: usize = 1;
/// STORE_ATTR sites.
pub const SITE_STORE_ATTR: usize = 2;
/// LOAD_ATTR of a method call (LOAD_ATTR + CALL_FUNCTION).
pub const SITE_METHOD: usize = 3;
/// Calls of builtins done inline.
pub const SITE_KNOWN_CALL: usize = 4;
/// Calls of leaf functions compiled inline (a miss makes the real call).
pub const SITE_INLINE: usize = 5;

thread_local! {
    // [hits, misses] per site category; compiled code adds to them
    // directly, so the block lives (leaked) as long as the thread
    static SITE_COUNTS: &'static [Cell<u64>; 2 * SITES.len()] =
        Box::leak(Box::new(std::array::from_fn(|_| Cell::new(0))));
}

/// The address of this thread's site counter for category `site`
/// (`miss`: the miss counter), for compiled code to increment.
pub fn site_counter(site: usize, miss: bool) -> u64 {
    SITE_COUNTS.with(|c| c[2 * site + miss as usize].as_ptr() as u64)
}

thread_local! {
    static STATS: RefCell<Stats> = RefCell::new(Stats::default());
    // the counters bumped on every entry into compiled code
    static CALLS: Cell<u64> = const { Cell::new(0) };
    static OSR: Cell<u64> = const { Cell::new(0) };
    // exceptions compiled code caught in its own handlers
    static CAUGHT: Cell<u64> = const { Cell::new(0) };
    // exits by opcode (exceptions) and by (reason, opcode) (deopts):
    // counted without names, which `snapshot` looks up
    static EXITS: RefCell<ExitCounts> = const {
        RefCell::new(ExitCounts { exceptions: [0; 256], deopts: [[0; 256]; 5] })
    };
}

struct ExitCounts {
    exceptions: [u64; 256],
    deopts: [[u64; 256]; 5],
}

/// Counts an exception exit at an instruction with opcode `op`.
#[inline]
pub fn count_exception_exit(op: u8) {
    EXITS.with(|e| e.borrow_mut().exceptions[op as usize] += 1);
}

/// Counts a deopt exit for `why` at an instruction with opcode `op`.
#[inline]
pub fn count_deopt(why: crate::jit::abi::DeoptReason, op: u8) {
    EXITS.with(|e| e.borrow_mut().deopts[why as usize][op as usize] += 1);
}

/// Counts an entry into compiled code at the start of a call.
#[inline(always)]
pub fn count_call() {
    CALLS.with(|c| c.set(c.get() + 1));
}

/// Counts an exception compiled code caught in one of its handlers.
#[inline]
pub fn count_caught() {
    CAUGHT.with(|c| c.set(c.get() + 1));
}

/// Counts an entry into compiled code from a running interpreter frame.
#[inline(always)]
pub fn count_osr() {
    OSR.with(|c| c.set(c.get() + 1));
}

/// Updates the counters.
pub fn with<R>(f: impl FnOnce(&mut Stats) -> R) -> R {
    STATS.with(|s| f(&mut s.borrow_mut()))
}

/// A copy of the counters.
pub fn snapshot() -> Stats {
    let mut s = STATS.with(|s| s.borrow().clone());
    s.calls = CALLS.with(|c| c.get());
    s.osr_entries = OSR.with(|c| c.get());
    s.caught = CAUGHT.with(|c| c.get());
    EXITS.with(|e| {
        let e = e.borrow();
        let name = |op: usize| crate::bytecode::opcode::name(op as u8).to_string();
        for (op, &n) in e.exceptions.iter().enumerate().filter(|(_, n)| **n > 0) {
            *s.exceptions.entry(name(op)).or_default() += n;
        }
        for (code, row) in e.deopts.iter().enumerate() {
            let why = crate::jit::abi::DeoptReason::from_code((code as u64) << 8).name();
            for (op, &n) in row.iter().enumerate().filter(|(_, n)| **n > 0) {
                *s.deopts.entry((why.to_string(), name(op))).or_default() += n;
            }
        }
    });
    s.sites = SITE_COUNTS.with(|c| {
        (0..SITES.len())
            .map(|i| (c[2 * i].get(), c[2 * i + 1].get()))
            .collect()
    });
    s
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Stats {
    /// Total deopt exits.
    pub fn total_deopts(&self) -> u64 {
        self.deopts.values().sum()
    }

    /// Total exception exits.
    pub fn total_exceptions(&self) -> u64 {
        self.exceptions.values().sum()
    }

    /// The human-readable report `--stats` prints.
    pub fn report(&self) -> String {
        let mut s = String::new();
        s.push_str("py2jit JIT statistics\n");
        s.push_str(&format!("  code objects compiled:   {}\n", self.compiled));
        s.push_str(&format!("  recompilations:          {}\n", self.recompiled));
        let nc: u64 = self.not_compiled.values().sum();
        s.push_str(&format!("  not compiled:            {nc}\n"));
        for (why, n) in &self.not_compiled {
            s.push_str(&format!("    {n:>8}  {why}\n"));
        }
        s.push_str(&format!(
            "  compile time:            {:.3} ms\n",
            self.compile_time.as_secs_f64() * 1e3
        ));
        s.push_str(&format!(
            "    on the interpreter's thread: {:.3} ms\n",
            self.compile_time_main.as_secs_f64() * 1e3
        ));
        if self.unfinished > 0 {
            s.push_str(&format!("  unfinished at exit:      {}\n", self.unfinished));
        }
        if self.bytecode_instrs > 0 {
            s.push_str(&format!(
                "  compile time per bytecode instruction: {:.2} us\n",
                self.compile_time.as_secs_f64() * 1e6 / self.bytecode_instrs as f64
            ));
        }
        s.push_str(&format!(
            "  bytecode: {} bytes, {} instructions ({} compiled, {} exits); IR: {} instructions; machine code: {} bytes\n",
            self.bytecode_bytes, self.bytecode_instrs, self.compiled_ops, self.exit_ops, self.ir_insts, self.code_bytes
        ));
        s.push_str(&format!("  calls into compiled code: {}\n", self.calls));
        s.push_str(&format!(
            "  OSR entries:             {}\n",
            self.osr_entries
        ));
        s.push_str(&format!(
            "  deopt exits:             {}\n",
            self.total_deopts()
        ));
        for ((why, opname), n) in &self.deopts {
            s.push_str(&format!("    {n:>8}  {why} at {opname}\n"));
        }
        s.push_str(&format!(
            "  exception exits:         {}\n",
            self.total_exceptions()
        ));
        for (opname, n) in &self.exceptions {
            s.push_str(&format!("    {n:>8}  {opname}\n"));
        }
        s.push_str(&format!(
            "  exceptions caught in compiled handlers: {}\n",
            self.caught
        ));
        s.push_str("  inline caches in compiled code (hits / misses):\n");
        for (name, (hit, miss)) in SITES.iter().zip(&self.sites) {
            let total = hit + miss;
            let rate = if total > 0 {
                format!("{:.1}%", *hit as f64 * 100.0 / total as f64)
            } else {
                "-".to_string()
            };
            s.push_str(&format!("    {name:<30} {hit:>10} / {miss:<10} {rate}\n"));
        }
        s
    }

    /// The same as JSON (for research scripts).
    pub fn to_json(&self) -> String {
        let map = |m: &BTreeMap<String, u64>| {
            let items: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{}: {}", json_str(k), v))
                .collect();
            format!("{{{}}}", items.join(", "))
        };
        let deopts: Vec<String> = self
            .deopts
            .iter()
            .map(|((why, o), n)| {
                format!(
                    "{{\"reason\": {}, \"opcode\": {}, \"count\": {}}}",
                    json_str(why),
                    json_str(o),
                    n
                )
            })
            .collect();
        let sites: Vec<String> = SITES
            .iter()
            .zip(&self.sites)
            .map(|(name, (h, m))| {
                format!(
                    "{{\"site\": {}, \"hits\": {}, \"misses\": {}}}",
                    json_str(name),
                    h,
                    m
                )
            })
            .collect();
        format!(
            "{{\n  \"compiled\": {},\n  \"recompiled\": {},\n  \"not_compiled\": {},\n  \"compile_time_us\": {},\n  \"compile_time_main_us\": {},\n  \"unfinished\": {},\n  \"bytecode_bytes\": {},\n  \"bytecode_instrs\": {},\n  \"compiled_ops\": {},\n  \"exit_ops\": {},\n  \"ir_insts\": {},\n  \"code_bytes\": {},\n  \"calls\": {},\n  \"osr_entries\": {},\n  \"deopts\": [{}],\n  \"exceptions\": {},\n  \"caught\": {},\n  \"sites\": [{}]\n}}\n",
            self.compiled,
            self.recompiled,
            map(&self.not_compiled),
            self.compile_time.as_micros(),
            self.compile_time_main.as_micros(),
            self.unfinished,
            self.bytecode_bytes,
            self.bytecode_instrs,
            self.compiled_ops,
            self.exit_ops,
            self.ir_insts,
            self.code_bytes,
            self.calls,
            self.osr_entries,
            deopts.join(", "),
            map(&self.exceptions),
            self.caught,
            sites.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::opcode::op;
    use crate::jit::abi::DeoptReason;

    #[test]
    fn exits_are_counted_by_opcode_and_reported_by_name() {
        count_exception_exit(op::CALL_FUNCTION);
        count_exception_exit(op::CALL_FUNCTION);
        count_deopt(DeoptReason::Guard, op::BINARY_ADD);
        count_deopt(DeoptReason::Unsupported, op::RAISE_VARARGS);
        let s = snapshot();
        assert_eq!(s.exceptions.get("CALL_FUNCTION"), Some(&2));
        assert_eq!(
            s.deopts
                .get(&("type guard failed".to_string(), "BINARY_ADD".to_string())),
            Some(&1)
        );
        assert_eq!(
            s.deopts.get(&(
                "unsupported opcode".to_string(),
                "RAISE_VARARGS".to_string()
            )),
            Some(&1)
        );
        assert_eq!((s.total_exceptions(), s.total_deopts()), (2, 2));
        // a second snapshot reports the same counts
        assert_eq!(snapshot().total_exceptions(), 2);
    }
}
