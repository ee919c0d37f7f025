//! The command line: the language of its messages, running the commands, and exit codes.
//! Everything it prints goes through [`out`] / [`err`], which return write errors instead of
//! panicking: a closed pipe ends the program quietly.

mod args;
mod commands;
mod log;
pub mod messages;
mod remind;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::app;
use crate::checklist::Checklist;
use crate::error::LoadError;
use crate::session::Session;
use crate::store::{self, Store, StoreError};
use crate::text::Lang;
use crate::wizard::{Model, Overlay, ViewOptions};
pub use args::{Cli, Command, Format, Output, Parsed, Submitted, UsageError};
use messages::CliError;

/// Exit codes, as DESIGN.md §2 promises them.
pub mod exit {
    pub const OK: u8 = 0;
    pub const RUNTIME: u8 = 1;
    pub const INVALID: u8 = 2;
    pub const LOCKED: u8 = 3;
}

/// A failure with the exit code it maps to; `main` prints it once the terminal is restored.
struct Failure {
    code: u8,
    error: Box<dyn std::error::Error>,
}

impl<E: std::error::Error + 'static> From<E> for Failure {
    fn from(error: E) -> Failure {
        Failure {
            code: exit::RUNTIME,
            error: Box::new(error),
        }
    }
}

impl Failure {
    /// Standard output was closed by its reader (`xhs-cancel status | head -c0`): not worth a word.
    fn is_closed_pipe(&self) -> bool {
        self.error
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    }
}

fn fail(code: u8, error: impl std::error::Error + 'static) -> Failure {
    Failure {
        code,
        error: Box::new(error),
    }
}

/// Writes to standard output and flushes; errors (a closed pipe) are returned, never a panic.
fn out(text: &str) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// One line to standard output.
fn out_line(text: &str) -> Result<(), Failure> {
    out(&format!("{text}\n"))
}

/// One line to standard error; a failure to write there has nowhere to be reported.
fn err(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}

pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let cli = match parse(args) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let result = match &cli.command {
        Some(command) => commands::run(&cli, command),
        None => wizard(&cli),
    };
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        Err(failure) if failure.is_closed_pipe() => ExitCode::from(exit::OK),
        Err(failure) => {
            print_failure(failure.error.as_ref(), message_lang(&cli));
            ExitCode::from(failure.code)
        }
    }
}

/// The command line to run, or the exit code after printing help, the version or a usage
/// error. A successful parse needs no language; for the rest it is looked up in full (the
/// saved session included) and the arguments parsed again in it.
fn parse(args: Vec<OsString>) -> Result<Cli, u8> {
    let typed = args::option_value(&args, "lang").and_then(|v| lang_named(&v));
    let first = args::parse(args.clone(), typed.unwrap_or_else(locale_lang));
    if let Ok(Parsed::Run(cli)) = first {
        return Ok(cli);
    }
    let dir = args::option_value(&args, "data-dir")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(store::default_data_dir);
    let lang = typed.unwrap_or_else(|| saved_or_locale_lang(dir.as_deref()));
    let help = args::help_command(&args);
    match args::parse(args, lang) {
        Ok(Parsed::Run(cli)) => Ok(cli),
        Ok(Parsed::Print(text)) => match out(&text) {
            Err(failure) if !failure.is_closed_pipe() => {
                print_failure(failure.error.as_ref(), lang);
                Err(exit::RUNTIME)
            }
            _ => Err(exit::OK),
        },
        Err(e) => {
            err(&format!(
                "{}{}",
                messages::error_prefix(lang),
                messages::usage(&e, lang)
            ));
            err(&messages::try_help(lang, &help));
            Err(exit::INVALID)
        }
    }
}

