//! The shape of the wizard's strings: its screens, dialogs, footer and help.

mod case;
mod dialogs;
mod form;
mod keys;

pub use case::CaseFile;
pub use dialogs::Dialogs;
pub use form::Forms;
pub use keys::{KeyHelp, KeyHints};

/// The wizard's strings in one language (see [`super::zh`] and [`super::en`]).
pub struct Ui {
    // --- header and footer
    /// The header's language switch, the current language first: "中文 | English".
    pub languages: &'static str,
    /// The footer's save status before the local time: "Saved".
    pub saved: &'static str,
    /// The footer's save status before the reason: "Save failed: ".
    pub save_failed: &'static str,
    /// A save failed because the disk is full (footer and unsaved dialog).
    pub disk_full: &'static str,
    /// A save failed for want of permission.
    pub no_permission: &'static str,
    /// A save refused to overwrite a newer version's file.
    pub newer_version: &'static str,
    /// A save failed for any other reason.
    pub write_error: &'static str,

    // --- welcome, summary and too-small screens
    /// The welcome screen's text, paragraphs separated by blank lines.
    pub welcome: &'static str,
    /// The welcome screen's border title.
    pub welcome_title: &'static str,
    /// The summary's heading once every stage is done.
    pub all_done: &'static str,
    /// The summary's heading before then.
    pub overview: &'static str,
    /// The summary's line when no submission date is recorded.
    pub not_submitted: &'static str,
    /// The summary's line on exporting the report.
    pub export_hint: &'static str,
    /// The summary screen's border title.
    pub summary_title: &'static str,
    /// The too-small notice: the size needed (`min_w`×`min_h`) and the size there is (`w`×`h`).
    pub too_small: fn(min_w: u16, min_h: u16, w: u16, h: u16) -> String,
    /// The line under the too-small notice.
    pub too_small_hint: &'static str,

    // --- a stage screen
    /// The list border's note when only the intro is scrolled out above.
    pub intro_above: &'static str,
    /// The list border's note: the intro and `n` entries are above.
    pub intro_and_more_above: fn(n: usize) -> String,
    /// The list border's note: `n` entries are above.
    pub more_above: fn(n: usize) -> String,
    /// The list border's note: `n` entries are below.
    pub more_below: fn(n: usize) -> String,
    /// The details pane's title: "说明" / "Details".
    pub details: &'static str,
    /// After the details title while more is below, in the language's brackets:
    /// " (J for more)", "（J 往下看）".
    pub details_more: &'static str,
    /// After the details title at the bottom, in the language's brackets: " (K goes back)".
    pub details_back: &'static str,
    /// Before an answer's title in the details: "Option: ".
    pub option: &'static str,
    /// How a question with several answers is answered.
    pub choose_many: &'static str,
    /// How a question with one answer is answered.
    pub choose_one: &'static str,
    /// The slow-review item's alert once the review is overdue.
    pub overdue: &'static str,
    /// A required item's note.
    pub required: &'static str,
    /// A reason's state, before the local time it was chosen: "Chosen".
    pub chosen: &'static str,
    /// A reason not chosen.
    pub not_chosen: &'static str,
    /// A troubleshooting step's state, before the local time: "Tried".
    pub tried: &'static str,
    /// A troubleshooting step not tried.
    pub not_tried: &'static str,
    /// An item's state, before the local time it was confirmed: "Confirmed".
    pub confirmed: &'static str,
    /// An item not confirmed.
    pub not_confirmed: &'static str,
    /// The heading of an item's sources.
    pub sources: &'static str,
    /// Between a source's title and its date: ", ".
    pub date_comma: &'static str,
    /// Before the day the content was verified: "Content verified on".
    pub verified_on: &'static str,
    /// What the confidence letters H, M and L mean.
    pub confidence_legend: &'static str,
    /// Under an address wider than the pane.
    pub url_too_wide: &'static str,

    // --- the case file, the dialogs and the forms
    /// The case file screen.
    pub case: CaseFile,
    /// Help, the gate, the date, recovery and unsaved-changes dialogs.
    pub dialogs: Dialogs,
    /// The event form and its questions, and the cooling-off question.
    pub forms: Forms,

    // --- the key table
    /// The help overlay's rows.
    pub key_help: KeyHelp,
    /// The footer's hints.
    pub key_hints: KeyHints,

    // --- notices of the event loop
    /// The report was written to the file `name`.
    pub report_written: fn(name: &str) -> String,
    /// The report could not be written into folder `dir`, for `error`.
    pub export_failed: fn(dir: &str, error: &str) -> String,
    /// No reminders: the review has ended as `sentence` says.
    pub review_ended: fn(sentence: &str) -> String,
    /// The reminders were written to the file `name`.
    pub reminders_written: fn(name: &str) -> String,
    /// The reminders could not be written into folder `dir`, for `error`.
    pub reminders_failed: fn(dir: &str, error: &str) -> String,
}
