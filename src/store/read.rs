//! Reading a session file leniently enough to recover: within the size cap, as this version or
//! an older one, with damage located at a line and column; and [`peek`] for read-only commands.

use std::error::Error as StdError;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{SESSION_FILE, StoreError};
use crate::checklist::position;
use crate::fsread::{self, ReadError, SESSION_CAP};
use crate::session::{self, Session};
use crate::text::excerpt;

/// The saved session for a read-only command: no lock is taken and nothing is moved, so it
/// works while the wizard runs. `None` when there is no session yet.
pub fn peek(dir: impl AsRef<Path>) -> Result<Option<Session>, StoreError> {
    saved_session(dir.as_ref().join(SESSION_FILE), |damage, path| {
        StoreError::Unreadable {
            path,
            line: damage.line,
            column: damage.column,
            message: damage.message,
            source: damage.source,
        }
    })
}

/// The session saved at `path`, `None` when there is none; damage is reported as `damaged`
/// builds it (the wizard and a read-only command word it differently). Nothing is moved.
pub(super) fn saved_session(
    path: PathBuf,
    damaged: impl FnOnce(Damage, PathBuf) -> StoreError,
) -> Result<Option<Session>, StoreError> {
    let contents = match read_session(&path) {
        Ok(Some(contents)) => contents,
        Ok(None) => return Ok(None),
        Err(source) => return Err(StoreError::Read { path, source }),
    };
    match contents.parsed {
        Parsed::Good(session) => Ok(Some(session)),
        Parsed::Newer(version) => Err(StoreError::NewerVersion { path, version }),
        Parsed::Bad(damage) => Err(damaged(damage, path)),
    }
}

pub(super) enum Parsed {
    Good(Session),
    Newer(i64),
    Bad(Damage),
}

/// A session file as read: its bytes (empty when it could not be read as a file) and what they
/// hold.
pub(super) struct Contents {
    pub(super) bytes: Vec<u8>,
    pub(super) parsed: Parsed,
}

/// The session file (or backup) at `path`, read within [`SESSION_CAP`]; `None` when it does not
/// exist. Something that is not a regular file (a FIFO, a device) or holds more than the cap is
/// damage at 1:1; only a failure to open or read it is an error.
pub(super) fn read_session(path: &Path) -> io::Result<Option<Contents>> {
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
pub(super) struct Damage {
    pub(super) line: usize,
    pub(super) column: usize,
    pub(super) message: String,
    pub(super) source: Option<Box<dyn StdError + Send + Sync>>,
}

impl Damage {
    pub(super) fn at(text: &str, offset: usize, message: impl AsRef<str>) -> Damage {
        let (line, column) = position(text, offset);
        Damage {
            line,
            column,
            message: excerpt(message.as_ref()),
            source: None,
        }
    }

    pub(super) fn into_error(self, path: PathBuf) -> StoreError {
        StoreError::Corrupt {
            path,
            line: self.line,
            column: self.column,
            message: self.message,
            source: self.source,
        }
    }

    pub(super) fn toml(text: &str, error: toml::de::Error) -> Damage {
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

pub(super) fn readable(version: i64) -> bool {
    (i64::from(session::OLDEST_VERSION)..=i64::from(session::VERSION)).contains(&version)
}

/// An older session in memory as this version's: its fields already read as this version's
/// (answers as lists), so only the number changes; the next save writes it so.
fn upgraded(mut session: Session) -> Session {
    session.version = session::VERSION;
    session
}

/// The session if its timeline is sound and every list in it is within
/// [`session::MAX_ENTRIES`], else damage at the first line that starts the faulty field.
fn bounded(text: &str, session: Session) -> Parsed {
    if let Some((at, problem)) = session.timeline_damage() {
        return Parsed::Bad(Damage::at(
            text,
            table_offset(text, "timeline", at),
            problem,
        ));
    }
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

/// The offset of the `n`th (from 0) `[[name]]` header, or of the first line defining `name`
/// when the file has fewer such headers (an inline array).
fn table_offset(text: &str, name: &str, n: usize) -> usize {
    let header = format!("[[{name}]]");
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == header {
            if seen == n {
                return offset + (line.len() - line.trim_start().len());
            }
            seen += 1;
        }
        offset += line.len();
    }
    field_offset(text, name)
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
    fn the_nth_table_header_is_found() {
        let text = "a = 1\n[[timeline]]\nid = 1\n  [[timeline]]\nid = 1\n";
        assert_eq!(table_offset(text, "timeline", 0), 6);
        assert_eq!(table_offset(text, "timeline", 1), 26 + 2);
        assert_eq!(table_offset("timeline = []\n", "timeline", 3), 0);
    }

    #[test]
    fn a_field_is_found_past_its_indentation() {
        assert_eq!(field_offset("a = 1\n  seen = []\n", "seen"), 6 + 2);
        assert_eq!(field_offset("  [confirmed.after]\n", "confirmed"), 2);
        assert_eq!(
            field_offset("seen_too = 1\n", "seen"),
            0,
            "another field's name"
        );
    }

    #[test]
    fn a_damaged_file_of_this_version_is_damage_not_a_newer_version() {
        let text = format!("version = {}\nstage = 5\n", session::VERSION);
        assert!(matches!(parse(text.as_bytes()), Parsed::Bad(_)));
        let newer = format!("version = {}\nstage = 5\n", session::VERSION + 1);
        assert!(matches!(parse(newer.as_bytes()), Parsed::Newer(_)));
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(position("", 0), (1, 1));
        assert_eq!(position("ab\n小红书 = x", 3 + 9), (2, 4));
        assert_eq!(position("ab\n", 99), (2, 1));
        // Inside a multi-byte character: the character's own column.
        assert_eq!(position("书", 1), (1, 1));
    }
}
