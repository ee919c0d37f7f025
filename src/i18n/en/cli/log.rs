//! The strings of `log` and its commands in English.

use crate::i18n::cli::Log;
use crate::i18n::count;

pub(super) const LOG: Log = Log {
    // --- an event
    event_head: |id, label, on| format!("#{id} {label}, {on}"),
    bytes: |n| count(n, "byte", "bytes"),
    // --- the timeline (xhs-cancel log)
    empty: "Nothing in the case file yet; add an event with xhs-cancel log add.",
    heading: "Case file, newest first:\n",
    label: |name| format!("{name}: "),
    paren: |text| format!(" ({text})"),
    evidence_about: |size, hash| format!("{size}, SHA-256 {hash}"),
    // Each title stands in curly quotes, since titles themselves contain commas, semicolons
    // and straight quotes.
    continued: |stage, open| {
        let open: Vec<String> = open.iter().map(|t| format!("“{t}”")).collect();
        format!(
            "continued anyway past {stage}, still open: {}",
            open.join(", ")
        )
    },
    // --- log add
    added: "added ",
    evidence_line: |name, size, hash| format!("  evidence: {name} ({size}, SHA-256 {hash})"),
    masked: |option, what| format!("  {what} in {option} was stored masked with *"),
    // --- log verify (`at` is `#id "path"`)
    no_evidence: "No evidence recorded.",
    unchanged: |at| format!("{at}: unchanged"),
    changed: |at, was_size, was_hash, size, hash| {
        format!(
            "{at}: CHANGED (recorded {was_size}, SHA-256 {was_hash}; now {size}, SHA-256 {hash})"
        )
    },
    missing: |at| format!("{at}: MISSING"),
    unreadable: |at, why| format!("{at}: UNREADABLE ({why})"),
    all_unchanged: |total| match total {
        1 => "The evidence file is unchanged.".to_string(),
        _ => format!("All {total} evidence files are unchanged."),
    },
    // --- log remove
    remove_question: |head| format!("Remove the event {head}? [y/N] "),
    removed: |head| format!("removed {head}"),
    submission_kept: "\nThe submission date the review clock counts from is unchanged: correct it with xhs-cancel submitted YYYY-MM-DD, or remove it with xhs-cancel submitted --clear.",
    // --- refusals
    no_kind: |kinds| format!("log add needs a kind: {kinds}"),
    unknown_kind: |value, valid| format!("unknown kind {value}: expected {valid}"),
    unknown_channel: |value, valid| format!("invalid value {value} for --to: expected {valid}"),
    rejected: |problem| format!("this event is refused: {problem}"),
    in_future: |on, today| {
        format!("\"{on}\" is after today ({today}): only what has happened can be recorded")
    },
    too_early: |on| format!("\"{on}\" is too early: Xiaohongshu started in 2013"),
    too_long: |option, chars, max| {
        format!("{option} has {chars} characters; at most {max} are kept: shorten it and try again")
    },
    no_channel: |channels| format!("a complaint needs --to, where it was filed: {channels}"),
    stray_channel: |kind| format!("--to goes with a complaint only, not with {kind}"),
    too_much_evidence: |count, max| format!("{count} evidence files; at most {max} per event"),
    unknown_item: |value| {
        format!(
            "the checklists have no item {value}: write it as STAGE/ITEM, for example deletion/submit"
        )
    },
    sensitive: |option, what| {
        format!(
            "{option} looks like it holds {what}; nothing was saved. Records are stored \
             unencrypted on this computer: remove it and try again, or pass --mask to store it \
             masked with *, or --keep-sensitive to store it as typed"
        )
    },
    no_id: "log remove needs the event's number; run xhs-cancel log to see them",
    no_event: |value| format!("there is no event {value}; run xhs-cancel log to see the numbers"),
    not_verified: |bad, total| {
        let is = if bad == 1 { "is" } else { "are" };
        format!(
            "{bad} of {} {is} missing, changed or unreadable",
            count(total as i64, "evidence file", "evidence files")
        )
    },
};
