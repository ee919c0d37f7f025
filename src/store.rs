//! The session directory and its files: `session.toml`, its backup, the lock, and the copies kept
//! aside. No terminal and no UI here; every function returns a [`StoreError`] that names the path.
//!
//! The directory holds:
//!
//! | file | what |
//! |---|---|
//! | `session.toml` | the current session, replaced atomically on every save |
//! | `session.toml.bak` | the previous good `session.toml` |
//! | `session.lock` | locked for as long as a [`Store`] is open: one instance per session |
//! | `session.toml.corrupt-<time>` | a damaged `session.toml`, kept byte for byte once the person chose to restore or start fresh |
//! | `session.toml.bak.archive-<time>` | a backup kept aside: by a fresh start, or because a save was about to replace a backup that this version cannot read |
//! | `session.toml.bak.corrupt-<time>` | a damaged backup moved aside by earlier versions |
//! | `session.toml.archive-<time>` | a session put away by `--new` |
//! | `.session.toml.tmp-*`, `.session.toml.bak.tmp-*` | a save in progress (stale ones are removed on open) |
//!
//! `<time>` is UTC to the second, `20261128T093000Z`, with `-2`, `-3`, … added when the name is taken.

use std::error::Error as StdError;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Deserialize;

pub mod owner;

use crate::checklist::position;
use crate::fsread::{self, ReadError, SESSION_CAP};
use crate::session::{self, Session};
use crate::text::excerpt;

/// The environment variable naming the session directory (`--data-dir` overrides it).
pub const DATA_DIR_ENV: &str = "XHS_CANCEL_DATA_DIR";
pub const SESSION_FILE: &str = "session.toml";
pub const BACKUP_FILE: &str = "session.toml.bak";
pub const LOCK_FILE: &str = "session.lock";
/// Reports the wizard exports into the folder; `forget` removes them with the session.
pub const REPORT_PREFIX: &str = "xhs-cancel-report-";
const CORRUPT_PREFIX: &str = "session.toml.corrupt-";
const BACKUP_CORRUPT_PREFIX: &str = "session.toml.bak.corrupt-";
const BACKUP_ARCHIVE_PREFIX: &str = "session.toml.bak.archive-";
const ARCHIVE_PREFIX: &str = "session.toml.archive-";
const TEMP_PREFIX: &str = ".session.toml.tmp-";
const BACKUP_TEMP_PREFIX: &str = ".session.toml.bak.tmp-";

/// Where sessions live by default: `$XHS_CANCEL_DATA_DIR` if set and not empty, else the
/// platform data directory (`$XDG_DATA_HOME/xhs-cancel` on Linux,
/// `~/Library/Application Support/xhs-cancel` on macOS, `%APPDATA%\xhs-cancel\data` on Windows).
/// `None` when neither is known (no home directory).
pub fn default_data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("", "", "xhs-cancel")
            .map(|dirs| dirs.data_dir().to_path_buf()),
    }
}

