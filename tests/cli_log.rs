//! `xhs-cancel log`, `log add`, `log verify` and `log remove` through the real binary: the
//! timeline printed in both languages and as JSON, evidence hashes, the lock, and that what
//! `log add` writes loads back into the wizard's model (its refusals: `cli_log_add.rs`).

use std::path::Path;

mod common;

use common::{at, stderr, stdout};
use jiff::civil::date;
use xhs_cancel::checklist::{Mark, StageId};
use xhs_cancel::session::{Override, Session, Stamp};
use xhs_cancel::store::Store;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Draft, Kind};

use common::log::{ABC_SHA256, abc_file, load, save, today};
use common::run_in as run;

/// The deletion stage's submit step and the first item of the preparation stage.
fn items() -> (String, String) {
    let checklist = common::builtin();
    let submit = (checklist.stage(StageId::Deletion).items.iter())
        .find(|i| i.marks == Some(Mark::Submitted))
        .unwrap()
        .id
        .clone();
    let prepare = checklist.stage(StageId::Preparation).items[0].id.clone();
    (submit, prepare)
}

fn title(id: &str, lang: Lang) -> String {
    common::builtin()
        .item(id)
        .unwrap()
        .title
        .get(lang)
        .to_string()
}

/// A session with a submission (its confirmation and `submitted` event), a "continue anyway"
/// and a contact with a two-line note.
fn filled(lang: Lang) -> Session {
    let (submit, prepare) = items();
    let mut session = Session::new(lang);
    session.overrides.push(Override {
        stage: "preparation".into(),
        at: Stamp(at("2026-11-01T10:00:00Z")),
        open: vec![prepare],
    });
    session.record_submission(&submit, date(2026, 11, 2), at("2026-11-02T03:00:00Z"));
    let mut contact = Draft::new(Kind::Contacted, date(2026, 11, 5));
    contact.via = "in-app chat".into();
    contact.reference = "T-1001".into();
    contact.note = "line one\nline two".into();
    let utc = jiff::tz::TimeZone::UTC;
    session
        .add_event(contact, at("2026-11-05T08:00:00Z"), &utc)
        .unwrap();
    session
}

#[test]
fn log_without_a_session_says_so_and_json_stays_an_array() {
    let dir = common::temp_dir("log");
    let output = run(dir.path(), &["log"]);
    assert_eq!(output.status.code(), Some(0));
    let expected = format!(
        "No saved session in {}; run xhs-cancel to start.\n",
        dir.path().display()
    );
    assert_eq!(stdout(&output), expected);
    let json = run(dir.path(), &["log", "--format", "json"]);
    assert_eq!(json.status.code(), Some(0));
    assert_eq!(stdout(&json), "[]\n");
    assert_eq!(stderr(&json), expected);
}

#[test]
fn log_on_an_empty_session_in_both_languages() {
    let dir = common::temp_dir("log");
    save(dir.path(), &Session::new(Lang::Zh));
    assert_eq!(
        stdout(&run(dir.path(), &["log"])),
        "案件记录中还没有内容；用 xhs-cancel log add 添加一条。\n"
    );
    assert_eq!(
        stdout(&run(dir.path(), &["--lang", "en", "log"])),
        "Nothing in the case file yet; add an event with xhs-cancel log add.\n"
    );
}

#[test]
fn log_lists_events_confirmations_and_overrides_newest_first() {
    let dir = common::temp_dir("log");
    save(dir.path(), &filled(Lang::En));
    let (submit, prepare) = items();
    let en = format!(
        "Case file, newest first:\n\
         2026-11-05        #2 contacted customer service\n\
         \x20                 via: in-app chat\n\
         \x20                 ticket: T-1001\n\
         \x20                 line one\n\
         \x20                 line two\n\
         2026-11-02 03:00  confirmed: {} (Delete)\n\
         2026-11-02        #1 request submitted\n\
         2026-11-01 10:00  continued anyway past Prepare, still open: “{}”\n",
        title(&submit, Lang::En),
        title(&prepare, Lang::En)
    );
    assert_eq!(stdout(&run(dir.path(), &["log"])), en);
    let zh = format!(
        "案件记录（最新的在前）：\n\
         2026-11-05        #2 联系客服\n\
         \x20                 方式：in-app chat\n\
         \x20                 工单号：T-1001\n\
         \x20                 line one\n\
         \x20                 line two\n\
         2026-11-02 03:00  已确认：{}（注销步骤）\n\
         2026-11-02        #1 提交注销申请\n\
         2026-11-01 10:00  仍然继续：离开「准备」时未完成：「{}」\n",
        title(&submit, Lang::Zh),
        title(&prepare, Lang::Zh)
    );
    assert_eq!(stdout(&run(dir.path(), &["--lang", "zh", "log"])), zh);
}

