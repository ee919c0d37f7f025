//! The case file's timeline: the dated events a person records while a deletion is reviewed
//! (submission, contacts, replies, complaints), the evidence files they name, and the entries the
//! program adds on its own. Pure data and rules; no I/O (hashing a file is the caller's job).

use std::path::Path;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use super::{Day, Override, Session, Stamp};

/// The most characters a note, a `via` or a `reference` may hold: enough for a pasted reply,
/// small enough that a file of [`crate::session::MAX_ENTRIES`] events stays readable.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// The most characters of `via` or `reference`.
pub const MAX_FIELD_CHARS: usize = 200;
/// The most evidence files one event may name.
pub const MAX_EVIDENCE: usize = 20;

/// What happened. The person records all but [`Kind::Cleared`]; the program records
/// [`Kind::Submitted`] and [`Kind::Cleared`] itself whenever the submission date is set,
/// changed or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The deletion request was submitted in the app (day 0 of the review clock).
    Submitted,
    /// The platform's customer service was contacted (`via`: how; `reference`: ticket number).
    Contacted,
    /// The platform answered.
    Reply,
    /// A complaint was filed (`to`: where).
    Complaint,
    /// The request was withdrawn or cancelled (by the person, or by logging in).
    Cancelled,
    /// The post-deletion checks confirmed the account is gone.
    Gone,
    /// Anything else worth keeping; with `item`, a note on that checklist item.
    Note,
    /// The recorded submission date was removed (recorded by the program).
    Cleared,
}

impl Kind {
    /// The kinds a person may add, in the order forms and help list them.
    pub const ADDABLE: [Kind; 7] = [
        Kind::Submitted,
        Kind::Contacted,
        Kind::Reply,
        Kind::Complaint,
        Kind::Cancelled,
        Kind::Gone,
        Kind::Note,
    ];

    /// The id as the file and the command line spell it (`contacted`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Submitted => "submitted",
            Kind::Contacted => "contacted",
            Kind::Reply => "reply",
            Kind::Complaint => "complaint",
            Kind::Cancelled => "cancelled",
            Kind::Gone => "gone",
            Kind::Note => "note",
            Kind::Cleared => "cleared",
        }
    }

    /// The addable kind spelled `id`, or `None`.
    pub fn parse(id: &str) -> Option<Kind> {
        Kind::ADDABLE.into_iter().find(|k| k.as_str() == id)
    }
}

/// Where a complaint went. Sources: content-sources.md, "Escalation channels".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// The platform's own complaint or feedback channel.
    #[serde(rename = "platform")]
    Platform,
    /// 12321, the network and information-security reporting centre (www.12321.cn).
    #[serde(rename = "12321")]
    Report12321,
    /// 12315, the market-regulation consumer complaint line.
    #[serde(rename = "12315")]
    Consumer12315,
    /// The Ministry of Industry and Information Technology's telecom user complaint channel.
    #[serde(rename = "miit")]
    Miit,
    /// The Cyberspace Administration of China (网信办) reporting channel.
    #[serde(rename = "cac")]
    Cac,
    /// A court.
    #[serde(rename = "court")]
    Court,
}

impl Channel {
    pub const ALL: [Channel; 6] = [
        Channel::Platform,
        Channel::Report12321,
        Channel::Consumer12315,
        Channel::Miit,
        Channel::Cac,
        Channel::Court,
    ];

    /// The id as the file and the command line spell it (`12321`, `miit`).
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Platform => "platform",
            Channel::Report12321 => "12321",
            Channel::Consumer12315 => "12315",
            Channel::Miit => "miit",
            Channel::Cac => "cac",
            Channel::Court => "court",
        }
    }

    pub fn parse(id: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == id)
    }
}

