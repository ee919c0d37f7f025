//! Reading one file as UTF-8 TOML into its raw types, with the parser's messages made safe to
//! print and put in the words of the checklist format.

use serde::de::DeserializeOwned;

use super::super::SourceFile;
use super::ctx::{File, Lines};
use crate::error::Problem;
use crate::fsread;
use crate::text::{EXCERPT_CHARS, forbidden_kind};

/// Reads one file as UTF-8 TOML into `T`, or records why it cannot.
pub(super) fn read_toml<T: DeserializeOwned>(
    source: &SourceFile,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    if let Err(e) = file.utf8 {
        let valid = std::str::from_utf8(&source.bytes[..e.valid_up_to()]).unwrap_or_default();
        let byte = source.bytes[e.valid_up_to()];
        problems.push(Problem {
            path: file.path.to_string(),
            position: Some(Lines::new(valid).position(valid.len())),
            message: format!("not valid UTF-8 (byte 0x{byte:02X}); save the file as UTF-8"),
        });
        return None;
    }
    if let Some(offset) = fsread::too_deep(file.src()) {
        problems.push(Problem {
            path: file.path.to_string(),
            position: Some(file.lines.position(offset)),
            message: format!(
                "arrays and tables nested more than {} levels deep; a checklist needs 3",
                fsread::MAX_NESTING
            ),
        });
        return None;
    }
    match toml::from_str(file.src()) {
        Ok(value) => Some(value),
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let mut message = friendly(e.message().trim());
            // A syntax error at a character the terminal would act on: say which one it is,
            // since the message itself only shows what was expected.
            if let Some(c) = file
                .src()
                .get(offset..)
                .and_then(|rest| rest.chars().next())
                && let Some(kind) = forbidden_kind(c)
            {
                message.push_str(&format!("; found a {kind} (U+{:04X})", c as u32));
            }
            problems.push(Problem {
                path: file.path.to_string(),
                position: Some(file.lines.position(offset)),
                message: shorten(escape_controls(&message)),
            });
            None
        }
    }
}

/// toml's message made safe to print: it can hold a key or value from the file verbatim, so
/// every character a terminal would act on is written out as `\u{..}`, the way [`quote`] does.
fn escape_controls(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        match c {
            '\n' => out.push(' '),
            c if forbidden_kind(c).is_some() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// At most [`EXCERPT_CHARS`] characters of a parser message that may quote the file at length.
fn shorten(message: String) -> String {
    match message.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}...", &message[..cut]),
        None => message,
    }
}

/// serde's words for what it expected, in the words of the checklist format.
fn friendly(message: &str) -> String {
    const WORDS: [(&str, &str); 16] = [
        (
            "struct RawText",
            "a table of both languages: { zh = \"...\", en = \"...\" }",
        ),
        ("struct RawItem", "an [[items]] table"),
        ("struct RawQuestion", "a [[questions]] table"),
        ("struct RawChoice", "a [[questions.options]] table"),
        ("struct RawSource", "a [[sources]] table"),
        ("struct RawYear", "a [[years]] table"),
        (
            "struct RawHoliday",
            "a table such as { name = { zh = \"...\", en = \"...\" }, from = 2026-10-01, to = 2026-10-07 }",
        ),
        ("struct RawWizard", "a table"),
        ("struct RawStage", "a table"),
        ("struct RawCalendar", "a table"),
        ("struct RawLetter", "a table"),
        ("struct RawCaveat", "a [[caveats]] table"),
        (
            " as i128, expected i64",
            ", expected an integer that fits in 64 bits",
        ),
        ("expected i64", "expected an integer"),
        (
            "expected a TOML datetime",
            "expected a date such as 2026-11-28, without quotes",
        ),
        ("expected a sequence", "expected an array"),
    ];
    let mut message = message.replace("invalid type: map", "invalid type: table");
    for (from, to) in WORDS {
        message = message.replace(from, to);
    }
    message
}
