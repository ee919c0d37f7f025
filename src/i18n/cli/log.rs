//! The shape of the strings of `log` and its commands: the timeline as text, the lines
//! `add`, `verify` and `remove` print, and their refusals. Typed values reach them quoted; a
//! note or a secret never does.

use jiff::civil::Date;

/// The strings of `log`, `log add`, `log verify` and `log remove`.
pub struct Log {
    // --- an event
    /// `#id label, on`: an event by its number, kind (`label`) and day.
    pub event_head: fn(id: u32, label: &str, on: Date) -> String,
    /// A file's size of `n` bytes.
    pub bytes: fn(n: i64) -> String,
    // --- the timeline (xhs-cancel log)
    /// Instead of the timeline when it is empty.
    pub empty: &'static str,
    /// The line above the timeline.
    pub heading: &'static str,
    /// A field's `name` as the start of its line (`via: `).
    pub label: fn(name: &str) -> String,
    /// `text` in parentheses, after what it is about.
    pub paren: fn(text: &str) -> String,
    /// An evidence file's `size` and SHA-256 prefix `hash`, in the timeline.
    pub evidence_about: fn(size: &str, hash: &str) -> String,
    /// "Continue anyway" past the stage `stage`, with the titles of the items still `open`,
    /// each marked off so that commas inside a title do not read as the list's.
    pub continued: fn(stage: &str, open: &[String]) -> String,
    // --- log add
    /// Before the added event's head.
    pub added: &'static str,
    /// An evidence file `name` of `size` with its SHA-256 prefix `hash`, after `added`.
    pub evidence_line: fn(name: &str, size: &str, hash: &str) -> String,
    /// The line after adding: `what` (the kinds found, a list) in `option` was masked.
    pub masked: fn(option: &str, what: &str) -> String,
    // --- log verify (`at` is `#id "path"`)
    /// No event names a file.
    pub no_evidence: &'static str,
    /// The file `at` is unchanged.
    pub unchanged: fn(at: &str) -> String,
    /// The file `at` changed: its recorded size and hash, and its size and hash now.
    pub changed: fn(at: &str, was_size: &str, was_hash: &str, size: &str, hash: &str) -> String,
    /// The file `at` is missing.
    pub missing: fn(at: &str) -> String,
    /// The file `at` cannot be read, for the system's reason `why`.
    pub unreadable: fn(at: &str, why: &str) -> String,
    /// The last line when all `total` files are unchanged.
    pub all_unchanged: fn(total: usize) -> String,
    // --- log remove
    /// The question before removing the event `head`.
    pub remove_question: fn(head: &str) -> String,
    /// The event `head` was removed.
    pub removed: fn(head: &str) -> String,
    /// After removing a `submitted` event: the submission date itself is unchanged.
    pub submission_kept: &'static str,
    // --- refusals
    /// `log add` without a kind; `kinds` lists them.
    pub no_kind: fn(kinds: &str) -> String,
    /// `log add` with the kind `value`, not one of `valid` (a list).
    pub unknown_kind: fn(value: &str, valid: &str) -> String,
    /// `--to` with `value`, not one of `valid` (a list).
    pub unknown_channel: fn(value: &str, valid: &str) -> String,
    /// The timeline refused the event for `problem`.
    pub rejected: fn(problem: &str) -> String,
    /// The day `on` is after `today`.
    pub in_future: fn(on: Date, today: Date) -> String,
    /// The day `on` is before Xiaohongshu existed.
    pub too_early: fn(on: Date) -> String,
    /// `option` has `chars` characters; at most `max` are kept.
    pub too_long: fn(option: &str, chars: usize, max: usize) -> String,
    /// A complaint without `--to`; `channels` lists them.
    pub no_channel: fn(channels: &str) -> String,
    /// `--to` with the kind `kind` (quoted), not a complaint.
    pub stray_channel: fn(kind: &str) -> String,
    /// `count` evidence files; at most `max` per event.
    pub too_much_evidence: fn(count: usize, max: usize) -> String,
    /// `--item` with `value`, no item of the checklists.
    pub unknown_item: fn(value: &str) -> String,
    /// `option` seems to hold `what` (the kinds found, a list); nothing was saved.
    pub sensitive: fn(option: &str, what: &str) -> String,
    /// `log remove` without a number.
    pub no_id: &'static str,
    /// `log remove` with `value`, no event's number.
    pub no_event: fn(value: &str) -> String,
    /// `log verify` found `bad` of `total` files missing, changed or unreadable.
    pub not_verified: fn(bad: usize, total: usize) -> String,
}
