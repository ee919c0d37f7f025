//! `xhs-cancel log`'s output: the timeline as text for people (in the session's language) and
//! as a stable JSON array for scripts. Notes, paths and ids from the session file are
//! sanitized here, where they enter the output.

use std::fmt::Write as _;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;

use super::words::{bytes, channel_label, kind_label, log, short_hash};
use crate::case_names::{FieldName, confirmation_label, field_label};
use crate::checklist::{Checklist, StageId};
use crate::names::stage_name;
use crate::session::{Day, Override, Session};
use crate::text::{Lang, clean_json, sanitize, sanitize_line};
use crate::timeline::{self, Entry, Event};

/// The session's timeline as text, newest first; a line saying so when there is nothing in it.
pub fn text(lang: Lang, checklist: &Checklist, session: &Session, tz: &TimeZone) -> String {
    let l = log(lang);
    let entries = timeline::entries(session, tz);
    if entries.is_empty() {
        return format!("{}\n", l.empty);
    }
    let mut out = l.heading.to_string();
    for entry in entries {
        match entry {
            Entry::Event(e) => event(&mut out, lang, checklist, e, session.corrected_to(e)),
            Entry::Confirmed { stage, item, at } => {
                let title = item_title(lang, checklist, item);
                let _ = writeln!(
                    out,
                    "{}  {}{title}{}",
                    local(at, tz),
                    (l.label)(confirmation_label(stage, lang)),
                    paren(lang, &stage_title(lang, stage))
                );
            }
            Entry::Override(o) => override_line(&mut out, lang, checklist, o, tz),
        }
    }
    out
}

/// `工单号：` / `ticket: ` (`受理编号：` / `reference: ` for a complaint).
fn reference(lang: Lang, kind: crate::timeline::Kind) -> String {
    (log(lang).label)(crate::case_names::reference_label(kind, lang))
}

/// `方式：` / `via: `: a field's name as the start of its line.
fn label(lang: Lang, field: FieldName) -> String {
    (log(lang).label)(field_label(field, lang))
}

/// `（text）` / ` (text)`.
fn paren(lang: Lang, text: &str) -> String {
    (log(lang).paren)(text)
}

/// `2026-11-28 14:03` in `tz`.
fn local(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned_datetime(tz.clone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// An item's title in `lang`, or its (sanitized) id when the checklists no longer have it.
fn item_title(lang: Lang, checklist: &Checklist, id: &str) -> String {
    checklist
        .item(id)
        .map_or_else(|| sanitize_line(id), |i| i.title.get(lang).to_string())
}

/// A stage's short name, or its (sanitized) id when there is no such stage.
fn stage_title(lang: Lang, id: &str) -> String {
    StageId::parse(id).map_or_else(|| sanitize_line(id), |s| stage_name(s, lang).to_string())
}

/// One event, its head marked with the date it corrects and the date it was `corrected` to.
fn event(out: &mut String, lang: Lang, checklist: &Checklist, e: &Event, corrected: Option<Day>) {
    let mut head = format!("#{} {}", e.id, kind_label(e.kind, lang));
    if let Some(earlier) = e.replaces {
        head.push_str(&crate::case_names::corrects(earlier.0, lang));
    }
    if let Some(later) = corrected {
        head.push_str(&crate::case_names::corrected_to(later.0, lang));
    }
    if let Some(to) = e.to {
        head.push_str(&format!(" → {}", channel_label(to, lang)));
    }
    let _ = writeln!(out, "{:<16}  {head}", e.on.0.to_string());
    let indent = " ".repeat(18);
    let fields = [
        (label(lang, FieldName::Via), &e.via),
        (reference(lang, e.kind), &e.reference),
    ];
    for (label, value) in fields.into_iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(out, "{indent}{label}{}", sanitize_line(value));
    }
    if let Some((_, item)) = e.item.as_deref().and_then(|i| i.split_once('/')) {
        let title = item_title(lang, checklist, item);
        let _ = writeln!(out, "{indent}{}{title}", label(lang, FieldName::Item));
    }
    for line in sanitize(&e.note).lines() {
        let _ = writeln!(out, "{indent}{line}");
    }
    for f in &e.evidence {
        let about = (log(lang).evidence_about)(&bytes(lang, f.size), short_hash(&f.sha256));
        let _ = writeln!(
            out,
            "{indent}{}{}{}",
            label(lang, FieldName::Evidence),
            sanitize_line(f.name()),
            paren(lang, &about)
        );
    }
}

fn override_line(out: &mut String, lang: Lang, checklist: &Checklist, o: &Override, tz: &TimeZone) {
    let open: Vec<String> = o
        .open
        .iter()
        .map(|id| item_title(lang, checklist, id))
        .collect();
    let line = (log(lang).continued)(&stage_title(lang, &o.stage), &open);
    let _ = writeln!(out, "{}  {line}", local(o.at.0, tz));
}

/// One entry of `log --format json`. Every field is always present (`null` when it does not
/// apply, as the README documents: where the export writes `""`, this writes `null`), so
/// scripts can rely on the shape; see the README for each field.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum JsonEntry {
    Event {
        id: u32,
        kind: &'static str,
        /// `YYYY-MM-DD`, the local day it happened.
        date: String,
        /// RFC 3339, when it was written down.
        recorded: String,
        via: Option<String>,
        reference: Option<String>,
        to: Option<&'static str>,
        note: Option<String>,
        /// `stage/item`.
        item: Option<String>,
        evidence: Vec<JsonEvidence>,
        /// For `submitted`: the earlier submission date (`YYYY-MM-DD`) this one corrects.
        replaces: Option<String>,
        /// For `submitted`: the date (`YYYY-MM-DD`) a later entry corrected this one to.
        corrected_to: Option<String>,
    },
    Confirmed {
        date: String,
        at: String,
        stage: String,
        item: String,
        title: String,
    },
    Override {
        date: String,
        at: String,
        stage: String,
        open: Vec<JsonItem>,
    },
}

