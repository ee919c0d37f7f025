//! Every line the `log` commands print and every way they refuse, from [`crate::i18n`]. Values
//! from outside the program (typed arguments, paths, notes) are sanitized where they enter a
//! message; a note or a secret is never echoed in an error.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::cli::messages::quoted;
use crate::evidence::Check;
use crate::evidence::EvidenceError;
use crate::i18n::strings;
use crate::privacy::SecretKind;
use crate::text::{Lang, sanitize_line};
use crate::timeline::{Channel, Event, Kind};

pub use crate::case_names::{channel_label, kind_label};

/// The strings of `log` in `lang`.
pub(super) fn log(lang: Lang) -> &'static crate::i18n::Log {
    &strings(lang).cli.log
}

/// `#3 联系客服，2026-11-20` / `#3 contacted customer service, 2026-11-20`.
pub fn event_head(lang: Lang, event: &Event) -> String {
    (log(lang).event_head)(event.id, kind_label(event.kind, lang), event.on.0)
}

/// The first 12 hex digits of a SHA-256: enough to tell files apart by eye.
pub fn short_hash(sha256: &str) -> &str {
    sha256.get(..12).unwrap_or(sha256)
}

/// `3 字节` / `3 bytes`.
pub fn bytes(lang: Lang, n: u64) -> String {
    (log(lang).bytes)(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `--note`, `--via`, `--ref`: the field of a typed event, as its option.
pub fn field_option(field: &str) -> &'static str {
    match field {
        "via" => "--via",
        "reference" => "--ref",
        _ => "--note",
    }
}

/// The labels of what the privacy guard found, each once, joined.
fn found(lang: Lang, kinds: &[SecretKind]) -> String {
    let mut labels: Vec<&str> = Vec::new();
    for kind in kinds {
        let label = kind.label(lang);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join(strings(lang).cli.list_separator)
}

/// The line after adding an event whose field was masked.
pub fn masked(lang: Lang, field: &'static str, kinds: &[SecretKind]) -> String {
    (log(lang).masked)(field_option(field), &found(lang, kinds))
}

/// Why a `log` command was refused or failed.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text(Lang::En))]
pub enum LogError {
    /// A kind that is not one of [`Kind::ADDABLE`], with the nearest one when it looks like a typo.
    UnknownKind {
        value: String,
        suggestion: Option<&'static str>,
    },
    /// A `--to` that is not one of [`Channel::ALL`].
    UnknownChannel {
        value: String,
        suggestion: Option<&'static str>,
    },
    /// A `--date` that is not `YYYY-MM-DD`.
    BadDate { value: String },
    /// A date after `today` (local).
    FutureDate { on: Date, today: Date },
    /// A date before [`crate::wizard::EARLIEST`].
    TooEarly(Date),
    /// `field` (`note`, `via`, `reference`) is `chars` characters long; `max` are kept.
    TooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    /// A complaint without `--to`.
    NoChannel,
    /// `--to` with a kind other than a complaint.
    StrayChannel { kind: Kind },
    /// More than [`crate::timeline::MAX_EVIDENCE`] files.
    TooMuchEvidence { count: usize },
    /// Any other reason the timeline refuses the event.
    Rejected(crate::timeline::EventProblem),
    /// An `--item` that names no item of the checklists (`STAGE/ITEM`).
    UnknownItem { value: String },
    /// A `--file` that [`crate::evidence::record`] refused: missing, unreadable, not a
    /// regular file (a folder, a FIFO), too large, or a path that is not Unicode.
    File {
        path: PathBuf,
        #[source]
        source: EvidenceError,
    },
    /// The privacy guard found something in `field`; the finding is never echoed.
    Sensitive {
        field: &'static str,
        kinds: Vec<SecretKind>,
    },
    /// `log remove` with a number no event has (or not a number), as typed.
    NoEvent { value: String },
    /// `log verify` found `bad` of `total` files missing, changed or unreadable.
    NotVerified { bad: usize, total: usize },
}

impl LogError {
    /// The exit code: 1 when `log verify` found a file missing or changed, else 2 (the input
    /// is refused).
    pub fn code(&self) -> u8 {
        match self {
            LogError::NotVerified { .. } => crate::cli::exit::RUNTIME,
            _ => crate::cli::exit::INVALID,
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use LogError as E;
        let l = log(lang);
        match self {
            E::Rejected(problem) => (l.rejected)(&problem.to_string()),
            E::UnknownKind { value, suggestion } => {
                (l.unknown_kind)(&quoted(value), &kinds(lang)) + &did_you_mean(lang, *suggestion)
            }
            E::UnknownChannel { value, suggestion } => {
                (l.unknown_channel)(&quoted(value), &channels(lang))
                    + &did_you_mean(lang, *suggestion)
            }
            E::BadDate { value } => (strings(lang).cli.usage.bad_date)(&quoted(value)),
            E::FutureDate { on, today } => (l.in_future)(*on, *today),
            E::TooEarly(on) => (l.too_early)(*on),
            E::TooLong { field, chars, max } => (l.too_long)(field_option(field), *chars, *max),
            E::NoChannel => (l.no_channel)(&channels(lang)),
            E::StrayChannel { kind } => (l.stray_channel)(&quoted(kind.as_str())),
            E::TooMuchEvidence { count } => {
                (l.too_much_evidence)(*count, crate::timeline::MAX_EVIDENCE)
            }
            E::UnknownItem { value } => (l.unknown_item)(&quoted(value)),
            E::File { source, .. } => source.text(lang),
            E::Sensitive { field, kinds } => {
                (l.sensitive)(field_option(field), &found(lang, kinds))
            }
            E::NoEvent { value } => (l.no_event)(&quoted(value)),
            E::NotVerified { bad, total } => (l.not_verified)(*bad, *total),
        }
    }
}

/// `; did you mean "s"?` after a refused name, or nothing.
fn did_you_mean(lang: Lang, suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| {
        (strings(lang).cli.did_you_mean)(&quoted(s))
    })
}

/// The kinds `log add` takes, as a list.
pub(in crate::cli) fn kinds(lang: Lang) -> String {
    let ids: Vec<&str> = Kind::ADDABLE.iter().map(|k| k.as_str()).collect();
    crate::cli::messages::one_of(lang, &ids)
}

/// The channels `--to` takes, as a list.
fn channels(lang: Lang) -> String {
    let ids: Vec<&str> = Channel::ALL.iter().map(|c| c.as_str()).collect();
    crate::cli::messages::one_of(lang, &ids)
}

/// What `log add` prints: the event, and each evidence file with its size and SHA-256 prefix.
pub fn added(lang: Lang, event: &Event) -> String {
    let mut text = log(lang).added.to_string() + &event_head(lang, event);
    for f in &event.evidence {
        text.push('\n');
        text.push_str(&evidence_line(lang, f));
    }
    text
}

/// `  证据：shot.png（3 字节，SHA-256 ba7816bf8f01）` / `  evidence: shot.png (3 bytes, …)`.
fn evidence_line(lang: Lang, f: &crate::timeline::Evidence) -> String {
    let (name, size) = (sanitize_line(f.name()), bytes(lang, f.size));
    (log(lang).evidence_line)(&name, &size, short_hash(&f.sha256))
}

/// `log verify` when no event names a file.
pub fn no_evidence(lang: Lang) -> &'static str {
    log(lang).no_evidence
}

/// `log verify`'s line for one file.
pub fn checked(lang: Lang, event: &Event, f: &crate::timeline::Evidence, check: &Check) -> String {
    let l = log(lang);
    let at = format!("#{} {}", event.id, quoted(&f.path));
    match check {
        Check::Unchanged => (l.unchanged)(&at),
        Check::Changed { size, sha256 } => (l.changed)(
            &at,
            &bytes(lang, f.size),
            short_hash(&f.sha256),
            &bytes(lang, *size),
            short_hash(sha256),
        ),
        Check::Missing => (l.missing)(&at),
        Check::Unreadable(why) => (l.unreadable)(&at, &sanitize_line(why)),
    }
}

/// `log verify`'s last line when every file is unchanged.
pub fn all_unchanged(lang: Lang, total: usize) -> String {
    (log(lang).all_unchanged)(total)
}

/// `log remove`'s question.
pub fn remove_question(lang: Lang, event: &Event) -> String {
    (log(lang).remove_question)(&event_head(lang, event))
}

/// `log remove`'s line once it is done.
pub fn removed(lang: Lang, event: &Event) -> String {
    let l = log(lang);
    let mut text = (l.removed)(&event_head(lang, event));
    if event.kind == Kind::Submitted {
        text.push_str(l.submission_kept);
    }
    text
}