/// Why a session could not be opened, read, saved or removed. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create or open the session folder {}", .path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(
        "another xhs-cancel is already open on this session ({} is locked); close it and try again",
        .path.display()
    )]
    Locked { path: PathBuf },
    #[error("cannot lock {}", .path.display())]
    Lock {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot read the session file {}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The file (the session or, on a restore, its backup) is damaged; it is left exactly
    /// where and as it is. `message` is already sanitized; `line` and `column` are 1-based,
    /// columns in characters.
    #[error("{}:{line}:{column}: {message}", .path.display())]
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        #[source]
        source: Option<Box<dyn StdError + Send + Sync>>,
    },
    /// Seen by a read-only command (`status`, `export`): damaged, and left where it is.
    #[error(
        "{}:{line}:{column}: {message} (left as it is; run xhs-cancel to restore the backup or start fresh)",
        .path.display()
    )]
    Unreadable {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        #[source]
        source: Option<Box<dyn StdError + Send + Sync>>,
    },
    /// Written by a later xhs-cancel: refused, and left exactly as it is.
    #[error(
        "{} was written by a newer xhs-cancel (session version {version}; this one reads version {}); it was left untouched: update xhs-cancel to continue",
        .path.display(),
        session::VERSION
    )]
    NewerVersion { path: PathBuf, version: i64 },
    #[error("cannot save the session to {}", .path.display())]
    Save {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot write the session as TOML")]
    Encode {
        #[source]
        source: toml::ser::Error,
    },
    #[error("there is no backup session to restore ({} does not exist)", .path.display())]
    NoBackup { path: PathBuf },
    #[error("cannot move {} to {}", .from.display(), .to.display())]
    Move {
        from: PathBuf,
        to: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot remove {}", .path.display())]
    Remove {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl StoreError {
    /// The file or folder the error is about.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Open { path, .. }
            | StoreError::Locked { path }
            | StoreError::Lock { path, .. }
            | StoreError::Read { path, .. }
            | StoreError::Corrupt { path, .. }
            | StoreError::Unreadable { path, .. }
            | StoreError::NewerVersion { path, .. }
            | StoreError::Save { path, .. }
            | StoreError::NoBackup { path }
            | StoreError::Remove { path, .. } => Some(path),
            StoreError::Move { from, .. } => Some(from),
            StoreError::Encode { .. } => None,
        }
    }
}

/// A failure to make happen on purpose, so tests can check that a failed save leaves the old
/// file intact and no temporary file behind. Set with [`Store::inject_fault`]; it stays in
/// effect for every save until cleared. Not for use outside tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Creating the temporary file fails as in a read-only folder (permission denied).
    CreateTemp,
    /// Writing the temporary file fails after this many bytes, as on a full disk.
    WriteAfter(usize),
    /// `fsync` of the temporary file fails (an I/O error).
    Sync,
    /// Keeping the previous file as `session.toml.bak` fails.
    Backup,
    /// Renaming the temporary file over `session.toml` fails.
    Rename,
}

fn injected(kind: io::ErrorKind, what: &str) -> io::Error {
    io::Error::new(kind, format!("injected fault: {what}"))
}

/// The session folder, locked for as long as this value lives.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    /// Held, never read: closing it releases the lock.
    _lock: File,
    fault: Option<Fault>,
}