/// One recorded event. Ids are unique within a session and never reused, so a removed event's
/// id is never given to another one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: u32,
    pub kind: Kind,
    /// The local date it happened.
    pub on: Day,
    /// When it was written down (not when it happened, which may be days earlier).
    pub recorded: Stamp,
    /// For `contacted` and `reply`: how (in-app customer service, phone, email), free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub via: String,
    /// For `contacted` and `reply`: the ticket or conversation number, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    /// For `complaint`: where it was filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Channel>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// For a note on a checklist item: `stage/item`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Files kept as proof, by reference: never copied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// For `submitted`: the submission date this one corrects, when one was recorded before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Day>,
}

/// A file named as proof: where it was and what it held when it was recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The absolute path, as recorded (paths that are not UTF-8 are refused when adding).
    pub path: String,
    /// Bytes.
    pub size: u64,
    /// The file's modification time, where the system reports one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<Stamp>,
    /// SHA-256 of the contents, 64 lowercase hex digits.
    pub sha256: String,
}

impl Evidence {
    /// The file name for letters and lists (`shot.png`), or the whole path when it has none.
    pub fn name(&self) -> &str {
        Path::new(&self.path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(&self.path)
    }
}

/// What is wrong with an event, whether typed in or read from a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventProblem {
    #[error("the date {0} is in the future")]
    Future(Date),
    #[error("the date {0} is before 2013, when the app did not exist yet")]
    TooEarly(Date),
    #[error("the {field} has {chars} characters; at most {max} are kept")]
    TooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    #[error(
        "a complaint needs the channel it went to (one of: {})",
        channel_list()
    )]
    NoChannel,
    #[error("only a complaint names a channel")]
    StrayChannel,
    #[error("{count} evidence files; at most {MAX_EVIDENCE} per event")]
    TooMuchEvidence { count: usize },
    #[error("the SHA-256 \"{0}\" is not 64 lowercase hexadecimal digits")]
    BadHash(String),
    #[error("\"cleared\" is recorded by the program, not added")]
    NotAddable,
}

fn channel_list() -> String {
    let ids: Vec<_> = Channel::ALL.iter().map(|c| c.as_str()).collect();
    ids.join(", ")
}

impl Event {
    /// The first problem with this event as of `today`, or `None`. The earliest date is the
    /// same as the submission date's ([`super::EARLIEST`]).
    pub fn problem(&self, today: Date) -> Option<EventProblem> {
        let on = self.on.0;
        if on > today {
            return Some(EventProblem::Future(on));
        }
        if on < super::EARLIEST {
            return Some(EventProblem::TooEarly(on));
        }
        let long = [
            ("note", &self.note, MAX_NOTE_CHARS),
            ("via", &self.via, MAX_FIELD_CHARS),
            ("reference", &self.reference, MAX_FIELD_CHARS),
        ]
        .into_iter()
        .map(|(field, text, max)| (field, text.chars().count(), max))
        .find(|&(_, chars, max)| chars > max);
        if let Some((field, chars, max)) = long {
            return Some(EventProblem::TooLong { field, chars, max });
        }
        match (self.kind, self.to) {
            (Kind::Complaint, None) => return Some(EventProblem::NoChannel),
            (kind, Some(_)) if kind != Kind::Complaint => {
                return Some(EventProblem::StrayChannel);
            }
            _ => {}
        }
        if self.evidence.len() > MAX_EVIDENCE {
            return Some(EventProblem::TooMuchEvidence {
                count: self.evidence.len(),
            });
        }
        let bad_hash = self.evidence.iter().find(|e| !is_sha256(&e.sha256));
        bad_hash.map(|e| EventProblem::BadHash(e.sha256.clone()))
    }
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A new event, before it has an id and a recording time: what a form or `log add` collects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub kind: Kind,
    pub on: Date,
    pub via: String,
    pub reference: String,
    pub to: Option<Channel>,
    pub note: String,
    pub item: Option<String>,
    pub evidence: Vec<Evidence>,
}

impl Draft {
    /// The first problem the session would find in this draft as of `today`, without adding it.
    pub fn problem(&self, today: Date) -> Option<EventProblem> {
        if self.kind == Kind::Cleared {
            return Some(EventProblem::NotAddable);
        }
        Session::new(crate::text::Lang::Zh)
            .event_from(self.clone(), Timestamp::UNIX_EPOCH)
            .problem(today)
    }

