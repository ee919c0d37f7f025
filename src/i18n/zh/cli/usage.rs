//! A refused command line's message in Chinese.

use crate::i18n::cli::Usage;

pub(super) const USAGE: Usage = Usage {
    // --- names
    unknown_command: |name| format!("没有 {name} 这个命令"),
    unknown_option_of: |option, command| format!("{command} 命令没有 {option} 这个选项"),
    unknown_option: |option| format!("没有 {option} 这个选项"),
    unexpected: |value| format!("多余的参数 {value}"),
    // --- values
    invalid_value: |option, value, expected| format!("{option} 的值 {value} 无效：应为 {expected}"),
    missing_value: |option| format!("{option} 后面需要一个值"),
    bad_date: |value| format!("{value} 不是有效的日期：请按 YYYY-MM-DD 填写，例如 2026-11-28"),
    not_utf8: "参数不是有效的 UTF-8 文本",
    // --- combinations
    conflict: |option, other| format!("{option} 不能与 {other} 同时使用"),
    wizard_option: |option, command| {
        format!("{option} 只用于向导（不带命令运行 xhs-cancel），不能用于 {command}")
    },
    missing_date: "submitted 需要一个日期（YYYY-MM-DD），或 --clear",
    yes_without_clear: "--yes 只能与 --clear 一起使用",
    date_and_clear: "日期和 --clear 只能二选一",
    missing_shell: "completions 需要指定 shell：bash、zsh、fish、powershell 或 elvish",
    cooling_off_missing: |max| format!("cooling-off 需要天数（0 到 {max}），或 --clear"),
    cooling_off_bad_days: |typed, max| {
        format!("{typed} 不是有效的冷静期：请填写 0 到 {max} 之间的整数天数，例如 7")
    },
};
