//! The model's own strings in English.

use crate::i18n::{
    BasisWords, ChannelNames, ConfirmationNames, FieldNames, KindNames, ModelStrings,
    ProblemFields, ReadErrorWords, Reminders, SecretNames, StageNames, count,
};

pub(super) const MODEL: ModelStrings = ModelStrings {
    // --- cooling-off
    cooling_off_cleared: "Cooling-off cleared",
    cooling_off_recorded: |d, end| {
        let days = count(d.into(), "day", "days");
        match end {
            Some(end) => format!("Cooling-off of {days} recorded, ends {end}"),
            None => format!("Cooling-off of {days} recorded"),
        }
    },
    cooling_off_needs_date: "Record the submission date first (Space)",

    // --- the wizard's notices
    unknown_answers: |n| {
        match n {
        1 => "The checklists changed: 1 of your answers no longer applies; answer it again in stage 1".to_string(),
        n => format!(
            "The checklists changed: {n} of your answers no longer apply; answer them again in stage 1"
        ),
    }
    },
    new_items: |n| {
        format!(
            "The checklists were updated: {}, not yet confirmed",
            count(n as i64, "new item", "new items")
        )
    },
    not_removable: "Confirmations and \"continue anyway\" are not removed here: uncheck them on their stage, or undo with u",
    event_removed: "The event was removed (u undoes it)",
    event_recorded: "Recorded",
    nothing_to_undo: "Nothing to undo in this run",
    undone: "The last change was undone",

    // --- problems with an event
    problem_future: |day| format!("the date {day} is in the future"),
    problem_too_early: |day| {
        format!("the date {day} is before 2013, when the app did not exist yet")
    },
    problem_too_long: |field, chars, max| {
        format!("the {field} has {chars} characters; at most {max} are allowed, please shorten it")
    },
    problem_no_channel: |channels| format!("a complaint needs the channel it went to ({channels})"),
    problem_stray_channel: "only a complaint names a channel",
    problem_too_much_evidence: |count, max| {
        format!("{count} evidence files; at most {max} per event")
    },
    problem_bad_hash: "the evidence file's SHA-256 is not 64 lowercase hexadecimal digits",
    problem_not_addable: "\"cleared\" is recorded by the program, not added",
    problem_fields: ProblemFields {
        note: "note",
        via: "via field",
        reference: "ticket number",
        other: "field",
    },

    // --- stage names
    stages: StageNames {
        reasons: "Reasons",
        preparation: "Prepare",
        deletion: "Delete",
        after: "After",
        troubleshooting: "Problems",
    },

    // --- the review clock's line on the stage screen
    clock_future_hint: " Or press Space on the submit step.",
    clock_ended: "Review ended: ",
    complain_below: "see \"The review takes too long\" below for how to complain",
    complain_key: "press t for how to complain",
    clock_overdue: |from, work, days, deadline, hint| {
        format!(
            "! Review since {from} at {} ({}), past the limit of {deadline}: {hint}",
            count(work.into(), "working day", "working days"),
            count(days.into(), "day", "days"),
        )
    },
    clock_running: |from, work, days, deadline, left| {
        format!(
            "Review since {from}: {} ({}) so far; limit {deadline}, {} left",
            count(work.into(), "working day", "working days"),
            count(days.into(), "day", "days"),
            count(left.into(), "working day", "working days"),
        )
    },

    // --- the review clock's notes
    provisional_notice: BasisWords {
        note: |y| {
            format!(
                "Provisional count: the holiday arrangements for {y} are only partly published. The known days off and the statutory holidays fixed by law are deducted, but make-up working days may be missing, so the deadline may move once the arrangements are out."
            )
        },
        tag: |y| format!(" (provisional: {y} partly published)"),
        clause: |y| {
            format!(
                "; those for {y} are only partly published, and the rest is counted provisionally on the statutory holidays"
            )
        },
    },
    statutory_only: BasisWords {
        note: |y| {
            format!(
                "Provisional count: the holiday arrangements for {y} are not published yet, so only the statutory holidays fixed by law (those on Monday to Friday) are deducted; make-up working days and days in lieu are not known, so the deadline may move once the arrangements are out."
            )
        },
        tag: |y| format!(" (provisional: {y} not published)"),
        clause: |y| {
            format!(
                "; those for {y} are not published yet and are counted provisionally on the statutory holidays"
            )
        },
    },
    weekdays_only: BasisWords {
        note: |y| {
            format!(
                "Note: {y} is outside the holiday calendar and before the current holiday rules (in force from 2025); those dates count Monday to Friday and may differ from the official arrangements."
            )
        },
        tag: |y| format!(" ({y} counted Mon-Fri)"),
        clause: |y| format!("; {y} counted Monday to Friday"),
    },
    future_date: |d, c, q| {
        format!("The recorded submission date {d} is in the future; correct it with {q}{c}{q}.")
    },

    // --- outcomes
    outcome_gone: |on| format!("deletion confirmed complete on {on} (recorded)"),
    outcome_cancelled: |on| format!("request cancelled on {on} (recorded)"),

    // --- the case file's names
    kinds: KindNames {
        submitted: "request submitted",
        contacted: "contacted customer service",
        reply: "the platform replied",
        complaint: "complaint filed",
        cancelled: "request cancelled",
        gone: "deletion confirmed",
        note: "note",
        cleared: "submission date removed",
    },
    channels: ChannelNames {
        platform: "the platform",
        report_12321: "the 12321 Reporting Center",
        consumer_12315: "12315 (market regulation)",
        miit: "MIIT",
        cac: "the cyberspace administration",
        court: "a court",
    },
    fields: FieldNames {
        via: "via",
        reference: "ticket",
        to: "filed with",
        note: "note",
        evidence: "evidence",
        item: "item",
    },
    complaint_reference: "reference",
    confirmations: ConfirmationNames {
        confirmed: "confirmed",
        chosen: "chosen",
        tried: "tried",
    },
    corrects: |on| format!(" (corrects {on})"),
    corrected_to: |on| format!(" (corrected to {on})"),

    // --- the privacy guard's findings
    secrets: SecretNames {
        id_number: "an ID number",
        mobile: "a mobile number",
        code: "a verification code",
        password: "a password",
    },

    // --- evidence errors
    evidence_missing: |p| format!("the evidence file {p} does not exist: check the path"),
    evidence_not_unicode: |p| {
        format!(
            "the evidence path {p} is not valid Unicode: rename the file or its folder and try again"
        )
    },
    evidence_too_large: |p, max| format!("the evidence file {p} is larger than {max}"),
    evidence_unreadable: |p| {
        format!("cannot record {p} as evidence: it must be a regular file you can read")
    },

    read_errors: ReadErrorWords {
        not_regular: |kind| format!("it is not a regular file but {kind}"),
        too_large: |max| format!("it is larger than {max} (the most this file may hold)"),
        fifo: "a FIFO (named pipe)",
        char_device: "a character device",
        block_device: "a block device",
        socket: "a socket",
        folder: "a folder",
        other: "something else",
    },

    // --- reminders
    remind: Reminders {
        no_submission: "No submission date yet, so no reminders: confirm the submit step in the deletion stage and enter its date",
        calendar_name: "Xiaohongshu account deletion",
        cooling_off_summary: "Xiaohongshu deletion: cooling-off period ends",
        cooling_off_text: |s, n, d| {
            let n = count(n.into(), "day", "days");
            format!(
                "You submitted the deletion request on {s}; the app showed a cooling-off period of {n}, which ends today.\nDo not log in to Xiaohongshu during the cooling-off period: one source says logging in can interrupt or cancel the request.\nThe review limit is {d} (xhs-cancel status shows where things stand)."
            )
        },
        check_in_summary: "Xiaohongshu deletion: check the review",
        check_in_text: |before, limit, d, s| {
            let are = if before == 1 { "is" } else { "are" };
            format!(
                "{} {are} left before the {limit}-working-day review limit ({d}) of the request submitted on {s}.\nCheck whether the deletion request has been handled; if not, contact the platform's customer service, write down the ticket or conversation number and the date, and keep screenshots.",
                count(before.into(), "working day", "working days")
            )
        },
        deadline_summary: |limit| format!("Xiaohongshu deletion: {limit}-working-day review limit"),
        deadline_text: |limit, s| {
            format!(
                "Today is working day {limit} of the deletion request submitted on {s}: the review limit ends today.\nIf the account is not deleted and there is no answer: contact the platform's customer service first and write down the ticket number; if that brings nothing, complain to 12321 (www.12321.cn), 12315 or the MIIT.\nxhs-cancel export drafts a complaint letter listing the submission date, the contacts and the evidence."
            )
        },
        do_not_log_in: "\nDo not log in while the cooling-off period lasts.",
        provisional: "\n(The year's holiday notice is not out yet: working days are counted from the statutory holidays, so this date may change.)",
    },
};
