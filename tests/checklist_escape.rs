//! Escape injection: nothing from a checklist file can act on the terminal. The real binary is run
//! on hostile files and everything it prints is searched for ESC, BEL and C1 control bytes.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

use common::hostile::{hostile_text, invisible_format};
use proptest::prelude::*;
use xhs_cancel::checklist::{Checklist, FILE_NAMES, SourceFile};
use xhs_cancel::error::{LoadError, Problem};
use xhs_cancel::text::{forbidden_kind, quote, sanitize, sanitize_line};

/// The payload of the issue: set the window title, ring the bell, turn the text red.
const OSC_TITLE: &str = "\u{1b}]0;x\u{7}\u{1b}[31m";
/// CSI as one C1 character: `ESC [` in a single code point.
const CSI: &str = "\u{9b}";

fn minimal() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal")
}

/// A copy of the minimal set in a fresh directory, with `name` replaced by `bytes`.
fn dir_with(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_minimal(dir.path());
    fs::write(dir.path().join(name), bytes).unwrap();
    dir
}

fn copy_minimal(to: &Path) {
    for name in FILE_NAMES {
        fs::copy(minimal().join(name), to.join(name)).unwrap();
    }
}

fn check(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg("check")
        .arg(dir)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

/// The bytes a terminal acts on: C0 controls other than newline (ESC, BEL, CR, …), DEL, and the
/// C1 controls U+0080..U+009F, which UTF-8 writes as 0xC2 0x80..0x9F.
fn terminal_controls(bytes: &[u8]) -> Vec<(usize, u8)> {
    let mut found = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        let c1 = b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n));
        if (b < 0x20 && b != b'\n') || b == 0x7F || c1 {
            found.push((i, b));
        }
    }
    found
}

/// Runs `check` on the set and asserts it is refused, prints nothing a terminal acts on, and
/// names `place` (a file and position such as `after.toml:8:41:`).
fn assert_refused_cleanly(dir: &Path, place: &str) -> String {
    let out = check(dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        terminal_controls(&out.stdout),
        [],
        "stdout holds control bytes: {stdout:?}"
    );
    assert_eq!(
        terminal_controls(&out.stderr),
        [],
        "stderr holds control bytes: {stderr:?}"
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout {stdout:?} stderr {stderr:?}"
    );
    let place = format!("{}", dir.join(place).display());
    assert!(
        stderr.contains(&place),
        "stderr does not name {place:?}: {stderr:?}"
    );
    stderr.into_owned()
}

fn after_with_title(title_en: &str) -> String {
    format!(
        "stage = \"after\"\n\
         title = {{ zh = \"注销后\", en = \"After deletion\" }}\n\
         intro = {{ zh = \"注销以后。\", en = \"Afterwards.\" }}\n\
         \n\
         [[items]]\n\
         id = \"login-fails\"\n\
         title = {{ zh = \"登录失败\", en = \"{title_en}\" }}\n\
         detail = {{ zh = \"检查\", en = \"Check\" }}\n\
         sources = [\"seed\"]\n"
    )
}

