//! The mainland-China working-day calendar and the review clock counted on it.
//!
//! A year with a published notice in `checklists/calendar.toml` counts exactly as the notice
//! says. A year the file marks `provisional`, or does not have at all, counts the statutory
//! holidays the law fixes ([`statutory`]) on top of what the file knows, and says that the count
//! is provisional ([`Basis`]). Years before the law in force (2025) without a notice count
//! Monday to Friday.

mod clock;
pub mod statutory;
mod wording;

use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

use crate::text::Text;

pub use clock::ReviewClock;

/// The review limit: the 《App违法违规收集使用个人信息行为认定方法》 allow at most 15 working days.
pub const REVIEW_LIMIT_WORKING_DAYS: i32 = 15;

/// Official holiday arrangements, one entry per year that has a notice.
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
    /// True when only part of the year's arrangements is known: the spans and make-up days
    /// listed are the ones known so far, and the statutory days count on top of them.
    pub provisional: bool,
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

/// What a year's count of working days rests on, from the surest to the least sure; a count
/// over several years rests on the least sure of them (the greatest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    /// The year's notice as published: the count is exact.
    Published,
    /// A notice only partly known (`provisional = true`): its spans and make-up days so far,
    /// plus the statutory days; make-up working days may be missing.
    ProvisionalNotice,
    /// No notice yet: the statutory days that fall on Monday to Friday only; make-up working
    /// days and days in lieu are unknown.
    StatutoryOnly,
    /// No notice and a year the 2024 rules do not govern (before 2025): Monday to Friday.
    WeekdaysOnly,
}

impl Basis {
    /// The name the JSON export gives it: `published`, `provisional_notice`,
    /// `statutory_only` or `weekdays_only`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Published => "published",
            Basis::ProvisionalNotice => "provisional_notice",
            Basis::StatutoryOnly => "statutory_only",
            Basis::WeekdaysOnly => "weekdays_only",
        }
    }

    /// Whether a count on this basis may still change when the year's notice is published.
    pub fn is_provisional(self) -> bool {
        matches!(self, Basis::ProvisionalNotice | Basis::StatutoryOnly)
    }
}

impl Calendar {
    fn year(&self, year: i16) -> Option<&CalendarYear> {
        self.years.iter().find(|y| y.year == year)
    }

    /// What the count of `year`'s working days rests on.
    pub fn basis(&self, year: i16) -> Basis {
        match self.year(year) {
            Some(y) if !y.provisional => Basis::Published,
            Some(_) => Basis::ProvisionalNotice,
            None if statutory::weekdays_off(year).is_some() => Basis::StatutoryOnly,
            None => Basis::WeekdaysOnly,
        }
    }

    /// Whether a published (not provisional) notice covers this date.
    pub fn covers(&self, date: Date) -> bool {
        self.basis(date.year()) == Basis::Published
    }

    /// A listed make-up working day, or Monday to Friday outside every holiday span and, in a
    /// year without a published notice, outside the statutory days.
    pub fn is_working_day(&self, date: Date) -> bool {
        // A notice may reach into the neighbouring year (a late-December make-up day, a
        // New Year span that starts in December), so every year's entries are consulted.
        if self.years.iter().any(|y| y.workdays.contains(&date)) {
            return true;
        }
        if is_weekend(date) || self.in_holiday_span(date) {
            return false;
        }
        match self.basis(date.year()) {
            Basis::ProvisionalNotice | Basis::StatutoryOnly => {
                statutory::weekdays_off(date.year()).is_none_or(|off| !off.contains(&date))
            }
            Basis::Published | Basis::WeekdaysOnly => true,
        }
    }

    fn in_holiday_span(&self, date: Date) -> bool {
        self.years
            .iter()
            .flat_map(|y| &y.holidays)
            .any(|h| h.from <= date && date <= h.to)
    }

    /// Whether the file says anything about a day of `year`: an entry for it, a span or a
    /// make-up day in it.
    fn mentions(&self, year: i16) -> bool {
        self.years.iter().any(|y| {
            y.year == year
                || y.workdays.iter().any(|d| d.year() == year)
                || y.holidays
                    .iter()
                    .any(|h| h.from.year() <= year && year <= h.to.year())
        })
    }

