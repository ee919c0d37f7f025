use jiff::civil::date;

use super::*;
use crate::text::Lang;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn hash() -> String {
    "ab".repeat(32)
}

#[test]
fn events_get_increasing_ids_that_are_never_reused() {
    let mut s = Session::new(Lang::Zh);
    let now = at("2026-11-29T10:00:00Z");
    let tz = TimeZone::UTC;
    let first = s.add_event(Draft::new(Kind::Note, date(2026, 11, 1)), now, &tz);
    let second = s.add_event(Draft::new(Kind::Reply, date(2026, 11, 2)), now, &tz);
    assert_eq!((first, second), (Ok(1), Ok(2)));
    assert_eq!(s.remove_event(2).map(|e| e.kind), Some(Kind::Reply));
    assert_eq!(s.remove_event(2), None);
    let third = s.add_event(Draft::new(Kind::Gone, date(2026, 11, 3)), now, &tz);
    assert_eq!(third, Ok(3), "the removed event's id is not given again");
}

#[test]
fn a_hand_edited_file_without_next_event_still_gets_fresh_ids() {
    let mut s = Session::new(Lang::Zh);
    let now = at("2026-11-29T10:00:00Z");
    let tz = TimeZone::UTC;
    s.add_event(Draft::new(Kind::Note, date(2026, 11, 1)), now, &tz)
        .unwrap();
    s.timeline[0].id = 41;
    s.next_event = 0;
    let id = s.add_event(Draft::new(Kind::Note, date(2026, 11, 1)), now, &tz);
    assert_eq!(id, Ok(42));
}

#[test]
fn future_early_and_oversized_drafts_are_refused_and_change_nothing() {
    let mut s = Session::new(Lang::En);
    // 23:30 in UTC is already the 30th in Shanghai: the local date decides what is future.
    let now = at("2026-11-29T23:30:00Z");
    let shanghai = TimeZone::get("Asia/Shanghai").unwrap();
    let tomorrow_utc = Draft::new(Kind::Note, date(2026, 11, 30));
    assert_eq!(s.add_event(tomorrow_utc.clone(), now, &shanghai), Ok(1));
    assert_eq!(
        s.add_event(tomorrow_utc, now, &TimeZone::UTC),
        Err(EventProblem::Future(date(2026, 11, 30)))
    );
    let early = Draft::new(Kind::Note, date(2012, 12, 31));
    assert_eq!(
        s.add_event(early, now, &shanghai),
        Err(EventProblem::TooEarly(date(2012, 12, 31)))
    );
    let mut long = Draft::new(Kind::Note, date(2026, 11, 1));
    long.note = "字".repeat(MAX_NOTE_CHARS + 1);
    assert!(matches!(
        s.add_event(long, now, &shanghai),
        Err(EventProblem::TooLong { field: "note", .. })
    ));
    assert_eq!(s.timeline.len(), 1);
}

#[test]
fn a_complaint_needs_a_channel_and_only_a_complaint_has_one() {
    let mut s = Session::new(Lang::En);
    let now = at("2026-11-29T10:00:00Z");
    let tz = TimeZone::UTC;
    let mut complaint = Draft::new(Kind::Complaint, date(2026, 11, 20));
    assert_eq!(
        s.add_event(complaint.clone(), now, &tz),
        Err(EventProblem::NoChannel)
    );
    complaint.to = Some(Channel::Report12321);
    assert!(s.add_event(complaint, now, &tz).is_ok());
    let mut reply = Draft::new(Kind::Reply, date(2026, 11, 20));
    reply.to = Some(Channel::Miit);
    assert_eq!(
        s.add_event(reply, now, &tz),
        Err(EventProblem::StrayChannel)
    );
    let cleared = Draft::new(Kind::Cleared, date(2026, 11, 20));
    assert_eq!(
        s.add_event(cleared, now, &tz),
        Err(EventProblem::NotAddable)
    );
}

#[test]
fn setting_changing_and_clearing_the_date_is_logged() {
    let mut s = Session::new(Lang::Zh);
    s.record_submission("submit", date(2026, 11, 2), at("2026-11-02T08:00:00Z"));
    s.record_submission("submit", date(2026, 11, 2), at("2026-11-03T08:00:00Z"));
    s.record_submission("submit", date(2026, 11, 3), at("2026-11-04T08:00:00Z"));
    s.clear_submission("submit", date(2026, 11, 5), at("2026-11-05T08:00:00Z"));
    s.clear_submission("submit", date(2026, 11, 6), at("2026-11-06T08:00:00Z"));
    let log: Vec<_> = (s.timeline.iter())
        .map(|e| (e.kind, e.on.0, e.replaces.map(|d| d.0)))
        .collect();
    assert_eq!(
        log,
        [
            (Kind::Submitted, date(2026, 11, 2), None),
            (Kind::Submitted, date(2026, 11, 3), Some(date(2026, 11, 2))),
            (Kind::Cleared, date(2026, 11, 5), None),
        ],
        "the same date again and clearing what is not there record nothing"
    );
}

