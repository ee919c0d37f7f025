//! Turns the raw files into a [`Checklist`], collecting every problem with its file position.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;
use std::ops::Range;

use jiff::civil::Date;
use serde::de::DeserializeOwned;
use toml::value::Datetime;

use super::raw::{
    RawCalendar, RawChoice, RawItem, RawQuestion, RawStage, RawText, RawWhen, RawWizard, S,
};
use super::{
    Checklist, Choice, Confidence, Item, Mark, Question, Source, SourceFile, Stage, StageId,
};
use crate::error::{LoadError, Problem};
use crate::fsread;
use crate::text::{
    EXCERPT_CHARS, Text, forbidden_kind, quote, sanitize, sanitize_line, uncertain_width,
};

mod calendar;

/// The most items one stage may hold: a session records every item id it has shown, and
/// bounds its lists at [`crate::session::MAX_ENTRIES`] (10,000), twice five full stages.
pub const MAX_ITEMS: usize = 1_000;

/// The most questions `reasons.toml` may hold (a session keeps one answer per question).
pub const MAX_QUESTIONS: usize = 1_000;

/// The 1-based line and character column of a byte offset into `src`, for one-off lookups
/// (the session file's errors use it too).
pub fn position(src: &str, offset: usize) -> (usize, usize) {
    Lines::new(src).position(offset)
}

/// One file's text with the byte offset of each line start, so that turning an offset into a
/// line and column costs a binary search rather than a scan from the top of the file. The index
/// is built on first use: a valid file never needs it.
struct Lines<'a> {
    src: &'a str,
    starts: OnceCell<Vec<usize>>,
}

impl<'a> Lines<'a> {
    fn new(src: &'a str) -> Lines<'a> {
        Lines {
            src,
            starts: OnceCell::new(),
        }
    }

    /// The 1-based line and character column of a byte offset; an offset inside a character
    /// counts as that character, one past the end as the place after the last character.
    fn position(&self, offset: usize) -> (usize, usize) {
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
struct File<'a> {
    path: &'a str,
    /// Empty when the file is not UTF-8; then [`read_toml`] reports it and reads no further.
    lines: Lines<'a>,
    utf8: Result<(), std::str::Utf8Error>,
}

impl<'a> File<'a> {
    fn new(file: &'a SourceFile) -> File<'a> {
        let text = std::str::from_utf8(&file.bytes);
        File {
            path: &file.path,
            lines: Lines::new(text.unwrap_or_default()),
            utf8: text.map(|_| ()),
        }
    }

    fn src(&self) -> &'a str {
        self.lines.src
    }
}

/// Where something is defined: a file and a byte offset into it. It becomes
/// `path:line:column` only when a message needs it.
#[derive(Debug, Clone, Copy)]
struct Place {
    file: usize,
    offset: usize,
}

/// What a message calls a value: `title`, `item "backup" detail.zh`. It is put into words only
/// when a message needs it, which for most values is never.
#[derive(Clone, Copy)]
struct Name<'a> {
    owner: Option<(&'static str, &'a str)>,
    field: &'static str,
    lang: Option<&'static str>,
}

impl<'a> Name<'a> {
    fn field(field: &'static str) -> Name<'a> {
        Name {
            owner: None,
            field,
            lang: None,
        }
    }

    /// A field of something with an id: `of("item", "backup", "title")`.
    fn of(kind: &'static str, id: &'a str, field: &'static str) -> Name<'a> {
        Name {
            owner: Some((kind, id)),
            field,
            lang: None,
        }
    }

    fn lang(self, lang: &'static str) -> Name<'a> {
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

/// How much [`parse`] checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Checks {
    /// Everything: files from outside the program, and `check`.
    Full,
    /// The built-in files at start: what the model is built from (ids, references, dates,
    /// conditions) but not what only a file from outside can get wrong and a test keeps right
    /// for the built-in ones (tests/checklist_builtin.rs runs [`Checks::Full`] on them): the
    /// nesting pre-scan, the scan of every string for characters a terminal would act on or
    /// draw at an uncertain width, and the statutory days of each published calendar year.
    Builtin,
}

/// Reports problems against one of the files.
struct Ctx<'a> {
    files: &'a [File<'a>],
    at: usize,
    problems: &'a mut Vec<Problem>,
    checks: Checks,
}

impl Ctx<'_> {
    fn file(&self) -> &File<'_> {
        &self.files[self.at]
    }

