//! `remind` (the reminders' iCalendar file) and `cooling-off` (the cooling-off length the app
//! showed). Both need a recorded submission date and refuse with exit 2 without one.

use super::args::{CoolingOff, Output};
use super::commands::write_output;
use super::messages::remind::{self as words, RemindError};
use super::{Cli, Failure, checklist, exit, fail, out_line, own_data_dir, store_failure};
use crate::remind;
use crate::session::Session;
use crate::store::{self, Store};

/// Writes the reminders in the session's language (`--lang` overrides it) to `output`;
/// refuses (exit 2) without a submission date or once an outcome ends the review.
pub(super) fn remind(cli: &Cli, output: &Output) -> Result<(), Failure> {
    let checklist = checklist(cli)?;
    let dir = own_data_dir(cli, false)?;
    let session = store::peek(&dir).map_err(store_failure)?;
    let Some(session) = session.filter(|s| s.review.is_some()) else {
        return Err(fail(exit::INVALID, RemindError::NoSubmission));
    };
    let lang = cli.lang.unwrap_or(session.lang);
    if let Some(ended) = crate::outcome::outcome(&session) {
        return Err(fail(exit::INVALID, RemindError::Ended(ended)));
    }
    let now = crate::session::now();
    let text = remind::ics(&session, &checklist.calendar, lang, now)
        .ok_or_else(|| fail(exit::INVALID, RemindError::NoSubmission))?;
    write_output("remind", output, &dir, &text)?;
    let today = now.to_zoned_datetime(jiff::tz::TimeZone::system()).date();
    let submitted = session.review.map(|r| r.submitted_on.0);
    let clock =
        submitted.map(|on| crate::calendar::ReviewClock::new(&checklist.calendar, on, today));
    if let Some(clock) = clock.filter(|c| c.deadline < today) {
        eprintln!("{}", words::all_past(lang, clock.deadline));
    }
    Ok(())
}

/// Records or removes the cooling-off length, holding the session's lock. A session without
/// a submission date is refused before the lock is taken, so nothing is created.
pub(super) fn cooling_off(cli: &Cli, what: CoolingOff) -> Result<(), Failure> {
    let dir = own_data_dir(cli, true)?;
    let no_submission = || fail(exit::INVALID, RemindError::NoSubmission);
    let recorded = |s: &Session| s.review.is_some();
    if !store::peek(&dir)
        .map_err(store_failure)?
        .is_some_and(|s| recorded(&s))
    {
        return Err(no_submission());
    }
    let mut store = Store::open(&dir).map_err(store_failure)?;
    let mut session = store::peek(&dir)
        .map_err(store_failure)?
        .ok_or_else(no_submission)?;
    let review = session.review.ok_or_else(no_submission)?;
    let lang = cli.lang.unwrap_or(session.lang);
    match what {
        CoolingOff::Days(days) => {
            session.set_cooling_off(Some(days));
            store.save(&session).map_err(store_failure)?;
            let ends = review
                .submitted_on
                .0
                .checked_add(jiff::Span::new().days(i64::from(days)))
                .ok();
            let today = crate::session::now()
                .to_zoned_datetime(jiff::tz::TimeZone::system())
                .date();
            out_line(&words::recorded(lang, days, ends, today))
        }
        CoolingOff::Clear if review.cooling_off_days.is_none() => {
            out_line(words::none_recorded(lang))
        }
        CoolingOff::Clear => {
            session.set_cooling_off(None);
            store.save(&session).map_err(store_failure)?;
            out_line(words::cleared(lang))
        }
    }
}