#[test]
fn a_corrected_submission_date_names_the_date_it_was_corrected_to() {
    let mut s = Session::new(Lang::Zh);
    s.record_submission("submit", date(2026, 11, 25), at("2026-11-25T08:00:00Z"));
    s.record_submission("submit", date(2026, 11, 3), at("2026-11-26T08:00:00Z"));
    s.record_submission("submit", date(2026, 11, 25), at("2026-11-27T08:00:00Z"));
    s.clear_submission("submit", date(2026, 11, 28), at("2026-11-28T08:00:00Z"));
    s.record_submission("submit", date(2026, 11, 20), at("2026-11-29T08:00:00Z"));
    let corrected: Vec<_> = (s.timeline.iter())
        .map(|e| (e.on.0, s.corrected_to(e).map(|d| d.0)))
        .collect();
    assert_eq!(
        corrected,
        [
            (date(2026, 11, 25), Some(date(2026, 11, 3))),
            (date(2026, 11, 3), Some(date(2026, 11, 25))),
            (date(2026, 11, 25), None),
            (date(2026, 11, 28), None),
            (date(2026, 11, 20), None),
        ],
        "a date removed and then recorded anew corrects nothing"
    );
}

#[test]
fn a_submitted_event_added_by_hand_sets_the_date_the_clock_counts_from() {
    let mut s = Session::new(Lang::En);
    let now = at("2026-11-29T10:00:00Z");
    let tz = TimeZone::UTC;
    s.set_cooling_off(Some(7));
    s.record_submission("submit", date(2026, 11, 2), now);
    s.set_cooling_off(Some(7));
    let mut draft = Draft::new(Kind::Submitted, date(2026, 11, 5));
    draft.note = "screenshot of the confirmation page".into();
    let id = s.add_event(draft, now, &tz).unwrap();
    let review = s.review.unwrap();
    assert_eq!(
        (review.submitted_on.0, review.cooling_off_days),
        (date(2026, 11, 5), Some(7))
    );
    let event = s.timeline.iter().find(|e| e.id == id).unwrap();
    assert_eq!(event.replaces, Some(Day(date(2026, 11, 2))));
    let again = Draft::new(Kind::Submitted, date(2026, 11, 5));
    assert_eq!(
        s.add_event(again, now, &tz),
        Ok(id),
        "nothing new: the same event"
    );
    assert_eq!(s.timeline.len(), 2);
}

#[test]
fn the_cooling_off_length_survives_a_date_change_and_goes_with_a_clear() {
    let mut s = Session::new(Lang::Zh);
    s.set_cooling_off(Some(7));
    assert_eq!(s.review, None, "no submission, nothing to attach it to");
    s.record_submission("submit", date(2026, 11, 2), at("2026-11-02T08:00:00Z"));
    s.set_cooling_off(Some(7));
    s.record_submission("submit", date(2026, 11, 3), at("2026-11-03T08:00:00Z"));
    assert_eq!(s.review.unwrap().cooling_off_days, Some(7));
    s.clear_submission("submit", date(2026, 11, 5), at("2026-11-05T08:00:00Z"));
    s.record_submission("submit", date(2026, 11, 3), at("2026-11-05T09:00:00Z"));
    assert_eq!(s.review.unwrap().cooling_off_days, None);
}

#[test]
fn entries_merge_events_confirmations_and_overrides_newest_first() {
    let mut s = Session::new(Lang::Zh);
    let tz = TimeZone::get("Asia/Shanghai").unwrap();
    s.confirmed.entry("preparation".into()).or_default().insert(
        "backup".into(),
        Stamp::new(at("2026-11-01T17:00:00Z")), // the 2nd in Shanghai
    );
    s.overrides.push(Override {
        stage: "preparation".into(),
        at: Stamp::new(at("2026-11-01T09:00:00Z")),
        open: vec!["unbind".into()],
    });
    let now = at("2026-11-29T10:00:00Z");
    s.add_event(Draft::new(Kind::Reply, date(2026, 11, 10)), now, &tz)
        .unwrap();
    let order: Vec<_> = entries(&s, &tz).iter().map(|e| e.when(&tz).0).collect();
    assert_eq!(
        order,
        [date(2026, 11, 10), date(2026, 11, 2), date(2026, 11, 1)]
    );
}

