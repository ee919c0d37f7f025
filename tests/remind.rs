//! The reminders' iCalendar file, read back by an independent parser (the `ical` crate, not
//! the `icalendar` crate that writes it): all-day dates on the real 2026 calendar, stable UIDs,
//! and text that survives escaping and folding.

use ical::parser::ical::component::IcalEvent;
use jiff::Timestamp;
use jiff::civil::{Date, date};
use jiff::tz::TimeZone;
use xhs_cancel::checklist::Checklist;
use xhs_cancel::remind::{self, Reminder};
use xhs_cancel::session::{Day, Review, Session};
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Draft, Kind};

/// A session submitted on 2026-09-28, across the National Day holiday, with `cooling` days of
/// cooling-off.
fn session(lang: Lang, cooling: Option<u16>) -> Session {
    let mut session = Session::new(lang);
    session.review = Some(Review {
        submitted_on: Day(date(2026, 9, 28)),
        cooling_off_days: cooling,
    });
    session
}

fn now() -> Timestamp {
    "2026-11-29T19:30:00Z".parse().unwrap()
}

fn ics(session: &Session, lang: Lang, now: Timestamp) -> String {
    let checklist = Checklist::builtin().unwrap();
    remind::ics(session, &checklist.calendar, lang, now).expect("a submission date is recorded")
}

/// The events as the independent parser reads them. The lines are unfolded first (RFC 5545
/// §3.1: remove each CRLF followed by one space): `ical` 0.11 trims the trailing whitespace of
/// every physical line, which drops a space that a fold happens to follow.
fn parse(text: &str) -> Vec<IcalEvent> {
    let unfolded = text.replace("\r\n ", "");
    let mut parser = ical::IcalParser::new(unfolded.as_bytes());
    let calendar = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "only one calendar");
    calendar.events
}

fn property<'a>(event: &'a IcalEvent, name: &str) -> &'a ical::property::Property {
    let mut found = event.properties.iter().filter(|p| p.name == name);
    let first = found.next().unwrap_or_else(|| panic!("no {name}"));
    assert!(found.next().is_none(), "{name} appears once");
    first
}

fn value(event: &IcalEvent, name: &str) -> String {
    property(event, name).value.clone().unwrap_or_default()
}

/// A TEXT value as RFC 5545 §3.3.11 reads it: `\\`, `\;`, `\,`, `\n`/`\N`.
fn unescape(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, false) => out.push(c),
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other @ ('\\' | ';' | ',')) => out.push(other),
                other => panic!("invalid escape \\{other:?} in {raw:?}"),
            },
        }
    }
    out
}

fn find<'a>(events: &'a [IcalEvent], uid_start: &str) -> &'a IcalEvent {
    events
        .iter()
        .find(|e| value(e, "UID").starts_with(uid_start))
        .unwrap_or_else(|| panic!("no event {uid_start}"))
}

/// DTSTART and DTEND of an all-day event: both `VALUE=DATE`, as dates.
fn all_day(event: &IcalEvent) -> (Date, Date) {
    let day = |name: &str| {
        let p = property(event, name);
        let params = p.params.clone().unwrap_or_default();
        assert!(
            params.contains(&("VALUE".to_string(), vec!["DATE".to_string()])),
            "{name} is a DATE: {params:?}"
        );
        let v = p.value.clone().unwrap();
        assert_eq!(v.len(), 8, "{name} has no time: {v}");
        Date::strptime("%Y%m%d", &v).unwrap()
    };
    (day("DTSTART"), day("DTEND"))
}

#[test]
fn the_dates_across_national_day_2026_are_the_hand_counted_ones() {
    // Submitted Monday 2026-09-28. Working days after it: 09-29, 09-30 (1, 2); 10-01..10-07
    // are the holiday; 10-08, 10-09 (3, 4); Saturday 10-10 is a make-up working day (5);
    // 10-12..10-16 (6..10); 10-19..10-23 (11..15). Deadline Friday 10-23; three working days
    // before it, Tuesday 10-20. Seven calendar days of cooling-off end on 10-05.
    let events = parse(&ics(&session(Lang::En, Some(7)), Lang::En, now()));
    assert_eq!(events.len(), 3);
    let expected = [
        ("cooling-off-", date(2026, 10, 5)),
        ("check-in-", date(2026, 10, 20)),
        ("deadline-", date(2026, 10, 23)),
    ];
    for (uid, day) in expected {
        let (start, end) = all_day(find(&events, uid));
        assert_eq!(start, day, "{uid}");
        assert_eq!(end, day.tomorrow().unwrap(), "{uid}: DTEND is the next day");
    }
}

