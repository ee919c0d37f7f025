//! The file operations under the store: the lock, the private folder, temporary files, atomic
//! replacement, never-overwriting writes, links or copies, folder syncs and unique names.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::{StoreError, injected};
use crate::fsread::{self, ReadError, SESSION_CAP};

pub(super) fn open_lock(path: &Path) -> Result<File, StoreError> {
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

pub(super) fn create_private_dir(dir: &Path) -> io::Result<()> {
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
pub(super) fn make_private(dir: &Path, lock: &File) -> io::Result<()> {
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
pub(super) fn make_private(_dir: &Path, _lock: &File) -> io::Result<()> {
    Ok(())
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

pub(super) fn temp_name(dir: &Path, prefix: &str) -> PathBuf {
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!("{prefix}{}-{n}", std::process::id()))
}

/// A new file, mode 0600, under a name no one else has.
pub(super) fn create_temp(dir: &Path, prefix: &str, fail: bool) -> io::Result<(PathBuf, File)> {
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

/// `fs::hard_link`; in this module's tests, a file system without hard links where asked
/// (FAT and exFAT refuse with EPERM), so that the fallbacks run.
fn hard_link(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(test)]
    if tests::NO_HARD_LINKS.get() {
        return Err(io::Error::from(io::ErrorKind::PermissionDenied));
    }
    fs::hard_link(from, to)
}

/// A second name for `from` at `to` (which must not exist): a hard link, or where the file
/// system has none, a synced 0600 copy of its bytes (read within [`SESSION_CAP`]; a file that
/// cannot be read so gives the read's error).
pub(super) fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    match hard_link(from, to) {
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
        match hard_link(temp, &path) {
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

pub(super) fn sync_dir(dir: &Path) -> io::Result<()> {
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
pub(super) fn unique_path(dir: &Path, prefix: &str) -> PathBuf {
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
pub(super) struct FaultyWriter<'a> {
    pub(super) inner: &'a mut File,
    pub(super) written: usize,
    pub(super) limit: Option<usize>,
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

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    thread_local! {
        /// Set by a test on its own thread: hard links fail as on FAT.
        pub(super) static NO_HARD_LINKS: Cell<bool> = const { Cell::new(false) };
    }

    fn without_hard_links<T>(f: impl FnOnce() -> T) -> T {
        NO_HARD_LINKS.set(true);
        let result = f();
        NO_HARD_LINKS.set(false);
        result
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn an_own_folder_loses_group_and_others_bits_but_a_sticky_one_is_left() {
        use std::os::unix::fs::PermissionsExt;
        for (before, after) in [
            (0o755, 0o700),
            (0o555, 0o500),
            (0o1777, 0o1777),
            (0o700, 0o700),
        ] {
            let tmp = tempfile::tempdir().unwrap();
            let lock = File::create(tmp.path().join("session.lock")).unwrap();
            fs::set_permissions(tmp.path(), fs::Permissions::from_mode(before)).unwrap();
            make_private(tmp.path(), &lock).unwrap();
            let mode = fs::metadata(tmp.path()).unwrap().permissions().mode() & 0o7777;
            assert_eq!(mode, after, "{before:o}");
            fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o700)).unwrap();
        }
    }

    #[test]
    fn a_temporary_name_already_taken_is_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        // The names the next calls would try, whatever other tests take meanwhile.
        let next = TEMP_COUNTER.load(Ordering::Relaxed);
        for n in next..next + 64 {
            let name = format!("taken-{}-{n}", std::process::id());
            fs::write(dir.path().join(name), "someone else's").unwrap();
        }
        let (path, _file) = create_temp(dir.path(), "taken-", false).unwrap();
        assert_eq!(
            fs::read(&path).unwrap(),
            b"",
            "a new file, not one of theirs"
        );
    }

    #[test]
    fn names_taken_in_the_same_second_are_numbered_from_2() {
        let dir = tempfile::tempdir().unwrap();
        // A second may tick between the calls; then the names start afresh: try again.
        for _ in 0..5 {
            let names: Vec<PathBuf> = (0..3)
                .map(|_| {
                    let path = unique_path(dir.path(), "x-");
                    fs::write(&path, "").unwrap();
                    path
                })
                .collect();
            let base = names[0].display().to_string();
            if names
                .iter()
                .all(|n| n.display().to_string().starts_with(&base))
            {
                assert_eq!(names[1], PathBuf::from(format!("{base}-2")));
                assert_eq!(names[2], PathBuf::from(format!("{base}-3")));
                return;
            }
        }
        panic!("the clock ticked between the calls every time");
    }

    #[test]
    fn without_hard_links_a_new_file_is_written_whole_under_a_free_name() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("report.md"), "taken").unwrap();
        let path = without_hard_links(|| write_new(dir.path(), "report", ".md", b"new"));
        let path = path.unwrap();
        assert_eq!(path, dir.path().join("report-2.md"));
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(dir.path().join("report.md")).unwrap(), b"taken");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "no temporary file left");
    }

    #[test]
    fn without_hard_links_a_second_name_is_a_private_copy_and_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("session.toml");
        fs::write(&from, "version = 3\n").unwrap();
        let to = dir.path().join("session.toml.old");
        without_hard_links(|| link_or_copy(&from, &to)).unwrap();
        assert_eq!(fs::read(&to).unwrap(), b"version = 3\n");
        #[cfg(unix)]
        assert_eq!(mode(&to), 0o600);
        fs::write(&to, "kept").unwrap();
        let again = without_hard_links(|| link_or_copy(&from, &to));
        assert_eq!(again.unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&to).unwrap(), b"kept");
    }
}
