//! The order of the case file within one second (trial 14, finding 4): confirmations, a
//! "continue anyway" and an event recorded in the same second are listed newest first in the
//! order they were recorded, in the wizard's case file and in `xhs-cancel log`, before and
//! after a save and load.

use jiff::civil::date;
use jiff::{SignedDuration, Timestamp};
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Draft, Entry, Kind};
use xhs_cancel::wizard::{Action, Model, Overlay};

mod common;

use common::log::{load, save};
use common::{builtin, go_to, welcomed};

/// 2026-11-02 10:00:00 in UTC+8: every recording below falls in this second.
fn second() -> Timestamp {
    common::at("2026-11-02T02:00:00Z")
}

/// The built-in deletion stage's first steps, in the order Enter confirms them. Neither
/// alphabetical order nor its reverse is this order.
const STEPS: [&str; 7] = [
    "open-app",
    "open-settings",
    "account-security",
    "tap-delete-account",
    "read-notice",
    "eligibility-check",
    "choose-reason",
];

/// A timeline entry named by what it records: `override preparation`, `deletion/open-app`,
/// `event 1`.
fn name(entry: &Entry) -> String {
    match entry {
        Entry::Event(e) => format!("event {}", e.id),
        Entry::Confirmed { stage, item, .. } => format!("{stage}/{item}"),
        Entry::Override(o) => format!("override {}", o.stage),
    }
}

fn names(model: &Model) -> Vec<String> {
    model.timeline().iter().map(name).collect()
}

/// Goes to the deletion stage past the gate ("continue anyway"), then presses Enter on each
/// of [`STEPS`], recording a note after the fourth. The first three presses share one reading
/// of the clock (keys that arrive together); the rest come 150 ms apart, all in one second.
/// Returns the model and the names of what was recorded, oldest first.
fn record() -> (Model, Vec<String>) {
    let mut model = common::model_with(builtin(), welcomed(Lang::En), second(), (100, 30));
    model.update(Action::Jump(2));
    assert!(matches!(model.overlay, Some(Overlay::Gate { .. })));
    model.update(Action::ContinueAnyway);
    let mut recorded = vec!["override preparation".to_string()];
    go_to(&mut model, STEPS[0]);
    for (n, step) in STEPS.iter().enumerate() {
        let later = 150 * n.saturating_sub(2) as i64;
        model.now = second() + SignedDuration::from_millis(later);
        model.update(Action::ConfirmNext);
        recorded.push(format!("deletion/{step}"));
        if n == 3 {
            let note = Draft::new(Kind::Note, date(2026, 11, 2));
            let tz = model.tz.clone();
            model.session.add_event(note, model.now, &tz).unwrap();
            recorded.push("event 1".to_string());
        }
    }
    (model, recorded)
}

fn newest_first(mut recorded: Vec<String>) -> Vec<String> {
    recorded.reverse();
    recorded
}

#[test]
fn entries_of_one_second_are_listed_in_the_reverse_of_the_order_they_were_recorded() {
    let (model, recorded) = record();
    let at: Vec<i64> = (model.session.confirmed["deletion"].values())
        .map(|s| s.0.as_second())
        .collect();
    assert!(at.iter().all(|&s| s == second().as_second()), "{at:?}");
    assert_eq!(names(&model), newest_first(recorded));
}

#[test]
fn the_order_of_one_second_survives_a_save_and_load() {
    let (model, recorded) = record();
    let dir = common::temp_dir("order");
    save(dir.path(), &model.session);
    let loaded: Session = load(dir.path()).expect("the session was saved");
    assert_eq!(loaded, model.session, "every stamp reads back as written");
    let reopened = common::model_with(builtin(), loaded, second(), (100, 30));
    assert_eq!(names(&reopened), newest_first(recorded));
}

/// An entry of `log --format json` named as [`name`] names it.
fn logged_name(entry: &serde_json::Value) -> String {
    let text = |field: &str| entry[field].as_str().unwrap_or_default().to_string();
    match entry["type"].as_str() {
        Some("event") => format!("event {}", entry["id"]),
        Some("confirmed") => format!("{}/{}", text("stage"), text("item")),
        _ => format!("override {}", text("stage")),
    }
}

#[test]
fn log_lists_the_entries_of_one_second_in_the_reverse_of_the_order_they_were_recorded() {
    let (model, recorded) = record();
    let dir = common::temp_dir("order");
    save(dir.path(), &model.session);
    let output = common::run_in(dir.path(), &["log", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let all: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let logged: Vec<String> = all.as_array().unwrap().iter().map(logged_name).collect();
    assert_eq!(logged, newest_first(recorded));
    // The times are given to the second, all one length, so that they sort as times; the
    // array's order is what tells entries of one second apart.
    for entry in all.as_array().unwrap() {
        for field in ["at", "recorded"] {
            if let Some(time) = entry[field].as_str() {
                assert_eq!(time.len(), "2026-11-02T10:00:00Z".len(), "{entry}");
                assert!(time.ends_with('Z'), "{entry}");
            }
        }
    }
}
