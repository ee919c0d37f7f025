//! `xhs-cancel status`: the one-screen text summary of a session.

use std::fmt::Write as _;

use super::{answer_titles, clock, overdue, question_answer, stage_name};
use crate::calendar::{REVIEW_LIMIT_WORKING_DAYS, ReviewClock};
use crate::checklist::StageId;
use crate::i18n::strings;
use crate::outcome::Outcome;
use crate::text::Lang;
use crate::wizard::Model;

/// The one-screen summary `xhs-cancel status` prints: current stage, progress per stage, the
/// answers and the review clock, in the session's language. A recorded outcome (see
/// [`crate::outcome`]) replaces the clock's overdue or remaining line.
pub fn status(model: &Model) -> String {
    let lang = model.lang();
    let words = &strings(lang).report;
    let mut out = String::new();
    let title = model.checklist.title.get(lang);
    let _ = writeln!(out, "{title}{}", words.status_title);
    let current = model.stage_id();
    let _ = writeln!(
        out,
        "{}{} {}",
        words.current_stage,
        model.position(current) + 1,
        stage_name(current, lang)
    );
    for (n, stage) in model.checklist.stages.iter().enumerate() {
        let (done, total) = model.progress(stage.id);
        let mark = match stage.id {
            StageId::Troubleshooting if overdue(model) => "!",
            StageId::Troubleshooting => " ",
            id if model.stage_done(id) => "✓",
            _ => " ",
        };
        let name = stage_name(stage.id, lang);
        let suffix = match stage.id {
            StageId::Reasons => words.chosen_suffix,
            StageId::Troubleshooting => words.tried_suffix,
            _ => "",
        };
        let _ = writeln!(out, "{mark} {} {name} {done}/{total}{suffix}", n + 1);
    }
    status_answers(&mut out, model);
    match clock(model) {
        None => {
            let _ = writeln!(out, "{}", words.status_not_submitted);
        }
        Some((clock, Some(ended))) => status_outcome(&mut out, lang, &clock, ended),
        Some((clock, None)) => status_clock(&mut out, lang, &clock),
    }
    if let Some(line) = cooling_off_line(model) {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// The cooling-off period the person recorded, and the day it ends (submission date plus the
/// days, as the reminders count it), in the past once that day is before today; `None` when
/// none is recorded.
pub fn cooling_off_line(model: &Model) -> Option<String> {
    let review = model.session.review?;
    let days = review.cooling_off_days?;
    let ends = review
        .submitted_on
        .0
        .checked_add(jiff::Span::new().days(i64::from(days)))
        .ok()?;
    let words = &strings(model.lang()).report;
    let line = if ends < model.today() {
        words.cooling_off_ended
    } else {
        words.cooling_off_line
    };
    Some(line(days, ends))
}

/// The answers on one line, and how many questions are not answered.
fn status_answers(out: &mut String, model: &Model) {
    let lang = model.lang();
    let words = &strings(lang).report;
    let all = answer_titles(model);
    let open = all.iter().filter(|(_, o)| o.is_none()).count();
    let mut answers: Vec<String> = all
        .iter()
        .filter_map(|(q, o)| o.as_deref().map(|o| question_answer(lang, q, o)))
        .collect();
    if open > 0 {
        answers.push((words.unanswered)(open));
    }
    if !answers.is_empty() {
        let _ = writeln!(out, "{}{}", words.answers, answers.join(words.answer_sep));
    }
}

/// The ended review: the submission, the recorded outcome and the counts up to it.
fn status_outcome(out: &mut String, lang: Lang, clock: &ReviewClock, ended: Outcome) {
    let line = (strings(lang).report.status_ended)(
        clock.submitted_on,
        &ended.sentence(lang),
        clock.calendar_days,
        clock.working_days,
    );
    let _ = writeln!(out, "{line}");
}

fn status_clock(out: &mut String, lang: Lang, clock: &ReviewClock) {
    let words = &strings(lang).report;
    if let Some(problem) = clock.future_problem(lang, "") {
        let _ = writeln!(out, "{}{problem}", words.clock_label);
        return;
    }
    let counts = (words.status_counts)(clock.submitted_on, clock.calendar_days, clock.working_days);
    let _ = writeln!(out, "{counts}");
    let state = if clock.overdue {
        (words.status_overdue)(clock.days_past_deadline())
    } else {
        (words.status_left)(clock.working_days_left())
    };
    let limit = (words.status_limit)(REVIEW_LIMIT_WORKING_DAYS, clock.deadline, &state);
    let _ = writeln!(out, "{limit}");
    if let Some(note) = clock.basis_note(lang) {
        let _ = writeln!(out, "{note}");
    }
    if clock.overdue {
        let _ = writeln!(out, "{}", words.letter_in_export);
    }
}
