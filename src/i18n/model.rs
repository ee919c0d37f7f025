//! The shape of the model's own strings: notices, problems with typed input, stage names, the
//! review clock's sentence and notes, what the case file's kinds, channels and fields are
//! called, the evidence errors, the privacy guard's findings and the reminders' texts.

use jiff::civil::Date;

/// The model's strings in one language (see [`super::zh`] and [`super::en`]).
pub struct ModelStrings {
    // --- cooling-off
    /// The notice once the cooling-off length is cleared.
    pub cooling_off_cleared: &'static str,
    /// The notice once a cooling-off of `days` is recorded, with the day it ends when the
    /// submission date is known.
    pub cooling_off_recorded: fn(days: u16, ends: Option<Date>) -> String,
    /// The notice of `o` before the submission date is recorded.
    pub cooling_off_needs_date: &'static str,

    // --- the wizard's notices
    /// At start: `n` saved answers the checklists no longer know.
    pub unknown_answers: fn(n: usize) -> String,
    /// At start: `n` items the person has not been shown before.
    pub new_items: fn(n: usize) -> String,
    /// `d` on a timeline entry that is not an event.
    pub not_removable: &'static str,
    /// Once an event is removed.
    pub event_removed: &'static str,
    /// Once an event is recorded.
    pub event_recorded: &'static str,
    /// `u` with nothing to undo.
    pub nothing_to_undo: &'static str,
    /// Once `u` undid the last change.
    pub undone: &'static str,

    // --- problems with an event (the event form; the form adds "cannot save")
    /// The event's `day` is after today.
    pub problem_future: fn(day: Date) -> String,
    /// The event's `day` is before 2013.
    pub problem_too_early: fn(day: Date) -> String,
    /// The `field` (from [`Self::problem_fields`]) has `chars` characters, over `max`.
    pub problem_too_long: fn(field: &str, chars: usize, max: usize) -> String,
    /// A complaint without a channel; `channels` lists the channels' ids.
    pub problem_no_channel: fn(channels: &str) -> String,
    /// A channel on an event that is not a complaint.
    pub problem_stray_channel: &'static str,
    /// `count` evidence files, over `max` per event.
    pub problem_too_much_evidence: fn(count: usize, max: usize) -> String,
    /// An evidence file's SHA-256 that is not 64 hex digits.
    pub problem_bad_hash: &'static str,
    /// The `cleared` kind typed by hand.
    pub problem_not_addable: &'static str,
    /// The fields a too-long problem names.
    pub problem_fields: ProblemFields,

    // --- stage names
    /// The short stage names of the header, the clock and the report.
    pub stages: StageNames,

    // --- the review clock's line on the stage screen
    /// After a future submission date's problem.
    pub clock_future_hint: &'static str,
    /// Before a recorded outcome's sentence.
    pub clock_ended: &'static str,
    /// Where to complain, on the troubleshooting stage.
    pub complain_below: &'static str,
    /// Where to complain, on the other stages.
    pub complain_key: &'static str,
    /// The line past the limit: the submission date `from`, `work` working and `days` calendar
    /// days, the `deadline` and the `hint` where to complain.
    pub clock_overdue: fn(from: Date, work: i32, days: i32, deadline: Date, hint: &str) -> String,
    /// The line within the limit: the submission date `from`, `work` working and `days`
    /// calendar days, the `deadline` and `left` working days.
    pub clock_running: fn(from: Date, work: i32, days: i32, deadline: Date, left: i32) -> String,

    // --- the review clock's notes (stage screen, status, export, letter)
    /// A year whose notice is only partly published.
    pub provisional_notice: BasisWords,
    /// A year without a notice, counted on the statutory holidays.
    pub statutory_only: BasisWords,
    /// A year outside the calendar and before the current rules, counted Monday to Friday.
    pub weekdays_only: BasisWords,
    /// The submission `date` is after today; `command` corrects it, quoted with `quote`.
    pub future_date: fn(date: Date, command: &str, quote: &str) -> String,

    // --- outcomes (no final full stop)
    /// Deletion confirmed complete `on` a day.
    pub outcome_gone: fn(on: Date) -> String,
    /// The request cancelled `on` a day.
    pub outcome_cancelled: fn(on: Date) -> String,

    // --- the case file's names (wizard, `log`, export)
    /// What each kind of event is called.
    pub kinds: KindNames,
    /// What each complaint channel is called. Source: content-sources.md, "Escalation
    /// channels".
    pub channels: ChannelNames,
    /// What each event field is called, without a colon.
    pub fields: FieldNames,
    /// What a complaint's reference is called (a case number, not a ticket).
    pub complaint_reference: &'static str,
    /// What a confirmed step is called, by its stage.
    pub confirmations: ConfirmationNames,
    /// What a submission date corrects: the `earlier` date.
    pub corrects: fn(earlier: Date) -> String,
    /// A submission date that a later entry corrected to the `later` date.
    pub corrected_to: fn(later: Date) -> String,

    // --- the privacy guard's findings
    /// What each kind of finding is called.
    pub secrets: SecretNames,

    // --- evidence errors (`path` quoted and sanitized)
    /// The file does not exist.
    pub evidence_missing: fn(path: &str) -> String,
    /// The path is not valid Unicode.
    pub evidence_not_unicode: fn(path: &str) -> String,
    /// The file is larger than `max` (a size with its unit).
    pub evidence_too_large: fn(path: &str, max: &str) -> String,
    /// The file cannot be read, or is not a regular file.
    pub evidence_unreadable: fn(path: &str) -> String,
    /// Why a file was not read, as the cause under the message that names it.
    pub read_errors: ReadErrorWords,