#[test]
fn each_open_title_of_a_continue_anyway_is_quoted_so_commas_inside_it_do_not_split_it() {
    let dir = common::temp_dir("log");
    let mut session = Session::new(Lang::En);
    let checklist = common::builtin();
    let with_comma = |lang| {
        let items = &checklist.stage(StageId::Preparation).items;
        let mut found = items
            .iter()
            .filter(|i| i.title.get(lang).contains([',', '、']));
        let (a, b) = (found.next().unwrap(), found.next().unwrap());
        (a.id.clone(), b.id.clone())
    };
    let (a, b) = with_comma(Lang::En);
    session.overrides.push(Override {
        stage: "preparation".into(),
        at: Stamp(at("2026-11-01T10:00:00Z")),
        open: vec![a.clone(), b.clone()],
    });
    save(dir.path(), &session);
    let en = stdout(&run(dir.path(), &["log"]));
    let line = format!(
        "2026-11-01 10:00  continued anyway past Prepare, still open: “{}”, “{}”",
        title(&a, Lang::En),
        title(&b, Lang::En)
    );
    assert!(en.lines().any(|l| l == line), "{en}");
    let zh = stdout(&run(dir.path(), &["--lang", "zh", "log"]));
    let line = format!(
        "2026-11-01 10:00  仍然继续：离开「准备」时未完成：「{}」、「{}」",
        title(&a, Lang::Zh),
        title(&b, Lang::Zh)
    );
    assert!(zh.lines().any(|l| l == line), "{zh}");
}

#[test]
fn a_reason_is_logged_as_chosen_and_a_troubleshooting_step_as_tried() {
    let dir = common::temp_dir("log");
    let checklist = common::builtin();
    let reason = checklist.stage(StageId::Reasons).items[0].id.clone();
    let problem = checklist.stage(StageId::Troubleshooting).items[0]
        .id
        .clone();
    let mut session = Session::new(Lang::En);
    for (stage, item, when) in [
        ("reasons", &reason, "2026-11-01T10:00:00Z"),
        ("troubleshooting", &problem, "2026-11-02T10:00:00Z"),
    ] {
        (session.confirmed.entry(stage.into()).or_default()).insert(item.clone(), Stamp(at(when)));
    }
    save(dir.path(), &session);
    let en = format!(
        "Case file, newest first:\n\
         2026-11-02 10:00  tried: {} (Problems)\n\
         2026-11-01 10:00  chosen: {} (Reasons)\n",
        title(&problem, Lang::En),
        title(&reason, Lang::En)
    );
    assert_eq!(stdout(&run(dir.path(), &["log"])), en);
    let zh = stdout(&run(dir.path(), &["--lang", "zh", "log"]));
    let tried = format!(
        "2026-11-02 10:00  已尝试：{}（疑难解答）",
        title(&problem, Lang::Zh)
    );
    assert!(zh.lines().any(|l| l == tried), "{zh}");
    let report = stdout(&run(dir.path(), &["export"]));
    let tried = format!("- 2026-11-02 10:00 · tried: {}", title(&problem, Lang::En));
    assert!(report.contains(&tried), "{report}");
    let zh = stdout(&run(dir.path(), &["--lang", "zh", "export"]));
    let chosen = format!("- 2026-11-01 10:00 · 已选：{}", title(&reason, Lang::Zh));
    assert!(zh.contains(&chosen), "{zh}");
}

