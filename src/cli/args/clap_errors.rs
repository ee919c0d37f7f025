//! clap's usage errors in this program's own terms ([`UsageError`]), read from each error's
//! context, so that they can be worded in the person's language.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::{CoolingOffUsage, UsageError, WIZARD_OPTIONS, command_in, wizard_option};

fn string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// `--lang <zh|en>` → `--lang`: the option as typed, without its value's name.
fn option_name(arg: &str) -> String {
    arg.split([' ', '=']).next().unwrap_or(arg).to_string()
}

/// Words clap's error in this program's own terms, from the error's context.
pub(super) fn usage_error(e: &clap::Error, args: &[OsString]) -> UsageError {
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    let command = command_path(args);
    match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let name = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            // `help` is no command here (help is an option): point at the option.
            let suggestion = match name.as_str() {
                "help" => Some("--help".to_string()),
                _ => string(e, ContextKind::SuggestedSubcommand),
            };
            UsageError::UnknownCommand { name, suggestion }
        }
        ErrorKind::UnknownArgument if arg.starts_with('-') => {
            let option = option_name(&arg);
            match (
                WIZARD_OPTIONS.iter().find(|o| option == format!("--{o}")),
                command,
            ) {
                (Some(o), Some(command)) => UsageError::WizardOption {
                    option: wizard_option(o),
                    command,
                },
                _ => UsageError::UnknownOption {
                    option,
                    command,
                    suggestion: string(e, ContextKind::SuggestedArg).map(|s| option_name(&s)),
                },
            }
        }
        ErrorKind::UnknownArgument => UsageError::Unexpected { value: arg },
        ErrorKind::InvalidValue => match string(e, ContextKind::InvalidValue) {
            Some(value) if !value.is_empty() => UsageError::InvalidValue {
                option: match command {
                    Some(command) if arg.starts_with('<') => command.to_string(),
                    _ => option_name(&arg),
                },
                value,
                expected: strings(e, ContextKind::ValidValue),
            },
            _ => UsageError::MissingValue {
                option: option_name(&arg),
            },
        },
        ErrorKind::MissingRequiredArgument if command == Some("submitted") => {
            UsageError::MissingDate
        }
        ErrorKind::ArgumentConflict if command == Some("submitted") => UsageError::DateAndClear,
        ErrorKind::MissingRequiredArgument => match command {
            Some("completions") => UsageError::MissingShell,
            Some("cooling-off") => UsageError::CoolingOff(CoolingOffUsage::Missing),
            Some("log add") => UsageError::MissingKind,
            Some("log remove") => UsageError::MissingId,
            _ => UsageError::Other(first_line(e)),
        },
        ErrorKind::ArgumentConflict => UsageError::Conflict {
            option: option_name(&arg),
            other: string(e, ContextKind::PriorArg).unwrap_or_default(),
        },
        ErrorKind::InvalidUtf8 => UsageError::NotUtf8,
        _ => UsageError::Other(first_line(e)),
    }
}

/// The command named in raw arguments, with the command under `log` when one follows it:
/// `export`, `log`, `log add`.
fn command_path(args: &[OsString]) -> Option<&'static str> {
    let command = command_in(args)?;
    if command != "log" {
        return Some(command);
    }
    let mut words = args.iter().take_while(|a| *a != "--");
    words.find(|a| *a == command);
    let paths = ["log add", "log verify", "log remove"];
    let under = words.find_map(|a| paths.into_iter().find(|path| a == &path[4..]));
    Some(under.unwrap_or(command))
}

/// The command whose help a usage error points to: `xhs-cancel`, `xhs-cancel export`,
/// `xhs-cancel log add`.
pub fn help_command(args: &[OsString]) -> String {
    match command_path(args) {
        Some(command) => format!("xhs-cancel {command}"),
        None => "xhs-cancel".to_string(),
    }
}

fn first_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}
