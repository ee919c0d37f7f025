//! The session folder: saving, the backup, restore, archive, forget, the lock, permissions, and
//! saves that fail on purpose.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;
use xhs_cancel::session::{Session, Stamp};
use xhs_cancel::store::{Fault, Store, StoreError};
use xhs_cancel::text::Lang;

mod common;

fn temp_dir() -> tempfile::TempDir {
    common::temp_dir("store-")
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// A session that differs for every `n`: preparation item `n-<n>` confirmed.
fn state(n: u32) -> Session {
    let mut s = Session::new(Lang::Zh);
    s.stage = "preparation".into();
    s.confirmed.entry("preparation".into()).or_default().insert(
        format!("n-{n}"),
        Stamp::new(Timestamp::from_second(1_790_000_000 + i64::from(n)).unwrap()),
    );
    s
}

fn shown(err: &StoreError, dir: &Path) -> String {
    err.to_string().replace(&dir.display().to_string(), "<dir>")
}

#[test]
fn save_then_load_gives_the_same_session() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    assert_eq!(store.load().unwrap(), None);
    store.save(&state(1)).unwrap();
    assert_eq!(store.load().unwrap(), Some(state(1)));
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.load().unwrap(), Some(state(1)));
    assert_eq!(entries(dir.path()), vec!["session.lock", "session.toml"]);
}

#[test]
fn the_previous_good_file_is_kept_as_bak() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    let current = store.session_path();
    let backup = store.backup_path();
    store.save(&state(1)).unwrap();
    assert!(!backup.exists(), "nothing to back up on the first save");
    let one = fs::read(&current).unwrap();
    store.save(&state(2)).unwrap();
    assert_eq!(fs::read(&backup).unwrap(), one);
    let two = fs::read(&current).unwrap();
    store.save(&state(3)).unwrap();
    assert_eq!(fs::read(&backup).unwrap(), two);
    assert_eq!(store.load().unwrap(), Some(state(3)));
    assert_eq!(
        entries(dir.path()),
        vec!["session.lock", "session.toml", "session.toml.bak"]
    );
}

#[test]
fn a_damaged_current_file_is_kept_aside_not_backed_up_or_overwritten() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    let good_backup = fs::read(store.backup_path()).unwrap();
    // Something outside the program damages the file while it runs.
    fs::write(store.session_path(), b"version = 1\nlang = ").unwrap();
    store.save(&state(3)).unwrap();
    assert_eq!(fs::read(store.backup_path()).unwrap(), good_backup);
    let names = entries(dir.path());
    let corrupt: Vec<_> = names
        .iter()
        .filter(|n| n.starts_with("session.toml.corrupt-"))
        .collect();
    assert_eq!(corrupt.len(), 1, "{names:?}");
    assert_eq!(
        fs::read(dir.path().join(corrupt[0])).unwrap(),
        b"version = 1\nlang = "
    );
    assert_eq!(store.load().unwrap(), Some(state(3)));
}

#[test]
fn restore_backup_makes_the_backup_current_byte_for_byte() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    let one = fs::read(store.session_path()).unwrap();
    store.save(&state(2)).unwrap();
    let two = fs::read(store.session_path()).unwrap();
    assert_eq!(store.restore_backup().unwrap(), state(1));
    assert_eq!(fs::read(store.session_path()).unwrap(), one);
    assert_eq!(fs::read(store.backup_path()).unwrap(), two, "swapped");
    assert_eq!(store.load().unwrap(), Some(state(1)));
}

#[test]
fn restore_keeps_the_damaged_file_and_the_backup() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    let backup = fs::read(store.backup_path()).unwrap();
    fs::write(store.session_path(), [0xff, 0xfe, 0x00]).unwrap();
    assert!(matches!(store.load(), Err(StoreError::Corrupt { .. })));
    assert_eq!(store.restore_backup().unwrap(), state(1));
    assert_eq!(store.load().unwrap(), Some(state(1)));
    assert_eq!(
        fs::read(store.backup_path()).unwrap(),
        backup,
        "still there"
    );
    let kept = named(dir.path(), "session.toml.corrupt-");
    assert_eq!(fs::read(&kept[0]).unwrap(), [0xff, 0xfe, 0x00]);
}

