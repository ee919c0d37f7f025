//! The command line's help through the real binary: per-command help, usage errors and typo
//! suggestions in both languages, required arguments, completions and the man page.

mod common;

use common::{run_env_in as run_env, run_in as run, stderr, stdout};

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
