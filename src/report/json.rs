//! The JSON export: the [`Export`] schema (version [`JSON_VERSION`]) and [`json`], its
//! pretty-printed text.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::Timestamp;
use serde::Serialize;

use super::{clock, shown_items};
use crate::privacy::mask;
use crate::text::{Lang, clean_json, sanitize, sanitize_line};
use crate::timeline::Event;
use crate::wizard::Model;

/// The version of the JSON schema; raised only when a field changes meaning or disappears.
pub const JSON_VERSION: u32 = 2;

/// The JSON export, schema version [`JSON_VERSION`]. Field names and meanings are stable;
/// scripts may rely on them.
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    pub version: u32,
    pub checklist: ChecklistInfo,
    /// The saved session this report is of; `null` when nothing is saved, and every field
    /// below then describes a fresh start.
    pub session: Option<SessionExport>,
    /// `"zh"` or `"en"`: the language of the item titles below.
    pub lang: Lang,
    /// The current stage's id.
    pub stage: &'static str,
    /// Question id → the option ids chosen (one at most for a single-choice question), for
    /// the questions and options the checklist has. A list since schema version 2.
    pub answers: BTreeMap<String, Vec<String>>,
    /// Every stage, in the checklist's order.
    pub stages: Vec<StageExport>,
    /// Each "continue anyway" past a gate, oldest first.
    pub overrides: Vec<OverrideExport>,
    /// `null` until the submit step is confirmed. Once an `outcome` is recorded its counts run
    /// up to the outcome's date and `overdue` is false.
    pub review: Option<ReviewExport>,
    /// How the current review ended, as recorded: the latest `gone` or `cancelled` event on
    /// or after `review.submitted_on`; `null` while it runs (added in schema version 2 without
    /// changing it).
    pub outcome: Option<OutcomeExport>,
    /// The case file's events, oldest first as recorded (added in schema version 2 without
    /// changing it: nothing was removed or redefined). Confirmations and overrides are above.
    pub timeline: Vec<EventExport>,
}

/// One timeline event.
#[derive(Debug, Clone, Serialize)]
pub struct EventExport {
    /// Unique within the session, never reused.
    pub id: u32,
    /// `submitted`, `contacted`, `reply`, `complaint`, `cancelled`, `gone`, `note` or `cleared`.
    pub kind: &'static str,
    /// `YYYY-MM-DD`: the local date it happened.
    pub on: String,
    /// RFC 3339 in UTC: when it was written down.
    pub recorded: String,
    /// How the platform was contacted; `""` when not given.
    pub via: String,
    /// The ticket or conversation number; `""` when not given.
    pub reference: String,
    /// For a complaint: `platform`, `12321`, `12315`, `miit`, `cac` or `court`; else `null`.
    pub to: Option<&'static str>,
    /// Free text as entered (control characters removed); `""` when none.
    pub note: String,
    /// `stage/item` for a note on a checklist item, else `null`.
    pub item: Option<String>,
    pub evidence: Vec<EvidenceExport>,
}

/// A file named as proof, as it was when recorded.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceExport {
    /// The absolute path as recorded.
    pub path: String,
    /// The file name alone.
    pub name: String,
    /// Bytes.
    pub size: u64,
    /// RFC 3339 in UTC, or `null` when the system gave none.
    pub modified: Option<String>,
    /// 64 lowercase hex digits.
    pub sha256: String,
}

