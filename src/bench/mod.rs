//! `py2jit bench`: runs the benchmark programs under CPython 2.7, py2jit
//! without and with the JIT (and any `--impl`), checks their output, and
//! reports times, speedups and memory as a table, JSON and an SVG chart.
//!
//! The entry point is [`main`], given the arguments after `bench`; it
//! returns the process exit status: 0 when every run exited 0 with the
//! expected output, 1 when some did not (the report says which), 2 when
//! nothing could be run (bad option, no programs, no CPython). Progress
//! goes to stderr, the table to stdout.
//!
//! Modules, in the order data flows: [`options`] (the command line),
//! [`manifest`] (the programs), [`impls`] (the implementations), [`runner`]
//! (the interleaved runs) over [`child`] (one measured process),
//! [`summary`] (verdicts, medians, speedups, geomeans), then the outputs
//! [`report`] (text), [`json`] and [`svg`].
//!
//! Terms used across these modules (*implementation*, *baseline*,
//! *reference output*, *verdict*, *cell*) are defined in [`impls`] and
//! [`summary`].

pub mod child;
pub mod impls;
pub mod json;
pub mod manifest;
pub mod options;
pub mod report;
pub mod runner;
pub mod summary;
pub mod svg;

pub use options::USAGE;

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// Runs `py2jit bench` with `args` (the arguments after `bench`) and
/// returns the exit status.
pub fn main(args: &[String]) -> i32 {
    match run(args) {
        Ok(status) => status,
        Err(msg) => {
            eprintln!("py2jit bench: {msg}");
            2
        }
    }
}

fn run(args: &[String]) -> Result<i32, String> {
    let opts = match options::parse(args)? {
        options::Parsed::Help => {
            print!("{USAGE}");
            return Ok(0);
        }
        options::Parsed::Run(opts) => opts,
    };
    let dir = manifest::find_dir(opts.dir.as_deref())?;
    let programs = manifest::load(&dir)?;
    if opts.list {
        print!("{}", report::list(&programs));
        return Ok(0);
    }
    let selected = manifest::select(&programs, &opts.names)?;
    let impls = impls::resolve(&opts)?;
    let timestamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());

    eprintln!(
        "py2jit bench: {} benchmark(s) x {} implementation(s) x {} run(s), size {}, in {}",
        selected.len(),
        impls.len(),
        opts.runs,
        opts.size.label(),
        dir.display()
    );
    for imp in &impls {
        eprintln!("  {:<14} {}", imp.name, imp.command.join(" "));
    }
    let plan = runner::Plan {
        dir: &dir,
        programs: &selected,
        impls: &impls,
        size: opts.size,
        runs: opts.runs,
        timeout: opts.timeout,
    };
    let results = runner::run_all(&plan, &mut std::io::stderr());

    let names: Vec<String> = impls.iter().map(|i| i.name.clone()).collect();
    let summary = summary::summarize(&names, &opts.size.label(), opts.runs, &results);
    println!();
    print!("{}", report::table(&summary));

    let dir_text = dir.display().to_string();
    let info = json::RunInfo {
        timestamp,
        programs_dir: &dir_text,
        impls: &impls,
    };
    write_file(&opts.json, &json::results(&summary, &info).to_pretty())?;
    write_file(&opts.svg, &svg::chart(&summary))?;
    eprintln!(
        "py2jit bench: wrote {} and {}",
        opts.json.display(),
        opts.svg.display()
    );
    Ok(if summary.all_ok() { 0 } else { 1 })
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
