//! One damaged or unusual session file per case in `tests/fixtures/sessions/`, each with its exact
//! outcome: the error text (with path:line:column), where the bytes end up, and that they are
//! kept byte for byte.

use std::fs;
use std::path::Path;

use xhs_cancel::session;
use xhs_cancel::store::{Store, StoreError};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sessions");

fn fixture(name: &str) -> Vec<u8> {
    fs::read(Path::new(FIXTURES).join(name)).unwrap()
}

/// A fresh session folder holding the fixture as `session.toml`.
fn folder_with(name: &str) -> (tempfile::TempDir, Store, Vec<u8>) {
    let dir = tempfile::Builder::new()
        .prefix("store-fixture-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap();
    let bytes = fixture(name);
    fs::write(dir.path().join("session.toml"), &bytes).unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store, bytes)
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// Loads the fixture and checks everything a damaged file must give: the exact message with
/// `<dir>` standing for the folder, the file left exactly where and as it was (it is moved
/// only once the person chooses), the same answer on a second load, and nothing an escape
/// sequence could use.
fn expect_corrupt(name: &str, expected: &str) {
    let (dir, store, bytes) = folder_with(name);
    let err = store.load().expect_err(name);
    let StoreError::Corrupt {
        ref path,
        line,
        column,
        ..
    } = err
    else {
        panic!("{name}: expected Corrupt, got {err:?}");
    };
    assert_eq!(path, &dir.path().join("session.toml"));
    let shown = err.to_string();
    let generic = shown.replace(&dir.path().display().to_string(), "<dir>");
    assert_eq!(generic, expected, "{name}");
    assert!(
        shown.starts_with(&format!("{}:{line}:{column}: ", path.display())),
        "{shown}"
    );
    assert!(!shown.chars().any(char::is_control), "{shown:?}");

    assert_eq!(fs::read(path).unwrap(), bytes, "{name}: left as it was");
    assert_eq!(
        entries(dir.path()),
        vec!["session.lock".to_string(), "session.toml".into()]
    );
    assert_eq!(store.load().unwrap_err().to_string(), shown, "asked again");
}

#[test]
fn empty_file() {
    expect_corrupt("empty.toml", "<dir>/session.toml:1:1: the file is empty");
}

#[test]
fn truncated_file() {
    // Cut off inside the table header `[confirmed.prep` on line 14, after its 15 characters.
    expect_corrupt(
        "truncated.toml",
        "<dir>/session.toml:14:16: unclosed table, expected `]`",
    );
}

#[test]
fn nesting_one_level_past_the_limit() {
    // 33 arrays: the 33rd `[` is the 40th character of line 4 (`seen = ` is 7).
    expect_corrupt(
        "nested-too-deep.toml",
        "<dir>/session.toml:4:40: nested more than 32 levels deep; a session nests 2",
    );
}

#[test]
fn a_list_with_more_entries_than_a_session_may_have() {
    expect_corrupt(
        "too-many-seen.toml",
        "<dir>/session.toml:4:1: `seen` holds 10001 entries, more than the 10000 a session may have",
    );
}

#[test]
fn a_timeline_event_id_used_twice_is_pointed_at_the_second_event() {
    expect_corrupt(
        "timeline-duplicate-id.toml",
        "<dir>/session.toml:14:1: timeline event id 1 is used twice",
    );
}

#[test]
fn a_bad_evidence_hash_is_pointed_at_its_event() {
    expect_corrupt(
        "timeline-bad-hash.toml",
        "<dir>/session.toml:12:1: timeline event 2: the SHA-256 \"zz8cbb\" is not 64 lowercase hexadecimal digits",
    );
}

#[test]
fn an_error_on_a_long_line_does_not_quote_the_line() {
    let (dir, store, _) = folder_with("long-line.toml");
    let err = store.load().unwrap_err();
    let chain = std::iter::successors(Some(&err as &dyn std::error::Error), |e| e.source())
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let generic = chain.replace(&dir.path().display().to_string(), "<dir>");
    assert_eq!(
        generic,
        "<dir>/session.toml:4:413: invalid type: integer `3`, expected a string"
    );
}

#[test]
fn binary_garbage() {
    // The first byte, 0x89, cannot start a UTF-8 character.
    expect_corrupt(
        "binary-garbage.bin",
        "<dir>/session.toml:1:1: the file is not UTF-8 text",
    );
}

#[test]
fn not_utf8_points_at_the_first_bad_byte() {
    // `stage = "r\xe9sum\xe9"`: the Latin-1 é is the 11th character of line 3.
    expect_corrupt(
        "not-utf8.toml",
        "<dir>/session.toml:3:11: the file is not UTF-8 text",
    );
    let (_dir, store, _) = folder_with("not-utf8.toml");
    let err = store.load().unwrap_err();
    let cause = std::error::Error::source(&err).map(|e| e.to_string());
    assert_eq!(
        cause.as_deref(),
        Some("invalid utf-8 sequence of 1 bytes from index 34"),
        "the decoder's own words follow as the cause"
    );
}

#[test]
fn wrong_type() {
    // `welcomed = "yes"`: the value starts in column 12.
    expect_corrupt(
        "wrong-types.toml",
        "<dir>/session.toml:3:12: invalid type: string \"yes\", expected a boolean",
    );
}

#[test]
fn wrong_type_for_a_time() {
    expect_corrupt(
        "wrong-type-time.toml",
        "<dir>/session.toml:6:16: invalid type: string \"yesterday\", expected a TOML datetime",
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    // `cursor = { preparation = "备份笔记", reasons = 3 }`: the 3 is the 44th character of
    // line 4 (and its 52nd byte: each of the four Chinese characters takes three).
    expect_corrupt(
        "wrong-type-after-chinese.toml",
        "<dir>/session.toml:4:44: invalid type: integer `3`, expected a string",
    );
}

#[test]
fn missing_field() {
    expect_corrupt(
        "missing-field.toml",
        "<dir>/session.toml:1:1: missing field `stage`",
    );
}

#[test]
fn unknown_version_zero() {
    expect_corrupt(
        "version-0.toml",
        "<dir>/session.toml:1:11: unknown session version 0 (this program reads versions 1 to 3)",
    );
}

#[test]
fn escape_sequences_from_the_file_do_not_reach_the_message() {
    // The value holds ESC ] 0 ; … BEL and ESC [ 3 1 m; the message names the value without them.
    expect_corrupt(
        "escape-in-value.toml",
        "<dir>/session.toml:2:8: unknown variant `]0;pwned[31mzz`, expected `zh` or `en`",
    );
}

#[test]
fn future_version_is_refused_and_left_untouched() {
    let (dir, store, bytes) = folder_with("version-4.toml");
    let path = dir.path().join("session.toml");
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let err = store.load().unwrap_err();
    assert!(
        matches!(err, StoreError::NewerVersion { version: 4, .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string()
            .replace(&dir.path().display().to_string(), "<dir>"),
        "<dir>/session.toml was written by a newer xhs-cancel (session version 4; this one reads \
         version 3); it was left untouched: update xhs-cancel to continue"
    );
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
    assert_eq!(entries(dir.path()), vec!["session.lock", "session.toml"]);

    // Saving over it is refused too, and leaves no temporary file.
    let mut store = store;
    let err = store
        .save(&session::Session::new(xhs_cancel::text::Lang::En))
        .unwrap_err();
    assert!(matches!(err, StoreError::NewerVersion { .. }), "{err:?}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert_eq!(entries(dir.path()), vec!["session.lock", "session.toml"]);
}

#[test]
fn unknown_ids_are_kept_through_load_and_save() {
    let (dir, mut store, _) = folder_with("unknown-ids.toml");
    let loaded = store.load().unwrap().expect("a session");
    let confirmed = |s: &session::Session, stage: &str, id: &str| s.confirmed_at(stage, id);
    assert!(confirmed(&loaded, "deletion", "retired-step").is_some());
    assert!(confirmed(&loaded, "stage-that-was-removed", "anything").is_some());
    assert_eq!(loaded.answers["old-question"], ["maybe"]);

    store.save(&loaded).unwrap();
    let again = store.load().unwrap().unwrap();
    assert_eq!(again, loaded);
    let text = fs::read_to_string(dir.path().join("session.toml")).unwrap();
    for id in [
        "retired-step",
        "stage-that-was-removed",
        "old-question",
        "retired-check",
    ] {
        assert!(text.contains(id), "{id} lost:\n{text}");
    }
}
