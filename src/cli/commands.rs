//! The commands other than the wizard: `status`, `export`, `check`, `submitted`, `forget`,
//! `completions` and `man` (`remind` and `cooling-off` are in [`super::remind`]). Each reads
//! only what it needs.

use std::io::{self, BufRead, IsTerminal};
use std::path::Path;

use super::args::{self, Cli, Command, Format, Output, Submitted};
use super::messages::{self, CliError};
use super::{
    Failure, checklist, default_lang, exit, fail, locale_lang, message_lang, out, out_line,
    own_data_dir, store_failure,
};
use clap::Command as ClapCommand;
use jiff::tz::TimeZone;
use roff::{Roff, bold, line_break, roman};

use crate::calendar::ReviewClock;
use crate::checklist::{Checklist, Mark, StageId};
use crate::i18n::strings;
use crate::report;
use crate::session::Session;
use crate::store::{self, SESSION_FILE, Store};
use crate::text::Lang;
use crate::timeline::Channel;
use crate::wizard::Model;

/// Runs one command.
pub(super) fn run(cli: &Cli, command: &Command) -> Result<(), Failure> {
    match command {
        Command::Status => status(cli),
        Command::Export { format, output, to } => export(cli, *format, output, *to),
        Command::Check { dir } => check(cli, dir.as_deref().or(cli.checklists.as_deref())),
        Command::Submitted(what) => submitted(cli, *what),
        Command::Forget { yes } => forget(cli, *yes),
        Command::Completions(shell) => {
            let mut script = Vec::new();
            let mut command = args::command(message_lang(cli));
            clap_complete::generate(*shell, &mut command, "xhs-cancel", &mut script);
            out(&String::from_utf8_lossy(&script))
        }
        Command::Man => out(&man_page(message_lang(cli))?),
        Command::Log(what) => super::log::run(cli, what),
        Command::Remind { output } => super::remind::remind(cli, output),
        Command::CoolingOff(what) => super::remind::cooling_off(cli, *what),
    }
}

/// The model of a saved (or, for `export`, a fresh) session; `--lang` overrides its language.
fn model(cli: &Cli, session: Session) -> Result<Model, Failure> {
    let mut model = Model::new(
        checklist(cli)?,
        session,
        crate::session::now(),
        TimeZone::system(),
    );
    if let Some(lang) = cli.lang {
        model.session.lang = lang;
    }
    Ok(model)
}

fn status(cli: &Cli) -> Result<(), Failure> {
    let dir = own_data_dir(cli, false)?;
    match store::peek(&dir).map_err(store_failure)? {
        Some(session) => out(&report::status(&model(cli, session)?)),
        None => out_line(&messages::no_session(default_lang(cli), &dir)),
    }
}

/// Without a saved session the JSON says so (`"session": null`) and the Markdown says there is none.
fn export(cli: &Cli, format: Format, output: &Output, to: Option<Channel>) -> Result<(), Failure> {
    let dir = own_data_dir(cli, false)?;
    let saved = store::peek(&dir).map_err(store_failure)?;
    let session_file = saved.as_ref().map(|_| dir.join(SESSION_FILE));
    let fresh = || Session::new(default_lang(cli));
    let model = model(cli, saved.unwrap_or_else(fresh))?;
    let text = match (format, &session_file) {
        (Format::Json, file) => report::json(&model, file.as_deref()),
        (Format::Markdown, Some(_)) => report::markdown_to(&model, to),
        (Format::Markdown, None) => report::markdown_without_session(&model, &dir),
    };
    write_output("export", output, &dir, &text)
}

/// Writes `text` to standard output, or to a file (atomic, owner-only) unless its name is one
/// of the program's own (see [`is_in_data_folder`]) in the data folder `dir`; `command`
/// (`export`, `remind`) names the command in that refusal.
pub(super) fn write_output(
    command: &'static str,
    output: &Output,
    dir: &Path,
    text: &str,
) -> Result<(), Failure> {
    match output {
        Output::Stdout => out(text),
        Output::File(path) if is_in_data_folder(path, dir) => Err(fail(
            exit::INVALID,
            CliError::OwnFile {
                path: path.clone(),
                command,
            },
        )),
        Output::File(path) => {
            store::write_private_atomic(path, text.as_bytes()).map_err(|source| {
                fail(
                    exit::RUNTIME,
                    CliError::Write {
                        path: path.clone(),
                        source,
                    },
                )
            })
        }
    }
}

