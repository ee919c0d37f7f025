//! Every string the program writes of its own, one table per language: [`zh`] holds all the
//! Chinese, [`en`] all the English, each a [`Strings`] value that the compiler checks is
//! complete. The checklists, the complaint letter (`letter.toml`) and the holiday calendar are
//! content and live in `checklists/`.
//!
//! A string without values is a `&'static str` field; a string with values is a `fn` field
//! whose arguments are the values, so each language orders and inflects them its own way.
//! This module imports nothing of the crate but [`Lang`], so every other module may use it.

mod cli;
mod en;
mod model;
mod report;
mod ui;
mod zh;

pub use cli::{Cli, Help, Log, LogHelp, RemindHelp, StoreErrors};
pub use model::{
    BasisWords, ChannelNames, ConfirmationNames, FieldNames, KindNames, ModelStrings,
    ProblemFields, ReadErrorWords, Reminders, SecretNames, StageNames,
};
pub use report::Report;
pub use ui::Ui;

use crate::text::Lang;

/// The program's own strings in one language, by the part of the program that writes them.
pub struct Strings {
    /// The wizard's screens, dialogs, footer and help.
    pub ui: Ui,
    /// The command line: help, usage, the lines commands print, their errors.
    pub cli: Cli,
    /// `status` and `export`: the Markdown and JSON reports' headings and sentences.
    pub report: Report,
    /// What the model says of its own: notices, problems with typed input, stage names, the
    /// review clock's sentence.
    pub model: ModelStrings,
}

/// The table of `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &zh::STRINGS,
        Lang::En => &en::STRINGS,
    }
}

/// "1 working day", "3 working days": an English count with the noun in the right number.
pub fn count(n: i64, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_take_the_plural_except_for_one() {
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(count(0, "day", "days"), "0 days");
        assert_eq!(count(2, "day", "days"), "2 days");
    }

    #[test]
    fn english_sentences_with_one_of_something_say_it_in_the_singular() {
        let en = strings(Lang::En);
        let day = jiff::civil::date(2026, 11, 28);
        let sentences = [
            (en.cli.cooling_off_recorded)(1, Some(day)),
            (en.cli.cooling_off_recorded)(1, None),
            (en.report.cooling_off_line)(1, day),
            (en.model.remind.cooling_off_text)(day, 1, day),
            (en.model.remind.check_in_text)(1, 15, day, day),
            (en.cli.log.not_verified)(1, 1),
        ];
        for sentence in sentences {
            assert!(!sentence.contains("1 days"), "{sentence}");
            assert!(!sentence.contains("1 working days"), "{sentence}");
            assert!(!sentence.contains("1 evidence files"), "{sentence}");
            assert!(!sentence.contains("1 are "), "{sentence}");
        }
        assert_eq!(
            (en.cli.log.not_verified)(1, 3),
            "1 of 3 evidence files is missing, changed or unreadable"
        );
    }
}
