//! The binary against hostile paths and folders: every command fed a data folder and a checklist
//! folder whose names hold an escape sequence (ESC ] 0 ; title BEL) prints no control byte; and,
//! run as an unprivileged user where the machine allows it, a folder or session file another user
//! owns is refused with the command that fixes it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;

use common::MINIMAL;
const HOSTILE: &str = "evil\u{1b}]0;pwned\u{7}\u{9b}31m";

fn run(args: &[&str], data_dir: &Path, checklists: Option<&Path>) -> Output {
    let mut command = common::binary();
    command.arg("--data-dir").arg(data_dir);
    if let Some(dir) = checklists {
        command.arg("--checklists").arg(dir);
    }
    command.args(args).output().unwrap()
}

/// A control byte a terminal would act on: C0 other than newline, DEL, or a C1 control (whose
/// UTF-8 encoding starts with 0xC2 0x80..0x9F).
fn control_byte(bytes: &[u8]) -> Option<usize> {
    bytes.iter().enumerate().position(|(i, &b)| {
        (b < 0x20 && b != b'\n')
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

fn assert_clean(what: &str, output: &Output) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        if let Some(at) = control_byte(bytes) {
            panic!(
                "{what}: {stream} holds a control byte at {at}: {:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
}

/// A folder named with the escape sequence inside a fresh temporary folder.
fn hostile_folder(parent: &Path, name: &str) -> PathBuf {
    let dir = parent.join(format!("{name}-{HOSTILE}"));
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy_minimal(to: &Path) {
    for entry in fs::read_dir(MINIMAL).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn no_command_lets_an_escape_sequence_in_a_path_reach_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let good = hostile_folder(tmp.path(), "checklists");
    copy_minimal(&good);
    let broken = hostile_folder(tmp.path(), "broken");
    copy_minimal(&broken);
    fs::write(broken.join("after.toml"), "stage = \"after\"\nintro = 3\n").unwrap();
    let missing = tmp.path().join(format!("missing-{HOSTILE}"));
    let report = tmp.path().join(format!("report-{HOSTILE}.md"));
    let report = report.to_str().unwrap();

    // What is run, and whether its output names one of the hostile paths.
    let cases: &[(&str, &[&str], Option<&Path>, bool)] = &[
        ("status, no session", &["status"], None, true),
        ("export json", &["export", "--format", "json"], None, false),
        (
            "export markdown",
            &["export", "--format", "markdown"],
            None,
            true,
        ),
        ("export to a file", &["export", "-o", report], None, false),
        ("check, good folder", &["check"], Some(&good), false),
        ("check, broken folder", &["check"], Some(&broken), true),
        ("check, missing folder", &["check"], Some(&missing), true),
        (
            "status, broken checklists",
            &["status"],
            Some(&broken),
            true,
        ),
        (
            "submitted, tightening the folder",
            &["submitted", "2026-01-05"],
            Some(&good),
            true,
        ),
        ("status with a session", &["status"], Some(&good), false),
        (
            "submitted --clear",
            &["submitted", "--clear"],
            Some(&good),
            false,
        ),
        ("forget without --yes", &["forget"], None, false),
        ("forget --yes", &["forget", "--yes"], None, true),
        ("forget, nothing left", &["forget", "--yes"], None, true),
        ("wizard without a terminal", &[], Some(&good), false),
        ("wizard, missing checklists", &[], Some(&missing), true),
    ];
    let data = hostile_folder(tmp.path(), "data");
    for (what, args, checklists, names_path) in cases {
        let output = run(args, &data, *checklists);
        assert_clean(what, &output);
        let shown =
            String::from_utf8_lossy(&output.stdout) + String::from_utf8_lossy(&output.stderr);
        assert_eq!(shown.contains("]0;pwned"), *names_path, "{what}: {shown}");
    }

    // A damaged session, and one that is a FIFO, in the hostile folder.
    fs::write(
        data.join("session.toml"),
        format!("version = 1\nlang = \"{HOSTILE}"),
    )
    .unwrap();
    assert_clean("status, damaged", &run(&["status"], &data, None));
    #[cfg(unix)]
    {
        fs::remove_file(data.join("session.toml")).unwrap();
        let fifo = Command::new("mkfifo")
            .arg(data.join("session.toml"))
            .status();
        assert!(fifo.unwrap().success());
        let output = run(&["status"], &data, None);
        assert_eq!(output.status.code(), Some(2));
        assert_clean("status, FIFO", &output);
    }
}

#[test]
fn a_hostile_data_folder_from_the_environment_is_printed_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join(HOSTILE);
    let output = Command::new(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg("status")
        .env("XHS_CANCEL_DATA_DIR", &data)
        .env("LANG", "zh_CN.UTF-8")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_clean("status, XHS_CANCEL_DATA_DIR", &output);
}

/// Runs the binary as `nobody` through `setpriv`, or says why it cannot.
#[cfg(unix)]
fn as_nobody(args: &[&str], data_dir: &Path) -> Result<Output, String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Err("not running as root, so cannot switch to nobody".into());
    }
    let Ok(output) = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env("LANG", "C")
        .stdin(Stdio::null())
        .output()
    else {
        return Err("setpriv is not installed".into());
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.starts_with("setpriv:") {
        return Err(format!("setpriv cannot run the binary as nobody: {stderr}"));
    }
    Ok(output)
}

#[cfg(unix)]
#[test]
fn as_an_unprivileged_user_another_users_folder_is_refused_and_an_own_one_tightened() {
    use std::os::unix::fs::{PermissionsExt, chown};
    let tmp = tempfile::tempdir().unwrap();
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).unwrap();
    // Root's folder, open to everyone (a third user could replace the session in it).
    let foreign = tmp.path().join("foreign");
    fs::create_dir(&foreign).unwrap();
    fs::set_permissions(&foreign, fs::Permissions::from_mode(0o777)).unwrap();
    let output = match as_nobody(&["status"], &foreign) {
        Ok(output) => output,
        Err(reason) => {
            println!("skipped: {reason}");
            return;
        }
    };
    assert_eq!(output.status.code(), Some(2));
    let expected = format!(
        "error: the data folder {0} belongs to another user (uid 0), not to you (uid 65534): that user could read or replace your session. Use a folder of your own with --data-dir, or if it is yours, run: sudo chown 65534 '{0}' && sudo chmod 700 '{0}'\n",
        foreign.display()
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), expected);

    // Nobody's own folder, open to everyone: tightened, with a note.
    let own = tmp.path().join("own");
    fs::create_dir(&own).unwrap();
    chown(&own, Some(65534), Some(65534)).unwrap();
    fs::set_permissions(&own, fs::Permissions::from_mode(0o777)).unwrap();
    let output = as_nobody(&["submitted", "2026-01-05"], &own).unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "note: {} was open to other users (mode 0777); it is now 0700\n",
            own.display()
        )
    );
    assert_eq!(
        fs::metadata(&own).unwrap().permissions().mode() & 0o7777,
        0o700
    );

    // A session planted in it by another user (root here): refused, and left alone.
    fs::remove_file(own.join("session.toml")).unwrap();
    fs::write(
        own.join("session.toml"),
        "version = 1\nlang = \"en\"\nstage = \"reasons\"\n",
    )
    .unwrap();
    let output = as_nobody(&["status"], &own).unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "error: {}/session.toml belongs to another user (uid 0), not to you (uid 65534)",
            own.display()
        )),
        "{stderr}"
    );
    assert!(own.join("session.toml").exists());
}

