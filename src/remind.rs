//! Reminders in the person's own calendar: the iCalendar (RFC 5545) file `xhs-cancel remind`
//! and the wizard's `r` write, built with the `icalendar` crate (which escapes and folds the
//! text). All-day events on local calendar dates for the end of the cooling-off period, a
//! check-in before the review limit, and the review limit itself.

use icalendar::{Calendar as Ics, Component, Property, ValueType};
use jiff::Timestamp;
use jiff::civil::Date;

use crate::calendar::{Calendar, REVIEW_LIMIT_WORKING_DAYS, ReviewClock};
use crate::i18n::strings;
use crate::session::Session;
use crate::text::Lang;

/// The check-in falls this many working days before the review limit: time enough to contact
/// customer service and hear back before the limit passes.
pub const CHECK_IN_WORKING_DAYS_BEFORE: i32 = 3;

/// The domain part of every UID (RFC 5545 §3.8.4.7 recommends `something@domain`).
const UID_DOMAIN: &str = "xhs-cancel";

/// Which reminder an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// The last day of the cooling-off period the person entered (submission + its days).
    CoolingOffEnds,
    /// [`CHECK_IN_WORKING_DAYS_BEFORE`] working days before the review limit.
    CheckIn,
    /// The 15th working day after submission: the same deadline `status` prints.
    Deadline,
}

impl Reminder {
    /// The UID's first part. With the submission date, it names the event: the UID changes
    /// only when the submission date does (a different request); the cooling-off length, the
    /// language, notes and the time of writing leave it alone, so importing the file again
    /// updates the events instead of adding copies.
    fn id(self) -> &'static str {
        match self {
            Reminder::CoolingOffEnds => "cooling-off",
            Reminder::CheckIn => "check-in",
            Reminder::Deadline => "deadline",
        }
    }
}

/// One reminder with its local date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub reminder: Reminder,
    pub on: Date,
}

/// The reminders for a session, in date order; empty without a submission date. The
/// cooling-off end is left out when no length was entered, or a length of 0 days.
pub fn reminders(session: &Session, calendar: &Calendar) -> Vec<Dated> {
    let Some(review) = session.review else {
        return Vec::new();
    };
    let submitted = review.submitted_on.0;
    let deadline = ReviewClock::new(calendar, submitted, submitted).deadline;
    let mut all = Vec::new();
    if let Some(days) = review.cooling_off_days.filter(|d| *d > 0)
        && let Ok(on) = submitted.checked_add(jiff::Span::new().days(i64::from(days)))
    {
        all.push(Dated {
            reminder: Reminder::CoolingOffEnds,
            on,
        });
    }
    if let Some(on) = working_days_before(calendar, deadline, CHECK_IN_WORKING_DAYS_BEFORE)
        .filter(|on| *on > submitted)
    {
        all.push(Dated {
            reminder: Reminder::CheckIn,
            on,
        });
    }
    all.push(Dated {
        reminder: Reminder::Deadline,
        on: deadline,
    });
    all.sort_by_key(|d| d.on);
    all
}

/// The `n`th working day before `date`, or `None` before the first date `jiff` represents.
fn working_days_before(calendar: &Calendar, date: Date, n: i32) -> Option<Date> {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day.yesterday().ok()?;
        if calendar.is_working_day(day) {
            left -= 1;
        }
    }
    Some(day)
}

/// The wizard's notice when `r` finds no submission date.
pub fn notice_no_submission(lang: Lang) -> &'static str {
    strings(lang).model.remind.no_submission
}

