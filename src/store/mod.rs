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
//!
//! This module owns [`Store`] and its errors; saving is in `save`, reading and recovering a
//! damaged file in `read`, `forget` in `forget`, the file operations under them in `files`,
//! and ownership checks in [`owner`].

use std::error::Error as StdError;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

mod files;
mod forget;
pub mod owner;
mod read;
mod save;

use files::{create_private_dir, link_or_copy, make_private, open_lock, sync_dir, unique_path};
use read::{Parsed, read_session};

pub use files::{write_new, write_private, write_private_atomic};
pub use forget::{forget, forgettable, is_ours, remove_files};
pub use read::peek;

use crate::session::{self, Session};

/// The environment variable naming the session directory (`--data-dir` overrides it).
pub const DATA_DIR_ENV: &str = "XHS_CANCEL_DATA_DIR";
pub const SESSION_FILE: &str = "session.toml";
pub const BACKUP_FILE: &str = "session.toml.bak";
pub const LOCK_FILE: &str = "session.lock";
/// Reports the wizard exports into the folder; `forget` removes them with the session.
pub const REPORT_PREFIX: &str = "xhs-cancel-report-";
/// Reminder files (`.ics`) the wizard writes into the folder; `forget` removes them too.
pub const REMINDER_PREFIX: &str = "xhs-cancel-reminders-";
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
    /// The bytes this store last wrote as `session.toml`, and those it rotated into
    /// `session.toml.bak`: a file still holding exactly these is known good without parsing it
    /// again (a save reads both files; parsing them was most of a save with a long case file).
    written: Option<Vec<u8>>,
    backed_up: Option<Vec<u8>>,
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
            written: None,
            backed_up: None,
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
        read::saved_session(self.session_path(), |damage, path| damage.into_error(path))
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
}
