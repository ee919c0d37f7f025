//! Whether the data folder and the session's files are the person's own, as ssh's StrictModes
//! asks of `~/.ssh`: a folder or file owned by another user is refused (another user could read
//! or replace the session), and one the person owns but others can read or write is tightened,
//! with a note saying so. The rules are a pure function of the current user id and each file's
//! owner and mode ([`judge`]), so they are tested with any ids, whoever runs the tests.

use std::path::{Path, PathBuf};

#[cfg(unix)]
use super::{BACKUP_FILE, LOCK_FILE, SESSION_FILE};

/// The owner and permission bits of a folder or file, as `stat` gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pub uid: u32,
    /// The permission bits with the sticky bit (`0o7777` of `st_mode`).
    pub mode: u32,
    pub is_dir: bool,
}

/// What to do about one folder or file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Owned by the current user, open to no one else (or a symlink, whose mode means nothing).
    Fine,
    /// Owned by the current user but open to others: set to `mode` (0700 or 0600).
    Tighten { mode: u32 },
    /// A shared sticky folder (such as one made like /tmp) owned by the current user: left as it
    /// is, since others may rely on it; files others put in it are refused one by one.
    SharedSticky,
    /// Owned by another user: refused.
    NotOwned { owner: u32 },
}

/// The rule: owned by `uid`, else refused; owned and open to group or others, tightened to 0700
/// (a folder) or 0600 (a file), except a sticky folder, left shared.
pub fn judge(uid: u32, file: Owner) -> Verdict {
    let private = if file.is_dir { 0o700 } else { 0o600 };
    if file.uid != uid {
        Verdict::NotOwned { owner: file.uid }
    } else if file.is_dir && file.mode & 0o1000 != 0 && file.mode & 0o022 != 0 {
        Verdict::SharedSticky
    } else if file.mode & 0o077 != 0 {
        Verdict::Tighten { mode: private }
    } else {
        Verdict::Fine
    }
}

/// Something about the folder that was changed or left, for a note on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// `path` was open to others (`from`) and is now `to`.
    Tightened { path: PathBuf, from: u32, to: u32 },
    /// `path` is a shared sticky folder owned by the person, left as it is.
    Shared { path: PathBuf, mode: u32 },
}

/// A folder or file that is not the person's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub path: PathBuf,
    pub owner: u32,
    pub uid: u32,
    pub is_dir: bool,
    /// A sticky folder shared by several users, such as /tmp: never the person's to take.
    pub shared: bool,
}

/// The files of `dir` the ownership rule covers, after the folder itself.
#[cfg(unix)]
const FILES: [&str; 3] = [SESSION_FILE, BACKUP_FILE, LOCK_FILE];

/// Checks `dir` and the session files in it for the user `uid`: refuses the first one another
/// user owns and, when `tighten` is set (for the commands that write the session), tightens the
/// ones open to others; says what it did. A folder or file that does not exist is fine (it will
/// be created private); one that cannot be examined is left to the operation that uses it.
#[cfg(unix)]
pub fn check_as(dir: &Path, uid: u32, tighten: bool) -> Result<Vec<Note>, Refusal> {
    use std::os::unix::fs::MetadataExt;
    let mut notes = Vec::new();
    // The folder may be a symlink to the real one: its target is what counts.
    let entries = std::iter::once((dir.to_path_buf(), std::fs::metadata(dir)))
        .chain(FILES.map(|name| (dir.join(name), std::fs::symlink_metadata(dir.join(name)))));
    for (path, meta) in entries {
        let Ok(meta) = meta else { continue };
        let owner = Owner {
            uid: meta.uid(),
            mode: meta.mode() & 0o7777,
            is_dir: meta.is_dir(),
        };
        let symlink = meta.file_type().is_symlink();
        match judge(uid, owner) {
            Verdict::NotOwned { owner: other } => {
                return Err(Refusal {
                    path,
                    owner: other,
                    uid,
                    is_dir: owner.is_dir,
                    shared: owner.is_dir && owner.mode & 0o1000 != 0,
                });
            }
            Verdict::Tighten { mode } if tighten && !symlink => {
                use std::os::unix::fs::PermissionsExt;
                if std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).is_ok() {
                    notes.push(Note::Tightened {
                        path,
                        from: owner.mode,
                        to: mode,
                    });
                }
            }
            Verdict::SharedSticky if tighten => notes.push(Note::Shared {
                path,
                mode: owner.mode,
            }),
            Verdict::Tighten { .. } | Verdict::SharedSticky | Verdict::Fine => {}
        }
    }
    Ok(notes)
}