#[test]
fn log_json_is_an_array_with_every_field() {
    let dir = common::temp_dir("log");
    save(dir.path(), &filled(Lang::Zh));
    let output = run(dir.path(), &["log", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let all: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let all = all.as_array().unwrap();
    let types: Vec<&str> = all.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["event", "confirmed", "event", "override"]);
    let contact = &all[0];
    assert_eq!(contact["id"], 2);
    assert_eq!(contact["kind"], "contacted");
    assert_eq!(contact["date"], "2026-11-05");
    assert_eq!(contact["recorded"], "2026-11-05T08:00:00Z");
    assert_eq!(contact["via"], "in-app chat");
    assert_eq!(contact["reference"], "T-1001");
    assert_eq!(contact["note"], "line one\nline two");
    for absent in ["to", "item"] {
        assert!(contact[absent].is_null(), "{absent} is present and null");
    }
    assert_eq!(contact["evidence"], serde_json::json!([]));
    let (submit, prepare) = items();
    let confirmed = &all[1];
    assert_eq!(confirmed["stage"], "deletion");
    assert_eq!(confirmed["item"], submit.as_str());
    assert_eq!(confirmed["title"], title(&submit, Lang::Zh).as_str());
    assert_eq!(confirmed["at"], "2026-11-02T03:00:00Z");
    assert_eq!(all[3]["open"][0]["id"], prepare.as_str());
    assert_eq!(
        all[3]["open"][0]["title"],
        title(&prepare, Lang::Zh).as_str()
    );
}

#[test]
fn log_add_records_the_event_and_each_files_sha256() {
    let dir = common::temp_dir("log");
    let (_folder, shot) = abc_file("客服截图.png");
    let (submit, _) = items();
    let item = format!("deletion/{submit}");
    let args = [
        "log",
        "add",
        "contacted",
        "--date",
        "2026-11-20",
        "--via",
        "phone",
        "--ref",
        "A-7",
        "--note",
        "asked again",
        "--item",
        &item,
        "--file",
    ];
    let mut args = args.to_vec();
    args.push(shot.to_str().unwrap());
    let output = run(dir.path(), &args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "added #1 contacted customer service, 2026-11-20\n  \
         evidence: 客服截图.png (3 bytes, SHA-256 ba7816bf8f01)\n"
    );
    let session = load(dir.path()).unwrap();
    let event = &session.timeline[0];
    assert_eq!(
        (event.kind, event.on.0),
        (Kind::Contacted, date(2026, 11, 20))
    );
    assert_eq!(
        (event.via.as_str(), event.reference.as_str()),
        ("phone", "A-7")
    );
    assert_eq!(event.item.as_deref(), Some(item.as_str()));
    assert_eq!(event.evidence[0].sha256, ABC_SHA256);
    assert_eq!(event.evidence[0].size, 3);
    assert_eq!(Path::new(&event.evidence[0].path), shot);
    // What `log add` wrote opens in the wizard as it is.
    let model = xhs_cancel::wizard::Model::new(
        common::builtin(),
        session.clone(),
        jiff::Timestamp::now(),
        common::utc8(),
    );
    assert_eq!(model.session.timeline, session.timeline);
    // The date defaults to today; ids go on.
    let complaint = run(dir.path(), &["log", "add", "complaint", "--to", "12321"]);
    assert_eq!(
        stdout(&complaint),
        format!("added #2 complaint filed, {}\n", today())
    );
}

/// A session whose event #1 names `file`.
fn with_evidence(dir: &Path, file: &Path) {
    let output = run(
        dir,
        &["log", "add", "reply", "--file", file.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn log_verify_says_which_files_are_unchanged_changed_or_missing() {
    let dir = common::temp_dir("log");
    save(dir.path(), &Session::new(Lang::En));
    assert_eq!(
        stdout(&run(dir.path(), &["log", "verify"])),
        "No evidence recorded.\n"
    );
    let (_folder, shot) = abc_file("shot.png");
    with_evidence(dir.path(), &shot);
    let at = format!("#1 \"{}\"", shot.display());
    let unchanged = run(dir.path(), &["log", "verify"]);
    assert_eq!(unchanged.status.code(), Some(0));
    assert_eq!(
        stdout(&unchanged),
        format!("{at}: unchanged\nThe evidence file is unchanged.\n")
    );
    std::fs::write(&shot, b"abcd").unwrap();
    let changed = run(dir.path(), &["log", "verify"]);
    assert_eq!(changed.status.code(), Some(1));
    // SHA-256("abcd"), computed independently (sha256sum).
    assert_eq!(
        stdout(&changed),
        format!(
            "{at}: CHANGED (recorded 3 bytes, SHA-256 ba7816bf8f01; now 4 bytes, SHA-256 88d4266fd4e6)\n"
        )
    );
    assert_eq!(
        stderr(&changed),
        "error: 1 of 1 evidence file is missing, changed or unreadable\n"
    );
    std::fs::remove_file(&shot).unwrap();
    let missing = run(dir.path(), &["--lang", "zh", "log", "verify"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(stdout(&missing), format!("{at}：不见了\n"));
    assert_eq!(
        stderr(&missing),
        "错误：1 个证据文件中有 1 个不见了、已改动或无法读取\n"
    );
}

#[test]
fn log_remove_asks_first_and_says_what_went() {
    let dir = common::temp_dir("log");
    save(dir.path(), &filled(Lang::En));
    let asked = run(dir.path(), &["log", "remove", "2"]);
    assert_eq!(asked.status.code(), Some(2));
    assert_eq!(
        stderr(&asked),
        "error: log remove asks before it removes anything: run it in a terminal, or pass --yes\n"
    );
    assert_eq!(load(dir.path()).unwrap().timeline.len(), 2);
    let unknown = run(dir.path(), &["log", "remove", "9", "--yes"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        stderr(&unknown),
        "error: there is no event \"9\"; run xhs-cancel log to see the numbers\n"
    );
    let removed = run(dir.path(), &["log", "remove", "2", "--yes"]);
    assert_eq!(removed.status.code(), Some(0));
    assert_eq!(
        stdout(&removed),
        "removed #2 contacted customer service, 2026-11-05\n"
    );
    let ids: Vec<u32> = load(dir.path())
        .unwrap()
        .timeline
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, [1]);
    let submitted = run(dir.path(), &["log", "remove", "1", "--yes"]);
    assert_eq!(
        stdout(&submitted).lines().nth(1),
        Some(
            "The submission date the review clock counts from is unchanged: correct it with \
             xhs-cancel submitted YYYY-MM-DD, or remove it with xhs-cancel submitted --clear."
        )
    );
}

#[test]
fn log_add_waits_for_no_one_while_another_instance_holds_the_session() {
    let dir = common::temp_dir("log");
    save(dir.path(), &Session::new(Lang::En));
    let held = Store::open(dir.path()).unwrap();
    for args in [
        &["log", "add", "note"][..],
        &["log", "remove", "1", "--yes"][..],
    ] {
        let output = run(dir.path(), args);
        assert_eq!(output.status.code(), Some(3), "{args:?}");
        assert_eq!(
            stderr(&output),
            format!(
                "error: another xhs-cancel is already open on this session ({} is locked); close it and try again\n",
                held.lock_path().display()
            )
        );
    }
    drop(held);
    assert!(load(dir.path()).unwrap().timeline.is_empty());
}

#[test]
fn a_corrected_submission_date_says_what_it_corrects_and_log_add_submitted_sets_the_clock() {
    let dir = common::temp_dir("log");
    for date in ["2026-11-02", "2026-11-02", "2026-11-03"] {
        let out = run(dir.path(), &["--lang", "en", "submitted", date]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let added = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "log",
            "add",
            "submitted",
            "--date",
            "2026-11-04",
        ],
    );
    assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));
    let session = load(dir.path()).unwrap();
    assert_eq!(
        session.review.unwrap().submitted_on.0,
        jiff::civil::date(2026, 11, 4)
    );
    let log = stdout(&run(dir.path(), &["--lang", "en", "log"]));
    let heads: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("request submitted"))
        .collect();
    assert_eq!(
        heads,
        [
            "2026-11-04        #3 request submitted (corrects 2026-11-03)",
            "2026-11-03        #2 request submitted (corrects 2026-11-02) (corrected to 2026-11-04)",
            "2026-11-02        #1 request submitted (corrected to 2026-11-03)",
        ],
        "{log}"
    );
}

#[test]
fn a_replaced_submission_date_is_marked_in_log_json_and_the_report_and_left_out_of_the_letter() {
    let dir = common::temp_dir("log");
    for date in ["2026-10-20", "2026-10-09"] {
        let out = run(dir.path(), &["--lang", "zh", "submitted", date]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let log = stdout(&run(dir.path(), &["log"]));
    let heads: Vec<&str> = (log.lines()).filter(|l| l.contains("#")).collect();
    assert_eq!(
        heads,
        [
            "2026-10-20        #1 提交注销申请（已更正为 2026-10-09）",
            "2026-10-09        #2 提交注销申请（更正 2026-10-20）",
        ],
        "{log}"
    );
    let json = run(dir.path(), &["log", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let events: Vec<_> = (all.as_array().unwrap().iter())
        .filter(|e| e["type"] == "event")
        .map(|e| {
            (
                e["id"].clone(),
                e["replaces"].clone(),
                e["corrected_to"].clone(),
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            (1.into(), serde_json::Value::Null, "2026-10-09".into()),
            (2.into(), "2026-10-20".into(), serde_json::Value::Null),
        ]
    );
    let zh = stdout(&run(dir.path(), &["export"]));
    assert!(
        zh.contains("\n- 2026-10-20 · 提交注销申请（已更正为 2026-10-09）\n"),
        "{zh}"
    );
    assert!(
        zh.contains("\n- 2026-10-09 · 提交注销申请（更正 2026-10-20）\n"),
        "{zh}"
    );
    assert!(
        zh.contains("\n- 在 App 内提交注销申请：2026年10月9日\n"),
        "{zh}"
    );
    assert!(
        !zh.contains("2026年10月20日"),
        "the letter names the current date only: {zh}"
    );
    let en = stdout(&run(dir.path(), &["--lang", "en", "export"]));
    assert!(
        en.contains("\n- 2026-10-20 · request submitted (corrected to 2026-10-09)\n"),
        "{en}"
    );
    assert!(
        en.contains("\n- 2026-10-09 · request submitted (corrects 2026-10-20)\n"),
        "{en}"
    );
}
