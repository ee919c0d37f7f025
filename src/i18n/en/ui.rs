//! The wizard's strings in English.

mod case;
mod dialogs;
mod form;
mod keys;

use crate::i18n::Ui;

pub(super) const UI: Ui = Ui {
    // --- header and footer
    languages: "English | 中文",
    saved: "Saved",
    save_failed: "Save failed: ",
    disk_full: "disk full",
    no_permission: "no permission",
    newer_version: "newer version's file",
    write_error: "write error",

    // --- welcome, summary and too-small screens
    welcome: WELCOME,
    welcome_title: " Welcome ",
    all_done: "All stages done",
    overview: "Overview",
    not_submitted: "The submission is not recorded yet.",
    export_hint: "Press e to export the progress report (Markdown) to the current folder, or run xhs-cancel export.",
    summary_title: " Summary ",
    too_small: |min_w, min_h, w, h| {
        format!("terminal too small (need {min_w}x{min_h}, have {w}x{h})")
    },
    too_small_hint: "Enlarge the window. q quits",

    // --- a stage screen
    intro_above: "intro above",
    intro_and_more_above: |n| format!("intro and {n} more above"),
    more_above: |n| format!("{n} more above"),
    more_below: |n| format!("{n} more below"),
    details: "Details",
    details_more: " (J for more)",
    details_back: " (K goes back)",
    option: "Option: ",
    choose_many: "Choose all that apply: Space chooses, again clears. The next stages show the items for any of your choices; if unsure, leave it and every item is shown.",
    choose_one: "Press Space to choose, again to clear. Your answer decides which items the next stages show; if unsure, leave it and every item is shown.",
    overdue: "! The review has passed the 15-working-day limit",
    required: "* Required before you leave preparation",
    chosen: "Chosen",
    not_chosen: "Not chosen",
    tried: "Tried",
    not_tried: "Not tried yet",
    confirmed: "Confirmed",
    not_confirmed: "Not confirmed yet",
    sources: "Sources",
    date_comma: ", ",
    verified_on: "Content verified on",
    confidence_legend: "Confidence: H several sources agree, M one good source, L reported by few",
    url_too_wide: "(the address is wider than the pane; widen the window or export with e to see it whole)",

    // --- the case file, the dialogs and the forms
    case: case::CASE,
    dialogs: dialogs::DIALOGS,
    forms: form::FORMS,

    // --- the key table
    key_help: keys::KEY_HELP,
    key_hints: keys::KEY_HINTS,

    // --- notices of the event loop
    report_written: |name| format!("Report written: {name}"),
    export_failed: |dir, e| format!("Export failed: {dir}: {e}"),
    review_ended: |sentence| format!("The review has ended ({sentence}): nothing to remind you of"),
    reminders_written: |name| format!("Reminders written: {name}"),
    reminders_failed: |dir, e| format!("Could not write the reminders: {dir}: {e}"),
};

/// The welcome screen's text.
const WELCOME: &str = "This guide walks you through deleting a Xiaohongshu / RedNote account, step by step: why, what to prepare, where the button is, what happens after, and what to do when something goes wrong.

Privacy promise: this tool works offline, stores its progress only on this computer, and never asks for a password, SMS code or ID number. It never touches your account: you do every step in the app yourself.

Everything you confirm is saved at once. After you submit the request, the next run resumes where you left off and counts the review's working days on the official holiday calendar (the limit is 15 working days).

Press Enter to begin. 按 L 切换到中文。";
