//! The Markdown report for people: the answers, every shown item with its state and time, the
//! gate overrides, the review clock, the timeline and, once the review is past its limit with
//! no outcome recorded, the complaint letter from `letter.toml`, addressed to a channel.

use std::fmt::Write as _;
use std::path::Path;

use super::record::{self, addressed_line, default_channel, letter_record};
use super::{
    answer_titles, clock, item_title, local_time, overdue, question_answer, shown_items, utc_offset,
};
use crate::calendar::{REVIEW_LIMIT_WORKING_DAYS, ReviewClock};
use crate::checklist::letter::{self, Field};
use crate::checklist::{Mark, Stage, StageId};
use crate::i18n::strings;
use crate::text::{Lang, Text, sanitize_line};
use crate::timeline::Channel;
use crate::wizard::Model;

/// Escapes what Markdown would read as markup in a line of plain text, and joins lines.
pub(super) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The progress report for people, in the session's language: the answers, every shown item
/// with its state and time, the gate overrides, the review clock (stopped at a recorded
/// outcome) and, once the review is past its limit with no outcome recorded, a complaint letter draft in Chinese with an English translation, addressed to
/// the channel of the latest complaint (else the platform).
pub fn markdown(model: &Model) -> String {
    markdown_to(model, None)
}

/// [`markdown`] with the letter addressed to `to` (`export --to`); `None`: the default.
pub fn markdown_to(model: &Model, to: Option<Channel>) -> String {
    let lang = model.lang();
    let words = &strings(lang).report;
    let mut out = String::new();
    let title = md(model.checklist.title.get(lang));
    let _ = writeln!(out, "# {title}{}\n", words.report_title);
    let current = model.stage_id();
    let header = (words.report_header)(
        &local_time(model, model.now),
        &utc_offset(model),
        model.checklist.verified,
        model.position(current) + 1,
        &md(model.checklist.stage(current).title.get(lang)),
    );
    let _ = writeln!(out, "{header}");
    let _ = writeln!(out, "{}\n", words.privacy);

    markdown_answers(&mut out, model);
    for (n, stage) in model.checklist.stages.iter().enumerate() {
        markdown_stage(&mut out, model, n + 1, stage);
    }
    markdown_overrides(&mut out, model);
    markdown_clock(&mut out, model);
    record::markdown_timeline(&mut out, model);
    if let Some((clock, None)) = clock(model).filter(|(c, _)| c.overdue) {
        let to = to.unwrap_or_else(|| default_channel(&model.session));
        markdown_letter(&mut out, model, &clock, to);
    }
    out
}

/// The report when nothing is saved in `dir`: the title and a line saying so.
pub fn markdown_without_session(model: &Model, dir: &Path) -> String {
    let lang = model.lang();
    let title = md(model.checklist.title.get(lang));
    let dir = md(&sanitize_line(&dir.display().to_string()));
    (strings(lang).report.without_session)(&title, &dir)
}

fn markdown_answers(out: &mut String, model: &Model) {
    let lang = model.lang();
    let words = &strings(lang).report;
    let _ = writeln!(out, "## {}\n", words.your_answers);
    let answers = answer_titles(model);
    if answers.is_empty() {
        let _ = writeln!(out, "{}\n", words.no_questions);
        return;
    }
    for (question, option) in answers {
        let option = option.map_or_else(|| words.not_answered.to_string(), |o| md(&o));
        let _ = writeln!(out, "- {}", question_answer(lang, &md(question), &option));
    }
    out.push('\n');
}

fn markdown_stage(out: &mut String, model: &Model, number: usize, stage: &Stage) {
    let lang = model.lang();
    let words = &strings(lang).report;
    let (done, total) = model.progress(stage.id);
    let mut state = match stage.id {
        StageId::Reasons => (words.chosen_count)(done, total),
        StageId::Troubleshooting => (words.tried_count)(done, total),
        _ => format!("{done}/{total}"),
    };
    if stage.id != StageId::Troubleshooting && model.stage_done(stage.id) {
        state.push_str(words.stage_done);
    }
    let _ = writeln!(
        out,
        "## {number} {}{}{state}{}\n",
        md(stage.title.get(lang)),
        words.paren_open,
        words.paren_close,
    );
    let mut any = false;
    for item in shown_items(model, stage) {
        any = true;
        let at = model.confirmed_at(stage.id, &item.id);
        let mark = if at.is_some() { "[x]" } else { "[ ]" };
        let mut line = format!("- {mark} {}", md(item.title.get(lang)));
        if let Some(at) = at {
            let _ = write!(line, " ({})", local_time(model, at));
        }
        if item.required && stage.id == StageId::Preparation {
            line.push_str(words.required);
        }
        if item.marks == Some(Mark::SlowReview) && overdue(model) {
            line.push_str(words.past_limit);
        }
        let _ = writeln!(out, "{line}");
    }
    if !any {
        let _ = writeln!(out, "{}", words.no_items);
    }
    out.push('\n');
}

fn markdown_overrides(out: &mut String, model: &Model) {
    let lang = model.lang();
    let words = &strings(lang).report;
    let _ = writeln!(out, "## {}\n", words.overrides);
    if model.session.overrides.is_empty() {
        let _ = writeln!(out, "{}\n", words.none);
        return;
    }
    for o in &model.session.overrides {
        let stage = StageId::parse(&o.stage).map_or_else(
            || sanitize_line(&o.stage),
            |id| model.checklist.stage(id).title.get(lang).to_string(),
        );
        let open: Vec<String> = o.open.iter().map(|id| md(&item_title(model, id))).collect();
        let at = local_time(model, o.at.0);
        let _ = writeln!(out, "{}", (words.override_line)(&at, &md(&stage), &open));
    }
    out.push('\n');
}

