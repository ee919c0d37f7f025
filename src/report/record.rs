//! The case file in the report: the Markdown timeline section (every entry of
//! [`timeline::entries`], newest first), the letter's `{record}` (oldest first, as a letter
//! tells it), and which channel the letter is addressed to by default.

use std::fmt::Write as _;

use super::item_title;
use super::local_time;
use super::markdown::md;
use crate::case_names::confirmation_label;
use crate::checklist::StageId;
use crate::checklist::letter::ADDRESSED;
use crate::i18n::strings;
use crate::names::stage_name;
use crate::privacy;
use crate::session::Session;
use crate::text::{Lang, sanitize_line};
use crate::timeline::{self, Channel, Entry, Event, Evidence, Kind};
use crate::wizard::Model;

pub use crate::case_names::{channel_label as channel_name, kind_label as kind_name};

/// The channel a letter goes to when none is asked for: that of the latest complaint that
/// went to a channel a letter can be addressed to, else the platform.
pub fn default_channel(session: &Session) -> Channel {
    session
        .timeline
        .iter()
        .filter(|e| e.kind == Kind::Complaint)
        .filter_map(|e| Some((e.on, e.id, e.to.filter(|c| ADDRESSED.contains(c))?)))
        .max()
        .map_or(Channel::Platform, |(_, _, channel)| channel)
}

/// The line under the letter's heading naming its addressee, in `lang`.
pub fn addressed_line(channel: Channel, lang: Lang) -> String {
    (strings(lang).report.addressed_to)(channel_name(channel, lang))
}

/// `via: …; ticket: …; filed with: …; note: …` for an event, sanitized, with any secret
/// [`privacy::mask`] recognises masked (the session keeps it as typed), and escaped.
fn details(event: &Event, lang: Lang) -> Vec<String> {
    let words = &strings(lang).report;
    let mut parts = Vec::new();
    let text = |label: &str, value: &str| {
        let masked = privacy::mask(&sanitize_line(value));
        format!("{label}{}", md(&masked))
    };
    if !event.via.is_empty() {
        parts.push(text(words.via, &event.via));
    }
    if !event.reference.is_empty() {
        let name = crate::case_names::reference_label(event.kind, lang);
        parts.push(text(&(words.label)(name), &event.reference));
    }
    if let Some(to) = event.to {
        parts.push(format!("{}{}", words.to, channel_name(to, lang)));
    }
    if !event.note.is_empty() {
        parts.push(text(words.note, &event.note));
    }
    parts
}

/// `shot.png (12,345 bytes), SHA-256 …`: one evidence file.
fn evidence_line(e: &Evidence, lang: Lang) -> String {
    let name = md(&privacy::mask(&sanitize_line(e.name())));
    (strings(lang).report.evidence_line)(&name, e.size, &e.sha256)
}

/// The timeline section of the Markdown report: every entry, newest first, except the
/// confirmations of items the report leaves out everywhere (hidden by the answers, or gone
/// from the checklist).
pub fn markdown_timeline(out: &mut String, model: &Model) {
    let lang = model.lang();
    let words = &strings(lang).report;
    let _ = writeln!(out, "## {}\n", words.timeline);
    let mut entries = timeline::entries(&model.session, &model.tz);
    entries.retain(|entry| match entry {
        Entry::Confirmed { item, .. } => model
            .checklist
            .item(item)
            .is_some_and(|i| i.applies(model.answers())),
        _ => true,
    });
    if entries.is_empty() {
        let _ = writeln!(out, "{}\n", words.no_entries);
        return;
    }
    for entry in entries {
        let _ = writeln!(out, "{}", entry_line(model, &entry));
        if let Entry::Event(event) = entry {
            for e in &event.evidence {
                let _ = writeln!(out, "  - {}{}", words.evidence, evidence_line(e, lang));
            }
        }
    }
    out.push('\n');
}

fn entry_line(model: &Model, entry: &Entry) -> String {
    let lang = model.lang();
    let words = &strings(lang).report;
    match entry {
        Entry::Event(e) => {
            let mut parts = vec![kind_name(e.kind, lang).to_string()];
            if let Some(earlier) = e.replaces {
                parts[0].push_str(&crate::case_names::corrects(earlier.0, lang));
            }
            if let Some(later) = model.session.corrected_to(e) {
                parts[0].push_str(&crate::case_names::corrected_to(later.0, lang));
            }
            if let Some(item) = &e.item {
                let title = item.split_once('/').map_or(item.as_str(), |(_, i)| i);
                parts.push(format!(
                    "{}{}",
                    words.on_item,
                    md(&item_title(model, title))
                ));
            }
            parts.extend(details(e, lang));
            format!("- {} · {}", e.on.0, parts.join(words.sep))
        }
        Entry::Confirmed { stage, item, at } => {
            let confirmed = (words.label)(confirmation_label(stage, lang));
            let stage = StageId::parse(stage).map_or_else(
                || sanitize_line(stage),
                |id| stage_name(id, lang).to_string(),
            );
            let item = md(&item_title(model, item));
            let at = local_time(model, *at);
            let (open, close) = (words.paren_open, words.paren_close);
            format!("- {at} · {confirmed}{item}{open}{}{close}", md(&stage))
        }
        Entry::Override(o) => {
            let stage = StageId::parse(&o.stage).map_or_else(
                || sanitize_line(&o.stage),
                |id| stage_name(id, lang).to_string(),
            );
            let at = local_time(model, o.at.0);
            format!("- {at} · {}{}", words.override_entry, md(&stage))
        }
    }
}

/// What the letter's record lists besides the submission date: contacts, replies or
/// complaints, and evidence files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listed {
    pub contacts: bool,
    pub evidence: bool,
}

/// What [`letter_record`] lists for `session`.
pub fn listed(session: &Session) -> Listed {
    let listed = [Kind::Contacted, Kind::Reply, Kind::Complaint];
    Listed {
        contacts: (session.timeline.iter()).any(|e| listed.contains(&e.kind)),
        evidence: (session.timeline.iter()).any(|e| !e.evidence.is_empty()),
    }
}

/// The letter's `{record}` in `lang`, oldest first: the submission date, each contact, reply
/// and complaint with its date and details, then every evidence file with its SHA-256.
pub fn letter_record(model: &Model, lang: Lang) -> String {
    let words = &strings(lang).report;
    let mut out = String::new();
    if let Some(review) = model.session.review {
        let on = (words.date)(review.submitted_on.0);
        let _ = writeln!(out, "- {}{on}", words.record_submitted);
    }
    let mut events: Vec<&Event> = model.session.timeline.iter().collect();
    events.sort_by_key(|e| (e.on, e.id));
    let listed = [Kind::Contacted, Kind::Reply, Kind::Complaint];
    let mut any = false;
    for e in events.iter().filter(|e| listed.contains(&e.kind)) {
        any = true;
        let mut line = format!("- {}{}", (words.date)(e.on.0), words.record_date_sep);
        line.push_str(kind_name(e.kind, lang));
        let details = details(e, lang);
        if !details.is_empty() {
            let _ = write!(line, "{}{}", words.sep, details.join(words.sep));
        }
        let _ = writeln!(out, "{line}");
    }
    if !any {
        let _ = writeln!(out, "- {}", words.no_contacts);
    }
    let evidence: Vec<&Evidence> = events.iter().flat_map(|e| &e.evidence).collect();
    if !evidence.is_empty() {
        let _ = writeln!(out, "\n{}\n", words.record_evidence);
        for e in evidence {
            let _ = writeln!(out, "- {}", evidence_line(e, lang));
        }
    }
    out.trim_end().to_string()
}
