//! The dialogs' strings in English.

use crate::i18n::ui::Dialogs;

pub(crate) const DIALOGS: Dialogs = Dialogs {
    // --- help
    help_legend: "* required  ! overdue  [x] done  (x) chosen",
    help_title: " Keys (Esc closes) ",
    more_above: |n| format!("...and {n} more above (Up)"),
    more_below: |n| format!("...and {n} more (Down)"),

    // --- the preparation gate
    gate_head: "These required items are not confirmed yet:",
    gate_back: "Enter / Esc: go back and finish them",
    gate_continue: "c: continue anyway (the time is recorded)",
    gate_title: " Required items still open ",

    // --- the submission date
    date_question: "On which day did you submit in the app?",
    date_recorded: |day| format!("Recorded submission date: {day}"),
    submitted_on: "Submitted on:",
    day_and_weekday: |day, weekday| format!("{day}  ({weekday})"),
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    date_how: "Left / Right: a day earlier / later; or type a date like 2026-11-28",
    date_keys_change: [
        "Enter: record this day",
        "Esc: change nothing",
        "c: clear the date (and the review clock)",
    ],
    date_keys_new: [
        "Enter: record this day (starts the review clock)",
        "Esc: cancel",
    ],
    date_title: " Submission date ",
    malformed: |text| format!("\"{text}\" is not a valid date (YYYY-MM-DD, such as 2026-11-28)"),
    too_early: |day| format!("{day} is too early: Xiaohongshu started in 2013"),
    future: |day| format!("{day} has not come yet: the date cannot be after today"),

    // --- the saved progress could not be read
    recover_head: "The saved progress could not be read; it stays as it is until you choose:",
    did_not_work: "That did not work: ",
    restore: "r: restore the last backup (the damaged file is kept)",
    fresh_both: "n: start fresh (both files are archived and can be restored later)",
    fresh: "n: start fresh (the damaged file is archived and can be restored later)",
    quit_unchanged: "q: quit, files left as they are (asked again next time)",
    recover_title: " Saved progress unreadable ",

    // --- quit with unsaved changes
    not_saved: "The latest changes could not be saved: ",
    written_to: "Written to: ",
    write_failed: "Writing it there failed too: ",
    unsaved_keys: [
        "s: try saving again",
        "w: write it to the current folder",
        "Enter / Esc: back to the wizard",
        "d: discard the unsaved changes and quit",
    ],
    unsaved_title: " Unsaved changes ",
};
