//! The command line's strings in English.

mod help;
mod log;
mod usage;

use crate::i18n::{Cli, count};

pub(super) const CLI: Cli = Cli {
    // --- help
    help: help::HELP,
    log_help: help::LOG_HELP,
    remind_help: help::REMIND_HELP,
    // --- around every message
    error_prefix: "error: ",
    cause_prefix: "  caused by: ",
    try_help: |command| format!("Try '{command} --help'."),
    list_separator: ", ",
    list_or: " or ",
    did_you_mean: |s| format!("; did you mean {s}?"),
    terminal_error: "terminal error",
    // --- status, export, log
    no_session: |dir| format!("No saved session in {dir}; run xhs-cancel to start."),
    // --- check
    calendar_years: |span| match span {
        Some((a, b)) if a == b => format!("calendar {a}"),
        Some((a, b)) => format!("calendar {a}-{b}"),
        None => "no calendar years".to_string(),
    },
    check_ok: |stages, items, questions, sources, years| {
        let n = |n: usize, one, many| count(n as i64, one, many);
        format!(
            "ok: {}, {}, {}, {}, {years}",
            n(stages, "stage", "stages"),
            n(items, "item", "items"),
            n(questions, "question", "questions"),
            n(sources, "source", "sources"),
        )
    },
    // --- forget
    forget_list: "These files will be deleted:\n",
    forget_question: "Delete them? [y/N] ",
    removed: |file| format!("removed {file}"),
    forget_leaves: "Only the files listed above were removed. Files written with -o, and reports and reminder files in other folders, are not touched and still hold your records; delete them yourself if you want them gone.",
    nothing_to_forget: |dir| format!("Nothing to delete: no saved session in {dir}."),
    nothing_removed: "Nothing removed.",
    // --- submitted
    submission_recorded: |on, limit, deadline| {
        format!(
            "Submission date recorded: {on}; the {limit}-working-day review limit ends on {deadline}."
        )
    },
    clear_question: |on| {
        format!(
            "Remove the recorded submission date {on} and mark the submit step not done? [y/N] "
        )
    },
    submission_cleared: "Submission date removed; the submit step is marked not done again.",
    no_submission: "No submission date is recorded; nothing changed.",
    nothing_changed: "Nothing changed.",
    // --- the wizard
    archived: |to| format!("The previous session was archived as {to}"),
    unsaved: |reason| format!("warning: the last changes could not be saved: {reason}"),
    dumb_terminal: "This terminal (TERM=dumb) cannot show the wizard's screen; here is the plain progress (xhs-cancel status) instead. Run the wizard in a regular terminal.",
    no_utf8_locale: "The locale is not UTF-8 (see LC_ALL, LC_CTYPE, LANG), so the wizard's screen would be garbled; here is the plain progress (xhs-cancel status) instead. Set a UTF-8 locale (for example LANG=en_US.UTF-8), or run the wizard with --ascii.",
    // --- the data folder's owner
    not_owned_shared: |p, owner, fix, private| {
        format!(
            "{p} is a folder shared by several users (owned by uid {owner}): others could put or replace session files in it. Make a folder of your own inside it: {fix}, then run xhs-cancel --data-dir {private}"
        )
    },
    not_owned_folder: |p, owner, uid, fix| {
        format!(
            "the data folder {p} belongs to another user (uid {owner}), not to you (uid {uid}): that user could read or replace your session. Use a folder of your own with --data-dir, or if it is yours, run: {fix}"
        )
    },
    not_owned_file: |p, owner, uid, fix| {
        format!(
            "{p} belongs to another user (uid {owner}), not to you (uid {uid}): it may not be your session. Remove it, or if it is yours, run: {fix}"
        )
    },
    tightened: |p, from, to| {
        format!("note: {p} was open to other users (mode {from:04o}); it is now {to:04o}")
    },
    shared_folder: |p, mode| {
        format!(
            "note: {p} is a shared folder (mode {mode:04o}) and was left as it is; session files other users put in it are refused"
        )
    },
    // --- the command line's errors
    no_data_dir: "no data folder: pass --data-dir DIR or set XHS_CANCEL_DATA_DIR",
    needs_terminal: "the wizard needs a terminal; for scripts use `xhs-cancel status` or `xhs-cancel export`",
    needs_yes: |command| {
        format!("{command} asks before it removes anything: run it in a terminal, or pass --yes")
    },
    submission_in_future: |value, today| {
        format!(
            "{value} is after today ({today}): give the day you submitted the request in the app"
        )
    },
    own_file: |p, command| {
        format!(
            "{p} is one of xhs-cancel's own files; xhs-cancel {command} never replaces it: choose another name"
        )
    },
    submission_too_early: |value| {
        format!(
            "{value} is too early: Xiaohongshu started in 2013; give the day you submitted the request in the app"
        )
    },
    no_submit_step: "the checklists have no submit step (an item with marks = \"submitted\" in the deletion stage)",
    cannot_write: |p| format!("cannot write {p}"),
    not_saved: "progress not saved",
    // --- remind, cooling-off
    cooling_off_recorded: |days, ends| {
        let days = count(days.into(), "day", "days");
        match ends {
            Some(ends) => format!(
                "Cooling-off period recorded: {days}, ending on {ends}; xhs-cancel remind writes calendar reminders."
            ),
            None => format!("Cooling-off period recorded: {days}."),
        }
    },
    cooling_off_recorded_ended: |days, ended| {
        format!(
            "Cooling-off period recorded: {}, which ended on {ended}; xhs-cancel remind writes calendar reminders.",
            count(days.into(), "day", "days")
        )
    },
    cooling_off_cleared: "Cooling-off length removed.",
    cooling_off_none: "No cooling-off length is recorded; nothing changed.",
    nothing_to_count_from: "no submission date is recorded, so there is nothing to count from: run xhs-cancel submitted YYYY-MM-DD first (the day you submitted the request in the app), or confirm the submit step in the wizard's deletion stage",
    review_ended: |sentence| {
        format!(
            "the review has ended ({sentence}), so there is nothing to remind you of. If you submitted a new request, record its date first: xhs-cancel submitted YYYY-MM-DD"
        )
    },
    all_past: |deadline| {
        format!(
            "Note: the review limit ({deadline}) has passed, so every date in the file is before today and it is only a record now; xhs-cancel export drafts a complaint letter."
        )
    },
    // --- more
    usage: usage::USAGE,
    log: log::LOG,
    store_errors: None,
};
