//! The shape of the case file screen's strings.

/// The timeline screen: its titles, rows and the selected entry's fields.
pub struct CaseFile {
    /// The list's border title: entry `at` of `total`.
    pub title: fn(at: usize, total: usize) -> String,
    /// The list's text when nothing is recorded.
    pub empty: &'static str,
    /// The detail's border title when it fits.
    pub details: &'static str,
    /// The detail's border title while more is below (J).
    pub details_more: &'static str,
    /// The detail's border title at the bottom (K).
    pub details_back: &'static str,
    /// A row's kind for a "continue anyway".
    pub row_override: &'static str,
    /// What a "continue anyway" left: `n` required items open.
    pub open_count: fn(n: usize) -> String,

    // --- the selected entry's fields, each before its value
    /// "Kind: ".
    pub kind: &'static str,
    /// "Date: ".
    pub date: &'static str,
    /// "Corrects: " before the number of the event corrected.
    pub corrects: &'static str,
    /// The date a later entry corrected a submission date to.
    pub corrected_to: &'static str,
    /// "Recorded: " before the local time the event was recorded.
    pub recorded: &'static str,
    /// "Via: ".
    pub via: &'static str,
    /// A complaint's reference number: "Reference: ".
    pub reference: &'static str,
    /// A contact's ticket number: "Ticket: ".
    pub ticket: &'static str,
    /// The complaint's channel: "Filed with: ".
    pub filed_with: &'static str,
    /// The checklist item a note is on: "Item: ".
    pub item: &'static str,
    /// The item a confirmation confirmed: "Confirmed: ".
    pub confirmed: &'static str,
    /// The reason a confirmation in the reasons stage chose: "Chosen: ".
    pub chosen: &'static str,
    /// The step a confirmation in troubleshooting tried: "Tried: ".
    pub tried: &'static str,
    /// What a "continue anyway" left open: "Continued anyway: ".
    pub continued: &'static str,
    /// The local time of a confirmation or override: "Time: ".
    pub time: &'static str,
    /// Before an evidence file's name: "Evidence: ".
    pub evidence: &'static str,
    /// An evidence file's exact size in `bytes`.
    pub size: fn(bytes: u64) -> String,

    // --- on a stage's detail
    /// The heading of an item's notes.
    pub notes: &'static str,
    /// The submit step's line with the cooling-off of `days` recorded.
    pub cooling_off_days: fn(days: u16) -> String,
    /// The submit step's line when no cooling-off is recorded.
    pub cooling_off_ask: &'static str,
}
