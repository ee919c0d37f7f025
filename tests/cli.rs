//! The read-only commands and forget, through the real binary.

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xhs-cancel"))
        .args(args)
        .env("XHS_CANCEL_DATA_DIR", dir)
        .env("TZ", "UTC")
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn status_and_export_refuse_a_damaged_session_and_leave_it_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::write(&path, "version = 1\nlang = 7\n").unwrap();
    for args in [&["status"][..], &["export", "--format", "json"][..]] {
        let output = run(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains("session.toml:2:8: "), "{message}");
        assert!(message.contains("left as it is"), "{message}");
        assert!(output.stdout.is_empty());
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "version = 1\nlang = 7\n"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing moved or added"
    );
}

#[test]
fn a_session_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("session.toml"),
        "version = 2\nnew_field = true\n",
    )
    .unwrap();
    let output = run(dir.path(), &["status"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("written by a newer xhs-cancel"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn export_without_a_session_writes_the_json_schema() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let output = run(
        dir.path(),
        &["export", "--format", "json", "-o", out.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the report is the owner's alone");
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["stages"].as_array().unwrap().len(), 5);
    assert!(json["review"].is_null());
}

#[test]
fn forget_asks_first_and_removes_everything_with_yes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    for name in [
        "session.toml",
        "session.toml.bak",
        "session.toml.archive-20261128T093000Z",
    ] {
        std::fs::write(data.join(name), "version = 1\n").unwrap();
    }
    let output = run(&data, &["forget"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "without a terminal it will not ask"
    );
    assert!(stderr(&output).contains("--yes"), "{}", stderr(&output));
    assert!(data.join("session.toml").exists());
    let output = run(&data, &["forget", "--yes"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!data.exists(), "the folder went with its files");
}

#[test]
fn the_wizard_needs_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("needs a terminal"),
        "{}",
        stderr(&output)
    );
}
