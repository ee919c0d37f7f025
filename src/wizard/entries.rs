//! The rows a stage shows and where the cursor is among them, kept in step with the answers so
//! that a key press costs the same with five items or five thousand.

use std::collections::{BTreeMap, HashMap};

use crate::checklist::{Checklist, Item, StageId};

use super::{Entry, Model, known_answers};

/// Which entries each stage shows. Items depend on the answers alone ([`Item::applies`]), so
/// this is rebuilt whenever the answers change, and read on every key and frame.
#[derive(Debug, Clone, Default)]
pub(super) struct Shown {
    /// Per stage, the indices into its `items` of the items shown, ascending.
    items: BTreeMap<StageId, Vec<usize>>,
    /// Every item id → its stage and its index there (ids are unique across the checklists).
    ids: HashMap<String, (StageId, usize)>,
    /// The reasons stage's answers, after its items: (question, option) indices, in order.
    answers: Vec<(usize, usize)>,
}

impl Shown {
    /// The item ids and answers of `checklist`; no item is shown until [`Shown::apply`].
    pub(super) fn new(checklist: &Checklist) -> Shown {
        let ids = (checklist.stages.iter())
            .flat_map(|s| s.items.iter().enumerate().map(|(i, item)| (s.id, i, item)))
            .map(|(stage, i, item)| (item.id.clone(), (stage, i)))
            .collect();
        let answers = (checklist.questions.iter().enumerate())
            .flat_map(|(q, question)| (0..question.options.len()).map(move |c| (q, c)))
            .collect();
        Shown {
            items: BTreeMap::new(),
            ids,
            answers,
        }
    }

    /// Recomputes the shown items of every stage for `answers`.
    pub(super) fn apply(&mut self, checklist: &Checklist, answers: &BTreeMap<String, Vec<String>>) {
        self.items = (checklist.stages.iter())
            .map(|s| {
                let shown = (s.items.iter().enumerate())
                    .filter(|(_, item)| item.applies(answers))
                    .map(|(i, _)| i)
                    .collect();
                (s.id, shown)
            })
            .collect();
    }

    fn items(&self, id: StageId) -> &[usize] {
        self.items.get(&id).map_or(&[], Vec::as_slice)
    }

    fn answers(&self, id: StageId) -> &[(usize, usize)] {
        match id {
            StageId::Reasons => &self.answers,
            _ => &[],
        }
    }
}

impl Model {
    /// The rows of a stage the person can select, in order: shown items, then the answers.
    pub fn entries(&self, id: StageId) -> Vec<Entry<'_>> {
        (0..self.entry_count(id))
            .filter_map(|i| self.entry(id, i))
            .collect()
    }

    /// How many rows [`Model::entries`] gives, without building them.
    pub fn entry_count(&self, id: StageId) -> usize {
        self.shown.items(id).len() + self.shown.answers(id).len()
    }

    /// Row `index` of [`Model::entries`], without building the others.
    pub fn entry(&self, id: StageId, index: usize) -> Option<Entry<'_>> {
        let items = self.shown.items(id);
        match items.get(index) {
            Some(&i) => Some(Entry::Item(&self.checklist.stage(id).items[i])),
            None => {
                let &(q, c) = self.shown.answers(id).get(index - items.len())?;
                let question = &self.checklist.questions[q];
                Some(Entry::Answer(question, &question.options[c]))
            }
        }
    }

    pub fn cursor(&self, id: StageId) -> usize {
        let len = self.entry_count(id);
        self.cursors
            .get(&id)
            .copied()
            .unwrap_or(0)
            .min(len.saturating_sub(1))
    }

    pub fn current_entry(&self) -> Option<Entry<'_>> {
        let id = self.stage_id();
        self.entry(id, self.cursor(id))
    }

    /// (confirmed, shown) items of a stage. Walks the stage's confirmations, not its items.
    pub fn progress(&self, id: StageId) -> (usize, usize) {
        let shown = self.shown.items(id);
        let done = (self.session.confirmed.get(id.as_str()).into_iter())
            .flat_map(|confirmed| confirmed.keys())
            .filter(|item| match self.shown.ids.get(item.as_str()) {
                Some(&(stage, i)) => stage == id && shown.binary_search(&i).is_ok(),
                None => false,
            })
            .count();
        (done, shown.len())
    }

    /// The shown items of a stage, in order.
    pub(super) fn shown_items(&self, id: StageId) -> impl Iterator<Item = &Item> {
        let items = &self.checklist.stage(id).items;
        self.shown.items(id).iter().map(move |&i| &items[i])
    }

    /// The row of entry `key` ([`Entry::key`]) in stage `id`, if shown.
    fn position_of(&self, id: StageId, key: &str) -> Option<usize> {
        if let Some(&(stage, i)) = self.shown.ids.get(key) {
            return (stage == id)
                .then(|| self.shown.items(id).binary_search(&i).ok())
                .flatten();
        }
        let (question, option) = key.split_once('/')?;
        let at = self.shown.answers(id).iter().position(|&(q, c)| {
            let q = &self.checklist.questions[q];
            q.id == question && q.options[c].id == option
        })?;
        Some(self.shown.items(id).len() + at)
    }

    /// Puts each stage's cursor back on the row the session names, or keeps it in range.
    pub(super) fn restore_cursors(&mut self) {
        for id in StageId::ALL {
            let wanted = self.session.cursor.get(id.as_str());
            let index = wanted
                .and_then(|key| self.position_of(id, key))
                .unwrap_or_else(|| self.cursors.get(&id).copied().unwrap_or(0));
            let index = index.min(self.entry_count(id).saturating_sub(1));
            self.cursors.insert(id, index);
        }
    }

    /// Recomputes the answers that count from the session's, and what they show.
    pub(super) fn sync_answers(&mut self) {
        self.answers = known_answers(&self.checklist, &self.session.answers);
        self.shown.apply(&self.checklist, &self.answers);
    }
}