impl Store {
    /// Creates the folder if needed (mode 0700 on Unix; an existing folder owned by this user is
    /// set to 0700 too, unless it is a shared sticky folder such as /tmp), takes the lock on
    /// `session.lock`, and removes temporary files a killed save left behind.
    ///
    /// A lock held by another process, or by another open `Store` in this process, gives
    /// [`StoreError::Locked`].
    pub fn open(dir: impl AsRef<Path>) -> Result<Store, StoreError> {
        let dir = dir.as_ref().to_path_buf();
        create_private_dir(&dir).map_err(|source| StoreError::Open {
            path: dir.clone(),
            source,
        })?;
        let lock_path = dir.join(LOCK_FILE);
        let lock = open_lock(&lock_path)?;
        make_private(&dir, &lock).map_err(|source| StoreError::Open {
            path: dir.clone(),
            source,
        })?;
        let store = Store {
            dir,
            _lock: lock,
            fault: None,
        };
        store.remove_stale_temp_files();
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn session_path(&self) -> PathBuf {
        self.dir.join(SESSION_FILE)
    }

    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP_FILE)
    }

    pub fn lock_path(&self) -> PathBuf {
        self.dir.join(LOCK_FILE)
    }

    /// For tests: make every following save fail in the given way (`None` clears it).
    pub fn inject_fault(&mut self, fault: Option<Fault>) {
        self.fault = fault;
    }

    /// The saved session, `None` when there is none yet.
    ///
    /// A damaged file (empty, truncated, not UTF-8, not TOML, wrong types, missing fields, an
    /// unknown version such as 0) is reported as [`StoreError::Corrupt`] and left exactly as it
    /// is, until the person picks [`Store::restore_backup`] or [`Store::start_fresh`] (a save
    /// over it also keeps it first). A file from a newer version is left in place and
    /// reported as [`StoreError::NewerVersion`]. A file that cannot be read at all (permissions,
    /// I/O error) is left in place and reported as [`StoreError::Read`].
    pub fn load(&self) -> Result<Option<Session>, StoreError> {
        let path = self.session_path();
        let contents = match read_session(&path) {
            Ok(Some(contents)) => contents,
            Ok(None) => return Ok(None),
            Err(source) => return Err(StoreError::Read { path, source }),
        };
        match contents.parsed {
            Parsed::Good(session) => Ok(Some(session)),
            Parsed::Newer(version) => Err(StoreError::NewerVersion { path, version }),
            Parsed::Bad(damage) => Err(damage.into_error(path)),
        }
    }

    /// Saves atomically: a complete old or a complete new `session.toml` exists at every moment,
    /// whatever happens (crash, `kill -9`, power loss after the folder's fsync). The previous good
    /// file becomes `session.toml.bak`. On failure the old file is untouched and the temporary
    /// file removed; the caller keeps the session in memory and may call `save` again. (One
    /// exception: when only the folder's final fsync fails, the new file is already in place but
    /// might not survive a power cut; the error is returned all the same.)
    ///
    /// A current file from a newer version is not replaced ([`StoreError::NewerVersion`]); a
    /// damaged one is first kept as `session.toml.corrupt-<time>` (never overwritten).
    pub fn save(&mut self, session: &Session) -> Result<(), StoreError> {
        let text = toml::to_string(session).map_err(|source| StoreError::Encode { source })?;
        self.replace_current(text.as_bytes())
    }

    /// Makes `session.toml.bak` the current session (its bytes, unchanged) and returns it. The
    /// file it replaces becomes the new backup if good, else it is kept as
    /// `session.toml.corrupt-<time>`. A backup that is damaged or from a newer version gives
    /// [`StoreError::Corrupt`] or [`StoreError::NewerVersion`] and nothing is changed.
    pub fn restore_backup(&mut self) -> Result<Session, StoreError> {
        let path = self.backup_path();
        let contents = match read_session(&path) {
            Ok(Some(contents)) => contents,
            Ok(None) => return Err(StoreError::NoBackup { path }),
            Err(source) => return Err(StoreError::Read { path, source }),
        };
        match contents.parsed {
            Parsed::Good(session) => {
                self.replace_current(&contents.bytes)?;
                Ok(session)
            }
            Parsed::Newer(version) => Err(StoreError::NewerVersion { path, version }),
            Parsed::Bad(damage) => Err(damage.into_error(path)),
        }
    }

    /// Puts a damaged session aside for a fresh start: `session.toml` is moved to
    /// `session.toml.corrupt-<time>`, and a copy of `session.toml.bak` is kept as
    /// `session.toml.bak.archive-<time>` (the backup itself stays until the next saves rotate
    /// it), so both can still be restored by hand. Returns the two new names, `None` where
    /// there was no file.
    pub fn start_fresh(&mut self) -> Result<(Option<PathBuf>, Option<PathBuf>), StoreError> {
        let current = self.session_path();
        let damaged = match fs::symlink_metadata(&current) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(source) => {
                return Err(StoreError::Read {
                    path: current,
                    source,
                });
            }
            Ok(_) => {
                let to = unique_path(&self.dir, CORRUPT_PREFIX);
                fs::rename(&current, &to).map_err(|source| StoreError::Move {
                    from: current.clone(),
                    to: to.clone(),
                    source,
                })?;
                Some(to)
            }
        };
        let backup = self.keep_backup_aside()?;
        sync_dir(&self.dir).map_err(|source| StoreError::Save {
            path: self.dir.clone(),
            source,
        })?;
        Ok((damaged, backup))
    }

    /// A second name for `session.toml.bak`, `session.toml.bak.archive-<time>`; `None` when
    /// there is no backup.
    fn keep_backup_aside(&self) -> Result<Option<PathBuf>, StoreError> {
        let backup = self.backup_path();
        match fs::symlink_metadata(&backup) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(StoreError::Read {
                    path: backup,
                    source,
                });
            }
            Ok(_) => {}
        }
        let to = unique_path(&self.dir, BACKUP_ARCHIVE_PREFIX);
        link_or_copy(&backup, &to).map_err(|source| StoreError::Move {
            from: backup,
            to: to.clone(),
            source,
        })?;
        Ok(Some(to))
    }

    /// For `--new`: moves `session.toml` to `session.toml.archive-<time>` and returns that path,
    /// `None` when there was no session. A copy of `session.toml.bak` is kept as
    /// `session.toml.bak.archive-<time>` too: the new session's saves will rotate the backup,
    /// and it may be the only good copy (of a damaged session, say).
    pub fn archive(&mut self) -> Result<Option<PathBuf>, StoreError> {
        let from = self.session_path();
        match fs::symlink_metadata(&from) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(StoreError::Read { path: from, source }),
            Ok(_) => {}
        }
        self.keep_backup_aside()?;
        let to = unique_path(&self.dir, ARCHIVE_PREFIX);
        fs::rename(&from, &to)
            .and_then(|()| sync_dir(&self.dir))
            .map_err(|source| StoreError::Move {
                from,
                to: to.clone(),
                source,
            })?;
        Ok(Some(to))
    }

    /// Writes `bytes` as the new `session.toml`, keeping the old good one as `.bak`.
    fn replace_current(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        let target = self.session_path();
        let fault = self.fault;
        let save_error = |source| StoreError::Save {
            path: target.clone(),
            source,
        };
        let (temp_path, file) =
            create_temp(&self.dir, TEMP_PREFIX, fault == Some(Fault::CreateTemp))
                .map_err(save_error)?;
        let result = self.finish_save(file, &temp_path, bytes, &target, fault);
        if result.is_err() {
            let _ = fs::remove_file(&temp_path);
        }
        result
    }

    fn finish_save(
        &self,
        mut file: File,
        temp_path: &Path,
        bytes: &[u8],
        target: &Path,
        fault: Option<Fault>,
    ) -> Result<(), StoreError> {
        let save_error = |source| StoreError::Save {
            path: target.to_path_buf(),
            source,
        };
        let limit = match fault {
            Some(Fault::WriteAfter(n)) => Some(n),
            _ => None,
        };
        FaultyWriter {
            inner: &mut file,
            written: 0,
            limit,
        }
        .write_all(bytes)
        .map_err(save_error)?;
        if fault == Some(Fault::Sync) {
            return Err(save_error(injected(io::ErrorKind::Other, "fsync failed")));
        }
        // The data and what is needed to read it back (size, blocks); the name becomes durable
        // with the folder's fsync after the rename.
        file.sync_data().map_err(save_error)?;
        drop(file);

        // What is there now decides what happens to it. A good file gets a second name, to
        // become `.bak` once the new file is in place: so a failure before that leaves the old
        // backup too, and at no moment is either name missing or partial.
        let mut backup_temp = None;
        match read_session(target) {
            Ok(None) => {}
            Err(e) => return Err(save_error(e)),
            Ok(Some(old)) => match old.parsed {
                Parsed::Good(_) => {
                    if fault == Some(Fault::Backup) {
                        return Err(save_error(injected(
                            io::ErrorKind::StorageFull,
                            "no space for the backup",
                        )));
                    }
                    self.keep_unreadable_backup().map_err(save_error)?;
                    let temp = temp_name(&self.dir, BACKUP_TEMP_PREFIX);
                    link_or_copy(target, &temp).map_err(save_error)?;
                    backup_temp = Some(temp);
                }
                Parsed::Newer(version) => {
                    return Err(StoreError::NewerVersion {
                        path: target.to_path_buf(),
                        version,
                    });
                }
                Parsed::Bad(_) => {
                    // Never overwrite a damaged file: keep a copy under a name of its own first.
                    let keep = unique_path(&self.dir, CORRUPT_PREFIX);
                    link_or_copy(target, &keep).map_err(save_error)?;
                }
            },
        }

        let renamed = if fault == Some(Fault::Rename) {
            Err(injected(io::ErrorKind::PermissionDenied, "rename failed"))
        } else {
            fs::rename(temp_path, target)
        };
        if let Some(temp) = &backup_temp {
            // After a failed save the old backup stays; after a successful one the old file
            // becomes the backup (if even that fails, the older backup is still a good file).
            if renamed.is_err() || fs::rename(temp, self.backup_path()).is_err() {
                let _ = fs::remove_file(temp);
            }
        }
        renamed.map_err(save_error)?;
        sync_dir(&self.dir).map_err(save_error)
    }

    /// Before a save rotates the current file into `session.toml.bak`: a backup this version
    /// cannot read (damaged, or written by a newer version) may be the only good copy
    /// somewhere, so it is kept as `session.toml.bak.archive-<time>` first.
    fn keep_unreadable_backup(&self) -> io::Result<()> {
        let backup = self.backup_path();
        match read_session(&backup)? {
            None => Ok(()),
            Some(contents) if matches!(contents.parsed, Parsed::Good(_)) => Ok(()),
            Some(_) => link_or_copy(&backup, &unique_path(&self.dir, BACKUP_ARCHIVE_PREFIX)),
        }
    }

    fn remove_stale_temp_files(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(TEMP_PREFIX) || name.starts_with(BACKUP_TEMP_PREFIX) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// The saved session for a read-only command: no lock is taken and nothing is moved, so it
/// works while the wizard runs. `None` when there is no session yet.
pub fn peek(dir: impl AsRef<Path>) -> Result<Option<Session>, StoreError> {
    let path = dir.as_ref().join(SESSION_FILE);
    let contents = match read_session(&path) {
        Ok(Some(contents)) => contents,
        Ok(None) => return Ok(None),
        Err(source) => return Err(StoreError::Read { path, source }),
    };
    match contents.parsed {
        Parsed::Good(session) => Ok(Some(session)),
        Parsed::Newer(version) => Err(StoreError::NewerVersion { path, version }),
        Parsed::Bad(damage) => Err(StoreError::Unreadable {
            path,
            line: damage.line,
            column: damage.column,
            message: damage.message,
            source: damage.source,
        }),
    }
}

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
/// its backup, the lock, archives, damaged copies, temporary files, reports).
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
        ]
        .iter()
        .any(|prefix| name.starts_with(prefix))
}

