//! [`Model::update`] on the case file: the timeline screen (moving, removing with a question,
//! undo) and `n`, the note on a checklist item. The form's own keys are in `case_form`.

use crate::checklist::StageId;
use crate::i18n::strings;
use crate::timeline::{self, Kind};

use super::{Action, Effect, Entry, EventForm, Model, Overlay, Screen};

/// Where the timeline screen is: the entry selected, the first one shown, and the screen `f`
/// or Esc goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseView {
    /// Index into [`Model::timeline`], newest first.
    pub selected: usize,
    /// The first entry shown.
    pub offset: usize,
    pub back: Screen,
}

impl Default for CaseView {
    fn default() -> CaseView {
        CaseView {
            selected: 0,
            offset: 0,
            back: Screen::Stage(StageId::Reasons),
        }
    }
}

impl Model {
    /// Every timeline entry, newest first ([`timeline::entries`]).
    pub fn timeline(&self) -> Vec<timeline::Entry<'_>> {
        timeline::entries(&self.session, &self.tz)
    }

    /// `f`: onto the timeline screen, or back to where it was opened from.
    pub(super) fn open_case_file(&mut self) -> Effect {
        if self.screen == Screen::Timeline {
            self.screen = self.case.back;
        } else {
            self.case = CaseView {
                back: self.screen,
                ..CaseView::default()
            };
            self.screen = Screen::Timeline;
        }
        self.detail_scroll = 0;
        self.notice = None;
        Effect::None
    }

    pub(super) fn update_timeline(&mut self, action: Action) -> Effect {
        let page = usize::from(self.viewport.list_rows.max(2) - 1) as isize;
        match action {
            Action::Up => self.select_by(-1),
            Action::Down => self.select_by(1),
            Action::PageUp => self.select_by(-page),
            Action::PageDown => self.select_by(page),
            Action::Top => self.select_by(isize::MIN / 2),
            Action::Bottom => self.select_by(isize::MAX / 2),
            Action::AddEvent => {
                let form = EventForm::new(self.today(), Kind::Contacted, None);
                self.overlay = Some(Overlay::EventForm(Box::new(form)));
                Effect::None
            }
            Action::RemoveEvent => self.ask_remove(),
            Action::ScrollDetail(n) => {
                let max = self.viewport.detail_overflow;
                self.detail_scroll = self.detail_scroll.saturating_add_signed(n).min(max);
                Effect::None
            }
            Action::CaseFile | Action::Back => self.open_case_file(),
            Action::Undo => self.undo(),
            Action::Help => self.open_help(),
            Action::SwitchLang => self.switch_lang(),
            Action::Save => Effect::Save,
            _ => Effect::None,
        }
    }

    /// How many entries [`Model::timeline`] has, without sorting them.
    pub(super) fn timeline_len(&self) -> usize {
        let confirmed: usize = self.session.confirmed.values().map(|c| c.len()).sum();
        self.session.timeline.len() + confirmed + self.session.overrides.len()
    }

    /// Moves the selection by `delta` entries, keeping it in view.
    fn select_by(&mut self, delta: isize) -> Effect {
        let len = self.timeline_len();
        if len == 0 {
            return Effect::None;
        }
        let next = (self.case.selected as isize).saturating_add(delta);
        self.case.selected = next.clamp(0, len as isize - 1) as usize;
        self.detail_scroll = 0;
        self.scroll_to_selection();
        Effect::None
    }

    fn scroll_to_selection(&mut self) {
        let rows = usize::from(self.viewport.list_rows.max(1));
        let selected = self.case.selected;
        if selected < self.case.offset {
            self.case.offset = selected;
        } else if selected >= self.case.offset + rows {
            self.case.offset = selected + 1 - rows;
        }
    }

    /// Keeps the selection on an entry after the timeline shrank (a removal, an undo).
    pub(super) fn clamp_case(&mut self) {
        let last = self.timeline_len().saturating_sub(1);
        self.case.selected = self.case.selected.min(last);
        self.case.offset = self.case.offset.min(self.case.selected);
        self.scroll_to_selection();
    }

    /// `d`: asks before removing the selected event; confirmations and "continue anyway" are
    /// undone on their own screens, and the notice says so.
    fn ask_remove(&mut self) -> Effect {
        let id = match self.timeline().get(self.case.selected) {
            Some(timeline::Entry::Event(event)) => Some(event.id),
            Some(_) => None,
            None => return Effect::None,
        };
        match id {
            Some(id) => self.overlay = Some(Overlay::RemoveEvent { id }),
            None => self.notice = Some(strings(self.lang()).model.not_removable.to_string()),
        }
        Effect::None
    }

    /// The removal dialog: `d` removes (undoable); Enter and Esc keep the event.
    pub(super) fn update_remove(&mut self, id: u32, action: Action) -> Effect {
        match action {
            Action::RemoveEvent => {
                self.overlay = None;
                self.remember();
                self.session.remove_event(id);
                self.clamp_case();
                self.notice = Some(strings(self.lang()).model.event_removed.to_string());
                Effect::Save
            }
            Action::Back | Action::Confirm => {
                self.overlay = None;
                Effect::None
            }
            _ => Effect::None,
        }
    }

    /// `n` on a checklist item: the form for a note tied to it.
    pub(super) fn open_item_note(&mut self, id: StageId) -> Effect {
        let Some(Entry::Item(item)) = self.current_entry() else {
            return Effect::None;
        };
        let tied = format!("{}/{}", id.as_str(), item.id);
        let form = EventForm::new(self.today(), Kind::Note, Some(tied));
        self.overlay = Some(Overlay::EventForm(Box::new(form)));
        Effect::None
    }

    /// Selects the event `id` on the timeline screen (after adding it).
    pub(super) fn select_event(&mut self, id: u32) {
        let at = self
            .timeline()
            .iter()
            .position(|e| matches!(e, timeline::Entry::Event(ev) if ev.id == id));
        if let Some(at) = at {
            self.case.selected = at;
            self.scroll_to_selection();
        }
    }
}