    // --- reminders (the iCalendar file)
    /// The reminders' texts.
    pub remind: Reminders,
}

/// Why a file the program bounds was not read (`crate::fsread::ReadError`), and what a path
/// that is not a regular file names.
pub struct ReadErrorWords {
    /// It is not a regular file but `kind` (one of the names below).
    pub not_regular: fn(kind: &str) -> String,
    /// It holds more than `max` (a size with its unit).
    pub too_large: fn(max: &str) -> String,
    pub fifo: &'static str,
    pub char_device: &'static str,
    pub block_device: &'static str,
    pub socket: &'static str,
    pub folder: &'static str,
    /// Anything else that is not a regular file.
    pub other: &'static str,
}

/// The field names of [`ModelStrings::problem_too_long`].
pub struct ProblemFields {
    /// The note.
    pub note: &'static str,
    /// How the platform was contacted.
    pub via: &'static str,
    /// The ticket number.
    pub reference: &'static str,
    /// Any other field.
    pub other: &'static str,
}

/// The short names of the five stages, in the checklist's order.
pub struct StageNames {
    /// Why the person deletes the account.
    pub reasons: &'static str,
    /// Before deleting.
    pub preparation: &'static str,
    /// The deletion itself.
    pub deletion: &'static str,
    /// After the request.
    pub after: &'static str,
    /// When things go wrong.
    pub troubleshooting: &'static str,
}

/// What the review clock says when its count is not exact, for one kind of basis; `years` is
/// `2027` or `2027-2028`.
pub struct BasisWords {
    /// The sentence under the clock (`status`, the report).
    pub note: fn(years: &str) -> String,
    /// The same in a few words, after the stage screen's clock line.
    pub tag: fn(years: &str) -> String,
    /// The letter's clause after "counted on the State Council's holiday arrangements".
    pub clause: fn(years: &str) -> String,
}

/// What each kind of event is called in lists, forms and messages.
pub struct KindNames {
    /// The deletion request submitted.
    pub submitted: &'static str,
    /// Customer service contacted.
    pub contacted: &'static str,
    /// The platform replied.
    pub reply: &'static str,
    /// A complaint filed.
    pub complaint: &'static str,
    /// The request cancelled.
    pub cancelled: &'static str,
    /// Deletion confirmed.
    pub gone: &'static str,
    /// A note.
    pub note: &'static str,
    /// The submission date removed (recorded by the program).
    pub cleared: &'static str,
}

/// What a confirmed checklist step is called in the case file, without a colon: a reason is
/// chosen and a troubleshooting step tried, as the stages' own counts say; any other step is
/// confirmed.
pub struct ConfirmationNames {
    /// A step of the preparation, deletion or after stage.
    pub confirmed: &'static str,
    /// A reason (stage 1).
    pub chosen: &'static str,
    /// A troubleshooting step (stage 5).
    pub tried: &'static str,
}

/// What each complaint channel is called.
pub struct ChannelNames {
    /// The platform itself.
    pub platform: &'static str,
    /// The 12321 Reporting Center.
    pub report_12321: &'static str,
    /// 12315, market regulation.
    pub consumer_12315: &'static str,
    /// The Ministry of Industry and Information Technology.
    pub miit: &'static str,
    /// The cyberspace administration.
    pub cac: &'static str,
    /// A court.
    pub court: &'static str,
}

/// What each field of an event is called, without a colon.
pub struct FieldNames {
    /// How the platform was contacted.
    pub via: &'static str,
    /// The ticket number.
    pub reference: &'static str,
    /// Where a complaint went.
    pub to: &'static str,
    /// The note.
    pub note: &'static str,
    /// The evidence files.
    pub evidence: &'static str,
    /// The checklist item a note is about.
    pub item: &'static str,
}

/// What each kind of privacy finding is called in the dialog and on the command line.
pub struct SecretNames {
    /// An identity number.
    pub id_number: &'static str,
    /// A mobile number.
    pub mobile: &'static str,
    /// A verification code.
    pub code: &'static str,
    /// A password.
    pub password: &'static str,
}

/// The reminders' names and texts. The advice follows content-sources.md: do not log in
/// during the cooling-off period, the 15-working-day limit, and the escalation channels.
pub struct Reminders {
    /// The wizard's notice when `r` finds no submission date.
    pub no_submission: &'static str,
    /// The calendar's name.
    pub calendar_name: &'static str,
    /// The cooling-off end's summary.
    pub cooling_off_summary: &'static str,
    /// The cooling-off end's description: `submitted` date, its `days`, the `deadline`.
    pub cooling_off_text: fn(submitted: Date, days: u16, deadline: Date) -> String,
    /// The check-in's summary.
    pub check_in_summary: &'static str,
    /// The check-in's description: `before` working days left of the `limit`, the
    /// `deadline`, the `submitted` date.
    pub check_in_text: fn(before: i32, limit: i32, deadline: Date, submitted: Date) -> String,
    /// The deadline's summary, with the `limit` in working days.
    pub deadline_summary: fn(limit: i32) -> String,
    /// The deadline's description: working day `limit` of the request `submitted`.
    pub deadline_text: fn(limit: i32, submitted: Date) -> String,
    /// Appended to the check-in while the cooling-off may last (starts with a line break).
    pub do_not_log_in: &'static str,
    /// Appended while a year's holiday notice is not out (starts with a line break).
    pub provisional: &'static str,
}
