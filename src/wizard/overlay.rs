//! [`Model::update`] while a dialog is open. In every dialog whose choice loses something,
//! Enter and Esc take the safe side; the losing side has a letter of its own.

use crate::checklist::StageId;
use crate::i18n::strings;
use crate::session::MAX_COOLING_OFF_DAYS;

use super::{Action, DateInput, Effect, Model, Overlay, Screen};

impl Model {
    pub(super) fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Effect {
        match overlay {
            Overlay::Help { scroll } => {
                self.overlay = match action {
                    Action::Help | Action::Back | Action::Confirm => None,
                    Action::Up => Some(Overlay::Help {
                        scroll: scroll.saturating_sub(1),
                    }),
                    Action::Down => Some(Overlay::Help { scroll: scroll + 1 }),
                    _ => Some(Overlay::Help { scroll }),
                };
                Effect::None
            }
            Overlay::Gate {
                target,
                open,
                scroll,
            } => self.update_gate(target, open, scroll, action),
            Overlay::SubmitDate(input) => self.update_date(input, action),
            Overlay::Recover { backup, .. } => match action {
                Action::Restore if backup => {
                    Effect::RestoreBackup(self.lang_chosen.then(|| self.lang()))
                }
                Action::Fresh => Effect::StartFresh,
                Action::SwitchLang => {
                    self.lang_chosen = true;
                    self.session.lang = self.session.lang.other();
                    Effect::None
                }
                _ => Effect::None,
            },
            Overlay::Unsaved { .. } => match action {
                Action::Save => Effect::Save,
                Action::WriteElsewhere => Effect::WriteElsewhere,
                Action::QuitAnyway => Effect::Quit,
                Action::Back | Action::Confirm => {
                    self.overlay = None;
                    Effect::None
                }
                _ => Effect::None,
            },
            Overlay::EventForm(form) => self.update_form(*form, action),
            Overlay::Privacy { form, .. } => self.update_privacy(*form, action),
            Overlay::DiscardForm(form) => self.update_discard(*form, action),
            Overlay::RemoveEvent { id } => self.update_remove(id, action),
            Overlay::CoolingOff { typed, .. } => self.update_cooling_off(typed, action),
        }
    }

    /// The gate: Enter and Esc go back to preparation; `c` continues anyway (recorded).
    fn update_gate(
        &mut self,
        target: Screen,
        open: Vec<String>,
        scroll: usize,
        action: Action,
    ) -> Effect {
        let scroll = match action {
            Action::ContinueAnyway => {
                self.overlay = None;
                return self.continue_anyway(target, open);
            }
            Action::Back | Action::Confirm => {
                self.overlay = None;
                return Effect::None;
            }
            Action::Up => scroll.saturating_sub(1),
            Action::Down => (scroll + 1).min(open.len().saturating_sub(1)),
            _ => return Effect::None,
        };
        self.overlay = Some(Overlay::Gate {
            target,
            open,
            scroll,
        });
        Effect::None
    }

    /// The date dialog: Enter records the day shown or typed (never a future one), Esc
    /// leaves everything as it was, `c` clears a recorded date.
    fn update_date(&mut self, mut input: DateInput, action: Action) -> Effect {
        match action {
            Action::ShiftDay(n) => input.shift(i32::from(n)),
            Action::Type(c) => input.type_char(c),
            Action::Erase => input.erase(),
            Action::Back => {
                self.overlay = None;
                return Effect::None;
            }
            Action::ClearSubmission if input.recorded.is_some() => {
                self.overlay = None;
                return self.clear_submission();
            }
            Action::Confirm => return self.take_date(input),
            _ => return Effect::None,
        }
        self.overlay = Some(Overlay::SubmitDate(input));
        Effect::None
    }

    fn take_date(&mut self, mut input: DateInput) -> Effect {
        let Some(day) = input.take() else {
            self.overlay = Some(Overlay::SubmitDate(input));
            return Effect::None;
        };
        self.overlay = None;
        let Some(item) = self.submit_item().map(|i| i.id.clone()) else {
            return Effect::None;
        };
        let kept = input.recorded == Some(day);
        let was_done = self.all_done();
        let effect = if kept && self.is_confirmed(StageId::Deletion, &item) {
            Effect::None
        } else {
            self.remember();
            if kept {
                // The date came from the case file or the command line: the step is done.
                self.session.confirm_submit_step(&item, self.now);
            } else {
                self.session.record_submission(&item, day, self.now);
            }
            Effect::Save
        };
        let effect = self.advance_after_date(input.advance, effect);
        if !was_done && self.all_done() {
            self.screen = Screen::Summary;
        }
        effect
    }

