//! The wizard's state machine: stages, cursor, confirmations and gates, with no terminal and no I/O.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::calendar::ReviewClock;
use crate::checklist::{Checklist, Choice, Item, Mark, Question, Stage, StageId};
use crate::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use crate::session::{Day, Override, Review, Session, Stamp};
use crate::text::Lang;

/// What the person asked for, already translated from keys or mouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Toggle,
    ToggleNext,
    NextStage,
    PrevStage,
    /// Zero-based position in the stage order.
    Jump(usize),
    Troubleshoot,
    SwitchLang,
    Help,
    /// Esc: close an overlay, return from troubleshooting, or quit.
    Back,
    Quit,
    Save,
    /// Enter on the welcome screen or in a dialog.
    Confirm,
    ScrollDetail(i16),
    Export,
    /// In the recovery dialog: use the backup copy.
    Restore,
    /// In the recovery dialog: start a new session.
    Fresh,
    Resize(u16, u16),
    Click {
        column: u16,
        row: u16,
    },
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
}

/// What the event loop must do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    /// The session changed: write it.
    Save,
    Quit,
    /// Write the Markdown report.
    Export,
    /// Replace the session with the backup copy.
    RestoreBackup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Stage(StageId),
    Summary,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// Leaving preparation forward with required items open.
    Gate {
        target: Screen,
        open: Vec<String>,
    },
    /// Unchecking the submit step would clear the review clock.
    Unsubmit,
    /// The saved session could not be read; it was moved aside. The person picks what next.
    Recover {
        problem: String,
        backup: bool,
    },
}

