//! The submission-date input of the date dialog: a day picked with the arrows or typed as
//! `YYYY-MM-DD`, never later than today.

use jiff::ToSpan;
use jiff::civil::Date;

/// Why the day in the date dialog cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// What was typed is not a `YYYY-MM-DD` date; holds the text as typed.
    Malformed(String),
    /// The day is after today; the request cannot have been submitted then.
    Future(Date),
    /// The day is before [`EARLIEST`]: no request can have been submitted then.
    TooEarly(Date),
}

pub use crate::session::EARLIEST;

/// The state of the date dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateInput {
    /// The day the arrows move; shown while nothing is typed.
    pub day: Date,
    /// Characters typed so far (digits and `-`, at most 10); empty when the arrows are used.
    pub typed: String,
    pub problem: Option<DateProblem>,
    /// The submission date already recorded, when the dialog corrects it.
    pub recorded: Option<Date>,
    /// Whether taking the date also moves the cursor on (the dialog was opened with Enter).
    pub advance: bool,
    today: Date,
}

/// The longest text `YYYY-MM-DD` takes.
const DATE_LEN: usize = 10;

impl DateInput {
    /// Opens on the recorded date, else today.
    pub fn new(today: Date, recorded: Option<Date>, advance: bool) -> DateInput {
        DateInput {
            day: recorded.unwrap_or(today),
            typed: String::new(),
            problem: None,
            recorded,
            advance,
            today,
        }
    }

    /// Moves the day by `days`; a move past today stops at today and says why.
    pub fn shift(&mut self, days: i32) {
        self.typed.clear();
        let moved = self.day.checked_add(days.days()).unwrap_or(self.day);
        if moved > self.today {
            self.day = self.today;
            self.problem = Some(DateProblem::Future(moved));
        } else {
            self.day = moved;
            self.problem = None;
        }
    }

    /// Takes a typed character: digits and `-` only, up to ten of them; others are ignored.
    pub fn type_char(&mut self, c: char) {
        // A Chinese input method types full-width digits and dashes: take them as ASCII.
        let c = match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | '—' | '–' => '-',
            c => c,
        };
        if (c.is_ascii_digit() || c == '-') && self.typed.len() < DATE_LEN {
            self.typed.push(c);
            self.problem = None;
        }
    }

    pub fn erase(&mut self) {
        self.typed.pop();
        self.problem = None;
    }

    /// The day to record: the typed date if any, else the day shown; refused when malformed or
    /// in the future (the problem is kept for the dialog to show).
    pub fn take(&mut self) -> Option<Date> {
        let day = if self.typed.is_empty() {
            self.day
        } else {
            match parse_day(&self.typed) {
                Some(day) => day,
                None => {
                    self.problem = Some(DateProblem::Malformed(self.typed.clone()));
                    return None;
                }
            }
        };
        if day > self.today {
            self.problem = Some(DateProblem::Future(day));
            return None;
        }
        if day < EARLIEST {
            self.problem = Some(DateProblem::TooEarly(day));
            return None;
        }
        Some(day)
    }
}

/// `YYYY-MM-DD` exactly, as a real calendar day.
pub fn parse_day(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == DATE_LEN
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn only_well_formed_real_days_parse() {
        assert_eq!(parse_day("2026-11-02"), Some(date(2026, 11, 2)));
        for bad in [
            "2026-2-30",
            "2026-02-30",
            "20261102",
            "2026-11-0x",
            "",
            "2026-11-02 ",
        ] {
            assert_eq!(parse_day(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_first_day_of_2013_is_the_earliest_taken() {
        let mut input = DateInput::new(date(2026, 11, 29), None, false);
        "2013-01-01".chars().for_each(|c| input.type_char(c));
        assert_eq!(input.take(), Some(EARLIEST));
    }

    #[test]
    fn the_arrows_reach_today_without_a_problem() {
        let today = date(2026, 11, 29);
        let mut input = DateInput::new(today, Some(date(2026, 11, 28)), false);
        input.shift(1);
        assert_eq!((input.day, input.problem), (today, None));
    }

    #[test]
    fn the_arrows_stop_at_today() {
        let today = date(2026, 11, 29);
        let mut input = DateInput::new(today, None, false);
        input.shift(-2);
        assert_eq!(input.day, date(2026, 11, 27));
        input.shift(5);
        assert_eq!(input.day, today);
        assert_eq!(input.problem, Some(DateProblem::Future(date(2026, 12, 2))));
    }

    #[test]
    fn typed_dates_are_checked_when_taken() {
        let mut input = DateInput::new(date(2026, 11, 29), None, false);
        "2026-13-01".chars().for_each(|c| input.type_char(c));
        assert_eq!(input.take(), None);
        assert_eq!(
            input.problem,
            Some(DateProblem::Malformed("2026-13-01".into()))
        );
        input.typed.clear();
        "2026-11-30x9".chars().for_each(|c| input.type_char(c));
        assert_eq!(
            input.typed, "2026-11-30",
            "letters and an 11th character are ignored"
        );
        assert_eq!(input.take(), None);
        input.erase();
        input.erase();
        "21".chars().for_each(|c| input.type_char(c));
        assert_eq!(input.take(), Some(date(2026, 11, 21)));
        input.typed.clear();
        "２０２６－１１－２０"
            .chars()
            .for_each(|c| input.type_char(c));
        assert_eq!(
            input.typed, "2026-11-20",
            "full-width, as a Chinese input method types"
        );
        input.typed = "1900-01-01".into();
        assert_eq!(input.take(), None);
        assert_eq!(input.problem, Some(DateProblem::TooEarly(date(1900, 1, 1))));
    }
}
