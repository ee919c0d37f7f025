//! The wizard's state machine: stages, cursor, confirmations and gates, with no terminal and no I/O.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::calendar::ReviewClock;
use crate::checklist::{Checklist, Choice, Item, Mark, Question, Stage, StageId};
use crate::i18n::strings;
use crate::session::Session;
use crate::text::Lang;

mod action;
mod case;
mod case_form;
mod date;
mod entries;
mod form;
mod overlay;
mod problems;
mod update;

pub use action::{Action, Effect, MIN_HEIGHT, MIN_WIDTH, Viewport};
pub use case::CaseView;
pub use date::{DateInput, DateProblem, EARLIEST, parse_day};
pub use form::{Edit, EventForm, Field, FormProblem, KIND_KEYS, TextField};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Stage(StageId),
    Summary,
    /// The case file: every timeline entry, newest first.
    Timeline,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Every key; `scroll` is the first row shown when they do not all fit.
    Help { scroll: usize },
    /// Leaving preparation forward with required items open; `scroll` is the first open
    /// item shown.
    Gate {
        target: Screen,
        open: Vec<String>,
        scroll: usize,
    },
    /// Confirming the submit step: on which day was the request submitted?
    SubmitDate(DateInput),
    /// The saved session could not be read; it is left where it is until the person picks
    /// what next. `failed` is why the last restore or fresh start did not work.
    Recover {
        problem: String,
        backup: bool,
        failed: Option<String>,
    },
    /// Quit asked while the last save failed. `written` is where `w` wrote the session, or
    /// why it could not.
    Unsaved {
        written: Option<Result<String, String>>,
    },
    /// The form for a new timeline event.
    EventForm(Box<EventForm>),
    /// Saving a form whose text looks like it holds secrets: what kinds were found.
    Privacy {
        form: Box<EventForm>,
        found: Vec<crate::privacy::SecretKind>,
    },
    /// Esc on a form with something typed: throw it away?
    DiscardForm(Box<EventForm>),
    /// Remove timeline event `id`?
    RemoveEvent { id: u32 },
    /// `o` on the submit step: how many days of cooling-off (冷静期) did the app show?
    /// `typed` holds the digits so far; `too_many` when the last Enter was past
    /// [`crate::session::MAX_COOLING_OFF_DAYS`].
    CoolingOff { typed: String, too_many: bool },
}

/// Why the last save failed, in words the footer and the quit dialog can give in either
/// language; `detail` is the error chain in English, already sanitized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFailure {
    pub kind: FailureKind,
    pub detail: String,
}

/// The kinds of save failure a person can act on differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    DiskFull,
    NoPermission,
    /// A later xhs-cancel wrote the session; this one will not replace it.
    NewerVersion,
    Other,
}

/// The footer's report on the last save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing written yet in this run (or nothing to write: memory only).
    Idle,
    Saved(Timestamp),
    Failed(SaveFailure),
}

/// The saved answers whose question and option `checklist` still has; a question left with
/// no known option is dropped.
pub fn known_answers(
    checklist: &Checklist,
    saved: &BTreeMap<String, Vec<String>>,
) -> BTreeMap<String, Vec<String>> {
    saved
        .iter()
        .filter_map(|(q, chosen)| {
            let question = checklist.question(q)?;
            let known: Vec<String> = chosen
                .iter()
                .filter(|o| question.options.iter().any(|c| &c.id == *o))
                .cloned()
                .collect();
            (!known.is_empty()).then(|| (q.clone(), known))
        })
        .collect()
}

/// How the screen is drawn; fixed for a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ViewOptions {
    pub ascii: bool,
    pub no_color: bool,
    pub mouse: bool,
}

/// One selectable row of a stage: an item, or an answer to one of the reasons questions.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'a> {
    Item(&'a Item),
    Answer(&'a Question, &'a Choice),
}

impl Entry<'_> {
    /// The id a session stores for the cursor: the item id, or `question/option`.
    pub fn key(&self) -> String {
        match self {
            Entry::Item(item) => item.id.clone(),
            Entry::Answer(q, c) => format!("{}/{}", q.id, c.id),
        }
    }
}

