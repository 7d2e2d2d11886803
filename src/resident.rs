//! Trimming the resident set: pages of program text that only start-up
//! touched.
//!
//! Starting the runtime runs a lot of code once (type and module set-up,
//! loading the program), and the kernel maps file pages in 64 KB windows
//! around each fault, so a started interpreter has megabytes of
//! executable text resident (its own, libc's, libm's) that the program it
//! runs may never touch again. [`trim_text`] drops the resident pages of
//! file-backed executable mappings; the pages the program needs fault
//! back in from the page cache.
//!
//! Invariant: only private, read-only, executable mappings of files none
//! of whose pages were ever written (no copy-on-write copies: the
//! mapping's `Anonymous` size in `/proc/self/smaps` is 0) are dropped.
//! Dropping such pages loses nothing; writable data, anonymous memory
//! (compiled code, heap), read-only data and text patched by relocations
//! are never touched.

/// Drops the resident pages of unmodified file-backed executable
/// mappings (Linux; a no-op elsewhere or when `/proc/self/smaps` cannot
/// be read). The mappings are found on the first call (start-up, before
/// the program runs) and reused: the executable and the libraries it was
/// started with stay mapped for the whole run, so the ranges stay valid,
/// and later calls (the JIT's, before each code generation: the code
/// generator's pages come back, what the program stopped using does not)
/// cost no `/proc` read. Safe from any thread.
pub fn trim_text() {
    #[cfg(target_os = "linux")]
    for &(lo, hi) in CLEAN_TEXT.get_or_init(clean_text_mappings) {
        // SAFETY: [lo, hi) is a private, read-only, executable file
        // mapping with no written pages (see the module invariant):
        // dropping its pages only makes the next access fault them back
        // in, unchanged.
        unsafe {
            libc::madvise(lo as *mut libc::c_void, hi - lo, libc::MADV_DONTNEED);
        }
    }
}

/// The clean text mappings found by the first [`trim_text`].
#[cfg(target_os = "linux")]
static CLEAN_TEXT: std::sync::OnceLock<Vec<(usize, usize)>> = std::sync::OnceLock::new();

/// The address ranges of this process's private `r-xp` file mappings
/// that have no anonymous (copy-on-write) pages.
#[cfg(target_os = "linux")]
fn clean_text_mappings() -> Vec<(usize, usize)> {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // the mapping being read, if it is a candidate
    let mut current: Option<(usize, usize)> = None;
    for line in smaps.lines() {
        if let Some(rest) = line.strip_prefix("Anonymous:") {
            let kb: u64 = rest
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .unwrap_or(1);
            if let Some(r) = current.take()
                && kb == 0
            {
                out.push(r);
            }
            continue;
        }
        let mut f = line.split_ascii_whitespace();
        let (Some(range), Some(perms)) = (f.next(), f.next()) else {
            continue;
        };
        let Some((lo, hi)) = range.split_once('-') else {
            continue;
        };
        let (Ok(lo), Ok(hi)) = (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16))
        else {
            // a "Key: value" line of the current mapping
            continue;
        };
        // a mapping header: range, perms, offset, device, inode, path
        let path = f.nth(3).unwrap_or("");
        current = (perms == "r-xp" && path.starts_with('/')).then_some((lo, hi));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn finds_this_executables_text_and_trimming_keeps_it_running() {
        let here = finds_this_executables_text_and_trimming_keeps_it_running as *const () as usize;
        assert!(
            clean_text_mappings()
                .iter()
                .any(|&(lo, hi)| lo <= here && here < hi)
        );
        trim_text();
        // the text faults back in: code (and a second trim) still runs
        trim_text();
        assert_eq!(format!("{}", 6 * 7), "42");
    }
}
