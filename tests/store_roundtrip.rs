//! Any session, saved and loaded again, is the same session: every string (control characters,
//! quotes, CJK, empty keys), every time to the second from year 1 to 9999, every date.

use jiff::Timestamp;
use jiff::civil::Date;
use proptest::collection::{btree_map, btree_set, vec};
use proptest::prelude::*;
use xhs_cancel::session::{self, Day, Override, Review, Session, Stamp};
use xhs_cancel::store::Store;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Channel, Event, Evidence, Kind};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9-]{1,12}",
        any::<String>(),
        Just(String::new()),
        Just("\"quoted\" \\ back\u{1b}[31m\t\r\n".to_string()),
        Just("备份笔记、照片和评论".to_string()),
    ]
}

fn stamp() -> impl Strategy<Value = Stamp> {
    // 0001-01-01T00:00:00Z ..= 9999-12-31T23:59:59Z: what a TOML date-time can hold.
    (-62_135_596_800i64..=253_402_300_799).prop_map(|s| Stamp(Timestamp::from_second(s).unwrap()))
}

/// A sound timeline (what `timeline_damage` accepts): unique ids, dates from 2013, a channel on
/// complaints only, real-looking hashes; any text within the limits.
fn timeline() -> impl Strategy<Value = Vec<Event>> {
    let event = (
        proptest::sample::select(Kind::ADDABLE.to_vec()),
        (2013i16..=9999, 1i8..=12, 1i8..=28),
        stamp(),
        (text(), text(), text()),
        proptest::sample::select(Channel::ALL.to_vec()),
        proptest::option::of(text()),
        vec(
            (
                text(),
                any::<u64>(),
                proptest::option::of(stamp()),
                "[0-9a-f]{64}",
            ),
            0..3,
        ),
    )
        .prop_map(
            |(kind, (y, m, d), recorded, (via, reference, note), to, item, files)| Event {
                id: 0,
                kind,
                on: Day(Date::new(y, m, d).unwrap()),
                recorded,
                via,
                reference,
                to: (kind == Kind::Complaint).then_some(to),
                note,
                item,
                evidence: files
                    .into_iter()
                    .map(|(path, size, modified, sha256)| Evidence {
                        path,
                        size,
                        modified,
                        sha256,
                    })
                    .collect(),
                replaces: (kind == Kind::Submitted).then_some(Day(Date::new(2013, 1, 1).unwrap())),
            },
        );
    vec(event, 0..4).prop_map(|mut events| {
        for (n, e) in events.iter_mut().enumerate() {
            e.id = n as u32 + 1;
        }
        events
    })
}

fn day() -> impl Strategy<Value = Day> {
    (1i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Day(Date::new(y, m, d).unwrap()))
}

fn session() -> impl Strategy<Value = Session> {
    (
        prop_oneof![Just(Lang::Zh), Just(Lang::En)],
        any::<bool>(),
        text(),
        btree_map(text(), text(), 0..4),
        btree_map(text(), btree_map(text(), stamp(), 0..5), 0..4),
        btree_map(text(), vec(text(), 0..3), 0..4),
        vec(
            (text(), stamp(), vec(text(), 0..3)).prop_map(|(stage, at, open)| Override {
                stage,
                at,
                open,
            }),
            0..3,
        ),
        proptest::option::of((day(), proptest::option::of(0u16..=366)).prop_map(
            |(submitted_on, cooling_off_days)| Review {
                submitted_on,
                cooling_off_days,
            },
        )),
        (btree_set(text(), 0..4), timeline()),
    )
        .prop_map(
            |(
                lang,
                welcomed,
                stage,
                cursor,
                confirmed,
                answers,
                overrides,
                review,
                (seen, timeline),
            )| {
                Session {
                    version: session::VERSION,
                    lang,
                    welcomed,
                    stage,
                    cursor,
                    confirmed,
                    answers,
                    overrides,
                    review,
                    seen,
                    next_event: timeline.len() as u32 + 1,
                    timeline,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn save_then_load_is_the_identity(s in session()) {
        let dir = tempfile::Builder::new()
            .prefix("store-roundtrip-")
            .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
            .unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store.save(&s).unwrap();
        prop_assert_eq!(store.load().unwrap(), Some(s.clone()));
        // And again over the first file, which becomes the backup.
        store.save(&s).unwrap();
        prop_assert_eq!(store.load().unwrap(), Some(s));
    }
}