fn lang_named(value: &std::ffi::OsStr) -> Option<Lang> {
    match value.to_str()? {
        "zh" => Some(Lang::Zh),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The language the system asks for; `zh*` is Chinese, anything else (or nothing) English.
/// The first of LC_ALL, LC_MESSAGES and LANG that is set and not empty, as the C library
/// picks the messages' locale; else the system's own setting through `sys-locale` (Windows:
/// the user's display language; macOS: the preferred languages; elsewhere: `LANGUAGE`).
fn locale_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
        .or_else(sys_locale::get_locale)
        .map_or(Lang::En, |locale| Lang::from_locale(&locale))
}

/// The saved session's language, read without the lock; the locale's when there is none or
/// it cannot be read.
fn saved_or_locale_lang(dir: Option<&Path>) -> Lang {
    dir.and_then(|dir| store::peek(dir).ok().flatten())
        .map_or_else(locale_lang, |session| session.lang)
}

/// The language of the command line's messages: `--lang`, else the saved session's, else the
/// locale's.
fn message_lang(cli: &Cli) -> Lang {
    cli.lang
        .unwrap_or_else(|| saved_or_locale_lang(data_dir(cli).ok().as_deref()))
}

/// The language when nothing is saved: `--lang`, else the locale.
fn default_lang(cli: &Cli) -> Lang {
    cli.lang.unwrap_or_else(locale_lang)
}

/// Loads the checklists the command line names, built-in by default.
pub fn load_checklist(dir: Option<&Path>) -> Result<Checklist, LoadError> {
    match dir {
        Some(dir) => Checklist::from_dir(dir),
        None => Checklist::builtin(),
    }
}

fn checklist(cli: &Cli) -> Result<Checklist, Failure> {
    load_checklist(cli.checklists.as_deref()).map_err(|e| fail(exit::INVALID, e))
}

/// The session folder: `--data-dir`, else `XHS_CANCEL_DATA_DIR`, else the platform's.
fn data_dir(cli: &Cli) -> Result<PathBuf, Failure> {
    cli.data_dir
        .clone()
        .or_else(store::default_data_dir)
        .ok_or_else(|| fail(exit::RUNTIME, CliError::NoDataDir))
}

/// The session folder, once it is known to be the person's own (see [`store::owner`]): another
/// user's folder or session file is refused (exit 2); for the commands that write the session
/// (`writes`), one open to others is tightened and a note on stderr says so. Run before anything
/// reads the session or takes the terminal.
fn own_data_dir(cli: &Cli, writes: bool) -> Result<PathBuf, Failure> {
    let dir = data_dir(cli)?;
    let notes = store::owner::check(&dir, writes)
        .map_err(|refusal| fail(exit::INVALID, CliError::NotOwned(refusal)))?;
    for note in &notes {
        err(&messages::owner_note(message_lang(cli), note));
    }
    Ok(dir)
}

fn store_failure(e: StoreError) -> Failure {
    let code = match e {
        StoreError::Locked { .. } => exit::LOCKED,
        StoreError::Corrupt { .. }
        | StoreError::Unreadable { .. }
        | StoreError::NewerVersion { .. } => exit::INVALID,
        _ => exit::RUNTIME,
    };
    fail(code, e)
}

/// The wizard: everything that can fail is checked before the terminal is taken over.
fn wizard(cli: &Cli) -> Result<(), Failure> {
    let checklist = checklist(cli)?;
    let dir = own_data_dir(cli, true)?;
    let mut store = Store::open(&dir).map_err(store_failure)?;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(fail(exit::INVALID, CliError::NeedsTerminal));
    }
    if let Some((why, utf8)) = cannot_draw(cli.ascii) {
        drop(store);
        // Without UTF-8, only ASCII is sure to show: English unless `--lang` asks otherwise.
        let lang = match utf8 {
            true => message_lang(cli),
            false => cli.lang.unwrap_or(Lang::En),
        };
        err(&why(lang));
        // The summary in the same language as the notice: Chinese only where it can show.
        let plain = Cli {
            lang: Some(lang),
            ..cli.clone()
        };
        return commands::run(&plain, &Command::Status);
    }
    if cli.new
        && let Some(archived) = store.archive().map_err(store_failure)?
    {
        err(&messages::archived(default_lang(cli), &archived));
    }
    let (session, problem) = match store.load() {
        Ok(session) => (session, None),
        Err(e @ StoreError::Corrupt { .. }) => {
            (None, Some(messages::describe(&e, default_lang(cli))))
        }
        Err(e) => return Err(store_failure(e)),
    };
    let mut session = session.unwrap_or_else(|| Session::new(default_lang(cli)));
    if cli.lang.is_some() {
        session.lang = default_lang(cli);
    }
    let mut model = Model::new(
        checklist,
        session,
        crate::session::now(),
        TimeZone::system(),
    );
    model.options = ViewOptions {
        ascii: cli.ascii,
        no_color: no_color(),
        mouse: cli.mouse,
    };
    model.lang_chosen = cli.lang.is_some();
    if let Some(problem) = problem {
        let backup = store.backup_path().exists();
        model.overlay = Some(Overlay::Recover {
            problem,
            backup,
            failed: None,
        });
    }
    if model.options.no_color {
        ratatui::crossterm::style::force_color_output(true);
    }
    let outcome = app::run(model, store)?;
    if let Some(unsaved) = outcome.unsaved {
        err(&messages::unsaved(message_lang(cli), &unsaved));
        return Err(fail(exit::RUNTIME, CliError::NotSaved));
    }
    Ok(())
}

/// A message in the language given.
type Message = fn(Lang) -> String;

/// Why this terminal cannot show the wizard, as a message in a language: `TERM=dumb`, or
/// (on Unix, without `--ascii`) a locale that is not UTF-8, judged from the first of
/// `LC_ALL`, `LC_CTYPE` and `LANG` that is set, as the C library does. The message, and
/// whether the locale is UTF-8.
fn cannot_draw(ascii: bool) -> Option<(Message, bool)> {
    let var = |name| std::env::var(name).ok().filter(|v| !v.is_empty());
    if var("TERM").as_deref() == Some("dumb") {
        return Some((messages::dumb_terminal, true));
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].into_iter().find_map(var);
    let utf8 = locale.is_some_and(|l| {
        let l = l.to_ascii_lowercase();
        l.contains("utf-8") || l.contains("utf8")
    });
    (cfg!(unix) && !ascii && !utf8).then_some((messages::no_utf8_locale, false))
}

/// `NO_COLOR` set to anything non-empty turns colour off (no-color.org).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Prints an error and its chain of causes to stderr (`messages::failure_lines`).
fn print_failure(error: &(dyn std::error::Error + 'static), lang: Lang) {
    for line in messages::failure_lines(error, lang) {
        err(&line);
    }
}