/// The whole state of the wizard. Rendering reads it; only [`Model::update`] changes it.
#[derive(Debug, Clone)]
pub struct Model {
    pub checklist: Checklist,
    pub session: Session,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub options: ViewOptions,
    pub size: (u16, u16),
    pub now: Timestamp,
    pub tz: TimeZone,
    pub save_status: SaveStatus,
    /// A one-line message for the person (new items, where the report went).
    pub notice: Option<String>,
    pub detail_scroll: u16,
    /// What the view last drew ([`Action::Viewport`]).
    pub viewport: Viewport,
    /// The answers whose question and option the checklists still have: the only ones that
    /// count. Kept in step with `session.answers` by [`Model::sync_answers`].
    answers: BTreeMap<String, Vec<String>>,
    /// Where `t` or Esc returns to from troubleshooting.
    return_to: Option<Screen>,
    cursors: BTreeMap<StageId, usize>,
    /// Which entries each stage shows under `answers`; `checklist` is fixed for the model's
    /// life, so only [`Model::sync_answers`] changes it.
    shown: entries::Shown,
    /// The session as it was before each change of this run, newest last, for `u`.
    undo: Vec<Session>,
    /// The timeline screen's selection and scroll.
    pub case: CaseView,
    /// Whether the person chose the language in this run (`--lang`, or `L` in the recovery
    /// dialog): a restored backup then takes that language instead of its own.
    pub lang_chosen: bool,
}

/// How many changes `u` can take back in one run; older ones are dropped first.
const UNDO_LIMIT: usize = 1000;

impl Model {
    /// A model over a session; `now` and `tz` give today's date for the review clock.
    pub fn new(checklist: Checklist, session: Session, now: Timestamp, tz: TimeZone) -> Model {
        let stage = StageId::parse(&session.stage).unwrap_or(StageId::Reasons);
        let screen = if session.welcomed {
            Screen::Stage(stage)
        } else {
            Screen::Welcome
        };
        let mut model = Model {
            checklist,
            session,
            screen,
            overlay: None,
            options: ViewOptions::default(),
            size: (80, 24),
            now,
            tz,
            save_status: SaveStatus::Idle,
            notice: None,
            detail_scroll: 0,
            viewport: Viewport::default(),
            answers: BTreeMap::new(),
            return_to: None,
            cursors: BTreeMap::new(),
            shown: entries::Shown::default(),
            undo: Vec::new(),
            case: CaseView::default(),
            lang_chosen: false,
        };
        model.shown = entries::Shown::new(&model.checklist);
        model.sync_answers();
        model.restore_cursors();
        model.announce_new_items();
        model.announce_unknown_answers();
        model
    }

    /// Replaces the session, as when the backup copy is restored, keeping the language shown.
    pub fn replace_session(&mut self, session: Session) {
        self.session = session;
        let stage = StageId::parse(&self.session.stage).unwrap_or(StageId::Reasons);
        self.screen = if self.session.welcomed {
            Screen::Stage(stage)
        } else {
            Screen::Welcome
        };
        self.undo.clear();
        self.sync_answers();
        self.restore_cursors();
    }

    pub fn lang(&self) -> Lang {
        self.session.lang
    }

    pub fn today(&self) -> Date {
        self.now.to_zoned_datetime(self.tz.clone()).date()
    }

    /// The stage shown, or the one the summary or welcome leads back to.
    pub fn stage_id(&self) -> StageId {
        match self.screen {
            Screen::Stage(id) => id,
            _ => StageId::parse(&self.session.stage).unwrap_or(StageId::Reasons),
        }
    }

    pub fn stage(&self) -> &Stage {
        self.checklist.stage(self.stage_id())
    }

