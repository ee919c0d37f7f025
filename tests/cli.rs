//! The commands through the real binary: status, export, check, submitted, forget, and
//! closed pipes (help, usage errors and the man page: `cli_help.rs`).

use std::path::Path;
use std::process::Stdio;

mod common;

use common::{run_in as run, stderr, stdout};

#[test]
fn status_and_export_refuse_a_damaged_session_and_leave_it_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::write(&path, "version = 1\nlang = 7\n").unwrap();
    for args in [&["status"][..], &["export", "--format", "json"][..]] {
        let output = run(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        let expected = format!(
            "error: {}:2:8: wanted string or table (left as it is; run xhs-cancel to restore the backup or start fresh)\n",
            path.display()
        );
        assert!(message.starts_with(&expected), "{message}");
        assert!(output.stdout.is_empty());
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "version = 1\nlang = 7\n"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing moved or added"
    );
}

#[test]
fn a_session_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("session.toml"),
        "version = 4\nnew_field = true\n",
    )
    .unwrap();
    let output = run(dir.path(), &["status"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("written by a newer xhs-cancel"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn export_without_a_session_writes_the_json_schema() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let output = run(
        dir.path(),
        &["export", "--format", "json", "-o", out.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the report is the owner's alone");
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(json["version"], xhs_cancel::report::JSON_VERSION);
    assert!(
        json["session"].is_null(),
        "scripts can tell nothing is saved"
    );
    assert_eq!(json["stages"].as_array().unwrap().len(), 5);
    assert!(json["review"].is_null());
}

#[test]
fn forget_asks_first_and_removes_everything_with_yes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    for name in [
        "session.toml",
        "session.toml.bak",
        "session.toml.archive-20261128T093000Z",
    ] {
        std::fs::write(data.join(name), "version = 1\n").unwrap();
    }
    let output = run(&data, &["forget"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "without a terminal it will not ask"
    );
    assert_eq!(
        stderr(&output),
        "error: forget asks before it removes anything: run it in a terminal, or pass --yes\n"
    );
    assert!(data.join("session.toml").exists());
    let output = run(&data, &["forget", "--yes"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let d = data.display();
    assert_eq!(
        stdout(&output),
        format!(
            "removed {d}/session.toml\n\
             removed {d}/session.toml.archive-20261128T093000Z\n\
             removed {d}/session.toml.bak\n\
             removed {d}/session.lock\n\
             removed {d}\n\
             Only the files listed above were removed. Files written with -o, and reports and reminder files in other folders, are not touched and still hold your records; delete them yourself if you want them gone.\n"
        )
    );
    assert!(!data.exists(), "the folder went with its files");
    assert!(dir.path().exists(), "nothing outside the data folder");
}

#[test]
fn the_wizard_needs_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("needs a terminal"),
        "{}",
        stderr(&output)
    );
}

/// Today in UTC, as the binary sees it with `TZ=UTC`.
fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
}

fn deadline(date: jiff::civil::Date) -> jiff::civil::Date {
    let checklist = xhs_cancel::checklist::Checklist::builtin().unwrap();
    xhs_cancel::calendar::ReviewClock::new(&checklist.calendar, date, today()).deadline
}

fn saved(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("session.toml")).unwrap()
}

#[test]
fn submitted_records_a_past_date_and_prints_the_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["submitted", "2026-11-02"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // The first line; a second one says the count is provisional once it reaches a year
    // without a published notice (run after 2026).
    assert_eq!(
        stdout(&output).lines().next().unwrap(),
        format!(
            "Submission date recorded: 2026-11-02; the 15-working-day review limit ends on {}.",
            deadline(jiff::civil::date(2026, 11, 2))
        )
    );
    let session = saved(dir.path());
    assert!(session.contains("submitted_on = 2026-11-02\n"), "{session}");
    assert!(
        session.contains("[confirmed.deletion]\nsubmit = "),
        "{session}"
    );

    // Corrected later: the new day replaces the old one.
    let output = run(dir.path(), &["--lang", "zh", "submitted", "2026-11-03"]);
    assert_eq!(
        stdout(&output).lines().next().unwrap(),
        format!(
            "已记录提交日期 2026-11-03；15 个工作日的审核时限到 {} 为止。",
            deadline(jiff::civil::date(2026, 11, 3))
        )
    );
    assert!(saved(dir.path()).contains("submitted_on = 2026-11-03\n"));
}

#[test]
fn submitted_says_when_the_count_rests_on_a_year_without_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let checklists = dir.path().join("checklists");
    std::fs::create_dir(&checklists).unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists");
    for entry in std::fs::read_dir(&shipped).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, checklists.join(path.file_name().unwrap())).unwrap();
    }
    // The calendar without its 2026 notice: 2026 is counted on the statutory holidays alone.
    let calendar = std::fs::read_to_string(checklists.join("calendar.toml")).unwrap();
    let without_2026 = calendar.split("[[years]]\nyear = 2026").next().unwrap();
    std::fs::write(checklists.join("calendar.toml"), without_2026).unwrap();
    let data = dir.path().join("data");
    let args = [
        "--checklists",
        checklists.to_str().unwrap(),
        "submitted",
        "2026-11-02",
    ];
    let output = run(&data, &args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lines: Vec<String> = stdout(&output).lines().map(String::from).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[1].contains("2026"), "names the year: {lines:?}");
}

