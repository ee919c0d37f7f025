//! The lines the commands print and the errors they report, in the person's language from
//! [`crate::i18n`]. Values
//! from outside the program (paths, arguments, file contents) are sanitized here, where they
//! enter a message.

use std::fmt;
use std::path::Path;

use jiff::civil::Date;

use crate::calendar::REVIEW_LIMIT_WORKING_DAYS;
use crate::checklist::Checklist;
use crate::i18n::strings;
use crate::store::owner::{Note, Refusal};
use crate::text::{Lang, sanitize_line};

mod errors;
pub mod remind;
mod usage;
pub use errors::{describe, failure_lines};
pub(in crate::cli) use usage::one_of;
pub use usage::usage;

/// `"value"`, made safe to print: for arguments and paths in messages.
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", sanitize_line(value))
}

/// A path made safe to print.
pub fn path(path: &Path) -> String {
    sanitize_line(&path.display().to_string())
}

/// The line that starts an error message.
pub fn error_prefix(lang: Lang) -> &'static str {
    strings(lang).cli.error_prefix
}

/// The line before each cause in an error's chain.
pub fn cause_prefix(lang: Lang) -> &'static str {
    strings(lang).cli.cause_prefix
}

/// The line after a usage error: where the help of `command` (`xhs-cancel log add`) is.
pub fn try_help(lang: Lang, command: &str) -> String {
    (strings(lang).cli.try_help)(command)
}

/// What is printed instead of a status or report when nothing is saved.
pub fn no_session(lang: Lang, dir: &Path) -> String {
    (strings(lang).cli.no_session)(&path(dir))
}

/// `check`'s line for a set of checklists that passed.
pub fn check_ok(lang: Lang, checklist: &Checklist) -> String {
    let stages = checklist.stages.len();
    let items: usize = checklist.stages.iter().map(|s| s.items.len()).sum();
    let questions = checklist.questions.len();
    let sources = checklist.sources.len();
    let s = &strings(lang).cli;
    let years = (s.calendar_years)(checklist.calendar.span());
    (s.check_ok)(stages, items, questions, sources, &years)
}

/// `forget`'s list and question.
pub fn forget_question(lang: Lang, files: &[std::path::PathBuf]) -> String {
    let s = &strings(lang).cli;
    let mut text = s.forget_list.to_string();
    for file in files {
        text.push_str("  ");
        text.push_str(&path(file));
        text.push('\n');
    }
    text.push_str(s.forget_question);
    text
}

/// One line per removed file or folder.
pub fn removed(lang: Lang, file: &Path) -> String {
    (strings(lang).cli.removed)(&path(file))
}

/// After `forget` removed files: what it leaves alone.
pub fn forget_leaves(lang: Lang) -> &'static str {
    strings(lang).cli.forget_leaves
}

/// `forget` with nothing saved in `dir`.
pub fn nothing_to_forget(lang: Lang, dir: &Path) -> String {
    (strings(lang).cli.nothing_to_forget)(&path(dir))
}

/// `forget` answered no.
pub fn nothing_removed(lang: Lang) -> &'static str {
    strings(lang).cli.nothing_removed
}

/// Whether a typed answer to a `[y/N]` question is yes.
pub fn is_yes(answer: &str) -> bool {
    matches!(answer.trim(), "y" | "Y" | "yes" | "Yes" | "YES" | "是")
}

/// `submitted DATE`'s one line.
pub fn submission_recorded(lang: Lang, on: Date, deadline: Date) -> String {
    (strings(lang).cli.submission_recorded)(on, REVIEW_LIMIT_WORKING_DAYS, deadline)
}

/// `submitted --clear`'s question about the recorded day `on`.
pub fn clear_question(lang: Lang, on: Date) -> String {
    (strings(lang).cli.clear_question)(on)
}

/// `submitted --clear` done.
pub fn submission_cleared(lang: Lang) -> &'static str {
    strings(lang).cli.submission_cleared
}