/// The footer's report on the last save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing written yet in this run (or nothing to write: memory only).
    Idle,
    Saved(Timestamp),
    Failed(String),
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
    /// Where `t` or Esc returns to from troubleshooting.
    return_to: Option<Screen>,
    cursors: BTreeMap<StageId, usize>,
}

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
            return_to: None,
            cursors: BTreeMap::new(),
        };
        model.restore_cursors();
        model.announce_new_items();
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

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// The rows of a stage the person can select, in order: shown items, then the answers.
    pub fn entries(&self, id: StageId) -> Vec<Entry<'_>> {
        let stage = self.checklist.stage(id);
        let items = stage
            .items
            .iter()
            .filter(|i| i.applies(&self.session.answers))
            .map(Entry::Item);
        let answers = (id == StageId::Reasons)
            .then(|| self.checklist.questions.iter())
            .into_iter()
            .flatten()
            .flat_map(|q| q.options.iter().map(move |c| Entry::Answer(q, c)));
        items.chain(answers).collect()
    }

    pub fn cursor(&self, id: StageId) -> usize {
        let len = self.entries(id).len();
        self.cursors
            .get(&id)
            .copied()
            .unwrap_or(0)
            .min(len.saturating_sub(1))
    }

    pub fn current_entry(&self) -> Option<Entry<'_>> {
        let id = self.stage_id();
        self.entries(id).get(self.cursor(id)).copied()
    }

    pub fn is_confirmed(&self, stage: StageId, item: &str) -> bool {
        self.confirmed_at(stage, item).is_some()
    }

    pub fn confirmed_at(&self, stage: StageId, item: &str) -> Option<Timestamp> {
        self.session.confirmed_at(stage.as_str(), item)
    }

    pub fn is_chosen(&self, question: &str, option: &str) -> bool {
        self.session
            .answers
            .get(question)
            .is_some_and(|a| a == option)
    }

    /// (confirmed, shown) items of a stage.
    pub fn progress(&self, id: StageId) -> (usize, usize) {
        let shown: Vec<&Item> = self.shown_items(id).collect();
        let done = shown
            .iter()
            .filter(|i| self.is_confirmed(id, &i.id))
            .count();
        (done, shown.len())
    }

    fn shown_items(&self, id: StageId) -> impl Iterator<Item = &Item> {
        let answers = &self.session.answers;
        self.checklist
            .stage(id)
            .items
            .iter()
            .filter(move |i| i.applies(answers))
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
                        .all(|q| self.session.answers.contains_key(&q.id))
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

    pub fn review_clock(&self) -> Option<ReviewClock> {
        let review = self.session.review?;
        Some(ReviewClock::new(
            &self.checklist.calendar,
            review.submitted_on.0,
            self.today(),
        ))
    }

    /// Whether the slow-review problem should stand out: the legal limit has passed.
    pub fn overdue(&self) -> bool {
        self.review_clock().is_some_and(|c| c.overdue)
    }

    pub fn position(&self, id: StageId) -> usize {
        self.checklist
            .stages
            .iter()
            .position(|s| s.id == id)
            .unwrap_or(0)
    }

    pub fn update(&mut self, action: Action) -> Effect {
        if let Action::Resize(w, h) = action {
            self.size = (w, h);
            return Effect::None;
        }
        if matches!(action, Action::Quit) {
            return Effect::Quit;
        }
        if self.too_small() {
            return if action == Action::Back {
                Effect::Quit
            } else {
                Effect::None
            };
        }
        match self.overlay.clone() {
            Some(overlay) => self.update_overlay(overlay, action),
            None => match self.screen {
                Screen::Welcome => self.update_welcome(action),
                Screen::Summary => self.update_summary(action),
                Screen::Stage(id) => self.update_stage(id, action),
            },
        }
    }

    fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Effect {
        match (overlay, action) {
            (Overlay::Help, Action::Help | Action::Back) => self.overlay = None,
            (Overlay::Gate { target, open }, Action::Confirm) => {
                self.overlay = None;
                self.session.overrides.push(Override {
                    stage: StageId::Preparation.as_str().to_string(),
                    at: Stamp::new(self.now),
                    open,
                });
                self.go(target);
                return Effect::Save;
            }
            (Overlay::Unsubmit, Action::Confirm) => {
                self.overlay = None;
                self.unsubmit();
                return Effect::Save;
            }
            (Overlay::Gate { .. } | Overlay::Unsubmit, Action::Back) => self.overlay = None,
            (Overlay::Recover { backup: true, .. }, Action::Restore) => {
                self.overlay = None;
                return Effect::RestoreBackup;
            }
            (Overlay::Recover { .. }, Action::Fresh) => {
                self.overlay = None;
                return Effect::Save;
            }
            (Overlay::Recover { .. }, Action::Back) => return Effect::Quit,
            _ => {}
        }
        Effect::None
    }

    fn update_welcome(&mut self, action: Action) -> Effect {
        match action {
            Action::Confirm | Action::ToggleNext => {
                self.session.welcomed = true;
                self.go(Screen::Stage(self.stage_id()));
                Effect::Save
            }
            Action::SwitchLang => self.switch_lang(),
            Action::Help => self.open_help(),
            Action::Back => Effect::Quit,
            _ => Effect::None,
        }
    }

    fn update_summary(&mut self, action: Action) -> Effect {
        let last = self.checklist.stages.len() - 1;
        match action {
            Action::Export => Effect::Export,
            Action::Back | Action::PrevStage => {
                self.go_checked(Screen::Stage(self.checklist.stages[last].id))
            }
            Action::Jump(n) if n <= last => {
                self.go_checked(Screen::Stage(self.checklist.stages[n].id))
            }
            Action::Troubleshoot => self.troubleshoot(),
            Action::SwitchLang => self.switch_lang(),
            Action::Help => self.open_help(),
            Action::Save => Effect::Save,
            _ => Effect::None,
        }
    }

    fn update_stage(&mut self, id: StageId, action: Action) -> Effect {
        let pos = self.position(id);
        let last = self.checklist.stages.len() - 1;
        match action {
            Action::Up => self.move_cursor(id, -1),
            Action::Down => self.move_cursor(id, 1),
            Action::PageUp => self.move_cursor(id, -(self.page() as isize)),
            Action::PageDown => self.move_cursor(id, self.page() as isize),
            Action::Top => self.move_cursor(id, isize::MIN / 2),
            Action::Bottom => self.move_cursor(id, isize::MAX / 2),
            Action::Toggle => self.toggle(id),
            Action::ToggleNext => {
                let effect = self.toggle(id);
                if self.overlay.is_none() && self.screen == Screen::Stage(id) {
                    self.move_cursor(id, 1);
                }
                effect
            }
            Action::NextStage if pos == last => self.go_checked(Screen::Summary),
            Action::NextStage => self.go_checked(Screen::Stage(self.checklist.stages[pos + 1].id)),
            Action::PrevStage if pos > 0 => {
                self.go_checked(Screen::Stage(self.checklist.stages[pos - 1].id))
            }
            Action::Jump(n) if n <= last => {
                self.go_checked(Screen::Stage(self.checklist.stages[n].id))
            }
            Action::Troubleshoot => self.troubleshoot(),
            Action::Back if id == StageId::Troubleshooting && self.return_to.is_some() => {
                self.troubleshoot()
            }
            Action::Back => Effect::Quit,
            Action::SwitchLang => self.switch_lang(),
            Action::Help => self.open_help(),
            Action::Save => Effect::Save,
            Action::ScrollDetail(n) => {
                self.detail_scroll = self
                    .detail_scroll
                    .saturating_add_signed(n)
                    .min(self.max_detail_scroll());
                Effect::None
            }
            Action::Click { column, row } => self.click(id, column, row),
            Action::Wheel { column, row, down } => self.wheel(id, column, row, down),
            _ => Effect::None,
        }
    }

    fn page(&self) -> usize {
        usize::from(layout::areas(self).list.height.max(2) - 1)
    }

    fn max_detail_scroll(&self) -> u16 {
        crate::ui::detail_height(self)
            .saturating_sub(layout::areas(self).detail.height.saturating_sub(2))
    }

    fn move_cursor(&mut self, id: StageId, delta: isize) -> Effect {
        let len = self.entries(id).len();
        if len == 0 {
            return Effect::None;
        }
        let current = self.cursor(id) as isize;
        let next = current.saturating_add(delta).clamp(0, len as isize - 1) as usize;
        self.set_cursor(id, next)
    }

    fn set_cursor(&mut self, id: StageId, index: usize) -> Effect {
        if index == self.cursor(id) {
            return Effect::None;
        }
        self.cursors.insert(id, index);
        self.detail_scroll = 0;
        let key = self.entries(id).get(index).map(Entry::key);
        if let Some(key) = key {
            self.session.cursor.insert(id.as_str().to_string(), key);
        }
        Effect::Save
    }

    fn toggle(&mut self, id: StageId) -> Effect {
        let was_done = self.all_done();
        let entry = self.entries(id).get(self.cursor(id)).map(|e| match e {
            Entry::Item(item) => (item.id.clone(), item.marks, None),
            Entry::Answer(q, c) => (q.id.clone(), None, Some(c.id.clone())),
        });
        match entry {
            None => return Effect::None,
            Some((question, _, Some(option))) => self.answer(&question, &option),
            Some((item, Some(Mark::Submitted), None)) if self.is_confirmed(id, &item) => {
                self.overlay = Some(Overlay::Unsubmit);
                return Effect::None;
            }
            Some((item, marks, None)) => self.flip(id, &item, marks),
        }
        if !was_done && self.all_done() {
            self.screen = Screen::Summary;
        }
        Effect::Save
    }

    fn answer(&mut self, question: &str, option: &str) {
        if self.is_chosen(question, option) {
            self.session.answers.remove(question);
        } else {
            self.session
                .answers
                .insert(question.to_string(), option.to_string());
        }
        self.restore_cursors();
    }

    fn flip(&mut self, id: StageId, item: &str, marks: Option<Mark>) {
        let confirmed = self
            .session
            .confirmed
            .entry(id.as_str().to_string())
            .or_default();
        if confirmed.remove(item).is_none() {
            confirmed.insert(item.to_string(), Stamp::new(self.now));
            if marks == Some(Mark::Submitted) {
                self.session.review = Some(Review {
                    submitted_on: Day(self.today()),
                });
            }
        }
    }

    fn unsubmit(&mut self) {
        if let Some(item) = self
            .checklist
            .stage(StageId::Deletion)
            .items
            .iter()
            .find(|i| i.marks == Some(Mark::Submitted))
        {
            let id = item.id.clone();
            if let Some(confirmed) = self.session.confirmed.get_mut(StageId::Deletion.as_str()) {
                confirmed.remove(&id);
            }
        }
        self.session.review = None;
    }

    /// Moves to another screen, asking first when that leaves preparation with required items open.
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
            self.overlay = Some(Overlay::Gate { target, open });
            return Effect::None;
        }
        self.go(target);
        Effect::Save
    }

    fn go(&mut self, target: Screen) {
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

    /// `t`: into troubleshooting, remembering where from; from there, back again.
    fn troubleshoot(&mut self) -> Effect {
        let here = self.screen;
        match self.return_to.take() {
            Some(back) if here == Screen::Stage(StageId::Troubleshooting) => self.go(back),
            _ => {
                self.go(Screen::Stage(StageId::Troubleshooting));
                if here != Screen::Stage(StageId::Troubleshooting) {
                    self.return_to = Some(here);
                }
            }
        }
        Effect::Save
    }

    fn switch_lang(&mut self) -> Effect {
        self.session.lang = self.session.lang.other();
        Effect::Save
    }

    fn open_help(&mut self) -> Effect {
        self.overlay = Some(Overlay::Help);
        Effect::None
    }

    fn click(&mut self, id: StageId, column: u16, row: u16) -> Effect {
        let Some(index) = layout::entry_at(self, column, row) else {
            return Effect::None;
        };
        let moved = self.set_cursor(id, index);
        if layout::on_mark(self, column) {
            return self.toggle(id);
        }
        moved
    }

    fn wheel(&mut self, id: StageId, column: u16, row: u16, down: bool) -> Effect {
        let areas = layout::areas(self);
        let step = if down { 1 } else { -1 };
        if layout::contains(areas.detail, column, row) {
            return self.update_stage(id, Action::ScrollDetail(step as i16 * 3));
        }
        self.move_cursor(id, step)
    }

    /// Puts each stage's cursor back on the row the session names, or keeps it in range.
    fn restore_cursors(&mut self) {
        for id in StageId::ALL {
            let entries = self.entries(id);
            let wanted = self.session.cursor.get(id.as_str());
            let index = wanted
                .and_then(|key| entries.iter().position(|e| &e.key() == key))
                .unwrap_or_else(|| self.cursors.get(&id).copied().unwrap_or(0));
            let index = index.min(entries.len().saturating_sub(1));
            self.cursors.insert(id, index);
        }
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
            self.notice = Some(match self.lang() {
                Lang::Zh => format!("清单已更新：有 {new} 项新内容，尚未确认"),
                Lang::En => {
                    format!("The checklists were updated: {new} new items, not yet confirmed")
                }
            });
        }
        self.session.seen.extend(all);
    }
}