#[test]
fn the_issue_payload_written_with_toml_escapes_is_refused_without_leaking() {
    // TOML 1.1 `\e` and `\u` escapes: the file is plain ASCII, the value holds ESC and BEL.
    for payload in [
        r"Log in \u001b]0;x\u0007\u001b[31m now",
        r"Log in \e]0;x\u0007\e[31m now",
        r"Log in \x1b]0;x\x07\x1b[31m now",
    ] {
        let dir = dir_with("after.toml", after_with_title(payload).as_bytes());
        let stderr = assert_refused_cleanly(dir.path(), "after.toml:7:37:");
        assert!(
            stderr.contains("item \"login-fails\" title.en contains a control character (U+001B)"),
            "{payload}: {stderr}"
        );
        // The message shows what is there, written out harmlessly.
        assert!(
            stderr.contains(r#""Log in \u{1b}]0;x\u{7}\u{1b}[31m now""#),
            "{stderr}"
        );
    }
}

#[test]
fn a_c1_control_is_refused_without_leaking() {
    for payload in ["Log in \u{9b}31m now", r"Log in \u009b31m now"] {
        let dir = dir_with("after.toml", after_with_title(payload).as_bytes());
        let stderr = assert_refused_cleanly(dir.path(), "after.toml:7:37:");
        assert!(
            stderr.contains("C1 control character (U+009B): \"Log in \\u{9b}31m now\""),
            "{stderr}"
        );
    }
}

#[test]
fn a_syntax_error_on_a_line_holding_raw_escapes_does_not_echo_the_line() {
    // toml's own error text quotes the source line; the raw ESC and BEL bytes must not follow.
    let raw = after_with_title(&format!("Log in {OSC_TITLE} now"));
    let dir = dir_with("after.toml", raw.as_bytes());
    let stderr = assert_refused_cleanly(dir.path(), "after.toml:7:37:");
    assert!(
        stderr.contains("found a control character (U+001B)"),
        "{stderr}"
    );

    // The same with the escape sequence in a comment, and with the error after it on the line.
    let raw = format!(
        "schema = 1 # {OSC_TITLE}{CSI}\ntitle = {{ zh = \"测试\" en = \"{OSC_TITLE}\" }}\n"
    );
    let dir = dir_with("wizard.toml", raw.as_bytes());
    assert_refused_cleanly(dir.path(), "wizard.toml:1:");
}

#[test]
fn an_unknown_field_named_with_escapes_is_reported_harmlessly() {
    let raw = format!(
        "{}\"\\e]0;x\\u0007\" = 1\n",
        fs::read_to_string(minimal().join("wizard.toml"))
            .unwrap()
            .split("\n[[sources]]")
            .next()
            .unwrap()
    );
    let dir = dir_with("wizard.toml", raw.as_bytes());
    let stderr = assert_refused_cleanly(dir.path(), "wizard.toml:5:1:");
    assert!(stderr.contains("unknown field"), "{stderr}");
}

#[test]
fn escapes_in_ids_sources_conditions_and_the_calendar_are_reported_harmlessly() {
    let after = after_with_title("Logging in fails")
        .replace("id = \"login-fails\"", "id = \"\\e[31m\"")
        .replace(
            "sources = [\"seed\"]",
            "sources = [\"\\u009b1m\"]\nwhen = { \"\\e[2J\" = [\"\\u0007\"] }",
        );
    let dir = dir_with("after.toml", after.as_bytes());
    let stderr = assert_refused_cleanly(dir.path(), "after.toml:6:6:");
    assert!(
        stderr.contains("invalid item id \"\\u{1b}[31m\""),
        "{stderr}"
    );
    assert!(stderr.contains("unknown source \"\\u{9b}1m\""), "{stderr}");
    assert!(
        stderr.contains("unknown question \"\\u{1b}[2J\""),
        "{stderr}"
    );

    let calendar = fs::read_to_string(minimal().join("calendar.toml"))
        .unwrap()
        .replace("zh = \"春节\"", "zh = \"\\e]0;x\\u0007\"")
        .replace("to = 2026-02-23", "to = 2026-02-13");
    let dir = dir_with("calendar.toml", calendar.as_bytes());
    let stderr = assert_refused_cleanly(dir.path(), "calendar.toml:");
    assert!(
        stderr.contains("holiday \"\\u{1b}]0;x\\u{7}\" runs backwards"),
        "{stderr}"
    );
}

#[test]
fn a_directory_name_holding_escapes_is_printed_harmlessly() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join(format!("lists{OSC_TITLE}"));
    fs::create_dir(&dir).unwrap();
    copy_minimal(&dir);
    fs::write(dir.join("after.toml"), after_with_title(r"\e[31m")).unwrap();
    let out = check(&dir);
    assert_eq!(terminal_controls(&out.stdout), []);
    assert_eq!(terminal_controls(&out.stderr), []);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("lists]0;x[31m/after.toml:7:"), "{stderr}");

    // And a directory that cannot be read at all.
    fs::remove_file(dir.join("wizard.toml")).unwrap();
    let out = check(&dir);
    assert_eq!(terminal_controls(&out.stdout), []);
    assert_eq!(terminal_controls(&out.stderr), []);
    assert_ne!(out.status.code(), Some(0));
}

fn set_with_after(after: &str) -> Vec<SourceFile> {
    FILE_NAMES
        .iter()
        .map(|name| SourceFile {
            path: format!("checklists/{name}"),
            bytes: if *name == "after.toml" {
                Cow::Owned(after.as_bytes().to_vec())
            } else {
                Cow::Owned(fs::read(minimal().join(name)).unwrap())
            },
        })
        .collect()
}

