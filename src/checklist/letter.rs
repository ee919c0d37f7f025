//! The complaint letter's content from `letter.toml`: its texts, the caveats shown for some
//! answers, and the `{placeholder}` fields the program fills in.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::Text;
use crate::timeline::Channel;

/// A value the program fills into the letter's texts, written `{name}` in `letter.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    /// The local date the deletion request was submitted: day 0.
    SubmittedOn,
    /// The local date the report is made.
    Today,
    /// Days since the submission.
    CalendarDays,
    /// Working days since the submission, not counting its day.
    WorkingDays,
    /// The limit in working days ([`crate::calendar::REVIEW_LIMIT_WORKING_DAYS`]).
    Limit,
    /// The last day of the limit.
    Deadline,
    /// What the count assumed for a year without a published notice, or nothing.
    Clause,
    /// The chosen channel's `addressee` from `[to.<channel>]`: who the letter is to, and its
    /// subject.
    Addressee,
    /// The chosen channel's `ask`: the sentence before the rules.
    Ask,
    /// The chosen channel's `closing`: the requests and what follows.
    Closing,
    /// The case record the program writes from the timeline: the submission date, every
    /// contact and reply with dates and ticket numbers, the complaints filed, and the evidence
    /// files with their SHA-256 (see [`crate::report`]).
    Record,
}

impl Field {
    /// Every field, in the order messages list them.
    pub const ALL: [Field; 11] = [
        Field::SubmittedOn,
        Field::Today,
        Field::CalendarDays,
        Field::WorkingDays,
        Field::Limit,
        Field::Deadline,
        Field::Clause,
        Field::Addressee,
        Field::Ask,
        Field::Closing,
        Field::Record,
    ];

    /// The fields a `[to.<channel>]` text may use: the ones with plain values, not the
    /// channel's own texts or the record.
    pub fn plain(self) -> bool {
        !matches!(
            self,
            Field::Addressee | Field::Ask | Field::Closing | Field::Record
        )
    }

    /// The name written between braces.
    pub fn name(self) -> &'static str {
        match self {
            Field::SubmittedOn => "submitted_on",
            Field::Today => "today",
            Field::CalendarDays => "calendar_days",
            Field::WorkingDays => "working_days",
            Field::Limit => "limit",
            Field::Deadline => "deadline",
            Field::Clause => "clause",
            Field::Addressee => "addressee",
            Field::Ask => "ask",
            Field::Closing => "closing",
            Field::Record => "record",
        }
    }

    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// One piece of a text with placeholders, at a byte offset into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text written as it is (`{{` and `}}` give one brace each).
    Literal(&'a str),
    /// `{name}`: a placeholder, known or not.
    Placeholder(&'a str),
    /// A `{` or `}` that neither starts a placeholder nor is doubled.
    Stray(char),
}

/// Splits `text` into its pieces, each with its byte offset. A placeholder's name is one or
/// more of `a-z` and `_`.
pub fn pieces(text: &str) -> Vec<(usize, Piece<'_>)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'{' && b != b'}' {
            i += 1;
            continue;
        }
        if start < i {
            out.push((start, Piece::Literal(&text[start..i])));
        }
        let (piece, len) = brace(&text[i..]);
        out.push((i, piece));
        i += len;
        start = i;
    }
    if start < text.len() {
        out.push((start, Piece::Literal(&text[start..])));
    }
    out
}

/// The piece `rest` starts with (at a brace) and its length in bytes.
fn brace(rest: &str) -> (Piece<'_>, usize) {
    if rest.starts_with("{{") {
        return (Piece::Literal("{"), 2);
    }
    if rest.starts_with("}}") {
        return (Piece::Literal("}"), 2);
    }
    if rest.starts_with('{')
        && let Some(end) = rest.find('}')
    {
        let name = &rest[1..end];
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return (Piece::Placeholder(name), end + 1);
        }
    }
    (Piece::Stray(rest.as_bytes()[0] as char), 1)
}