#[test]
fn a_damaged_session_stays_put_until_the_person_chooses() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    fs::write(store.session_path(), "version = 1\nlang = ").unwrap();
    let before = listing(dir.path());
    assert!(matches!(store.load(), Err(StoreError::Corrupt { .. })));
    drop(store);
    // "Quit" changes nothing: the next run finds the same damage and the same backup.
    let store = Store::open(dir.path()).unwrap();
    assert!(matches!(store.load(), Err(StoreError::Corrupt { .. })));
    assert_eq!(listing(dir.path()), before);
}

#[test]
fn a_fresh_start_archives_the_damaged_file_and_the_backup() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    let backup = fs::read(store.backup_path()).unwrap();
    fs::write(store.session_path(), "garbage").unwrap();
    let (damaged, archived) = store.start_fresh().unwrap();
    let (damaged, archived) = (damaged.unwrap(), archived.unwrap());
    assert_eq!(fs::read(&damaged).unwrap(), b"garbage");
    let name = archived.file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("session.toml.bak.archive-20"), "{name}");
    assert_eq!(fs::read(&archived).unwrap(), backup);
    // Saves after the fresh start rotate the backup, but the archived copy stays.
    for n in 3..6 {
        store.save(&state(n)).unwrap();
    }
    assert_eq!(fs::read(&archived).unwrap(), backup);
    assert_eq!(fs::read(&damaged).unwrap(), b"garbage");
}

#[test]
fn a_fresh_start_without_a_session_file_still_archives_the_backup() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    let backup = fs::read(store.backup_path()).unwrap();
    fs::remove_file(store.session_path()).unwrap();
    let (damaged, archived) = store.start_fresh().unwrap();
    assert_eq!(damaged, None, "nothing to put aside");
    assert_eq!(fs::read(archived.unwrap()).unwrap(), backup);
}

#[test]
fn a_fresh_start_that_cannot_look_at_the_session_file_is_an_error() {
    let dir = temp_dir();
    let folder = dir.path().join("data");
    let mut store = Store::open(&folder).unwrap();
    store.save(&state(1)).unwrap();
    fs::rename(&folder, dir.path().join("moved")).unwrap();
    fs::write(&folder, "a file where the folder was").unwrap();
    match store.start_fresh().unwrap_err() {
        StoreError::Read { path, .. } => assert_eq!(path, folder.join("session.toml")),
        other => panic!("{other:?}"),
    }
    // `--new` looks the same way: an error, not "no session to archive".
    match store.archive().unwrap_err() {
        StoreError::Read { path, .. } => assert_eq!(path, folder.join("session.toml")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_damaged_backup_is_reported_and_left_alone() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    let current = fs::read(store.session_path()).unwrap();
    fs::write(store.backup_path(), "version = 1\n\u{1b}[2J").unwrap();
    let err = store.restore_backup().unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(
        shown(&err, dir.path()),
        "<dir>/session.toml.bak:2:2: key with no value, expected `=`"
    );
    assert_eq!(
        fs::read(store.backup_path()).unwrap(),
        b"version = 1\n\x1b[2J"
    );
    assert_eq!(fs::read(store.session_path()).unwrap(), current);
    // The next save would rotate the backup away: it is kept aside first.
    store.save(&state(2)).unwrap();
    let kept = named(dir.path(), "session.toml.bak.archive-");
    assert_eq!(fs::read(&kept[0]).unwrap(), b"version = 1\n\x1b[2J");
}

#[test]
fn a_newer_versions_backup_is_never_rotated_away() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    let newer = "version = 99\nwhatever = true\n";
    fs::write(store.backup_path(), newer).unwrap();
    let err = store.restore_backup().unwrap_err();
    assert!(matches!(err, StoreError::NewerVersion { .. }), "{err:?}");
    assert_eq!(fs::read_to_string(store.backup_path()).unwrap(), newer);
    store.save(&state(2)).unwrap();
    store.save(&state(3)).unwrap();
    let kept = named(dir.path(), "session.toml.bak.archive-");
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(fs::read_to_string(&kept[0]).unwrap(), newer);
}

#[test]
fn a_good_backup_from_an_earlier_run_is_rotated_not_archived() {
    let dir = temp_dir();
    {
        let mut earlier = Store::open(dir.path()).unwrap();
        earlier.save(&state(1)).unwrap();
        earlier.save(&state(2)).unwrap();
    }
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(3)).unwrap();
    store.save(&state(4)).unwrap();
    let kept = named(dir.path(), "session.toml.bak.archive-");
    assert!(kept.is_empty(), "a readable backup needs no copy: {kept:?}");
}

