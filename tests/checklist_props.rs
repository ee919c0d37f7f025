//! Any text given as any one checklist file never panics the loader: the result is a checklist
//! whose text is clean, or problems whose line and column lie inside the file they name.

use std::borrow::Cow;
use std::fs;
use std::path::Path;

mod common;

use common::hostile::{hostile_text, terminal_safe};
use proptest::prelude::*;
use proptest::sample::Index;
use xhs_cancel::checklist::{Checklist, FILE_NAMES, SourceFile};
use xhs_cancel::error::Problem;
use xhs_cancel::text::Text;

/// The valid set the generated file is put into; small, so that each case is quick.
fn base() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    FILE_NAMES
        .iter()
        .map(|name| fs::read(dir.join(name)).unwrap())
        .collect()
}

fn builtin() -> Vec<Vec<u8>> {
    Checklist::builtin_files()
        .into_iter()
        .map(|f| f.bytes.into_owned())
        .collect()
}

/// Loads `base` with file `index` replaced by `bytes` and checks what comes back.
fn check(base: &[Vec<u8>], index: usize, bytes: &[u8]) -> Result<(), TestCaseError> {
    let mut contents = base.to_vec();
    contents[index] = bytes.to_vec();
    let files: Vec<SourceFile> = FILE_NAMES
        .iter()
        .zip(&contents)
        .map(|(name, bytes)| SourceFile {
            path: format!("checklists/{name}"),
            bytes: Cow::Owned(bytes.clone()),
        })
        .collect();
    match Checklist::parse(&files) {
        Ok(checklist) => {
            for text in texts(&checklist) {
                prop_assert!(clean(text), "a loaded checklist holds {text:?}");
            }
        }
        Err(e) => {
            prop_assert!(!e.problems().is_empty(), "an error without problems: {e}");
            for problem in e.problems() {
                in_bounds(problem, &contents).map_err(TestCaseError::fail)?;
            }
        }
    }
    Ok(())
}

/// A problem is safe to print and points inside the file it names: a line of that file and a
/// column from its first character to just after its last.
fn in_bounds(problem: &Problem, contents: &[Vec<u8>]) -> Result<(), String> {
    let shown = problem.to_string();
    if !clean(&shown) {
        return Err(format!("the problem {shown:?} is not safe to print"));
    }
    let file = FILE_NAMES
        .iter()
        .position(|name| problem.path == format!("checklists/{name}"))
        .ok_or_else(|| format!("{shown}: names no checklist file"))?;
    let text = readable_part(&contents[file]);
    let (line, column) = problem
        .position
        .ok_or_else(|| format!("{shown}: no position"))?;
    let lines: Vec<&str> = text.split('\n').collect();
    if !(1..=lines.len()).contains(&line) {
        return Err(format!("{shown}: line {line} outside 1..={}", lines.len()));
    }
    let chars = lines[line - 1].chars().count();
    if !(1..=chars + 1).contains(&column) {
        let on = lines[line - 1];
        return Err(format!(
            "{shown}: column {column} outside 1..={} on {on:?}",
            chars + 1
        ));
    }
    Ok(())
}

/// The text a position can point into: all of it, or for bytes that are not UTF-8 the part
/// before the first invalid byte (the problem points just after it).
fn readable_part(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap(),
    }
}

/// Safe to print, by an oracle independent of the library's table.
fn clean(s: &str) -> bool {
    terminal_safe(s)
}

/// `text` as the inside of a TOML basic string: every character that is not plain printable
/// text written as a `\uXXXX` escape, so the file still parses and the validator must judge.
fn toml_escaped(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c if c == ' ' || c.is_alphanumeric() || c.is_ascii_punctuation() => c.to_string(),
            c => format!("\\u{:04X}", c as u32),
        })
        .collect()
}

/// The places of the one-line basic strings (`= "…"`) of a file: byte ranges of their insides.
fn string_values(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(start) = line.find("= \"").map(|i| i + 3)
            && !line[start..].starts_with('"')
            && let Some(len) = line[start..].find('"')
        {
            found.push(offset + start..offset + start + len);
        }
        offset += line.len();
    }
    found
}

