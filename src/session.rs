//! The saved session: what the person has recorded, in the form written to `session.toml`.

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::text::Lang;

pub mod timeline;

use timeline::{Event, Kind};

/// The session format this program writes; a file with a larger number is refused, not rewritten.
/// Version 2 stores every answer as a list of option ids (multi-choice questions); version 1
/// files, with one option id per question, are read as they are. Version 3 adds the case file
/// (`timeline`, `next_event`, `review.cooling_off_days`); it is a new number, not an optional
/// field, so that version 2 programs refuse such a file as newer instead of calling it damaged.
pub const VERSION: u32 = 3;

/// The oldest session format this program reads (and rewrites as [`VERSION`]).
pub const OLDEST_VERSION: u32 = 1;

/// The most entries any one list or map of a session may hold (`seen`, `cursor`, `answers`,
/// `overrides`, the items under `confirmed` all together, each override's `open`, and
/// `timeline`). A
/// checklist has at most 5,000 items (1,000 per stage), so a real session stays far below it; a
/// file with more is refused as damaged.
pub const MAX_ENTRIES: usize = 10_000;

/// What [`Session::stamp`] adds to the latest stamp to keep stamps in recording order.
const ONE_MS: jiff::SignedDuration = jiff::SignedDuration::from_millis(1);
/// The most [`Session::stamp`] puts a stamp ahead of the clock.
const ONE_SECOND: jiff::SignedDuration = jiff::SignedDuration::from_secs(1);

/// The first day a request can have been submitted, or any event of the case file dated:
/// Xiaohongshu started in 2013 (the company's public history; it launched in June 2013, so the
/// first of the year is a safe floor).
pub const EARLIEST: Date = jiff::civil::date(2013, 1, 1);

/// The id of the stage whose submit step starts the review clock.
const DELETION_STAGE: &str = "deletion";

/// Everything persisted between runs. Item ids, never positions, so edited checklists keep
/// their meaning; ids the checklists no longer have are kept untouched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    pub lang: Lang,
    /// Whether the welcome screen was passed; later runs resume directly.
    #[serde(default)]
    pub welcomed: bool,
    /// The current stage's id.
    pub stage: String,
    /// Stage id → the id of the row under the cursor (an item id, or `question/option`).
    #[serde(default)]
    pub cursor: BTreeMap<String, String>,
    /// Stage id → item id → when it was confirmed (selected, done, or tried), as
    /// [`Session::stamp`] gives it.
    #[serde(default)]
    pub confirmed: BTreeMap<String, BTreeMap<String, Stamp>>,
    /// Question id → the option ids chosen (one at most for a single-choice question).
    /// Version 1 wrote a single id as a string; it is read as a list of one.
    #[serde(default, deserialize_with = "one_or_many")]
    pub answers: BTreeMap<String, Vec<String>>,
    /// Each time the person chose to leave a stage with required items still open.
    #[serde(default)]
    pub overrides: Vec<Override>,
    pub review: Option<Review>,
    /// Every item id the person has been shown, so items added to the checklists later can be
    /// announced as new.
    #[serde(default)]
    pub seen: BTreeSet<String>,
    /// The case file: events recorded by the person and by the program, oldest first (version 3;
    /// earlier files have none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<Event>,
    /// The id the next timeline event gets; ids are never reused.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub next_event: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// "Continue anyway" past a gate, with what was still open at that moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub stage: String,
    pub at: Stamp,
    pub open: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The local date the submit step was confirmed: day 0 of the review clock.
    pub submitted_on: Day,
    /// The cooling-off period (冷静期) the app showed after submitting, in calendar days, as
    /// the person entered it. Sources disagree on its length (content-sources.md: 7 days in one
    /// source, other figures are review times), so the program never assumes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_off_days: Option<u16>,
}

/// The most days of cooling-off a person may enter: a year.
pub const MAX_COOLING_OFF_DAYS: u16 = 366;

impl Session {
    pub fn new(lang: Lang) -> Session {
        Session {
            version: VERSION,
            lang,
            welcomed: false,
            stage: "reasons".to_string(),
            cursor: BTreeMap::new(),
            confirmed: BTreeMap::new(),
            answers: BTreeMap::new(),
            overrides: Vec::new(),
            review: None,
            seen: BTreeSet::new(),
            timeline: Vec::new(),
            next_event: 0,
        }
    }

    /// The first list or map holding more than [`MAX_ENTRIES`] entries: its field name as the
    /// file spells it, and how many it holds.
    pub fn oversized(&self) -> Option<(&'static str, usize)> {
        let confirmed = self.confirmed.values().map(BTreeMap::len).sum::<usize>();
        let open = self.overrides.iter().map(|o| o.open.len()).max();
        [
            ("cursor", self.cursor.len()),
            ("confirmed", confirmed.max(self.confirmed.len())),
            ("answers", self.answers.len()),
            ("overrides", self.overrides.len()),
            ("open", open.unwrap_or(0)),
            ("seen", self.seen.len()),
            ("timeline", self.timeline.len()),
        ]
        .into_iter()
        .find(|&(_, count)| count > MAX_ENTRIES)
    }