/// The files in `dir` whose names start with `prefix`, sorted.
fn named(dir: &std::path::Path, prefix: &str) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = listing(dir)
        .into_iter()
        .filter(|n| n.starts_with(prefix))
        .map(|n| dir.join(n))
        .collect();
    found.sort();
    found
}

fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn restore_without_a_backup() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    let err = store.restore_backup().unwrap_err();
    assert!(matches!(err, StoreError::NoBackup { .. }), "{err:?}");
    assert_eq!(
        shown(&err, dir.path()),
        "there is no backup session to restore (<dir>/session.toml.bak does not exist)"
    );
}

#[test]
fn archive_moves_the_session_away_for_a_fresh_start() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    assert_eq!(store.archive().unwrap(), None);
    store.save(&state(1)).unwrap();
    let bytes = fs::read(store.session_path()).unwrap();
    let archived = store.archive().unwrap().unwrap();
    let name = archived.file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("session.toml.archive-20"), "{name}");
    assert_eq!(fs::read(&archived).unwrap(), bytes);
    assert_eq!(store.load().unwrap(), None);
    // Two archives in the same second get distinct names.
    store.save(&state(2)).unwrap();
    let second = store.archive().unwrap().unwrap();
    assert_ne!(second, archived);
    assert_eq!(fs::read(&archived).unwrap(), bytes);
}

#[test]
fn forget_removes_only_our_files() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    store.archive().unwrap();
    store.save(&state(3)).unwrap();
    fs::write(store.session_path(), "garbage").unwrap();
    let _ = store.load().unwrap_err();
    fs::write(dir.path().join(".session.toml.tmp-1-1"), "x").unwrap();
    fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    fs::write(
        dir.path().join("xhs-cancel-report-20261128-100000.md"),
        "# report",
    )
    .unwrap();

    let err = xhs_cancel::store::forget(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    drop(store);

    let removed = xhs_cancel::store::forget(dir.path()).unwrap();
    let names: Vec<String> = removed
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    assert_eq!(names.len(), 7, "{names:?}");
    assert!(names[0].starts_with(".session.toml.tmp-"), "{names:?}");
    assert_eq!(
        names[1], "session.toml",
        "damaged, and removed all the same"
    );
    assert!(names[2].starts_with("session.toml.archive-"), "{names:?}");
    assert_eq!(names[3], "session.toml.bak");
    assert!(
        names[4].starts_with("session.toml.bak.archive-"),
        "--new keeps the backup too: {names:?}"
    );
    assert!(names[5].starts_with("xhs-cancel-report-"), "{names:?}");
    assert_eq!(names[6], "session.lock", "the lock goes last");
    assert_eq!(entries(dir.path()), vec!["notes.txt"]);
}

#[test]
fn forget_removes_the_folder_when_nothing_else_is_in_it() {
    let parent = temp_dir();
    let dir = parent.path().join("xhs-cancel");
    let mut store = Store::open(&dir).unwrap();
    store.save(&state(1)).unwrap();
    drop(store);
    let removed = xhs_cancel::store::forget(&dir).unwrap();
    assert_eq!(
        removed,
        vec![
            dir.join("session.toml"),
            dir.join("session.lock"),
            dir.clone()
        ]
    );
    assert!(!dir.exists());
    assert_eq!(
        xhs_cancel::store::forget(&dir).unwrap(),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn stale_temporary_files_are_removed_on_open() {
    let dir = temp_dir();
    fs::write(dir.path().join(".session.toml.tmp-999-0"), "half").unwrap();
    fs::write(dir.path().join(".session.toml.bak.tmp-999-1"), "half").unwrap();
    let _store = Store::open(dir.path()).unwrap();
    assert_eq!(entries(dir.path()), vec!["session.lock"]);
}

// ---------------------------------------------------------------------------------------------
// The lock

#[test]
fn a_second_open_in_the_same_process_is_locked() {
    let dir = temp_dir();
    let mut first = Store::open(dir.path()).unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert_eq!(
        shown(&err, dir.path()),
        "another xhs-cancel is already open on this session (<dir>/session.lock is locked); \
         close it and try again"
    );
    // The first is unaffected.
    first.save(&state(1)).unwrap();
    assert_eq!(first.load().unwrap(), Some(state(1)));
    drop(first);
    // Other tests here spawn processes: a fork that happened while the lock was held keeps it
    // until that child's exec closes the copy, so the lock is released moments later.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while let Err(e) = Store::open(dir.path()) {
        assert!(
            std::time::Instant::now() < deadline,
            "still locked after drop: {e}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

const LOCK_CHILD_ENV: &str = "XHS_STORE_TEST_LOCK_CHILD";

/// Run as a separate process by `a_second_process_is_locked_out`: exits 3 when the folder in
/// the environment variable is locked, 0 when it could open it. Does nothing in a normal run.
#[test]
fn lock_child() {
    let Some(dir) = std::env::var_os(LOCK_CHILD_ENV) else {
        return;
    };
    match Store::open(&dir) {
        Ok(_) => std::process::exit(0),
        Err(StoreError::Locked { .. }) => std::process::exit(3),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1)
        }
    }
}

fn try_open_in_another_process(dir: &Path) -> Option<i32> {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "lock_child", "--nocapture", "--test-threads=1"])
        .env(LOCK_CHILD_ENV, dir)
        .output()
        .unwrap()
        .status
        .code()
}

