//! What the review clock says about itself, in both languages, wherever it is shown (the stage
//! screen, `status`, `export` and the complaint letter): what its count rests on when a year has
//! no published notice, and the problem of a submission date in the future.

use super::{Basis, ReviewClock};
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

    /// A sentence on what the count rests on, when it is not exact: which years lack a
    /// published notice, what was assumed for them, and that the count is provisional.
    pub fn basis_note(&self, lang: Lang) -> Option<String> {
        let y = self.unsure_years();
        let note = match (self.basis, lang) {
            (Basis::Published, _) => return None,
            (Basis::ProvisionalNotice, Lang::Zh) => format!(
                "暂定计数：{y} 年的节假日安排只公布了一部分。已知的放假日和《全国年节及纪念日放假办法》规定的法定节假日都已扣除，但调休上班日可能还不全，安排公布后截止日期可能会变。"
            ),
            (Basis::ProvisionalNotice, Lang::En) => format!(
                "Provisional count: the holiday arrangements for {y} are only partly published. The known days off and the statutory holidays fixed by law are deducted, but make-up working days may be missing, so the deadline may move once the arrangements are out."
            ),
            (Basis::StatutoryOnly, Lang::Zh) => format!(
                "暂定计数：{y} 年的节假日安排尚未公布，只扣除了《全国年节及纪念日放假办法》规定的法定节假日（落在周一至周五的）；调休上班日和周末补假还不知道，安排公布后截止日期可能会变。"
            ),
            (Basis::StatutoryOnly, Lang::En) => format!(
                "Provisional count: the holiday arrangements for {y} are not published yet, so only the statutory holidays fixed by law (those on Monday to Friday) are deducted; make-up working days and days in lieu are not known, so the deadline may move once the arrangements are out."
            ),
            (Basis::WeekdaysOnly, Lang::Zh) => format!(
                "注意：{y} 年不在节假日日历内，也早于现行放假办法（2025 年起施行），这些日期按周一至周五计算，可能与官方安排不同。"
            ),
            (Basis::WeekdaysOnly, Lang::En) => format!(
                "Note: {y} is outside the holiday calendar and before the current holiday rules (in force from 2025); those dates count Monday to Friday and may differ from the official arrangements."
            ),
        };
        Some(note)
    }

    /// The same in a few words, to follow the one-line clock on the stage screen.
    pub fn basis_tag(&self, lang: Lang) -> Option<String> {
        let y = self.unsure_years();
        let tag = match (self.basis, lang) {
            (Basis::Published, _) => return None,
            (Basis::ProvisionalNotice, Lang::Zh) => format!("（暂定：{y} 年安排未全部公布）"),
            (Basis::ProvisionalNotice, Lang::En) => {
                format!(" (provisional: {y} partly published)")
            }
            (Basis::StatutoryOnly, Lang::Zh) => {
                format!("（暂定：{y} 年安排未公布）")
            }
            (Basis::StatutoryOnly, Lang::En) => {
                format!(" (provisional: {y} not published)")
            }
            (Basis::WeekdaysOnly, Lang::Zh) => format!("（{y} 年按周一至周五计）"),
            (Basis::WeekdaysOnly, Lang::En) => format!(" ({y} counted Mon-Fri)"),
        };
        Some(tag)
    }

    /// For the complaint letter, after "counted on the State Council's holiday arrangements":
    /// what the count assumed, or nothing when every year has a published notice.
    pub fn letter_clause(&self, lang: Lang) -> Option<String> {
        let y = self.unsure_years();
        let clause = match (self.basis, lang) {
            (Basis::Published, _) => return None,
            (Basis::ProvisionalNotice, Lang::Zh) => {
                format!("；{y} 年的安排只公布了一部分，其余按法定节假日暂计")
            }
            (Basis::ProvisionalNotice, Lang::En) => format!(
                "; those for {y} are only partly published, and the rest is counted provisionally on the statutory holidays"
            ),
            (Basis::StatutoryOnly, Lang::Zh) => {
                format!("；{y} 年的安排尚未公布，按法定节假日暂计")
            }
            (Basis::StatutoryOnly, Lang::En) => format!(
                "; those for {y} are not published yet and are counted provisionally on the statutory holidays"
            ),
            (Basis::WeekdaysOnly, Lang::Zh) => format!("；{y} 年按周一至周五计"),
            (Basis::WeekdaysOnly, Lang::En) => format!("; {y} counted Monday to Friday"),
        };
        Some(clause)
    }

    /// The problem of a submission date after today, with the command that corrects it quoted
    /// between `quote` marks (a backtick for Markdown, nothing for plain text).
    pub fn future_problem(&self, lang: Lang, quote: &str) -> Option<String> {
        if !self.future {
            return None;
        }
        let (d, c, q) = (self.submitted_on, CORRECT_COMMAND, quote);
        Some(match lang {
            Lang::Zh => format!("记录的提交日期 {d} 在今天之后；请用 {q}{c}{q} 改正。"),
            Lang::En => format!(
                "The recorded submission date {d} is in the future; correct it with {q}{c}{q}."
            ),
        })
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