    /// The stamp of what is recorded at `now` (a confirmation, a "continue anyway", an event):
    /// the clock to the millisecond, or 1 ms after the latest stamp already in the session
    /// when that one is not before the clock and less than a second ahead of it. So what is
    /// recorded from one reading of the clock (keys that arrive together) or within one
    /// millisecond still stamps in the order it was recorded, and [`timeline::entries`] lists
    /// entries of the same second in that order. A clock set back by a second or more is
    /// taken as it is.
    pub fn stamp(&self, now: Timestamp) -> Stamp {
        let now = Timestamp::from_millisecond(now.as_millisecond()).unwrap_or(now);
        let after_latest = self.latest_stamp().and_then(|t| t.checked_add(ONE_MS).ok());
        match after_latest {
            Some(next) if next > now && next.duration_since(now) <= ONE_SECOND => Stamp(next),
            _ => Stamp(now),
        }
    }

    /// The latest moment recorded in this session: of a confirmation, a "continue anyway" or
    /// the recording of an event.
    fn latest_stamp(&self) -> Option<Timestamp> {
        let confirmed = self.confirmed.values().flat_map(|items| items.values());
        let overrides = self.overrides.iter().map(|o| &o.at);
        let recorded = self.timeline.iter().map(|e| &e.recorded);
        confirmed
            .chain(overrides)
            .chain(recorded)
            .map(|s| s.0)
            .max()
    }

    pub fn confirmed_at(&self, stage: &str, item: &str) -> Option<Timestamp> {
        self.confirmed.get(stage)?.get(item).map(|s| s.0)
    }

    /// Records `on` as the day the deletion request was submitted in the app: day 0 of the
    /// review clock. `item` is the deletion stage's submit step (the item with
    /// `marks = "submitted"`); it is confirmed at `now` unless it already was. The timeline
    /// logs the date (naming the one it corrects), unless it was already the recorded one. The
    /// caller refuses dates after today. The confirmation and the logged date are one
    /// recording and share its stamp (the case file lists the confirmation above the date).
    pub fn record_submission(&mut self, item: &str, on: Date, now: Timestamp) {
        let stamp = self.stamp(now);
        self.submit(timeline::Draft::new(Kind::Submitted, on), now);
        self.confirm_submit_at(item, stamp);
    }

    /// Confirms the submit step `item` at `now` (kept as it is when already confirmed) without
    /// touching the date: for a date recorded earlier by a "request submitted" event.
    pub fn confirm_submit_step(&mut self, item: &str, now: Timestamp) {
        let stamp = self.stamp(now);
        self.confirm_submit_at(item, stamp);
    }

    fn confirm_submit_at(&mut self, item: &str, stamp: Stamp) {
        self.confirmed
            .entry(DELETION_STAGE.to_string())
            .or_default()
            .entry(item.to_string())
            .or_insert(stamp);
    }

    /// Removes the submission date (and the cooling-off length with it) and unconfirms the
    /// submit step `item`; the timeline records the removal on `today`.
    pub fn clear_submission(&mut self, item: &str, today: Date, now: Timestamp) {
        if let Some(confirmed) = self.confirmed.get_mut(DELETION_STAGE) {
            confirmed.remove(item);
        }
        if self.review.take().is_some() {
            self.log_cleared(today, now);
        }
    }

    /// Records the cooling-off period (冷静期) the app showed after submitting, in calendar
    /// days; `None` removes it. Nothing happens without a submission date.
    pub fn set_cooling_off(&mut self, days: Option<u16>) {
        if let Some(review) = &mut self.review {
            review.cooling_off_days = days;
        }
    }
}

/// Answers as version 2 writes them (`question = ["a", "b"]`) or as version 1 did
/// (`question = "a"`).
fn one_or_many<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    let raw = BTreeMap::<String, OneOrMany>::deserialize(d)?;
    Ok(raw
        .into_iter()
        .map(|(q, a)| match a {
            OneOrMany::One(option) => (q, vec![option]),
            OneOrMany::Many(options) => (q, options),
        })
        .collect())
}

/// A time as the JSON outputs give it: RFC 3339 in UTC, to the second (`2026-11-02T10:00:00Z`).
/// Stamps hold milliseconds only to order what was recorded in one second, and the JSON arrays
/// are already in that order; whole seconds keep the strings one length, so they sort as times.
pub fn json_time(t: Timestamp) -> String {
    Timestamp::from_second(t.as_second())
        .unwrap_or(t)
        .to_string()
}

/// The current time, whatever the system clock says: a clock set outside jiff's range (before
/// year -9999 or after 9999), where `Timestamp::now` would panic, gives the nearest end of it.
pub fn now() -> Timestamp {
    timestamp_of(std::time::SystemTime::now())
}

/// A system time as a timestamp, clamped into jiff's range.
pub fn timestamp_of(t: std::time::SystemTime) -> Timestamp {
    Timestamp::try_from(t).unwrap_or(if t > std::time::UNIX_EPOCH {
        Timestamp::MAX
    } else {
        Timestamp::MIN
    })
}