/// `text` with every known placeholder replaced by `value(field)`; anything else is kept as
/// written (a validated text has nothing else).
pub fn fill(text: &str, value: impl Fn(Field) -> String) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for (_, piece) in pieces(text) {
        match piece {
            Piece::Literal(s) => out.push_str(s),
            Piece::Placeholder(name) => match Field::parse(name) {
                Some(field) => out.push_str(&value(field)),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Stray(c) => out.push(c),
        }
    }
    out
}

/// A paragraph added to the letter's note for some answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caveat {
    /// Question id and the options under which the caveat is shown.
    pub when: Vec<(String, Vec<String>)>,
    pub text: Text,
}

impl Caveat {
    /// A caveat is shown only when every question it names has been answered with one of the
    /// options it lists: unlike an item, it says nothing until the answers call for it.
    /// `answers` maps a question id to the options chosen.
    pub fn applies(&self, answers: &BTreeMap<String, Vec<String>>) -> bool {
        self.when.iter().all(|(question, options)| {
            answers
                .get(question)
                .is_some_and(|chosen| chosen.iter().any(|c| options.contains(c)))
        })
    }
}

/// The complaint letter draft, validated: its texts hold only known placeholders, and both
/// languages of `letter` hold every one of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// How to use the letter, shown in the report's language.
    pub note: Text,
    /// Paragraphs after the note, each for the answers its `when` names.
    pub caveats: Vec<Caveat>,
    /// The letter: the Chinese original is sent; the English translation follows it.
    pub letter: Text,
    /// Where to complain next, shown in the report's language.
    pub where_next: Text,
    /// The channel-specific texts, one set for each of [`ADDRESSED`].
    pub to: BTreeMap<Channel, To>,
    /// The sentence after the closing that offers what the record lists; `None` when
    /// `letter.toml` has no `[enclosed]`.
    pub enclosed: Option<Enclosed>,
}

/// The sentence after the letter's closing that offers the contacts and evidence files the
/// record lists (`[enclosed]` in `letter.toml`), one for each case; with neither in the record
/// there is no such sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enclosed {
    /// The record lists contacts (or complaints) and evidence files.
    pub both: Text,
    /// It lists contacts (or complaints) only.
    pub contacts: Text,
    /// It lists evidence files only.
    pub evidence: Text,
}

/// The channels a letter can be addressed to (`export --to`): every [`Channel`] but a court.
pub const ADDRESSED: [Channel; 5] = [
    Channel::Platform,
    Channel::Report12321,
    Channel::Consumer12315,
    Channel::Miit,
    Channel::Cac,
];

/// What changes with the letter's addressee (`[to.<channel>]` in `letter.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct To {
    /// Who the letter is to, and its subject: `{addressee}`.
    pub addressee: Text,
    /// The sentence before the rules: `{ask}`.
    pub ask: Text,
    /// The requests and what follows them: `{closing}`.
    pub closing: Text,
}

#[cfg(test)]
mod tests {
    use super::{Field, Piece, fill, pieces};

    #[test]
    fn pieces_tell_placeholders_from_escaped_and_stray_braces() {
        assert_eq!(
            pieces("a {today} {{b}} {x-y} }"),
            [
                (0, Piece::Literal("a ")),
                (2, Piece::Placeholder("today")),
                (9, Piece::Literal(" ")),
                (10, Piece::Literal("{")),
                (12, Piece::Literal("b")),
                (13, Piece::Literal("}")),
                (15, Piece::Literal(" ")),
                (16, Piece::Stray('{')),
                (17, Piece::Literal("x-y")),
                (20, Piece::Stray('}')),
                (21, Piece::Literal(" ")),
                (22, Piece::Stray('}')),
            ]
        );
    }

    #[test]
    fn adjacent_placeholders_leave_no_empty_literal_and_the_text_after_them_is_kept() {
        assert_eq!(
            pieces("{a}{b}."),
            [
                (0, Piece::Placeholder("a")),
                (3, Piece::Placeholder("b")),
                (6, Piece::Literal(".")),
            ]
        );
    }

    #[test]
    fn fill_replaces_known_placeholders_only() {
        let filled = fill("截至{today}，{limit} {{x}} {other}", |f| match f {
            Field::Today => "2026年11月28日".to_string(),
            f => f.name().to_uppercase(),
        });
        assert_eq!(filled, "截至2026年11月28日，LIMIT {x} {other}");
    }
}
