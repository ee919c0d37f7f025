//! The command line's words: what `xhs-cancel` was asked to do, parsed with clap's builder so
//! that the help and every usage error are in the person's language (the strings live in
//! [`crate::i18n::Help`]).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command as ClapCommand, value_parser};
use clap_complete::Shell;
use jiff::civil::Date;

use crate::i18n::{Help, strings};
use crate::store::DATA_DIR_ENV;
use crate::text::Lang;
use crate::timeline::Channel;

mod clap_errors;
mod log;
pub use clap_errors::help_command;
use clap_errors::usage_error;
pub use log::{Add as LogAdd, Log};

/// What the command line asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cli {
    pub new: bool,
    pub lang: Option<Lang>,
    pub checklists: Option<PathBuf>,
    /// `--data-dir`, else `XHS_CANCEL_DATA_DIR` when set and not empty.
    pub data_dir: Option<PathBuf>,
    pub mouse: bool,
    pub ascii: bool,
    /// `None`: the wizard.
    pub command: Option<Command>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Status,
    /// `to`: the letter's addressee (`--to`); `None`: the default (see [`crate::report`]).
    Export {
        format: Format,
        output: Output,
        to: Option<Channel>,
    },
    Check {
        dir: Option<PathBuf>,
    },
    Forget {
        yes: bool,
    },
    Submitted(Submitted),
    Completions(Shell),
    Man,
    Log(Log),
    /// The reminders' iCalendar file ([`remind`]).
    Remind {
        output: Output,
    },
    CoolingOff(CoolingOff),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
}

/// Where `export` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// No `-o`, or `-o -`.
    Stdout,
    File(PathBuf),
}

/// What `submitted` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submitted {
    /// Record this day as the day of submission.
    On(Date),
    /// Remove the recorded day; `yes` skips the question.
    Clear { yes: bool },
}

/// A parsed command line: something to run, or text to print and exit (help, version).
#[derive(Debug, PartialEq)]
pub enum Parsed {
    Run(Cli),
    Print(String),
}

/// Why a command line was refused: printed in the person's language with a pointer to
/// `--help`, exit code 2. Values are as typed; [`super::messages::usage`] quotes and sanitizes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    UnknownCommand {
        name: String,
        suggestion: Option<String>,
    },
    /// An option no command has, or one `command` does not take.
    UnknownOption {
        option: String,
        command: Option<&'static str>,
        suggestion: Option<String>,
    },
    /// A word where none was expected.
    Unexpected {
        value: String,
    },
    InvalidValue {
        option: String,
        value: String,
        expected: Vec<String>,
    },
    MissingValue {
        option: String,
    },
    /// `submitted` without a date or `--clear`.
    MissingDate,
    /// `submitted --yes` without `--clear`.
    YesWithoutClear,
    /// `submitted` with both a date and `--clear`.
    DateAndClear,
    /// `completions` without a shell.
    MissingShell,
    /// `log add` without a kind.
    MissingKind,
    /// `log remove` without a number.
    MissingId,
    Conflict {
        option: String,
        other: String,
    },
    /// `--new`, `--mouse` or `--ascii` with a command other than the wizard.
    WizardOption {
        option: &'static str,
        command: &'static str,
    },
    BadDate {
        value: String,
    },
    NotUtf8,
    /// `cooling-off` without a valid number of days or `--clear`.
    CoolingOff(CoolingOffUsage),
    /// A kind of error this program does not word itself: clap's own text, in English.
    Other(String),
}

/// The commands, by name, as typed.
pub const COMMANDS: [&str; 10] = [
    "status",
    "export",
    "check",
    "submitted",
    "forget",
    "remind",
    "cooling-off",
    "completions",
    "man",
    "log",
];

const WIZARD_OPTIONS: [&str; 3] = ["new", "mouse", "ascii"];

/// The shells `completions` writes for, as its value name.
const SHELLS: &str = "bash|zsh|fish|powershell|elvish";

