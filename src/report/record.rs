//! The case file in the report: the Markdown timeline section (every entry of
//! [`timeline::entries`], newest first), the letter's `{record}` (oldest first, as a letter
//! tells it), and which channel the letter is addressed to by default.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::markdown::md;
use super::strings::{PAREN_CLOSE, PAREN_OPEN, Pair, tr};
use super::{item_title, local_time, zh_date};
use crate::checklist::StageId;
use crate::checklist::letter::ADDRESSED;
use crate::names::stage_name;
use crate::privacy;
use crate::session::Session;
use crate::text::{Lang, sanitize_line};
use crate::timeline::{self, Channel, Entry, Event, Evidence, Kind};
use crate::wizard::Model;

const TIMELINE: Pair = ("时间线（最新的在前）", "Timeline (newest first)");
const NO_ENTRIES: Pair = ("还没有记录。", "Nothing recorded yet.");
const VIA: Pair = ("方式：", "via: ");
const TO: Pair = ("投诉渠道：", "filed with: ");
const NOTE: Pair = ("备注：", "note: ");
const ON_ITEM: Pair = ("关于：", "on: ");
const EVIDENCE: Pair = ("证据：", "evidence: ");
const SEP: Pair = ("；", "; ");
const CONFIRMED: Pair = ("已确认：", "confirmed: ");
const OVERRIDE: Pair = (
    "还有必需项未完成时仍然继续：",
    "continued anyway with required items open: ",
);
const RECORD_SUBMITTED: Pair = (
    "在 App 内提交注销申请：",
    "Deletion request submitted in the app: ",
);
const RECORD_EVIDENCE: Pair = (
    "证据文件（保存在我的电脑上，可提供；SHA-256 用于核对文件未被改动）：",
    "Evidence files (kept on my computer, available on request; the SHA-256 shows a file is unchanged):",
);
const NO_CONTACTS: Pair = (
    "此外没有联系平台或投诉的记录。",
    "No contact with the platform or complaint is recorded besides.",
);
const ADDRESSED_TO: Pair = (
    "收信方：{}（用 xhs-cancel export --to platform|12321|12315|miit|cac 可改为其他渠道）",
    "Addressed to: {} (xhs-cancel export --to platform|12321|12315|miit|cac addresses it elsewhere)",
);

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
    tr(lang, ADDRESSED_TO).replace("{}", channel_name(channel, lang))
}

/// A date as the report's text in `lang` writes it.
fn day(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Zh => zh_date(d),
        Lang::En => d.to_string(),
    }
}

/// `via: …; ticket: …; filed with: …; note: …` for an event, sanitized, with any secret
/// [`privacy::mask`] recognises masked (the session keeps it as typed), and escaped.
fn details(event: &Event, lang: Lang) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(earlier) = event.replaces {
        parts.push(
            crate::case_names::corrects(earlier.0, lang)
                .trim()
                .to_string(),
        );
    }
    let text = |label: Pair, value: &str| {
        let masked = privacy::mask(&sanitize_line(value));
        format!("{}{}", tr(lang, label), md(&masked))
    };
    if !event.via.is_empty() {
        parts.push(text(VIA, &event.via));
    }
    if !event.reference.is_empty() {
        let name = crate::case_names::reference_label(event.kind, lang);
        let label = match lang {
            Lang::Zh => format!("{name}："),
            Lang::En => format!("{name}: "),
        };
        let masked = privacy::mask(&sanitize_line(&event.reference));
        parts.push(format!("{label}{}", md(&masked)));
    }
    if let Some(to) = event.to {
        parts.push(format!("{}{}", tr(lang, TO), channel_name(to, lang)));
    }
    if !event.note.is_empty() {
        parts.push(text(NOTE, &event.note));
    }
    parts
}

/// `shot.png (12,345 bytes), SHA-256 …`: one evidence file.
fn evidence_line(e: &Evidence, lang: Lang) -> String {
    let name = md(&privacy::mask(&sanitize_line(e.name())));
    match lang {
        Lang::Zh => format!("{name}（{} 字节），SHA-256 `{}`", e.size, e.sha256),
        Lang::En => format!("{name} ({} bytes), SHA-256 `{}`", e.size, e.sha256),
    }
}

