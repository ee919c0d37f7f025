//! The command line's help text in English: every command's and option's, `log`'s, and
//! `remind`'s and `cooling-off`'s.

use crate::i18n::cli::{Help, LogHelp, RemindHelp};

pub(super) const HELP: Help = Help {
    // --- xhs-cancel --help
    about: "Delete a Xiaohongshu / RedNote account (注销), step by step, offline.\n\
            It stores its progress only on this computer and never asks for a password,\n\
            SMS code or ID number.",
    after: "Without a command, xhs-cancel starts the wizard, or resumes the saved session.\n\
            Each command's options: xhs-cancel <COMMAND> --help.\n\
            --new, --mouse and --ascii belong to the wizard.",
    exit_codes: "Exit codes: 0 ok, 1 runtime error, 2 usage or invalid input,\n\
                 3 the session is open in another xhs-cancel.",
    usage: "Usage: ",
    commands: "Commands:",
    command: "COMMAND",
    options: "Options:",
    arguments: "Arguments:",
    dir: "DIR",
    file: "FILE",
    options_placeholder: "[OPTIONS]",
    command_placeholder: "[COMMAND]",
    // --- options of xhs-cancel
    new: "start over: the saved session is archived, not deleted",
    lang: "language (default: the saved choice, else the locale:\nLC_ALL / LC_MESSAGES / LANG, zh* is Chinese)",
    checklists: "checklist files from DIR, not the built-in ones",
    data_dir: "where sessions live (default: XHS_CANCEL_DATA_DIR,\nelse the platform data folder)",
    mouse: "enable the mouse (off so text can be selected and\ncopied)",
    ascii: "ASCII borders and marks, for terminals that draw box\ncharacters double-width",
    help: "print this help",
    version: "print the version",
    // --- commands
    status: "a short text summary of the saved progress",
    status_long: "A short text summary of the saved progress: each stage's count, the answers,\n\
                  the review clock and the cooling-off period.",
    export: "the progress report: answers, items, the review clock",
    export_long: "The progress report: your answers, every item with its state and time,\n\
                  and the review clock; once the review is overdue, a complaint letter draft.\n\
                  It is in the session's language (--lang changes it).",
    format: "markdown (the default) is for people;\njson is stable, for scripts",
    output: "write to FILE (replaced whole, readable by you only);\n- is standard output",
    check: "validate checklist files (default: the built-in ones)",
    check_long: "Validate checklist files: every problem with its file, line and column.\n\
                 Without DIR, the built-in checklists are checked.",
    check_dir: "the folder of checklist files (default: --checklists,\nelse the built-in ones)",
    submitted: "record or correct the day you submitted the deletion request",
    submitted_long: "Record or correct the day you submitted the deletion request in the app:\n\
                     day 0 of the review clock. The submit step is confirmed with it.\n\
                     The date cannot be after today.",
    submitted_usage: "xhs-cancel submitted <YYYY-MM-DD>\n       xhs-cancel submitted --clear [--yes]",
    date: "the day you submitted, for example 2026-11-28",
    clear: "remove the recorded date and mark the submit step not\ndone (asks first)",
    clear_yes: "do not ask first (with --clear)",
    forget: "delete the saved session, its backups and archives from this computer",
    forget_long: "Delete the saved session, its backups and archives from this computer.\n\
                  Every file is listed before it asks. Only this program's files in the\n\
                  data folder are removed.",
    forget_yes: "do not ask first",
    completions: "print a shell completion script",
    completions_long: "Print the completion script of the shell named on standard output; save it
\
                       where that shell looks for completions.",
    shell: "the shell",
    man: "print the manual page (roff)",
    man_long: "Print the manual page (roff) on standard output: save it as xhs-cancel.1
\
               and read it with man ./xhs-cancel.1.",
    // --- the man page
    man_commands: "COMMANDS",
    man_notes: "NOTES",
    man_exit_status: "EXIT STATUS",
    man_name: "delete a Xiaohongshu / RedNote account, step by step, offline",
};