/// The whole command line, its help worded in `lang`. Also the source of the completion
/// scripts and the man page.
pub fn command(lang: Lang) -> ClapCommand {
    let h = &strings(lang).cli.help;
    let (options, command) = (h.options_placeholder, h.command_placeholder);
    let template = format!(
        "{}\n\n{}{{usage}}\n\n{}\n{{subcommands}}\n\n{}\n{{options}}\n\n{}\n\n{}\n",
        h.about, h.usage, h.commands, h.options, h.after, h.exit_codes
    );
    base(
        "xhs-cancel",
        h,
        h.about,
        format!("xhs-cancel {options} {command}"),
    )
    .help_template(template)
    .version(env!("CARGO_PKG_VERSION"))
    .subcommand_value_name(h.command)
    .arg(flag("new", h.new).display_order(10))
    .arg(value("lang", h.lang, "zh|en").value_parser(["zh", "en"]))
    .arg(value("checklists", h.checklists, h.dir).value_parser(value_parser!(PathBuf)))
    .arg(
        value("data-dir", h.data_dir, h.dir)
            .value_parser(value_parser!(OsString))
            .env(DATA_DIR_ENV)
            .hide_env(true),
    )
    .arg(flag("mouse", h.mouse).display_order(24))
    .arg(flag("ascii", h.ascii).display_order(25))
    .arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(h.version)
            .display_order(91),
    )
    .subcommands(subcommands(lang, h, options))
    .subcommands(remind::commands(lang, h, options))
    .subcommand(log::command(lang))
}

fn subcommands(lang: Lang, h: &'static Help, options: &str) -> [ClapCommand; 7] {
    let usage = |name: &str| format!("xhs-cancel {name} {options}");
    [
        sub("status", h, h.status, h.status_long, usage("status")),
        sub("export", h, h.export, h.export_long, usage("export"))
            .arg(
                value("format", h.format, "markdown|json")
                    .value_parser(["markdown", "json"])
                    .default_value("markdown"),
            )
            .arg(value("output", h.output, h.file).short('o'))
            .arg(remind::export_to(lang)),
        sub(
            "check",
            h,
            h.check,
            h.check_long,
            format!("{} [{}]", usage("check"), h.dir),
        )
        .arg(positional("dir", h.check_dir, h.dir).value_parser(value_parser!(PathBuf))),
        sub(
            "submitted",
            h,
            h.submitted,
            h.submitted_long,
            h.submitted_usage.to_string(),
        )
        .arg(positional("date", h.date, "YYYY-MM-DD").required(true))
        .arg(flag("clear", h.clear).conflicts_with("date"))
        .arg(flag("yes", h.clear_yes))
        .group(ArgGroup::new("what").args(["date", "clear"]).required(true)),
        sub("forget", h, h.forget, h.forget_long, usage("forget")).arg(flag("yes", h.forget_yes)),
        sub(
            "completions",
            h,
            h.completions,
            h.completions_long,
            format!("xhs-cancel completions <{SHELLS}> {options}"),
        )
        .hide(true)
        .arg(
            positional("shell", h.shell, SHELLS)
                .value_parser(value_parser!(Shell))
                .required(true),
        ),
        sub("man", h, h.man, h.man_long, usage("man")).hide(true),
    ]
}

/// A command other than the wizard: `about` is its line in the list of commands, `long` the
/// start of its own help.
fn sub(
    name: &'static str,
    h: &'static Help,
    about: &'static str,
    long: &'static str,
    usage: String,
) -> ClapCommand {
    let positionals = match name {
        "check" | "submitted" | "completions" | "cooling-off" => {
            format!("{}\n{{positionals}}\n\n", h.arguments)
        }
        _ => String::new(),
    };
    let template = format!(
        "{long}\n\n{}{{usage}}\n\n{positionals}{}\n{{options}}\n",
        h.usage, h.options
    );
    base(name, h, about, usage)
        .long_about(long)
        .help_template(template)
}

/// A command with the settings every one shares: the localized usage line and help option;
/// options may repeat (the last wins).
fn base(name: &'static str, h: &'static Help, about: &'static str, usage: String) -> ClapCommand {
    ClapCommand::new(name)
        .about(about)
        .override_usage(usage)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .args_override_self(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::HelpShort)
                .help(h.help)
                .display_order(90),
        )
}

fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .action(ArgAction::SetTrue)
        .help(help)
}

/// An option with a value; the ones every command takes are global, listed after a
/// command's own.
fn value(name: &'static str, help: &'static str, value_name: &'static str) -> Arg {
    let order = match name {
        "lang" => Some(21),
        "checklists" => Some(22),
        "data-dir" => Some(23),
        _ => None,
    };
    let arg = Arg::new(name)
        .long(name)
        .value_name(value_name)
        .hide_possible_values(true)
        .hide_default_value(true)
        .global(order.is_some())
        .help(help);
    match order {
        Some(order) => arg.display_order(order),
        None => arg,
    }
}

fn positional(name: &'static str, help: &'static str, value_name: &'static str) -> Arg {
    Arg::new(name)
        .value_name(value_name)
        .hide_possible_values(true)
        .help(help)
}