/// The timeline section of the Markdown report: every entry, newest first, except the
/// confirmations of items the report leaves out everywhere (hidden by the answers, or gone
/// from the checklist).
pub fn markdown_timeline(out: &mut String, model: &Model) {
    let lang = model.lang();
    let _ = writeln!(out, "## {}\n", tr(lang, TIMELINE));
    let mut entries = timeline::entries(&model.session, &model.tz);
    entries.retain(|entry| match entry {
        Entry::Confirmed { item, .. } => model
            .checklist
            .item(item)
            .is_some_and(|i| i.applies(model.answers())),
        _ => true,
    });
    if entries.is_empty() {
        let _ = writeln!(out, "{}\n", tr(lang, NO_ENTRIES));
        return;
    }
    for entry in entries {
        let _ = writeln!(out, "{}", entry_line(model, &entry));
        if let Entry::Event(event) = entry {
            for e in &event.evidence {
                let _ = writeln!(out, "  - {}{}", tr(lang, EVIDENCE), evidence_line(e, lang));
            }
        }
    }
    out.push('\n');
}

fn entry_line(model: &Model, entry: &Entry) -> String {
    let lang = model.lang();
    match entry {
        Entry::Event(e) => {
            let mut parts = vec![kind_name(e.kind, lang).to_string()];
            if let Some(item) = &e.item {
                let title = item.split_once('/').map_or(item.as_str(), |(_, i)| i);
                parts.push(format!(
                    "{}{}",
                    tr(lang, ON_ITEM),
                    md(&item_title(model, title))
                ));
            }
            parts.extend(details(e, lang));
            format!("- {} · {}", e.on.0, parts.join(tr(lang, SEP)))
        }
        Entry::Confirmed { stage, item, at } => {
            let stage = StageId::parse(stage).map_or_else(
                || sanitize_line(stage),
                |id| stage_name(id, lang).to_string(),
            );
            let item = md(&item_title(model, item));
            let at = local_time(model, *at);
            let (open, close) = (tr(lang, PAREN_OPEN), tr(lang, PAREN_CLOSE));
            format!(
                "- {at} · {}{item}{open}{}{close}",
                tr(lang, CONFIRMED),
                md(&stage)
            )
        }
        Entry::Override(o) => {
            let stage = StageId::parse(&o.stage).map_or_else(
                || sanitize_line(&o.stage),
                |id| stage_name(id, lang).to_string(),
            );
            let at = local_time(model, o.at.0);
            format!("- {at} · {}{}", tr(lang, OVERRIDE), md(&stage))
        }
    }
}

/// The letter's `{record}` in `lang`, oldest first: the submission date, each contact, reply
/// and complaint with its date and details, then every evidence file with its SHA-256.
pub fn letter_record(model: &Model, lang: Lang) -> String {
    let mut out = String::new();
    if let Some(review) = model.session.review {
        let on = day(review.submitted_on.0, lang);
        let _ = writeln!(out, "- {}{on}", tr(lang, RECORD_SUBMITTED));
    }
    let mut events: Vec<&Event> = model.session.timeline.iter().collect();
    events.sort_by_key(|e| (e.on, e.id));
    let listed = [Kind::Contacted, Kind::Reply, Kind::Complaint];
    let mut any = false;
    for e in events.iter().filter(|e| listed.contains(&e.kind)) {
        any = true;
        let mut line = format!("- {}{}", day(e.on.0, lang), tr(lang, ("，", ": ")));
        line.push_str(kind_name(e.kind, lang));
        let details = details(e, lang);
        if !details.is_empty() {
            let _ = write!(line, "{}{}", tr(lang, SEP), details.join(tr(lang, SEP)));
        }
        let _ = writeln!(out, "{line}");
    }
    if !any {
        let _ = writeln!(out, "- {}", tr(lang, NO_CONTACTS));
    }
    let evidence: Vec<&Evidence> = events.iter().flat_map(|e| &e.evidence).collect();
    if !evidence.is_empty() {
        let _ = writeln!(out, "\n{}\n", tr(lang, RECORD_EVIDENCE));
        for e in evidence {
            let _ = writeln!(out, "- {}", evidence_line(e, lang));
        }
    }
    out.trim_end().to_string()
}