    /// `o` on the submit step, once its date is recorded: asks for the cooling-off length,
    /// showing the one recorded, if any. Without a date, the notice says to record it first.
    pub(super) fn ask_cooling_off(&mut self) -> Effect {
        if !self.on_submit_step() {
            return Effect::None;
        }
        if self.session.review.is_none() {
            let first = strings(self.lang()).model.cooling_off_needs_date;
            self.notice = Some(first.to_string());
            return Effect::None;
        }
        let days = self.session.review.and_then(|r| r.cooling_off_days);
        self.overlay = Some(Overlay::CoolingOff {
            typed: days.map(|d| d.to_string()).unwrap_or_default(),
            too_many: false,
        });
        Effect::None
    }

    /// Whether the cursor is on the step that records the submission (where `o` works).
    pub fn on_submit_step(&self) -> bool {
        matches!(self.current_entry(),
            Some(super::Entry::Item(item)) if item.marks == Some(crate::checklist::Mark::Submitted))
    }

    /// Whether `action` would do anything now, for the keys the footer offers: undo only with
    /// a change to undo, `n` only on a checklist item, `o` only on the submit step, restore
    /// only with a backup, removing only with an entry, moving through the case file only
    /// with two. Every other action counts as offered.
    pub fn offers(&self, action: &Action) -> bool {
        match action {
            Action::Undo => !self.undo.is_empty(),
            Action::NoteItem => matches!(self.current_entry(), Some(super::Entry::Item(_))),
            Action::CoolingOff => self.on_submit_step(),
            Action::Restore => {
                !matches!(self.overlay, Some(Overlay::Recover { backup: false, .. }))
            }
            Action::RemoveEvent => self.timeline_len() > 0,
            Action::Up | Action::Down if self.screen == Screen::Timeline => self.timeline_len() > 1,
            _ => true,
        }
    }

    /// The cooling-off question: digits and Backspace edit the number; Enter records it (empty
    /// records none); Esc leaves what was recorded.
    fn update_cooling_off(&mut self, mut typed: String, action: Action) -> Effect {
        match action {
            Action::Type(c) if c.is_ascii_digit() && typed.len() < 3 => typed.push(c),
            Action::Erase => {
                typed.pop();
            }
            Action::Back => {
                self.overlay = None;
                return Effect::None;
            }
            Action::Confirm => return self.take_cooling_off(typed),
            _ => {}
        }
        self.overlay = Some(Overlay::CoolingOff {
            typed,
            too_many: false,
        });
        Effect::None
    }

    fn take_cooling_off(&mut self, typed: String) -> Effect {
        let days = typed.parse::<u16>().ok();
        if days.is_some_and(|d| d > MAX_COOLING_OFF_DAYS) {
            self.overlay = Some(Overlay::CoolingOff {
                typed,
                too_many: true,
            });
            return Effect::None;
        }
        self.overlay = None;
        let effect = if self.session.review.and_then(|r| r.cooling_off_days) == days {
            Effect::None
        } else {
            self.remember();
            self.session.set_cooling_off(days);
            Effect::Save
        };
        self.notice = Some(self.cooling_off_notice(days));
        effect
    }

    /// What the notice says once the cooling-off is taken: the days and the day they end
    /// (the submission date plus the days, as the reminders count them), or that none is kept.
    fn cooling_off_notice(&self, days: Option<u16>) -> String {
        let words = &strings(self.lang()).model;
        let Some(d) = days else {
            return words.cooling_off_cleared.into();
        };
        let end = self.session.review.and_then(|r| {
            r.submitted_on
                .0
                .checked_add(jiff::Span::new().days(i64::from(d)))
                .ok()
        });
        (words.cooling_off_recorded)(d, end)
    }

    fn advance_after_date(&mut self, advance: bool, effect: Effect) -> Effect {
        if advance {
            let moved = self.move_cursor(StageId::Deletion, 1);
            if effect == Effect::None {
                return moved;
            }
        }
        effect
    }

    fn clear_submission(&mut self) -> Effect {
        let Some(item) = self.submit_item().map(|i| i.id.clone()) else {
            return Effect::None;
        };
        self.remember();
        let today = self.today();
        self.session.clear_submission(&item, today, self.now);
        Effect::Save
    }
}
