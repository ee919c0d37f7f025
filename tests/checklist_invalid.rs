//! One broken checklist file per failure mode, each asserting the exact problems `check` prints.
//!
//! A fixture `tests/fixtures/invalid/MODE.NAME.toml` replaces `NAME.toml` in a copy of
//! `tests/fixtures/minimal`. It starts with one `# expect: PROBLEM` line per problem the set must
//! report, in the order they are reported, the path written as `checklists/NAME.toml`.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use xhs_cancel::checklist::{Checklist, FILE_NAMES, SourceFile};
use xhs_cancel::text::forbidden_kind;

/// Every failure mode the checklist engine must reject, by fixture file name. A fixture that goes
/// missing fails `every_required_failure_mode_has_a_fixture`.
const REQUIRED: &[&str] = &[
    // Reading the file.
    "toml-syntax.wizard.toml",
    "toml-syntax-escape-byte.after.toml",
    "not-utf8.after.toml",
    "unknown-field.preparation.toml",
    "unknown-field-escape.preparation.toml",
    "missing-field.after.toml",
    "wrong-type.wizard.toml",
    "wrong-type-escape.wizard.toml",
    // Bounds.
    "nested-too-deep.after.toml",
    "too-many-items.after.toml",
    // Text.
    "missing-language.after.toml",
    "empty-text.after.toml",
    "control-escape.after.toml",
    "control-escape-after-another.after.toml",
    "control-c1.after.toml",
    "bidi-control.after.toml",
    "zero-width.after.toml",
    "uncertain-width-emoji.after.toml",
    "uncertain-width-quotes.after.toml",
    "uncertain-width-keycap.after.toml",
    "uncertain-width-flag.after.toml",
    "uncertain-width-skin-tone.after.toml",
    // Ids and references.
    "bad-id.preparation.toml",
    "duplicate-item-id.preparation.toml",
    "duplicate-source-id.wizard.toml",
    "unknown-source.after.toml",
    "no-sources.after.toml",
    "unknown-question.preparation.toml",
    "unknown-option.preparation.toml",
    "empty-when.preparation.toml",
    "duplicate-question.reasons.toml",
    "duplicate-option.reasons.toml",
    "one-option.reasons.toml",
    // wizard.toml.
    "wrong-schema.wizard.toml",
    "stage-missing.wizard.toml",
    "stage-unknown.wizard.toml",
    "stage-duplicate.wizard.toml",
    "date-is-datetime.wizard.toml",
    "bad-url.wizard.toml",
    "bad-confidence.wizard.toml",
    // Stage files.
    "stage-mismatch.after.toml",
    "no-items.after.toml",
    "questions-outside-reasons.after.toml",
    "no-submitted.deletion.toml",
    "two-submitted.deletion.toml",
    "submitted-with-when.deletion.toml",
    "marks-wrong-stage.preparation.toml",
    "unknown-mark.troubleshooting.toml",
    "two-slow-review.troubleshooting.toml",
    // calendar.toml.
    "holiday-overlap.calendar.toml",
    "holiday-overlap-nested.calendar.toml",
    "holiday-overlap-later.calendar.toml",
    "holiday-backwards.calendar.toml",
    "workday-not-weekend.calendar.toml",
    "workday-in-holiday.calendar.toml",
    "duplicate-year.calendar.toml",
    "year-out-of-range.calendar.toml",
    "statutory-day-missing.calendar.toml",
    "provisional-not-bool.calendar.toml",
    // letter.toml.
    "unknown-field.letter.toml",
    "missing-language.letter.toml",
    "control-escape.letter.toml",
    "unknown-placeholder.letter.toml",
    "missing-placeholder.letter.toml",
    "stray-brace.letter.toml",
    "unknown-question.letter.toml",
    "unknown-channel.letter.toml",
    "missing-channel.letter.toml",
    "channel-placeholder.letter.toml",
];

const EXPECT: &str = "# expect: ";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The minimal valid set, with `replace` (a file name such as `after.toml`) swapped for `bytes`.
fn files_with(replace: &str, bytes: &[u8]) -> Vec<SourceFile> {
    FILE_NAMES
        .iter()
        .map(|name| {
            let bytes = if *name == replace {
                bytes.to_vec()
            } else {
                fs::read(fixtures().join("minimal").join(name)).unwrap()
            };
            SourceFile {
                path: format!("checklists/{name}"),
                bytes: Cow::Owned(bytes),
            }
        })
        .collect()
}