#[test]
fn submitted_accepts_today_and_refuses_tomorrow() {
    let dir = tempfile::tempdir().unwrap();
    let today = today();
    let output = run(dir.path(), &["submitted", &today.to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(saved(dir.path()).contains(&format!("submitted_on = {today}\n")));

    let tomorrow = today.tomorrow().unwrap();
    let output = run(dir.path(), &["submitted", &tomorrow.to_string()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!(
            "error: \"{tomorrow}\" is after today ({today}): give the day you submitted the request in the app\n"
        )
    );
    assert!(
        saved(dir.path()).contains(&format!("submitted_on = {today}\n")),
        "unchanged"
    );
}

#[test]
fn submitted_refuses_a_day_before_xiaohongshu_existed() {
    let dir = tempfile::tempdir().unwrap();
    for day in ["0000-01-01", "1900-01-01", "2012-12-31"] {
        let output = run(dir.path(), &["submitted", day]);
        assert_eq!(output.status.code(), Some(2), "{day}");
        assert_eq!(
            stderr(&output),
            format!(
                "error: \"{day}\" is too early: Xiaohongshu started in 2013; give the day you submitted the request in the app\n"
            )
        );
    }
    assert!(!dir.path().join("session.toml").exists());
    let output = run(dir.path(), &["submitted", "2013-01-01"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn submitted_refuses_a_malformed_date_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["submitted", "2026-13-01"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: \"2026-13-01\" is not a date: write it as YYYY-MM-DD, for example 2026-11-28\n\
         Try 'xhs-cancel submitted --help'.\n"
    );
    let output = run(dir.path(), &["--lang", "zh", "submitted"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "错误：submitted 需要一个日期（YYYY-MM-DD），或 --clear\n运行 xhs-cancel submitted --help 查看用法。\n"
    );
    assert!(!dir.path().join("session.toml").exists());
}

#[test]
fn submitted_clear_asks_or_takes_yes() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["submitted", "2026-11-02"]);
    let output = run(dir.path(), &["submitted", "--clear"]);
    assert_eq!(output.status.code(), Some(2), "no terminal to ask on");
    assert_eq!(
        stderr(&output),
        "error: submitted --clear asks before it removes anything: run it in a terminal, or pass --yes\n"
    );
    assert!(saved(dir.path()).contains("submitted_on"));

    let output = run(dir.path(), &["submitted", "--clear", "--yes"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Submission date removed; the submit step is marked not done again.\n"
    );
    let session = saved(dir.path());
    assert!(!session.contains("submitted_on"), "{session}");
    assert!(!session.contains("submit = "), "{session}");

    let output = run(dir.path(), &["submitted", "--clear", "--yes"]);
    assert_eq!(
        stdout(&output),
        "No submission date is recorded; nothing changed.\n"
    );
}

#[test]
fn wizard_options_are_refused_by_other_commands() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["--mouse", "status"][..], &["status", "--mouse"][..]] {
        let output = run(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr(&output),
            "error: --mouse belongs to the wizard (xhs-cancel without a command), not to status\n\
             Try 'xhs-cancel status --help'.\n"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn status_and_export_without_a_session_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    let output = run(dir.path(), &["status"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!("No saved session in {d}; run xhs-cancel to start.\n")
    );
    let output = run(dir.path(), &["--lang", "zh", "status"]);
    assert_eq!(
        stdout(&output),
        format!("在 {d} 中没有保存的进度；运行 xhs-cancel 开始。\n")
    );
    let output = run(dir.path(), &["export"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).ends_with(&format!(
            ": progress report\n\nNo saved session in {d}; run xhs-cancel to start.\n"
        )),
        "{}",
        stdout(&output)
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing created"
    );
}

#[test]
fn export_names_the_session_file_when_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["submitted", "2026-11-02"]);
    let output = run(dir.path(), &["export", "--format", "json", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let file = dir.path().join("session.toml");
    assert_eq!(json["session"]["file"], file.to_str().unwrap());
    assert_eq!(json["review"]["submitted_on"], "2026-11-02");
}

#[test]
fn export_replaces_an_existing_file_whole_and_private() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    std::fs::write(
        &out,
        "an older, longer report that must not survive in part\n".repeat(200),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let output = run(dir.path(), &["export", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Xiaohongshu"), "{text}");
    assert!(!text.contains("older"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        names,
        vec![std::ffi::OsString::from("report.md")],
        "no temporary file left"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["submitted", "2026-11-02"]);
    for args in [
        &["status"][..],
        &["--help"][..],
        &["export", "--format", "json"][..],
        &["completions", "bash"][..],
        &["man"][..],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = common::binary()
            .args(args)
            .env("XHS_CANCEL_DATA_DIR", dir.path())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let code = output.status.code();
        assert!(matches!(code, Some(0 | 1)), "{args:?}: {code:?}");
        assert!(
            !stderr(&output).contains("panicked"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn plurals_in_status() {
    let dir = tempfile::tempdir().unwrap();
    let yesterday = today().yesterday().unwrap();
    run(dir.path(), &["submitted", &yesterday.to_string()]);
    let status = stdout(&run(dir.path(), &["status"]));
    assert!(
        status.contains(&format!("submitted {yesterday}; 1 day, ")),
        "{status}"
    );
    assert!(!status.contains(" 1 days"), "{status}");
    assert!(!status.contains(" 1 working days"), "{status}");
}

#[test]
fn export_never_writes_over_the_programs_own_files() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["submitted", "2026-11-02"]);
    let session = std::fs::read(dir.path().join("session.toml")).unwrap();
    for name in ["session.toml", "session.toml.bak", "session.lock"] {
        let target = dir.path().join(name);
        let output = run(dir.path(), &["export", "-o", target.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        assert_eq!(
            stderr(&output),
            format!(
                "error: {} is one of xhs-cancel's own files; xhs-cancel export never replaces it: choose another name\n",
                target.display()
            )
        );
    }
    assert_eq!(
        std::fs::read(dir.path().join("session.toml")).unwrap(),
        session
    );
    // Another data folder's session is refused too.
    let other = tempfile::tempdir().unwrap();
    let target = dir.path().join("session.toml");
    let output = run(other.path(), &["export", "-o", target.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(std::fs::read(&target).unwrap(), session);
}

#[test]
fn new_keeps_a_copy_of_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["submitted", "2026-11-02"]);
    run(dir.path(), &["submitted", "2026-11-03"]);
    let backup = std::fs::read(dir.path().join("session.toml.bak")).unwrap();
    let mut store = xhs_cancel::store::Store::open(dir.path()).unwrap();
    store.archive().unwrap().expect("a session to archive");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("session.toml.bak.archive-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), backup);
}

#[test]
fn forget_on_a_data_folder_that_is_a_file_is_an_error_not_nothing_to_forget() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data");
    std::fs::write(&file, "not a folder").unwrap();
    let output = run(&file, &["forget", "--yes"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("error: "),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder");
}

#[test]
fn export_to_a_bare_file_name_writes_it_in_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::binary()
        .current_dir(dir.path())
        .env("XHS_CANCEL_DATA_DIR", dir.path().join("data"))
        .args(["export", "-o", "report.md"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = std::fs::read_to_string(dir.path().join("report.md")).unwrap();
    assert!(report.starts_with('#'), "{report}");
}

/// The temporary file goes beside the target, not into the current folder: a current folder
/// that is gone does not matter.
#[cfg(unix)]
#[test]
fn export_writes_beside_its_target_whatever_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone");
    std::fs::create_dir(&gone).unwrap();
    let target = dir.path().join("report.md");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg("cd \"$1\" && rmdir \"$1\" && exec \"$2\" export -o \"$3\"")
        .arg("sh")
        .arg(&gone)
        .arg(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg(&target)
        .env("XHS_CANCEL_DATA_DIR", dir.path().join("data"))
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(target.is_file());
}