#[test]
fn text_holding_any_forbidden_character_never_loads() {
    assert!(Checklist::parse(&set_with_after(&after_with_title("Fine"))).is_ok());
    for c in [
        '\u{0}', '\u{7}', '\u{8}', '\t', '\r', '\u{1b}', '\u{7f}', '\u{80}', '\u{9b}', '\u{9f}',
        '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
        '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{180e}',
    ] {
        let escaped = format!("a\\u{:04x}b", c as u32);
        let result = Checklist::parse(&set_with_after(&after_with_title(&escaped)));
        let Err(e) = result else {
            panic!("U+{:04X} in a title loaded", c as u32);
        };
        let expected = format!(
            "checklists/after.toml:7:31: item \"login-fails\" title.en contains a {} (U+{:04X}): \"a\\u{{{:x}}}b\"",
            forbidden_kind(c).unwrap(),
            c as u32,
            c as u32
        );
        let problems: Vec<String> = e.problems().iter().map(|p| p.to_string()).collect();
        assert_eq!(problems, [expected]);
    }
}

#[test]
fn windows_line_endings_in_multi_line_text_are_newlines_not_controls() {
    let after = after_with_title("Fine").replace(
        "detail = { zh = \"检查\", en = \"Check\" }",
        "detail = { zh = \"\"\"第一行\r\n第二行\"\"\", en = \"\"\"One\r\n\r\nTwo\"\"\" }",
    );
    let after = after.replace('\n', "\r\n").replace("\r\r\n", "\r\n");
    let checklist = Checklist::parse(&set_with_after(&after)).unwrap();
    let item = checklist.item("login-fails").unwrap();
    assert_eq!(item.detail.zh, "第一行\n第二行");
    assert_eq!(item.detail.en, "One\n\nTwo");
    // A carriage return on its own still moves the cursor, so it is refused.
    let lone = after_with_title(r"Fine\rFake");
    assert!(Checklist::parse(&set_with_after(&lone)).is_err());
}

#[test]
fn problems_and_load_errors_print_harmlessly_whatever_their_path() {
    // The path comes from the command line; the message is already safe. Callers other than
    // `check` print these too, so the types themselves must not pass a control through.
    let problem = Problem {
        path: format!("lists{OSC_TITLE}/after.toml"),
        position: Some((7, 37)),
        message: "m".to_string(),
    };
    assert_eq!(problem.to_string(), "lists]0;x[31m/after.toml:7:37: m");
    let whole = Problem {
        position: None,
        ..problem.clone()
    };
    assert_eq!(whole.to_string(), "lists]0;x[31m/after.toml: m");
    let invalid = LoadError::Invalid {
        problems: vec![problem],
    };
    assert_eq!(
        terminal_controls(invalid.to_string().replace('\n', "").as_bytes()),
        []
    );
    let read = LoadError::Read {
        path: PathBuf::from(format!("lists{OSC_TITLE}{CSI}/wizard.toml")),
        source: std::io::Error::from(std::io::ErrorKind::NotFound),
    };
    assert_eq!(
        read.to_string(),
        "cannot read checklist file lists]0;x[31m/wizard.toml"
    );
}

// The model path: what reaches the screen goes through `sanitize`.

#[test]
fn sanitize_drops_every_kind_of_terminal_control_and_keeps_the_text() {
    assert_eq!(sanitize(OSC_TITLE), "]0;x[31m");
    assert_eq!(sanitize("标题\u{9b}31m"), "标题31m");
    assert_eq!(sanitize("a\u{202e}b\u{2066}c\u{200b}d\u{feff}e"), "abcde");
    assert_eq!(
        sanitize("line one\nline two\r\n\tend"),
        "line one\nline two\nend"
    );
    assert_eq!(
        sanitize_line("line one\nline two\u{1b}"),
        "line one line two"
    );
    assert_eq!(sanitize("注销 RedNote ✓ › é"), "注销 RedNote ✓ › é");
}

#[test]
fn quote_shows_controls_written_out() {
    assert_eq!(quote(OSC_TITLE), r#""\u{1b}]0;x\u{7}\u{1b}[31m""#);
    assert_eq!(quote("a\u{9b}b\nc"), r#""a\u{9b}b\nc""#);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn sanitized_text_holds_nothing_a_terminal_acts_on(s in hostile_text(0..40)) {
        let clean = sanitize(&s);
        prop_assert!(!clean.chars().any(invisible_format), "{clean:?}");
        prop_assert!(terminal_controls(clean.replace('\n', "").as_bytes()).is_empty());
        let line = sanitize_line(&s);
        prop_assert!(terminal_controls(line.as_bytes()).is_empty());
        prop_assert!(!line.chars().any(invisible_format), "{line:?}");
        let quoted = quote(&s);
        prop_assert!(terminal_controls(quoted.as_bytes()).is_empty());
        prop_assert!(!quoted.chars().any(invisible_format), "{quoted:?}");
        // Sanitizing only removes characters: what is left is in the original order.
        let mut rest = s.chars();
        prop_assert!(clean.chars().all(|c| rest.any(|o| o == c)));
    }
}
