//! One save of a realistic session, with both fsyncs (the file and the folder), on the disk the
//! target directory is on. Target (issue 5): under 5 ms median. Also: one load.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::civil::date;
use xhs_cancel::session::{Day, Override, Review, Session, Stamp};
use xhs_cancel::store::Store;
use xhs_cancel::text::Lang;

/// A person near the end: answers given, 60 items confirmed across the stages, one override, the
/// submission recorded, every item seen.
fn realistic() -> Session {
    let mut s = Session::new(Lang::Zh);
    s.welcomed = true;
    s.stage = "troubleshooting".into();
    let t0 = 1_793_000_000;
    let stages = [
        ("reasons", 8),
        ("preparation", 16),
        ("deletion", 12),
        ("after", 10),
        ("troubleshooting", 14),
    ];
    let mut k = 0;
    for (stage, n) in stages {
        for i in 0..n {
            let id = format!("{stage}-item-{i:02}");
            s.confirmed.entry(stage.into()).or_default().insert(
                id.clone(),
                Stamp::new(Timestamp::from_second(t0 + k * 97).unwrap()),
            );
            s.seen.insert(id.clone());
            s.cursor.insert(stage.into(), id);
            k += 1;
        }
    }
    for (q, a) in [
        ("account-type", "personal"),
        ("has-balance", "no"),
        ("bound-phone", "yes"),
        ("region", "mainland"),
    ] {
        s.answers.insert(q.into(), vec![a.into()]);
    }
    s.overrides.push(Override {
        stage: "preparation".into(),
        at: Stamp::new(Timestamp::from_second(t0 + 5_000).unwrap()),
        open: vec!["settle-balance".into(), "export-orders".into()],
    });
    s.review = Some(Review {
        submitted_on: Day(date(2026, 11, 2)),
        cooling_off_days: None,
    });
    s
}

/// The same person weeks later, with a case file: 100 events (contacts, replies and notes with a
/// ticket number, a sentence of CJK text and one evidence file each).
fn with_case_file() -> Session {
    use xhs_cancel::timeline::{Draft, Evidence, Kind};
    let mut s = realistic();
    let now = Timestamp::from_second(1_800_000_000).unwrap();
    let tz = jiff::tz::TimeZone::UTC;
    for i in 0..100u32 {
        let kind = [Kind::Contacted, Kind::Reply, Kind::Note][i as usize % 3];
        let mut draft = Draft::new(kind, date(2026, 11, 3 + (i % 20) as i8));
        draft.reference = format!("T-2026{i:04}");
        draft.note = format!("第 {i} 次：客服说正在处理，请耐心等待审核结果。");
        draft.evidence.push(Evidence {
            path: format!("/home/a/Pictures/客服截图-{i}.png"),
            size: 48_213 + u64::from(i),
            modified: Some(Stamp::new(now)),
            sha256: format!("{i:064x}"),
        });
        s.add_event(draft, now, &tz).unwrap();
    }
    s
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::Builder::new()
        .prefix("bench-store-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let session = realistic();
    assert_eq!(
        session.confirmed.values().map(|m| m.len()).sum::<usize>(),
        60
    );
    // The usual case: a current file and a backup exist already.
    store.save(&session).unwrap();
    store.save(&session).unwrap();
    let bytes = std::fs::metadata(store.session_path()).unwrap().len();
    eprintln!("session.toml: {bytes} bytes");

    let mut group = c.benchmark_group("store");
    group.sample_size(60);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("save_60_items_fsync", |b| {
        b.iter(|| store.save(black_box(&session)).unwrap())
    });
    group.bench_function("load_60_items", |b| {
        b.iter(|| black_box(store.load().unwrap()))
    });
    let case = with_case_file();
    store.save(&case).unwrap();
    let bytes = std::fs::metadata(store.session_path()).unwrap().len();
    eprintln!("session.toml with 100 events: {bytes} bytes");
    group.bench_function("save_with_100_events_fsync", |b| {
        b.iter(|| store.save(black_box(&case)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