/// Every string of a checklist that reaches the screen.
fn texts(c: &Checklist) -> Vec<&str> {
    fn both(t: &Text) -> [&str; 2] {
        [&t.zh, &t.en]
    }
    let mut out: Vec<&str> = both(&c.title).to_vec();
    for s in &c.stages {
        out.extend(both(&s.title));
        out.extend(both(&s.intro));
        for i in &s.items {
            out.push(&i.id);
            out.extend(both(&i.title));
            out.extend(both(&i.detail));
            out.extend(i.sources.iter().map(String::as_str));
            for (q, options) in &i.when {
                out.push(q);
                out.extend(options.iter().map(String::as_str));
            }
        }
    }
    for q in &c.questions {
        out.push(&q.id);
        out.extend(both(&q.title));
        for o in &q.options {
            out.push(&o.id);
            out.extend(both(&o.title));
        }
    }
    for s in &c.sources {
        out.push(&s.id);
        out.push(&s.url);
        out.extend(both(&s.title));
    }
    for y in &c.calendar.years {
        out.push(&y.title);
        out.push(&y.url);
        for h in &y.holidays {
            out.extend(both(&h.name));
        }
    }
    out
}

/// Pieces that steer a mutation towards what TOML and the validator care about.
const TOKENS: &[&str] = &[
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "#",
    "\n",
    "\r\n",
    "\\",
    "\\e",
    "\\u001b",
    "\\u009b",
    "\\x1b",
    "\u{1b}",
    "\u{7}",
    "\u{9b}",
    "\u{202e}",
    "\u{200b}",
    "\u{feff}",
    "\t",
    "标题",
    "2026-02-30",
    "2026-11-28T10:00:00",
    "1979-05-27",
    "true",
    "-",
    "0x1F",
    "1e400",
    "inf",
    "nan",
    "id",
    "zh",
    "en",
    "stage",
    "items",
    "marks",
    "\"submitted\"",
    "when",
    "sources",
    "questions",
    "options",
    "years",
    "holidays",
    "workdays",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete(Index),
    Insert(Index, String),
    Replace(Index, String),
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(TOKENS).prop_map(str::to_string),
        any::<char>().prop_map(String::from),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<Index>().prop_map(Edit::Delete),
        (any::<Index>(), piece()).prop_map(|(i, s)| Edit::Insert(i, s)),
        (any::<Index>(), piece()).prop_map(|(i, s)| Edit::Replace(i, s)),
    ]
}

/// Applies edits at character boundaries, so the text stays UTF-8.
fn apply_text(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<String> = text.chars().map(String::from).collect();
    for edit in edits {
        match edit {
            Edit::Delete(i) if !chars.is_empty() => {
                chars.remove(i.index(chars.len()));
            }
            Edit::Insert(i, s) => chars.insert(i.index(chars.len() + 1), s.clone()),
            Edit::Replace(i, s) if !chars.is_empty() => {
                let i = i.index(chars.len());
                chars[i] = s.clone();
            }
            _ => {}
        }
    }
    chars.concat()
}

#[derive(Debug, Clone)]
enum ByteEdit {
    Delete(Index),
    Insert(Index, u8),
    Replace(Index, u8),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        any::<Index>().prop_map(ByteEdit::Delete),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Replace(i, b)),
    ]
}

/// Applies edits to raw bytes: the result is often not UTF-8, sometimes split inside a character.
fn apply_bytes(bytes: &[u8], edits: &[ByteEdit]) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    for edit in edits {
        match *edit {
            ByteEdit::Delete(i) if !bytes.is_empty() => {
                bytes.remove(i.index(bytes.len()));
            }
            ByteEdit::Insert(i, b) => bytes.insert(i.index(bytes.len() + 1), b),
            ByteEdit::Replace(i, b) if !bytes.is_empty() => {
                let i = i.index(bytes.len());
                bytes[i] = b;
            }
            _ => {}
        }
    }
    bytes
}

