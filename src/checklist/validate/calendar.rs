//! The checks of `calendar.toml`: each year's notice, its spans and make-up days, the spans
//! across years, and that a published year gives every statutory day off.

use std::collections::HashMap;
use std::ops::Range;

use jiff::civil::{Date, Weekday};
use toml::value::Datetime;

use super::super::raw::{RawCalendar, RawHoliday, RawYear, S};
use super::{Ctx, Name};
use crate::calendar::statutory::statutory_days;
use crate::calendar::{Calendar, CalendarYear, Holiday};
use crate::text::quote;

/// A holiday span as read, with its name and place, for the checks across years.
struct Dated {
    from: Date,
    to: Date,
    name: String,
    span: Range<usize>,
}

pub(super) fn calendar(raw: &RawCalendar, cx: &mut Ctx) -> Calendar {
    let mut years: Vec<CalendarYear> = Vec::new();
    let mut holidays: Vec<Dated> = Vec::new();
    let mut workdays: Vec<(Date, Range<usize>)> = Vec::new();
    let mut seen = HashMap::new();
    for y in &raw.years {
        if let Some(first) = cx.first_definition(&mut seen, *y.year.get_ref(), &y.year.span()) {
            cx.err(
                y.year.span(),
                format!("year {} appears twice (first at {first})", y.year.get_ref()),
            );
        }
        years.push(calendar_year(y, cx, &mut holidays, &mut workdays));
    }
    for (y, raw) in years.iter().zip(&raw.years) {
        if !y.provisional && cx.checks == super::Checks::Full {
            statutory_days_given(y.year, &holidays, raw, cx);
        }
    }
    // Sorted by start, each span must begin after every earlier one has ended.
    holidays.sort_by_key(|h| (h.from, h.to));
    let mut latest: Option<&Dated> = None;
    for h in &holidays {
        if let Some(before) = latest
            && h.from <= before.to
        {
            cx.err(
                h.span.clone(),
                format!(
                    "holiday {} {}..{} overlaps {} {}..{}",
                    h.name, h.from, h.to, before.name, before.from, before.to
                ),
            );
        }
        if latest.is_none_or(|before| h.to > before.to) {
            latest = Some(h);
        }
    }
    for (day, span) in &workdays {
        if let Some(h) = holidays.iter().find(|h| h.from <= *day && *day <= h.to) {
            cx.err(
                span.clone(),
                format!(
                    "make-up working day {day} lies inside holiday {} {}..{}",
                    h.name, h.from, h.to
                ),
            );
        }
    }
    Calendar { years }
}

fn calendar_year(
    y: &RawYear,
    cx: &mut Ctx,
    spans: &mut Vec<Dated>,
    workdays: &mut Vec<(Date, Range<usize>)>,
) -> CalendarYear {
    const YEARS: std::ops::RangeInclusive<i16> = 1949..=2200;
    let year = match i16::try_from(*y.year.get_ref()) {
        Ok(year) if YEARS.contains(&year) => year,
        _ => {
            cx.err(
                y.year.span(),
                format!(
                    "year {} is out of range: use {} to {}",
                    y.year.get_ref(),
                    YEARS.start(),
                    YEARS.end()
                ),
            );
            0
        }
    };
    let title = cx.string(Name::field("title"), &y.title);
    let url = cx.url(Name::field("url"), &y.url);
    let issued = cx
        .date(Name::field("issued"), &y.issued)
        .unwrap_or_default();
    let holidays = y
        .holidays
        .iter()
        .filter_map(|h| holiday(h, cx, spans))
        .collect();
    let mut days = Vec::new();
    for d in &y.workdays {
        if let Some(date) = workday(d, cx) {
            days.push(date);
            workdays.push((date, d.span()));
        }
    }
    CalendarYear {
        year,
        title,
        url,
        issued,
        provisional: y.provisional,
        holidays,
        workdays: days,
    }
}

fn holiday(h: &RawHoliday, cx: &mut Ctx, spans: &mut Vec<Dated>) -> Option<Holiday> {
    let name = cx.text(Name::field("holiday name"), &h.name);
    // Messages quote the name as the file writes it, not as sanitized for the screen.
    let written = quote(h.name.get_ref().zh.as_ref().map_or("", |s| s.get_ref()));
    let from = cx.date(Name::field("from"), &h.from);
    let to = cx.date(Name::field("to"), &h.to);
    let (from, to) = (from?, to?);
    if from > to {
        cx.err(
            h.from.span(),
            format!("holiday {written} runs backwards: from {from} is after to {to}"),
        );
        return None;
    }
    spans.push(Dated {
        from,
        to,
        name: written,
        span: h.from.span(),
    });
    Some(Holiday { name, from, to })
}

fn workday(d: &S<Datetime>, cx: &mut Ctx) -> Option<Date> {
    let date = cx.date(Name::field("make-up working day"), d)?;
    if !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
        cx.err(
            d.span(),
            format!(
                "make-up working day {date} is a {:?}, not a Saturday or Sunday",
                date.weekday()
            ),
        );
    }
    Some(date)
}

/// A published notice gives every statutory day of its year off (《全国年节及纪念日放假办法》
/// art. 2): one that lies in no holiday span is a mistake in the file, unless the year is
/// marked `provisional = true`.
fn statutory_days_given(year: i16, spans: &[Dated], raw: &RawYear, cx: &mut Ctx) {
    let Some(days) = statutory_days(year) else {
        return;
    };
    let missing: Vec<String> = days
        .iter()
        .filter(|d| !spans.iter().any(|h| h.from <= d.date && d.date <= h.to))
        .map(|d| format!("{} {}", d.festival.name().zh, d.date))
        .collect();
    if !missing.is_empty() {
        cx.err(
            raw.year.span(),
            format!(
                "year {year} is a published notice, but its statutory days {} lie in no holiday span: \
                 every notice gives them off; add them, or mark the year provisional = true",
                missing.join(", ")
            ),
        );
    }
}
