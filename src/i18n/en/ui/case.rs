//! The case file screen's strings in English.

use crate::i18n::count;
use crate::i18n::ui::CaseFile;

pub(crate) const CASE: CaseFile = CaseFile {
    title: |at, total| format!(" Case file ({at} of {total}) "),
    empty: "Nothing recorded yet. Press a to add the first event: a submission, a contact, a reply, a complaint...",
    details: " Details ",
    details_more: " Details (J for more) ",
    details_back: " Details (K goes back) ",
    row_override: "continued anyway",
    open_count: |n| format!("left preparation with {n} required items open"),

    // --- the selected entry's fields, each before its value
    kind: "Kind: ",
    date: "Date: ",
    corrects: "Corrects: ",
    corrected_to: "Corrected to: ",
    recorded: "Recorded: ",
    via: "Via: ",
    reference: "Reference: ",
    ticket: "Ticket: ",
    filed_with: "Filed with: ",
    item: "Item: ",
    confirmed: "Confirmed: ",
    chosen: "Chosen: ",
    tried: "Tried: ",
    continued: "Continued anyway: ",
    time: "Time: ",
    evidence: "Evidence: ",
    size: |bytes| match bytes {
        1 => "1 byte".into(),
        _ => format!("{bytes} bytes"),
    },

    // --- on a stage's detail
    notes: "Notes (n adds one):",
    cooling_off_days: |d| {
        format!(
            "Cooling-off: {} (o changes it)",
            count(d.into(), "day", "days")
        )
    },
    cooling_off_ask: "Did the app show a cooling-off period? Press o to enter its days",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_evidence_file_of_one_byte_is_not_bytes() {
        assert_eq!((CASE.size)(1), "1 byte");
        assert_eq!((CASE.size)(0), "0 bytes");
        assert_eq!((CASE.size)(2048), "2048 bytes");
    }
}
