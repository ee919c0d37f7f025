//! [`Model::update`] while the event form or one of its questions is open: editing, the
//! privacy guard (keep / mask / edit), discarding, and adding the event once its evidence file
//! is hashed by the event loop.

use tui_input::InputRequest;

use crate::i18n::strings;
use crate::timeline::Evidence;

use super::{Action, Edit, Effect, EventForm, Field, FormProblem, Model, Overlay, Screen};

impl Model {
    pub(super) fn update_form(&mut self, mut form: EventForm, action: Action) -> Effect {
        if form.hashing {
            return match action {
                Action::EvidenceRecorded(result) => self.evidence_recorded(form, result),
                _ => Effect::None,
            };
        }
        match action {
            Action::Field(n) => form.move_focus(isize::from(n)),
            Action::Edit(edit) => edit_field(&mut form, edit),
            Action::Type(c) => type_char(&mut form, c),
            Action::Paste(text) => paste(&mut form, &text),
            Action::Confirm => return self.save_form(form),
            Action::Back if form.typed() => {
                self.overlay = Some(Overlay::DiscardForm(Box::new(form)));
                return Effect::None;
            }
            Action::Back => {
                self.overlay = None;
                return Effect::None;
            }
            _ => return Effect::None,
        }
        self.overlay = Some(Overlay::EventForm(Box::new(form)));
        Effect::None
    }

    /// Enter: checks the form; text that looks like a secret is asked about first.
    fn save_form(&mut self, mut form: EventForm) -> Effect {
        if form.draft(self.today()).is_none() {
            self.overlay = Some(Overlay::EventForm(Box::new(form)));
            return Effect::None;
        }
        let found = form.findings();
        if !found.is_empty() {
            self.overlay = Some(Overlay::Privacy {
                form: Box::new(form),
                found,
            });
            return Effect::None;
        }
        self.hash_or_add(form)
    }

    /// The privacy dialog: `k` keeps the text, `m` masks it (both go on to add the event);
    /// Enter, Esc and `e` go back to the form to edit.
    pub(super) fn update_privacy(&mut self, mut form: EventForm, action: Action) -> Effect {
        match action {
            Action::Keep => self.hash_or_add(form),
            Action::Mask => {
                form.mask();
                self.hash_or_add(form)
            }
            Action::Back | Action::Confirm => {
                self.overlay = Some(Overlay::EventForm(Box::new(form)));
                Effect::None
            }
            _ => Effect::None,
        }
    }

    /// The discard question: `d` throws the form away; Enter and Esc go back to it.
    pub(super) fn update_discard(&mut self, form: EventForm, action: Action) -> Effect {
        self.overlay = match action {
            Action::Discard => None,
            Action::Back | Action::Confirm => Some(Overlay::EventForm(Box::new(form))),
            _ => Some(Overlay::DiscardForm(Box::new(form))),
        };
        Effect::None
    }

    /// With an evidence path, asks the event loop to hash the file first; else adds now.
    fn hash_or_add(&mut self, mut form: EventForm) -> Effect {
        match form.evidence_path() {
            Some(path) => {
                form.hashing = true;
                self.overlay = Some(Overlay::EventForm(Box::new(form)));
                Effect::RecordEvidence(path.into())
            }
            None => self.add_from(form, Vec::new()),
        }
    }

    fn evidence_recorded(
        &mut self,
        mut form: EventForm,
        result: Result<Evidence, String>,
    ) -> Effect {
        form.hashing = false;
        match result {
            Ok(evidence) => self.add_from(form, vec![evidence]),
            Err(why) => {
                form.problem = Some(FormProblem::Evidence(why));
                form.focus = Field::Evidence;
                self.overlay = Some(Overlay::EventForm(Box::new(form)));
                Effect::None
            }
        }
    }

    /// Adds the form's event (undoable) and closes the form; a problem keeps it open.
    fn add_from(&mut self, mut form: EventForm, evidence: Vec<Evidence>) -> Effect {
        let Some(mut draft) = form.draft(self.today()) else {
            self.overlay = Some(Overlay::EventForm(Box::new(form)));
            return Effect::None;
        };
        draft.evidence = evidence;
        self.remember();
        match self.session.add_event(draft, self.now, &self.tz) {
            Ok(id) => {
                self.overlay = None;
                if self.screen == Screen::Timeline {
                    self.select_event(id);
                }
                self.notice = Some(strings(self.lang()).model.event_recorded.to_string());
                Effect::Save
            }
            Err(problem) => {
                self.forget_last();
                form.problem = Some(FormProblem::Event(problem));
                self.overlay = Some(Overlay::EventForm(Box::new(form)));
                Effect::None
            }
        }
    }
}

/// Left/Right change the kind, the day or the channel, or move the cursor in a text field.
fn edit_field(form: &mut EventForm, edit: Edit) {
    form.problem = None;
    let delta = match edit {
        Edit::Left => -1,
        Edit::Right => 1,
        _ => 0,
    };
    match form.focus {
        Field::Kind | Field::Channel if delta != 0 => form.cycle(delta),
        Field::Date if delta != 0 => form.date.shift(delta as i32),
        Field::Date if edit == Edit::Backspace => form.date.erase(),
        _ => {
            if let Some(field) = form.focused_text() {
                field.handle(request(edit));
            }
        }
    }
}

fn request(edit: Edit) -> InputRequest {
    match edit {
        Edit::Left => InputRequest::GoToPrevChar,
        Edit::Right => InputRequest::GoToNextChar,
        Edit::Home => InputRequest::GoToStart,
        Edit::End => InputRequest::GoToEnd,
        Edit::Backspace => InputRequest::DeletePrevChar,
        Edit::Delete => InputRequest::DeleteNextChar,
    }
}

fn type_char(form: &mut EventForm, c: char) {
    form.problem = None;
    match form.focus {
        Field::Kind => form.pick_kind(c),
        Field::Date => form.date.type_char(c),
        Field::Channel => {}
        _ => {
            if let Some(field) = form.focused_text() {
                field.handle(InputRequest::InsertChar(c));
            }
        }
    }
}

/// A paste goes to the focused text field whole; on the date field, character by character.
fn paste(form: &mut EventForm, text: &str) {
    form.problem = None;
    match form.focus {
        Field::Date => text.trim().chars().for_each(|c| form.date.type_char(c)),
        _ => {
            if let Some(field) = form.focused_text() {
                field.paste(text);
            }
        }
    }
}
