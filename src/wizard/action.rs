//! What the person asks the wizard for ([`Action`]), what the event loop must do about it
//! ([`Effect`]), and what the view tells the model of the screen ([`Viewport`]).

use super::Edit;
use crate::text::Lang;

/// What the person asked for, already translated from keys or mouse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Space / `x`: confirm or unconfirm, choose or clear.
    Toggle,
    /// Enter on a stage: confirm (never unconfirm) and move to the next row.
    ConfirmNext,
    NextStage,
    PrevStage,
    /// Zero-based position in the stage order.
    Jump(usize),
    Troubleshoot,
    SwitchLang,
    Help,
    /// Esc: close an overlay or return from troubleshooting. Never quits.
    Back,
    Quit,
    Save,
    /// Enter on the welcome screen, or the safe choice of a dialog.
    Confirm,
    /// `u`: take back the last change of this run.
    Undo,
    ScrollDetail(i16),
    Export,
    /// `r`: write the calendar reminders (`.ics`) into the current folder.
    Remind,
    /// In the gate dialog: leave preparation with required items open (recorded).
    ContinueAnyway,
    /// In the date dialog: one day earlier (negative) or later.
    ShiftDay(i8),
    /// A character typed into the date dialog (pasted text arrives as these too).
    Type(char),
    /// Backspace in the date dialog.
    Erase,
    /// In the date dialog: remove the recorded submission date.
    ClearSubmission,
    /// In the recovery dialog: use the backup copy.
    Restore,
    /// In the recovery dialog: start a new session.
    Fresh,
    /// In the unsaved-quit dialog: write the session to a file outside the data folder.
    WriteElsewhere,
    /// In the unsaved-quit dialog: quit and lose what could not be saved.
    QuitAnyway,
    Resize(u16, u16),
    /// What the view last drew, sent by the event loop after each frame: paging and the
    /// detail's scrolling are measured in it.
    Viewport(Viewport),
    /// Ctrl-L: clear the terminal and draw the whole screen again.
    Redraw,
    /// Ctrl-Z: give the terminal back to the shell until it is resumed (Unix).
    Suspend,
    /// A click on entry `index` of the stage shown (the view finds which); `toggle` when it
    /// fell on the entry's mark.
    Pick {
        index: usize,
        toggle: bool,
    },
    /// `f`: the case file (timeline) screen, and back from it.
    CaseFile,
    /// `a` on the timeline: the form for a new event.
    AddEvent,
    /// `n` on a checklist item: the form for a note on that item.
    NoteItem,
    /// `o` on the submit step: how many days of cooling-off the app showed.
    CoolingOff,
    /// `d` on the timeline: asks to remove the event; in that dialog, removes it.
    RemoveEvent,
    /// Tab / Shift-Tab in the form: the next (1) or previous (-1) field.
    Field(i8),
    /// An editing key in the form; what it does depends on the field.
    Edit(Edit),
    /// Pasted text, for the form's focused text field.
    Paste(String),
    /// In the privacy dialog: keep the text as typed.
    Keep,
    /// In the privacy dialog: mask what was found.
    Mask,
    /// In the discard dialog: throw away what was typed.
    Discard,
    /// The event loop's answer to [`Effect::RecordEvidence`]: the file's record, or why it
    /// could not be made (English, sanitized).
    EvidenceRecorded(Result<crate::timeline::Evidence, String>),
}

/// The smallest terminal the wizard draws in; below it only quitting works.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 16;

/// The part of the screen the model's moves are measured in, as the view last drew it. Before
/// the view says (a model driven without a screen), a page is one row and the detail does not
/// scroll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Viewport {
    /// Rows of the list: a page key moves one less, so one row stays in view.
    pub list_rows: u16,
    /// How far the detail can scroll: its lines less the rows it shows, 0 when all fit.
    pub detail_overflow: u16,
}

/// What the event loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    /// The session changed: write it.
    Save,
    Quit,
    /// Write the Markdown report into the current folder.
    Export,
    /// Write the calendar reminders into the current folder ([`crate::remind`]).
    Remind,
    /// Replace the session with the backup copy; with a language, the one the person chose in
    /// this run, which the restored session takes and saves.
    RestoreBackup(Option<Lang>),
    /// Put the damaged session and its backup aside (archived, not deleted), then save.
    StartFresh,
    /// Write the session to a file outside the data folder, as a last resort.
    WriteElsewhere,
    /// Clear the terminal and draw the whole screen again.
    Redraw,
    /// Suspend the program (job control), then draw the whole screen again.
    Suspend,
    /// Hash the evidence file at this path ([`crate::evidence::record`]) and answer with
    /// [`Action::EvidenceRecorded`].
    RecordEvidence(std::path::PathBuf),
}
