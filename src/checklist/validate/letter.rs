//! The checks of `letter.toml`: both languages of every text, no character a terminal would act
//! on, only known `{placeholders}` (and every one of them in the letter itself), caveats
//! whose `when` names questions and options `reasons.toml` has, and a `[to.<channel>]` for
//! each channel a letter can be addressed to and the optional `[enclosed]`, both using only
//! the plain placeholders.

use std::collections::BTreeMap;

use super::super::letter::{ADDRESSED, Caveat, Enclosed, Field, Letter, Piece, To, pieces};
use super::super::raw::{RawEnclosed, RawLetter, RawText, RawTo, S};
use super::{Ctx, Known, Name, conditions};
use crate::text::{Text, quote};
use crate::timeline::Channel;

/// Which placeholders a text may or must use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Uses {
    /// Any known one (the note, caveats, where to complain next).
    Any,
    /// Every one, in both languages (the letter).
    Every,
    /// Only the plain ones ([`Field::plain`]): a channel's texts go into the letter.
    Plain,
}

pub(super) fn letter(raw: &RawLetter, known: &Known, cx: &mut Ctx) -> Letter {
    let note = text(Name::field("note"), &raw.note, Uses::Any, cx);
    let caveats = raw
        .caveats
        .iter()
        .map(|c| Caveat {
            when: (c.when.as_ref())
                .map(|w| conditions(w, known, cx))
                .unwrap_or_default(),
            text: text(Name::field("caveats.text"), &c.text, Uses::Any, cx),
        })
        .collect();
    let letter = text(Name::field("letter"), &raw.letter, Uses::Every, cx);
    let where_next = text(Name::field("where"), &raw.where_next, Uses::Any, cx);
    Letter {
        note,
        caveats,
        letter,
        where_next,
        to: channels(&raw.to, cx),
        enclosed: raw.enclosed.as_ref().map(|e| enclosed(e.get_ref(), cx)),
    }
}

/// The `[enclosed]` sentences, using only the plain placeholders as a channel's texts do.
fn enclosed(raw: &RawEnclosed, cx: &mut Ctx) -> Enclosed {
    Enclosed {
        both: text(Name::field("enclosed.both"), &raw.both, Uses::Plain, cx),
        contacts: text(
            Name::field("enclosed.contacts"),
            &raw.contacts,
            Uses::Plain,
            cx,
        ),
        evidence: text(
            Name::field("enclosed.evidence"),
            &raw.evidence,
            Uses::Plain,
            cx,
        ),
    }
}

/// The `[to.<channel>]` tables: each a channel a letter can be addressed to, all of those there.
fn channels(raw: &BTreeMap<String, S<RawTo>>, cx: &mut Ctx) -> BTreeMap<Channel, To> {
    let mut to = BTreeMap::new();
    for (id, texts) in raw {
        let Some(channel) = Channel::parse(id).filter(|c| ADDRESSED.contains(c)) else {
            cx.err(
                texts.span(),
                format!(
                    "[to.{}] is not a channel a letter is addressed to: they are {}",
                    quote(id),
                    addressed_list()
                ),
            );
            continue;
        };
        let t = texts.get_ref();
        let field = |f| Name::of("to", id, f);
        let texts = To {
            addressee: text(field("addressee"), &t.addressee, Uses::Plain, cx),
            ask: text(field("ask"), &t.ask, Uses::Plain, cx),
            closing: text(field("closing"), &t.closing, Uses::Plain, cx),
        };
        to.insert(channel, texts);
    }
    for channel in ADDRESSED.into_iter().filter(|c| !to.contains_key(c)) {
        cx.err(
            0..0,
            format!("letter.toml lacks [to.{}]", quote(channel.as_str())),
        );
    }
    to
}

/// `"platform", "12321", …`, for messages.
fn addressed_list() -> String {
    let names: Vec<String> = ADDRESSED.iter().map(|c| quote(c.as_str())).collect();
    names.join(", ")
}

/// A text of the report: Markdown in a file, never drawn by the wizard, so characters of
/// uncertain width are allowed; `uses` says which placeholders it may or must hold.
fn text(what: Name, raw: &S<RawText>, uses: Uses, cx: &mut Ctx) -> Text {
    let text = cx.checked_text(what, raw, false);
    let langs = [
        ("zh", &text.zh, &raw.get_ref().zh),
        ("en", &text.en, &raw.get_ref().en),
    ];
    for (code, value, raw_value) in langs {
        if let Some(raw_value) = raw_value {
            placeholders(what.lang(code), value, raw_value, uses, cx);
        }
    }
    text
}

fn placeholders(what: Name, value: &str, raw: &S<String>, uses: Uses, cx: &mut Ctx) {
    let mut used = Vec::new();
    for (offset, piece) in pieces(value) {
        match piece {
            Piece::Literal(_) => {}
            Piece::Placeholder(name) => match Field::parse(name) {
                Some(field) if uses == Uses::Plain && !field.plain() => {
                    let at = place(cx, raw, &format!("{{{name}}}"));
                    cx.err_at(
                        at,
                        format!(
                            "{what} cannot use {}: a channel's texts take only the dates and counts",
                            quote(&format!("{{{name}}}"))
                        ),
                    );
                }
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
    if uses == Uses::Every {
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
