//! The case file's event form as typed: kind, date, how and ticket number (contacts and
//! replies), channel (complaints), note and an evidence path. Text editing is `tui-input`'s;
//! this module only decides which field a key goes to and turns the form into a [`Draft`].

use jiff::civil::Date;
use tui_input::{Input, InputRequest};

use crate::privacy::{self, SecretKind};
use crate::timeline::{Channel, Draft, EventProblem, Kind};

use super::{DateInput, DateProblem};

/// A one-line text field: `tui-input`'s state, compared by value and cursor.
#[derive(Debug, Clone, Default)]
pub struct TextField(Input);

impl PartialEq for TextField {
    fn eq(&self, other: &TextField) -> bool {
        self.0.value() == other.0.value() && self.0.cursor() == other.0.cursor()
    }
}

impl Eq for TextField {}

impl TextField {
    pub fn value(&self) -> &str {
        self.0.value()
    }

    /// The cursor in display columns from the start (a CJK character counts two).
    pub fn visual_cursor(&self) -> usize {
        self.0.visual_cursor()
    }

    /// The display columns scrolled off the left when the field shows `width` columns.
    pub fn visual_scroll(&self, width: usize) -> usize {
        self.0.visual_scroll(width)
    }

    /// Applies one editing request (insert, delete, move).
    pub fn handle(&mut self, request: InputRequest) {
        self.0.handle(request);
    }

    /// Inserts pasted text at the cursor; line breaks and tabs become spaces (the fields are
    /// one line), other control characters are dropped.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars() {
            let c = if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            };
            if !c.is_control() {
                self.0.handle(InputRequest::InsertChar(c));
            }
        }
    }

    fn set(&mut self, value: String) {
        self.0 = Input::new(value);
    }
}

/// An editing key of the form ([`super::Action::Edit`]); what it does depends on the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Left,
    Right,
    Home,
    End,
    Backspace,
    Delete,
}

/// One field of the form, in the order Tab visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Kind,
    Date,
    Via,
    Reference,
    Channel,
    Note,
    Evidence,
}

/// Why the form was not saved, shown in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    Date(DateProblem),
    Event(EventProblem),
    /// The evidence file could not be recorded: the error as the event loop gave it
    /// (English, already sanitized).
    Evidence(String),
}

/// The letter that picks each kind on the kind field: s(ubmitted), c(ontacted), r(eply),
/// p (complaint, "petition"), w(ithdrawn: cancelled), g(one), n(ote).
pub const KIND_KEYS: [(char, Kind); 7] = [
    ('s', Kind::Submitted),
    ('c', Kind::Contacted),
    ('r', Kind::Reply),
    ('p', Kind::Complaint),
    ('w', Kind::Cancelled),
    ('g', Kind::Gone),
    ('n', Kind::Note),
];

/// The form's whole state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventForm {
    pub kind: Kind,
    pub date: DateInput,
    pub via: TextField,
    pub reference: TextField,
    pub channel: Channel,
    pub note: TextField,
    pub evidence: TextField,
    /// `stage/item` for a note on a checklist item (the kind is then fixed to note).
    pub item: Option<String>,
    pub focus: Field,
    pub problem: Option<FormProblem>,
    /// The evidence file is being hashed by the event loop; keys wait.
    pub hashing: bool,
}

impl EventForm {
    /// An empty form of `kind` dated today; with `item`, a note on that item.
    pub fn new(today: Date, kind: Kind, item: Option<String>) -> EventForm {
        let focus = if item.is_some() {
            Field::Note
        } else {
            Field::Kind
        };
        EventForm {
            kind,
            date: DateInput::new(today, None, false),
            via: TextField::default(),
            reference: TextField::default(),
            channel: Channel::Platform,
            note: TextField::default(),
            evidence: TextField::default(),
            item,
            focus,
            problem: None,
            hashing: false,
        }
    }

    /// The fields this kind has, in Tab order.
    pub fn fields(&self) -> Vec<Field> {
        let mut fields = Vec::new();
        if self.item.is_none() {
            fields.push(Field::Kind);
        }
        fields.push(Field::Date);
        match self.kind {
            Kind::Contacted | Kind::Reply => fields.extend([Field::Via, Field::Reference]),
            Kind::Complaint => fields.extend([Field::Channel, Field::Reference]),
            _ => {}
        }
        fields.extend([Field::Note, Field::Evidence]);
        fields
    }

