//! The shape of the dialogs' strings: help, the preparation gate, the submission date,
//! recovery and unsaved changes.

use jiff::civil::Date;

/// The dialogs over the wizard's screens.
pub struct Dialogs {
    // --- help
    /// The legend of the marks under the keys.
    pub help_legend: &'static str,
    /// The help overlay's border title.
    pub help_title: &'static str,
    /// A scrolled list's first row: `n` rows hidden above.
    pub more_above: fn(n: usize) -> String,
    /// A scrolled list's last row: `n` rows hidden below.
    pub more_below: fn(n: usize) -> String,

    // --- the preparation gate
    /// The line above the open required items.
    pub gate_head: &'static str,
    /// The gate's Enter / Esc line.
    pub gate_back: &'static str,
    /// The gate's `c` line.
    pub gate_continue: &'static str,
    /// The gate's border title.
    pub gate_title: &'static str,

    // --- the submission date
    /// The date dialog's question.
    pub date_question: &'static str,
    /// The submission date already recorded, `day`.
    pub date_recorded: fn(day: Date) -> String,
    /// Before the day shown or typed: "Submitted on:".
    pub submitted_on: &'static str,
    /// The weekdays' short names, Monday first.
    pub weekdays: [&'static str; 7],
    /// A day with its weekday's short name: "2026-11-29  (Sun)", "2026-11-29（周日）".
    pub day_and_weekday: fn(day: Date, weekday: &str) -> String,
    /// How to change the day.
    pub date_how: &'static str,
    /// The keys when correcting a recorded date: Enter, Esc, c.
    pub date_keys_change: [&'static str; 3],
    /// The keys when no date is recorded yet: Enter, Esc.
    pub date_keys_new: [&'static str; 2],
    /// The date dialog's border title.
    pub date_title: &'static str,
    /// The date typed, `text`, is not a date.
    pub malformed: fn(text: &str) -> String,
    /// `day` is before Xiaohongshu existed.
    pub too_early: fn(day: Date) -> String,
    /// `day` is after today.
    pub future: fn(day: Date) -> String,

    // --- the saved progress could not be read
    /// The line above the problem.
    pub recover_head: &'static str,
    /// Before why the last choice failed: "That did not work: ".
    pub did_not_work: &'static str,
    /// The `r` line.
    pub restore: &'static str,
    /// The `n` line when there is a backup.
    pub fresh_both: &'static str,
    /// The `n` line when there is none.
    pub fresh: &'static str,
    /// The `q` line.
    pub quit_unchanged: &'static str,
    /// The recovery dialog's border title.
    pub recover_title: &'static str,

    // --- quit with unsaved changes
    /// Before the reason the save failed.
    pub not_saved: &'static str,
    /// Before the path the session was written to: "Written to: ".
    pub written_to: &'static str,
    /// Before why writing it there failed.
    pub write_failed: &'static str,
    /// The keys: s, w, Enter / Esc, d.
    pub unsaved_keys: [&'static str; 4],
    /// The unsaved-changes dialog's border title.
    pub unsaved_title: &'static str,
}
