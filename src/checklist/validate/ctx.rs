//! Where a problem is and how it is worded: file text with line lookup ([`Lines`], [`File`]),
//! places and names of values, and [`Ctx`], which records problems and checks the values every
//! file shares (text, ids, dates, addresses).

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::hash::Hash;
use std::ops::Range;

use jiff::civil::Date;
use toml::value::Datetime;

use super::super::SourceFile;
use super::super::raw::{RawText, S};
use super::scan::{char_offset, scan};
use crate::error::Problem;
use crate::text::{Text, quote, sanitize, sanitize_line, uncertain_width};

/// One file's text with the byte offset of each line start, so that turning an offset into a
/// line and column costs a binary search rather than a scan from the top of the file. The index
/// is built on first use: a valid file never needs it.
pub(super) struct Lines<'a> {
    pub(super) src: &'a str,
    pub(super) starts: OnceCell<Vec<usize>>,
}

impl<'a> Lines<'a> {
    pub(super) fn new(src: &'a str) -> Lines<'a> {
        Lines {
            src,
            starts: OnceCell::new(),
        }
    }

    /// The 1-based line and character column of a byte offset; an offset inside a character
    /// counts as that character, one past the end as the place after the last character.
    pub(super) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.src.len());
        while !self.src.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.src.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let line = starts.partition_point(|&start| start <= offset);
        let start = starts[line - 1];
        (line, self.src[start..offset].chars().count() + 1)
    }
}

/// A checklist file as validation sees it: its reported path and its text.
pub(super) struct File<'a> {
    pub(super) path: &'a str,
    /// Empty when the file is not UTF-8; then [`read_toml`] reports it and reads no further.
    pub(super) lines: Lines<'a>,
    pub(super) utf8: Result<(), std::str::Utf8Error>,
}

impl<'a> File<'a> {
    pub(super) fn new(file: &'a SourceFile) -> File<'a> {
        let text = std::str::from_utf8(&file.bytes);
        File {
            path: &file.path,
            lines: Lines::new(text.unwrap_or_default()),
            utf8: text.map(|_| ()),
        }
    }

    pub(super) fn src(&self) -> &'a str {
        self.lines.src
    }
}

/// Where something is defined: a file and a byte offset into it. It becomes
/// `path:line:column` only when a message needs it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    pub(super) file: usize,
    pub(super) offset: usize,
}

/// What a message calls a value: `title`, `item "backup" detail.zh`. It is put into words only
/// when a message needs it, which for most values is never.
#[derive(Clone, Copy)]
pub(super) struct Name<'a> {
    owner: Option<(&'static str, &'a str)>,
    field: &'static str,
    lang: Option<&'static str>,
}

impl<'a> Name<'a> {
    pub(super) fn field(field: &'static str) -> Name<'a> {
        Name {
            owner: None,
            field,
            lang: None,
        }
    }

    /// A field of something with an id: `of("item", "backup", "title")`.
    pub(super) fn of(kind: &'static str, id: &'a str, field: &'static str) -> Name<'a> {
        Name {
            owner: Some((kind, id)),
            field,
            lang: None,
        }
    }

    pub(super) fn lang(self, lang: &'static str) -> Name<'a> {
        Name {
            lang: Some(lang),
            ..self
        }
    }
}

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((kind, id)) = self.owner {
            write!(f, "{kind} {} ", quote(id))?;
        }
        f.write_str(self.field)?;
        if let Some(lang) = self.lang {
            write!(f, ".{lang}")?;
        }
        Ok(())
    }
}

/// Reports problems against one of the files.
pub(super) struct Ctx<'a> {
    pub(super) files: &'a [File<'a>],
    pub(super) at: usize,
    pub(super) problems: &'a mut Vec<Problem>,
}

