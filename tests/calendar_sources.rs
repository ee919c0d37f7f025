//! The calendar against sources independent of it:
//!
//! - the lunar dates and 清明 that `tyme4rs` computes for 2025–2030, against the published dates
//!   written below by hand (the State Council notices for 2025 and 2026, which name the lunar
//!   days; for 2027–2030 the widely published almanac dates, e.g. the Hong Kong Observatory's
//!   Gregorian–lunar conversion tables; 2027 also in shared/content-sources.md);
//! - `checklists/calendar.toml` 2025–2026, day by day, against the `chinese_holiday` crate, a
//!   separate transcription of the same notices (Apache-2.0, github.com/zier-one/chinese_holiday_rs;
//!   its data ends on 2026-12-25);
//! - the statutory rule against the published years: every statutory day of 2025 and 2026 lies
//!   in a holiday span of the file.

use chinese_holiday::{Ymd, chinese_holiday};
use jiff::civil::{Date, date};
use xhs_cancel::calendar::Basis;
use xhs_cancel::calendar::statutory::{Festival, statutory_days};
use xhs_cancel::checklist::Checklist;

/// (year, 除夕, 春节 初一, 清明, 端午, 中秋), by hand.
const PUBLISHED: [(i16, [(i8, i8); 5]); 6] = [
    (2025, [(1, 28), (1, 29), (4, 4), (5, 31), (10, 6)]),
    // 2026: the notice calls 02-15 腊月二十八, so 除夕 is 腊月廿九, 02-16.
    (2026, [(2, 16), (2, 17), (4, 5), (6, 19), (9, 25)]),
    // 2027: 除夕 is again the 29th of the 12th month.
    (2027, [(2, 5), (2, 6), (4, 5), (6, 9), (9, 15)]),
    (2028, [(1, 25), (1, 26), (4, 4), (5, 28), (10, 3)]),
    (2029, [(2, 12), (2, 13), (4, 4), (6, 16), (9, 22)]),
    (2030, [(2, 2), (2, 3), (4, 5), (6, 5), (9, 12)]),
];

fn first_day_of(days: &[(Date, Festival)], festival: Festival) -> Date {
    days.iter()
        .find(|(_, f)| *f == festival)
        .map(|(d, _)| *d)
        .unwrap_or_else(|| panic!("no {festival:?}"))
}

#[test]
fn lunar_dates_and_qingming_agree_with_the_published_dates() {
    for (year, dates) in PUBLISHED {
        let days: Vec<(Date, Festival)> = statutory_days(year)
            .expect("the rule covers 2025-2030")
            .iter()
            .map(|d| (d.date, d.festival))
            .collect();
        let want: Vec<Date> = dates.iter().map(|&(m, d)| date(year, m, d)).collect();
        let spring: Vec<Date> = days
            .iter()
            .filter(|(_, f)| *f == Festival::Spring)
            .map(|(d, _)| *d)
            .collect();
        let got = vec![
            spring[0],
            spring[1],
            first_day_of(&days, Festival::Qingming),
            first_day_of(&days, Festival::DragonBoat),
            first_day_of(&days, Festival::MidAutumn),
        ];
        assert_eq!(got, want, "{year}: 除夕, 初一, 清明, 端午, 中秋");
        assert_eq!(spring.len(), 4, "{year}: 春节 is four days");
        assert_eq!(
            spring[3],
            date(year, dates[1].0, dates[1].1) + jiff::Span::new().days(2)
        );
        assert_eq!(days.len(), 13, "{year}: 13 statutory days");
    }
}

fn builtin() -> Checklist {
    Checklist::builtin().expect("the built-in checklists load")
}

#[test]
fn the_file_agrees_with_an_independent_transcription_day_by_day() {
    let calendar = builtin().calendar;
    let mut day = date(2025, 1, 1);
    let last = date(2026, 12, 25); // the last day chinese_holiday knows
    let mut compared = 0;
    while day <= last {
        let ymd = Ymd::new(day.year() as u16, day.month() as u8, day.day() as u8);
        let theirs = chinese_holiday(ymd).is_workday();
        assert_eq!(calendar.is_working_day(day), theirs, "{day}");
        compared += 1;
        day = day.tomorrow().unwrap();
    }
    assert_eq!(compared, 365 + 359);
}

#[test]
fn every_statutory_day_of_the_published_years_is_a_holiday_in_the_file() {
    let calendar = builtin().calendar;
    for year in [2025, 2026] {
        assert_eq!(calendar.basis(year), Basis::Published, "{year}");
        let entry = calendar.years.iter().find(|y| y.year == year).unwrap();
        for day in statutory_days(year).unwrap() {
            let span = entry
                .holidays
                .iter()
                .find(|h| h.from <= day.date && day.date <= h.to);
            assert!(
                span.is_some(),
                "{year}: {:?} {} is in no holiday span",
                day.festival,
                day.date
            );
            assert!(!calendar.is_working_day(day.date), "{}", day.date);
        }
    }
}