fn open_lock(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path).map_err(|source| StoreError::Lock {
        path: path.to_path_buf(),
        source,
    })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::Locked {
            path: path.to_path_buf(),
        }),
        Err(fs::TryLockError::Error(source)) => Err(StoreError::Lock {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Takes group and others' permissions off an existing folder that belongs to the user
/// running this program (the owner of the lock file just created in it), unless it is a
/// shared sticky folder such as /tmp. The owner's own bits stay: a folder the person made
/// read-only stays read-only.
#[cfg(unix)]
fn make_private(dir: &Path, lock: &File) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let meta = fs::metadata(dir)?;
    let ours = meta.uid() == lock.metadata()?.uid();
    let mode = meta.mode() & 0o7777;
    if ours && mode & 0o1000 == 0 && mode & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(mode & 0o700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_private(_dir: &Path, _lock: &File) -> io::Result<()> {
    Ok(())
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

fn temp_name(dir: &Path, prefix: &str) -> PathBuf {
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!("{prefix}{}-{n}", std::process::id()))
}

/// A new file, mode 0600, under a name no one else has.
fn create_temp(dir: &Path, prefix: &str, fail: bool) -> io::Result<(PathBuf, File)> {
    if fail {
        return Err(injected(
            io::ErrorKind::PermissionDenied,
            "permission denied (read-only folder)",
        ));
    }
    loop {
        let path = temp_name(dir, prefix);
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// A second name for `from` at `to` (which must not exist): a hard link, or where the file
/// system has none, a synced 0600 copy of its bytes (read within [`SESSION_CAP`]; a file that
/// cannot be read so gives the read's error).
fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            let bytes = fsread::read_capped(from, SESSION_CAP).map_err(|e| match e {
                ReadError::Io { source } => source,
                other => io::Error::new(io::ErrorKind::InvalidData, other),
            })?;
            write_private(to, &bytes)
        }
    }
}

/// Writes a new file that only its owner can read, and syncs it: session copies and reports
/// hold the person's progress.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Writes `bytes` to a new owner-only file `dir/<base><ext>`, or `<base>-2<ext>`, `-3`, …
/// when that name is taken (never replacing a file), and returns its path. The bytes go to a
/// synced 0600 temporary file first, which is then given the free name with a hard link, so the
/// name never shows a partial file, even after a crash; on a file system without hard links the
/// file is written under its name directly (a failure removes it).
pub fn write_new(dir: &Path, base: &str, ext: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let names = (1..=1000).map(|n| match n {
        1 => dir.join(format!("{base}{ext}")),
        n => dir.join(format!("{base}-{n}{ext}")),
    });
    let prefix = format!(".{base}.tmp-");
    let (temp, mut file) = create_temp(dir, &prefix, false)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    let linked = written.and_then(|()| link_to_free_name(&temp, names.clone()));
    let _ = fs::remove_file(&temp);
    match linked {
        Ok(Some(path)) => sync_dir(dir).map(|()| path),
        Ok(None) => Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{base}{ext} and 999 numbered names are all taken"),
        )),
        Err(e) if e.kind() == io::ErrorKind::Unsupported => write_new_direct(names, bytes),
        Err(e) => Err(e),
    }
}

