//! Embeds py2jit's bundled Python library (`lib/**/*.pyc`, compiled from
//! the `.py` files next to them by `lib/regen`) into the binary, so the
//! modules it provides in Python work wherever the binary is copied.
//! Generates `$OUT_DIR/frozen_lib.rs`: a sorted table of
//! (dotted module name, is package, .pyc bytes).

use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            let init = p.join("__init__.pyc");
            if init.is_file() {
                let full = format!("{prefix}{name}");
                out.push((full.clone(), true, init));
                collect(&p, &format!("{full}."), out);
            }
        } else if let Some(stem) = name.strip_suffix(".pyc")
            && stem != "__init__"
        {
            out.push((format!("{prefix}{stem}"), false, p.clone()));
        }
    }
}

fn main() {
    link_position_dependent();
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let lib = root.join("lib");
    println!("cargo:rerun-if-changed=lib");
    let mut mods = Vec::new();
    collect(&lib, "", &mut mods);
    for (_, _, p) in &mods {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    mods.sort_by(|a, b| a.0.cmp(&b.0));
    let mut src = String::from(
        "/// (dotted name, is package, .pyc bytes), sorted by name.\npub static FROZEN: &[(&str, bool, &[u8])] = &[\n",
    );
    for (name, pkg, path) in &mods {
        src.push_str(&format!(
            "    ({name:?}, {pkg}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("frozen_lib.rs");
    std::fs::write(out, src).unwrap();
}

/// Links the py2jit executable at a fixed address (not as a PIE) on
/// Linux: a PIE carries a dynamic relocation for every pointer in its
/// read-only data (vtables, tables of static strings, the frozen library
/// above), which the loader applies at every start, reading ~230 KB of
/// relocations and dirtying ~200 KB of `.data.rel.ro`.
fn link_position_dependent() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