#[test]
fn a_second_process_is_locked_out() {
    let dir = temp_dir();
    let mut first = Store::open(dir.path()).unwrap();
    first.save(&state(1)).unwrap();
    assert_eq!(try_open_in_another_process(dir.path()), Some(3));
    first.save(&state(2)).unwrap();
    assert_eq!(first.load().unwrap(), Some(state(2)));
    drop(first);
    assert_eq!(try_open_in_another_process(dir.path()), Some(0));
}

// ---------------------------------------------------------------------------------------------
// Permissions

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
#[test]
fn files_are_0600_and_the_folder_0700() {
    let parent = temp_dir();
    let dir = parent.path().join("new");
    let mut store = Store::open(&dir).unwrap();
    assert_eq!(mode(&dir), 0o700);
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    assert_eq!(mode(&store.session_path()), 0o600);
    assert_eq!(mode(&store.backup_path()), 0o600);
    assert_eq!(mode(&store.lock_path()), 0o600);
    store.restore_backup().unwrap();
    assert_eq!(mode(&store.session_path()), 0o600);
    assert_eq!(mode(&store.backup_path()), 0o600);
}

#[cfg(unix)]
#[test]
fn an_existing_folder_of_ours_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let _store = Store::open(dir.path()).unwrap();
    assert_eq!(mode(dir.path()), 0o700);
}

#[cfg(unix)]
#[test]
fn a_shared_sticky_folder_is_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o1777)).unwrap();
    let _store = Store::open(dir.path()).unwrap();
    assert_eq!(mode(dir.path()), 0o1777);
}

// ---------------------------------------------------------------------------------------------
// Saves that fail

/// Injects `fault`, saves, and checks: the error names session.toml, the old file and its backup
/// are byte-identical, no temporary file is left; after clearing the fault the same save works.
fn failed_save_keeps_the_old_file(fault: Fault, cause: &str) {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    store.save(&state(2)).unwrap();
    let old = fs::read(store.session_path()).unwrap();
    let old_backup = fs::read(store.backup_path()).unwrap();
    let before = entries(dir.path());

    store.inject_fault(Some(fault));
    let err = store.save(&state(3)).unwrap_err();
    assert!(matches!(err, StoreError::Save { .. }), "{err:?}");
    assert_eq!(
        shown(&err, dir.path()),
        "cannot save the session to <dir>/session.toml"
    );
    let source = std::error::Error::source(&err).expect("the cause");
    assert_eq!(source.to_string(), cause);
    assert_eq!(fs::read(store.session_path()).unwrap(), old, "{fault:?}");
    assert_eq!(
        fs::read(store.backup_path()).unwrap(),
        old_backup,
        "{fault:?}"
    );
    assert_eq!(
        entries(dir.path()),
        before,
        "{fault:?}: no temporary file left"
    );
    // Still failing on a retry, still intact.
    assert!(store.save(&state(3)).is_err());
    assert_eq!(fs::read(store.session_path()).unwrap(), old);

    store.inject_fault(None);
    store.save(&state(3)).unwrap();
    assert_eq!(store.load().unwrap(), Some(state(3)));
    assert_eq!(fs::read(store.backup_path()).unwrap(), old);
}

