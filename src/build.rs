//! Validates the built-in checklists when the program is built and embeds them decoded, so
//! the wizard starts without parsing TOML. Invalid built-in files fail the build with the same
//! `path:line:column: message` lines that `xhs-cancel check` prints.

#[allow(
    dead_code,
    reason = "the build script uses only the loader of these modules"
)]
#[path = "calendar/mod.rs"]
mod calendar;
#[allow(
    dead_code,
    unused_imports,
    reason = "the build script uses only the loader of these modules"
)]
#[path = "checklist/mod.rs"]
mod checklist;
#[allow(
    dead_code,
    reason = "the build script uses only the loader of these modules"
)]
#[path = "error.rs"]
mod error;
#[allow(
    dead_code,
    reason = "the build script uses only the loader of these modules"
)]
#[path = "fsread.rs"]
mod fsread;
#[allow(
    dead_code,
    reason = "the build script uses only the loader of these modules"
)]
#[path = "text.rs"]
mod text;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=checklists");
    println!("cargo::rerun-if-changed=src/checklist");
    println!("cargo::rerun-if-changed=src/calendar");
    for file in ["error.rs", "fsread.rs", "text.rs"] {
        println!("cargo::rerun-if-changed=src/{file}");
    }
    let checklist = match checklist::Checklist::parse(&checklist::Checklist::builtin_files()) {
        Ok(checklist) => checklist,
        Err(e) => {
            eprintln!("the built-in checklists are invalid:\n{e}");
            return ExitCode::FAILURE;
        }
    };
    let (encoded, strings) = text::strings::collect(|| postcard::to_allocvec(&checklist));
    let encoded = encoded.expect("a checklist always encodes");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("builtin-checklist.postcard"), encoded).expect("OUT_DIR is writable");
    std::fs::write(out.join("builtin-strings.txt"), strings).expect("OUT_DIR is writable");
    ExitCode::SUCCESS
}
