//! No date or time computation panics, whatever the clock says (the ends of jiff's range) and
//! whatever dates the session holds (the first and last days a file can write).

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use xhs_cancel::checklist::Checklist;
use xhs_cancel::report;
use xhs_cancel::session::{Session, Stamp};
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::Model;

/// A session with the submission on `on` and every deletion-stage item confirmed at `at`.
fn session(checklist: &Checklist, on: Date, at: Timestamp) -> Session {
    let mut session = Session::new(Lang::En);
    session.stage = "deletion".into();
    for stage in &checklist.stages {
        for item in &stage.items {
            session
                .confirmed
                .entry(stage.id.as_str().into())
                .or_default()
                .insert(item.id.clone(), Stamp::new(at));
        }
    }
    let submit = checklist
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .find(|i| i.marks == Some(xhs_cancel::checklist::Mark::Submitted))
        .unwrap();
    session.record_submission(&submit.id, on, at);
    session
}

#[test]
fn reports_at_the_ends_of_time_do_not_panic() {
    let checklist = Checklist::builtin().unwrap();
    let clocks = [Timestamp::MIN, Timestamp::UNIX_EPOCH, Timestamp::MAX];
    // What a file can hold (TOML dates are years 0000 to 9999) and what jiff can.
    let days = [
        Date::MIN,
        jiff::civil::date(0, 1, 1),
        jiff::civil::date(2026, 1, 5),
        jiff::civil::date(9999, 12, 31),
        Date::MAX,
    ];
    let zones = [
        TimeZone::UTC,
        TimeZone::fixed(jiff::tz::offset(14)),
        TimeZone::fixed(jiff::tz::offset(-12)),
    ];
    for now in clocks {
        for on in days {
            for tz in &zones {
                let at = clocks[(on.year() as usize) % 3];
                let model = Model::new(
                    checklist.clone(),
                    session(&checklist, on, at),
                    now,
                    tz.clone(),
                );
                let _ = report::status(&model);
                let _ = report::markdown(&model);
                let _ = report::json(&model, None);
            }
        }
    }
}
