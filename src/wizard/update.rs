//! [`Model::update`] on the screens themselves: moving, confirming, answering, undoing and
//! going from stage to stage. The dialogs' own keys are in `overlay`.

use crate::checklist::{Mark, StageId};
use crate::i18n::strings;
use crate::session::Override;

use super::{Action, DateInput, Effect, Entry, Model, Overlay, SaveStatus, Screen, UNDO_LIMIT};

impl Model {
    /// Applies one action and says what the event loop must do. Never does I/O.
    pub fn update(&mut self, action: Action) -> Effect {
        match action {
            Action::Resize(w, h) => self.size = (w, h),
            Action::Viewport(viewport) => self.viewport = viewport,
            _ => {}
        }
        match action {
            Action::Resize(..) | Action::Viewport(_) => return Effect::None,
            Action::Quit => return self.quit(),
            Action::Redraw => return Effect::Redraw,
            Action::Suspend => return Effect::Suspend,
            _ => {}
        }
        if self.too_small() {
            return Effect::None;
        }
        match self.overlay.clone() {
            Some(overlay) => self.update_overlay(overlay, action),
            None => match self.screen {
                Screen::Welcome => self.update_welcome(action),
                Screen::Summary => self.update_summary(action),
                Screen::Stage(id) => self.update_stage(id, action),
                Screen::Timeline => self.update_timeline(action),
            },
        }
    }

    /// `q` / Ctrl-C: progress is saved after every change, so this quits, unless the last
    /// save failed: then the person is asked first. An event form with text in it is not
    /// saved yet: Ctrl-C there asks, as Esc does, whether to throw it away (Ctrl-C again
    /// quits).
    fn quit(&mut self) -> Effect {
        let failed = matches!(self.save_status, SaveStatus::Failed(_));
        match &self.overlay {
            // The dialog is the question: only its own `d` quits from there.
            Some(Overlay::Unsaved { .. }) => Effect::None,
            Some(Overlay::Recover { .. }) => Effect::Quit,
            Some(Overlay::EventForm(form) | Overlay::Privacy { form, .. })
                if form.typed() && !form.hashing =>
            {
                self.overlay = Some(Overlay::DiscardForm(form.clone()));
                Effect::None
            }
            _ if failed => {
                self.overlay = Some(Overlay::Unsaved { written: None });
                Effect::None
            }
            _ => Effect::Quit,
        }
    }

    fn update_welcome(&mut self, action: Action) -> Effect {
        match action {
            Action::Confirm | Action::ConfirmNext => {
                self.session.welcomed = true;
                self.go(Screen::Stage(self.stage_id()));
                Effect::Save
            }
            Action::SwitchLang => self.switch_lang(),
            Action::Help => self.open_help(),
            Action::Export => Effect::Export,
            _ => Effect::None,
        }
    }

    fn update_summary(&mut self, action: Action) -> Effect {
        let last = self.checklist.stages.len() - 1;
        match action {
            Action::Export => Effect::Export,
            Action::Remind => Effect::Remind,
            Action::Back | Action::PrevStage => {
                self.go_checked(Screen::Stage(self.checklist.stages[last].id))
            }
            Action::Jump(n) if n <= last => {
                self.go_checked(Screen::Stage(self.checklist.stages[n].id))
            }
            Action::Troubleshoot => self.troubleshoot(),
            Action::SwitchLang => self.switch_lang(),
            Action::Help => self.open_help(),
            Action::Undo => self.undo(),
            Action::Save => Effect::Save,
            Action::CaseFile => self.open_case_file(),
            _ => Effect::None,
        }
    }

    fn update_stage(&mut self, id: StageId, action: Action) -> Effect {
        match action {
            Action::Up => self.move_cursor(id, -1),
            Action::Down => self.move_cursor(id, 1),
            Action::PageUp => self.move_cursor(id, -(self.page() as isize)),
            Action::PageDown => self.move_cursor(id, self.page() as isize),
            Action::Top => self.move_cursor(id, isize::MIN / 2),
            Action::Bottom => self.move_cursor(id, isize::MAX / 2),
            Action::Toggle => self.toggle(id, false),
            Action::ConfirmNext => self.confirm_next(id),
            Action::Back if id == StageId::Troubleshooting && self.return_to.is_some() => {
                self.troubleshoot()
            }
            Action::Undo => self.undo(),
            Action::Export => Effect::Export,
            Action::Remind => Effect::Remind,
            Action::Save => Effect::Save,
            Action::ScrollDetail(n) => {
                self.detail_scroll = self
                    .detail_scroll
                    .saturating_add_signed(n)
                    .min(self.max_detail_scroll());
                Effect::None
            }
            Action::Pick { index, toggle } => self.pick(id, index, toggle),
            _ => self.update_moves(id, action),
        }
    }