impl Ctx<'_> {
    pub(super) fn file(&self) -> &File<'_> {
        &self.files[self.at]
    }

    pub(super) fn err(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.err_at(span.start, message);
    }

    pub(super) fn err_at(&mut self, offset: usize, message: impl Into<String>) {
        let file = &self.files[self.at];
        self.problems.push(Problem {
            path: file.path.to_string(),
            position: Some(file.lines.position(offset)),
            message: sanitize_line(&message.into()),
        });
    }

    pub(super) fn place(&self, span: &Range<usize>) -> Place {
        Place {
            file: self.at,
            offset: span.start,
        }
    }

    pub(super) fn location(&self, place: Place) -> String {
        let file = &self.files[place.file];
        let (line, column) = file.lines.position(place.offset);
        format!("{}:{line}:{column}", file.path)
    }

    /// Records where `key` is first defined; for a later definition, returns where the first
    /// one is.
    pub(super) fn first_definition<K: Eq + Hash>(
        &self,
        seen: &mut HashMap<K, Place>,
        key: K,
        span: &Range<usize>,
    ) -> Option<String> {
        match seen.entry(key) {
            Entry::Occupied(first) => Some(self.location(*first.get())),
            Entry::Vacant(entry) => {
                entry.insert(self.place(span));
                None
            }
        }
    }

    pub(super) fn string(&mut self, what: Name, s: &S<String>) -> String {
        self.checked_string(what, s, true)
    }

    /// A string value, checked to be non-empty and free of what a terminal would act on; and,
    /// when `width` (text the wizard draws), of characters of uncertain width.
    pub(super) fn checked_string(&mut self, what: Name, s: &S<String>, width: bool) -> String {
        let (forbidden, crlf) = scan(s.get_ref());
        // A file saved with Windows line endings holds "\r\n" in its multi-line strings.
        let value = if crlf {
            Cow::Owned(s.get_ref().replace("\r\n", "\n"))
        } else {
            Cow::Borrowed(s.get_ref().as_str())
        };
        if value.trim().is_empty() {
            self.err(s.span(), format!("{what} is empty: {}", quote(&value)));
        }
        if forbidden.is_none()
            && width
            && !value.is_ascii()
            && let Some((c, kind)) = value
                .chars()
                .find_map(|c| uncertain_width(c).map(|k| (c, k)))
        {
            let at = char_offset(self.file().src(), s.span(), c);
            self.err_at(
                at,
                format!(
                    "{what} contains a {kind} (U+{:04X}), whose width terminals disagree on: {}",
                    c as u32,
                    quote(&value)
                ),
            );
        }
        match forbidden {
            None => value.into_owned(),
            Some((c, kind)) => {
                let at = char_offset(self.file().src(), s.span(), c);
                self.err_at(
                    at,
                    format!(
                        "{what} contains a {kind} (U+{:04X}): {}",
                        c as u32,
                        quote(&value)
                    ),
                );
                sanitize(&value)
            }
        }
    }

    pub(super) fn text(&mut self, what: Name, t: &S<RawText>) -> Text {
        self.checked_text(what, t, true)
    }

    /// Both languages of a text, each checked as [`Ctx::checked_string`] does.
    pub(super) fn checked_text(&mut self, what: Name, t: &S<RawText>, width: bool) -> Text {
        let mut lang = |code: &'static str, value: &Option<S<String>>| match value {
            Some(s) => self.checked_string(what.lang(code), s, width),
            None => {
                self.err(t.span(), format!("{what} has no \"{code}\" text"));
                String::new()
            }
        };
        let zh = lang("zh", &t.get_ref().zh);
        let en = lang("en", &t.get_ref().en);
        Text::new(zh, en)
    }

    pub(super) fn id(&mut self, what: &str, s: &S<String>) -> String {
        let id = s.get_ref();
        let ok = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            let value = quote(id);
            self.err(
                s.span(),
                format!("invalid {what} id {value}: use 1 to 64 of a-z, 0-9 and \"-\""),
            );
        }
        if ok { id.clone() } else { sanitize_line(id) }
    }

    pub(super) fn date(&mut self, what: Name, d: &S<Datetime>) -> Option<Date> {
        let v = d.get_ref();
        let date = match (v.date, v.time, v.offset) {
            (Some(date), None, None) => {
                Date::new(date.year as i16, date.month as i8, date.day as i8).ok()
            }
            _ => None,
        };
        if date.is_none() {
            self.err(
                d.span(),
                format!("{what} must be a date such as 2026-11-28, found {v}"),
            );
        }
        date
    }

    pub(super) fn url(&mut self, what: Name, s: &S<String>) -> String {
        let url = self.string(what, s);
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && !url.contains(char::is_whitespace);
        if !ok {
            let value = quote(s.get_ref());
            self.err(
                s.span(),
                format!("{what} must be an http(s) address without spaces, found {value}"),
            );
        }
        url
    }
}