impl EventExport {
    /// The event for export, its free text masked where the privacy guard recognises a secret
    /// (the session keeps it as typed; an export may travel).
    fn new(e: &Event) -> EventExport {
        EventExport {
            id: e.id,
            kind: e.kind.as_str(),
            on: e.on.0.to_string(),
            recorded: rfc3339(e.recorded.0),
            via: mask(&sanitize_line(&e.via)),
            reference: mask(&sanitize_line(&e.reference)),
            to: e.to.map(|c| c.as_str()),
            note: mask(&sanitize(&e.note)),
            item: e.item.as_deref().map(sanitize_line),
            evidence: (e.evidence.iter())
                .map(|f| EvidenceExport {
                    path: mask(&sanitize_line(&f.path)),
                    name: mask(&sanitize_line(f.name())),
                    size: f.size,
                    modified: f.modified.map(|m| rfc3339(m.0)),
                    sha256: sanitize_line(&f.sha256),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionExport {
    /// The path of `session.toml`, sanitized for the terminal.
    pub file: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChecklistInfo {
    pub title: TitleExport,
    /// `YYYY-MM-DD`: when the checklist's sources were last checked.
    pub verified: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TitleExport {
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageExport {
    pub id: &'static str,
    /// Confirmed items among `items`.
    pub done: usize,
    /// The number of `items`: those shown for the answers.
    pub total: usize,
    pub items: Vec<ItemExport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemExport {
    pub id: String,
    /// In the language `lang` names.
    pub title: String,
    pub confirmed: bool,
    /// RFC 3339 in UTC (`2026-11-28T09:30:00Z`), or `null`.
    pub confirmed_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OverrideExport {
    pub stage: String,
    /// RFC 3339 in UTC.
    pub at: String,
    /// The ids of the required items still open at that moment.
    pub open: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewExport {
    /// `YYYY-MM-DD`, the local date of submission: day 0.
    pub submitted_on: String,
    /// Days since submission (0 when `submitted_in_future`).
    pub calendar_days: i32,
    /// Working days after the day of submission, up to and including today, or the outcome's
    /// date once one is recorded (0 when `submitted_in_future`).
    pub working_days: i32,
    /// `YYYY-MM-DD`: the 15th working day after submission.
    pub deadline: String,
    /// Today is after the deadline and no outcome is recorded; false when
    /// `submitted_in_future`.
    pub overdue: bool,
    /// False when some year counted has no published notice: see `calendar_basis`.
    pub calendar_covers: bool,
    /// What the count rests on, for the least sure year counted: `published` (the notices),
    /// `provisional_notice` (a notice only partly known, plus the statutory holidays),
    /// `statutory_only` (no notice yet: the statutory holidays on weekdays only, make-up working
    /// days unknown) or `weekdays_only` (before 2025 without a notice: Monday to Friday).
    pub calendar_basis: &'static str,
    /// True when the count may change once a notice is published.
    pub provisional: bool,
    /// The first and last years counted without a published notice, or `null`.
    pub uncertain_years: Option<YearRange>,
    /// The recorded submission date is after today: the counts are 0 and the date needs
    /// correcting (`xhs-cancel submitted YYYY-MM-DD`).
    pub submitted_in_future: bool,
}

/// The recorded end of the review.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeExport {
    /// `gone` (deletion confirmed complete) or `cancelled`.
    pub kind: &'static str,
    /// `YYYY-MM-DD`: the local date of the event.
    pub on: String,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct YearRange {
    pub first: i16,
    pub last: i16,
}

fn rfc3339(t: Timestamp) -> String {
    crate::session::json_time(t)
}

impl Export {
    /// The export of `model`; `session_file` is the saved session it was read from, if any.
    pub fn new(model: &Model, session_file: Option<&Path>) -> Export {
        let lang = model.lang();
        let checklist = &model.checklist;
        let answers = model.answers().clone();
        let stages = checklist
            .stages
            .iter()
            .map(|stage| {
                let items: Vec<ItemExport> = shown_items(model, stage)
                    .map(|item| {
                        let at = model.confirmed_at(stage.id, &item.id);
                        ItemExport {
                            id: item.id.clone(),
                            title: item.title.get(lang).to_string(),
                            confirmed: at.is_some(),
                            confirmed_at: at.map(rfc3339),
                        }
                    })
                    .collect();
                StageExport {
                    id: stage.id.as_str(),
                    done: items.iter().filter(|i| i.confirmed).count(),
                    total: items.len(),
                    items,
                }
            })
            .collect();
        let overrides = model
            .session
            .overrides
            .iter()
            .map(|o| OverrideExport {
                stage: sanitize_line(&o.stage),
                at: rfc3339(o.at.0),
                open: o.open.iter().map(|id| sanitize_line(id)).collect(),
            })
            .collect();
        let stopped = clock(model);
        let ended = stopped.and_then(|(_, ended)| ended);
        let review = stopped.map(|(c, ended)| ReviewExport {
            submitted_on: c.submitted_on.to_string(),
            calendar_days: c.calendar_days,
            working_days: c.working_days,
            deadline: c.deadline.to_string(),
            overdue: c.overdue && ended.is_none(),
            calendar_covers: c.calendar_covers,
            calendar_basis: c.basis.as_str(),
            provisional: c.is_provisional(),
            uncertain_years: c
                .uncertain_years
                .map(|(first, last)| YearRange { first, last }),
            submitted_in_future: c.future,
        });
        Export {
            version: JSON_VERSION,
            checklist: ChecklistInfo {
                title: TitleExport {
                    zh: checklist.title.zh.to_string(),
                    en: checklist.title.en.to_string(),
                },
                verified: checklist.verified.to_string(),
            },
            session: session_file.map(|path| SessionExport {
                file: sanitize_line(&path.display().to_string()),
            }),
            lang,
            stage: model.stage_id().as_str(),
            answers,
            stages,
            overrides,
            review,
            outcome: ended.map(|o| OutcomeExport {
                kind: o.kind.as_str(),
                on: o.on.to_string(),
            }),
            timeline: model
                .session
                .timeline
                .iter()
                .map(EventExport::new)
                .collect(),
        }
    }
}

/// The JSON export, pretty-printed, ending in a newline, written by [`clean_json`] (no string
/// in it holds a character a terminal would act on). `session_file` is the saved session the
/// model was read from; `None` gives `"session": null`.
pub fn json(model: &Model, session_file: Option<&Path>) -> String {
    clean_json(&Export::new(model, session_file))
}