    /// An empty draft of `kind` on `on`.
    pub fn new(kind: Kind, on: Date) -> Draft {
        Draft {
            kind,
            on,
            via: String::new(),
            reference: String::new(),
            to: None,
            note: String::new(),
            item: None,
            evidence: Vec::new(),
        }
    }
}

impl Session {
    /// The id the next event gets: one more than any id ever used in this session.
    fn next_event_id(&self) -> u32 {
        let after_last = self.timeline.iter().map(|e| e.id.saturating_add(1)).max();
        self.next_event.max(after_last.unwrap_or(0)).max(1)
    }

    /// What makes this session's timeline unfit to load: the position in `timeline` of the first
    /// faulty event, and the fault worded for the damage message (an id used twice, or a
    /// problem other than a future date: a date read back from a file is checked against
    /// today where it is shown, not here).
    pub fn timeline_damage(&self) -> Option<(usize, String)> {
        let mut ids = std::collections::BTreeSet::new();
        self.timeline.iter().enumerate().find_map(|(at, e)| {
            if !ids.insert(e.id) {
                return Some((at, format!("timeline event id {} is used twice", e.id)));
            }
            let problem = e.problem(Date::MAX)?;
            Some((at, format!("timeline event {}: {problem}", e.id)))
        })
    }

    /// Checks `draft` as of `now` in `tz` and appends it; returns the new event's id. A
    /// `submitted` draft also becomes the recorded submission date (day 0 of the review clock),
    /// as [`Session::record_submission`] does, but leaves the checklist's submit step as it is.
    ///
    /// # Errors
    /// The draft's first [`EventProblem`]; the session is unchanged then.
    pub fn add_event(
        &mut self,
        draft: Draft,
        now: Timestamp,
        tz: &TimeZone,
    ) -> Result<u32, EventProblem> {
        if let Some(problem) = draft.problem(now.to_zoned_datetime(tz.clone()).date()) {
            return Err(problem);
        }
        if draft.kind == Kind::Submitted {
            return Ok(self.submit(draft, now));
        }
        let event = self.event_from(draft, now);
        Ok(self.push_event(event))
    }

    /// Makes `draft` (of kind `submitted`) the recorded submission, keeping the cooling-off
    /// length, and logs it; returns its event's id. A date that corrects an earlier one names
    /// it in `replaces` (unless the earlier request was cancelled since: then it is a new one); the same date again with nothing new to say logs nothing and returns
    /// the event already there.
    pub(crate) fn submit(&mut self, draft: Draft, now: Timestamp) -> u32 {
        let previous = self.review.map(|r| r.submitted_on);
        let on = Day(draft.on);
        self.review = Some(super::Review {
            submitted_on: on,
            cooling_off_days: self.review.and_then(|r| r.cooling_off_days),
        });
        let adds_nothing = draft.note.is_empty()
            && draft.via.is_empty()
            && draft.reference.is_empty()
            && draft.evidence.is_empty();
        let logged = (self.timeline.iter().rev())
            .find(|e| e.kind == Kind::Submitted && e.on == on)
            .map(|e| e.id);
        if let (true, true, Some(id)) = (previous == Some(on), adds_nothing, logged) {
            return id;
        }
        // After a cancelled request, a new date is a new request, not a correction.
        let cancelled_since =
            |p: Day| (self.timeline.iter()).any(|e| e.kind == Kind::Cancelled && e.on >= p);
        let replaces = previous.filter(|p| *p != on && !cancelled_since(*p));
        let mut event = self.event_from(draft, now);
        event.replaces = replaces;
        self.push_event(event)
    }

    fn event_from(&self, d: Draft, now: Timestamp) -> Event {
        Event {
            id: self.next_event_id(),
            kind: d.kind,
            on: Day(d.on),
            recorded: self.stamp(now),
            via: d.via,
            reference: d.reference,
            to: d.to,
            note: d.note,
            item: d.item,
            evidence: d.evidence,
            replaces: None,
        }
    }

