//! The checks of `letter.toml`: both languages of every text, no character a terminal would act
//! on, only known `{placeholders}` (and every one of them in the letter itself), and caveats
//! whose `when` names questions and options `reasons.toml` has.

use super::super::letter::{Caveat, Field, Letter, Piece, pieces};
use super::super::raw::{RawLetter, RawText, S};
use super::{Ctx, Known, Name, conditions};
use crate::text::{Text, quote};

pub(super) fn letter(raw: &RawLetter, known: &Known, cx: &mut Ctx) -> Letter {
    let note = text(Name::field("note"), &raw.note, false, cx);
    let caveats = raw
        .caveats
        .iter()
        .map(|c| Caveat {
            when: (c.when.as_ref())
                .map(|w| conditions(w, known, cx))
                .unwrap_or_default(),
            text: text(Name::field("caveats.text"), &c.text, false, cx),
        })
        .collect();
    let letter = text(Name::field("letter"), &raw.letter, true, cx);
    let where_next = text(Name::field("where"), &raw.where_next, false, cx);
    Letter {
        note,
        caveats,
        letter,
        where_next,
    }
}

/// A text of the report: Markdown in a file, never drawn by the wizard, so characters of
/// uncertain width are allowed; `every_field` asks for each placeholder in both languages.
fn text(what: Name, raw: &S<RawText>, every_field: bool, cx: &mut Ctx) -> Text {
    let text = cx.checked_text(what, raw, false);
    let langs = [
        ("zh", &text.zh, &raw.get_ref().zh),
        ("en", &text.en, &raw.get_ref().en),
    ];
    for (code, value, raw_value) in langs {
        if let Some(raw_value) = raw_value {
            placeholders(what.lang(code), value, raw_value, every_field, cx);
        }
    }
    text
}

fn placeholders(what: Name, value: &str, raw: &S<String>, every_field: bool, cx: &mut Ctx) {
    let mut used = Vec::new();
    for (offset, piece) in pieces(value) {
        match piece {
            Piece::Literal(_) => {}
            Piece::Placeholder(name) => match Field::parse(name) {
                Some(field) => used.push(field),
                None => {
                    let at = place(cx, raw, &format!("{{{name}}}"));
                    cx.err_at(
                        at,
                        format!(
                            "{what} has an unknown placeholder {}: the placeholders are {}",
                            quote(&format!("{{{name}}}")),
                            field_list()
                        ),
                    );
                }
            },
            Piece::Stray(c) => {
                let at = place(cx, raw, &value[offset..]);
                cx.err_at(
                    at,
                    format!(
                        "{what} has a \"{c}\" that is not part of a placeholder; write \"{c}{c}\" for the brace itself"
                    ),
                );
            }
        }
    }
    if every_field {
        for field in Field::ALL.into_iter().filter(|f| !used.contains(f)) {
            cx.err(
                raw.span(),
                format!("{what} lacks the placeholder \"{{{}}}\"", field.name()),
            );
        }
    }
}

/// `{submitted_on}, {today}, …`, for messages.
fn field_list() -> String {
    let names: Vec<String> = Field::ALL
        .iter()
        .map(|f| format!("{{{}}}", f.name()))
        .collect();
    names.join(", ")
}

/// Where the value's text from `rest` on (up to the end of its line) stands in the file: found
/// in the value as written, or else the start of the value.
fn place(cx: &Ctx, raw: &S<String>, rest: &str) -> usize {
    let span = raw.span();
    let needle = rest.split('\n').next().unwrap_or(rest);
    cx.file()
        .src()
        .get(span.clone())
        .and_then(|written| written.find(needle))
        .map_or(span.start, |i| span.start + i)
}
