//! The progress report: `status` (a short text summary), `markdown` (for people, with the
//! timeline and a complaint letter draft once the review is overdue and no outcome is
//! recorded: see [`crate::outcome`]) and `json` (a stable
//! schema for scripts).
//!
//! Pure functions over the model: no I/O, the caller writes the output. Checklist text is
//! sanitized at load; strings taken from the session file (ids of removed items, stage names)
//! are sanitized here, so no output carries a terminal control sequence. The report's own words
//! are in [`crate::i18n::Report`].

mod json;
mod markdown;
mod record;
mod status;

use crate::calendar::ReviewClock;
use crate::checklist::{Item, Stage};
use crate::i18n::strings;
use crate::names::{local_time, stage_name};
use crate::outcome::{Outcome, outcome};
use crate::text::{Lang, sanitize_line};
use crate::wizard::Model;

pub use json::{
    ChecklistInfo, EventExport, EvidenceExport, Export, ItemExport, JSON_VERSION, OutcomeExport,
    OverrideExport, ReviewExport, SessionExport, StageExport, TitleExport, YearRange, json,
};
pub use markdown::{markdown, markdown_to, markdown_without_session};
pub use record::{channel_name, default_channel, kind_name};
pub use status::status;

/// The review clock as the report shows it, and the recorded outcome: once the review has
/// ended, the clock stops on the outcome's date (its counts run up to that day). `None`
/// without a submission date.
fn clock(model: &Model) -> Option<(ReviewClock, Option<Outcome>)> {
    let review = model.session.review?;
    let ended = outcome(&model.session);
    let until = ended.map_or(model.today(), |o| o.on.min(model.today()));
    let clock = ReviewClock::new(&model.checklist.calendar, review.submitted_on.0, until);
    Some((clock, ended))
}

/// The review is past its limit and no outcome is recorded: the complaint letter applies.
fn overdue(model: &Model) -> bool {
    clock(model).is_some_and(|(c, ended)| c.overdue && ended.is_none())
}

/// The items of a stage shown for the current answers: the only ones that count.
fn shown_items<'a>(model: &'a Model, stage: &'a Stage) -> impl Iterator<Item = &'a Item> {
    stage.items.iter().filter(|i| i.applies(model.answers()))
}

/// (question title, the chosen options' titles) for every question, in the checklist's
/// order; options the checklist no longer has are left out, and `None` means unanswered.
fn answer_titles(model: &Model) -> Vec<(&str, Option<String>)> {
    let lang = model.lang();
    model
        .checklist
        .questions
        .iter()
        .map(|q| {
            let chosen: Vec<&str> = q
                .options
                .iter()
                .filter(|o| model.is_chosen(&q.id, &o.id))
                .map(|o| o.title.get(lang))
                .collect();
            let titles = (!chosen.is_empty()).then(|| chosen.join(strings(lang).report.option_sep));
            (q.title.get(lang), titles)
        })
        .collect()
}

/// "Question: answer", without a colon after a question that ends in a question mark.
fn question_answer(lang: Lang, question: &str, answer: &str) -> String {
    let sep = if question.ends_with(['？', '：']) {
        ""
    } else if question.ends_with(['?', ':']) {
        " "
    } else {
        strings(lang).report.answer_colon
    };
    format!("{question}{sep}{answer}")
}

/// An item's title, or the (sanitized) id when the checklist no longer has it.
fn item_title(model: &Model, id: &str) -> String {
    match model.checklist.item(id) {
        Some(item) => item.title.get(model.lang()).to_string(),
        None => sanitize_line(id),
    }
}

/// The zone offset the report's local times are in, e.g. `+08:00`.
fn utc_offset(model: &Model) -> String {
    model
        .now
        .to_zoned_datetime(model.tz.clone())
        .strftime("%:z")
        .to_string()
}
