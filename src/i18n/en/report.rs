//! The reports' strings in English.

use crate::i18n::{Report, count};

pub(super) const REPORT: Report = Report {
    // --- shared
    option_sep: ", ",
    answer_colon: ": ",
    paren_open: " (",
    paren_close: ")",
    date: |d| d.to_string(),

    // --- status
    status_title: ": status",
    current_stage: "Current stage: ",
    chosen_suffix: " chosen",
    tried_suffix: " tried",
    answers: "Answers: ",
    answer_sep: "; ",
    clock_label: "Review clock: ",
    status_not_submitted: "Review clock: the submission is not recorded yet.",
    letter_in_export: "The report from xhs-cancel export includes a complaint letter draft.",
    unanswered: |n| format!("{n} not answered"),
    status_counts: |submitted, days, work| {
        format!(
            "Review clock: submitted {submitted}; {}, {} so far",
            count(days.into(), "day", "days"),
            count(work.into(), "working day", "working days")
        )
    },
    status_ended: |submitted, outcome, days, work| {
        format!(
            "Review clock: submitted {submitted}; {outcome}, after {}, {}; the clock has stopped",
            count(days.into(), "day", "days"),
            count(work.into(), "working day", "working days")
        )
    },
    status_overdue: |days| format!("OVERDUE by {}", count(days.into(), "day", "days")),
    status_left: |left| {
        format!(
            "not overdue, {} left",
            count(left.into(), "working day", "working days")
        )
    },
    status_limit: |limit, deadline, state| {
        format!("{limit}-working-day limit: {deadline}, {state}")
    },
    cooling_off_line: |days, ends| {
        format!(
            "Cooling-off: {} (as the app showed), ends {ends}; do not log in until then",
            count(days.into(), "day", "days")
        )
    },
    cooling_off_ended: |days, ended| {
        format!(
            "Cooling-off: {} (as the app showed), ended on {ended}",
            count(days.into(), "day", "days")
        )
    },

    // --- markdown
    report_title: ": progress report",
    privacy: "This report was made on your computer. The timeline and the letter hold your notes, contact ways and ticket numbers as written, with any ID number, mobile number, verification code or password the program recognises masked with *; check them before you send anything. [x] means confirmed (reasons: chosen; troubleshooting: tried), followed by the time.",
    your_answers: "Your answers",
    no_questions: "(This checklist asks no questions.)",
    not_answered: "(not answered)",
    stage_done: ", ✓ done",
    required: " (required)",
    past_limit: " **the review is past the 15-working-day limit**",
    no_items: "(No items apply for your answers.)",
    overrides: "Continued with required items open",
    none: "None.",
    review_clock: "Review clock",
    not_submitted: "The submission is not recorded yet. The clock starts when you confirm the submit step in the deletion stage.",
    status_label: "- Status: ",
    working_days_rule: "- Working days follow the State Council's holiday arrangements: Monday to Friday, minus public holidays, plus make-up working days; the day of submission does not count.",
    letter: "Complaint letter draft",
    letter_in_this_language: "English (translation, for reference)",
    where_next: "Where to complain next",
    report_header: |generated, offset, verified, number, stage| {
        format!(
            "- Generated: {generated} (UTC{offset}; every time below is in this zone)\n\
             - Checklist content verified on: {verified}\n\
             - Current stage: {number} {stage}\n"
        )
    },
    without_session: |title, dir| {
        format!(
            "# {title}: progress report\n\nNo saved session in {dir}; run xhs-cancel to start.\n"
        )
    },
    chosen_count: |done, total| format!("{done}/{total} chosen"),
    tried_count: |done, total| format!("{done}/{total} tried"),
    override_line: |at, stage, open| {
        format!(
            "- {at}: left \"{stage}\" with these still open: {}",
            open.iter()
                .map(|t| format!("“{t}”"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    },
    clock_counts: |submitted, today, deadline, days, work, limit| {
        format!(
            "- Request submitted: {submitted} (day 0)\n\
             - As of {today}: {}, {work} of them {}\n\
             - {limit}-working-day limit: {deadline} (the {limit}th working day after submission)",
            count(days.into(), "day", "days"),
            if work == 1 {
                "a working day"
            } else {
                "working days"
            }
        )
    },
    clock_overdue: |days| {
        format!(
            "- Status: **past the limit by {}**",
            count(days.into(), "day", "days")
        )
    },
    clock_left: |left| {
        format!(
            "- Status: within the limit, {} left",
            count(left.into(), "working day", "working days")
        )
    },

    // --- timeline and the letter's record
    timeline: "Timeline (newest first)",
    no_entries: "Nothing recorded yet.",
    via: "via: ",
    to: "filed with: ",
    note: "note: ",
    on_item: "on: ",
    evidence: "evidence: ",
    sep: "; ",
    override_entry: "continued anyway with required items open: ",
    record_date_sep: ": ",
    record_submitted: "Deletion request submitted in the app: ",
    record_evidence: "Evidence files (kept on my computer, available on request; the SHA-256 shows a file is unchanged):",
    no_contacts: "No contact with the platform or complaint is recorded besides.",
    label: |name| format!("{name}: "),
    addressed_to: |channel| {
        format!(
            "Addressed to: {channel} (xhs-cancel export --to platform|12321|12315|miit|cac addresses it elsewhere)"
        )
    },
    evidence_line: |name, size, sha256| format!("{name} ({size} bytes), SHA-256 `{sha256}`"),
};