    /// The keys that leave the stage or change what is shown.
    fn update_moves(&mut self, id: StageId, action: Action) -> Effect {
        let pos = self.position(id);
        let last = self.checklist.stages.len() - 1;
        match action {
            Action::NextStage if pos == last => self.go_checked(Screen::Summary),
            Action::NextStage => self.go_checked(Screen::Stage(self.checklist.stages[pos + 1].id)),
            Action::PrevStage if pos > 0 => {
                self.go_checked(Screen::Stage(self.checklist.stages[pos - 1].id))
            }
            Action::Jump(n) if n <= last => {
                self.go_checked(Screen::Stage(self.checklist.stages[n].id))
            }
            Action::Troubleshoot => self.troubleshoot(),
            Action::SwitchLang => self.switch_lang(),
            Action::Help => self.open_help(),
            Action::CaseFile => self.open_case_file(),
            Action::NoteItem => self.open_item_note(id),
            Action::CoolingOff => self.ask_cooling_off(),
            _ => Effect::None,
        }
    }

    /// Rows a page key moves: the list's height less one, so one row stays in view.
    fn page(&self) -> usize {
        usize::from(self.viewport.list_rows.max(2) - 1)
    }

    fn max_detail_scroll(&self) -> u16 {
        self.viewport.detail_overflow
    }

    pub(super) fn move_cursor(&mut self, id: StageId, delta: isize) -> Effect {
        let len = self.entry_count(id);
        if len == 0 {
            return Effect::None;
        }
        let current = self.cursor(id) as isize;
        let next = current.saturating_add(delta).clamp(0, len as isize - 1) as usize;
        self.set_cursor(id, next)
    }

    pub(super) fn set_cursor(&mut self, id: StageId, index: usize) -> Effect {
        if index == self.cursor(id) {
            return Effect::None;
        }
        self.cursors.insert(id, index);
        self.detail_scroll = 0;
        let key = self.entry(id, index).map(|e| e.key());
        if let Some(key) = key {
            self.session.cursor.insert(id.as_str().to_string(), key);
        }
        Effect::Save
    }

    /// Enter: confirms the row and moves on; a row already confirmed is never undone by it,
    /// only left. On an answer it chooses the option only while its question is unanswered, so
    /// Enter pressed through a question never changes an answer given.
    fn confirm_next(&mut self, id: StageId) -> Effect {
        let done = match self.current_entry() {
            None => return Effect::None,
            Some(Entry::Item(item)) => self.is_confirmed(id, &item.id),
            Some(Entry::Answer(q, _)) => self.answers.contains_key(&q.id),
        };
        let effect = if done {
            Effect::None
        } else {
            self.toggle(id, true)
        };
        if self.overlay.is_none() && self.screen == Screen::Stage(id) {
            let moved = self.move_cursor(id, 1);
            return if effect == Effect::None {
                moved
            } else {
                effect
            };
        }
        effect
    }

    /// Space: flips the row under the cursor. The submit step opens the date dialog instead,
    /// both to confirm it and to correct or clear the date. A date already recorded (by the
    /// dialog, `xhs-cancel submitted` or a "request submitted" event in the case file) is shown
    /// and kept unless the person changes it, whether or not the step is confirmed yet.
    fn toggle(&mut self, id: StageId, advance: bool) -> Effect {
        let Some(entry) = self.current_entry() else {
            return Effect::None;
        };
        let was_done = self.all_done();
        match entry {
            Entry::Answer(q, c) => {
                let (q, c) = (q.id.clone(), c.id.clone());
                self.remember();
                self.answer(&q, &c);
            }
            Entry::Item(item) if item.marks == Some(Mark::Submitted) => {
                let recorded = self.session.review.map(|r| r.submitted_on.0);
                self.overlay = Some(Overlay::SubmitDate(DateInput::new(
                    self.today(),
                    recorded,
                    advance,
                )));
                return Effect::None;
            }
            Entry::Item(item) => {
                let item = item.id.clone();
                self.remember();
                self.flip(id, &item);
            }
        }
        if !was_done && self.all_done() {
            self.screen = Screen::Summary;
        }
        Effect::Save
    }

    /// Chooses or clears an option: a multi-choice question keeps the others, a single-choice
    /// one has the new option replace the old. Options the checklists no longer know are
    /// dropped from the question once it is answered again.
    fn answer(&mut self, question: &str, option: &str) {
        let multi = self.checklist.question(question).is_some_and(|q| q.multi);
        let mut chosen = self.answers.get(question).cloned().unwrap_or_default();
        if chosen.iter().any(|c| c == option) {
            chosen.retain(|c| c != option);
        } else if multi {
            chosen.push(option.to_string());
        } else {
            chosen = vec![option.to_string()];
        }
        if chosen.is_empty() {
            self.session.answers.remove(question);
        } else {
            self.session.answers.insert(question.to_string(), chosen);
        }
        self.sync_answers();
        self.restore_cursors();
    }

