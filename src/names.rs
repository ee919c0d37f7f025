//! Words the screen, its layout and the report share: the short stage names, times in the
//! person's own time zone, and the review clock's sentence. Here so that neither the report nor
//! the layout imports the UI.

use jiff::Timestamp;

use crate::checklist::StageId;
use crate::i18n::strings;
use crate::outcome::outcome;
use crate::text::Lang;
use crate::wizard::Model;

/// The short stage names the header and the report use; the files' titles are longer.
pub fn stage_name(id: StageId, lang: Lang) -> &'static str {
    let names = &strings(lang).model.stages;
    match id {
        StageId::Reasons => names.reasons,
        StageId::Preparation => names.preparation,
        StageId::Deletion => names.deletion,
        StageId::After => names.after,
        StageId::Troubleshooting => names.troubleshooting,
    }
}

/// "2026-11-28 14:03" in the person's own time zone (the model's).
pub fn local_time(model: &Model, at: Timestamp) -> String {
    at.to_zoned_datetime(model.tz.clone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// Where the overdue banner sends the person: `t` from a stage; in troubleshooting, the
/// slow-review problem below (where `t` leads back).
fn complain_hint(model: &Model) -> &'static str {
    let words = &strings(model.lang()).model;
    match model.stage_id() {
        StageId::Troubleshooting => words.complain_below,
        _ => words.complain_key,
    }
}

/// The review clock in one sentence, once the submit step is confirmed; a recorded date
/// after today is said to be a mistake instead, and a recorded outcome (see
/// [`crate::outcome`]) ends it: "Review ended: deletion confirmed complete on … (recorded)".
pub fn clock_line(model: &Model) -> Option<String> {
    let clock = model.review_clock()?;
    let words = &strings(model.lang()).model;
    if let Some(problem) = clock.future_problem(model.lang(), "") {
        return Some(format!("! {problem}{}", words.clock_future_hint));
    }
    if let Some(ended) = outcome(&model.session) {
        return Some(format!(
            "{}{}",
            words.clock_ended,
            ended.sentence(model.lang())
        ));
    }
    let (days, work, deadline) = (clock.calendar_days, clock.working_days, clock.deadline);
    let mut line = if clock.overdue {
        (words.clock_overdue)(
            clock.submitted_on,
            work,
            days,
            deadline,
            complain_hint(model),
        )
    } else {
        (words.clock_running)(
            clock.submitted_on,
            work,
            days,
            deadline,
            clock.working_days_left(),
        )
    };
    line.extend(clock.basis_tag(model.lang()));
    Some(line)
}
