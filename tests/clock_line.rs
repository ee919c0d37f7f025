//! The review clock's one line on the stage screen: provisional counts and a submission date in
//! the future are said there too, in both languages.

use jiff::civil::{Date, date};
use jiff::tz::{self, TimeZone};
use xhs_cancel::names::clock_line;
use xhs_cancel::session::{Day, Review, Session};
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Draft, Kind};
use xhs_cancel::wizard::Model;

mod common;

/// The minimal checklist (its calendar: the 2026 notice only), a submission on `on`, and the
/// moment `now` in UTC+8.
fn line(on: Date, lang: Lang, now: &str) -> String {
    let checklist = common::minimal();
    let mut session = Session::new(lang);
    session.review = Some(Review {
        submitted_on: Day(on),
        cooling_off_days: None,
    });
    let model = Model::new(
        checklist,
        session,
        now.parse().unwrap(),
        TimeZone::fixed(tz::offset(8)),
    );
    clock_line(&model).expect("the clock runs once a submission is recorded")
}

#[test]
fn a_count_into_an_unpublished_year_is_marked_provisional() {
    // Submitted 2026-12-15; on 2026-12-28 that is 13 days and 9 working days, deadline
    // 2027-01-06 (2027-01-01 taken off by law).
    let en = line(date(2026, 12, 15), Lang::En, "2026-12-28T04:00:00Z");
    assert_eq!(
        en,
        "Review since 2026-12-15: 9 working days (13 days) so far; limit 2027-01-06, 6 working days left (provisional: 2027 not published)"
    );
    let zh = line(date(2026, 12, 15), Lang::Zh, "2026-12-28T04:00:00Z");
    assert_eq!(
        zh,
        "2026-12-15 提交，审核已过 9 个工作日（13 天），时限 2027-01-06，还剩 6 个工作日（暂定：2027 年安排未公布）"
    );
    let published = line(date(2026, 11, 20), Lang::En, "2026-11-28T04:00:00Z");
    assert!(!published.contains("provisional"), "{published}");
}

#[test]
fn a_submission_date_in_the_future_is_shown_as_a_problem() {
    let en = line(date(2026, 12, 4), Lang::En, "2026-11-28T04:00:00Z");
    assert_eq!(
        en,
        "! The recorded submission date 2026-12-04 is in the future; correct it with xhs-cancel submitted YYYY-MM-DD. Or press Space on the submit step."
    );
    let zh = line(date(2026, 12, 4), Lang::Zh, "2026-11-28T04:00:00Z");
    assert_eq!(
        zh,
        "! 记录的提交日期 2026-12-04 在今天之后；请用 xhs-cancel submitted YYYY-MM-DD 改正。也可以在「提交注销申请」那一步按空格更正。"
    );
}

/// [`line`] with a `kind` event on `ended` recorded in the timeline.
fn line_with(on: Date, kind: Kind, ended: Date, lang: Lang, now: &str) -> String {
    let checklist = common::minimal();
    let mut session = Session::new(lang);
    session.review = Some(Review {
        submitted_on: Day(on),
        cooling_off_days: None,
    });
    let now: jiff::Timestamp = now.parse().unwrap();
    let tz = TimeZone::fixed(tz::offset(8));
    session
        .add_event(Draft::new(kind, ended), now, &tz)
        .unwrap();
    let model = Model::new(checklist, session, now, tz);
    clock_line(&model).expect("the clock runs once a submission is recorded")
}

#[test]
fn a_recorded_outcome_ends_the_clock_line_instead_of_overdue() {
    let (on, ended, now) = (
        date(2026, 9, 28),
        date(2026, 11, 20),
        "2026-11-28T04:00:00Z",
    );
    assert_eq!(
        line_with(on, Kind::Gone, ended, Lang::En, now),
        "Review ended: deletion confirmed complete on 2026-11-20 (recorded)"
    );
    assert_eq!(
        line_with(on, Kind::Cancelled, ended, Lang::Zh, now),
        "审核结束：注销申请已于 2026-11-20 撤销（已记录）"
    );
    // A cancel before this submission belongs to an earlier request: the clock runs on.
    let earlier = line_with(on, Kind::Cancelled, date(2026, 9, 20), Lang::En, now);
    assert!(earlier.starts_with("! Review since "), "{earlier}");
}

#[test]
fn a_recorded_outcome_takes_the_overdue_marks_off_the_screen() {
    let checklist = xhs_cancel::checklist::Checklist::builtin().unwrap();
    let now: jiff::Timestamp = "2026-11-28T04:00:00Z".parse().unwrap();
    let tz = TimeZone::get("Asia/Shanghai").unwrap();
    let mut session = Session::new(Lang::En);
    let submit = "submit";
    session.record_submission(submit, date(2026, 9, 28), now);
    let overdue = Model::new(checklist.clone(), session.clone(), now, tz.clone());
    assert!(overdue.overdue());
    session
        .add_event(Draft::new(Kind::Gone, date(2026, 11, 20)), now, &tz)
        .unwrap();
    let ended = Model::new(checklist, session, now, tz);
    assert!(!ended.overdue(), "the tab's ! and the slow-review mark go");
}
