//! The mainland-China working-day calendar and the review clock counted on it.

use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

use crate::text::Text;

/// The review limit: the 《App违法违规收集使用个人信息行为认定方法》 allow at most 15 working days.
pub const REVIEW_LIMIT_WORKING_DAYS: i32 = 15;

/// Official holiday arrangements, one entry per year that has a published notice.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Calendar {
    pub years: Vec<CalendarYear>,
}

/// One year's notice: holiday spans and the weekend days made into working days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarYear {
    pub year: i16,
    pub title: String,
    pub url: String,
    pub issued: Date,
    pub holidays: Vec<Holiday>,
    pub workdays: Vec<Date>,
}

/// A span of days off, both ends included, weekends inside it too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    pub name: Text,
    pub from: Date,
    pub to: Date,
}

impl Calendar {
    fn year(&self, year: i16) -> Option<&CalendarYear> {
        self.years.iter().find(|y| y.year == year)
    }

    /// Whether an official notice covers this date; outside, counting falls back to Mon–Fri.
    pub fn covers(&self, date: Date) -> bool {
        self.year(date.year()).is_some()
    }

    /// Monday to Friday outside every holiday span, or a make-up working day.
    pub fn is_working_day(&self, date: Date) -> bool {
        // A notice may reach into the neighbouring year (a late-December make-up day, a
        // New Year span that starts in December), so every year's entries are consulted.
        let weekday = !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday);
        if self.years.iter().any(|y| y.workdays.contains(&date)) {
            return true;
        }
        weekday
            && !self
                .years
                .iter()
                .flat_map(|y| &y.holidays)
                .any(|h| h.from <= date && date <= h.to)
    }

    /// The first and last years covered, for messages such as "2025–2026".
    pub fn span(&self) -> Option<(i16, i16)> {
        let min = self.years.iter().map(|y| y.year).min()?;
        let max = self.years.iter().map(|y| y.year).max()?;
        Some((min, max))
    }
}

/// How long a review has run against the legal limit, as of one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewClock {
    pub submitted_on: Date,
    pub today: Date,
    /// Days since submission; the day of submission is day 0.
    pub calendar_days: i32,
    /// Working days after the day of submission, up to and including today.
    pub working_days: i32,
    /// The 15th working day after the day of submission.
    pub deadline: Date,
    pub overdue: bool,
    /// False when any day from submission to the later of today and the deadline lies outside
    /// the calendar's years, so the count there assumed Monday to Friday.
    pub calendar_covers: bool,
}

impl ReviewClock {
    pub fn new(calendar: &Calendar, submitted_on: Date, today: Date) -> ReviewClock {
        let deadline = nth_working_day_after(calendar, submitted_on, REVIEW_LIMIT_WORKING_DAYS);
        let working_days = days_after(submitted_on)
            .take_while(|d| *d <= today)
            .filter(|d| calendar.is_working_day(*d))
            .count();
        let last = today.max(deadline);
        let calendar_covers = std::iter::once(submitted_on)
            .chain(days_after(submitted_on))
            .take_while(|d| *d <= last)
            .all(|d| calendar.covers(d));
        ReviewClock {
            submitted_on,
            today,
            calendar_days: (today - submitted_on).get_days(),
            working_days: i32::try_from(working_days).unwrap_or(i32::MAX),
            deadline,
            overdue: today > deadline,
            calendar_covers,
        }
    }

    pub fn working_days_left(&self) -> i32 {
        (REVIEW_LIMIT_WORKING_DAYS - self.working_days).max(0)
    }
}

fn days_after(date: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(date.tomorrow().ok(), |d| d.tomorrow().ok())
}

fn nth_working_day_after(calendar: &Calendar, date: Date, n: i32) -> Date {
    let n = usize::try_from(n).unwrap_or(0).max(1);
    days_after(date)
        .filter(|d| calendar.is_working_day(*d))
        .nth(n - 1)
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn calendar_2026() -> Calendar {
        Calendar {
            years: vec![CalendarYear {
                year: 2026,
                title: String::new(),
                url: String::new(),
                issued: date(2025, 11, 4),
                holidays: vec![Holiday {
                    name: Text::new("国庆节", "National Day"),
                    from: date(2026, 10, 1),
                    to: date(2026, 10, 7),
                }],
                workdays: vec![date(2026, 10, 10)],
            }],
        }
    }

    #[test]
    fn holiday_weekday_is_off_and_make_up_saturday_is_on() {
        let cal = calendar_2026();
        assert!(!cal.is_working_day(date(2026, 10, 2)));
        assert!(cal.is_working_day(date(2026, 10, 10)));
        assert!(!cal.is_working_day(date(2026, 10, 11)));
        assert!(cal.is_working_day(date(2026, 10, 8)));
    }

    #[test]
    fn outside_the_years_it_falls_back_to_monday_to_friday() {
        let cal = calendar_2026();
        assert!(!cal.covers(date(2027, 1, 1)));
        assert!(cal.is_working_day(date(2027, 1, 1)), "a Friday");
        assert!(!cal.is_working_day(date(2027, 1, 2)), "a Saturday");
    }

    #[test]
    fn submission_day_is_day_zero() {
        let cal = calendar_2026();
        let clock = ReviewClock::new(&cal, date(2026, 11, 2), date(2026, 11, 2));
        assert_eq!((clock.calendar_days, clock.working_days), (0, 0));
        assert!(!clock.overdue);
    }
}
