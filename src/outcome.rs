//! Whether the review has ended: the recorded outcome (`gone` or `cancelled`) that stops the
//! review clock, which `status`, the report, `remind` and the wizard's clock line all consult.

use jiff::civil::Date;

use crate::i18n::strings;
use crate::session::Session;
use crate::text::Lang;
use crate::timeline::Kind;

/// How a review ended, as the person recorded it in the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// [`Kind::Gone`] (deletion confirmed complete) or [`Kind::Cancelled`].
    pub kind: Kind,
    /// The local date the event happened.
    pub on: Date,
}

/// The outcome of the current review: the latest `gone` or `cancelled` event dated on or after
/// the recorded submission date (the later id wins on the same day). Events before it belong
/// to an earlier request (a resubmission after a cancel starts a new review) and are ignored.
/// `None` without a submission date or without such an event.
pub fn outcome(session: &Session) -> Option<Outcome> {
    let submitted = session.review?.submitted_on;
    session
        .timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Gone | Kind::Cancelled))
        .filter(|e| e.on >= submitted)
        .max_by_key(|e| (e.on, e.id))
        .map(|e| Outcome {
            kind: e.kind,
            on: e.on.0,
        })
}

impl Outcome {
    /// "deletion confirmed complete on 2026-11-20 (recorded)" or "request cancelled on … ", in
    /// `lang`, without a final full stop.
    pub fn sentence(&self, lang: Lang) -> String {
        let words = &strings(lang).model;
        match self.kind {
            Kind::Gone => (words.outcome_gone)(self.on),
            _ => (words.outcome_cancelled)(self.on),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Session;
    use crate::timeline::Draft;
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    fn session_with(submitted: Date, events: &[(Kind, Date)]) -> Session {
        let mut s = Session::new(Lang::En);
        let now: jiff::Timestamp = "2026-11-28T12:00:00Z".parse().unwrap();
        s.record_submission("submit", submitted, now);
        for (kind, on) in events {
            s.add_event(Draft::new(*kind, *on), now, &TimeZone::UTC)
                .unwrap();
        }
        s
    }

    #[test]
    fn the_latest_gone_or_cancelled_on_or_after_submission_is_the_outcome() {
        let s = session_with(
            date(2026, 11, 2),
            &[
                (Kind::Cancelled, date(2026, 11, 10)),
                (Kind::Gone, date(2026, 11, 20)),
                (Kind::Contacted, date(2026, 11, 21)),
            ],
        );
        let o = outcome(&s).unwrap();
        assert_eq!((o.kind, o.on), (Kind::Gone, date(2026, 11, 20)));
    }

    #[test]
    fn an_outcome_before_the_submission_belongs_to_an_earlier_request() {
        let s = session_with(date(2026, 11, 12), &[(Kind::Cancelled, date(2026, 11, 10))]);
        assert_eq!(outcome(&s), None);
        let s = session_with(date(2026, 11, 10), &[(Kind::Cancelled, date(2026, 11, 10))]);
        assert_eq!(outcome(&s).map(|o| o.kind), Some(Kind::Cancelled));
    }

    #[test]
    fn no_submission_no_outcome() {
        let mut s = session_with(date(2026, 11, 2), &[(Kind::Gone, date(2026, 11, 20))]);
        s.review = None;
        assert_eq!(outcome(&s), None);
    }
}
