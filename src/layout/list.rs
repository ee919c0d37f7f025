//! A stage's list measured but not wrapped: how many rows its intro and each entry take, so
//! that a frame wraps only the rows in view and a key press costs the same for any list length.

use std::collections::BTreeMap;
use std::ops::Range;

use super::{FLAG_WIDTH, ListRow, RowKind, TITLE_INDENT};
use crate::checklist::StageId;
use crate::text::Lang;
use crate::wizard::{Entry, Model};
use crate::wrap;

/// The rows of the list of one stage at one width, in one language, under one set of answers
/// (what decides which entries show): the same rows as [`super::list_rows`], measured. The view
/// keeps one between frames and builds a new one when [`ListIndex::fits`] says it is stale.
#[derive(Debug, Clone)]
pub struct ListIndex {
    stage: StageId,
    width: u16,
    lang: Lang,
    answers: BTreeMap<String, Vec<String>>,
    /// The intro, wrapped: rows `0..intro.len()`, then one blank row if there is any.
    intro: Vec<String>,
    /// Per entry, the first row of the question heading before it, or of its title if none.
    top: Vec<usize>,
    /// Per entry, the first row of its title.
    first: Vec<usize>,
    /// Per entry, the row after its title.
    end: Vec<usize>,
}

impl ListIndex {
    /// Measures the current stage's list at `width` columns: the intro is wrapped, each title
    /// and heading only counted.
    pub fn new(model: &Model, width: u16) -> ListIndex {
        let (id, lang, cols) = (model.stage_id(), model.lang(), usize::from(width));
        let intro = wrap::wrap(&wrap::reflow(model.stage().intro.get(lang)), cols);
        let mut row = intro.len() + usize::from(!intro.is_empty());
        let count = model.entry_count(id);
        let (mut top, mut first, mut end) = (Vec::new(), Vec::new(), Vec::new());
        let mut question = None;
        for entry in (0..count).filter_map(|i| model.entry(id, i)) {
            top.push(row);
            if let Entry::Answer(q, _) = entry
                && question != Some(q.id.as_str())
            {
                question = Some(q.id.as_str());
                row += wrap::height(q.title.get(lang), cols);
            }
            first.push(row);
            row += wrap::height(title(&entry, lang), title_room(cols));
            end.push(row);
        }
        ListIndex {
            stage: id,
            width,
            lang,
            answers: model.answers().clone(),
            intro,
            top,
            first,
            end,
        }
    }

    /// Whether this index still describes the model's list at `width`.
    pub fn fits(&self, model: &Model, width: u16) -> bool {
        self.stage == model.stage_id()
            && self.width == width
            && self.lang == model.lang()
            && &self.answers == model.answers()
    }

    /// How many rows the whole list takes.
    pub fn total(&self) -> usize {
        self.end.last().copied().unwrap_or(self.intro_rows())
    }

    fn intro_rows(&self) -> usize {
        self.intro.len() + usize::from(!self.intro.is_empty())
    }

    /// The first row of entry `index` and how many rows its title takes; (0, 1) when there is
    /// no such entry.
    fn entry_rows(&self, index: usize) -> (usize, usize) {
        match (self.first.get(index), self.end.get(index)) {
            (Some(&first), Some(&end)) => (first, end - first),
            _ => (0, 1),
        }
    }

    /// [`super::list_offset`] over these rows.
    pub fn offset(&self, cursor: usize, height: u16) -> usize {
        let intro = self.entry_rows(0).0;
        super::offset_for(
            cursor == 0,
            self.entry_rows(cursor),
            (intro, self.total()),
            height,
        )
    }

    /// [`super::hidden_entries`] over these rows.
    pub fn hidden(&self, offset: usize, height: u16) -> (usize, usize) {
        let end = offset + usize::from(height);
        let above = self.first.partition_point(|&first| first < offset);
        let below = self.end.len() - self.end.partition_point(|&e| e <= end);
        (above, below)
    }

    /// Whether a row of the intro lies above `offset`.
    pub fn intro_above(&self, offset: usize) -> bool {
        offset > 0 && !self.intro.is_empty()
    }

    /// The entry shown on list row `row` (counted from the top of the whole list), if any.
    pub fn entry_on(&self, row: usize) -> Option<usize> {
        let index = self.end.partition_point(|&e| e <= row);
        (index < self.end.len() && row >= self.first[index]).then_some(index)
    }

    /// The rows in `range`, wrapped: the same as that slice of [`super::list_rows`], at the cost
    /// of the entries in it.
    pub fn rows(&self, model: &Model, range: Range<usize>) -> Vec<ListRow> {
        let mut rows = Vec::new();
        let row = |kind, text| ListRow { kind, text };
        for r in range.start..range.end.min(self.intro_rows()) {
            rows.push(match self.intro.get(r) {
                Some(line) => row(RowKind::Intro, line.clone()),
                None => row(RowKind::Gap, String::new()),
            });
        }
        let (lang, cols) = (model.lang(), usize::from(self.width));
        let mut index = self.end.partition_point(|&e| e <= range.start);
        while index < self.top.len() && self.top[index] < range.end {
            let Some(entry) = model.entry(self.stage, index) else {
                break;
            };
            if let Entry::Answer(q, _) = entry
                && self.first[index] > self.top[index]
            {
                let heading = wrap::wrap(q.title.get(lang), cols);
                let at = (self.top[index]..).zip(heading);
                let shown = at.filter(|(r, _)| range.contains(r));
                rows.extend(shown.map(|(_, line)| row(RowKind::Heading, line)));
            }
            let lines = wrap::wrap(title(&entry, lang), title_room(cols));
            let count = lines.len();
            for (i, line) in lines.into_iter().enumerate() {
                if range.contains(&(self.first[index] + i)) {
                    let (first, last) = (i == 0, i + 1 == count);
                    rows.push(row(RowKind::Entry { index, first, last }, line));
                }
            }
            index += 1;
        }
        rows
    }
}

