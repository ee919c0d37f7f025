//! The atomic save as the kernel sees it: the real binary under `strace`, so that a save
//! that stops syncing the temporary file or the folder fails a test (`.ci/run` installs
//! strace). A crash can only leave a complete old or a complete new session if the new
//! file's data reaches the disk before the rename, and the rename before the program says
//! it saved.

use std::path::Path;
use std::process::Command;

/// The system calls of one `xhs-cancel submitted` run (which saves the session once).
fn traced_save(dir: &Path) -> Vec<String> {
    let log = dir.join("strace.log");
    let status = Command::new("strace")
        .args([
            "-f",
            "-e",
            "trace=openat,fsync,fdatasync,rename,renameat,renameat2",
            "-o",
        ])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg("--data-dir")
        .arg(dir.join("data"))
        .args(["submitted", "2026-11-20"])
        .env("LANG", "en_US.UTF-8")
        .status()
        .expect("strace runs: install it (apt-get install strace); .ci/run does");
    assert!(status.success(), "the traced save failed: {status}");
    std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| {
            l.split_once(' ')
                .map_or(l, |(_pid, call)| call)
                .trim()
                .to_string()
        })
        .collect()
}

/// The file descriptor an `openat` of a path ending in `suffix` returned.
fn fd_of(calls: &[String], contains: &str) -> (usize, String) {
    calls
        .iter()
        .enumerate()
        .find(|(_, c)| c.starts_with("openat(") && c.contains(contains) && !c.contains("= -1"))
        .map(|(i, c)| (i, c.rsplit("= ").next().unwrap().trim().to_string()))
        .unwrap_or_else(|| panic!("no openat of {contains:?} in {calls:#?}"))
}

fn position(calls: &[String], from: usize, wanted: &str) -> usize {
    calls[from..]
        .iter()
        .position(|c| c.starts_with(wanted))
        .map(|i| i + from)
        .unwrap_or_else(|| panic!("no {wanted:?} after call {from} in {calls:#?}"))
}

#[test]
fn the_temporary_file_is_synced_before_the_rename_and_the_folder_after() {
    let dir = tempfile::tempdir().unwrap();
    for run in 0..2 {
        let calls = traced_save(dir.path());
        let (opened, temp_fd) = fd_of(&calls, ".session.toml.tmp-");
        let synced = position(&calls, opened, &format!("fdatasync({temp_fd})"));
        let renamed = calls
            .iter()
            .position(|c| c.starts_with("rename") && c.contains(".session.toml.tmp-"))
            .unwrap_or_else(|| panic!("no rename of the temporary file in {calls:#?}"));
        assert!(
            synced < renamed,
            "run {run}: the data is synced before the rename"
        );
        let data_dir = dir.path().join("data");
        let dir_open = format!("\"{}\", O_RDONLY|O_CLOEXEC)", data_dir.display());
        let (reopened, dir_fd) = calls[renamed..]
            .iter()
            .enumerate()
            .find(|(_, c)| c.starts_with("openat(") && c.contains(&dir_open))
            .map(|(i, c)| {
                (
                    i + renamed,
                    c.rsplit("= ").next().unwrap().trim().to_string(),
                )
            })
            .unwrap_or_else(|| {
                panic!("run {run}: the folder is not opened after the rename: {calls:#?}")
            });
        position(&calls, reopened, &format!("fsync({dir_fd})"));
    }
}