    fn flip(&mut self, id: StageId, item: &str) {
        let stamp = self.session.stamp(self.now);
        let confirmed = self
            .session
            .confirmed
            .entry(id.as_str().to_string())
            .or_default();
        if confirmed.remove(item).is_none() {
            confirmed.insert(item.to_string(), stamp);
        }
    }

    /// Keeps the session as it is now, so that `u` can come back to it; a notice about an
    /// earlier moment (an undo, an export) goes, since a change makes it stale.
    pub(super) fn remember(&mut self) {
        self.notice = None;
        if self.undo.len() == UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.undo.push(self.session.clone());
    }

    /// Drops the moment [`Model::remember`] just kept, for a change that did not happen.
    pub(super) fn forget_last(&mut self) {
        self.undo.pop();
    }

    /// `u`: puts back what the last change of this run changed (confirmations, answers,
    /// overrides, the submission date), leaving the screen where it is.
    pub(super) fn undo(&mut self) -> Effect {
        let Some(before) = self.undo.pop() else {
            self.notice = Some(strings(self.lang()).model.nothing_to_undo.to_string());
            return Effect::None;
        };
        self.session.confirmed = before.confirmed;
        self.session.answers = before.answers;
        self.session.overrides = before.overrides;
        self.session.review = before.review;
        self.session.timeline = before.timeline;
        // Ids are never given twice, even to an event added again after an undo.
        self.session.next_event = self.session.next_event.max(before.next_event);
        self.clamp_case();
        self.sync_answers();
        self.restore_cursors();
        self.notice = Some(strings(self.lang()).model.undone.to_string());
        Effect::Save
    }

    /// Records "continue anyway" past the gate, with what was open, and goes on.
    pub(super) fn continue_anyway(&mut self, target: Screen, open: Vec<String>) -> Effect {
        self.remember();
        self.session.overrides.push(Override {
            stage: StageId::Preparation.as_str().to_string(),
            at: self.session.stamp(self.now),
            open,
        });
        self.go(target);
        Effect::Save
    }

    /// Moves to another screen, asking first when that leaves preparation with required
    /// items open that no earlier "continue anyway" covered.
    fn go_checked(&mut self, target: Screen) -> Effect {
        let prep = self.position(StageId::Preparation);
        let target_pos = match target {
            Screen::Stage(id) => self.position(id),
            _ => self.checklist.stages.len(),
        };
        let leaves_forward = self.position(self.stage_id()) <= prep && target_pos > prep;
        let open = self.open_required();
        let covered = self
            .session
            .overrides
            .last()
            .is_some_and(|o| open.iter().all(|id| o.open.contains(id)));
        if leaves_forward && !open.is_empty() && !covered {
            self.overlay = Some(Overlay::Gate {
                target,
                open,
                scroll: 0,
            });
            return Effect::None;
        }
        self.go(target);
        Effect::Save
    }

    pub(super) fn go(&mut self, target: Screen) {
        if let Screen::Stage(id) = target {
            self.session.stage = id.as_str().to_string();
        }
        if target != Screen::Stage(StageId::Troubleshooting) {
            self.return_to = None;
        }
        self.screen = target;
        self.detail_scroll = 0;
        self.notice = None;
    }

    /// `t`: into troubleshooting, remembering where from; from there, back again. Past the
    /// review limit it opens on the slow-review problem.
    fn troubleshoot(&mut self) -> Effect {
        let here = self.screen;
        match self.return_to.take() {
            Some(back) if here == Screen::Stage(StageId::Troubleshooting) => self.go(back),
            _ => {
                self.go(Screen::Stage(StageId::Troubleshooting));
                if here != Screen::Stage(StageId::Troubleshooting) {
                    self.return_to = Some(here);
                }
                if self.overdue() {
                    self.point_at_slow_review();
                }
            }
        }
        Effect::Save
    }

    fn point_at_slow_review(&mut self) {
        let id = StageId::Troubleshooting;
        let index = self
            .entries(id)
            .iter()
            .position(|e| matches!(e, Entry::Item(item) if item.marks == Some(Mark::SlowReview)));
        if let Some(index) = index {
            self.set_cursor(id, index);
        }
    }

    /// Whether Esc or `t` leads back from troubleshooting to another screen.
    pub fn can_return(&self) -> bool {
        self.return_to.is_some()
    }

    /// Switches the language; a notice written in the other language goes.
    pub(super) fn switch_lang(&mut self) -> Effect {
        self.session.lang = self.session.lang.other();
        self.notice = None;
        Effect::Save
    }

    pub(super) fn open_help(&mut self) -> Effect {
        self.overlay = Some(Overlay::Help { scroll: 0 });
        Effect::None
    }

    fn pick(&mut self, id: StageId, index: usize, toggle: bool) -> Effect {
        if index >= self.entry_count(id) {
            return Effect::None;
        }
        let moved = self.set_cursor(id, index);
        if toggle {
            return self.toggle(id, false);
        }
        moved
    }
}
