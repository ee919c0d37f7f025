//! The words of `remind` and `cooling-off`, in both languages: their lines and their refusals.

use std::fmt;

use jiff::civil::Date;

use super::quoted;
use crate::cli::args::CoolingOffUsage;
use crate::i18n::strings;
use crate::outcome::Outcome;
use crate::session::MAX_COOLING_OFF_DAYS;
use crate::text::Lang;

/// A refused `cooling-off` command line.
pub fn usage(e: &CoolingOffUsage, lang: Lang) -> String {
    let (u, max) = (&strings(lang).cli.usage, MAX_COOLING_OFF_DAYS);
    match e {
        CoolingOffUsage::Missing => (u.cooling_off_missing)(max),
        CoolingOffUsage::BadDays(typed) => (u.cooling_off_bad_days)(&quoted(typed), max),
    }
}

/// `cooling-off DAYS`'s line: the period `ends` on a day, in the past when that is before
/// `today`.
pub fn recorded(lang: Lang, days: u16, ends: Option<Date>, today: Date) -> String {
    let words = &strings(lang).cli;
    match ends {
        Some(ended) if ended < today => (words.cooling_off_recorded_ended)(days, ended),
        _ => (words.cooling_off_recorded)(days, ends),
    }
}

/// `cooling-off --clear` done.
pub fn cleared(lang: Lang) -> &'static str {
    strings(lang).cli.cooling_off_cleared
}

/// `cooling-off --clear` with nothing recorded.
pub fn none_recorded(lang: Lang) -> &'static str {
    strings(lang).cli.cooling_off_none
}

/// Refusals of `remind` and `cooling-off` (exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemindError {
    /// No submission date is recorded: nothing to count from.
    NoSubmission,
    /// `remind` only: a recorded outcome (`gone` or `cancelled`) ended the review.
    Ended(Outcome),
}

impl RemindError {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let s = &strings(lang).cli;
        match self {
            RemindError::NoSubmission => s.nothing_to_count_from.to_string(),
            RemindError::Ended(ended) => (s.review_ended)(&ended.sentence(lang)),
        }
    }
}

impl fmt::Display for RemindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for RemindError {}

/// Said after writing reminders whose dates have all passed: the file is a record now.
pub fn all_past(lang: Lang, deadline: Date) -> String {
    (strings(lang).cli.all_past)(deadline)
}