#[test]
fn the_deadline_is_the_one_status_prints() {
    let checklist = Checklist::builtin().unwrap();
    let on = date(2026, 9, 28);
    let clock = xhs_cancel::calendar::ReviewClock::new(&checklist.calendar, on, on);
    let dated = remind::reminders(&session(Lang::Zh, None), &checklist.calendar);
    let deadline = dated.iter().find(|d| d.reminder == Reminder::Deadline);
    assert_eq!(deadline.map(|d| d.on), Some(clock.deadline));
}

#[test]
fn without_a_cooling_off_length_or_with_zero_days_there_is_no_cooling_off_event() {
    for cooling in [None, Some(0)] {
        let events = parse(&ics(&session(Lang::En, cooling), Lang::En, now()));
        let uids: Vec<String> = events.iter().map(|e| value(e, "UID")).collect();
        assert_eq!(
            uids,
            [
                "check-in-2026-09-28@xhs-cancel",
                "deadline-2026-09-28@xhs-cancel"
            ],
            "{cooling:?}"
        );
    }
}

#[test]
fn without_a_submission_date_there_is_no_file() {
    let checklist = Checklist::builtin().unwrap();
    let session = Session::new(Lang::En);
    assert_eq!(
        remind::ics(&session, &checklist.calendar, Lang::En, now()),
        None
    );
}

#[test]
fn uids_stay_the_same_across_runs_notes_languages_and_cooling_off_lengths() {
    let uids = |text: &str| {
        let mut uids: Vec<String> = parse(text).iter().map(|e| value(e, "UID")).collect();
        uids.sort();
        uids
    };
    let first = ics(&session(Lang::En, Some(7)), Lang::En, now());
    let later = now()
        .checked_add(jiff::SignedDuration::from_hours(30))
        .unwrap();
    let mut noted = session(Lang::En, Some(10));
    let mut note = Draft::new(Kind::Note, date(2026, 10, 2));
    note.note = "called, no answer".to_string();
    noted.add_event(note, later, &TimeZone::UTC).unwrap();
    let second = ics(&noted, Lang::Zh, later);
    assert_eq!(uids(&first), uids(&second));
    assert_eq!(
        uids(&first),
        [
            "check-in-2026-09-28@xhs-cancel",
            "cooling-off-2026-09-28@xhs-cancel",
            "deadline-2026-09-28@xhs-cancel"
        ]
    );
    // A different submission date is a different request: new UIDs.
    let mut other = session(Lang::En, Some(7));
    other.review.as_mut().unwrap().submitted_on = Day(date(2026, 9, 29));
    assert!(
        uids(&ics(&other, Lang::En, now()))
            .iter()
            .all(|u| u.ends_with("2026-09-29@xhs-cancel"))
    );
}

#[test]
fn dtstamp_prodid_and_version_are_there() {
    let text = ics(&session(Lang::En, Some(7)), Lang::En, now()).replace("\r\n ", "");
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().unwrap().unwrap();
    let top = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    assert_eq!(top("VERSION").as_deref(), Some("2.0"));
    assert!(top("PRODID").unwrap().starts_with("-//xhs-cancel//"));
    for event in &calendar.events {
        assert_eq!(value(event, "DTSTAMP"), "20261129T193000Z");
    }
    assert!(text.ends_with("END:VCALENDAR\r\n"), "CRLF lines");
}