    fn err(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.err_at(span.start, message);
    }

    fn err_at(&mut self, offset: usize, message: impl Into<String>) {
        let file = &self.files[self.at];
        self.problems.push(Problem {
            path: file.path.to_string(),
            position: Some(file.lines.position(offset)),
            message: sanitize_line(&message.into()),
        });
    }

    fn place(&self, span: &Range<usize>) -> Place {
        Place {
            file: self.at,
            offset: span.start,
        }
    }

    fn location(&self, place: Place) -> String {
        let file = &self.files[place.file];
        let (line, column) = file.lines.position(place.offset);
        format!("{}:{line}:{column}", file.path)
    }

    /// Records where `key` is first defined; for a later definition, returns where the first
    /// one is.
    fn first_definition<K: Eq + Hash>(
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

    fn string(&mut self, what: Name, s: &S<String>) -> String {
        let (forbidden, crlf) = match self.checks {
            Checks::Full => scan(s.get_ref()),
            Checks::Builtin => (None, s.get_ref().contains("\r\n")),
        };
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
            && self.checks == Checks::Full
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

    fn text(&mut self, what: Name, t: &S<RawText>) -> Text {
        let mut lang = |code: &'static str, value: &Option<S<String>>| match value {
            Some(s) => self.string(what.lang(code), s),
            None => {
                self.err(t.span(), format!("{what} has no \"{code}\" text"));
                String::new()
            }
        };
        let zh = lang("zh", &t.get_ref().zh);
        let en = lang("en", &t.get_ref().en);
        Text::new(zh, en)
    }

    fn id(&mut self, what: &str, s: &S<String>) -> String {
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

    fn date(&mut self, what: Name, d: &S<Datetime>) -> Option<Date> {
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

    fn url(&mut self, what: Name, s: &S<String>) -> String {
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

/// The first character of `s` that [`forbidden_kind`] names, other than the `\r` of a `\r\n`
/// line ending, and whether `s` holds such a line ending.
///
/// This runs over every string of every file, so it looks at bytes and decodes a character only
/// where it can be forbidden: an ASCII control, or the first byte of a character in one of the
/// blocks that hold forbidden ones (U+0080..U+00BF, U+0600..U+063F, U+1000..U+2FFF,
/// U+F000..U+FFFF).
fn scan(s: &str) -> (Option<(char, &'static str)>, bool) {
    let bytes = s.as_bytes();
    let mut crlf = false;
    let mut i = 0;
    while let Some(skip) = bytes[i..].iter().position(|&b| may_start_forbidden(b)) {
        i += skip;
        let c = s[i..].chars().next().expect("a character starts here");
        if c == '\r' && bytes.get(i + 1) == Some(&b'\n') {
            crlf = true;
        } else if let Some(kind) = forbidden_kind(c) {
            return (Some((c, kind)), crlf || s[i..].contains("\r\n"));
        }
        i += c.len_utf8();
    }
    (None, crlf)
}

/// A reference to an id, safe for the screen; only a bad one (already reported) is changed.
fn clean_id(s: &str) -> String {
    match scan(s) {
        (None, false) if !s.contains('\n') => s.to_string(),
        _ => sanitize_line(s),
    }
}

/// Whether a byte can begin the UTF-8 encoding of a character that [`forbidden_kind`] names;
/// `forbidden_characters_start_with_flagged_bytes` checks it against every character.
fn may_start_forbidden(b: u8) -> bool {
    const FLAGGED: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = b < 0x20 || b == 0x7f || matches!(b, 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xEF);
            b += 1;
        }
        table
    };
    FLAGGED[b as usize]
}

/// Where the first `c` of a string value stands in the file: the character itself when the file
/// holds it literally, else the escape that writes it (`\e`, `\xHH`, `\uHHHH`, `\UHHHHHHHH`),
/// else the start of the value.
fn char_offset(src: &str, span: Range<usize>, c: char) -> usize {
    let Some(raw) = src.get(span.clone()) else {
        return span.start;
    };
    if let Some(i) = raw.find(c) {
        return span.start + i;
    }
    let code = c as u32;
    let bytes = raw.as_bytes();
    let hex_is = |digits: &[u8], width: usize| {
        digits.len() >= width
            && std::str::from_utf8(&digits[..width])
                .ok()
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                == Some(code)
    };
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let rest = &bytes[i + 2..];
        let found = match bytes[i + 1] {
            b'e' => code == 0x1b,
            b'x' => hex_is(rest, 2),
            b'u' => hex_is(rest, 4),
            b'U' => hex_is(rest, 8),
            _ => false,
        };
        if found {
            return span.start + i;
        }
        // Skip the escaped character too, so that `\\` never starts an escape.
        i += 2;
    }
    span.start
}

/// Reads one file as UTF-8 TOML into `T`, or records why it cannot.
fn read_toml<T: DeserializeOwned>(
    source: &SourceFile,
    file: &File,
    checks: Checks,
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
    let nesting = (checks == Checks::Full).then(|| fsread::too_deep(file.src()));
    if let Some(offset) = nesting.flatten() {
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
    const WORDS: [(&str, &str); 14] = [
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

/// What the stage files may refer to, as far as the files defining it could be read.
#[derive(Default)]
struct Known {
    sources: Option<HashSet<String>>,
    /// Question id → its options; the first definition of a question id wins.
    questions: Option<HashMap<String, HashSet<String>>>,
    /// Item id → where it was first defined.
    items: HashMap<String, Place>,
}

/// Parses and validates the seven files, given in [`super::FILE_NAMES`] order, checking as much
/// as `checks` says.
pub(super) fn parse(sources: &[SourceFile], checks: Checks) -> Result<Checklist, LoadError> {
    assert_eq!(
        sources.len(),
        super::FILE_NAMES.len(),
        "one SourceFile per checklist file"
    );
    let files: Vec<File> = sources.iter().map(File::new).collect();
    let mut problems = Vec::new();
    let mut known = Known::default();

    let wizard = read_toml::<RawWizard>(&sources[0], &files[0], checks, &mut problems)
        .map(|raw| wizard(&raw, &mut ctx(&files, 0, checks, &mut problems)));
    if let Some(w) = &wizard {
        known.sources = Some(w.sources.iter().map(|s| s.id.clone()).collect());
    }
    let raw_stages: Vec<Option<RawStage>> = sources[1..6]
        .iter()
        .zip(&files[1..6])
        .map(|(source, file)| read_toml(source, file, checks, &mut problems))
        .collect();
    let questions = raw_stages[0]
        .as_ref()
        .map(|raw| questions(&raw.questions, &mut ctx(&files, 1, checks, &mut problems)));
    if let Some(qs) = &questions {
        let mut options = HashMap::new();
        for q in qs {
            options
                .entry(q.id.clone())
                .or_insert_with(|| q.options.iter().map(|o| o.id.clone()).collect());
        }
        known.questions = Some(options);
    }
    let mut stages: Vec<Option<Stage>> = raw_stages
        .iter()
        .zip(StageId::ALL)
        .enumerate()
        .map(|(i, (raw, id))| {
            let raw = raw.as_ref()?;
            Some(stage(
                raw,
                id,
                &mut known,
                &mut ctx(&files, i + 1, checks, &mut problems),
            ))
        })
        .collect();
    let calendar = read_toml::<RawCalendar>(&sources[6], &files[6], checks, &mut problems)
        .map(|raw| calendar::calendar(&raw, &mut ctx(&files, 6, checks, &mut problems)));

    match (wizard, questions, calendar) {
        (Some(w), Some(questions), Some(calendar)) if problems.is_empty() => {
            let stages = w
                .order
                .iter()
                .map(|&id| {
                    let i = StageId::ALL.iter().position(|s| *s == id)?;
                    stages[i].take()
                })
                .collect::<Option<Vec<_>>>();
            Ok(Checklist {
                title: w.title,
                verified: w.verified,
                stages: stages.expect("a valid stage order names every stage once"),
                questions,
                sources: w.sources,
                calendar,
            })
        }
        _ => {
            problems.sort_by_key(|p| {
                let file = files.iter().position(|f| f.path == p.path);
                (file, p.position)
            });
            Err(LoadError::Invalid { problems })
        }
    }
}

fn ctx<'a>(
    files: &'a [File<'a>],
    at: usize,
    checks: Checks,
    problems: &'a mut Vec<Problem>,
) -> Ctx<'a> {
    Ctx {
        files,
        at,
        problems,
        checks,
    }
}

struct Wizard {
    title: Text,
    verified: Date,
    order: Vec<StageId>,
    sources: Vec<Source>,
}

fn wizard(raw: &RawWizard, cx: &mut Ctx) -> Wizard {
    if *raw.schema.get_ref() != 1 {
        let n = raw.schema.get_ref();
        cx.err(
            raw.schema.span(),
            format!("unsupported schema {n}: this program reads schema 1"),
        );
    }
    let title = cx.text(Name::field("title"), &raw.title);
    let verified = cx
        .date(Name::field("verified"), &raw.verified)
        .unwrap_or_default();
    let order = stage_order(&raw.stages, cx);
    let mut seen = HashMap::new();
    let mut sources = Vec::new();
    for s in &raw.sources {
        let id = cx.id("source", &s.id);
        if let Some(first) = cx.first_definition(&mut seen, id.clone(), &s.id.span()) {
            cx.err(
                s.id.span(),
                format!("duplicate source id {} (first at {first})", quote(&id)),
            );
        }
        sources.push(source(&id, s, cx));
    }
    Wizard {
        title,
        verified,
        order,
        sources,
    }
}

fn source(id: &str, s: &super::raw::RawSource, cx: &mut Ctx) -> Source {
    let title = cx.text(Name::of("source", id, "title"), &s.title);
    let url = cx.url(Name::of("source", id, "url"), &s.url);
    let published = s
        .published
        .as_ref()
        .and_then(|d| cx.date(Name::of("source", id, "published"), d));
    let confidence = match s.confidence.get_ref().as_str() {
        "H" => Confidence::High,
        "M" => Confidence::Medium,
        "L" => Confidence::Low,
        other => {
            cx.err(
                s.confidence.span(),
                format!(
                    "unknown confidence {}: use \"H\", \"M\" or \"L\"",
                    quote(other)
                ),
            );
            Confidence::Low
        }
    };
    Source {
        id: id.to_string(),
        title,
        url,
        published,
        confidence,
    }
}

fn stage_order(stages: &S<Vec<S<String>>>, cx: &mut Ctx) -> Vec<StageId> {
    let mut order = Vec::new();
    for s in stages.get_ref() {
        match StageId::parse(s.get_ref()) {
            Some(id) if order.contains(&id) => cx.err(s.span(), format!("duplicate stage {}", quote(s.get_ref()))),
            Some(id) => order.push(id),
            None => cx.err(
                s.span(),
                format!("unknown stage {}: the stages are reasons, preparation, deletion, after and troubleshooting", quote(s.get_ref())),
            ),
        }
    }
    for id in StageId::ALL.into_iter().filter(|id| !order.contains(id)) {
        cx.err(
            stages.span(),
            format!("stage \"{}\" is missing from stages", id.as_str()),
        );
    }
    order
}

fn questions(raw: &[RawQuestion], cx: &mut Ctx) -> Vec<Question> {
    let mut seen = HashMap::new();
    raw.iter()
        .map(|q| {
            let id = cx.id("question", &q.id);
            if let Some(first) = cx.first_definition(&mut seen, id.clone(), &q.id.span()) {
                cx.err(
                    q.id.span(),
                    format!("duplicate question id {} (first at {first})", quote(&id)),
                );
            }
            let title = cx.text(Name::of("question", &id, "title"), &q.title);
            let options = choices(&id, &q.options, cx);
            Question {
                id,
                title,
                multi: q.multi,
                options,
            }
        })
        .collect()
}

fn choices(question: &str, raw: &S<Vec<RawChoice>>, cx: &mut Ctx) -> Vec<Choice> {
    if raw.get_ref().len() < 2 {
        cx.err(
            raw.span(),
            format!("question {} needs at least two options", quote(question)),
        );
    }
    let mut seen = HashSet::new();
    raw.get_ref()
        .iter()
        .map(|c| {
            let id = cx.id("option", &c.id);
            if !seen.insert(id.clone()) {
                cx.err(
                    c.id.span(),
                    format!(
                        "duplicate option id {} in question {}",
                        quote(&id),
                        quote(question)
                    ),
                );
            }
            let title = cx.text(Name::of("option", &id, "title"), &c.title);
            Choice { id, title }
        })
        .collect()
}

fn stage(raw: &RawStage, expected: StageId, known: &mut Known, cx: &mut Ctx) -> Stage {
    if raw.stage.get_ref() != expected.as_str() {
        let found = quote(raw.stage.get_ref());
        cx.err(
            raw.stage.span(),
            format!(
                "this file is for stage \"{}\" but says stage = {found}",
                expected.as_str()
            ),
        );
    }
    if expected != StageId::Reasons && !raw.questions.is_empty() {
        cx.err(
            raw.questions[0].id.span(),
            "questions belong in reasons.toml",
        );
    }
    if raw.items.is_empty() {
        cx.err(
            raw.stage.span(),
            format!("stage \"{}\" has no items", expected.as_str()),
        );
    }
    if let Some(extra) = raw.items.get(MAX_ITEMS) {
        cx.err(
            extra.id.span(),
            format!("more than {MAX_ITEMS} items in one stage"),
        );
    }
    if let Some(extra) = raw.questions.get(MAX_QUESTIONS) {
        cx.err(
            extra.id.span(),
            format!("more than {MAX_QUESTIONS} questions"),
        );
    }
    let title = cx.text(Name::field("title"), &raw.title);
    let intro = cx.text(Name::field("intro"), &raw.intro);
    let items: Vec<Item> = raw
        .items
        .iter()
        .map(|i| item(i, expected, known, cx))
        .collect();
    check_marks(raw, expected, cx);
    Stage {
        id: expected,
        title,
        intro,
        items,
    }
}

fn item(raw: &RawItem, stage: StageId, known: &mut Known, cx: &mut Ctx) -> Item {
    let id = cx.id("item", &raw.id);
    if let Some(first) = cx.first_definition(&mut known.items, id.clone(), &raw.id.span()) {
        cx.err(
            raw.id.span(),
            format!("duplicate item id {} (first at {first})", quote(&id)),
        );
    }
    let title = cx.text(Name::of("item", &id, "title"), &raw.title);
    let detail = cx.text(Name::of("item", &id, "detail"), &raw.detail);
    let sources = item_sources(&id, &raw.sources, known, cx);
    let when = raw
        .when
        .as_ref()
        .map(|w| conditions(w, known, cx))
        .unwrap_or_default();
    let marks = raw.marks.as_ref().and_then(|m| mark(m, stage, cx));
    if let (Some(Mark::Submitted), Some(m)) = (marks, &raw.marks)
        && raw.when.is_some()
    {
        cx.err(
            m.span(),
            "the submit step (marks = \"submitted\") cannot have a when condition: hidden, it could never start the review clock",
        );
    }
    Item {
        id,
        title,
        detail,
        required: raw.required,
        sources,
        when,
        marks,
    }
}

fn item_sources(id: &str, raw: &S<Vec<S<String>>>, known: &Known, cx: &mut Ctx) -> Vec<String> {
    if raw.get_ref().is_empty() {
        cx.err(raw.span(), format!("item {} names no sources", quote(id)));
    }
    for s in raw.get_ref() {
        if known
            .sources
            .as_ref()
            .is_some_and(|k| !k.contains(s.get_ref()))
        {
            cx.err(
                s.span(),
                format!(
                    "unknown source {}: add it to [[sources]] in wizard.toml",
                    quote(s.get_ref())
                ),
            );
        }
    }
    raw.get_ref()
        .iter()
        .map(|s| clean_id(s.get_ref()))
        .collect()
}

fn conditions(raw: &RawWhen, known: &Known, cx: &mut Ctx) -> Vec<(String, Vec<String>)> {
    let mut when = Vec::new();
    for (question, options) in raw {
        let q = question.get_ref();
        let answers = known.questions.as_ref().map(|k| k.get(q));
        if let Some(None) = answers {
            cx.err(
                question.span(),
                format!("unknown question {} in when", quote(q)),
            );
        }
        if options.get_ref().is_empty() {
            cx.err(
                options.span(),
                format!("when {} lists no options", quote(q)),
            );
        }
        for o in options.get_ref() {
            if let Some(Some(valid)) = answers
                && !valid.contains(o.get_ref())
            {
                cx.err(
                    o.span(),
                    format!(
                        "unknown option {} for question {}",
                        quote(o.get_ref()),
                        quote(q)
                    ),
                );
            }
        }
        when.push((
            clean_id(q),
            options
                .get_ref()
                .iter()
                .map(|o| clean_id(o.get_ref()))
                .collect(),
        ));
    }
    when
}

fn mark(raw: &S<String>, stage: StageId, cx: &mut Ctx) -> Option<Mark> {
    let (mark, home) = match raw.get_ref().as_str() {
        "submitted" => (Mark::Submitted, StageId::Deletion),
        "slow-review" => (Mark::SlowReview, StageId::Troubleshooting),
        other => {
            cx.err(
                raw.span(),
                format!(
                    "unknown marks {}: use \"submitted\" or \"slow-review\"",
                    quote(other)
                ),
            );
            return None;
        }
    };
    if stage != home {
        let value = quote(raw.get_ref());
        cx.err(
            raw.span(),
            format!(
                "marks = {value} belongs in the {} stage, not {}",
                home.as_str(),
                stage.as_str()
            ),
        );
        return None;
    }
    Some(mark)
}

fn check_marks(raw: &RawStage, stage: StageId, cx: &mut Ctx) {
    let (name, min) = match stage {
        StageId::Deletion => ("submitted", 1),
        StageId::Troubleshooting => ("slow-review", 0),
        _ => return,
    };
    let marked: Vec<&RawItem> = raw
        .items
        .iter()
        .filter(|i| i.marks.as_ref().is_some_and(|m| m.get_ref() == name))
        .collect();
    if marked.len() < min {
        cx.err(
            raw.stage.span(),
            format!(
                "stage \"{}\" needs one item with marks = \"{name}\", found none",
                stage.as_str()
            ),
        );
    }
    for extra in marked.iter().skip(1) {
        let first = quote(marked[0].id.get_ref());
        let span = extra.marks.as_ref().map_or(extra.id.span(), |m| m.span());
        cx.err(
            span,
            format!("only one item may have marks = \"{name}\"; the first is {first}"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{may_start_forbidden, position, scan};
    use crate::text::forbidden_kind;

    #[test]
    fn forbidden_characters_start_with_flagged_bytes() {
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if forbidden_kind(c).is_some() {
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_start_forbidden(first), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn scan_finds_the_first_forbidden_character_and_line_endings() {
        assert_eq!(scan("标题 → ok\n"), (None, false));
        assert_eq!(scan("a\r\nb"), (None, true));
        assert_eq!(
            scan("a\r\nb\u{200b}c\u{1b}"),
            (Some(('\u{200b}', "zero-width character")), true)
        );
        assert_eq!(scan("a\rb\r\n"), (Some(('\r', "control character")), true));
        assert_eq!(
            scan("…\u{9b}"),
            (Some(('\u{9b}', "C1 control character")), false)
        );
        assert_eq!(scan("x\r"), (Some(('\r', "control character")), false));
    }

    #[test]
    fn position_counts_lines_and_characters() {
        let src = "a = 1\n标题 = \"x\"\n";
        assert_eq!(position(src, 0), (1, 1));
        assert_eq!(position(src, 6), (2, 1));
        assert_eq!(position(src, src.find('=').unwrap()), (1, 3));
        let second_eq = src.rfind('=').unwrap();
        assert_eq!(position(src, second_eq), (2, 4));
        assert_eq!(
            position(src, 7),
            (2, 1),
            "inside a character rounds down to it"
        );
    }
}
