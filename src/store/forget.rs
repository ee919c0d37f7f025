//! `forget`: listing and removing this program's own files in the data folder, and nothing
//! else.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::files::open_lock;
use super::{
    ARCHIVE_PREFIX, BACKUP_ARCHIVE_PREFIX, BACKUP_CORRUPT_PREFIX, BACKUP_FILE, BACKUP_TEMP_PREFIX,
    CORRUPT_PREFIX, LOCK_FILE, REMINDER_PREFIX, REPORT_PREFIX, SESSION_FILE, StoreError,
    TEMP_PREFIX,
};

/// Removes everything this program keeps in `dir`: the session, its backup, archives, corrupt
/// copies, temporary files and the lock, then the folder itself if that left it empty. Other
/// files are left alone. Returns what was removed; a missing folder gives an empty list. Fails
/// with [`StoreError::Locked`] while an instance has the session open.
pub fn forget(dir: impl AsRef<Path>) -> Result<Vec<PathBuf>, StoreError> {
    let files = forgettable(&dir)?;
    remove_files(dir, &files)
}

/// What [`forget`] would remove from `dir` now: this program's files directly in it (never
/// anything in a subfolder or elsewhere), sorted by name, the lock last. A missing folder gives
/// an empty list. Takes no lock.
pub fn forgettable(dir: impl AsRef<Path>) -> Result<Vec<PathBuf>, StoreError> {
    let dir = dir.as_ref();
    let read_error = |source| StoreError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(read_error(source)),
        Ok(entries) => entries,
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| is_ours(name))
        .collect();
    names.sort_by_key(|name| (name == LOCK_FILE, name.clone()));
    Ok(names.into_iter().map(|name| dir.join(name)).collect())
}

/// Removes `files` (a list from [`forgettable`]) while holding the session's lock, then the lock
/// file and the folder itself if that left it empty. Only names this program owns, directly in
/// `dir`, are removed; any other path in `files` is skipped. Returns what was removed; an empty
/// list removes nothing and takes no lock. Fails with [`StoreError::Locked`] while an instance
/// has the session open.
pub fn remove_files(dir: impl AsRef<Path>, files: &[PathBuf]) -> Result<Vec<PathBuf>, StoreError> {
    let dir = dir.as_ref();
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let lock_path = dir.join(LOCK_FILE);
    let _lock = open_lock(&lock_path)?;
    let ours = |path: &&PathBuf| {
        path.parent() == Some(dir)
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| is_ours(n) && n != LOCK_FILE)
    };
    let mut removed = Vec::new();
    for path in files.iter().filter(ours).chain([&lock_path]) {
        match fs::remove_file(path) {
            Ok(()) => removed.push(path.clone()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(StoreError::Remove {
                    path: path.clone(),
                    source,
                });
            }
        }
    }
    if fs::remove_dir(dir).is_ok() {
        removed.push(dir.to_path_buf());
    }
    Ok(removed)
}

/// Whether a file name in the data folder is one of this program's own files (the session,
/// its backup, the lock, archives, damaged copies, temporary files, reports, reminder files).
pub fn is_ours(name: &str) -> bool {
    [SESSION_FILE, BACKUP_FILE, LOCK_FILE].contains(&name)
        || [
            CORRUPT_PREFIX,
            BACKUP_CORRUPT_PREFIX,
            BACKUP_ARCHIVE_PREFIX,
            ARCHIVE_PREFIX,
            TEMP_PREFIX,
            BACKUP_TEMP_PREFIX,
            REPORT_PREFIX,
            REMINDER_PREFIX,
        ]
        .iter()
        .any(|prefix| name.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_names_are_ours() {
        assert!(is_ours("session.toml.corrupt-20261128T093000Z-2"));
        assert!(is_ours(".session.toml.tmp-12-0"));
        assert!(!is_ours("notes.txt"));
        assert!(!is_ours("session.toml~"));
        assert!(is_ours("xhs-cancel-reminders-20261129-193000.ics"));
        assert!(!is_ours("reminders.ics"));
    }

    #[test]
    fn the_list_is_sorted_by_name_with_the_lock_last() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "session.toml.bak",
            "session.lock",
            "session.toml",
            "notes.txt",
        ] {
            fs::write(dir.path().join(name), "").unwrap();
        }
        let names: Vec<_> = forgettable(dir.path()).unwrap();
        let names: Vec<_> = names.iter().map(|p| p.file_name().unwrap()).collect();
        assert_eq!(names, ["session.toml", "session.toml.bak", "session.lock"]);
    }

    #[test]
    fn only_our_files_directly_in_the_folder_are_removed_and_a_gone_one_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        fs::create_dir(&data).unwrap();
        let elsewhere = dir.path().join("session.toml");
        let notes = data.join("notes.txt");
        for path in [&elsewhere, &notes, &data.join("session.toml")] {
            fs::write(path, "").unwrap();
        }
        let gone = data.join("session.toml.bak");
        let listed = [
            elsewhere.clone(),
            notes.clone(),
            data.join("session.toml"),
            gone,
        ];
        let removed = remove_files(&data, &listed).unwrap();
        assert_eq!(removed, [data.join("session.toml"), data.join(LOCK_FILE)]);
        assert!(elsewhere.exists() && notes.exists());
    }

    #[test]
    fn a_file_that_cannot_be_removed_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let stuck = dir.path().join("session.toml");
        fs::create_dir(&stuck).unwrap();
        let err = remove_files(dir.path(), std::slice::from_ref(&stuck)).unwrap_err();
        assert!(matches!(err, StoreError::Remove { path, .. } if path == stuck));
    }
}