/// `submitted --clear` with no date recorded.
pub fn no_submission(lang: Lang) -> &'static str {
    strings(lang).cli.no_submission
}

/// A question answered no.
pub fn nothing_changed(lang: Lang) -> &'static str {
    strings(lang).cli.nothing_changed
}

/// `--new` put the previous session away.
pub fn archived(lang: Lang, to: &Path) -> String {
    (strings(lang).cli.archived)(&path(to))
}

/// The wizard ended with changes it could not save.
pub fn unsaved(lang: Lang, reason: &str) -> String {
    (strings(lang).cli.unsaved)(&sanitize_line(reason))
}

/// Refusing a folder or session file another user owns, with the command that fixes it.
fn not_owned(lang: Lang, r: &Refusal) -> String {
    let s = &strings(lang).cli;
    let (p, owner, uid, fix) = (path(&r.path), r.owner, r.uid, r.fix());
    if r.shared {
        return (s.not_owned_shared)(&p, owner, &fix, &path(&r.private_folder()));
    }
    match r.is_dir {
        true => (s.not_owned_folder)(&p, owner, uid, &fix),
        false => (s.not_owned_file)(&p, owner, uid, &fix),
    }
}

/// What the ownership check changed or left in the data folder, one line for stderr.
pub fn owner_note(lang: Lang, note: &Note) -> String {
    let s = &strings(lang).cli;
    match note {
        Note::Tightened { path: p, from, to } => (s.tightened)(&path(p), *from, *to),
        Note::Shared { path: p, mode } => (s.shared_folder)(&path(p), *mode),
    }
}

/// The command line's own failures, each worded in both languages.
#[derive(Debug)]
pub enum CliError {
    /// No `--data-dir`, no `XHS_CANCEL_DATA_DIR`, and no platform folder (no home).
    NoDataDir,
    /// The wizard was started without a terminal.
    NeedsTerminal,
    /// A question would be asked, but standard input is not a terminal.
    NeedsYes { command: &'static str },
    /// `submitted` got a day after today.
    FutureDate { value: String, today: Date },
    /// `export -o` or `remind -o` (`command`) naming one of the program's own files.
    OwnFile {
        path: std::path::PathBuf,
        command: &'static str,
    },
    /// A submission date before Xiaohongshu existed ([`crate::wizard::EARLIEST`]).
    TooEarly { value: String },
    /// The checklists have no item marked `submitted` in the deletion stage.
    NoSubmitStep,
    /// The report file could not be written.
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    /// The wizard ended with its last changes unsaved.
    NotSaved,
    /// The data folder or a session file in it belongs to another user.
    NotOwned(Refusal),
}

impl CliError {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let s = &strings(lang).cli;
        match self {
            CliError::NoDataDir => s.no_data_dir.into(),
            CliError::NeedsTerminal => s.needs_terminal.into(),
            CliError::NeedsYes { command } => (s.needs_yes)(command),
            CliError::FutureDate { value, today } => {
                (s.submission_in_future)(&quoted(value), *today)
            }
            CliError::OwnFile { path: p, command } => (s.own_file)(&path(p), command),
            CliError::TooEarly { value } => (s.submission_too_early)(&quoted(value)),
            CliError::NoSubmitStep => s.no_submit_step.into(),
            CliError::Write { path: p, .. } => (s.cannot_write)(&path(p)),
            CliError::NotSaved => s.not_saved.into(),
            CliError::NotOwned(refusal) => not_owned(lang, refusal),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CliError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// `TERM=dumb`: the wizard's screen needs a terminal that moves the cursor; the plain status
/// is printed instead.
pub fn dumb_terminal(lang: Lang) -> String {
    strings(lang).cli.dumb_terminal.into()
}

/// No UTF-8 locale: the wizard's Chinese text and box lines would be garbled; the plain status
/// is printed instead.
pub fn no_utf8_locale(lang: Lang) -> String {
    strings(lang).cli.no_utf8_locale.into()
}
