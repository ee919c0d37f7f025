//! Parsing: what each command line means, and how each refusal is classified.

use super::*;

fn parse_words(words: &str) -> Result<Parsed, UsageError> {
    parse(words.split_whitespace().map(OsString::from), Lang::En)
}

fn run(words: &str) -> Cli {
    match parse_words(words) {
        Ok(Parsed::Run(cli)) => cli,
        other => panic!("{words:?} gave {other:?}"),
    }
}

fn refused(words: &str) -> UsageError {
    match parse_words(words) {
        Err(e) => e,
        other => panic!("{words:?} gave {other:?}"),
    }
}

#[test]
fn options_come_before_or_after_the_command() {
    let cli = run("--lang en status --data-dir /tmp/x");
    assert_eq!(cli.lang, Some(Lang::En));
    assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
    assert_eq!(cli.command, Some(Command::Status));
    let cli = run("export -o r.json --format=json");
    assert_eq!(
        cli.command,
        Some(Command::Export {
            format: Format::Json,
            output: Output::File(PathBuf::from("r.json")),
            to: None,
        })
    );
    assert_eq!(
        run("check dir --lang zh").command,
        Some(Command::Check {
            dir: Some(PathBuf::from("dir"))
        })
    );
    assert_eq!(
        run("forget --yes").command,
        Some(Command::Forget { yes: true })
    );
    let cli = run("--new --mouse --ascii --checklists c");
    assert!(cli.new && cli.mouse && cli.ascii && cli.command.is_none());
    assert_eq!(cli.checklists, Some(PathBuf::from("c")));
}

#[test]
fn export_writes_to_standard_output_without_o_or_with_a_dash() {
    let stdout = Some(Command::Export {
        format: Format::Markdown,
        output: Output::Stdout,
        to: None,
    });
    assert_eq!(run("export").command, stdout);
    assert_eq!(run("export -o -").command, stdout);
}

#[test]
fn submitted_takes_a_date_or_clear() {
    let on = |words| match run(words).command {
        Some(Command::Submitted(what)) => what,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        on("submitted 2026-11-20"),
        Submitted::On(jiff::civil::date(2026, 11, 20))
    );
    assert_eq!(on("submitted --clear"), Submitted::Clear { yes: false });
    assert_eq!(
        on("submitted --clear --yes"),
        Submitted::Clear { yes: true }
    );
    for bad in [
        "2026-13-01",
        "2026-1-1",
        "+002026-11-20",
        "yesterday",
        "2026-02-30",
    ] {
        assert_eq!(
            refused(&format!("submitted {bad}")),
            UsageError::BadDate { value: bad.into() },
            "{bad}"
        );
    }
    assert_eq!(refused("submitted"), UsageError::MissingDate);
    assert_eq!(refused("submitted --yes"), UsageError::MissingDate);
    assert_eq!(
        refused("submitted 2026-11-20 --yes"),
        UsageError::YesWithoutClear
    );
    assert_eq!(
        refused("submitted 2026-11-20 --clear"),
        UsageError::DateAndClear
    );
}

#[test]
fn a_mistyped_command_or_option_names_the_nearest_one() {
    assert_eq!(
        refused("stauts"),
        UsageError::UnknownCommand {
            name: "stauts".into(),
            suggestion: Some("status".into())
        }
    );
    assert_eq!(
        refused("export --fromat json"),
        UsageError::UnknownOption {
            option: "--fromat".into(),
            command: Some("export"),
            suggestion: Some("--format".into())
        }
    );
    assert_eq!(
        refused("status --yes"),
        UsageError::UnknownOption {
            option: "--yes".into(),
            command: Some("status"),
            suggestion: None
        }
    );
}

#[test]
fn wizard_options_are_refused_by_other_commands_wherever_they_stand() {
    for words in ["--mouse status", "status --mouse"] {
        assert_eq!(
            refused(words),
            UsageError::WizardOption {
                option: "--mouse",
                command: "status"
            },
            "{words}"
        );
    }
    assert_eq!(
        refused("--new export"),
        UsageError::WizardOption {
            option: "--new",
            command: "export"
        }
    );
    assert_eq!(
        refused("forget --ascii"),
        UsageError::WizardOption {
            option: "--ascii",
            command: "forget"
        }
    );
}

#[test]
fn bad_values_and_words_are_classified() {
    assert_eq!(
        refused("--lang fr"),
        UsageError::InvalidValue {
            option: "--lang".into(),
            value: "fr".into(),
            expected: vec!["zh".into(), "en".into()]
        }
    );
    assert_eq!(
        refused("--data-dir"),
        UsageError::MissingValue {
            option: "--data-dir".into()
        }
    );
    assert_eq!(
        refused("status now"),
        UsageError::Unexpected {
            value: "now".into()
        }
    );
    assert_eq!(refused("completions"), UsageError::MissingShell);
}

#[test]
fn help_and_version_print_in_the_language_asked() {
    let help = |words: &str, lang| match parse(words.split_whitespace().map(OsString::from), lang) {
        Ok(Parsed::Print(text)) => text,
        other => panic!("{other:?}"),
    };
    assert!(help("--help", Lang::En).contains("\nUsage: xhs-cancel [OPTIONS] [COMMAND]\n"));
    assert!(help("-h", Lang::Zh).contains("\n用法：xhs-cancel [选项] [命令]\n"));
    assert!(help("status --help", Lang::Zh).contains("用法：xhs-cancel status [选项]"));
    let version = format!("xhs-cancel {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(help("-V", Lang::En), version);
}

#[test]
fn option_values_are_found_before_parsing() {
    let args: Vec<OsString> = [
        "status",
        "--lang=zh",
        "--data-dir",
        "d",
        "--",
        "--lang",
        "en",
    ]
    .map(OsString::from)
    .into();
    assert_eq!(option_value(&args, "lang"), Some("zh".into()));
    assert_eq!(option_value(&args, "data-dir"), Some("d".into()));
    assert_eq!(option_value(&args, "checklists"), None);
}
