//! The shape of the reports' strings: `status`, and the Markdown and JSON exports. The
//! checklist's text, the letter (`letter.toml`) and the review clock's notes come from elsewhere.

use jiff::civil::Date;

/// The reports' strings in one language (see [`super::zh`] and [`super::en`]).
pub struct Report {
    // --- shared
    /// Between the options chosen for one question: "、" / ", ".
    pub option_sep: &'static str,
    /// After a question that ends in neither a question mark nor a colon.
    pub answer_colon: &'static str,
    /// Opens a parenthesis after a word: "（" / " (".
    pub paren_open: &'static str,
    /// Closes it: "）" / ")".
    pub paren_close: &'static str,
    /// A date in the report's running text and the letter: `2026年10月23日` / `2026-10-23`.
    pub date: fn(Date) -> String,

    // --- status
    /// After the checklist's title on `status`'s first line.
    pub status_title: &'static str,
    /// Before the current stage's number and name.
    pub current_stage: &'static str,
    /// After the count of the reasons stage.
    pub chosen_suffix: &'static str,
    /// After the count of the troubleshooting stage.
    pub tried_suffix: &'static str,
    /// Before the answers' line.
    pub answers: &'static str,
    /// Between the answers on the answers' line.
    pub answer_sep: &'static str,
    /// Before the review clock's problem on `status`.
    pub clock_label: &'static str,
    /// `status`'s clock line before the submission is recorded.
    pub status_not_submitted: &'static str,
    /// `status`'s line once the review is overdue: the export has a letter.
    pub letter_in_export: &'static str,
    /// How many questions are not answered, at the end of the answers' line.
    pub unanswered: fn(n: usize) -> String,
    /// `status`'s clock line: the submission date, calendar `days` and `work` days so far.
    pub status_counts: fn(submitted: Date, days: i32, work: i32) -> String,
    /// `status`'s clock line of an ended review: the submission, the outcome's sentence, the
    /// calendar `days` and `work` days up to it.
    pub status_ended: fn(submitted: Date, outcome: &str, days: i32, work: i32) -> String,
    /// `status`'s state of a review past its limit by `days` days.
    pub status_overdue: fn(days: i32) -> String,
    /// `status`'s state of a review with `left` working days left.
    pub status_left: fn(left: i32) -> String,
    /// `status`'s line of the limit: `limit` working days, the deadline, the state above.
    pub status_limit: fn(limit: i32, deadline: Date, state: &str) -> String,
    /// The cooling-off line of `status` and the report: its `days` and the day it `ends`.
    pub cooling_off_line: fn(days: u16, ends: Date) -> String,
    /// The same line once the cooling-off period has `ended` (a day before today): in the past,
    /// without the advice not to log in.
    pub cooling_off_ended: fn(days: u16, ended: Date) -> String,

    // --- markdown
    /// After the checklist's title in the report's heading.
    pub report_title: &'static str,
    /// The paragraph on privacy and the marks, under the header.
    pub privacy: &'static str,
    /// The answers' heading.
    pub your_answers: &'static str,
    /// In place of the answers when the checklist asks nothing.
    pub no_questions: &'static str,
    /// In place of an answer not given.
    pub not_answered: &'static str,
    /// After a stage heading's count once the stage is done.
    pub stage_done: &'static str,
    /// After a required preparation item.
    pub required: &'static str,
    /// After the slow-review item once the review is overdue.
    pub past_limit: &'static str,
    /// In place of a stage's items when none applies.
    pub no_items: &'static str,
    /// The heading of the gate overrides.
    pub overrides: &'static str,
    /// In place of the overrides when there are none.
    pub none: &'static str,
    /// The review clock's heading.
    pub review_clock: &'static str,
    /// In place of the clock before the submission is recorded.
    pub not_submitted: &'static str,
    /// Before a recorded outcome in the clock section.
    pub status_label: &'static str,
    /// How working days are counted, under the clock.
    pub working_days_rule: &'static str,
    /// The letter's heading.
    pub letter: &'static str,
    /// The heading over the letter in this language: the Chinese one to send, the English
    /// translation; both appear in either report.
    pub letter_in_this_language: &'static str,
    /// The heading of where to complain next.
    pub where_next: &'static str,
    /// The lines under the title: when it was `generated` (zone `offset`), the day the
    /// checklist was `verified`, the current stage's `number` and `stage` title.
    pub report_header:
        fn(generated: &str, offset: &str, verified: Date, number: usize, stage: &str) -> String,
    /// The whole report when nothing is saved in `dir`, under the checklist's `title`.
    pub without_session: fn(title: &str, dir: &str) -> String,
    /// The reasons stage's count: `done` of `total` chosen.
    pub chosen_count: fn(done: usize, total: usize) -> String,
    /// The troubleshooting stage's count: `done` of `total` tried.
    pub tried_count: fn(done: usize, total: usize) -> String,
    /// One "continued anyway" line: `at` when, the `stage` left, the required items `open`.
    pub override_line: fn(at: &str, stage: &str, open: &[String]) -> String,
    /// The clock's counts: the dates `submitted`, `today` and `deadline`, calendar `days`,
    /// `work` days and the `limit` in working days.
    pub clock_counts: fn(
        submitted: Date,
        today: Date,
        deadline: Date,
        days: i32,
        work: i32,
        limit: i32,
    ) -> String,
    /// The clock's status line past the limit by `days` days.
    pub clock_overdue: fn(days: i32) -> String,
    /// The clock's status line with `left` working days left.
    pub clock_left: fn(left: i32) -> String,

    // --- timeline and the letter's record
    /// The timeline's heading.
    pub timeline: &'static str,
    /// In place of the timeline when nothing is recorded.
    pub no_entries: &'static str,
    /// Before how the platform was contacted.
    pub via: &'static str,
    /// Before the channel a complaint went to.
    pub to: &'static str,
    /// Before an event's note.
    pub note: &'static str,
    /// Before the item an event is about.
    pub on_item: &'static str,
    /// Before an evidence file.
    pub evidence: &'static str,
    /// Between an event's details.
    pub sep: &'static str,
    /// Before the stage left with required items open.
    pub override_entry: &'static str,
    /// Between the date and the kind in the letter's record.
    pub record_date_sep: &'static str,
    /// The letter record's line of the submission, before its date.
    pub record_submitted: &'static str,
    /// Above the letter record's evidence files.
    pub record_evidence: &'static str,
    /// The letter record's line when no contact is recorded.
    pub no_contacts: &'static str,
    /// A label with its colon: the `name` of an event's reference.
    pub label: fn(name: &str) -> String,
    /// The line under the letter's heading naming the `channel` it is addressed to.
    pub addressed_to: fn(channel: &str) -> String,
    /// One evidence file: its `name`, `size` in bytes and `sha256`.
    pub evidence_line: fn(name: &str, size: u64, sha256: &str) -> String,
}
