//! The `py2jit` command: a thin shell over the library.

use py2jit::cli::{self, Command};

/// mimalloc: a fast general-purpose allocator; object allocation and
/// release dominate many Python workloads. The `system-alloc` feature
/// keeps the system allocator (for memory tools such as valgrind).
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: Mi = Mi;

/// mimalloc with its plain entry points for alignments it guarantees
/// anyway (8 bytes for every block), and the aligned ones otherwise;
/// `mimalloc::MiMalloc` always takes the slower aligned path.
///
/// Blocks of [`HUGE_ADVICE_MIN`] bytes or more (a list of a million
/// items, a big string) ask the kernel for transparent huge pages (see
/// [`advise_huge`]); small blocks keep 4 KiB pages, so small programs'
/// peak memory does not grow by 2 MiB steps.
#[cfg(not(feature = "system-alloc"))]
struct Mi;

#[cfg(not(feature = "system-alloc"))]
// SAFETY: every block comes from mimalloc with at least the requested
// size and alignment (mi_malloc aligns to 8 or more), and goes back to it.
unsafe impl std::alloc::GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as ffi;
        // SAFETY: plain C calls; a null result reports failure.
        unsafe {
            let p = if l.align() <= 8 {
                ffi::mi_malloc(l.size()) as *mut u8
            } else {
                ffi::mi_malloc_aligned(l.size(), l.align()) as *mut u8
            };
            if l.size() >= HUGE_ADVICE_MIN {
                advise_huge(p, l.size());
            }
            p
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as ffi;
        // SAFETY: as in alloc.
        unsafe {
            if l.size() >= HUGE_ADVICE_MIN {
                // advice before the pages are touched, then zeroed
                let p = self.alloc(l);
                if !p.is_null() {
                    std::ptr::write_bytes(p, 0, l.size());
                }
                return p;
            }
            if l.align() <= 8 {
                ffi::mi_zalloc(l.size()) as *mut u8
            } else {
                ffi::mi_zalloc_aligned(l.size(), l.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, _l: std::alloc::Layout) {
        // SAFETY: p came from this allocator.
        unsafe { libmimalloc_sys::mi_free(p as *mut std::ffi::c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, new: usize) -> *mut u8 {
        use libmimalloc_sys as ffi;
        // SAFETY: p came from this allocator with layout l.
        unsafe {
            let q = if l.align() <= 8 {
                ffi::mi_realloc(p as *mut std::ffi::c_void, new) as *mut u8
            } else {
                ffi::mi_realloc_aligned(p as *mut std::ffi::c_void, new, l.align()) as *mut u8
            };
            if new >= HUGE_ADVICE_MIN {
                advise_huge(q, new);
            }
            q
        }
    }
}

/// Size from which a block asks for transparent huge pages.
#[cfg(not(feature = "system-alloc"))]
const HUGE_ADVICE_MIN: usize = 4 << 20;

/// Asks Linux to back the 2 MiB-aligned part of `[p, p + size)` with
/// transparent huge pages (`madvise(MADV_HUGEPAGE)`; systems whose THP
/// mode is `madvise`, the common default, give them only on request).
/// A big list then costs one page fault per 2 MiB instead of per 4 KiB
/// when first filled, and strided walks over it miss the TLB far less
/// (sieve: 0.31 -> 0.25 s). The advice is only a hint: a failure, or a
/// system without THP, changes nothing.
#[cfg(not(feature = "system-alloc"))]
#[cold]
fn advise_huge(p: *mut u8, size: usize) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let start = (p as usize).next_multiple_of(HUGE);
        let end = (p as usize + size) & !(HUGE - 1);
        if !p.is_null() && end > start {
            // SAFETY: the range lies inside the block just allocated;
            // MADV_HUGEPAGE changes no contents and no mapping rights.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (p, size);
}

/// mimalloc v3's `mi_option_purge_delay` (the 16th entry of `mi_option_e`
/// in its mimalloc.h; libmimalloc-sys names options only with its
/// `extended` feature, and not this one).
#[cfg(not(feature = "system-alloc"))]
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

#[cfg(not(feature = "system-alloc"))]
unsafe extern "C" {
    /// mimalloc's `void mi_option_set(mi_option_t option, long value)`.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Returns freed memory to the system 1 ms after it becomes unused rather
/// than mimalloc's default 10 ms: Cranelift's working memory on the
/// compiler thread and short-lived object churn otherwise stay resident
/// (peak RSS of closures 78 -> 60 MB, wordcount 51 -> 35 MB, raytrace
/// 17.5 -> 16.2 MB, no measurable time cost). `MIMALLOC_PURGE_DELAY` in
/// the environment still wins.
fn tune_allocator() {
    #[cfg(not(feature = "system-alloc"))]
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: a plain C call setting an option mimalloc reads on use.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 1) };
    }
}

fn main() {
    tune_allocator();
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