/// A moment, written as a TOML offset date-time (`2026-11-28T09:30:00Z`): what is recorded,
/// to the millisecond ([`Session::stamp`]; earlier versions wrote whole seconds), and a file's
/// modification time, to the second ([`Stamp::new`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp(pub Timestamp);

/// A calendar day, written as a TOML local date (`2026-11-28`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub Date);

impl Stamp {
    /// Drops the fraction of a second.
    pub fn new(t: Timestamp) -> Stamp {
        Stamp(Timestamp::from_second(t.as_second()).unwrap_or(t))
    }
}

/// Writes a value as a native TOML date or date-time, through its RFC 3339 text.
fn serialize_datetime<S: serde::Serializer>(
    value: impl std::fmt::Display,
    s: S,
) -> Result<S::Ok, S::Error> {
    let dt: toml::value::Datetime = value
        .to_string()
        .parse()
        .map_err(serde::ser::Error::custom)?;
    dt.serialize(s)
}

impl Serialize for Stamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_datetime(self.0, s)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        let dt = toml::value::Datetime::deserialize(d)?;
        let text = dt.to_string();
        text.parse::<Timestamp>().map(Stamp).map_err(|_| {
            serde::de::Error::custom(format!(
                "expected a date-time with offset such as 2026-11-28T09:30:00Z, found {text}"
            ))
        })
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_datetime(self.0, s)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let dt = toml::value::Datetime::deserialize(d)?;
        match (dt.date, dt.time, dt.offset) {
            (Some(_), None, None) => dt
                .to_string()
                .parse::<Date>()
                .map(Day)
                .map_err(serde::de::Error::custom),
            _ => Err(serde::de::Error::custom(format!(
                "expected a date such as 2026-11-28, found {dt}"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_dates_are_written_as_toml_datetimes() {
        let mut session = Session::new(Lang::Zh);
        let at = Stamp::new("2026-11-28T09:30:00.5Z".parse().unwrap());
        session
            .confirmed
            .entry("preparation".into())
            .or_default()
            .insert("backup".into(), at);
        session.review = Some(Review {
            submitted_on: Day(jiff::civil::date(2026, 11, 28)),
            cooling_off_days: None,
        });
        let text = toml::to_string(&session).unwrap();
        assert!(text.contains("backup = 2026-11-28T09:30:00Z"), "{text}");
        assert!(text.contains("submitted_on = 2026-11-28\n"), "{text}");
        assert_eq!(toml::from_str::<Session>(&text).unwrap(), session);
    }

    #[test]
    fn stamps_keep_the_millisecond_and_follow_the_latest_one_within_a_second() {
        let t = |text: &str| text.parse::<Timestamp>().unwrap();
        let mut session = Session::new(Lang::Zh);
        let first = session.stamp(t("2026-11-28T09:30:00.1239Z"));
        assert_eq!(first.0, t("2026-11-28T09:30:00.123Z"), "to the millisecond");
        let items = session.confirmed.entry("deletion".into()).or_default();
        items.insert("open-app".into(), first);
        let same_reading = session.stamp(t("2026-11-28T09:30:00.1239Z"));
        assert_eq!(
            same_reading.0,
            t("2026-11-28T09:30:00.124Z"),
            "after the latest"
        );
        let later = t("2026-11-28T09:30:00.5Z");
        assert_eq!(session.stamp(later).0, later, "the clock, when it is later");
        let set_back = t("2026-11-28T09:29:59.123Z");
        assert_eq!(
            session.stamp(set_back).0,
            set_back,
            "a second back: the clock"
        );
        let just_back = t("2026-11-28T09:29:59.124Z");
        assert_eq!(
            session.stamp(just_back).0,
            same_reading.0,
            "under a second back"
        );
    }

    #[test]
    fn a_clock_outside_jiffs_range_gives_its_nearest_end() {
        use std::time::{Duration, UNIX_EPOCH};
        let years = |n: u64| Duration::from_secs(n * 366 * 86_400);
        assert_eq!(timestamp_of(UNIX_EPOCH + years(20_000)), Timestamp::MAX);
        assert_eq!(timestamp_of(UNIX_EPOCH - years(20_000)), Timestamp::MIN);
        assert_eq!(timestamp_of(UNIX_EPOCH), Timestamp::UNIX_EPOCH);
    }

    #[test]
    fn lists_up_to_the_limit_pass_and_one_more_is_named() {
        let mut session = Session::new(Lang::En);
        session.seen = (0..MAX_ENTRIES).map(|i| i.to_string()).collect();
        assert_eq!(session.oversized(), None);
        session.seen.insert("one more".into());
        assert_eq!(session.oversized(), Some(("seen", MAX_ENTRIES + 1)));
        session.seen.clear();
        session.overrides.push(Override {
            stage: "reasons".into(),
            at: Stamp::new(Timestamp::UNIX_EPOCH),
            open: vec![String::new(); MAX_ENTRIES + 1],
        });
        assert_eq!(session.oversized(), Some(("open", MAX_ENTRIES + 1)));
    }
}