pub(super) const LOG_HELP: LogHelp = LogHelp {
    // --- log
    about: "the case file: submission, contacts, replies, complaints, evidence",
    long: "The case file: what you recorded (submission, contacts, replies, complaints...),\n\
           the confirmed steps and every \"continue anyway\", newest first. Records are stored\n\
           unencrypted in session.toml on this computer; xhs-cancel forget removes them.",
    usage: "xhs-cancel log [--format text|json]\n       \
            xhs-cancel log add <KIND> [OPTIONS]\n       \
            xhs-cancel log verify\n       \
            xhs-cancel log remove <ID> [--yes]",
    format: "text (the default) is for people; json is stable, for\nscripts",
    // --- log add
    add: "record an event",
    add_long: "Record an event. KIND: submitted, contacted (customer service), reply (the\n\
               platform's answer), complaint (needs --to), cancelled (the request was withdrawn),\n\
               gone (the account is gone), note. A note that looks like an ID number, a mobile\n\
               number, a code or a password is refused: pass --mask or --keep-sensitive.",
    kind: "what happened, for example contacted",
    kind_name: "KIND",
    date: "the day it happened (default: today)",
    note: "a note (at most 2,000 characters)",
    via: "how you contacted them: in-app chat, phone, email",
    reference: "the ticket or conversation number",
    to: "where the complaint went: platform, 12321, 12315, miit,\ncac, court",
    item: "tie it to a checklist item: STAGE/ITEM, for example\ndeletion/submit",
    item_name: "STAGE/ITEM",
    file: "a file kept as proof (repeatable): its path, size and\nSHA-256 are recorded; it is never copied or uploaded",
    mask: "store what looks like a password, code, ID or mobile\nnumber masked with *",
    keep: "store what looks sensitive as typed",
    // --- log verify, log remove
    verify: "re-hash every evidence file: which are missing or changed",
    verify_long: "Re-hash every evidence file and say, file by file, whether it is unchanged,\n\
                  changed, missing or unreadable. Exit code 0 when all are unchanged, 1 when any\n\
                  is missing, changed or unreadable.",
    remove: "remove an event (asks first)",
    remove_long: "Remove an event: it is shown and you are asked first. The numbers are in\n\
                  xhs-cancel log.",
    id: "the event's number (after # in xhs-cancel log)",
    id_name: "ID",
    yes: "do not ask first",
    // --- value names
    text: "TEXT",
    path: "PATH",
};

pub(super) const REMIND_HELP: RemindHelp = RemindHelp {
    // --- remind
    remind: "calendar reminders (.ics): cooling-off end, a check-in, the review limit",
    remind_long: "Calendar reminders as an iCalendar (.ics) file for your phone's or computer's\n\
                  calendar: the end of the cooling-off period (once recorded with cooling-off),\n\
                  a check-in 3 working days before the 15-working-day review limit, and the\n\
                  limit itself. All-day events; importing the file again updates them instead\n\
                  of adding copies. Needs the submission date (xhs-cancel submitted YYYY-MM-DD).",
    output: "write to FILE (replaced whole, readable by you only);\n- is standard output",
    // --- cooling-off
    cooling_off: "record the cooling-off period the app showed, or remove it with --clear",
    cooling_off_long: "Record the cooling-off period the app showed after you submitted the\n\
                       deletion request, in calendar days (0 to 366): the calendar reminders\n\
                       mark the day it ends. Needs the submission date.",
    cooling_off_usage: "xhs-cancel cooling-off <DAYS>\n       xhs-cancel cooling-off --clear",
    days: "the cooling-off period the app showed, in calendar days,\nfor example 7",
    days_name: "DAYS",
    clear: "remove the recorded cooling-off length",
    // --- export --to
    to: "whom the complaint letter is addressed to: platform,\n\
         12321, 12315, miit or cac (default: the channel of the\n\
         latest complaint recorded, else the platform)",
    channel: "CHANNEL",
};