#[test]
fn a_write_failing_midway_keeps_the_old_file() {
    failed_save_keeps_the_old_file(
        Fault::WriteAfter(40),
        "injected fault: no space left on device",
    );
}

#[test]
fn a_write_failing_at_the_first_byte_keeps_the_old_file() {
    failed_save_keeps_the_old_file(
        Fault::WriteAfter(0),
        "injected fault: no space left on device",
    );
}

#[test]
fn a_failing_fsync_keeps_the_old_file() {
    failed_save_keeps_the_old_file(Fault::Sync, "injected fault: fsync failed");
}

#[test]
fn a_failing_backup_keeps_the_old_file() {
    failed_save_keeps_the_old_file(Fault::Backup, "injected fault: no space for the backup");
}

#[test]
fn a_failing_rename_keeps_the_old_file() {
    failed_save_keeps_the_old_file(Fault::Rename, "injected fault: rename failed");
}

/// A read-only folder. Tests here run as root, for whom 0500 does not stop writes, so the test
/// checks whether the folder really refused a write: if it did, the real error is asserted; if
/// not (root), the same refusal is injected at the same step (creating the temporary file).
#[cfg(unix)]
#[test]
fn a_read_only_folder_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.save(&state(1)).unwrap();
    let old = fs::read(store.session_path()).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let probe = dir.path().join("probe");
    let really_read_only = fs::write(&probe, "x").is_err();
    let _ = fs::remove_file(&probe);
    if !really_read_only {
        eprintln!("running as root: 0500 does not stop writes, injecting the refusal instead");
        store.inject_fault(Some(Fault::CreateTemp));
    }
    let err = store.save(&state(2)).unwrap_err();
    let StoreError::Save { ref source, .. } = err else {
        panic!("{err:?}");
    };
    assert_eq!(source.kind(), ErrorKind::PermissionDenied, "{source}");
    assert_eq!(fs::read(store.session_path()).unwrap(), old);
    assert_eq!(entries(dir.path()), vec!["session.lock", "session.toml"]);
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
    store.inject_fault(None);
    store.save(&state(2)).unwrap();
}

/// A folder that cannot be created (its parent is a file) fails to open, for anyone, root too.
#[test]
fn a_folder_that_cannot_be_created() {
    let dir = temp_dir();
    fs::write(dir.path().join("file"), "x").unwrap();
    let err = Store::open(dir.path().join("file/sub")).unwrap_err();
    assert!(matches!(err, StoreError::Open { .. }), "{err:?}");
    assert_eq!(
        shown(&err, dir.path()),
        "cannot create or open the session folder <dir>/file/sub"
    );
}

/// A folder removed while the program runs: the save fails with the real error from the
/// file system and the program can keep going.
#[test]
fn a_folder_removed_underneath() {
    let dir = temp_dir();
    let sub = dir.path().join("gone");
    let mut store = Store::open(&sub).unwrap();
    store.save(&state(1)).unwrap();
    fs::remove_dir_all(&sub).unwrap();
    let err = store.save(&state(2)).unwrap_err();
    let StoreError::Save { ref source, .. } = err else {
        panic!("{err:?}");
    };
    assert_eq!(source.kind(), ErrorKind::NotFound);
}

#[test]
fn a_version_1_session_loads_and_is_saved_as_version_2() {
    let dir = temp_dir();
    let mut store = Store::open(dir.path()).unwrap();
    let v1 =
        "version = 1\nlang = \"zh\"\nstage = \"reasons\"\n\n[answers]\naccount-type = \"pro\"\n";
    fs::write(store.session_path(), v1).unwrap();
    let session = store.load().unwrap().unwrap();
    assert_eq!(session.answers["account-type"], ["pro"]);
    assert_eq!(session.version, xhs_cancel::session::VERSION);
    store.save(&session).unwrap();
    let text = fs::read_to_string(store.session_path()).unwrap();
    assert!(text.starts_with("version = 3\n"), "{text}");
    assert!(text.contains("account-type = [\"pro\"]"), "{text}");
    assert_eq!(
        fs::read_to_string(store.backup_path()).unwrap(),
        v1,
        "the old file is the backup"
    );
}
