//! The commands through the real binary: status, export, check, submitted, forget, help and
//! usage errors in both languages, completions, the man page, and closed pipes.

use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;

use common::{stderr, stdout};

/// The binary with the data folder `dir`, in UTC, with an English (C) locale unless `env` says
/// otherwise.
fn command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = common::binary();
    command
        .args(args)
        .env("XHS_CANCEL_DATA_DIR", dir)
        .envs(env.iter().copied());
    command
}

fn run(dir: &Path, args: &[&str]) -> Output {
    command(dir, args, &[]).output().unwrap()
}

fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    command(dir, args, env).output().unwrap()
}

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
    assert_eq!(
        stdout(&output),
        format!(
            "Submission date recorded: 2026-11-02; the 15-working-day review limit ends on {}.\n",
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
        stdout(&output),
        format!(
            "已记录提交日期 2026-11-03；15 个工作日的审核时限到 {} 为止。\n",
            deadline(jiff::civil::date(2026, 11, 3))
        )
    );
    assert!(saved(dir.path()).contains("submitted_on = 2026-11-03\n"));
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
fn help_is_chinese_for_lang_zh_a_chinese_locale_or_a_chinese_session() {
    let dir = tempfile::tempdir().unwrap();
    let en = stdout(&run(dir.path(), &["--help"]));
    assert!(
        en.starts_with("Delete a Xiaohongshu / RedNote account"),
        "{en}"
    );
    assert!(
        en.contains("\nUsage: xhs-cancel [OPTIONS] [COMMAND]\n"),
        "{en}"
    );
    let zh = stdout(&run(dir.path(), &["--lang", "zh", "--help"]));
    assert!(zh.starts_with("逐步注销小红书账号，全程离线。\n"), "{zh}");
    assert!(zh.contains("\n用法：xhs-cancel [选项] [命令]\n"), "{zh}");
    let locale = run_env(dir.path(), &["--help"], &[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(stdout(&locale), zh);
    let forced = run_env(
        dir.path(),
        &["--help", "--lang=en"],
        &[("LC_ALL", "zh_CN.UTF-8")],
    );
    assert_eq!(stdout(&forced), en);

    std::fs::write(
        dir.path().join("session.toml"),
        "version = 1\nlang = \"zh\"\nstage = \"reasons\"\n",
    )
    .unwrap();
    assert_eq!(
        stdout(&run(dir.path(), &["--help"])),
        zh,
        "the saved choice"
    );
}

#[test]
fn each_command_has_its_own_help() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["export", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    let help = stdout(&output);
    assert!(
        help.contains("\nUsage: xhs-cancel export [OPTIONS]\n"),
        "{help}"
    );
    assert!(help.contains("  -o, --output <FILE>"), "{help}");
    assert!(!help.contains("--mouse"), "{help}");
    let zh = stdout(&run(dir.path(), &["--lang", "zh", "export", "--help"]));
    assert!(zh.contains("\n用法：xhs-cancel export [选项]\n"), "{zh}");
    assert!(zh.contains("  -o, --output <文件>"), "{zh}");
}

#[test]
fn a_mistyped_command_suggests_the_nearest_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["stauts"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: unknown command \"stauts\"; did you mean \"status\"?\nTry 'xhs-cancel --help'.\n"
    );
    let output = run_env(dir.path(), &["stauts"], &[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "错误：没有 \"stauts\" 这个命令；你是不是想输入 \"status\"？\n运行 xhs-cancel --help 查看用法。\n"
    );
}

#[test]
fn a_usage_error_points_to_the_help_of_the_command_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str); 6] = [
        (
            &["log", "frob"],
            "error: unknown command \"frob\"\nTry 'xhs-cancel log --help'.\n",
        ),
        (
            &["log", "add", "note", "--frob"],
            "error: \"--frob\" is not an option of log add\nTry 'xhs-cancel log add --help'.\n",
        ),
        (
            &["log", "add"],
            "error: log add needs a kind: submitted, contacted, reply, complaint, cancelled, gone or note\n\
             Try 'xhs-cancel log add --help'.\n",
        ),
        (
            &["--lang", "zh", "log", "remove"],
            "错误：log remove 需要记录的编号；运行 xhs-cancel log 查看编号\n\
             运行 xhs-cancel log remove --help 查看用法。\n",
        ),
        (
            &["cooling-off", "-1"],
            "error: \"-1\" is not a cooling-off length: give a whole number of days from 0 to 366, for example 7\n\
             Try 'xhs-cancel cooling-off --help'.\n",
        ),
        (
            &["completions"],
            "error: completions needs a shell: bash, zsh, fish, powershell or elvish\n\
             Try 'xhs-cancel completions --help'.\n",
        ),
    ];
    for (args, expected) in cases {
        let output = run(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&output), expected, "{args:?}");
    }
    assert!(!dir.path().join("session.toml").exists());
}

/// The lines of `help` from the one that is `heading` to the next empty one.
fn help_section<'a>(help: &'a str, heading: &str) -> Vec<&'a str> {
    (help.lines())
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect()
}

