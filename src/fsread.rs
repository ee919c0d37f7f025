//! Bounds on the files this program did not necessarily write (checklists, the calendar, the
//! session, its backup and the copies kept aside): reading never blocks, takes regular files
//! only and never more than a cap, so a FIFO, a device or a file that grows cannot hang the
//! program or fill its memory ([`read_capped`]); and TOML nested deeper than [`MAX_NESTING`] is
//! refused before it is parsed ([`too_deep`]), so no parse can exhaust a thread's stack.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::i18n::strings;
use crate::text::Lang;

/// The most `session.toml` (and its backup) may hold: 1 MiB. A real session is about 1 KB; the
/// largest a checklist can make is well under 100 KB.
pub const SESSION_CAP: u64 = 1 << 20;

/// The most one checklist file may hold: 4 MiB. The largest built-in file is under 20 KB.
pub const CHECKLIST_CAP: u64 = 4 << 20;

/// The deepest nesting of arrays and inline tables a TOML file may have (table headers count
/// too: `[[a]]` is 2). The checklists need 3, a session 2; the toml crate's own limit is 80 levels,
/// and parsing at 32 fits easily in a 256 KiB stack (tested), an eighth of a thread's default.
/// Dotted keys (`a.b.c`) are bounded by the toml crate (80 parts).
pub const MAX_NESTING: usize = 32;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Opening or reading failed (`NotFound` included: callers treat a missing file themselves).
    #[error(transparent)]
    Io { source: io::Error },
    /// The path names something other than a regular file once opened (symlinks followed).
    #[error("it is not a regular file but {kind}")]
    NotRegular {
        /// What it is instead.
        kind: FileKind,
    },
    /// The file holds more than `cap` bytes.
    #[error("it is larger than {} (the most this file may hold)", size(*.cap))]
    TooLarge { cap: u64 },
}

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Folder,
    Other,
}

impl FileKind {
    /// What it is called in `lang`, with its article in English: `a FIFO (named pipe)`.
    pub fn name(self, lang: Lang) -> &'static str {
        let names = &strings(lang).model.read_errors;
        match self {
            FileKind::Fifo => names.fifo,
            FileKind::CharDevice => names.char_device,
            FileKind::BlockDevice => names.block_device,
            FileKind::Socket => names.socket,
            FileKind::Folder => names.folder,
            FileKind::Other => names.other,
        }
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

impl ReadError {
    /// The program's own reason in `lang`; `None` for the system's I/O error, whose text is the
    /// system's.
    pub fn text(&self, lang: Lang) -> Option<String> {
        let words = &strings(lang).model.read_errors;
        match self {
            ReadError::Io { .. } => None,
            ReadError::NotRegular { kind } => Some((words.not_regular)(kind.name(lang))),
            ReadError::TooLarge { cap } => Some((words.too_large)(&size(*cap))),
        }
    }

    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io { source } if source.kind() == io::ErrorKind::NotFound)
    }
}

impl From<io::Error> for ReadError {
    fn from(source: io::Error) -> ReadError {
        ReadError::Io { source }
    }
}

/// `1 MiB`, `4 MiB`, `512 KiB`, `100 bytes`: a cap in words.
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// The whole file at `path`, at most `cap` bytes. The file is opened without blocking (a FIFO
/// with no writer does not wait for one), checked to be a regular file on the opened handle (so
/// a symlink to `/dev/zero` or a FIFO is refused whatever its name), and read up to `cap + 1`
/// bytes: a file larger than `cap`, or one that grew past it while being read, is refused.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > cap {
        return Err(ReadError::TooLarge { cap });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge { cap });
    }
    Ok(bytes)
}

/// The file at `path`, opened without blocking and checked to be a regular file on the opened
/// handle (symlinks followed), with its metadata.
///
/// # Errors
/// [`ReadError::Io`] when it cannot be opened, [`ReadError::NotRegular`] for anything else
/// (a FIFO, a device, a folder).
pub fn open_regular(path: &Path) -> Result<(File, std::fs::Metadata), ReadError> {
    let file = open_nonblocking(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            kind: kind_of(&meta.file_type()),
        });
    }
    Ok((file, meta))
}

