//! The forms' strings in English.

use crate::i18n::ui::Forms;

pub(crate) const FORMS: Forms = Forms {
    // --- the event form
    note_title: " A note on this item ",
    add_title: " Add an event ",
    complaint_reference: "Reference",
    kind: "Kind",
    date: "Date",
    via: "Via",
    ticket: "Ticket",
    channel: "Channel",
    note: "Note",
    evidence: "Evidence",
    via_placeholder: "e.g. in-app chat, phone",
    evidence_placeholder: "optional: a file's path (screenshot...)",
    hashing: "Hashing the evidence file...",
    cannot_save: "Cannot save: ",
    evidence_failed: "Evidence not recorded: ",
    form_keys: "Tab next field  Enter save  Esc cancel",
    kind_pick: |keys| {
        // The ids, whose letters these are: the names are too long for the line.
        let mut pieces: Vec<String> = keys.iter().map(|(c, _, id)| format!("{c} {id}")).collect();
        if let Some(first) = pieces.first_mut() {
            first.insert_str(0, "Left/Right or a letter: ");
        }
        pieces
    },

    // --- the privacy question
    seems_to_contain: |kinds| match kinds {
        [rest @ .., last] if !rest.is_empty() => {
            format!("This text seems to contain {} or {last}.", rest.join(", "))
        }
        _ => format!("This text seems to contain {}.", kinds.join("")),
    },
    unencrypted: "The case file is stored unencrypted on this computer. Better not to keep passwords, codes or ID numbers.",
    keep_as_typed: "k: keep it as typed",
    mask: "m: mask it (replaced by *)",
    edit: "e / Enter / Esc: edit it",
    privacy_title: " Privacy check ",

    // --- the discard question
    discard_question: "Throw away what you typed?",
    keep_editing: "Enter / Esc: keep editing",
    discard: "d: discard it",
    discard_title: " Discard ",

    // --- the removal question
    remove_question: "Remove this event?",
    remove_undo: "u undoes the removal. Confirmations and \"continue anyway\" are undone on their own stage, not here.",
    remove_keep: "Enter / Esc: keep it",
    remove_it: "d: remove it",
    remove_title: " Remove event ",

    // --- the cooling-off question
    cooling_question: "How many days of cooling-off (冷静期) did the app show? (leave empty if none)",
    days_prompt: "Days: ",
    at_most: |max| format!("At most {max} days"),
    cooling_keys: "Enter: record    Esc: skip",
    cooling_title: " Cooling-off ",
};