#[test]
fn a_required_argument_is_shown_as_required_and_named_in_the_help_language() {
    let dir = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| stdout(&run(dir.path(), args));
    let cases: [(&[&str], &str, &str); 7] = [
        (
            &["log", "add", "--help"],
            "Usage: xhs-cancel log add <KIND> [OPTIONS]",
            "  <KIND>  ",
        ),
        (
            &["log", "remove", "--help"],
            "Usage: xhs-cancel log remove <ID> [OPTIONS]",
            "  <ID>  ",
        ),
        (
            &["submitted", "--help"],
            "Usage: xhs-cancel submitted <YYYY-MM-DD>",
            "  <YYYY-MM-DD>  ",
        ),
        (
            &["cooling-off", "--help"],
            "Usage: xhs-cancel cooling-off <DAYS>",
            "  <DAYS>  ",
        ),
        (
            &["completions", "--help"],
            "Usage: xhs-cancel completions <bash|zsh|fish|powershell|elvish> [OPTIONS]",
            "  <bash|zsh|fish|powershell|elvish>  ",
        ),
        (
            &["--lang", "zh", "log", "add", "--help"],
            "用法：xhs-cancel log add <类型> [选项]",
            "  <类型>  ",
        ),
        (
            &["--lang", "zh", "log", "remove", "--help"],
            "用法：xhs-cancel log remove <编号> [选项]",
            "  <编号>  ",
        ),
    ];
    for (args, usage, argument) in cases {
        let text = help(args);
        assert!(text.lines().any(|l| l == usage), "{args:?}:\n{text}");
        let arguments = help_section(
            &text,
            if args[0] == "--lang" {
                "参数："
            } else {
                "Arguments:"
            },
        );
        assert!(arguments[0].starts_with(argument), "{args:?}:\n{text}");
    }
    let zh = help(&["--lang", "zh", "log", "add", "--help"]);
    assert!(
        zh.contains("--to <渠道>") && zh.contains("--item <阶段/项>"),
        "{zh}"
    );
    assert!(!zh.contains("KIND") && !zh.contains("CHANNEL"), "{zh}");
}

#[test]
fn export_and_remind_word_their_output_option_alike() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        let output = |command| {
            let text = stdout(&run(dir.path(), &["--lang", lang, command, "--help"]));
            let at = text.find("-o, --output").unwrap();
            let lines: Vec<String> = (text[at..].lines())
                .take(2)
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            lines.join(" ")
        };
        assert_eq!(output("export"), output("remind"), "{lang}");
    }
}

#[test]
fn every_command_s_help_starts_with_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let commands = [
        "status",
        "export",
        "check",
        "submitted",
        "forget",
        "remind",
        "cooling-off",
        "completions",
        "man",
        "log",
    ];
    for command in commands {
        for lang in ["en", "zh"] {
            let text = stdout(&run(dir.path(), &["--lang", lang, command, "--help"]));
            let first = text.lines().next().unwrap();
            let paragraph: Vec<&str> = text.lines().take_while(|l| !l.is_empty()).collect();
            let last = paragraph.last().unwrap();
            match lang {
                "en" => assert!(first.starts_with(char::is_uppercase), "{command}: {first}"),
                _ => assert!(!first.starts_with(char::is_lowercase), "{command}: {first}"),
            }
            let ends = ['.', '。'].iter().any(|c| last.ends_with(*c));
            assert!(ends, "{command} {lang}: {last}");
        }
    }
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
        let output = command(dir.path(), args, &[])
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
fn completions_and_the_man_page() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["completions", "bash"]);
    assert_eq!(output.status.code(), Some(0));
    let script = stdout(&output);
    assert!(script.contains("xhs-cancel"), "{script}");
    assert!(script.contains("submitted"), "{script}");
    let output = run(dir.path(), &["man"]);
    assert_eq!(output.status.code(), Some(0));
    let page = stdout(&output);
    assert!(page.contains("\n.TH xhs-cancel 1"), "{page}");
    assert!(page.contains("\n.SH COMMANDS\n.SS status\n"), "{page}");
    assert!(page.contains("\n.SS submitted\n"), "{page}");
}

#[test]
fn the_man_page_has_a_one_line_name_a_description_and_the_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let page = stdout(&run(dir.path(), &["man"]));
    assert!(
        page.contains(
            "\n.SH NAME\nxhs\\-cancel \\- delete a Xiaohongshu / RedNote account, step by step, offline\n.SH SYNOPSIS\n"
        ),
        "{page}"
    );
    let description = page.split("\n.SH DESCRIPTION\n").nth(1).unwrap();
    assert!(description.starts_with("Delete a Xiaohongshu"), "{page}");
    assert!(
        page.ends_with(
            "\n.SH \"EXIT STATUS\"\nExit codes: 0 ok, 1 runtime error, 2 usage or invalid input,\n3 the session is open in another xhs\\-cancel.\n"
        ),
        "{page}"
    );
    assert!(
        page.contains("\n\\fB<YYYY\\-MM\\-DD>\\fR\n"),
        "a required argument: {page}"
    );
    let zh = stdout(&run(dir.path(), &["--lang", "zh", "man"]));
    assert!(
        zh.contains("\n.SH NAME\nxhs\\-cancel \\- 逐步注销小红书账号，全程离线\n"),
        "{zh}"
    );
    assert!(zh.contains("\n.SH 退出状态\n退出码："), "{zh}");
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
