//! Saving: writing a new `session.toml` through a synced temporary file, rotating the old one
//! into the backup (keeping a backup this version cannot read aside first), and the faults
//! tests inject into it.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use super::files::{FaultyWriter, create_temp, link_or_copy, sync_dir, temp_name, unique_path};
use super::read::{Contents, Parsed, read_session};
use super::{
    BACKUP_ARCHIVE_PREFIX, BACKUP_TEMP_PREFIX, CORRUPT_PREFIX, Fault, Store, StoreError,
    TEMP_PREFIX, injected,
};

/// The file a save is about to replace.
enum Old {
    Missing,
    /// Good: its bytes, which become the backup.
    Good(Vec<u8>),
    Newer(i64),
    Bad,
}

impl Store {
    /// Writes `bytes` as the new `session.toml`, keeping the old good one as `.bak`.
    pub(super) fn replace_current(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        let target = self.session_path();
        let fault = self.fault;
        let save_error = |source| StoreError::Save {
            path: target.clone(),
            source,
        };
        let (temp_path, file) =
            create_temp(&self.dir, TEMP_PREFIX, fault == Some(Fault::CreateTemp))
                .map_err(save_error)?;
        match self.finish_save(file, &temp_path, bytes, &target, fault) {
            Ok(rotated) => {
                if rotated.is_some() {
                    self.backed_up = rotated;
                }
                self.written = Some(bytes.to_vec());
                Ok(())
            }
            Err(e) => {
                let _ = fs::remove_file(&temp_path);
                Err(e)
            }
        }
    }

    /// What the current `session.toml` is before a save replaces it: the bytes this store wrote
    /// last are good without parsing them again.
    fn old_file(&self, target: &Path) -> io::Result<Old> {
        if let Some(written) = &self.written
            && Self::holds(target, Some(written))
        {
            return Ok(Old::Good(written.clone()));
        }
        Ok(match read_session(target)? {
            None => Old::Missing,
            Some(Contents { bytes, parsed }) => match parsed {
                Parsed::Good(_) => Old::Good(bytes),
                Parsed::Newer(version) => Old::Newer(version),
                Parsed::Bad(_) => Old::Bad,
            },
        })
    }

    /// Whether the file at `path` holds exactly `known` (bytes this store wrote).
    fn holds(path: &Path, known: Option<&[u8]>) -> bool {
        known.is_some_and(|known| {
            crate::fsread::read_capped(path, crate::fsread::SESSION_CAP)
                .is_ok_and(|bytes| bytes == known)
        })
    }

    /// Writes and syncs the temporary file, rotates the current file into the backup and puts
    /// the new one in place; returns the bytes that became the backup, if any.
    fn finish_save(
        &self,
        mut file: File,
        temp_path: &Path,
        bytes: &[u8],
        target: &Path,
        fault: Option<Fault>,
    ) -> Result<Option<Vec<u8>>, StoreError> {
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
        let mut rotated = None;
        match self.old_file(target).map_err(save_error)? {
            Old::Missing => {}
            Old::Good(old) => {
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
                rotated = Some(old);
            }
            Old::Newer(version) => {
                return Err(StoreError::NewerVersion {
                    path: target.to_path_buf(),
                    version,
                });
            }
            Old::Bad => {
                // Never overwrite a damaged file: keep a copy under a name of its own first.
                let keep = unique_path(&self.dir, CORRUPT_PREFIX);
                link_or_copy(target, &keep).map_err(save_error)?;
            }
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
                rotated = None;
            }
        }
        renamed.map_err(save_error)?;
        sync_dir(&self.dir).map_err(save_error)?;
        Ok(rotated)
    }

    /// Before a save rotates the current file into `session.toml.bak`: a backup this version
    /// cannot read (damaged, or written by a newer version) may be the only good copy
    /// somewhere, so it is kept as `session.toml.bak.archive-<time>` first.
    pub(super) fn keep_unreadable_backup(&self) -> io::Result<()> {
        let backup = self.backup_path();
        if Self::holds(&backup, self.backed_up.as_deref()) {
            return Ok(());
        }
        match read_session(&backup)? {
            None => Ok(()),
            Some(contents) if matches!(contents.parsed, Parsed::Good(_)) => Ok(()),
            Some(_) => link_or_copy(&backup, &unique_path(&self.dir, BACKUP_ARCHIVE_PREFIX)),
        }
    }

    pub(super) fn remove_stale_temp_files(&self) {
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
