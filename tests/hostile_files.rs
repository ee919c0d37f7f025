//! Files that are not what they claim to be: FIFOs, devices, files past their cap and TOML
//! nested past the limit, as the session, its backup and the checklists. Each is refused with
//! its message, promptly, on any thread, and nothing is lost.

use std::borrow::Cow;
use std::fs;
use std::path::Path;
#[cfg(unix)]
use std::time::Duration;

use xhs_cancel::checklist::{Checklist, FILE_NAMES, SourceFile};
use xhs_cancel::fsread::{MAX_NESTING, SESSION_CAP};
use xhs_cancel::session::Session;
use xhs_cancel::store::{self, Store, StoreError};
use xhs_cancel::text::Lang;

const MINIMAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("hostile-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
}

/// The error's text with the folder written as `<dir>`.
fn generic(err: &impl std::fmt::Display, dir: &Path) -> String {
    err.to_string().replace(&dir.display().to_string(), "<dir>")
}

/// A copy of the minimal checklists in a new folder.
fn checklist_copy() -> tempfile::TempDir {
    let dir = tempdir();
    for name in FILE_NAMES {
        fs::copy(Path::new(MINIMAL).join(name), dir.path().join(name)).unwrap();
    }
    dir
}

/// `version = 1 …` padded with a comment to exactly `len` bytes.
fn session_of_len(len: usize) -> Vec<u8> {
    let mut text = toml::to_string(&Session::new(Lang::En)).unwrap();
    text.push('#');
    text.push_str(&"x".repeat(len - text.len()));
    text.into_bytes()
}

/// `seen = [[[…"a"…]]]`, `depth` arrays deep, under the 79-part table header the toml crate
/// allows: the deepest a session file can reach the parser.
fn nested_session(depth: usize) -> String {
    let header = vec!["a"; 79].join(".");
    format!(
        "version = 1\nlang = \"en\"\nstage = \"reasons\"\n[{header}]\nb = {}1{}\n",
        "[{a=".repeat(depth / 2) + if depth % 2 == 1 { "[" } else { "" },
        (if depth % 2 == 1 { "]" } else { "" }).to_string() + &"}]".repeat(depth / 2),
    )
}

#[test]
fn a_session_of_exactly_the_cap_loads_and_one_byte_more_is_damaged() {
    let dir = tempdir();
    let cap = usize::try_from(SESSION_CAP).unwrap();
    fs::write(dir.path().join("session.toml"), session_of_len(cap)).unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert!(store.load().unwrap().is_some());
    fs::write(dir.path().join("session.toml"), session_of_len(cap + 1)).unwrap();
    let err = store.load().unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(
        generic(&err, dir.path()),
        "<dir>/session.toml:1:1: the file is larger than 1 MiB, far more than a session holds"
    );
}

#[test]
fn nesting_at_the_limit_parses_on_a_small_stack_and_one_more_is_refused() {
    let dir = tempdir();
    let path = dir.path().join("session.toml");
    let store = Store::open(dir.path()).unwrap();
    let at_limit = nested_session(MAX_NESTING);
    assert!(xhs_cancel::fsread::too_deep(&at_limit).is_none());
    let over = nested_session(MAX_NESTING + 1);
    for (text, refused) in [(&at_limit, false), (&over, true)] {
        fs::write(&path, text).unwrap();
        // Main thread.
        let message = store.load().unwrap_err().to_string();
        assert_eq!(
            message.contains("nested more than 32"),
            refused,
            "{message}"
        );
        // A thread with a quarter of the 2 MiB a spawned thread (the saver) gets by default.
        let on_thread = std::thread::scope(|s| {
            std::thread::Builder::new()
                .stack_size(512 * 1024)
                .spawn_scoped(s, || store.load().unwrap_err().to_string())
                .unwrap()
                .join()
                .unwrap()
        });
        assert_eq!(on_thread, message);
    }
}

#[test]
fn a_checklist_nested_at_the_limit_parses_on_a_small_stack() {
    let files = |depth: usize| -> Vec<SourceFile> {
        FILE_NAMES
            .iter()
            .map(|name| {
                let mut bytes = fs::read(Path::new(MINIMAL).join(name)).unwrap();
                if *name == "after.toml" {
                    let value = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
                    bytes.extend(format!("\n[[items]]\nid = \"x\"\nwhen = {value}\n").bytes());
                }
                SourceFile {
                    path: format!("checklists/{name}"),
                    bytes: Cow::Owned(bytes),
                }
            })
            .collect()
    };
    for (depth, refused) in [(MAX_NESTING, false), (MAX_NESTING + 1, true)] {
        let set = files(depth);
        let problems = std::thread::scope(|s| {
            std::thread::Builder::new()
                .stack_size(512 * 1024)
                .spawn_scoped(s, || {
                    let err = Checklist::parse(&set).unwrap_err();
                    err.problems()
                        .iter()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                })
                .unwrap()
                .join()
                .unwrap()
        });
        let nested = problems.iter().any(|p| p.contains("nested more than 32"));
        assert_eq!(nested, refused, "{depth}: {problems:?}");
    }
}

