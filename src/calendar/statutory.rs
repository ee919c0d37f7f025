//! The statutory holidays that the law itself fixes for every year, whatever that year's notice
//! says: 《全国年节及纪念日放假办法》 art. 2 as revised by 国务院令第795号 (published 2024-11-12,
//! in force 2025-01-01). Lunar dates and 清明 come from `tyme4rs` (the 寿星天文历 algorithms).
//!
//! Only the days themselves are fixed by law: which weekend days become make-up working days
//! (调休上班), and where days in lieu of holidays that fall on a weekend go, each year's notice
//! decides. A count built on these days alone is therefore provisional.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use jiff::civil::{Date, Weekday};
use tyme4rs::tyme::lunar::LunarDay;
use tyme4rs::tyme::solar::{SolarDay, SolarTerm};

use crate::text::Text;

/// The first year the 2024 revision governs; earlier years followed other rules.
pub const LAW_IN_FORCE_FROM: i16 = 2025;

/// The last year `tyme4rs` computes lunar dates for (and the last year `jiff` represents).
pub const LAST_COMPUTED_YEAR: i16 = 9999;

/// The seven festivals of art. 2 (全体公民放假的节日).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Festival {
    /// 元旦, 1 January.
    NewYear,
    /// 春节, 4 days: 除夕 (the last day of the 12th lunar month) and lunar 1/1 to 1/3.
    Spring,
    /// 清明节, the day of the 清明 solar term.
    Qingming,
    /// 劳动节, 1 and 2 May.
    Labour,
    /// 端午节, lunar 5/5.
    DragonBoat,
    /// 中秋节, lunar 8/15.
    MidAutumn,
    /// 国庆节, 1 to 3 October.
    National,
}

impl Festival {
    /// The festival's name in both languages.
    pub fn name(self) -> Text {
        let (zh, en) = match self {
            Festival::NewYear => ("元旦", "New Year's Day"),
            Festival::Spring => ("春节", "Spring Festival"),
            Festival::Qingming => ("清明节", "Qingming Festival"),
            Festival::Labour => ("劳动节", "Labour Day"),
            Festival::DragonBoat => ("端午节", "Dragon Boat Festival"),
            Festival::MidAutumn => ("中秋节", "Mid-Autumn Festival"),
            Festival::National => ("国庆节", "National Day"),
        };
        Text::new(zh, en)
    }
}

/// One statutory day off (法定节假日) and the festival it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct StatutoryDay {
    pub date: Date,
    pub festival: Festival,
}

/// The 13 statutory days of `year`, in date order (中秋 and 国庆 may share a day, then it is
/// listed once for each). `None` before [`LAW_IN_FORCE_FROM`] and after [`LAST_COMPUTED_YEAR`].
pub fn statutory_days(year: i16) -> Option<Vec<StatutoryDay>> {
    if !(LAW_IN_FORCE_FROM..=LAST_COMPUTED_YEAR).contains(&year) {
        return None;
    }
    let fixed = |month, day| Date::new(year, month, day).ok();
    let spring = lunar(year, 1, 1)?;
    let mut days = vec![
        (fixed(1, 1)?, Festival::NewYear),
        (spring.yesterday().ok()?, Festival::Spring),
        (spring, Festival::Spring),
        (spring.tomorrow().ok()?, Festival::Spring),
        (spring.tomorrow().ok()?.tomorrow().ok()?, Festival::Spring),
        (solar_term(year, "清明")?, Festival::Qingming),
        (fixed(5, 1)?, Festival::Labour),
        (fixed(5, 2)?, Festival::Labour),
        (lunar(year, 5, 5)?, Festival::DragonBoat),
        (lunar(year, 8, 15)?, Festival::MidAutumn),
        (fixed(10, 1)?, Festival::National),
        (fixed(10, 2)?, Festival::National),
        (fixed(10, 3)?, Festival::National),
    ];
    days.sort();
    Some(
        days.into_iter()
            .map(|(date, festival)| StatutoryDay { date, festival })
            .collect(),
    )
}

/// The weekdays among [`statutory_days`]: the days off the law alone takes from a working week.
/// Computed once per year for the whole program (the lunar computation is the slow part).
pub fn weekdays_off(year: i16) -> Option<Arc<[Date]>> {
    static MEMO: Mutex<BTreeMap<i16, Option<Arc<[Date]>>>> = Mutex::new(BTreeMap::new());
    let mut memo = MEMO.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    memo.entry(year)
        .or_insert_with(|| {
            let mut days: Vec<Date> = statutory_days(year)?
                .into_iter()
                .map(|d| d.date)
                .filter(|d| !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday))
                .collect();
            days.dedup();
            Some(days.into())
        })
        .clone()
}

/// The Gregorian date of a day of the lunar year `year` (never a leap month).
fn lunar(year: i16, month: isize, day: usize) -> Option<Date> {
    let lunar = LunarDay::new(isize::from(year), month, day).ok()?;
    to_date(lunar.get_solar_day())
}

/// The Gregorian date of the solar term `name` in `year`.
fn solar_term(year: i16, name: &str) -> Option<Date> {
    let term = SolarTerm::new(isize::from(year), name).ok()?;
    let day = to_date(term.get_solar_day())?;
    (day.year() == year).then_some(day)
}

fn to_date(day: SolarDay) -> Option<Date> {
    let year = i16::try_from(day.get_year()).ok()?;
    let month = i8::try_from(day.get_month()).ok()?;
    let day_of_month = i8::try_from(day.get_day()).ok()?;
    Date::new(year, month, day_of_month).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_2027_days_follow_the_law() {
        let days = statutory_days(2027).expect("2027 is computed");
        let list: Vec<(Date, Festival)> = days.iter().map(|d| (d.date, d.festival)).collect();
        use Festival::*;
        assert_eq!(
            list,
            [
                (date(2027, 1, 1), NewYear),
                (date(2027, 2, 5), Spring),
                (date(2027, 2, 6), Spring),
                (date(2027, 2, 7), Spring),
                (date(2027, 2, 8), Spring),
                (date(2027, 4, 5), Qingming),
                (date(2027, 5, 1), Labour),
                (date(2027, 5, 2), Labour),
                (date(2027, 6, 9), DragonBoat),
                (date(2027, 9, 15), MidAutumn),
                (date(2027, 10, 1), National),
                (date(2027, 10, 2), National),
                (date(2027, 10, 3), National),
            ]
        );
    }

    #[test]
    fn only_weekdays_are_taken_off_and_only_under_the_law() {
        // 2027: Sat 02-06, Sun 02-07, Sat 05-01, Sun 05-02, Sat 10-02, Sun 10-03 are weekend days.
        let off = weekdays_off(2027).unwrap();
        assert_eq!(
            off.as_ref(),
            [
                date(2027, 1, 1),
                date(2027, 2, 5),
                date(2027, 2, 8),
                date(2027, 4, 5),
                date(2027, 6, 9),
                date(2027, 9, 15),
                date(2027, 10, 1),
            ]
        );
        assert!(statutory_days(2024).is_none(), "before the 2024 revision");
        assert!(weekdays_off(2024).is_none());
    }

    #[test]
    fn the_last_year_computes_without_panicking() {
        let days = statutory_days(LAST_COMPUTED_YEAR).expect("9999 is in range");
        assert_eq!(days.len(), 13);
        assert!(days.iter().all(|d| d.date.year() == LAST_COMPUTED_YEAR));
    }
}