/// An entry's title in `lang`.
pub(super) fn title<'a>(entry: &Entry<'a>, lang: Lang) -> &'a str {
    match entry {
        Entry::Item(item) => item.title.get(lang),
        Entry::Answer(_, c) => c.title.get(lang),
    }
}

/// Columns a title wraps to in a list `cols` wide: less the pointer, mark and flag.
pub(super) fn title_room(cols: usize) -> usize {
    cols.saturating_sub(TITLE_INDENT + FLAG_WIDTH).max(1)
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    use super::*;
    use crate::checklist::Checklist;
    use crate::layout::{hidden_entries, list_offset, list_rows};
    use crate::session::Session;
    use crate::wizard::Action;

    /// Every stage of the built-in checklists, in both languages, before and after an answer
    /// that hides items, at widths from one column up.
    fn models() -> Vec<Model> {
        let mut models = Vec::new();
        for lang in [Lang::Zh, Lang::En] {
            for answered in [false, true] {
                let mut session = Session::new(lang);
                session.welcomed = true;
                let checklist = Checklist::builtin().unwrap();
                if answered {
                    let q = &checklist.questions[0];
                    session
                        .answers
                        .insert(q.id.clone(), vec![q.options[0].id.clone()]);
                }
                for n in 0..StageId::ALL.len() {
                    let mut model = Model::new(
                        checklist.clone(),
                        session.clone(),
                        Timestamp::UNIX_EPOCH,
                        TimeZone::UTC,
                    );
                    model.update(Action::Resize(100, 30));
                    model.update(Action::Jump(n));
                    models.push(model);
                }
            }
        }
        models
    }

    #[test]
    fn the_index_gives_the_rows_offsets_and_counts_of_the_whole_list() {
        for model in models() {
            for width in [1, 9, 30, 44, 58, 97] {
                let rows = list_rows(&model, width);
                let index = ListIndex::new(&model, width);
                assert!(index.fits(&model, width));
                assert_eq!(index.total(), rows.len());
                assert_eq!(index.rows(&model, 0..rows.len()), rows);
                for r in 0..rows.len() + 2 {
                    let entry = match rows.get(r).map(|row| row.kind) {
                        Some(RowKind::Entry { index, .. }) => Some(index),
                        _ => None,
                    };
                    assert_eq!(index.entry_on(r), entry, "row {r} at {width}");
                }
                let count = model.entry_count(model.stage_id());
                for cursor in 0..count {
                    for height in [1, 2, 5, 13, 40] {
                        let offset = list_offset(&rows, cursor, height);
                        assert_eq!(index.offset(cursor, height), offset);
                        let hidden = hidden_entries(&rows, offset, height);
                        assert_eq!(index.hidden(offset, height), hidden);
                        let intro = rows[..offset].iter().any(|r| r.kind == RowKind::Intro);
                        assert_eq!(index.intro_above(offset), intro);
                        let end = (offset + usize::from(height)).min(rows.len());
                        let window = index.rows(&model, offset..offset + usize::from(height));
                        assert_eq!(window, rows[offset..end], "{cursor} in {height} at {width}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_intro_is_shown_whole_or_not_at_all_and_the_cursor_always() {
        for model in models() {
            for width in [30, 44, 58] {
                let index = ListIndex::new(&model, width);
                let intro = index.entry_rows(0).0;
                for cursor in 0..model.entry_count(model.stage_id()) {
                    for height in [5, 9, 13, 20] {
                        let offset = index.offset(cursor, height);
                        let (at, count) = index.entry_rows(cursor);
                        let place = format!("{cursor} in {height} at {width}");
                        assert!(offset == 0 || offset >= intro, "{offset}: {place}");
                        let bottom = offset + usize::from(height);
                        assert!(
                            offset <= at && (at + count <= bottom || offset == at),
                            "{place}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn an_index_no_longer_fits_once_the_language_width_stage_or_answers_change() {
        let mut model = models().remove(0);
        let index = ListIndex::new(&model, 40);
        assert!(!index.fits(&model, 41));
        model.update(Action::SwitchLang);
        assert!(!index.fits(&model, 40));
        model.update(Action::SwitchLang);
        assert!(index.fits(&model, 40));
        model.update(Action::Bottom);
        assert!(
            index.fits(&model, 40),
            "a cursor move changes nothing measured"
        );
        model.update(Action::Toggle);
        assert!(!index.fits(&model, 40), "an answer changes what shows");
        let index = ListIndex::new(&model, 40);
        model.update(Action::NextStage);
        assert!(!index.fits(&model, 40));
    }
}