#[test]
fn a_checklist_file_over_its_cap_is_invalid() {
    let dir = checklist_copy();
    let path = dir.path().join("after.toml");
    let mut bytes = fs::read(&path).unwrap();
    bytes.resize((4 << 20) + 1, b'\n');
    fs::write(&path, bytes).unwrap();
    let err = Checklist::from_dir(dir.path()).unwrap_err();
    assert_eq!(
        generic(&err, dir.path()),
        "1 problem in the checklist files:\n<dir>/after.toml: cannot be used: it is larger than 4 MiB (the most this file may hold)"
    );
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::symlink;

    fn mkfifo(path: &Path) {
        let status = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
    }

    /// Runs `f` on a thread and fails if it has not returned within 5 seconds (a FIFO opened
    /// for reading blocks until a writer comes, that is forever).
    fn promptly<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(f()));
        rx.recv_timeout(Duration::from_secs(5))
            .expect("returned within 5 seconds")
    }

    #[test]
    fn a_fifo_session_is_damaged_not_a_hang_and_a_save_keeps_it_aside() {
        let dir = tempdir();
        let path = dir.path().join("session.toml");
        mkfifo(&path);
        let store = Store::open(dir.path()).unwrap();
        let (store, err) = promptly(|| {
            let err = store.load().unwrap_err();
            (store, err)
        });
        assert_eq!(
            generic(&err, dir.path()),
            "<dir>/session.toml:1:1: the session is not a regular file but a FIFO (named pipe)"
        );
        let folder = dir.path().to_path_buf();
        let peeked = promptly(move || store::peek(folder).unwrap_err());
        assert!(
            matches!(peeked, StoreError::Unreadable { .. }),
            "{peeked:?}"
        );
        let mut store = store;
        promptly(move || store.save(&Session::new(Lang::En))).unwrap();
        assert!(fs::metadata(&path).unwrap().is_file());
        let kept: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("session.toml.corrupt-"))
            .collect();
        assert_eq!(kept.len(), 1, "the FIFO is kept under a name of its own");
    }

    #[test]
    fn a_dev_zero_session_or_backup_is_damaged_and_nothing_moves() {
        let dir = tempdir();
        symlink("/dev/zero", dir.path().join("session.toml")).unwrap();
        symlink("/dev/zero", dir.path().join("session.toml.bak")).unwrap();
        let store = Store::open(dir.path()).unwrap();
        let (mut store, loaded, restored) = promptly(|| {
            let mut store = store;
            let loaded = store.load().unwrap_err();
            let restored = store.restore_backup().unwrap_err();
            (store, loaded, restored)
        });
        assert_eq!(
            generic(&loaded, dir.path()),
            "<dir>/session.toml:1:1: the session is not a regular file but a character device"
        );
        assert_eq!(
            generic(&restored, dir.path()),
            "<dir>/session.toml.bak:1:1: the session is not a regular file but a character device"
        );
        let link = fs::symlink_metadata(dir.path().join("session.toml")).unwrap();
        assert!(link.file_type().is_symlink(), "left where it was");
        let (damaged, backup) = store.start_fresh().unwrap();
        assert!(damaged.is_some() && backup.is_some());
    }

    #[test]
    fn a_fifo_or_dev_zero_checklist_file_is_invalid_not_a_hang() {
        let dir = checklist_copy();
        fs::remove_file(dir.path().join("after.toml")).unwrap();
        mkfifo(&dir.path().join("after.toml"));
        fs::remove_file(dir.path().join("calendar.toml")).unwrap();
        symlink("/dev/zero", dir.path().join("calendar.toml")).unwrap();
        let folder = dir.path().to_path_buf();
        let err = promptly(move || Checklist::from_dir(&folder).unwrap_err());
        assert_eq!(
            generic(&err, dir.path()),
            "2 problems in the checklist files:\n\
             <dir>/after.toml: cannot be used: it is not a regular file but a FIFO (named pipe)\n\
             <dir>/calendar.toml: cannot be used: it is not a regular file but a character device"
        );
    }
}

#[test]
fn write_new_never_replaces_and_leaves_only_private_complete_files() {
    let dir = tempdir();
    let taken = dir.path().join("report.md");
    fs::write(&taken, "someone else's").unwrap();
    let first = store::write_new(dir.path(), "report", ".md", b"one").unwrap();
    let second = store::write_new(dir.path(), "report", ".md", b"two").unwrap();
    assert_eq!(first, dir.path().join("report-2.md"));
    assert_eq!(second, dir.path().join("report-3.md"));
    assert_eq!(fs::read(&taken).unwrap(), b"someone else's");
    assert_eq!(fs::read(&second).unwrap(), b"two");
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["report-2.md", "report-3.md", "report.md"],
        "no temporary file left"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&first).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