    fn push_event(&mut self, event: Event) -> u32 {
        let id = event.id;
        self.next_event = id.saturating_add(1);
        self.timeline.push(event);
        id
    }

    /// Records, as the program, that the submission date was removed on `on`
    /// ([`Kind::Cleared`]). Called by [`Session::clear_submission`].
    pub(crate) fn log_cleared(&mut self, on: Date, now: Timestamp) {
        let event = self.event_from(Draft::new(Kind::Cleared, on), now);
        self.push_event(event);
    }

    /// Removes the event `id`; returns it, or `None` when there is none. The wizard asks first
    /// and keeps the session before the removal for `u`.
    pub fn remove_event(&mut self, id: u32) -> Option<Event> {
        let at = self.timeline.iter().position(|e| e.id == id)?;
        Some(self.timeline.remove(at))
    }

    /// The date a `submitted` event was corrected to: that of the next `submitted` event with
    /// another date, when that one names this date in `replaces`; `None` for the current date,
    /// a request cancelled or cleared since, and any other kind of event.
    pub fn corrected_to(&self, event: &Event) -> Option<Day> {
        if event.kind != Kind::Submitted {
            return None;
        }
        let next = (self.timeline.iter())
            .filter(|e| e.kind == Kind::Submitted && e.id > event.id && e.on != event.on)
            .min_by_key(|e| e.id)?;
        (next.replaces == Some(event.on)).then_some(next.on)
    }

    /// The notes tied to `stage/item`, oldest first.
    pub fn notes_on<'a>(
        &'a self,
        stage: &'a str,
        item: &'a str,
    ) -> impl Iterator<Item = &'a Event> {
        self.timeline.iter().filter(move |e| {
            e.item
                .as_deref()
                .and_then(|i| i.split_once('/'))
                .is_some_and(|(s, i)| s == stage && i == item)
        })
    }
}

/// One line of the timeline as shown: a recorded event, or what the session holds with a time
/// of its own (a confirmation, a "continue anyway").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'a> {
    Event(&'a Event),
    Confirmed {
        stage: &'a str,
        item: &'a str,
        at: Timestamp,
    },
    Override(&'a Override),
}

impl Entry<'_> {
    /// The local date and, where known, the moment: what the timeline sorts by.
    pub fn when(&self, tz: &TimeZone) -> (Date, Option<Timestamp>) {
        let day = |t: Timestamp| t.to_zoned_datetime(tz.clone()).date();
        match *self {
            Entry::Event(e) => (e.on.0, Some(e.recorded.0)),
            Entry::Confirmed { at, .. } => (day(at), Some(at)),
            Entry::Override(o) => (day(o.at.0), Some(o.at.0)),
        }
    }
}

/// Every entry of the timeline, newest first: by local date, then by the moment recorded.
/// Moments are stamped in recording order to the millisecond ([`Session::stamp`]), so of two
/// entries in the same second the one recorded later comes first.
pub fn entries<'a>(session: &'a Session, tz: &TimeZone) -> Vec<Entry<'a>> {
    let confirmed = session.confirmed.iter().flat_map(|(stage, items)| {
        items.iter().map(move |(item, at)| Entry::Confirmed {
            stage,
            item,
            at: at.0,
        })
    });
    let mut all: Vec<Entry> = (session.timeline.iter().map(Entry::Event))
        .chain(confirmed)
        .chain(session.overrides.iter().map(Entry::Override))
        .collect();
    // Reversed first, so that among entries of the same moment (whole seconds in files of
    // earlier versions; the submit step's confirmation and the date it logs) the event recorded
    // last comes first, and a confirmation above an event: the sort below is stable.
    all.reverse();
    all.sort_by_cached_key(|e| std::cmp::Reverse(e.when(tz)));
    all
}

#[cfg(test)]
mod tests;