/// Whether `path` names one of the program's own files in the data folder `dir` (the
/// session, its backup, the lock, archives): an export must never replace those.
fn is_in_data_folder(path: &Path, _dir: &Path) -> bool {
    // Any folder may be someone's data folder (another --data-dir, a copy): a name the
    // program uses for its own files is refused wherever it is.
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|name| {
            store::is_ours(name)
                && !name.starts_with(store::REPORT_PREFIX)
                && !name.starts_with(store::REMINDER_PREFIX)
        })
}

/// Validates the files themselves: without a directory, the embedded TOML of the built-in
/// checklists is parsed and checked again rather than taking the build's word for it.
fn check(cli: &Cli, dir: Option<&Path>) -> Result<(), Failure> {
    let checked = match dir {
        Some(dir) => Checklist::from_dir(dir),
        None => Checklist::parse(&Checklist::builtin_files()),
    };
    let checklist = checked.map_err(|e| fail(exit::INVALID, e))?;
    out_line(&messages::check_ok(message_lang(cli), &checklist))
}

/// The deletion stage's submit step: the item marked `submitted`.
fn submit_step(checklist: &Checklist) -> Result<String, Failure> {
    checklist
        .stage(StageId::Deletion)
        .items
        .iter()
        .find(|item| item.marks == Some(Mark::Submitted))
        .map(|item| item.id.clone())
        .ok_or_else(|| fail(exit::INVALID, CliError::NoSubmitStep))
}

/// Records, corrects or removes the submission date, holding the session's lock.
fn submitted(cli: &Cli, what: Submitted) -> Result<(), Failure> {
    let checklist = checklist(cli)?;
    let item = submit_step(&checklist)?;
    let today = crate::session::now()
        .to_zoned_datetime(TimeZone::system())
        .date();
    if let Submitted::On(date) = what
        && date > today
    {
        let value = date.to_string();
        return Err(fail(exit::INVALID, CliError::FutureDate { value, today }));
    }
    if let Submitted::On(date) = what
        && date < crate::wizard::EARLIEST
    {
        let value = date.to_string();
        return Err(fail(exit::INVALID, CliError::TooEarly { value }));
    }
    // The date is checked before the folder is looked at: a refused date changes nothing.
    let dir = own_data_dir(cli, true)?;
    if matches!(what, Submitted::Clear { .. })
        && store::peek(&dir).map_err(store_failure)?.is_none()
    {
        return out_line(&messages::no_session(default_lang(cli), &dir));
    }
    let mut store = Store::open(&dir).map_err(store_failure)?;
    let saved = store::peek(&dir).map_err(store_failure)?;
    let lang = cli
        .lang
        .or(saved.as_ref().map(|s| s.lang))
        .unwrap_or_else(locale_lang);
    let mut session = saved.unwrap_or_else(|| Session::new(default_lang(cli)));
    match what {
        Submitted::On(date) => {
            session.record_submission(&item, date, crate::session::now());
            store.save(&session).map_err(store_failure)?;
            let clock = ReviewClock::new(&checklist.calendar, date, today);
            out_line(&messages::submission_recorded(lang, date, clock.deadline))?;
            match clock.basis_note(lang) {
                Some(note) => out_line(&note),
                None => Ok(()),
            }
        }
        Submitted::Clear { yes } => {
            let Some(review) = session.review else {
                return out_line(messages::no_submission(lang));
            };
            if !yes
                && !ask(
                    &messages::clear_question(lang, review.submitted_on.0),
                    "submitted --clear",
                )?
            {
                return out_line(messages::nothing_changed(lang));
            }
            session.clear_submission(&item, today, crate::session::now());
            store.save(&session).map_err(store_failure)?;
            out_line(messages::submission_cleared(lang))
        }
    }
}

