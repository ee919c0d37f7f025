//! The command line: argument parsing, the subcommands, and exit codes.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::app;
use crate::args::{self, Cli, Command, Format, Parsed};
use crate::checklist::Checklist;
use crate::error::LoadError;
use crate::report;
use crate::session::Session;
use crate::store::{self, Store, StoreError};
use crate::text::{Lang, sanitize};
use crate::wizard::{Model, Overlay, ViewOptions};

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

fn fail(code: u8, error: impl std::error::Error + 'static) -> Failure {
    Failure {
        code,
        error: Box::new(error),
    }
}

pub fn main() -> ExitCode {
    let cli = match args::parse(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(cli)) => cli,
        Ok(Parsed::Print(text)) => {
            print!("{text}");
            return ExitCode::from(exit::OK);
        }
        Err(e) => {
            eprintln!("error: {}", sanitize(&e.to_string()));
            eprintln!("Try 'xhs-cancel --help'.");
            return ExitCode::from(exit::INVALID);
        }
    };
    let result = match &cli.command {
        Some(Command::Check { dir }) => check(dir.as_deref().or(cli.checklists.as_deref())),
        Some(Command::Status) => status(&cli),
        Some(Command::Export { format, output }) => export(&cli, *format, output.as_deref()),
        Some(Command::Forget { yes }) => forget(&cli, *yes),
        None => wizard(&cli),
    };
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        Err(failure) => {
            print_error(failure.error.as_ref());
            ExitCode::from(failure.code)
        }
    }
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

/// Validates the files themselves: without a directory, the embedded TOML of the built-in
/// checklists is parsed and checked again rather than taking the build's word for it.
fn check(dir: Option<&Path>) -> Result<(), Failure> {
    let checked = match dir {
        Some(dir) => Checklist::from_dir(dir),
        None => Checklist::parse(&Checklist::builtin_files()),
    };
    let checklist = checked.map_err(|e| fail(exit::INVALID, e))?;
    println!("{}", checklist.summary());
    Ok(())
}

/// The session folder: `--data-dir`, else `XHS_CANCEL_DATA_DIR`, else the platform's.
fn data_dir(cli: &Cli) -> Result<PathBuf, Failure> {
    cli.data_dir
        .clone()
        .or_else(store::default_data_dir)
        .ok_or_else(|| {
            fail(
                exit::RUNTIME,
                std::io::Error::other(
                    "no data folder: pass --data-dir DIR or set XHS_CANCEL_DATA_DIR",
                ),
            )
        })
}

/// The language when nothing is saved: `--lang`, else the locale.
fn default_lang(cli: &Cli) -> Lang {
    match cli.lang {
        Some(lang) => lang,
        None => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale)),
    }
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

/// The saved session for the read-only commands, without taking the lock or moving anything.
fn saved_model(cli: &Cli) -> Result<Model, Failure> {
    let checklist = checklist(cli)?;
    let dir = data_dir(cli)?;
    let session = store::peek(&dir)
        .map_err(store_failure)?
        .unwrap_or_else(|| Session::new(default_lang(cli)));
    let mut model = Model::new(checklist, session, Timestamp::now(), local_time_zone());
    if let Some(lang) = cli.lang {
        model.session.lang = lang;
    }
    Ok(model)
}

fn status(cli: &Cli) -> Result<(), Failure> {
    let model = saved_model(cli)?;
    print!("{}", report::status(&model));
    Ok(())
}

fn export(cli: &Cli, format: Format, output: Option<&Path>) -> Result<(), Failure> {
    let model = saved_model(cli)?;
    let text = match format {
        Format::Markdown => report::markdown(&model),
        Format::Json => report::json(&model),
    };
    match output {
        Some(path) => write_report(path, text.as_bytes()).map_err(|source| {
            fail(
                exit::RUNTIME,
                WriteError {
                    path: path.to_path_buf(),
                    source,
                },
            )
        })?,
        None => std::io::stdout().write_all(text.as_bytes())?,
    }
    Ok(())
}

