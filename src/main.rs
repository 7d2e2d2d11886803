//! The `py2jit` command: a thin shell over the library.

use mimalloc::MiMalloc;
use py2jit::cli::{self, Command};

/// mimalloc: a fast general-purpose allocator; object allocation and
/// release dominate many Python workloads.
#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    py2jit::run::install_panic_hook();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "bench") {
        std::process::exit(py2jit::bench::main(&args[1..]));
    }
    let cmd = match cli::parse(&args) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("py2jit: {msg}");
            std::process::exit(2);
        }
    };
    let status = match cmd {
        Command::Help => {
            print!("{}", cli::USAGE);
            0
        }
        Command::Version => {
            println!(
                "py2jit {} (Python 2.7.18 bytecode, Cranelift JIT)",
                env!("CARGO_PKG_VERSION")
            );
            0
        }
        Command::Dis(file) => match py2jit::run::dis_file(&file) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => {
                eprintln!("py2jit: {e}");
                2
            }
        },
        Command::Run { file, args, opts } => match py2jit::run::run_file(&file, &args, &opts) {
            Ok(status) => status,
            Err(e) => {
                eprintln!("py2jit: {e}");
                2
            }
        },
    };
    std::process::exit(status);
}
