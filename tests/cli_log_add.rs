//! `xhs-cancel log add`'s refusals through the real binary: every bad value with its message
//! and exit code, missing files, folders and FIFOs, errors in Chinese, more files than an event
//! keeps, and the privacy guard; and hostile text it accepts kept out of `log --format json`.

mod common;

use common::log::{load, save, today};
use common::{at, run_in as run, stderr, stdout};
use xhs_cancel::session::{Override, Session, Stamp};
use xhs_cancel::text::Lang;

/// `log add ARGS` is refused with exit 2 and exactly `message` on stderr, and nothing is saved.
fn refused(args: &[&str], message: &str) {
    let dir = common::temp_dir("log");
    let mut all = vec!["log", "add"];
    all.extend_from_slice(args);
    let output = run(dir.path(), &all);
    assert_eq!(
        output.status.code(),
        Some(2),
        "{args:?}: {}",
        stderr(&output)
    );
    assert_eq!(stderr(&output), message, "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert!(load(dir.path()).is_none(), "{args:?} saved something");
}

#[test]
fn log_add_refuses_each_bad_value_with_its_message() {
    let tomorrow = today().tomorrow().unwrap().to_string();
    let long = "x".repeat(2_001);
    let cases: Vec<(Vec<&str>, String)> = vec![
        (vec![], "error: log add needs a kind: submitted, contacted, reply, complaint, cancelled, gone or note\nTry 'xhs-cancel log add --help'.\n".into()),
        (vec!["contcted"], "error: unknown kind \"contcted\": expected submitted, contacted, reply, complaint, cancelled, gone or note; did you mean \"contacted\"?\n".into()),
        (vec!["cleared"], "error: unknown kind \"cleared\": expected submitted, contacted, reply, complaint, cancelled, gone or note\n".into()),
        (vec!["complaint", "--to", "12312"], "error: invalid value \"12312\" for --to: expected platform, 12321, 12315, miit, cac or court; did you mean \"12321\"?\n".into()),
        (vec!["note", "--date", &tomorrow], format!("error: \"{tomorrow}\" is after today ({}): only what has happened can be recorded\n", today())),
        (vec!["note", "--date", "2012-12-31"], "error: \"2012-12-31\" is too early: Xiaohongshu started in 2013\n".into()),
        (vec!["note", "--date", "2026-2-3"], "error: \"2026-2-3\" is not a date: write it as YYYY-MM-DD, for example 2026-11-28\n".into()),
        (vec!["note", "--date", "2026-02-30"], "error: \"2026-02-30\" is not a date: write it as YYYY-MM-DD, for example 2026-11-28\n".into()),
        (vec!["complaint"], "error: a complaint needs --to, where it was filed: platform, 12321, 12315, miit, cac or court\n".into()),
        (vec!["reply", "--to", "miit"], "error: --to goes with a complaint only, not with \"reply\"\n".into()),
        (vec!["note", "--item", "deletion/nope"], "error: the checklists have no item \"deletion/nope\": write it as STAGE/ITEM, for example deletion/submit\n".into()),
        (vec!["note", "--note", &long], "error: --note has 2001 characters; at most 2000 are kept: shorten it and try again\n".into()),
    ];
    for (args, message) in &cases {
        refused(args, message);
    }
}

#[test]
fn log_add_refuses_a_missing_file_or_a_folder() {
    let folder = common::temp_dir("evidence");
    let missing = folder.path().join("gone.png");
    let missing = missing.to_str().unwrap();
    let data = common::temp_dir("log");
    let output = run(data.path(), &["log", "add", "note", "--file", missing]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    // The first line is the program's; the cause below it is the system's words, and the
    // program's own cause, which says the same as the first line, is not repeated.
    let first = format!("error: the evidence file \"{missing}\" does not exist: check the path\n");
    assert!(message.starts_with(&first), "{message}");
    let causes: Vec<&str> = message[first.len()..].lines().collect();
    assert_eq!(causes.len(), 1, "{message}");
    assert!(causes[0].starts_with("  caused by: "), "{message}");
    assert!(!causes[0].contains("evidence"), "{message}");
    assert!(load(data.path()).is_none());
    let dir = folder.path().to_str().unwrap();
    let output = run(folder.path(), &["log", "add", "note", "--file", dir]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!(
            "error: cannot record \"{dir}\" as evidence: it must be a regular file you can read\n  \
             caused by: it is not a regular file but a folder\n"
        )
    );
}

#[test]
fn the_causes_of_a_refused_evidence_file_are_in_chinese_where_they_are_the_programs() {
    let folder = common::temp_dir("evidence");
    let missing = folder.path().join("gone.png");
    let missing = missing.to_str().unwrap();
    let data = common::temp_dir("log");
    let args = ["--lang", "zh", "log", "add", "note", "--file", missing];
    let message = stderr(&run(data.path(), &args));
    let first = format!("错误：证据文件 \"{missing}\" 不存在：请检查路径\n");
    assert!(message.starts_with(&first), "{message}");
    let causes: Vec<&str> = message[first.len()..].lines().collect();
    assert_eq!(
        causes.len(),
        1,
        "only the system's own cause is left: {message}"
    );
    assert!(causes[0].starts_with("  原因："), "{message}");
    let dir = folder.path().to_str().unwrap();
    let args = ["--lang", "zh", "log", "add", "note", "--file", dir];
    assert_eq!(
        stderr(&run(data.path(), &args)),
        format!(
            "错误：无法把 \"{dir}\" 记为证据：它必须是一个能读取的普通文件\n  原因：它不是普通文件，而是文件夹\n"
        )
    );
}

#[cfg(unix)]
#[test]
fn log_add_refuses_a_fifo_without_waiting() {
    let folder = common::temp_dir("evidence");
    let fifo = folder.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    let fifo = fifo.to_str().unwrap();
    let data = common::temp_dir("log");
    let output = run(data.path(), &["log", "add", "note", "--file", fifo]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with(&format!(
            "error: cannot record \"{fifo}\" as evidence: it must be a regular file you can read\n"
        )) && message.contains("FIFO"),
        "{message}"
    );
}

#[test]
fn log_add_errors_are_chinese_in_a_chinese_session() {
    let dir = common::temp_dir("log");
    save(dir.path(), &Session::new(Lang::Zh));
    let output = run(dir.path(), &["log", "add", "contcted"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "错误：没有 \"contcted\" 这种记录：应为 submitted、contacted、reply、complaint、cancelled、gone 或 note；你是不是想输入 \"contacted\"？\n"
    );
    let output = run(dir.path(), &["log", "add", "complaint"]);
    assert_eq!(
        stderr(&output),
        "错误：投诉需要用 --to 说明投诉到哪里：platform、12321、12315、miit、cac 或 court\n"
    );
}

#[test]
fn the_privacy_guard_refuses_masks_or_keeps() {
    let dir = common::temp_dir("log");
    let note = "客服让我发手机号 13812345678";
    let output = run(dir.path(), &["log", "add", "reply", "--note", note]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(
        message,
        "error: --note looks like it holds a mobile number; nothing was saved. Records are stored \
         unencrypted on this computer: remove it and try again, or pass --mask to store it masked \
         with *, or --keep-sensitive to store it as typed\n"
    );
    assert!(!message.contains("13812345678"));
    assert!(load(dir.path()).is_none());
    let via = run(
        dir.path(),
        &["log", "add", "contacted", "--ref", "验证码 123456"],
    );
    assert_eq!(via.status.code(), Some(2));
    assert!(stderr(&via).starts_with("error: --ref looks like it holds a verification code;"));
    assert!(!stderr(&via).contains("123456"));

    let masked = run(
        dir.path(),
        &["log", "add", "reply", "--note", note, "--mask"],
    );
    assert_eq!(
        stdout(&masked),
        format!(
            "added #1 the platform replied, {}\n  a mobile number in --note was stored masked with *\n",
            today()
        )
    );
    let kept = run(
        dir.path(),
        &["log", "add", "reply", "--note", note, "--keep-sensitive"],
    );
    assert_eq!(kept.status.code(), Some(0));
    let notes: Vec<String> = load(dir.path())
        .unwrap()
        .timeline
        .into_iter()
        .map(|e| e.note)
        .collect();
    assert_eq!(notes, ["客服让我发手机号 ***********", note]);
}

#[test]
fn log_add_refuses_more_files_than_an_event_keeps() {
    let folder = common::temp_dir("evidence");
    let paths: Vec<String> = (0..21)
        .map(|n| {
            let path = folder.path().join(format!("{n}.png"));
            std::fs::write(&path, b"abc").unwrap();
            path.to_str().unwrap().to_string()
        })
        .collect();
    let mut args = vec!["note"];
    for path in &paths {
        args.extend(["--file", path.as_str()]);
    }
    refused(&args, "error: 21 evidence files; at most 20 per event\n");
}

#[test]
fn log_add_on_a_damaged_session_says_how_to_recover_and_changes_nothing() {
    let data = common::temp_dir("log");
    let session = data.path().join("session.toml");
    std::fs::write(&session, "garbage = [\n").unwrap();
    let output = run(data.path(), &["log", "add", "note", "--note", "hi"]);
    assert_eq!(output.status.code(), Some(2));
    let error = format!(
        "error: {}:1:12: unclosed array, expected `]` (left as it is; run xhs-cancel to \
         restore the backup or start fresh)\n",
        session.display()
    );
    let message = stderr(&output);
    assert!(message.ends_with(&error), "{message}");
    assert_eq!(std::fs::read_to_string(&session).unwrap(), "garbage = [\n");
}

/// Where `out` holds a byte sequence a terminal would act on or that hides or reorders text,
/// by this test's own table (not the program's): a C0 control other than the newline, DEL, a C1
/// control (UTF-8 `C2 80`..`C2 9F`), U+061C, U+200B..U+200F, U+2028..U+202E, U+2060,
/// U+2066..U+2069 and U+FEFF, each as its UTF-8 bytes.
fn terminal_hazards(out: &[u8]) -> Vec<usize> {
    let at = |i: usize| out.get(i).copied().unwrap_or(0);
    (0..out.len())
        .filter(|&i| match (at(i), at(i + 1), at(i + 2)) {
            (b'\n', _, _) => false,
            (0x00..=0x1f | 0x7f, _, _) => true,
            (0xc2, 0x80..=0x9f, _) => true,
            (0xd8, 0x9c, _) => true,
            (0xe2, 0x80, 0x8b..=0x8f | 0xa8..=0xae) => true,
            (0xe2, 0x81, 0xa0 | 0xa6..=0xa9) => true,
            (0xef, 0xbb, 0xbf) => true,
            _ => false,
        })
        .collect()
}

#[test]
fn log_json_holds_nothing_a_terminal_acts_on_and_keeps_the_visible_text() {
    let note = "hi\u{1b}]0;pwned\u{7} there\u{9b}31m \u{202e}evil\u{200b} end\u{85}\u{2028}\
                \u{feff}\u{61c}\u{2066}!\u{7f}\r\nline\ttwo";
    let via = "in-app\u{1b}[2J chat\u{85}\u{200e}\u{200f}\nnow";
    let reference = "T-1001\u{9b}K\u{202d}\u{2029}\u{200c}\u{200d}\u{2060}\u{2067}\u{2068}\u{2069}";
    // Windows refuses C0 controls in file names; every other character here it takes.
    let name = match cfg!(windows) {
        true => "shot\u{9b}31m\u{202e}gnp.exe\u{200b}\u{2028}.png",
        false => "shot\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}gnp.exe\u{200b}\u{2028}.png",
    };
    let planted = "\u{1b}\u{7}\u{7f}\r\t\u{85}\u{9b}\u{61c}\u{200b}\u{200c}\u{200d}\u{200e}\u{200f}\
                   \u{2028}\u{2029}\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2060}\u{2066}\u{2067}\
                   \u{2068}\u{2069}\u{feff}";
    for c in planted.chars() {
        assert_eq!(
            terminal_hazards(c.to_string().as_bytes()),
            [0],
            "the oracle misses {c:?}"
        );
    }
    let dir = common::temp_dir("log");
    let mut session = Session::new(Lang::En);
    session.overrides.push(Override {
        stage: "prep\u{1b}[2J\u{202e}".into(),
        at: Stamp(at("2026-11-01T10:00:00Z")),
        open: vec!["gone\u{9b}31m\u{200b}".into()],
    });
    save(dir.path(), &session);
    let folder = common::temp_dir("evidence");
    let file = folder.path().join(name);
    std::fs::write(&file, b"abc").unwrap();
    let file = file.to_str().unwrap();
    let args = [
        "log",
        "add",
        "contacted",
        "--note",
        note,
        "--via",
        via,
        "--ref",
        reference,
    ];
    let added = run(dir.path(), &[&args[..], &["--file", file]].concat());
    assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));

    let output = run(dir.path(), &["log", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let hazards = terminal_hazards(&output.stdout);
    assert!(
        hazards.is_empty(),
        "at bytes {hazards:?}: {}",
        stdout(&output).escape_debug()
    );
    let all: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let event = &all[0];
    assert_eq!(event["note"], "hi]0;pwned there31m evil end!\nlinetwo");
    assert_eq!(event["via"], "in-app[2J chat now");
    assert_eq!(event["reference"], "T-1001K");
    let shown = folder.path().join(match cfg!(windows) {
        true => "shot31mgnp.exe.png",
        false => "shot]0;pwned31mgnp.exe.png",
    });
    assert_eq!(event["evidence"][0]["path"], shown.to_str().unwrap());
    let continued = &all[1];
    assert_eq!(continued["stage"], "prep[2J");
    assert_eq!(continued["open"][0]["id"], "gone31m");
}