/// Parses the arguments (without the program name); help and usage errors are worded in `lang`.
/// Options may come before or after the command.
pub fn parse(args: impl IntoIterator<Item = OsString>, lang: Lang) -> Result<Parsed, UsageError> {
    let args: Vec<OsString> = args.into_iter().collect();
    let argv = std::iter::once(OsString::from("xhs-cancel")).chain(args.iter().cloned());
    let matches = match command(lang).try_get_matches_from(argv) {
        Ok(matches) => matches,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            return Ok(Parsed::Print(e.render().to_string()));
        }
        Err(e) => return Err(usage_error(&e, &args)),
    };
    cli(&matches).map(Parsed::Run)
}

fn cli(m: &ArgMatches) -> Result<Cli, UsageError> {
    let mut cli = Cli {
        new: m.get_flag("new"),
        lang: m.get_one::<String>("lang").map(|l| match l.as_str() {
            "zh" => Lang::Zh,
            _ => Lang::En,
        }),
        checklists: m.get_one::<PathBuf>("checklists").cloned(),
        // An empty value, from the environment or typed, means unset (as in `default_data_dir`).
        data_dir: m
            .get_one::<OsString>("data-dir")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from),
        mouse: m.get_flag("mouse"),
        ascii: m.get_flag("ascii"),
        command: None,
    };
    let Some((name, sub)) = m.subcommand() else {
        return Ok(cli);
    };
    let name = COMMANDS.iter().copied().find(|c| *c == name).unwrap_or("");
    if let Some(option) = WIZARD_OPTIONS.iter().find(|o| m.get_flag(o)) {
        return Err(UsageError::WizardOption {
            option: wizard_option(option),
            command: name,
        });
    }
    cli.command = Some(subcommand(name, sub)?);
    Ok(cli)
}

fn subcommand(name: &str, m: &ArgMatches) -> Result<Command, UsageError> {
    Ok(match name {
        "status" => Command::Status,
        "export" => Command::Export {
            format: match m.get_one::<String>("format").map(String::as_str) {
                Some("json") => Format::Json,
                _ => Format::Markdown,
            },
            output: output(m),
            to: m.get_one::<String>("to").and_then(|c| Channel::parse(c)),
        },
        "remind" => Command::Remind { output: output(m) },
        "cooling-off" => Command::CoolingOff(remind::cooling_off(m)?),
        "check" => Command::Check {
            dir: m.get_one::<PathBuf>("dir").cloned(),
        },
        "forget" => Command::Forget {
            yes: m.get_flag("yes"),
        },
        "submitted" => Command::Submitted(match m.get_one::<String>("date") {
            Some(_) if m.get_flag("yes") => return Err(UsageError::YesWithoutClear),
            Some(value) => Submitted::On(
                value
                    .parse::<Date>()
                    .ok()
                    .filter(|_| is_iso_date(value))
                    .ok_or_else(|| UsageError::BadDate {
                        value: value.clone(),
                    })?,
            ),
            None => Submitted::Clear {
                yes: m.get_flag("yes"),
            },
        }),
        "completions" => Command::Completions(
            m.get_one::<Shell>("shell")
                .copied()
                .ok_or(UsageError::MissingShell)?,
        ),
        "log" => Command::Log(log::parse(m)),
        _ => Command::Man,
    })
}

/// `-o FILE`; `-o -` or none: standard output.
fn output(m: &ArgMatches) -> Output {
    match m.get_one::<String>("output") {
        Some(dash) if dash == "-" => Output::Stdout,
        Some(path) => Output::File(PathBuf::from(path)),
        None => Output::Stdout,
    }
}

/// `YYYY-MM-DD` exactly: jiff also takes forms such as `+002026-11-28`.
pub(super) fn is_iso_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

fn wizard_option(name: &str) -> &'static str {
    match name {
        "new" => "--new",
        "mouse" => "--mouse",
        _ => "--ascii",
    }
}

/// The first word that names a command, for errors inside a command.
fn command_in(args: &[OsString]) -> Option<&'static str> {
    args.iter()
        .take_while(|a| *a != "--")
        .find_map(|a| COMMANDS.iter().copied().find(|c| a == c))
}

/// The value of `--name VALUE` or `--name=VALUE` in raw arguments, before clap has read them:
/// for the language of the help and of usage errors.
pub fn option_value(args: &[OsString], name: &str) -> Option<OsString> {
    let long = format!("--{name}");
    let prefix = format!("--{name}=");
    let mut args = args.iter().take_while(|a| *a != "--");
    let mut found = None;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        if text == long {
            found = args.next().cloned();
        } else if let Some(value) = text.strip_prefix(&prefix) {
            found = Some(OsString::from(value));
        }
    }
    found
}

mod remind;
pub use remind::{CoolingOff, CoolingOffUsage};

#[cfg(test)]
mod tests;