/// Links `temp` to the first of `names` that is free; `None` when all are taken. A file system
/// without hard links gives an `Unsupported` error.
fn link_to_free_name(
    temp: &Path,
    names: impl Iterator<Item = PathBuf>,
) -> io::Result<Option<PathBuf>> {
    for path in names {
        match fs::hard_link(temp, &path) {
            Ok(()) => return Ok(Some(path)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            // EPERM on FAT, EOPNOTSUPP on some network file systems.
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::PermissionDenied | io::ErrorKind::Unsupported
                ) =>
            {
                return Err(io::Error::new(io::ErrorKind::Unsupported, e));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

/// [`write_new`] without a temporary file, for file systems without hard links.
fn write_new_direct(names: impl Iterator<Item = PathBuf>, bytes: &[u8]) -> io::Result<PathBuf> {
    let mut last = None;
    for path in names {
        match write_private(&path, bytes) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => {
                if fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
                    let _ = fs::remove_file(&path);
                }
                return Err(e);
            }
        }
    }
    Err(last.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists)))
}

/// Replaces `path` with `bytes` atomically, readable by its owner only (0600 on Unix, whatever
/// the old file's mode): a temporary file in the same folder, written and synced, renamed over
/// `path`, then the folder synced. On failure `path` is untouched and the temporary file removed.
pub fn write_private_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let prefix = format!(".{}.tmp-", name.to_string_lossy());
    let (temp, mut file) = create_temp(dir, &prefix, false)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    let result = written
        .and_then(|()| fs::rename(&temp, path))
        .and_then(|()| sync_dir(dir));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// `dir/<prefix><time>`, or with `-2`, `-3`, … when that name is taken.