/// Writes the report readable by its owner only (it records the person's progress),
/// replacing the file if it exists.
fn write_report(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(bytes)
}

#[derive(Debug, thiserror::Error)]
#[error("cannot write {}", .path.display())]
struct WriteError {
    path: PathBuf,
    #[source]
    source: std::io::Error,
}

fn forget(cli: &Cli, yes: bool) -> Result<(), Failure> {
    let dir = data_dir(cli)?;
    if !yes && !confirm_forget(&dir)? {
        println!("Nothing removed.");
        return Ok(());
    }
    let removed = store::forget(&dir).map_err(store_failure)?;
    if removed.is_empty() {
        println!("No saved session in {}.", dir.display());
    }
    for path in removed {
        println!("removed {}", path.display());
    }
    Ok(())
}

fn confirm_forget(dir: &Path) -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        let e = std::io::Error::other(
            "forget asks before deleting: run it in a terminal, or pass --yes",
        );
        return Err(fail(exit::INVALID, e));
    }
    print!(
        "Delete the saved session, its backups and archives in {}? [y/N] ",
        dir.display()
    );
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// The wizard: everything that can fail is checked before the terminal is taken over.
fn wizard(cli: &Cli) -> Result<(), Failure> {
    let checklist = checklist(cli)?;
    let dir = data_dir(cli)?;
    let mut store = Store::open(&dir).map_err(store_failure)?;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        let e = std::io::Error::other(
            "the wizard needs a terminal; for scripts use `xhs-cancel status` or `xhs-cancel export`",
        );
        return Err(fail(exit::INVALID, e));
    }
    if cli.new
        && let Some(archived) = store.archive().map_err(store_failure)?
    {
        eprintln!(
            "The previous session was archived as {}",
            archived.display()
        );
    }
    let (session, problem) = match store.load() {
        Ok(session) => (session, None),
        Err(e @ StoreError::Corrupt { .. }) => {
            (None, Some(crate::text::sanitize_line(&e.to_string())))
        }
        Err(e) => return Err(store_failure(e)),
    };
    let mut session = session.unwrap_or_else(|| Session::new(default_lang(cli)));
    if cli.lang.is_some() {
        session.lang = default_lang(cli);
    }
    let mut model = Model::new(checklist, session, Timestamp::now(), local_time_zone());
    model.options = ViewOptions {
        ascii: cli.ascii,
        no_color: no_color(),
        mouse: cli.mouse,
    };
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
        eprintln!("warning: the last changes could not be saved: {unsaved}");
        return Err(fail(
            exit::RUNTIME,
            std::io::Error::other("progress not saved"),
        ));
    }
    Ok(())
}

/// The local time zone from `TZ` or /etc/localtime, read directly: jiff's own lookup walks
/// the whole zoneinfo tree first, which costs milliseconds before the first frame.
pub fn local_time_zone() -> TimeZone {
    let from_file = |name: &str, path: &Path| {
        let bytes = std::fs::read(path).ok()?;
        TimeZone::tzif(name, &bytes).ok()
    };
    let zoneinfo = Path::new("/usr/share/zoneinfo");
    let from_env = std::env::var("TZ").ok().and_then(|tz| {
        let name = tz.trim_start_matches(':');
        let safe = !name.is_empty() && !name.starts_with('/') && !name.contains("..");
        let file = safe
            .then(|| from_file(name, &zoneinfo.join(name)))
            .flatten();
        file.or_else(|| TimeZone::posix(name).ok())
    });
    from_env
        .or_else(|| from_file("localtime", Path::new("/etc/localtime")))
        .unwrap_or(TimeZone::UTC)
}

/// `NO_COLOR` set to anything non-empty turns colour off (no-color.org).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Prints an error and its chain of causes to stderr, one per line, with nothing a terminal
/// would act on.
pub fn print_error(error: &dyn std::error::Error) {
    eprintln!("error: {}", sanitize(&error.to_string()));
    let mut source = error.source();
    while let Some(cause) = source {
        eprintln!(
            "  caused by: {}",
            crate::text::sanitize_line(&cause.to_string())
        );
        source = cause.source();
    }
}
