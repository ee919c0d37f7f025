//! The shape of the command line's strings: help, usage, printed lines and errors. Values from
//! outside the program (paths, typed arguments) reach these strings already sanitized and,
//! where the message quotes them, already in quotes.

mod help;
mod log;
mod store;
mod usage;

pub use help::{Help, LogHelp, RemindHelp};
pub use log::Log;
pub use store::StoreErrors;
pub use usage::Usage;

use jiff::civil::Date;

/// The command line's strings in one language (see [`super::zh`] and [`super::en`]).
pub struct Cli {
    // --- help
    /// `xhs-cancel --help` and each command's help.
    pub help: Help,
    /// `log`'s and its commands' help.
    pub log_help: LogHelp,
    /// `remind`'s, `cooling-off`'s and `export --to`'s help.
    pub remind_help: RemindHelp,
    // --- around every message
    /// Before an error on stderr.
    pub error_prefix: &'static str,
    /// Before each cause in an error's chain.
    pub cause_prefix: &'static str,
    /// The line after a usage error: where the refused `command`'s help is (`xhs-cancel log`).
    pub try_help: fn(command: &str) -> String,
    /// Between the items of a list but the last two (`a, b or c`).
    pub list_separator: &'static str,
    /// Between the last two items of a list.
    pub list_or: &'static str,
    /// After a refused name: the `suggestion` (quoted) it is nearest to.
    pub did_you_mean: fn(suggestion: &str) -> String,
    /// When the terminal failed under the wizard (its cause follows on the next line).
    pub terminal_error: &'static str,
    // --- status, export, log
    /// Instead of a summary or report when the data folder `dir` holds no session.
    pub no_session: fn(dir: &str) -> String,
    // --- check
    /// The calendar's years in `check`'s line: its first and last year, when it has any.
    pub calendar_years: fn(span: Option<(i16, i16)>) -> String,
    /// `check`'s line for checklists that passed: the counts, and `years`.
    pub check_ok:
        fn(stages: usize, items: usize, questions: usize, sources: usize, years: &str) -> String,
    // --- forget
    /// The line before the list of files `forget` will delete.
    pub forget_list: &'static str,
    /// The question after the list.
    pub forget_question: &'static str,
    /// One line per removed file or folder `file`.
    pub removed: fn(file: &str) -> String,
    /// After `forget`: what it leaves alone.
    pub forget_leaves: &'static str,
    /// `forget` with no session in the data folder `dir`.
    pub nothing_to_forget: fn(dir: &str) -> String,
    /// `forget` answered no.
    pub nothing_removed: &'static str,
    // --- submitted
    /// `submitted DATE` recorded the day `on`; the review limit of `limit` working days
    /// ends on `deadline`.
    pub submission_recorded: fn(on: Date, limit: i32, deadline: Date) -> String,
    /// `submitted --clear`'s question, with the recorded day `on`.
    pub clear_question: fn(on: Date) -> String,
    /// `submitted --clear` done.
    pub submission_cleared: &'static str,
    /// `submitted --clear` with no date recorded.
    pub no_submission: &'static str,
    /// A question (`submitted --clear`, `log remove`) answered no.
    pub nothing_changed: &'static str,
    // --- the wizard
    /// `--new` archived the previous session as the file `to`.
    pub archived: fn(to: &str) -> String,
    /// The wizard ended with changes it could not save, for `reason`.
    pub unsaved: fn(reason: &str) -> String,
    /// `TERM=dumb`: the plain status follows instead of the wizard.
    pub dumb_terminal: &'static str,
    /// A locale that is not UTF-8: the plain status follows instead of the wizard.
    pub no_utf8_locale: &'static str,
    // --- the data folder's owner
    /// `path` is a sticky folder shared by several users (owned by uid `owner`); `fix` makes
    /// the folder `private` inside it.
    pub not_owned_shared: fn(path: &str, owner: u32, fix: &str, private: &str) -> String,
    /// The data folder `path` belongs to uid `owner`, not to the person's `uid`; `fix`
    /// takes it over.
    pub not_owned_folder: fn(path: &str, owner: u32, uid: u32, fix: &str) -> String,
    /// A session file `path` belongs to uid `owner`, not to the person's `uid`.
    pub not_owned_file: fn(path: &str, owner: u32, uid: u32, fix: &str) -> String,
    /// A note on stderr: `path` was open to others (mode `from`) and is now `to`.
    pub tightened: fn(path: &str, from: u32, to: u32) -> String,
    /// A note on stderr: `path` is a shared folder (mode `mode`), left as it is.
    pub shared_folder: fn(path: &str, mode: u32) -> String,
    // --- the command line's errors
    /// No `--data-dir`, no `XHS_CANCEL_DATA_DIR`, no platform folder.
    pub no_data_dir: &'static str,
    /// The wizard started without a terminal.
    pub needs_terminal: &'static str,
    /// `command` would ask a question, but standard input is not a terminal.
    pub needs_yes: fn(command: &str) -> String,
    /// `submitted` with the day `value` (quoted) after `today`.
    pub submission_in_future: fn(value: &str, today: Date) -> String,
    /// `xhs-cancel command -o path` naming one of the program's own files.
    pub own_file: fn(path: &str, command: &str) -> String,
    /// `submitted` with the day `value` (quoted) before Xiaohongshu existed.
    pub submission_too_early: fn(value: &str) -> String,
    /// The checklists have no submit step.
    pub no_submit_step: &'static str,
    /// The report or reminders could not be written to `path`.
    pub cannot_write: fn(path: &str) -> String,
    /// The wizard's last changes were not saved.
    pub not_saved: &'static str,
    // --- remind, cooling-off
    /// `cooling-off DAYS` recorded `days`, ending on `ends` when that day exists.
    pub cooling_off_recorded: fn(days: u16, ends: Option<Date>) -> String,
    /// `cooling-off DAYS` recorded `days` that `ended` before today.
    pub cooling_off_recorded_ended: fn(days: u16, ended: Date) -> String,
    /// `cooling-off --clear` done.
    pub cooling_off_cleared: &'static str,
    /// `cooling-off --clear` with no length recorded.
    pub cooling_off_none: &'static str,
    /// `remind` or `cooling-off` without a submission date.
    pub nothing_to_count_from: &'static str,
    /// `remind` once an outcome ended the review; `sentence` says which.
    pub review_ended: fn(sentence: &str) -> String,
    /// After writing reminders whose dates, up to the review's `deadline`, have all passed.
    pub all_past: fn(deadline: Date) -> String,
    // --- more
    /// Refused command lines.
    pub usage: Usage,
    /// `log` and its commands: their lines and refusals.
    pub log: Log,
    /// The store's and the checklists' errors in this language; `None` where their own
    /// (English) messages serve.
    pub store_errors: Option<StoreErrors>,
}