    /// The working days `d` with `after < d <= through`; 0 when `through <= after`. Whole
    /// years the file does not mention are counted at once, so any two dates are quick.
    pub fn working_days_between(&self, after: Date, through: Date) -> i64 {
        let mut count = 0;
        for year in after.year()..=through.year() {
            let (Ok(jan1), Ok(dec31)) = (Date::new(year, 1, 1), Date::new(year, 12, 31)) else {
                continue;
            };
            let first = if year == after.year() {
                match after.tomorrow() {
                    Ok(day) => day,
                    Err(_) => break,
                }
            } else {
                jan1
            };
            let last = through.min(dec31);
            if first == jan1 && last == dec31 && !self.mentions(year) {
                count += whole_year(self.basis(year), year, jan1);
            } else {
                count += days_from(first)
                    .take_while(|d| *d <= last)
                    .filter(|d| self.is_working_day(*d))
                    .count() as i64;
            }
        }
        count
    }

    /// The `n`th working day after `date` (`n` of at least 1), or `None` when it would lie
    /// past the last date `jiff` represents.
    pub fn nth_working_day_after(&self, date: Date, n: i32) -> Option<Date> {
        let n = usize::try_from(n).unwrap_or(0).max(1);
        days_from(date.tomorrow().ok()?)
            .filter(|d| self.is_working_day(*d))
            .nth(n - 1)
    }

    /// The least sure [`Basis`] of the years from `from` to `through`, and the first and last
    /// of those years whose basis is not [`Basis::Published`].
    pub fn basis_between(&self, from: Date, through: Date) -> (Basis, Option<(i16, i16)>) {
        let mut weakest = Basis::Published;
        let mut unsure: Option<(i16, i16)> = None;
        for year in from.year()..=through.year().max(from.year()) {
            let basis = self.basis(year);
            weakest = weakest.max(basis);
            if basis != Basis::Published {
                unsure = Some(unsure.map_or((year, year), |(a, _)| (a, year)));
            }
        }
        (weakest, unsure)
    }

