//! What the review clock says about itself wherever it is shown (the stage screen, `status`,
//! `export` and the complaint letter): what its count rests on when a year has no published
//! notice, and the problem of a submission date in the future. The words are in
//! [`crate::i18n::ModelStrings`].

use super::{Basis, ReviewClock};
use crate::i18n::{BasisWords, strings};
use crate::text::Lang;

/// The command that records or corrects the submission date, with its placeholder.
pub const CORRECT_COMMAND: &str = "xhs-cancel submitted YYYY-MM-DD";

/// `2027` or `2027-2028`.
fn years((first, last): (i16, i16)) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}-{last}")
    }
}

impl ReviewClock {
    /// The years without a published notice, `2027` or `2027-2028` (empty when every year has one).
    fn unsure_years(&self) -> String {
        self.uncertain_years.map(years).unwrap_or_default()
    }

    /// What the clock says of its basis in `lang`; `None` when every year has a published
    /// notice and the count is exact.
    fn basis_words(&self, lang: Lang) -> Option<&'static BasisWords> {
        let words = &strings(lang).model;
        match self.basis {
            Basis::Published => None,
            Basis::ProvisionalNotice => Some(&words.provisional_notice),
            Basis::StatutoryOnly => Some(&words.statutory_only),
            Basis::WeekdaysOnly => Some(&words.weekdays_only),
        }
    }

    /// A sentence on what the count rests on, when it is not exact: which years lack a
    /// published notice, what was assumed for them, and that the count is provisional.
    pub fn basis_note(&self, lang: Lang) -> Option<String> {
        Some((self.basis_words(lang)?.note)(&self.unsure_years()))
    }

    /// The same in a few words, to follow the one-line clock on the stage screen.
    pub fn basis_tag(&self, lang: Lang) -> Option<String> {
        Some((self.basis_words(lang)?.tag)(&self.unsure_years()))
    }

    /// For the complaint letter, after "counted on the State Council's holiday arrangements":
    /// what the count assumed, or nothing when every year has a published notice.
    pub fn letter_clause(&self, lang: Lang) -> Option<String> {
        Some((self.basis_words(lang)?.clause)(&self.unsure_years()))
    }

    /// The problem of a submission date after today, with the command that corrects it quoted
    /// between `quote` marks (a backtick for Markdown, nothing for plain text).
    pub fn future_problem(&self, lang: Lang, quote: &str) -> Option<String> {
        if !self.future {
            return None;
        }
        let future_date = strings(lang).model.future_date;
        Some(future_date(self.submitted_on, CORRECT_COMMAND, quote))
    }
}

#[cfg(test)]
mod tests {
    use super::super::Calendar;
    use super::*;
    use jiff::civil::date;

    #[test]
    fn years_are_one_or_a_range() {
        assert_eq!(years((2027, 2027)), "2027");
        assert_eq!(years((2027, 2028)), "2027-2028");
    }

    #[test]
    fn an_unpublished_year_is_named_and_called_provisional() {
        let clock = ReviewClock::new(&Calendar::default(), date(2027, 3, 1), date(2027, 3, 2));
        let zh = clock.basis_note(Lang::Zh).unwrap();
        assert!(zh.contains("2027 年") && zh.contains("暂定"), "{zh}");
        let en = clock.basis_note(Lang::En).unwrap();
        assert!(en.contains("2027") && en.contains("Provisional"), "{en}");
        assert!(clock.basis_tag(Lang::En).unwrap().contains("provisional"));
        assert!(clock.future_problem(Lang::En, "").is_none());
    }

    #[test]
    fn a_future_date_names_itself_and_the_fix() {
        let clock = ReviewClock::new(&Calendar::default(), date(2027, 3, 8), date(2027, 3, 2));
        assert_eq!(
            clock.future_problem(Lang::En, "`").unwrap(),
            "The recorded submission date 2027-03-08 is in the future; correct it with `xhs-cancel submitted YYYY-MM-DD`."
        );
        assert!(
            clock
                .future_problem(Lang::Zh, "")
                .unwrap()
                .contains("2027-03-08")
        );
    }
}