    /// Tab (`1`) or Shift-Tab (`-1`): the next or previous field, round.
    pub fn move_focus(&mut self, delta: isize) {
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        let next = (at as isize + delta).rem_euclid(fields.len() as isize) as usize;
        self.focus = fields[next];
    }

    /// The text field with the focus, if the focus is on one.
    pub fn focused_text(&mut self) -> Option<&mut TextField> {
        match self.focus {
            Field::Via => Some(&mut self.via),
            Field::Reference => Some(&mut self.reference),
            Field::Note => Some(&mut self.note),
            Field::Evidence => Some(&mut self.evidence),
            Field::Kind | Field::Date | Field::Channel => None,
        }
    }

    /// Left/Right on the kind or channel field: the previous or next one, round.
    pub fn cycle(&mut self, delta: isize) {
        match self.focus {
            Field::Kind => self.kind = step(&Kind::ADDABLE, self.kind, delta),
            Field::Channel => self.channel = step(&Channel::ALL, self.channel, delta),
            _ => {}
        }
        self.problem = None;
    }

    /// A character typed on the kind field: the kind of that letter, if any.
    pub fn pick_kind(&mut self, c: char) {
        let found = KIND_KEYS.iter().find(|(k, _)| *k == c.to_ascii_lowercase());
        if let Some((_, kind)) = found {
            self.kind = *kind;
            self.problem = None;
        }
    }

    /// Whether anything was typed (Esc then asks before throwing it away).
    pub fn typed(&self) -> bool {
        [&self.via, &self.reference, &self.note, &self.evidence]
            .iter()
            .any(|f| !f.value().trim().is_empty())
            || !self.date.typed.is_empty()
    }

    /// The kinds of secret found in the note, via and reference, each once, in order.
    pub fn findings(&self) -> Vec<SecretKind> {
        let mut kinds = Vec::new();
        for field in [&self.note, &self.via, &self.reference] {
            for finding in privacy::scan(field.value()) {
                if !kinds.contains(&finding.kind) {
                    kinds.push(finding.kind);
                }
            }
        }
        kinds
    }

    /// Replaces every finding in the note, via and reference with `*`s.
    pub fn mask(&mut self) {
        for field in [&mut self.note, &mut self.via, &mut self.reference] {
            let masked = privacy::mask(field.value());
            field.set(masked);
        }
    }

    /// The evidence path typed, trimmed; `None` when empty.
    pub fn evidence_path(&self) -> Option<String> {
        let path = self.evidence.value().trim();
        (!path.is_empty()).then(|| path.to_string())
    }

    /// The draft this form makes (without evidence), checked as of `now`/`today` the way
    /// [`crate::session::Session::add_event`] checks it; the problem is kept in the form.
    pub fn draft(&mut self, today: Date) -> Option<Draft> {
        let Some(on) = self.date.take() else {
            self.problem = self.date.problem.clone().map(FormProblem::Date);
            return None;
        };
        let contact = matches!(self.kind, Kind::Contacted | Kind::Reply);
        let numbered = contact || self.kind == Kind::Complaint;
        let text = |f: &TextField, keep: bool| match keep {
            true => f.value().trim().to_string(),
            false => String::new(),
        };
        let draft = Draft {
            via: text(&self.via, contact),
            reference: text(&self.reference, numbered),
            to: (self.kind == Kind::Complaint).then_some(self.channel),
            note: text(&self.note, true),
            item: self.item.clone(),
            ..Draft::new(self.kind, on)
        };
        if let Some(problem) = draft.problem(today) {
            self.problem = Some(FormProblem::Event(problem));
            return None;
        }
        self.problem = None;
        Some(draft)
    }
}

fn step<T: Copy + PartialEq>(all: &[T], current: T, delta: isize) -> T {
    let at = all.iter().position(|x| *x == current).unwrap_or(0) as isize;
    all[(at + delta).rem_euclid(all.len() as isize) as usize]
}