/// The byte offset of the first `[` or `{` that opens a level beyond [`MAX_NESTING`], outside
/// strings and comments; `None` when the text stays within the limit. A cheap pass over the
/// bytes, run before the TOML parser; unterminated strings and stray brackets are left for the
/// parser to report.
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                i = bytes[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |p| i + p)
            }
            b'"' | b'\'' => i = skip_string(bytes, i),
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
                i += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

/// The offset just past the string that starts at `start` (a `"` or `'`), single- or
/// multi-line; a single-line string ends at the end of its line at the latest.
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let triple = [quote; 3];
    let multi = bytes[start..].starts_with(&triple);
    let mut i = start + if multi { 3 } else { 1 };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' && quote == b'"' {
            i += 2;
        } else if multi && b == quote && bytes[i..].starts_with(&triple) {
            // Up to two more quotes may end the string's content: `"""a"""""`.
            let extra = bytes[i + 3..].iter().take(2).take_while(|&&q| q == quote);
            return i + 3 + extra.count();
        } else if !multi && (b == quote || b == b'\n') {
            return i + 1;
        } else {
            i += 1;
        }
    }
    i
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

/// What a file that is not a regular file is.
fn kind_of(file_type: &std::fs::FileType) -> FileKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return FileKind::Fifo;
        }
        if file_type.is_char_device() {
            return FileKind::CharDevice;
        }
        if file_type.is_block_device() {
            return FileKind::BlockDevice;
        }
        if file_type.is_socket() {
            return FileKind::Socket;
        }
    }
    if file_type.is_dir() {
        FileKind::Folder
    } else {
        FileKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_in_comments_and_strings_are_not_nesting() {
        let deep = "[".repeat(MAX_NESTING + 1);
        assert_eq!(
            too_deep(&format!("a = 1\n{deep}")),
            Some(6 + MAX_NESTING),
            "the oracle: real nesting"
        );
        assert_eq!(
            too_deep(&format!("# {deep}\na = 1\n")),
            None,
            "in a comment"
        );
        assert_eq!(
            too_deep(&format!("note = \"{deep}\"\n")),
            None,
            "in a string"
        );
        assert_eq!(
            too_deep(&format!("note = '{deep}'\n")),
            None,
            "in a literal string"
        );
    }

    #[test]
    fn each_kind_of_toml_string_is_skipped_whole() {
        // (text, the offset just past the string that starts at 0), worked by hand.
        let cases = [
            (r#""ab" ["#, 4),
            (r#""a\"b" ["#, 6),
            (r#""ab\"" [["#, 6),
            (r"'a\' [", 4),
            ("\"ab\n[", 4),
            (r#""ab"#, 3),
            (r#""""a"b""" ["#, 9),
            (r#""""a"""" x"#, 8),
            (r#""""a""""" ["#, 9),
            ("\"\"\"a\n[b\"\"\" [", 10),
            ("'''a'b''' x", 9),
        ];
        for (text, end) in cases {
            assert_eq!(skip_string(text.as_bytes(), 0), end, "{text:?}");
        }
    }

    #[test]
    fn caps_are_put_in_words() {
        assert_eq!(size(SESSION_CAP), "1 MiB");
        assert_eq!(size(CHECKLIST_CAP), "4 MiB");
        assert_eq!(size(2048), "2 KiB");
        assert_eq!(size(100), "100 bytes");
        assert_eq!(size(1536 << 10), "1536 KiB", "not a whole number of MiB");
        assert_eq!(size(1000), "1000 bytes", "not a whole number of KiB");
        assert_eq!(size(0), "0 bytes");
    }

    #[test]
    fn a_file_at_the_cap_is_read_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, [b'x'; 10]).unwrap();
        assert_eq!(read_capped(&path, 10).unwrap().len(), 10);
        assert!(matches!(
            read_capped(&path, 9),
            Err(ReadError::TooLarge { cap: 9 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_is_not_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_capped(dir.path(), 10).unwrap_err();
        assert!(matches!(err, ReadError::NotRegular { .. }), "{err:?}");
        assert!(
            read_capped(&dir.path().join("none"), 10)
                .unwrap_err()
                .is_not_found()
        );
    }
}