    /// The first and last years covered, for messages such as "2025–2026".
    pub fn span(&self) -> Option<(i16, i16)> {
        let min = self.years.iter().map(|y| y.year).min()?;
        let max = self.years.iter().map(|y| y.year).max()?;
        Some((min, max))
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// `first` and every day after it that `jiff` represents.
fn days_from(first: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(first), |d| d.tomorrow().ok())
}

/// The working days of a whole year the file does not mention: 52 weeks of five working days,
/// the weekdays among the one or two days left over (1 January, and 2 January in a leap year),
/// less the statutory days off on a weekday where the basis counts them.
fn whole_year(basis: Basis, year: i16, jan1: Date) -> i64 {
    let extra = if jan1.in_leap_year() { 2 } else { 1 };
    let leftover = days_from(jan1)
        .take(extra)
        .filter(|d| !is_weekend(*d))
        .count();
    let off = match basis {
        Basis::StatutoryOnly | Basis::ProvisionalNotice => {
            statutory::weekdays_off(year).map_or(0, |off| off.len())
        }
        Basis::Published | Basis::WeekdaysOnly => 0,
    };
    (260 + leftover) as i64 - off as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn each_basis_has_its_json_name_and_only_the_unpublished_ones_may_change() {
        let all = [
            (Basis::Published, "published", false),
            (Basis::ProvisionalNotice, "provisional_notice", true),
            (Basis::StatutoryOnly, "statutory_only", true),
            (Basis::WeekdaysOnly, "weekdays_only", false),
        ];
        for (basis, name, provisional) in all {
            assert_eq!(
                (basis.as_str(), basis.is_provisional()),
                (name, provisional)
            );
        }
    }

    fn calendar_2026(provisional: bool) -> Calendar {
        Calendar {
            years: vec![CalendarYear {
                year: 2026,
                title: String::new(),
                url: String::new(),
                issued: date(2025, 11, 4),
                provisional,
                holidays: vec![Holiday {
                    name: Text::new("国庆节", "National Day"),
                    from: date(2026, 10, 1),
                    to: date(2026, 10, 7),
                }],
                workdays: vec![date(2026, 10, 10)],
            }],
        }
    }

    /// `working_days_between` counted one day at a time with `is_working_day`: the oracle for
    /// its whole-year shortcut.
    fn day_by_day(cal: &Calendar, after: Date, through: Date) -> i64 {
        let mut count = 0;
        let mut d = after.tomorrow().unwrap();
        while d <= through {
            count += i64::from(cal.is_working_day(d));
            d = d.tomorrow().unwrap();
        }
        count
    }

    #[test]
    fn whole_years_reached_only_by_a_neighbours_entries_are_counted_day_by_day() {
        // The 2026 entry reaches into 2027 twice: a span over New Year and a make-up Saturday.
        // Neither year 2027 entry exists, so only `mentions` keeps the whole-year shortcut off.
        let mut cal = calendar_2026(false);
        cal.years[0].holidays.push(Holiday {
            name: Text::new("元旦", "New Year"),
            from: date(2026, 12, 31),
            to: date(2027, 1, 4),
        });
        let span_only = cal.clone();
        cal.years[0].workdays.push(date(2027, 1, 9));
        for c in [&cal, &span_only] {
            let (after, through) = (date(2026, 12, 30), date(2028, 1, 1));
            assert_eq!(
                c.working_days_between(after, through),
                day_by_day(c, after, through)
            );
        }
        let mut workday_only = calendar_2026(false);
        workday_only.years[0].workdays.push(date(2027, 1, 9));
        let (after, through) = (date(2026, 12, 30), date(2028, 1, 1));
        assert_eq!(
            workday_only.working_days_between(after, through),
            day_by_day(&workday_only, after, through)
        );
    }

    #[test]
    fn holiday_weekday_is_off_and_make_up_saturday_is_on() {
        let cal = calendar_2026(false);
        assert!(!cal.is_working_day(date(2026, 10, 2)));
        assert!(cal.is_working_day(date(2026, 10, 10)));
        assert!(!cal.is_working_day(date(2026, 10, 11)));
        assert!(cal.is_working_day(date(2026, 10, 8)));
    }

    #[test]
    fn a_published_year_counts_only_what_its_notice_says() {
        // 2026-02-17 (初一, a Tuesday) is a statutory day, but this stand-in notice lists no
        // Spring Festival span: a published notice is taken as it is.
        let cal = calendar_2026(false);
        assert_eq!(cal.basis(2026), Basis::Published);
        assert!(cal.is_working_day(date(2026, 2, 17)));
    }

    #[test]
    fn a_provisional_year_adds_the_statutory_days_to_its_spans() {
        let cal = calendar_2026(true);
        assert_eq!(cal.basis(2026), Basis::ProvisionalNotice);
        assert!(!cal.covers(date(2026, 6, 1)));
        assert!(!cal.is_working_day(date(2026, 2, 17)), "初一, from the law");
        assert!(!cal.is_working_day(date(2026, 10, 6)), "from the span");
        assert!(
            cal.is_working_day(date(2026, 10, 10)),
            "a listed make-up day"
        );
    }

    #[test]
    fn without_a_notice_the_statutory_weekdays_are_off() {
        let cal = calendar_2026(false);
        assert_eq!(cal.basis(2027), Basis::StatutoryOnly);
        assert!(!cal.covers(date(2027, 1, 1)));
        assert!(!cal.is_working_day(date(2027, 1, 1)), "元旦, a Friday");
        assert!(!cal.is_working_day(date(2027, 1, 2)), "a Saturday");
        assert!(cal.is_working_day(date(2027, 1, 4)), "a Monday");
        assert_eq!(cal.basis(2024), Basis::WeekdaysOnly);
        assert!(
            cal.is_working_day(date(2024, 10, 1)),
            "before 2025 and outside the file: Monday to Friday"
        );
    }

    #[test]
    fn whole_years_count_the_same_as_day_by_day() {
        let cal = calendar_2026(false);
        for year in [2024, 2027, 2028, 2031, 1900, -9999, 9998] {
            let jan1 = date(year, 1, 1);
            let by_day = days_from(jan1)
                .take_while(|d| d.year() == year)
                .filter(|d| cal.is_working_day(*d))
                .count() as i64;
            assert_eq!(whole_year(cal.basis(year), year, jan1), by_day, "{year}");
            if let Ok(before) = jan1.yesterday() {
                let through = date(year, 12, 31);
                assert_eq!(cal.working_days_between(before, through), by_day);
            }
        }
        // 2027: 261 weekdays (52 weeks and Friday 1 January) less 7 statutory weekdays.
        assert_eq!(
            whole_year(Basis::StatutoryOnly, 2027, date(2027, 1, 1)),
            254
        );
    }

    #[test]
    fn the_basis_of_a_span_is_its_least_sure_year() {
        let cal = calendar_2026(false);
        let d = |y| date(y, 6, 1);
        assert_eq!(
            cal.basis_between(d(2026), d(2026)),
            (Basis::Published, None)
        );
        assert_eq!(
            cal.basis_between(d(2026), d(2028)),
            (Basis::StatutoryOnly, Some((2027, 2028)))
        );
        assert_eq!(
            cal.basis_between(d(2024), d(2027)),
            (Basis::WeekdaysOnly, Some((2024, 2027)))
        );
    }

    #[test]
    fn submission_day_is_day_zero() {
        let cal = calendar_2026(false);
        let clock = ReviewClock::new(&cal, date(2026, 11, 2), date(2026, 11, 2));
        assert_eq!((clock.calendar_days, clock.working_days), (0, 0));
        assert!(!clock.overdue);
    }
}