/// [`check_as`] for the user running this program (its effective user id).
#[cfg(unix)]
pub fn check(dir: &Path, tighten: bool) -> Result<Vec<Note>, Refusal> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let uid = unsafe { libc::geteuid() };
    check_as(dir, uid, tighten)
}

/// Elsewhere than Unix, folders have no owner and mode to check here.
#[cfg(not(unix))]
pub fn check(_dir: &Path, _tighten: bool) -> Result<Vec<Note>, Refusal> {
    Ok(Vec::new())
}

/// `path` quoted for a POSIX shell: in single quotes, each `'` written `'\''`.
pub fn shell_quote(path: &Path) -> String {
    let text = crate::text::sanitize_line(&path.display().to_string());
    format!("'{}'", text.replace('\'', "'\\''"))
}

impl Refusal {
    /// The command that fixes it. A shared sticky folder (such as /tmp) is never taken over: a
    /// private folder inside it is made instead, `mkdir -m 700 'DIR/xhs-cancel-UID'`, to pass as
    /// `--data-dir`. Anything else is made the person's own: `sudo chown UID 'PATH'` and
    /// `sudo chmod 700` (a folder) or `600` (a file), the fix after a `sudo xhs-cancel`.
    pub fn fix(&self) -> String {
        if self.shared {
            return format!("mkdir -m 700 {}", shell_quote(&self.private_folder()));
        }
        let path = shell_quote(&self.path);
        let mode = if self.is_dir { 700 } else { 600 };
        format!("sudo chown {} {path} && sudo chmod {mode} {path}", self.uid)
    }