    /// Below 60x16 the screen shows only how to make it bigger, and keys do nothing but quit.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    pub fn is_confirmed(&self, stage: StageId, item: &str) -> bool {
        self.confirmed_at(stage, item).is_some()
    }

    pub fn confirmed_at(&self, stage: StageId, item: &str) -> Option<Timestamp> {
        self.session.confirmed_at(stage.as_str(), item)
    }

    pub fn is_chosen(&self, question: &str, option: &str) -> bool {
        self.answers
            .get(question)
            .is_some_and(|chosen| chosen.iter().any(|c| c == option))
    }

    /// The answers that count: question id → the option ids chosen, for questions and
    /// options the checklists still have. Others stay in the session file but are treated as
    /// unanswered; a question with no known option left is absent.
    pub fn answers(&self) -> &BTreeMap<String, Vec<String>> {
        &self.answers
    }

    /// Reasons: a reason picked and every question answered; troubleshooting asks nothing;
    /// the others: every shown item confirmed.
    pub fn stage_done(&self, id: StageId) -> bool {
        match id {
            StageId::Reasons => {
                self.progress(id).0 > 0
                    && self
                        .checklist
                        .questions
                        .iter()
                        .all(|q| self.answers.contains_key(&q.id))
            }
            StageId::Troubleshooting => true,
            _ => {
                let (done, total) = self.progress(id);
                done == total
            }
        }
    }

    pub fn all_done(&self) -> bool {
        StageId::ALL.into_iter().all(|id| self.stage_done(id))
    }

    /// Shown required items of preparation not yet confirmed.
    pub fn open_required(&self) -> Vec<String> {
        self.shown_items(StageId::Preparation)
            .filter(|i| i.required && !self.is_confirmed(StageId::Preparation, &i.id))
            .map(|i| i.id.clone())
            .collect()
    }

    /// The review clock, once a submission date is recorded (one after today gives a clock
    /// whose `future` says so, with no counts).
    pub fn review_clock(&self) -> Option<ReviewClock> {
        let review = self.session.review?;
        Some(ReviewClock::new(
            &self.checklist.calendar,
            review.submitted_on.0,
            self.today(),
        ))
    }

    /// A recorded submission date after today: a mistake to correct, never a negative count.
    pub fn future_submission(&self) -> Option<Date> {
        self.review_clock()
            .filter(|c| c.future)
            .map(|c| c.submitted_on)
    }

    /// The deletion stage's submit step: the item whose confirmation starts the review clock.
    pub fn submit_item(&self) -> Option<&Item> {
        self.checklist
            .stage(StageId::Deletion)
            .items
            .iter()
            .find(|i| i.marks == Some(Mark::Submitted))
    }

    /// How many changes `u` can still take back.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// Whether the slow-review problem should stand out: the legal limit has passed.
    /// Whether the review is past its limit with no outcome (`gone`, `cancelled`) recorded.
    pub fn overdue(&self) -> bool {
        crate::outcome::outcome(&self.session).is_none()
            && self.review_clock().is_some_and(|c| c.overdue)
    }

    pub fn position(&self, id: StageId) -> usize {
        self.checklist
            .stages
            .iter()
            .position(|s| s.id == id)
            .unwrap_or(0)
    }

    /// Saved answers the checklists no longer know are said once at start: they count as
    /// unanswered until the person answers again.
    fn announce_unknown_answers(&mut self) {
        let saved: usize = self.session.answers.values().map(Vec::len).sum();
        let known: usize = self.answers.values().map(Vec::len).sum();
        let unknown = saved - known;
        if unknown == 0 || self.notice.is_some() {
            return;
        }
        self.notice = Some((strings(self.lang()).model.unknown_answers)(unknown));
    }

    /// Items the person has not been shown before get a notice, and are recorded as seen.
    fn announce_new_items(&mut self) {
        let all: Vec<String> = self
            .checklist
            .stages
            .iter()
            .flat_map(|s| &s.items)
            .map(|i| i.id.clone())
            .collect();
        let new = all
            .iter()
            .filter(|id| !self.session.seen.contains(*id))
            .count();
        if self.session.welcomed && !self.session.seen.is_empty() && new > 0 {
            self.notice = Some((strings(self.lang()).model.new_items)(new));
        }
        self.session.seen.extend(all);
    }
}