/// Lists every file it will delete, asks (unless `yes`), then deletes exactly those and says
/// that exports and reminders elsewhere are left alone.
fn forget(cli: &Cli, yes: bool) -> Result<(), Failure> {
    let dir = own_data_dir(cli, false)?;
    let lang = message_lang(cli);
    let files = store::forgettable(&dir).map_err(store_failure)?;
    if files.is_empty() {
        return out_line(&messages::nothing_to_forget(lang, &dir));
    }
    if !yes && !ask(&messages::forget_question(lang, &files), "forget")? {
        return out_line(messages::nothing_removed(lang));
    }
    for path in store::remove_files(&dir, &files).map_err(store_failure)? {
        out_line(&messages::removed(lang, &path))?;
    }
    out_line(messages::forget_leaves(lang))
}

/// Asks a `[y/N]` question on the terminal; without one, refuses with a pointer to `--yes`.
pub(super) fn ask(question: &str, command: &'static str) -> Result<bool, Failure> {
    if !io::stdin().is_terminal() {
        return Err(fail(exit::INVALID, CliError::NeedsYes { command }));
    }
    out(question)?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(messages::is_yes(&answer))
}

/// The manual page: clap_mangen's title, synopsis and options, then each command in a section
/// of its own (clap_mangen would point to a page per command, which this program does not ship),
/// then the notes that end `--help` and the exit codes. NAME is one short line; DESCRIPTION
/// the opening of `--help`.
fn man_page(lang: Lang) -> io::Result<String> {
    let h = &strings(lang).cli.help;
    let mut command = args::command(lang).about(h.man_name).long_about(h.about);
    let mut page = Vec::new();
    let subcommands: Vec<ClapCommand> = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .cloned()
        .collect();
    for name in args::COMMANDS {
        command = command.mut_subcommand(name, |c| c.hide(true));
    }
    clap_mangen::Man::new(command).render(&mut page)?;
    let mut roff = Roff::new();
    let (commands, notes) = (h.man_commands, h.man_notes);
    roff.control("SH", [commands]);
    for sub in &subcommands {
        roff.control("SS", [sub.get_name()]);
        let usage = sub.clone().render_usage().to_string();
        for line in usage.lines() {
            let line = line.trim().trim_start_matches("Usage:").trim();
            roff.text([bold(line), line_break()]);
        }
        roff.control("PP", [] as [&str; 0]);
        roff.text([roman(
            sub.get_long_about()
                .or(sub.get_about())
                .map(|a| a.to_string())
                .unwrap_or_default(),
        )]);
        for arg in sub
            .get_arguments()
            .filter(|a| !a.is_global_set() && !a.is_hide_set() && a.get_id() != "help")
        {
            roff.control("TP", [] as [&str; 0]);
            roff.text([bold(arg_label(arg))]);
            roff.text([roman(
                arg.get_help().map(|a| a.to_string()).unwrap_or_default(),
            )]);
        }
    }
    roff.control("SH", [notes]);
    roff.text([roman(h.after)]);
    roff.control("SH", [h.man_exit_status]);
    roff.text([roman(h.exit_codes)]);
    roff.to_writer(&mut page)?;
    Ok(String::from_utf8_lossy(&page).into_owned())
}

/// `-o, --output <FILE>`, `--yes`, `[DIR]`: an argument as the help shows it.
fn arg_label(arg: &clap::Arg) -> String {
    let value = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map(|name| name.to_string());
    match (arg.get_short(), arg.get_long(), value) {
        (_, None, Some(value)) if arg.is_required_set() => format!("<{value}>"),
        (_, None, Some(value)) => format!("[{value}]"),
        (Some(short), Some(long), Some(value)) => format!("-{short}, --{long} <{value}>"),
        (None, Some(long), Some(value)) => format!("--{long} <{value}>"),
        (_, Some(long), None) => format!("--{long}"),
        _ => arg.get_id().to_string(),
    }
}
