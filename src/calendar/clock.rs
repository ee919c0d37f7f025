//! The review clock: how long a deletion review has run against the 15-working-day limit.

use jiff::civil::Date;

use super::{Basis, Calendar, REVIEW_LIMIT_WORKING_DAYS};

/// How long a review has run against the legal limit, as of one day. Built for any two dates
/// without panicking; a submission recorded after `today` is flagged as `future`, not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewClock {
    pub submitted_on: Date,
    pub today: Date,
    /// Days since submission; the day of submission is day 0. 0 when `future`.
    pub calendar_days: i32,
    /// Working days after the day of submission, up to and including today. 0 when `future`.
    pub working_days: i32,
    /// The 15th working day after the day of submission (the last date `jiff` represents, in
    /// the unreal case that it lies beyond).
    pub deadline: Date,
    /// Today is after the deadline. Never true when `future`.
    pub overdue: bool,
    /// False when any year from submission to the later of today and the deadline has no
    /// published notice, so the count there rests on `basis`.
    pub calendar_covers: bool,
    /// What the count rests on: the least sure year from submission to the later of today and
    /// the deadline.
    pub basis: Basis,
    /// The first and last of those years without a published notice.
    pub uncertain_years: Option<(i16, i16)>,
    /// The recorded submission date is after today: a mistake to correct, not a count.
    pub future: bool,
}

impl ReviewClock {
    pub fn new(calendar: &Calendar, submitted_on: Date, today: Date) -> ReviewClock {
        let deadline = calendar
            .nth_working_day_after(submitted_on, REVIEW_LIMIT_WORKING_DAYS)
            .unwrap_or(Date::MAX);
        let future = submitted_on > today;
        let (calendar_days, working_days) = if future {
            (0, 0)
        } else {
            let days = submitted_on.until(today).map_or(0, |span| span.get_days());
            let working = calendar.working_days_between(submitted_on, today);
            (days, i32::try_from(working).unwrap_or(i32::MAX))
        };
        let (basis, uncertain_years) = calendar.basis_between(submitted_on, today.max(deadline));
        ReviewClock {
            submitted_on,
            today,
            calendar_days,
            working_days,
            deadline,
            overdue: !future && today > deadline,
            calendar_covers: basis == Basis::Published,
            basis,
            uncertain_years,
            future,
        }
    }

    /// Working days left before the limit: 0 once it is reached.
    pub fn working_days_left(&self) -> i32 {
        (REVIEW_LIMIT_WORKING_DAYS - self.working_days).max(0)
    }

    /// Calendar days from the deadline to today when overdue, else 0.
    pub fn days_past_deadline(&self) -> i32 {
        if !self.overdue {
            return 0;
        }
        self.deadline
            .until(self.today)
            .map_or(0, |span| span.get_days())
    }

    /// Whether the count may still change when a year's notice is published.
    pub fn is_provisional(&self) -> bool {
        self.basis.is_provisional()
    }
}