fn file_index() -> impl Strategy<Value = usize> {
    0..FILE_NAMES.len()
}

/// Text built from TOML's own punctuation and the schema's words, to get past the parser more
/// often than arbitrary characters do.
fn tomlish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            3 => proptest::sample::select(TOKENS).prop_map(str::to_string),
            1 => "[a-z0-9 ]{1,8}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..60,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_as_any_file(index in file_index(), text in any::<String>()) {
        check(&base(), index, text.as_bytes())?;
    }

    #[test]
    fn tomlish_text_as_any_file(index in file_index(), text in tomlish()) {
        check(&base(), index, text.as_bytes())?;
    }

    #[test]
    fn arbitrary_bytes_as_any_file(
        index in file_index(),
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        check(&base(), index, &bytes)?;
    }

    #[test]
    fn edited_valid_file(
        index in file_index(),
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let base = base();
        let text = String::from_utf8(base[index].clone()).unwrap();
        check(&base, index, apply_text(&text, &edits).as_bytes())?;
    }

    #[test]
    fn byte_edited_valid_file(
        index in file_index(),
        edits in proptest::collection::vec(byte_edit(), 1..6),
    ) {
        let base = base();
        let bytes = apply_bytes(&base[index], &edits);
        check(&base, index, &bytes)?;
    }

    #[test]
    fn edited_builtin_file(
        index in file_index(),
        edits in proptest::collection::vec(edit(), 1..4),
    ) {
        let base = builtin();
        let text = String::from_utf8(base[index].clone()).unwrap();
        check(&base, index, apply_text(&text, &edits).as_bytes())?;
    }
}

proptest! {
    // Each case parses and validates the whole built-in set: fewer cases, each one meaningful.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn one_hostile_string_in_a_valid_file(
        index in file_index(),
        which in any::<Index>(),
        text in hostile_text(1..20),
    ) {
        let base = builtin();
        let file = String::from_utf8(base[index].clone()).unwrap();
        let values = string_values(&file);
        prop_assume!(!values.is_empty());
        let range = values[which.index(values.len())].clone();
        let edited = format!("{}{}{}", &file[..range.start], toml_escaped(&text), &file[range.end..]);
        prop_assert!(
            toml::from_str::<toml::Value>(&edited).is_ok(),
            "the edit keeps the file TOML, so the validator is what is tested"
        );
        check(&base, index, edited.as_bytes())?;
    }
}

#[test]
fn the_bounds_reject_a_position_outside_the_text() {
    // The property is only as good as its bounds.
    let mut contents = vec![Vec::new(); FILE_NAMES.len()];
    contents[4] = "a = 1\n标题 = 2".as_bytes().to_vec();
    contents[5] = b"ab\xffcd".to_vec();
    let at = |path: &str, line, column| Problem {
        path: format!("checklists/{path}"),
        position: Some((line, column)),
        message: "m".to_string(),
    };
    assert_eq!(in_bounds(&at("after.toml", 1, 6), &contents), Ok(()));
    assert_eq!(in_bounds(&at("after.toml", 2, 7), &contents), Ok(()));
    assert!(in_bounds(&at("after.toml", 1, 7), &contents).is_err());
    assert!(in_bounds(&at("after.toml", 2, 8), &contents).is_err());
    assert!(in_bounds(&at("after.toml", 3, 1), &contents).is_err());
    assert!(in_bounds(&at("after.toml", 0, 1), &contents).is_err());
    assert!(in_bounds(&at("after.toml", 1, 0), &contents).is_err());
    assert_eq!(
        in_bounds(&at("troubleshooting.toml", 1, 3), &contents),
        Ok(())
    );
    assert!(in_bounds(&at("troubleshooting.toml", 1, 4), &contents).is_err());
    assert!(in_bounds(&at("nowhere.toml", 1, 1), &contents).is_err());
    let mut escape = at("after.toml", 1, 1);
    escape.message = "\u{1b}[31m".to_string();
    assert!(in_bounds(&escape, &contents).is_err());
}