/// The iCalendar text (CRLF lines) for the session's reminders in `lang`, stamped `now`
/// (DTSTAMP, UTC); `None` when no submission date is recorded.
pub fn ics(session: &Session, calendar: &Calendar, lang: Lang, now: Timestamp) -> Option<String> {
    let review = session.review?;
    let submitted = review.submitted_on.0;
    let (basis, _) = calendar.basis_between(submitted, reminders(session, calendar).last()?.on);
    let facts = Facts {
        submitted,
        deadline: ReviewClock::new(calendar, submitted, submitted).deadline,
        cooling_off_days: review.cooling_off_days.unwrap_or(0),
        cooling_off_ends: reminders(session, calendar)
            .iter()
            .find(|d| d.reminder == Reminder::CoolingOffEnds)
            .map(|d| d.on),
        provisional: basis.is_provisional(),
    };
    let mut ics = Ics::empty();
    ics.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", prodid(lang).as_str()))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(strings(lang).model.remind.calendar_name);
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    for dated in reminders(session, calendar) {
        let (summary, description) = wording(dated, &facts, lang);
        let uid = format!("{}-{submitted}@{UID_DOMAIN}", dated.reminder.id());
        let event = icalendar::Event::new()
            .uid(&uid)
            .add_property("DTSTAMP", &stamp)
            .append_property(date_property("DTSTART", dated.on))
            .append_property(date_property(
                "DTEND",
                dated.on.tomorrow().unwrap_or(dated.on),
            ))
            .summary(&summary)
            .description(&description)
            .add_property("TRANSP", "TRANSPARENT")
            .done();
        ics.push(event);
    }
    Some(ics.done().to_string())
}

/// `DTSTART;VALUE=DATE:20261009`: a local calendar date, no time and no time zone.
fn date_property(key: &str, on: Date) -> Property {
    Property::new(key, on.strftime("%Y%m%d").to_string())
        .append_parameter(ValueType::Date)
        .done()
}

fn prodid(lang: Lang) -> String {
    let tag = match lang {
        Lang::Zh => "ZH",
        Lang::En => "EN",
    };
    format!(
        "-//xhs-cancel//xhs-cancel {}//{tag}",
        env!("CARGO_PKG_VERSION")
    )
}

/// What the descriptions quote.
struct Facts {
    submitted: Date,
    deadline: Date,
    cooling_off_days: u16,
    /// The last day of the cooling-off period, when a length above 0 was entered.
    cooling_off_ends: Option<Date>,
    /// A year the count crosses has no published holiday notice yet.
    provisional: bool,
}

/// The SUMMARY and DESCRIPTION of a reminder in `lang`. The advice follows
/// content-sources.md: do not log in during the cooling-off period (one source says logging
/// in can interrupt the request), the 15-working-day limit of the 《App违法违规收集使用个人信息
/// 行为认定方法》, and the escalation channels (customer service first, then 12321, 12315, MIIT).
/// The check-in warns against logging in only while the cooling-off period may still last on
/// its date: no end recorded, or one on or after it.
fn wording(dated: Dated, f: &Facts, lang: Lang) -> (String, String) {
    let reminder = dated.reminder;
    let (s, d, n, limit) = (
        f.submitted,
        f.deadline,
        f.cooling_off_days,
        REVIEW_LIMIT_WORKING_DAYS,
    );
    let before = CHECK_IN_WORKING_DAYS_BEFORE;
    let words = &strings(lang).model.remind;
    let (summary, mut text) = match reminder {
        Reminder::CoolingOffEnds => (
            words.cooling_off_summary.to_string(),
            (words.cooling_off_text)(s, n, d),
        ),
        Reminder::CheckIn => (
            words.check_in_summary.to_string(),
            (words.check_in_text)(before, limit, d, s),
        ),
        Reminder::Deadline => (
            (words.deadline_summary)(limit),
            (words.deadline_text)(limit, s),
        ),
    };
    let cooling_off_may_last = f.cooling_off_ends.is_none_or(|end| end >= dated.on);
    if reminder == Reminder::CheckIn && cooling_off_may_last {
        text.push_str(words.do_not_log_in);
    }
    if f.provisional && reminder != Reminder::CoolingOffEnds {
        text.push_str(words.provisional);
    }
    (summary, text)
}
