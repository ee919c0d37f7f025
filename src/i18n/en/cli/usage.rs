//! A refused command line's message in English.

use crate::i18n::cli::Usage;

pub(super) const USAGE: Usage = Usage {
    // --- names
    unknown_command: |name| format!("unknown command {name}"),
    unknown_option_of: |option, command| format!("{option} is not an option of {command}"),
    unknown_option: |option| format!("unknown option {option}"),
    unexpected: |value| format!("unexpected argument {value}"),
    // --- values
    invalid_value: |option, value, expected| {
        format!("invalid value {value} for {option}: expected {expected}")
    },
    missing_value: |option| format!("{option} needs a value"),
    bad_date: |value| {
        format!("{value} is not a date: write it as YYYY-MM-DD, for example 2026-11-28")
    },
    not_utf8: "an argument is not valid UTF-8",
    // --- combinations
    conflict: |option, other| format!("{option} cannot be used with {other}"),
    wizard_option: |option, command| {
        format!("{option} belongs to the wizard (xhs-cancel without a command), not to {command}")
    },
    missing_date: "submitted needs a date (YYYY-MM-DD) or --clear",
    yes_without_clear: "--yes goes with --clear only",
    date_and_clear: "give either a date or --clear, not both",
    missing_shell: "completions needs a shell: bash, zsh, fish, powershell or elvish",
    cooling_off_missing: |max| {
        format!("cooling-off needs a number of days (0 to {max}) or --clear")
    },
    cooling_off_bad_days: |typed, max| {
        format!(
            "{typed} is not a cooling-off length: give a whole number of days from 0 to {max}, for example 7"
        )
    },
};