fn unique_path(dir: &Path, prefix: &str) -> PathBuf {
    let stamp = crate::session::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let base = format!("{prefix}{stamp}");
    let mut path = dir.join(&base);
    let mut n = 1;
    while fs::symlink_metadata(&path).is_ok() {
        n += 1;
        path = dir.join(format!("{base}-{n}"));
    }
    path
}

/// Passes writes through until `limit` bytes, then fails as a full disk would.
struct FaultyWriter<'a> {
    inner: &'a mut File,
    written: usize,
    limit: Option<usize>,
}

impl Write for FaultyWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let buf = match self.limit {
            Some(limit) if self.written >= limit => {
                return Err(injected(
                    io::ErrorKind::StorageFull,
                    "no space left on device",
                ));
            }
            Some(limit) => &buf[..buf.len().min(limit - self.written)],
            None => buf,
        };
        let n = self.inner.write(buf)?;
        self.written += n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

enum Parsed {
    Good(Session),
    Newer(i64),
    Bad(Damage),
}

/// A session file as read: its bytes (empty when it could not be read as a file) and what they
/// hold.
struct Contents {
    bytes: Vec<u8>,
    parsed: Parsed,
}

/// The session file (or backup) at `path`, read within [`SESSION_CAP`]; `None` when it does not
/// exist. Something that is not a regular file (a FIFO, a device) or holds more than the cap is
/// damage at 1:1; only a failure to open or read it is an error.
fn read_session(path: &Path) -> io::Result<Option<Contents>> {
    let whole_file = |message: String| {
        Ok(Some(Contents {
            bytes: Vec::new(),
            parsed: Parsed::Bad(Damage::at("", 0, message)),
        }))
    };
    match fsread::read_capped(path, SESSION_CAP) {
        Ok(bytes) => Ok(Some(Contents {
            parsed: parse(&bytes),
            bytes,
        })),
        Err(e) if e.is_not_found() => Ok(None),
        Err(ReadError::Io { source }) => Err(source),
        Err(ReadError::NotRegular { kind }) => {
            whole_file(format!("the session is not a regular file but {kind}"))
        }
        Err(ReadError::TooLarge { cap }) => whole_file(format!(
            "the file is larger than {}, far more than a session holds",
            fsread::size(cap)
        )),
    }
}

/// Where and why a session file could not be read. `message` is a short, sanitized excerpt; the
/// parser's own error is not kept as a source, since its text quotes the whole offending line.
struct Damage {
    line: usize,
    column: usize,
    message: String,
    source: Option<Box<dyn StdError + Send + Sync>>,
}

impl Damage {
    fn at(text: &str, offset: usize, message: impl AsRef<str>) -> Damage {
        let (line, column) = position(text, offset);
        Damage {
            line,
            column,
            message: excerpt(message.as_ref()),
            source: None,
        }
    }

