//! The command line's words: what `xhs-cancel` was asked to do, and the help that lists it.
//!
//! Parsed with lexopt rather than clap: the wizard's start-up time and memory are measured
//! against a bare ratatui program, and clap's code was a tenth of the binary and a sixth of the
//! time to the first frame.

use std::ffi::OsString;
use std::path::PathBuf;

use lexopt::prelude::*;

use crate::text::Lang;

/// What the command line asks for.
#[derive(Debug, Default, PartialEq)]
pub struct Cli {
    pub new: bool,
    pub lang: Option<Lang>,
    pub checklists: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    pub mouse: bool,
    pub ascii: bool,
    pub command: Option<Command>,
}

#[derive(Debug, PartialEq)]
pub enum Command {
    Status,
    Export {
        format: Format,
        output: Option<PathBuf>,
    },
    Check {
        dir: Option<PathBuf>,
    },
    Forget {
        yes: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
}

/// A parsed command line: something to run, or text to print and exit.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    Run(Cli),
    Print(String),
}

pub const HELP: &str = "\
Delete a Xiaohongshu / RedNote account (注销), step by step, offline.
It stores its progress only on this computer and never asks for a password,
SMS code or ID number.

Usage: xhs-cancel [OPTIONS] [COMMAND]

Commands:
  (none)        start the wizard, or resume the saved session
  status        a short text summary of the saved progress
  export        the progress report: answers, every item with its state and time,
                the review clock
      --format markdown|json   default markdown; json is stable for scripts
  -o, --output FILE            write to FILE instead of standard output
  check [DIR]   validate checklist files (default: the built-in ones)
  forget        delete the saved session and its backups from this computer
      --yes                    do not ask first

Options:
      --new              start over: the saved session is archived, not deleted
      --lang zh|en       language (default: the saved choice, else LC_ALL / LANG:
                         zh* is Chinese, else English)
      --checklists DIR   checklist files from DIR instead of the built-in ones
      --data-dir DIR     where sessions live (default: env XHS_CANCEL_DATA_DIR,
                         else the platform data folder)
      --mouse            enable the mouse (off so text can be selected and copied)
      --ascii            ASCII borders and marks, for terminals that draw box
                         characters double-width
  -h, --help             print this help
  -V, --version          print the version

Exit codes: 0 ok, 1 runtime error, 2 usage or invalid input,
3 the session is open in another xhs-cancel.
";

/// Why a command line was refused; printed with a pointer to `--help`, exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum UsageError {
    #[error("{0}")]
    Lexopt(#[from] lexopt::Error),
    #[error("{option} is not an option of {command}")]
    Misplaced {
        option: String,
        command: &'static str,
    },
    #[error("unknown command {0:?}")]
    UnknownCommand(String),
    #[error("invalid value {value:?} for {option}: expected {expected}")]
    InvalidValue {
        option: &'static str,
        value: String,
        expected: String,
    },
}

/// Options and their arguments may come in any order, before or after the command.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, UsageError> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut cli = Cli::default();
    let mut words: Vec<OsString> = Vec::new();
    let mut format = None;
    let mut output = None;
    let mut yes = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => return Ok(Parsed::Print(HELP.to_string())),
            Short('V') | Long("version") => {
                let version = format!("xhs-cancel {}\n", env!("CARGO_PKG_VERSION"));
                return Ok(Parsed::Print(version));
            }
            Long("new") => cli.new = true,
            Long("mouse") => cli.mouse = true,
            Long("ascii") => cli.ascii = true,
            Long("lang") => cli.lang = Some(choice(&mut parser, "--lang", LANGS)?),
            Long("checklists") => cli.checklists = Some(parser.value()?.into()),
            Long("data-dir") => cli.data_dir = Some(parser.value()?.into()),
            Long("format") => format = Some(choice(&mut parser, "--format", FORMATS)?),
            Short('o') | Long("output") => output = Some(parser.value()?.into()),
            Long("yes") => yes = true,
            Value(word) => words.push(word),
            other => return Err(other.unexpected().into()),
        }
    }
    cli.command = command(words, format, output, yes)?;
    Ok(Parsed::Run(cli))
}

const LANGS: &[(&str, Lang)] = &[("zh", Lang::Zh), ("en", Lang::En)];
const FORMATS: &[(&str, Format)] = &[("markdown", Format::Markdown), ("json", Format::Json)];

