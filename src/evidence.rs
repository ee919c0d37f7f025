//! Evidence by reference: recording a file's path, size, modification time and SHA-256, and
//! checking later whether it is still there and unchanged. Files are read, never copied, moved
//! or sent anywhere.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::fsread::{self, ReadError};
use crate::i18n::strings;
use crate::session::{Stamp, timestamp_of};
use crate::text::{Lang, sanitize_line};
use crate::timeline::Evidence;

/// The largest evidence file: 4 GiB, more than any screenshot, chat export or screen recording
/// a complaint needs; hashing it takes seconds, not minutes.
pub const MAX_EVIDENCE_BYTES: u64 = 4 << 30;

/// Why a file could not be recorded as evidence. Every variant names the path as given.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    #[error("cannot read the evidence file {}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: ReadError,
    },
    #[error("the evidence file {} is larger than {}", .path.display(), fsread::size(MAX_EVIDENCE_BYTES))]
    TooLarge { path: PathBuf },
    #[error("the path {} is not valid Unicode; rename the file or its folder and try again", .path.display())]
    NotUnicode { path: PathBuf },
}

impl EvidenceError {
    /// The error in `lang` for the person, the path whole between quotes and sanitized (a long
    /// path is not shortened: the person must see which file): what is wrong and what to do (the cause stays in [`std::error::Error::source`]).
    pub fn text(&self, lang: Lang) -> String {
        let (EvidenceError::Read { path, .. }
        | EvidenceError::TooLarge { path }
        | EvidenceError::NotUnicode { path }) = self;
        let p = format!("\"{}\"", sanitize_line(&path.display().to_string()));
        let words = &strings(lang).model;
        match self {
            e if e.is_not_found() => (words.evidence_missing)(&p),
            EvidenceError::NotUnicode { .. } => (words.evidence_not_unicode)(&p),
            EvidenceError::TooLarge { .. } => {
                (words.evidence_too_large)(&p, &fsread::size(MAX_EVIDENCE_BYTES))
            }
            EvidenceError::Read { .. } => (words.evidence_unreadable)(&p),
        }
    }

    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, EvidenceError::Read { source, .. } if source.is_not_found())
    }
}

/// The file at `path` as evidence: its absolute path (relative paths are taken from the current
/// folder; symlinks are kept as named), size in bytes, modification time and SHA-256.
///
/// # Errors
/// [`EvidenceError::Read`] when it is missing, unreadable or not a regular file (a FIFO is
/// refused without waiting for a writer); [`EvidenceError::TooLarge`] past
/// [`MAX_EVIDENCE_BYTES`]; [`EvidenceError::NotUnicode`] for a path the session file cannot
/// hold.
pub fn record(path: &Path) -> Result<Evidence, EvidenceError> {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let Some(text) = absolute.to_str() else {
        return Err(EvidenceError::NotUnicode {
            path: path.to_path_buf(),
        });
    };
    let read = |source: ReadError| EvidenceError::Read {
        path: path.to_path_buf(),
        source,
    };
    let (file, meta) = fsread::open_regular(&absolute).map_err(read)?;
    if meta.len() > MAX_EVIDENCE_BYTES {
        return Err(EvidenceError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    let (size, sha256) = hash(file).map_err(|e| read(e.into()))?;
    Ok(Evidence {
        path: text.to_string(),
        size,
        modified: meta.modified().ok().map(|t| Stamp::new(timestamp_of(t))),
        sha256,
    })
}

/// The number of bytes read and their SHA-256 as 64 lowercase hex digits.
fn hash(reader: impl Read) -> io::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let size = io::copy(&mut reader.take(MAX_EVIDENCE_BYTES), &mut hasher)?;
    let hex = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((size, hex))
}

/// What `log verify` found for one recorded file.
#[derive(Debug, PartialEq, Eq)]
pub enum Check {
    /// Same size and SHA-256 as recorded.
    Unchanged,
    /// There, but its contents differ: the new size and SHA-256.
    Changed { size: u64, sha256: String },
    /// Not there any more.
    Missing,
    /// There but unreadable now (a permission, a folder in its place): why.
    Unreadable(String),
}

/// Re-reads the recorded file and compares it with the record.
pub fn verify(recorded: &Evidence) -> Check {
    match record(Path::new(&recorded.path)) {
        Ok(now) if now.sha256 == recorded.sha256 && now.size == recorded.size => Check::Unchanged,
        Ok(now) => Check::Changed {
            size: now.size,
            sha256: now.sha256,
        },
        Err(e) if e.is_not_found() => Check::Missing,
        Err(EvidenceError::Read { source, .. }) => Check::Unreadable(source.to_string()),
        Err(e) => Check::Unreadable(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_sha256_of_the_contents() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        let (size, hex) = hash(&b"abc"[..]).unwrap();
        assert_eq!(size, 3);
        assert_eq!(
            hex,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_recorded_file_verifies_until_it_changes_or_goes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("客服截图.png");
        std::fs::write(&path, b"abc").unwrap();
        let evidence = record(&path).unwrap();
        assert_eq!(evidence.size, 3);
        assert!(evidence.path.ends_with("客服截图.png"));
        assert!(evidence.modified.is_some());
        assert_eq!(verify(&evidence), Check::Unchanged);
        std::fs::write(&path, b"abd").unwrap();
        assert!(matches!(verify(&evidence), Check::Changed { size: 3, .. }));
        std::fs::remove_file(&path).unwrap();
        assert_eq!(verify(&evidence), Check::Missing);
    }

    #[test]
    fn a_folder_is_refused_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let err = record(dir.path()).unwrap_err();
        assert!(!err.is_not_found());
        assert!(err.to_string().contains(&dir.path().display().to_string()));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = record(&fifo).unwrap_err();
        let why = std::error::Error::source(&err).unwrap().to_string();
        assert!(why.contains("FIFO"), "{why}");
    }

    #[test]
    fn a_long_path_is_named_whole_and_clean() {
        let path = PathBuf::from(format!("/{}/e\u{1b}[2J.png", "long-folder-name/".repeat(6)));
        let err = EvidenceError::TooLarge { path };
        let expected = format!("\"/{}/e[2J.png\"", "long-folder-name/".repeat(6));
        for lang in [Lang::Zh, Lang::En] {
            let text = err.text(lang);
            assert!(text.contains(&expected), "{text}");
        }
    }
}
