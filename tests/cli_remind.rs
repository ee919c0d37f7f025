//! `remind` and `cooling-off` through the real binary: the refusal without a submission date,
//! the file's mode, standard output, refused names, and each refused cooling-off length.

use std::path::Path;

mod common;

use common::{stderr, stdout};

use common::run_in as run;

/// A data folder with the submission recorded on 2026-09-28.
fn submitted() -> tempfile::TempDir {
    let dir = common::temp_dir("remind-");
    let output = run(dir.path(), &["submitted", "2026-09-28"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    dir
}

#[test]
fn remind_without_a_submission_date_says_how_to_record_one() {
    let dir = common::temp_dir("remind-");
    let data = dir.path().join("data");
    let file = dir.path().join("r.ics");
    for lang in ["en", "zh"] {
        let output = run(
            &data,
            &["--lang", lang, "remind", "-o", file.to_str().unwrap()],
        );
        assert_eq!(output.status.code(), Some(2));
        let message = stderr(&output);
        let expected = match lang {
            "en" => "run xhs-cancel submitted YYYY-MM-DD first",
            _ => "先运行 xhs-cancel submitted YYYY-MM-DD",
        };
        assert!(message.contains(expected), "{message}");
        assert!(output.stdout.is_empty());
    }
    assert!(!file.exists(), "no file written");
    assert!(!data.exists(), "no data folder created");
}

#[cfg(unix)]
#[test]
fn remind_writes_an_owner_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = submitted();
    let file = dir.path().join("reminders.ics");
    let output = run(dir.path(), &["remind", "-o", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("UID:deadline-2026-09-28@xhs-cancel\r\n"),
        "{text}"
    );
    assert!(text.contains("DTSTART;VALUE=DATE:20261023\r\n"), "{text}");
}

#[test]
fn remind_to_standard_output_with_a_dash_in_the_language_asked() {
    let dir = submitted();
    let output = run(dir.path(), &["--lang", "zh", "remind", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(
        text.contains("SUMMARY:小红书注销：查看审核进度\r\n"),
        "{text}"
    );
    assert!(!text.contains("cooling-off-"), "no length recorded");
    // Submitted on 2026-09-28: its limit, 2026-10-23, is behind us, and the file says only what was.
    assert_eq!(
        stderr(&output),
        "注意：审核时限 2026-10-23 已经过去，文件里的日期都在今天之前，只能当作记录；可以用 xhs-cancel export 生成投诉信草稿。\n"
    );
}

#[test]
fn remind_refuses_to_replace_the_session() {
    let dir = submitted();
    let session = dir.path().join("session.toml");
    let before = std::fs::read(&session).unwrap();
    let output = run(dir.path(), &["remind", "-o", session.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!(
            "error: {} is one of xhs-cancel's own files; xhs-cancel remind never replaces it: choose another name\n",
            session.display()
        )
    );
    assert_eq!(std::fs::read(&session).unwrap(), before);
}

#[test]
fn cooling_off_is_recorded_used_and_cleared() {
    let dir = submitted();
    let output = run(dir.path(), &["cooling-off", "7"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Cooling-off period recorded: 7 days, which ended on 2026-10-05; xhs-cancel remind writes calendar reminders.\n"
    );
    let saved = std::fs::read_to_string(dir.path().join("session.toml")).unwrap();
    assert!(saved.contains("cooling_off_days = 7"), "{saved}");
    let ics = stdout(&run(dir.path(), &["remind"]));
    assert!(ics.contains("UID:cooling-off-2026-09-28@xhs-cancel\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20261005\r\n"));
    let line = "Cooling-off: 7 days (as the app showed), ended on 2026-10-05";
    let status = stdout(&run(dir.path(), &["status"]));
    assert!(status.lines().any(|l| l == line), "{status}");
    let export = stdout(&run(dir.path(), &["export"]));
    assert!(export.contains(&format!("- {line}\n")), "{export}");
    let line = "冷静期：7 天（App 显示），已于 2026-10-05 结束";
    let status = stdout(&run(dir.path(), &["--lang", "zh", "status"]));
    assert!(status.lines().any(|l| l == line), "{status}");
    let output = run(dir.path(), &["cooling-off", "--clear"]);
    assert_eq!(stdout(&output), "Cooling-off length removed.\n");
    let saved = std::fs::read_to_string(dir.path().join("session.toml")).unwrap();
    assert!(!saved.contains("cooling_off_days"), "{saved}");
}

#[test]
fn a_cooling_off_still_running_says_when_it_ends_and_not_to_log_in() {
    let dir = common::temp_dir("remind-");
    let today = xhs_cancel::session::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    let ends = today.checked_add(jiff::Span::new().days(7)).unwrap();
    let output = run(dir.path(), &["submitted", &today.to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = run(dir.path(), &["--lang", "zh", "cooling-off", "7"]);
    assert_eq!(
        stdout(&output),
        format!("已记录冷静期 7 天，到 {ends} 结束；xhs-cancel remind 可生成日历提醒。\n")
    );
    let status = stdout(&run(dir.path(), &["--lang", "en", "status"]));
    let line =
        format!("Cooling-off: 7 days (as the app showed), ends {ends}; do not log in until then");
    assert!(status.lines().any(|l| l == line), "{status}");
    let status = stdout(&run(dir.path(), &["--lang", "zh", "status"]));
    let line = format!("冷静期：7 天（App 显示），到 {ends} 结束；其间不要登录");
    assert!(status.lines().any(|l| l == line), "{status}");
}

#[test]
fn a_cooling_off_of_one_day_is_one_day_not_one_days() {
    let dir = submitted();
    let output = run(dir.path(), &["cooling-off", "1"]);
    assert_eq!(
        stdout(&output),
        "Cooling-off period recorded: 1 day, which ended on 2026-09-29; xhs-cancel remind writes calendar reminders.\n"
    );
    let status = stdout(&run(dir.path(), &["status"]));
    assert!(
        status.contains("Cooling-off: 1 day (as the app showed)"),
        "{status}"
    );
    let ics = stdout(&run(dir.path(), &["remind"])).replace("\r\n ", "");
    assert!(
        ics.contains("a cooling-off period of 1 day\\, which"),
        "{ics}"
    );
}

#[test]
fn cooling_off_refusals_exit_2_and_change_nothing() {
    let dir = submitted();
    let session = dir.path().join("session.toml");
    let before = std::fs::read(&session).unwrap();
    let cases: [(&[&str], &str); 4] = [
        (
            &["cooling-off", "367"],
            "error: \"367\" is not a cooling-off length: give a whole number of days from 0 to 366",
        ),
        (
            &["cooling-off", "--", "-3"],
            "error: \"-3\" is not a cooling-off length",
        ),
        (
            &["cooling-off"],
            "error: cooling-off needs a number of days (0 to 366) or --clear",
        ),
        (
            &["--lang", "zh", "cooling-off", "七"],
            "错误：\"七\" 不是有效的冷静期",
        ),
    ];
    for (args, expected) in cases {
        let output = run(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).starts_with(expected),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert_eq!(std::fs::read(&session).unwrap(), before);
}

#[test]
fn cooling_off_without_a_submission_date_is_refused_and_creates_nothing() {
    let dir = common::temp_dir("remind-");
    let data = dir.path().join("data");
    let output = run(&data, &["cooling-off", "7"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no submission date is recorded"));
    let output = run(&data, &["--lang", "zh", "cooling-off", "7"]);
    assert_eq!(
        stderr(&output),
        "错误：还没有记录提交注销申请的日期，无从起算：先运行 xhs-cancel submitted YYYY-MM-DD\
         （你在 App 里提交的那一天），或在向导的注销阶段确认提交一步\n",
        "the words fit cooling-off as well as remind"
    );
    assert!(!data.exists());
}

#[test]
fn forget_removes_reminder_files_in_the_data_folder() {
    let dir = submitted();
    let ours = dir.path().join("xhs-cancel-reminders-20261129-193000.ics");
    let theirs = dir.path().join("reminders.ics");
    for file in [&ours, &theirs] {
        let output = run(dir.path(), &["remind", "-o", file.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let output = run(dir.path(), &["forget", "--yes"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!ours.exists(), "{}", stdout(&output));
    assert!(theirs.exists(), "a name of the person's own is left alone");
}

#[test]
fn export_to_addresses_the_letter_and_refuses_other_channels() {
    let dir = submitted();
    let output = run(dir.path(), &["export", "--to", "miit"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.contains("\n致工业和信息化部电信用户申诉受理中心：\n"),
        "{report}"
    );
    assert!(
        report.contains("\nTo: the MIIT Telecom User Complaint Center"),
        "{report}"
    );
    let default = stdout(&run(dir.path(), &["export"]));
    assert!(default.contains("\n致小红书平台个人信息保护负责人及客服部门：\n"));
    for (lang, expected) in [
        (
            "en",
            "error: invalid value \"court\" for --to: expected platform, 12321, 12315, miit or cac\n",
        ),
        (
            "zh",
            "错误：--to 的值 \"court\" 无效：应为 platform、12321、12315、miit 或 cac\n",
        ),
    ] {
        let output = run(dir.path(), &["--lang", lang, "export", "--to", "court"]);
        assert_eq!(output.status.code(), Some(2));
        assert!(stderr(&output).starts_with(expected), "{}", stderr(&output));
    }
}

/// Records a `kind` event on `on` in `dir` through `log add`.
fn log(dir: &Path, kind: &str, on: &str) {
    let output = run(dir, &["log", "add", kind, "--date", on]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_recorded_outcome_stops_status_export_and_remind() {
    let dir = submitted();
    let status = stdout(&run(dir.path(), &["--lang", "en", "status"]));
    assert!(status.contains("OVERDUE"), "overdue before: {status}");
    log(dir.path(), "gone", "2026-11-20");
    let status = stdout(&run(dir.path(), &["--lang", "en", "status"]));
    assert!(!status.contains("OVERDUE"), "{status}");
    assert!(
        status.contains("Review clock: submitted 2026-09-28; deletion confirmed complete on 2026-11-20 (recorded), after 53 days, "),
        "{status}"
    );
    assert!(!status.contains("complaint letter"), "{status}");
    let md = stdout(&run(dir.path(), &["--lang", "en", "export"]));
    assert!(!md.contains("Complaint letter draft"), "{md}");
    assert!(!md.contains("past the limit"), "{md}");
    assert!(
        md.contains("- Status: deletion confirmed complete on 2026-11-20 (recorded)"),
        "{md}"
    );
    let json = stdout(&run(dir.path(), &["export", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["outcome"],
        serde_json::json!({"kind": "gone", "on": "2026-11-20"})
    );
    assert_eq!(v["review"]["overdue"], false);
    assert_eq!(v["version"], 2);
    let output = run(dir.path(), &["--lang", "en", "remind"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: the review has ended (deletion confirmed complete on 2026-11-20 (recorded)), so there is nothing to remind you of. If you submitted a new request, record its date first: xhs-cancel submitted YYYY-MM-DD\n"
    );
    let zh = stderr(&run(dir.path(), &["--lang", "zh", "remind"]));
    assert!(
        zh.contains("审核已经结束（已于 2026-11-20 确认注销完成（已记录））"),
        "{zh}"
    );
}

#[test]
fn a_cancel_ends_the_review_until_a_new_submission_starts_another() {
    let dir = submitted();
    log(dir.path(), "cancelled", "2026-10-01");
    let status = stdout(&run(dir.path(), &["--lang", "en", "status"]));
    assert!(
        status.contains("request cancelled on 2026-10-01 (recorded)"),
        "{status}"
    );
    assert!(!status.contains("OVERDUE"), "{status}");
    let output = run(dir.path(), &["submitted", "2026-10-08"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let status = stdout(&run(dir.path(), &["--lang", "en", "status"]));
    assert!(status.contains("OVERDUE"), "a new review runs: {status}");
    let md = stdout(&run(dir.path(), &["--lang", "en", "export"]));
    assert!(md.contains("Complaint letter draft"), "{md}");
    let output = run(dir.path(), &["remind", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}