/// An evidence file as recorded.
#[derive(Debug, Serialize)]
pub struct JsonEvidence {
    pub path: String,
    /// Bytes.
    pub size: u64,
    /// RFC 3339, or `null` when the system reported none.
    pub modified: Option<String>,
    pub sha256: String,
}

/// An item by id, with its title in the session's language.
#[derive(Debug, Serialize)]
pub struct JsonItem {
    pub id: String,
    pub title: String,
}

/// The session's timeline as a JSON array, newest first, ending in a newline. Text from the
/// session is cleaned as `export --format json` cleans it (one-line values with
/// [`sanitize_line`], notes with [`sanitize`]), and [`clean_json`] writes it.
pub fn json(lang: Lang, checklist: &Checklist, session: &Session, tz: &TimeZone) -> String {
    let all: Vec<JsonEntry> = timeline::entries(session, tz)
        .iter()
        .map(|e| json_entry(lang, checklist, session, e, tz))
        .collect();
    clean_json(&all)
}

fn json_entry(
    lang: Lang,
    checklist: &Checklist,
    session: &Session,
    entry: &Entry,
    tz: &TimeZone,
) -> JsonEntry {
    let date = entry.when(tz).0.to_string();
    match *entry {
        Entry::Event(e) => json_event(session, e, date),
        Entry::Confirmed { stage, item, at } => JsonEntry::Confirmed {
            date,
            at: crate::session::json_time(at),
            stage: sanitize_line(stage),
            item: sanitize_line(item),
            title: item_title(lang, checklist, item),
        },
        Entry::Override(o) => JsonEntry::Override {
            date,
            at: crate::session::json_time(o.at.0),
            stage: sanitize_line(&o.stage),
            open: o
                .open
                .iter()
                .map(|id| JsonItem {
                    id: sanitize_line(id),
                    title: item_title(lang, checklist, id),
                })
                .collect(),
        },
    }
}

/// An event's entry; a text field that is empty once cleaned is `null`.
fn json_event(session: &Session, e: &Event, date: String) -> JsonEntry {
    let some = |s: String| (!s.is_empty()).then_some(s);
    JsonEntry::Event {
        id: e.id,
        kind: e.kind.as_str(),
        date,
        recorded: crate::session::json_time(e.recorded.0),
        via: some(sanitize_line(&e.via)),
        reference: some(sanitize_line(&e.reference)),
        to: e.to.map(|c| c.as_str()),
        note: some(sanitize(&e.note)),
        item: e.item.as_deref().map(sanitize_line),
        evidence: (e.evidence.iter())
            .map(|f| JsonEvidence {
                path: sanitize_line(&f.path),
                size: f.size,
                modified: f.modified.map(|m| m.0.to_string()),
                sha256: sanitize_line(&f.sha256),
            })
            .collect(),
        replaces: e.replaces.map(|d| d.0.to_string()),
        corrected_to: session.corrected_to(e).map(|d| d.0.to_string()),
    }
}