    fn into_error(self, path: PathBuf) -> StoreError {
        StoreError::Corrupt {
            path,
            line: self.line,
            column: self.column,
            message: self.message,
            source: self.source,
        }
    }

    fn toml(text: &str, error: toml::de::Error) -> Damage {
        let offset = error.span().map_or(0, |span| span.start);
        Damage::at(text, offset, error.message())
    }
}

/// Only the version, read leniently: whatever else the file holds is a later version's business.
#[derive(Deserialize)]
struct VersionProbe {
    version: Option<toml::Spanned<toml::Value>>,
}

fn parse(bytes: &[u8]) -> Parsed {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            return Parsed::Bad(Damage {
                source: Some(Box::new(e)),
                ..Damage::at(valid, valid.len(), "the file is not UTF-8 text")
            });
        }
    };
    if text.is_empty() {
        return Parsed::Bad(Damage::at(text, 0, "the file is empty"));
    }
    if let Some(offset) = fsread::too_deep(text) {
        return Parsed::Bad(Damage::at(
            text,
            offset,
            format!(
                "nested more than {} levels deep; a session nests 2",
                fsread::MAX_NESTING
            ),
        ));
    }
    // The usual case, a good file of a version this program reads, in one pass.
    if let Ok(session) = toml::from_str::<Session>(text)
        && readable(i64::from(session.version))
    {
        return bounded(text, upgraded(session));
    }
    // Otherwise the version decides first, read leniently, so that a later version's new fields
    // or changed types are not reported as damage.
    let probe = match toml::from_str::<VersionProbe>(text) {
        Ok(probe) => probe,
        Err(e) => return Parsed::Bad(Damage::toml(text, e)),
    };
    if let Some(version) = &probe.version
        && let toml::Value::Integer(v) = *version.get_ref()
    {
        if v > i64::from(session::VERSION) {
            return Parsed::Newer(v);
        }
        if !readable(v) {
            return Parsed::Bad(Damage::at(
                text,
                version.span().start,
                format!(
                    "unknown session version {v} (this program reads versions {} to {})",
                    session::OLDEST_VERSION,
                    session::VERSION
                ),
            ));
        }
    }
    match toml::from_str::<Session>(text) {
        Ok(session) => bounded(text, upgraded(session)),
        Err(e) => Parsed::Bad(Damage::toml(text, e)),
    }
}

fn readable(version: i64) -> bool {
    (i64::from(session::OLDEST_VERSION)..=i64::from(session::VERSION)).contains(&version)
}

/// An older session in memory as this version's: its fields already read as this version's
/// (answers as lists), so only the number changes; the next save writes it so.
fn upgraded(mut session: Session) -> Session {
    session.version = session::VERSION;
    session
}

/// The session if every list in it is within [`session::MAX_ENTRIES`], else damage at the
/// first line that starts the oversized field.
fn bounded(text: &str, session: Session) -> Parsed {
    let Some((field, count)) = session.oversized() else {
        return Parsed::Good(session);
    };
    Parsed::Bad(Damage::at(
        text,
        field_offset(text, field),
        format!(
            "`{field}` holds {count} entries, more than the {} a session may have",
            session::MAX_ENTRIES
        ),
    ))
}

/// The offset of the first line that defines `field` (`field = …`, `[field…`, `[[field…`), or 0.
fn field_offset(text: &str, field: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let key = line.trim_start().trim_start_matches('[');
        let starts = key
            .strip_prefix(field)
            .is_some_and(|rest| rest.starts_with([' ', '=', '.', ']', '\t']));
        if starts {
            return offset + (line.len() - line.trim_start().len());
        }
        offset += line.len();
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(position("", 0), (1, 1));
        assert_eq!(position("ab\n小红书 = x", 3 + 9), (2, 4));
        assert_eq!(position("ab\n", 99), (2, 1));
        // Inside a multi-byte character: the character's own column.
        assert_eq!(position("书", 1), (1, 1));
    }

    #[test]
    fn only_our_names_are_ours() {
        assert!(is_ours("session.toml.corrupt-20261128T093000Z-2"));
        assert!(is_ours(".session.toml.tmp-12-0"));
        assert!(!is_ours("notes.txt"));
        assert!(!is_ours("session.toml~"));
    }
}
