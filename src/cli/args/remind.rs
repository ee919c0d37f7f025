//! The words of `remind` and `cooling-off`: their definitions (help from
//! [`crate::i18n::RemindHelp`]) and what they parse to.

use clap::{Arg, ArgMatches, Command as ClapCommand};

use super::{Help, flag, positional, sub, value};
use crate::checklist::letter::ADDRESSED;
use crate::i18n::strings;
use crate::session::MAX_COOLING_OFF_DAYS;
use crate::text::Lang;

/// What `cooling-off` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoolingOff {
    /// Record this many calendar days (0 to [`MAX_COOLING_OFF_DAYS`]).
    Days(u16),
    /// Remove the recorded length.
    Clear,
}

/// Why `cooling-off` was refused (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoolingOffUsage {
    /// Neither a number of days nor `--clear`.
    Missing,
    /// Not a whole number from 0 to [`MAX_COOLING_OFF_DAYS`], as typed.
    BadDays(String),
}

/// `remind [-o FILE]` and `cooling-off <DAYS> | --clear`, worded in `lang`.
pub(super) fn commands(lang: Lang, h: &'static Help, options: &str) -> [ClapCommand; 2] {
    let r = &strings(lang).cli.remind_help;
    [
        sub(
            "remind",
            h,
            r.remind,
            r.remind_long,
            format!("xhs-cancel remind {options}"),
        )
        .arg(value("output", r.output, h.file).short('o')),
        sub(
            "cooling-off",
            h,
            r.cooling_off,
            r.cooling_off_long,
            r.cooling_off_usage.to_string(),
        )
        // `-1` is a length out of range, not an option.
        .allow_negative_numbers(true)
        .arg(positional("days", r.days, r.days_name).required(true))
        .arg(flag("clear", r.clear).conflicts_with("days")),
    ]
}

/// `export --to <CHANNEL>`: the complaint letter's addressee.
pub(super) fn export_to(lang: Lang) -> Arg {
    let ids: Vec<&'static str> = ADDRESSED.iter().map(|c| c.as_str()).collect();
    let r = &strings(lang).cli.remind_help;
    value("to", r.to, r.channel).value_parser(ids)
}

/// `cooling-off`'s arguments.
pub(super) fn cooling_off(m: &ArgMatches) -> Result<CoolingOff, super::UsageError> {
    let refused = |why| Err(super::UsageError::CoolingOff(why));
    // Without days, `--clear` is there: clap refuses a command line with neither.
    match m.get_one::<String>("days") {
        None => Ok(CoolingOff::Clear),
        Some(typed) => match typed.parse::<u16>() {
            Ok(days)
                if days <= MAX_COOLING_OFF_DAYS && typed.bytes().all(|b| b.is_ascii_digit()) =>
            {
                Ok(CoolingOff::Days(days))
            }
            _ => refused(CoolingOffUsage::BadDays(typed.clone())),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::super::{Command, Output, Parsed, UsageError, parse};
    use super::*;
    use crate::timeline::Channel;

    fn parsed(words: &str) -> Result<Parsed, UsageError> {
        parse(words.split_whitespace().map(OsString::from), Lang::En)
    }

    fn command(words: &str) -> Command {
        match parsed(words) {
            Ok(Parsed::Run(cli)) => cli.command.expect("a command"),
            other => panic!("{words:?} gave {other:?}"),
        }
    }

    #[test]
    fn remind_writes_to_a_file_or_to_standard_output() {
        let file = Output::File("r.ics".into());
        assert_eq!(command("remind -o r.ics"), Command::Remind { output: file });
        for words in ["remind", "remind -o -"] {
            let output = Output::Stdout;
            assert_eq!(command(words), Command::Remind { output }, "{words}");
        }
    }

    #[test]
    fn export_to_names_one_of_the_five_channels() {
        let export = |to| Command::Export {
            format: super::super::Format::Markdown,
            output: Output::Stdout,
            to,
        };
        assert_eq!(command("export --to miit"), export(Some(Channel::Miit)));
        assert_eq!(
            command("export --to=12321"),
            export(Some(Channel::Report12321))
        );
        assert_eq!(command("export"), export(None));
        for refused in ["court", "MIIT", ""] {
            let words = format!("export --to={refused}");
            assert!(
                matches!(
                    parsed(&words),
                    Err(UsageError::InvalidValue { .. } | UsageError::MissingValue { .. })
                ),
                "{words}: {:?}",
                parsed(&words)
            );
        }
    }

    #[test]
    fn cooling_off_takes_days_from_zero_to_a_year_or_clear() {
        assert_eq!(
            command("cooling-off 0"),
            Command::CoolingOff(CoolingOff::Days(0))
        );
        assert_eq!(
            command("cooling-off 366"),
            Command::CoolingOff(CoolingOff::Days(MAX_COOLING_OFF_DAYS))
        );
        assert_eq!(
            command("cooling-off --clear"),
            Command::CoolingOff(CoolingOff::Clear)
        );
    }

    #[test]
    fn cooling_off_refuses_what_is_not_a_length() {
        for typed in ["367", "-1", "+7", "7.5", "seven", "99999"] {
            let words = format!("cooling-off -- {typed}");
            assert_eq!(
                parsed(&words),
                Err(UsageError::CoolingOff(CoolingOffUsage::BadDays(
                    typed.into()
                ))),
                "{words}"
            );
        }
        assert_eq!(
            parsed("cooling-off"),
            Err(UsageError::CoolingOff(CoolingOffUsage::Missing))
        );
        assert!(matches!(
            parsed("cooling-off 7 --clear"),
            Err(UsageError::Conflict { .. })
        ));
    }
}