fn markdown_clock(out: &mut String, model: &Model) {
    let lang = model.lang();
    let words = &strings(lang).report;
    let _ = writeln!(out, "## {}\n", words.review_clock);
    let Some((clock, ended)) = clock(model) else {
        let _ = writeln!(out, "{}\n", words.not_submitted);
        return;
    };
    if let Some(problem) = clock.future_problem(lang, "`") {
        let _ = writeln!(out, "- **{problem}**\n");
        return;
    }
    let counts = (words.clock_counts)(
        clock.submitted_on,
        clock.today,
        clock.deadline,
        clock.calendar_days,
        clock.working_days,
        REVIEW_LIMIT_WORKING_DAYS,
    );
    let state = match ended {
        Some(ended) => format!("{}{}", words.status_label, ended.sentence(lang)),
        None if clock.overdue => (words.clock_overdue)(clock.days_past_deadline()),
        None => (words.clock_left)(clock.working_days_left()),
    };
    let _ = writeln!(out, "{counts}");
    let _ = writeln!(out, "{state}");
    if let Some(line) = super::status::cooling_off_line(model) {
        let _ = writeln!(out, "- {line}");
    }
    let _ = writeln!(out, "{}", words.working_days_rule);
    if let Some(note) = clock.basis_note(lang) {
        let _ = writeln!(out, "- {note}");
    }
    out.push('\n');
}

/// The complaint letter from the checklist's `letter.toml`: the note on how to use it and the
/// caveats for the person's answers, in the report's language; the letter always in Chinese
/// (it goes to a Chinese platform or authority), then its English translation; then where to
/// complain next, in the report's language. `to` picks the `[to.<channel>]` texts.
fn markdown_letter(out: &mut String, model: &Model, clock: &ReviewClock, to: Channel) {
    let lang = model.lang();
    let words = &strings(lang).report;
    let letter = &model.checklist.letter;
    let channel = letter.to.get(&to);
    let plain = |text: &Text, lang: Lang| letter::fill(text.get(lang), |f| field(clock, lang, f));
    let enclosed = enclosed(letter, record::listed(&model.session));
    let closing = |closing: String, lang: Lang| match enclosed {
        Some(text) => format!("{closing}\n\n{}", plain(text, lang)),
        None => closing,
    };
    let value = |lang: Lang, f: Field| match (f, channel) {
        (Field::Addressee, Some(t)) => plain(&t.addressee, lang),
        (Field::Ask, Some(t)) => plain(&t.ask, lang),
        (Field::Closing, Some(t)) => closing(plain(&t.closing, lang), lang),
        (Field::Record, _) => letter_record(model, lang),
        (f, _) => field(clock, lang, f),
    };
    let fill = |text: &Text, lang: Lang| letter::fill(text.get(lang), |f| value(lang, f));
    let _ = writeln!(out, "## {}\n", words.letter);
    let _ = writeln!(out, "{}\n", addressed_line(to, lang));
    let _ = writeln!(out, "{}\n", fill(&letter.note, lang));
    for caveat in (letter.caveats.iter()).filter(|c| c.applies(model.answers())) {
        let _ = writeln!(out, "{}\n", fill(&caveat.text, lang));
    }
    for in_lang in [Lang::Zh, Lang::En] {
        let heading = strings(in_lang).report.letter_in_this_language;
        let _ = writeln!(out, "### {heading}\n");
        let _ = writeln!(out, "{}", fill(&letter.letter, in_lang));
    }
    let _ = writeln!(out, "### {}\n", words.where_next);
    let _ = writeln!(out, "{}", fill(&letter.where_next, lang));
}

/// The `[enclosed]` sentence for what the record lists, if it lists contacts or evidence and
/// `letter.toml` has the sentences.
fn enclosed(letter: &letter::Letter, listed: record::Listed) -> Option<&Text> {
    let e = letter.enclosed.as_ref()?;
    match (listed.contacts, listed.evidence) {
        (true, true) => Some(&e.both),
        (true, false) => Some(&e.contacts),
        (false, true) => Some(&e.evidence),
        (false, false) => None,
    }
}

/// The value of a letter's placeholder, for a text in `lang`: dates are Chinese-style in
/// Chinese (`2026年10月23日`), ISO in English. The channel's texts and the record are filled
/// by the caller ([`markdown_letter`]); here they are empty.
fn field(clock: &ReviewClock, lang: Lang, field: Field) -> String {
    let date = strings(lang).report.date;
    match field {
        Field::SubmittedOn => date(clock.submitted_on),
        Field::Today => date(clock.today),
        Field::CalendarDays => clock.calendar_days.to_string(),
        Field::WorkingDays => clock.working_days.to_string(),
        Field::Limit => REVIEW_LIMIT_WORKING_DAYS.to_string(),
        Field::Deadline => date(clock.deadline),
        Field::Clause => clock.letter_clause(lang).unwrap_or_default(),
        Field::Addressee | Field::Ask | Field::Closing | Field::Record => String::new(),
    }
}