/// The `# expect:` lines at the top of a fixture; they are UTF-8 even when the rest is not.
fn expectations(bytes: &[u8]) -> Vec<String> {
    bytes
        .split(|&b| b == b'\n')
        .map_while(|line| line.strip_prefix(EXPECT.as_bytes()))
        .map(|line| String::from_utf8(line.to_vec()).expect("expect lines are UTF-8"))
        .collect()
}

/// `MODE.NAME.toml` → `NAME.toml`, the file the fixture replaces.
fn replaced_file(fixture: &str) -> &str {
    let stem = fixture
        .strip_suffix(".toml")
        .expect("fixtures end in .toml");
    let (_, name) = stem
        .rsplit_once('.')
        .expect("fixtures are named MODE.NAME.toml");
    FILE_NAMES
        .iter()
        .find(|f| f.strip_suffix(".toml") == Some(name))
        .unwrap_or_else(|| panic!("{fixture}: {name} is not a checklist file"))
}

fn problems_for(fixture: &str) -> (Vec<String>, Vec<String>) {
    let bytes = fs::read(fixtures().join("invalid").join(fixture)).unwrap();
    let expected = expectations(&bytes);
    assert!(
        !expected.is_empty(),
        "{fixture}: starts with no `{EXPECT}` line"
    );
    let files = files_with(replaced_file(fixture), &bytes);
    let actual = match Checklist::parse(&files) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(|p| p.to_string()).collect(),
    };
    (expected, actual)
}

#[test]
fn every_fixture_reports_exactly_its_expected_problems() {
    let mut names: Vec<String> = fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let (expected, actual) = problems_for(name);
        if expected != actual {
            failures.push(format!(
                "{name}\n  expected:\n    {}\n  actual:\n    {}",
                expected.join("\n    "),
                actual.join("\n    ")
            ));
        }
        for line in &actual {
            assert!(
                !line.chars().any(|c| forbidden_kind(c).is_some()),
                "{name}: the problem {line:?} holds a character a terminal would act on"
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

#[test]
fn every_required_failure_mode_has_a_fixture() {
    let dir = fixtures().join("invalid");
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|name| !dir.join(name).is_file())
        .collect();
    assert!(missing.is_empty(), "fixtures missing: {missing:?}");
}

#[test]
fn the_base_set_is_valid() {
    // Otherwise a fixture's problems could come from the base rather than the fixture.
    let files = files_with("", b"");
    if let Err(e) = Checklist::parse(&files) {
        panic!("tests/fixtures/minimal is invalid: {e}");
    }
}

#[test]
fn the_expect_lines_are_read_from_the_top_only() {
    let bytes = b"# expect: a\n# expect: b\nx = 1\n# expect: c\n";
    assert_eq!(expectations(bytes), ["a", "b"]);
    assert_eq!(replaced_file("x.y.after.toml"), "after.toml");
}

#[test]
fn problems_in_several_files_are_listed_file_by_file() {
    // An unknown source in reasons.toml is found late (sources are checked once every file is
    // read); the empty text in after.toml early. Reasons comes first in the set all the same.
    let minimal = |name: &str| fs::read_to_string(fixtures().join("minimal").join(name)).unwrap();
    let reasons =
        minimal("reasons.toml").replacen("sources = [\"seed\"]", "sources = [\"sead\"]", 1);
    let after =
        minimal("after.toml").replacen("detail = { zh = \"检查\"", "detail = { zh = \"\"", 1);
    let mut files = files_with("reasons.toml", reasons.as_bytes());
    let at = FILE_NAMES.iter().position(|n| *n == "after.toml").unwrap();
    files[at].bytes = Cow::Owned(after.into_bytes());
    let problems: Vec<String> = match Checklist::parse(&files) {
        Ok(_) => panic!("two broken files were accepted"),
        Err(e) => e.problems().iter().map(|p| p.to_string()).collect(),
    };
    assert_eq!(
        problems,
        [
            "checklists/reasons.toml:9:12: unknown source \"sead\": add it to [[sources]] in wizard.toml",
            "checklists/after.toml:8:17: item \"login-fails\" detail.zh is empty: \"\"",
        ]
    );
}
