//! Any session, saved and loaded again, is the same session: every string (control characters,
//! quotes, CJK, empty keys), every time to the second from year 1 to 9999, every date.

use jiff::Timestamp;
use jiff::civil::Date;
use proptest::collection::{btree_map, btree_set, vec};
use proptest::prelude::*;
use xhs_cancel::session::{self, Day, Override, Review, Session, Stamp};
use xhs_cancel::store::Store;
use xhs_cancel::text::Lang;

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
        proptest::option::of(day().prop_map(|submitted_on| Review { submitted_on })),
        btree_set(text(), 0..4),
    )
        .prop_map(
            |(lang, welcomed, stage, cursor, confirmed, answers, overrides, review, seen)| {
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