    /// For a shared folder: the private folder [`Refusal::fix`] makes in it.
    pub fn private_folder(&self) -> PathBuf {
        self.path.join(format!("xhs-cancel-{}", self.uid))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: u32 = 1000;

    fn dir(uid: u32, mode: u32) -> Owner {
        Owner {
            uid,
            mode,
            is_dir: true,
        }
    }

    fn file(uid: u32, mode: u32) -> Owner {
        Owner {
            uid,
            mode,
            is_dir: false,
        }
    }

    #[test]
    fn another_users_folder_or_file_is_refused_whatever_its_mode() {
        for mode in [0o700, 0o755, 0o777, 0o1777] {
            assert_eq!(
                judge(ME, dir(1001, mode)),
                Verdict::NotOwned { owner: 1001 }
            );
            assert_eq!(judge(ME, file(0, mode)), Verdict::NotOwned { owner: 0 });
        }
        // Root is refused another user's folder too.
        assert_eq!(judge(0, dir(ME, 0o700)), Verdict::NotOwned { owner: ME });
    }

    #[test]
    fn an_own_folder_open_to_others_is_tightened_and_a_private_one_left() {
        assert_eq!(judge(ME, dir(ME, 0o700)), Verdict::Fine);
        assert_eq!(judge(ME, dir(ME, 0o777)), Verdict::Tighten { mode: 0o700 });
        assert_eq!(judge(ME, dir(ME, 0o750)), Verdict::Tighten { mode: 0o700 });
        assert_eq!(judge(ME, file(ME, 0o644)), Verdict::Tighten { mode: 0o600 });
        assert_eq!(judge(ME, file(ME, 0o600)), Verdict::Fine);
        assert_eq!(judge(ME, file(ME, 0o400)), Verdict::Fine);
    }

    #[test]
    fn an_own_shared_sticky_folder_is_left_shared() {
        assert_eq!(judge(ME, dir(ME, 0o1777)), Verdict::SharedSticky);
        assert_eq!(judge(ME, dir(ME, 0o1700)), Verdict::Fine);
    }

    #[test]
    fn the_fix_is_a_command_with_the_path_quoted() {
        let refusal = Refusal {
            path: PathBuf::from("/tmp/it's\u{1b}]0;x\u{7}"),
            owner: 1001,
            uid: ME,
            is_dir: true,
            shared: false,
        };
        assert_eq!(
            refusal.fix(),
            r"sudo chown 1000 '/tmp/it'\''s]0;x' && sudo chmod 700 '/tmp/it'\''s]0;x'"
        );
        let shared = Refusal {
            path: PathBuf::from("/tmp"),
            shared: true,
            ..refusal
        };
        assert_eq!(shared.fix(), "mkdir -m 700 '/tmp/xhs-cancel-1000'");
    }

    #[cfg(unix)]
    #[test]
    fn a_shared_sticky_folder_is_named_so_when_refused_and_noted_only_when_saving() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let tmp = tempfile::tempdir().unwrap();
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
        let real = std::fs::metadata(tmp.path()).unwrap().uid();
        let refusal = check_as(tmp.path(), real.wrapping_add(4242), true).unwrap_err();
        assert!(refusal.is_dir && refusal.shared);
        assert_eq!(check_as(tmp.path(), real, false).unwrap(), []);
        assert_eq!(
            check_as(tmp.path(), real, true).unwrap(),
            [Note::Shared {
                path: tmp.path().to_path_buf(),
                mode: 0o1777
            }]
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_check_is_made_as_the_user_running_the_program() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        // The test runs as the folder's owner (it just made it): tightened, and said so.
        let notes = check(tmp.path(), true).unwrap();
        assert!(
            matches!(notes.as_slice(), [Note::Tightened { to: 0o700, .. }]),
            "{notes:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_checked_as_another_user_is_refused_and_nothing_changes() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let tmp = tempfile::tempdir().unwrap();
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let real = std::fs::metadata(tmp.path()).unwrap().uid();
        let other = real.wrapping_add(4242);
        let refusal = check_as(tmp.path(), other, true).unwrap_err();
        assert_eq!(refusal.path, tmp.path());
        assert_eq!((refusal.owner, refusal.uid), (real, other));
        assert!(
            refusal.is_dir && !refusal.shared,
            "a folder, not a shared one"
        );
        let mode = std::fs::metadata(tmp.path()).unwrap().mode() & 0o7777;
        assert_eq!(mode, 0o777, "a refused folder is not touched");
        // As its owner: left alone by a read-only command, else tightened and said so.
        assert_eq!(check_as(tmp.path(), real, false).unwrap(), []);
        let notes = check_as(tmp.path(), real, true).unwrap();
        assert_eq!(
            notes,
            [Note::Tightened {
                path: tmp.path().to_path_buf(),
                from: 0o777,
                to: 0o700
            }]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_planted_as_the_session_is_never_chmod_ed_through() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let tmp = tempfile::tempdir().unwrap();
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let target = tmp.path().join("elsewhere");
        std::fs::write(&target, "").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o666)).unwrap();
        std::os::unix::fs::symlink(&target, tmp.path().join(SESSION_FILE)).unwrap();
        let uid = std::fs::metadata(tmp.path()).unwrap().uid();
        assert_eq!(check_as(tmp.path(), uid, true).unwrap(), []);
        assert_eq!(std::fs::metadata(&target).unwrap().mode() & 0o777, 0o666);
    }
}