#[test]
fn english_text_with_commas_semicolons_and_newlines_round_trips() {
    let text = ics(&session(Lang::En, Some(7)), Lang::En, now());
    assert!(text.contains("\\;") && text.contains("\\,") && text.contains("\\n"));
    let events = parse(&text);
    let deadline = find(&events, "deadline-");
    assert_eq!(
        unescape(&value(deadline, "SUMMARY")),
        "Xiaohongshu deletion: 15-working-day review limit"
    );
    let description = unescape(&value(deadline, "DESCRIPTION"));
    let lines: Vec<&str> = description.lines().collect();
    assert_eq!(lines.len(), 3, "{description}");
    assert_eq!(
        lines[1],
        "If the account is not deleted and there is no answer: contact the platform's customer service first and write down the ticket number; if that brings nothing, complain to 12321 (www.12321.cn), 12315 or the MIIT."
    );
    assert!(lines[0].contains("submitted on 2026-09-28"));
}

#[test]
fn chinese_text_round_trips_through_folding() {
    let text = ics(&session(Lang::Zh, Some(7)), Lang::Zh, now());
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "folded to 75 octets: {line:?}");
    }
    let events = parse(&text);
    let cooling = find(&events, "cooling-off-");
    assert_eq!(
        unescape(&value(cooling, "SUMMARY")),
        "小红书注销：冷静期结束"
    );
    let description = unescape(&value(cooling, "DESCRIPTION"));
    assert!(
        description.starts_with("你在 2026-09-28 提交了注销申请；App 显示的冷静期是 7 天，到今天结束。\n冷静期内不要登录小红书"),
        "{description}"
    );
    let deadline = unescape(&value(find(&events, "deadline-"), "DESCRIPTION"));
    assert!(
        deadline.contains("12321（www.12321.cn）、12315 或工信部投诉"),
        "{deadline}"
    );
}

#[test]
fn a_year_without_a_notice_says_the_date_may_change() {
    let mut late = session(Lang::En, None);
    late.review.as_mut().unwrap().submitted_on = Day(date(2030, 3, 4));
    let events = parse(&ics(&late, Lang::En, now()));
    let description = unescape(&value(find(&events, "deadline-"), "DESCRIPTION"));
    assert!(
        description.contains("this date may change"),
        "{description}"
    );
    let events = parse(&ics(&session(Lang::En, None), Lang::En, now()));
    let description = unescape(&value(find(&events, "deadline-"), "DESCRIPTION"));
    assert!(!description.contains("may change"), "2026 has its notice");
}

#[test]
fn r_on_the_stage_screens_asks_the_event_loop_for_the_reminders() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use xhs_cancel::keymap::{Context, action_for, footer_hints};
    use xhs_cancel::wizard::{Action, Effect, Model};
    let r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::NONE);
    for context in [Context::Stage, Context::Summary] {
        assert_eq!(action_for(context, r), Some(Action::Remind), "{context:?}");
        assert!(
            footer_hints(context, Lang::En)
                .iter()
                .any(|h| h.0 == "r" && h.1 == "reminders")
        );
    }
    let mut welcomed = session(Lang::En, Some(7));
    welcomed.welcomed = true;
    let mut model = Model::new(
        Checklist::builtin().unwrap(),
        welcomed,
        now(),
        TimeZone::UTC,
    );
    assert_eq!(model.update(Action::Remind), Effect::Remind);
    assert_eq!(
        model.session.review.and_then(|r| r.cooling_off_days),
        Some(7),
        "nothing changed"
    );
}

/// The check-in's description (2026-10-20 for a submission on 2026-09-28).
fn check_in_text(cooling: Option<u16>, lang: Lang) -> String {
    let events = parse(&ics(&session(lang, cooling), lang, now()));
    value(find(&events, "check-in-"), "DESCRIPTION")
}

#[test]
fn the_check_in_warns_against_logging_in_only_while_the_cooling_off_may_last() {
    let warning = "Do not log in while the cooling-off period lasts.";
    // 7 days end on 2026-10-05, before the check-in on 2026-10-20: no warning.
    assert!(!check_in_text(Some(7), Lang::En).contains(warning));
    assert!(!check_in_text(Some(7), Lang::Zh).contains("不要登录"));
    // 22 days end on the check-in day itself, 30 after it: the warning stands.
    assert!(check_in_text(Some(22), Lang::En).contains(warning));
    assert!(check_in_text(Some(30), Lang::Zh).contains("冷静期还没过的话不要登录。"));
    // No length recorded (or 0 days): it may still last, so the warning stands.
    assert!(check_in_text(None, Lang::En).contains(warning));
    assert!(check_in_text(Some(0), Lang::En).contains(warning));
}