/// The option's value, one of `choices` by name.
fn choice<T: Copy>(
    parser: &mut lexopt::Parser,
    option: &'static str,
    choices: &[(&str, T)],
) -> Result<T, UsageError> {
    let value = parser.value()?;
    let value = value.to_string_lossy();
    let found = choices.iter().find(|(name, _)| *name == value);
    found
        .map(|(_, v)| *v)
        .ok_or_else(|| UsageError::InvalidValue {
            option,
            value: value.into_owned(),
            expected: choices
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(" or "),
        })
}

/// The command the words name, with the options that belong to it; an option left over
/// belongs to another command.
fn command(
    words: Vec<OsString>,
    mut format: Option<Format>,
    mut output: Option<PathBuf>,
    mut yes: bool,
) -> Result<Option<Command>, UsageError> {
    let mut words = words.into_iter();
    let name = words.next().map(|w| w.to_string_lossy().into_owned());
    let command = match name.as_deref() {
        None => None,
        Some("status") => Some(Command::Status),
        Some("export") => Some(Command::Export {
            format: format.take().unwrap_or(Format::Markdown),
            output: output.take(),
        }),
        Some("check") => Some(Command::Check {
            dir: words.next().map(PathBuf::from),
        }),
        Some("forget") => Some(Command::Forget {
            yes: std::mem::take(&mut yes),
        }),
        Some(other) => return Err(UsageError::UnknownCommand(other.to_string())),
    };
    let left_over = [
        ("--format", format.is_some()),
        ("--output", output.is_some()),
        ("--yes", yes),
    ];
    if let Some((option, _)) = left_over.iter().find(|(_, given)| *given) {
        return Err(UsageError::Misplaced {
            option: option.to_string(),
            command: name_of(&command),
        });
    }
    match words.next() {
        Some(extra) => Err(lexopt::Error::UnexpectedArgument(extra).into()),
        None => Ok(command),
    }
}

fn name_of(command: &Option<Command>) -> &'static str {
    match command {
        None => "the wizard",
        Some(Command::Status) => "status",
        Some(Command::Export { .. }) => "export",
        Some(Command::Check { .. }) => "check",
        Some(Command::Forget { .. }) => "forget",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &str) -> Result<Parsed, String> {
        parse(words.split_whitespace().map(OsString::from)).map_err(|e| e.to_string())
    }

    fn run(words: &str) -> Cli {
        match parse_words(words) {
            Ok(Parsed::Run(cli)) => cli,
            other => panic!("{words:?} gave {other:?}"),
        }
    }

    #[test]
    fn options_come_before_or_after_the_command() {
        let cli = run("--lang en status --data-dir /tmp/x");
        assert_eq!(cli.lang, Some(Lang::En));
        assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
        assert_eq!(cli.command, Some(Command::Status));
        let cli = run("export -o r.json --format=json");
        assert_eq!(
            cli.command,
            Some(Command::Export {
                format: Format::Json,
                output: Some(PathBuf::from("r.json"))
            })
        );
        assert_eq!(
            run("check dir").command,
            Some(Command::Check {
                dir: Some(PathBuf::from("dir"))
            })
        );
        assert_eq!(
            run("forget --yes").command,
            Some(Command::Forget { yes: true })
        );
        let cli = run("--new --mouse --ascii --checklists c");
        assert!(cli.new && cli.mouse && cli.ascii && cli.command.is_none());
    }

    #[test]
    fn bad_command_lines_say_what_is_wrong() {
        let cases = [
            (
                "--lang fr",
                "invalid value \"fr\" for --lang: expected zh or en",
            ),
            (
                "export --format pdf",
                "invalid value \"pdf\" for --format: expected markdown or json",
            ),
            ("--frobnicate", "invalid option '--frobnicate'"),
            ("delete", "unknown command \"delete\""),
            ("status now", "unexpected argument \"now\""),
            ("status --yes", "--yes is not an option of status"),
            ("--format json", "--format is not an option of the wizard"),
            ("--data-dir", "missing argument for option '--data-dir'"),
        ];
        for (words, message) in cases {
            assert_eq!(parse_words(words).unwrap_err(), message, "{words}");
        }
    }

    #[test]
    fn help_and_version_print_and_run_nothing() {
        assert_eq!(parse_words("status --help"), Ok(Parsed::Print(HELP.into())));
        let version = format!("xhs-cancel {}\n", env!("CARGO_PKG_VERSION"));
        assert_eq!(parse_words("-V"), Ok(Parsed::Print(version)));
    }
}