#[test]
fn events_recorded_in_the_same_second_list_the_later_first() {
    let mut s = Session::new(Lang::Zh);
    let (now, tz) = (at("2026-11-29T10:00:00Z"), TimeZone::UTC);
    for kind in [Kind::Contacted, Kind::Reply] {
        s.add_event(Draft::new(kind, date(2026, 11, 29)), now, &tz)
            .unwrap();
    }
    let ids: Vec<u32> = (entries(&s, &tz).iter())
        .filter_map(|e| match e {
            Entry::Event(e) => Some(e.id),
            _ => None,
        })
        .collect();
    assert_eq!(ids, [2, 1]);
}

#[test]
fn notes_are_found_by_their_item() {
    let mut s = Session::new(Lang::Zh);
    let now = at("2026-11-29T10:00:00Z");
    let mut note = Draft::new(Kind::Note, date(2026, 11, 29));
    note.item = Some("preparation/backup".into());
    s.add_event(note, now, &TimeZone::UTC).unwrap();
    assert_eq!(s.notes_on("preparation", "backup").count(), 1);
    assert_eq!(s.notes_on("preparation", "unbind").count(), 0);
    assert_eq!(s.notes_on("deletion", "backup").count(), 0);
}

#[test]
fn damage_names_repeated_ids_and_bad_hashes_but_not_future_dates() {
    let mut s = Session::new(Lang::Zh);
    let now = at("2026-11-29T10:00:00Z");
    let mut draft = Draft::new(Kind::Note, date(2026, 11, 1));
    draft.evidence.push(Evidence {
        path: "/home/a/shot.png".into(),
        size: 10,
        modified: None,
        sha256: hash(),
    });
    s.add_event(draft, now, &TimeZone::UTC).unwrap();
    assert_eq!(s.timeline_damage(), None);
    s.timeline[0].on = Day(date(2030, 1, 1));
    assert_eq!(s.timeline_damage(), None);
    s.timeline[0].evidence[0].sha256 = "AB".repeat(32);
    assert_eq!(
        s.timeline_damage().unwrap(),
        (
            0,
            format!(
                "timeline event 1: the SHA-256 \"{}\" is not 64 lowercase hexadecimal digits",
                "AB".repeat(32)
            )
        )
    );
    s.timeline[0].evidence.clear();
    s.timeline.push(s.timeline[0].clone());
    assert_eq!(
        s.timeline_damage().unwrap(),
        (1, "timeline event id 1 is used twice".to_string())
    );
}

#[test]
fn evidence_is_named_by_its_file_name() {
    let e = Evidence {
        path: "/home/a/客服截图.png".into(),
        size: 1,
        modified: None,
        sha256: hash(),
    };
    assert_eq!(e.name(), "客服截图.png");
}

#[test]
fn kinds_and_channels_parse_as_they_are_written() {
    for kind in Kind::ADDABLE {
        assert_eq!(Kind::parse(kind.as_str()), Some(kind));
    }
    assert_eq!(Kind::parse("cleared"), None);
    for channel in Channel::ALL {
        assert_eq!(Channel::parse(channel.as_str()), Some(channel));
        let text = toml::to_string(&Event {
            id: 1,
            kind: Kind::Complaint,
            on: Day(date(2026, 1, 1)),
            recorded: Stamp::new(Timestamp::UNIX_EPOCH),
            via: String::new(),
            reference: String::new(),
            to: Some(channel),
            note: String::new(),
            item: None,
            evidence: Vec::new(),
            replaces: None,
        })
        .unwrap();
        assert!(
            text.contains(&format!("to = \"{}\"", channel.as_str())),
            "{text}"
        );
    }
}

#[test]
fn a_new_request_after_a_cancelled_one_is_not_a_correction() {
    let mut s = Session::new(Lang::En);
    let now = at("2026-11-29T10:00:00Z");
    s.record_submission("submit", date(2026, 11, 2), now);
    s.add_event(
        Draft::new(Kind::Cancelled, date(2026, 11, 20)),
        now,
        &TimeZone::UTC,
    )
    .unwrap();
    s.record_submission("submit", date(2026, 11, 25), now);
    let last = s.timeline.last().unwrap();
    assert_eq!((last.kind, last.replaces), (Kind::Submitted, None));
}
