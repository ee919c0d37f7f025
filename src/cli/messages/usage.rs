//! A refused command line, worded in the person's language with what was meant where it can tell.

use super::{pick, quoted, remind};
use crate::cli::args::UsageError;
use crate::text::{Lang, sanitize_line};

/// A refused command line, in `lang`.
pub fn usage(e: &UsageError, lang: Lang) -> String {
    use UsageError as U;
    let did_you_mean = |s: &Option<String>| match s {
        Some(s) => pick(
            lang,
            format!("；你是不是想输入 {}？", quoted(s)),
            format!("; did you mean {}?", quoted(s)),
        ),
        None => String::new(),
    };
    match e {
        U::UnknownCommand { name, suggestion } => {
            pick(
                lang,
                format!("没有 {} 这个命令", quoted(name)),
                format!("unknown command {}", quoted(name)),
            ) + &did_you_mean(suggestion)
        }
        U::UnknownOption {
            option,
            command: Some(command),
            suggestion,
        } => {
            pick(
                lang,
                format!("{command} 命令没有 {} 这个选项", quoted(option)),
                format!("{} is not an option of {command}", quoted(option)),
            ) + &did_you_mean(suggestion)
        }
        U::UnknownOption {
            option,
            command: None,
            suggestion,
        } => {
            pick(
                lang,
                format!("没有 {} 这个选项", quoted(option)),
                format!("unknown option {}", quoted(option)),
            ) + &did_you_mean(suggestion)
        }
        U::Unexpected { value } => pick(
            lang,
            format!("多余的参数 {}", quoted(value)),
            format!("unexpected argument {}", quoted(value)),
        ),
        U::InvalidValue {
            option,
            value,
            expected,
        } => {
            let expected = one_of(lang, expected);
            pick(
                lang,
                format!("{option} 的值 {} 无效：应为 {expected}", quoted(value)),
                format!(
                    "invalid value {} for {option}: expected {expected}",
                    quoted(value)
                ),
            )
        }
        U::MissingValue { option } => pick(
            lang,
            format!("{option} 后面需要一个值"),
            format!("{option} needs a value"),
        ),
        U::MissingDate => pick(
            lang,
            "submitted 需要一个日期（YYYY-MM-DD），或 --clear",
            "submitted needs a date (YYYY-MM-DD) or --clear",
        )
        .into(),
        U::YesWithoutClear => pick(
            lang,
            "--yes 只能与 --clear 一起使用",
            "--yes goes with --clear only",
        )
        .into(),
        U::DateAndClear => pick(
            lang,
            "日期和 --clear 只能二选一",
            "give either a date or --clear, not both",
        )
        .into(),
        U::MissingShell => pick(
            lang,
            "completions 需要指定 shell：bash、zsh、fish、powershell 或 elvish",
            "completions needs a shell: bash, zsh, fish, powershell or elvish",
        )
        .into(),
        U::Conflict { option, other } => pick(
            lang,
            format!("{} 不能与 {} 同时使用", quoted(option), quoted(other)),
            format!("{} cannot be used with {}", quoted(option), quoted(other)),
        ),
        U::WizardOption { option, command } => pick(
            lang,
            format!("{option} 只用于向导（不带命令运行 xhs-cancel），不能用于 {command}"),
            format!(
                "{option} belongs to the wizard (xhs-cancel without a command), not to {command}"
            ),
        ),
        U::BadDate { value } => pick(
            lang,
            format!(
                "{} 不是有效的日期：请按 YYYY-MM-DD 填写，例如 2026-11-28",
                quoted(value)
            ),
            format!(
                "{} is not a date: write it as YYYY-MM-DD, for example 2026-11-28",
                quoted(value)
            ),
        ),
        U::NotUtf8 => pick(
            lang,
            "参数不是有效的 UTF-8 文本",
            "an argument is not valid UTF-8",
        )
        .into(),
        U::CoolingOff(e) => remind::usage(e, lang),
        U::Other(text) => sanitize_line(text),
    }
}

/// `a, b or c` / `a、b 或 c`, each choice made safe for the terminal.
pub(in crate::cli) fn one_of(lang: Lang, choices: &[impl AsRef<str>]) -> String {
    let quoted: Vec<String> = choices.iter().map(|c| sanitize_line(c.as_ref())).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!(
            "{}{}{last}",
            rest.join(pick(lang, "、", ", ")),
            pick(lang, " 或 ", " or ")
        ),
    }
}
