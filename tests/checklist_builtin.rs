//! The checklists compiled into the binary load and validate, and `check` says so.

use std::borrow::Cow;
use std::path::Path;
use std::process::Command;

use xhs_cancel::checklist::{Checklist, FILE_NAMES, SourceFile, StageId};

fn shipped() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/checklists"))
}

#[test]
fn every_built_in_file_loads_and_validates() {
    let files = Checklist::builtin_files();
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let expected: Vec<String> = FILE_NAMES
        .iter()
        .map(|n| format!("checklists/{n}"))
        .collect();
    assert_eq!(paths, expected);
    let checklist = match Checklist::builtin() {
        Ok(c) => c,
        Err(e) => panic!("the built-in checklists are invalid:\n{e}"),
    };
    let order: Vec<StageId> = checklist.stages.iter().map(|s| s.id).collect();
    assert_eq!(order, StageId::ALL);
    for stage in &checklist.stages {
        assert!(!stage.items.is_empty(), "{:?} has no items", stage.id);
    }
}

#[test]
fn the_binary_ships_the_files_in_checklists() {
    for file in Checklist::builtin_files() {
        let on_disk = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&file.path))
            .unwrap_or_else(|e| panic!("{}: {e}", file.path));
        assert!(
            on_disk == *file.bytes,
            "{} differs from the built-in copy",
            file.path
        );
    }
    let from_dir = Checklist::from_dir(shipped()).unwrap();
    assert_eq!(from_dir, Checklist::builtin().unwrap());
}

#[test]
fn check_without_arguments_prints_one_ok_line() {
    let out = Command::new(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg("check")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout:?}");
    assert!(lines[0].starts_with("ok:"), "{stdout:?}");
    assert_eq!(lines[0], Checklist::builtin().unwrap().summary());
}

#[test]
fn check_on_the_checklists_directory_agrees() {
    let out = Command::new(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg("check")
        .arg(shipped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.trim_end(), Checklist::builtin().unwrap().summary());
}

#[test]
fn the_built_in_files_saved_with_windows_line_endings_load_the_same() {
    let crlf: Vec<SourceFile> = Checklist::builtin_files()
        .into_iter()
        .map(|f| {
            let text = String::from_utf8(f.bytes.into_owned()).unwrap();
            SourceFile {
                path: f.path,
                bytes: Cow::Owned(text.replace('\n', "\r\n").into_bytes()),
            }
        })
        .collect();
    match Checklist::parse(&crlf) {
        Ok(c) => assert_eq!(c, Checklist::builtin().unwrap()),
        Err(e) => panic!("{e}"),
    }
}

/// The wizard's start leaves the checks that guard against outside files (characters a terminal
/// would act on, uncertain widths, nesting, statutory days) to this test: every check passes on
/// the built-in files, and they give the checklist the start gives.
#[test]
fn the_built_in_files_pass_every_check_and_load_as_at_start() {
    match Checklist::parse(&Checklist::builtin_files()) {
        Ok(full) => assert_eq!(full, Checklist::builtin().unwrap()),
        Err(e) => panic!("the built-in checklists fail a check the start skips:\n{e}"),
    }
}

#[test]
fn the_summary_names_a_span_of_calendar_years_and_one_year_once() {
    let mut checklist = Checklist::builtin().unwrap();
    let stages = checklist.stages.len();
    assert!(
        checklist
            .summary()
            .starts_with(&format!("ok: {stages} stages, ")),
        "{}",
        checklist.summary()
    );
    assert!(checklist.summary().ends_with(", calendar 2025-2026"));
    checklist.calendar.years.retain(|y| y.year == 2026);
    assert!(
        checklist.summary().ends_with(", calendar 2026"),
        "{}",
        checklist.summary()
    );
    checklist.calendar.years.clear();
    assert!(checklist.summary().ends_with(", no calendar years"));
}
