//! The shape of the forms' strings: the event form, its privacy, discard and removal
//! questions, and the cooling-off question.

/// A kind's letter, its name in the language and its id (`submitted`, `contacted`, ...).
pub type KindKey = (char, &'static str, &'static str);

/// The case file's dialogs and the cooling-off question.
pub struct Forms {
    // --- the event form
    /// The form's border title when it writes a note on an item.
    pub note_title: &'static str,
    /// The form's border title when it adds an event.
    pub add_title: &'static str,
    /// The label of a complaint's reference number.
    pub complaint_reference: &'static str,
    /// The label of the kind.
    pub kind: &'static str,
    /// The label of the date.
    pub date: &'static str,
    /// The label of the way of contact.
    pub via: &'static str,
    /// The label of a contact's ticket number.
    pub ticket: &'static str,
    /// The label of the complaint's channel.
    pub channel: &'static str,
    /// The label of the note.
    pub note: &'static str,
    /// The label of the evidence file.
    pub evidence: &'static str,
    /// The way of contact's placeholder.
    pub via_placeholder: &'static str,
    /// The evidence file's placeholder.
    pub evidence_placeholder: &'static str,
    /// The status line while the evidence file is hashed.
    pub hashing: &'static str,
    /// Before why the event cannot be saved: "Cannot save: ".
    pub cannot_save: &'static str,
    /// Before why the evidence file was not recorded.
    pub evidence_failed: &'static str,
    /// The status line's keys.
    pub form_keys: &'static str,
    /// The status line on the kind field, given each letter with its kind's name and id
    /// (`submitted`, `contacted`, ...): pieces that the form joins with two spaces and never
    /// breaks unless one is wider than a line.
    pub kind_pick: fn(keys: &[KindKey]) -> Vec<String>,

    // --- the privacy question
    /// The kinds of secret found (one or more), as one sentence: "This text seems to contain a
    /// password or an ID number."
    pub seems_to_contain: fn(&[&str]) -> String,
    /// Why it asks.
    pub unencrypted: &'static str,
    /// The `k` line.
    pub keep_as_typed: &'static str,
    /// The `m` line.
    pub mask: &'static str,
    /// The e / Enter / Esc line.
    pub edit: &'static str,
    /// The privacy question's border title.
    pub privacy_title: &'static str,

    // --- the discard question
    /// The question.
    pub discard_question: &'static str,
    /// The Enter / Esc line.
    pub keep_editing: &'static str,
    /// The `d` line.
    pub discard: &'static str,
    /// The discard question's border title.
    pub discard_title: &'static str,

    // --- the removal question
    /// The question.
    pub remove_question: &'static str,
    /// What removal does and does not remove.
    pub remove_undo: &'static str,
    /// The Enter / Esc line.
    pub remove_keep: &'static str,
    /// The `d` line.
    pub remove_it: &'static str,
    /// The removal question's border title.
    pub remove_title: &'static str,

    // --- the cooling-off question
    /// The question.
    pub cooling_question: &'static str,
    /// Before the digits typed: "Days: ".
    pub days_prompt: &'static str,
    /// The problem when more than `max` days are typed.
    pub at_most: fn(max: u16) -> String,
    /// The keys.
    pub cooling_keys: &'static str,
    /// The cooling-off question's border title.
    pub cooling_title: &'static str,
}
