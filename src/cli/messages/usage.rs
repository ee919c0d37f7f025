//! A refused command line, worded in the person's language with what was meant where it can tell.

use super::{quoted, remind};
use crate::cli::args::UsageError;
use crate::i18n::strings;
use crate::text::{Lang, sanitize_line};

/// A refused command line, in `lang`.
pub fn usage(e: &UsageError, lang: Lang) -> String {
    use UsageError as U;
    let s = &strings(lang).cli;
    let u = &s.usage;
    let did_you_mean = |suggestion: &Option<String>| match suggestion {
        Some(suggestion) => (s.did_you_mean)(&quoted(suggestion)),
        None => String::new(),
    };
    match e {
        U::UnknownCommand { name, suggestion } => {
            (u.unknown_command)(&quoted(name)) + &did_you_mean(suggestion)
        }
        U::UnknownOption {
            option,
            command: Some(command),
            suggestion,
        } => (u.unknown_option_of)(&quoted(option), command) + &did_you_mean(suggestion),
        U::UnknownOption {
            option,
            command: None,
            suggestion,
        } => (u.unknown_option)(&quoted(option)) + &did_you_mean(suggestion),
        U::Unexpected { value } => (u.unexpected)(&quoted(value)),
        U::InvalidValue {
            option,
            value,
            expected,
        } => (u.invalid_value)(option, &quoted(value), &one_of(lang, expected)),
        U::MissingValue { option } => (u.missing_value)(option),
        U::MissingDate => u.missing_date.into(),
        U::YesWithoutClear => u.yes_without_clear.into(),
        U::DateAndClear => u.date_and_clear.into(),
        U::MissingShell => u.missing_shell.into(),
        U::MissingKind => (s.log.no_kind)(&crate::cli::log::kinds(lang)),
        U::MissingId => s.log.no_id.into(),
        U::Conflict { option, other } => (u.conflict)(&quoted(option), &quoted(other)),
        U::WizardOption { option, command } => (u.wizard_option)(option, command),
        U::BadDate { value } => (u.bad_date)(&quoted(value)),
        U::NotUtf8 => u.not_utf8.into(),
        U::CoolingOff(e) => remind::usage(e, lang),
        U::Other(text) => sanitize_line(text),
    }
}

/// `a, b or c` / `a、b 或 c`, each choice made safe for the terminal.
pub(in crate::cli) fn one_of(lang: Lang, choices: &[impl AsRef<str>]) -> String {
    let quoted: Vec<String> = choices.iter().map(|c| sanitize_line(c.as_ref())).collect();
    let s = &strings(lang).cli;
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{}{last}", rest.join(s.list_separator), s.list_or),
    }
}
