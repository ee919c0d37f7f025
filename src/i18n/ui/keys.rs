//! The shape of the key table's words: the help overlay's rows and the footer's hints, in
//! the key table's order (`src/keymap.rs`).

/// What each key does, as the help overlay (`?`) lists it.
pub struct KeyHelp {
    /// The help row of `Up/Down k/j` (Up).
    pub move_: &'static str,
    /// The help row of `PgUp/PgDn` (PageUp).
    pub page: &'static str,
    /// The help row of `Home/End g/G` (Top).
    pub first_last: &'static str,
    /// The help row of `Space/x` (Toggle).
    pub toggle: &'static str,
    /// The help row of `Enter` (ConfirmNext).
    pub confirm_next: &'static str,
    /// The help row of `u` (Undo).
    pub undo: &'static str,
    /// The help row of `Right/Left l/h` (NextStage).
    pub stage: &'static str,
    /// The help row of `1-5` (Jump).
    pub jump: &'static str,
    /// The help row of `J/K` (ScrollDetail).
    pub scroll_detail: &'static str,
    /// The help row of `t` (Troubleshoot).
    pub troubleshoot: &'static str,
    /// The help row of `e` (Export).
    pub export: &'static str,
    /// The help row of `r` (Remind).
    pub remind: &'static str,
    /// The help row of `c` (ContinueAnyway).
    pub continue_anyway: &'static str,
    /// The help row of `Enter/Esc` (Back).
    pub safe_choice: &'static str,
    /// The help row of `Left/Right` (ShiftDay).
    pub shift_day: &'static str,
    /// The help row of `r` (Restore).
    pub restore: &'static str,
    /// The help row of `n` (Fresh).
    pub fresh: &'static str,
    /// The help row of `s` (Save).
    pub save: &'static str,
    /// The help row of `w` (WriteElsewhere).
    pub write_elsewhere: &'static str,
    /// The help row of `d` (QuitAnyway).
    pub quit_anyway: &'static str,
    /// The help row of `L` (SwitchLang).
    pub switch_lang: &'static str,
    /// The help row of `?` (Help).
    pub help: &'static str,
    /// The help row of `Esc` (Back).
    pub close: &'static str,
    /// The help row of `f` (CaseFile).
    pub case_file: &'static str,
    /// The help row of `n` (NoteItem).
    pub note_item: &'static str,
    /// The help row of `a` (AddEvent).
    pub add_event: &'static str,
    /// The help row of `d/Delete` (RemoveEvent).
    pub remove_event: &'static str,
    /// The help row of `Tab` (Field).
    pub field: &'static str,
    /// The help row of `Ctrl-C` (Quit).
    pub quit_form: &'static str,
    /// The help row of `k/m/e` (Keep).
    pub privacy: &'static str,
    /// The help row of `o` (CoolingOff).
    pub cooling_off: &'static str,
    /// The help row of `Ctrl-L` (Redraw).
    pub redraw: &'static str,
    /// The help row of `Ctrl-Z` (Suspend; Unix only).
    pub suspend: &'static str,
    /// The help row of `q` (Quit).
    pub quit: &'static str,
}

/// The footer's word or two after a key.
pub struct KeyHints {
    /// The footer's words after `Up/Down`.
    pub move_: &'static str,
    /// The footer's words after `Space`.
    pub toggle: &'static str,
    /// The footer's words after `Enter`.
    pub confirm: &'static str,
    /// The footer's words after `u`.
    pub undo: &'static str,
    /// The footer's words after `Left/Right`.
    pub stage: &'static str,
    /// The footer's words after `t/Esc`, `f/Esc`.
    pub back: &'static str,
    /// The footer's words after `t`.
    pub problems: &'static str,
    /// The footer's words after `e`.
    pub export: &'static str,
    /// The footer's words after `r`.
    pub reminders: &'static str,
    /// The footer's words after `Enter`.
    pub begin: &'static str,
    /// The footer's words after `c`.
    pub continue_anyway: &'static str,
    /// The footer's words after `Enter/Esc`.
    pub go_back: &'static str,
    /// The footer's words after `Left/Right`.
    pub day: &'static str,
    /// The footer's words after `Enter`.
    pub record_day: &'static str,
    /// The footer's words after `c`.
    pub clear_date: &'static str,
    /// The footer's words after `r`.
    pub restore: &'static str,
    /// The footer's words after `n`.
    pub fresh: &'static str,
    /// The footer's words after `s`.
    pub retry: &'static str,
    /// The footer's words after `w`.
    pub write_here: &'static str,
    /// The footer's words after `d`.
    pub discard_and_quit: &'static str,
    /// The footer's words after `L`.
    pub other_language: &'static str,
    /// The footer's words after `?`.
    pub help: &'static str,
    /// The footer's words after `Esc`.
    pub close: &'static str,
    /// The footer's words after `Esc`.
    pub cancel: &'static str,
    /// The footer's words after `Esc` when a recorded date is shown (the dialog's own words).
    pub change_nothing: &'static str,
    /// The footer's words after `f`.
    pub case_file: &'static str,
    /// The footer's words after `n`.
    pub note: &'static str,
    /// The footer's words after `a`.
    pub add: &'static str,
    /// The footer's words after `d`.
    pub remove: &'static str,
    /// The footer's words after `Tab`.
    pub next_field: &'static str,
    /// The footer's words after `Enter`.
    pub save: &'static str,
    /// The footer's words after `k`.
    pub keep_as_typed: &'static str,
    /// The footer's words after `m`.
    pub mask: &'static str,
    /// The footer's words after `e/Enter/Esc`.
    pub edit: &'static str,
    /// The footer's words after `d`.
    pub discard: &'static str,
    /// The footer's words after `Enter/Esc`.
    pub keep: &'static str,
    /// The footer's words after `o`.
    pub cooling_off: &'static str,
    /// The footer's words after `Enter`.
    pub record: &'static str,
    /// The footer's words after `Esc`.
    pub skip: &'static str,
    /// The footer's words after `q`.
    pub quit: &'static str,
}