#[cfg(unix)]
#[test]
fn as_an_unprivileged_user_a_read_only_folder_fails_the_save_and_keeps_the_old_file() {
    use std::os::unix::fs::{PermissionsExt, chown};
    let tmp = tempfile::tempdir().unwrap();
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let own = tmp.path().join("own");
    fs::create_dir(&own).unwrap();
    chown(&own, Some(65534), Some(65534)).unwrap();
    fs::set_permissions(&own, fs::Permissions::from_mode(0o700)).unwrap();
    match as_nobody(&["submitted", "2026-01-05"], &own) {
        Ok(output) => assert_eq!(output.status.code(), Some(0), "{output:?}"),
        Err(reason) => {
            println!("skipped: {reason}");
            return;
        }
    }
    let before = fs::read(own.join("session.toml")).unwrap();
    // Read-only for its owner: the real permission check of the kernel, no injected fault.
    fs::set_permissions(&own, fs::Permissions::from_mode(0o500)).unwrap();
    let output = as_nobody(&["submitted", "2026-01-06"], &own).unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "error: cannot save the session to {}/session.toml",
            own.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("Permission denied"), "{stderr}");
    assert_eq!(
        fs::read(own.join("session.toml")).unwrap(),
        before,
        "old file kept"
    );
    let leftovers: Vec<_> = fs::read_dir(&own)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
