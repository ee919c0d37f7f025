//! The shape of a refused command line's message (exit 2). Typed values reach it quoted.

/// A refused command line, by what was wrong with it.
pub struct Usage {
    // --- names
    /// A command `name` that does not exist.
    pub unknown_command: fn(name: &str) -> String,
    /// An `option` the `command` does not take.
    pub unknown_option_of: fn(option: &str, command: &str) -> String,
    /// An `option` no command takes.
    pub unknown_option: fn(option: &str) -> String,
    /// A word `value` where none was expected.
    pub unexpected: fn(value: &str) -> String,
    // --- values
    /// `value` for `option` is not one of `expected` (a list).
    pub invalid_value: fn(option: &str, value: &str, expected: &str) -> String,
    /// `option` without its value.
    pub missing_value: fn(option: &str) -> String,
    /// `value` is not a `YYYY-MM-DD` date (`submitted`, `log add --date`).
    pub bad_date: fn(value: &str) -> String,
    /// An argument that is not UTF-8.
    pub not_utf8: &'static str,
    // --- combinations
    /// `option` with `other`, which it excludes.
    pub conflict: fn(option: &str, other: &str) -> String,
    /// A wizard's `option` with `command`.
    pub wizard_option: fn(option: &str, command: &str) -> String,
    /// `submitted` without a date or `--clear`.
    pub missing_date: &'static str,
    /// `submitted --yes` without `--clear`.
    pub yes_without_clear: &'static str,
    /// `submitted` with a date and `--clear`.
    pub date_and_clear: &'static str,
    /// `completions` without a shell.
    pub missing_shell: &'static str,
    /// `cooling-off` without days (at most `max`) or `--clear`.
    pub cooling_off_missing: fn(max: u16) -> String,
    /// `cooling-off` with `typed` (quoted), not a whole number of days up to `max`.
    pub cooling_off_bad_days: fn(typed: &str, max: u16) -> String,
}
