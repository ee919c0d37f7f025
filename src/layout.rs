//! Where everything sits on the screen: shared by rendering and by mouse and page handling.

use ratatui::layout::{Margin, Rect};

use crate::checklist::StageId;
use crate::wizard::{Entry, Model, Screen};
use crate::wrap;

mod list;

pub use list::ListIndex;

pub use crate::wizard::{MIN_HEIGHT, MIN_WIDTH};
/// From this width the list and the detail sit side by side.
pub const SIDE_BY_SIDE: u16 = 100;
/// Columns of `> [x] ` before an item's title; a click on the mark toggles.
pub const MARK_COLUMNS: std::ops::Range<u16> = 2..5;

/// The screen's parts for the current size and state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub header: Rect,
    pub notice: Rect,
    /// The bordered block around the clock and the list (the intro scrolls with the list).
    pub list_block: Rect,
    pub clock: Rect,
    pub list: Rect,
    /// The bordered detail block.
    pub detail: Rect,
    pub footer: Rect,
}

/// What one row of the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A line of the stage's intro, at the top of the list.
    Intro,
    /// The blank row between the intro and the items.
    Gap,
    /// A line of a question's title (reasons stage), before its answers.
    Heading,
    /// A line of the title of entry `index`; `first` on its first line, which carries the
    /// pointer and the mark, the others are indented under the title; `last` on the line
    /// that ends with the entry's flag.
    Entry {
        index: usize,
        first: bool,
        last: bool,
    },
}

/// One row of the list, already wrapped to the list's width (without the pointer and mark).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    pub kind: RowKind,
    pub text: String,
}

/// Columns before an entry's title: `> [x] `; its wrapped lines are indented as far.
pub const TITLE_INDENT: usize = 6;
/// Columns kept after a title for its flag (` *` required, ` !` overdue).
pub const FLAG_WIDTH: usize = 2;

/// The screen's parts; a list that may need measuring is measured from scratch.
pub fn areas(model: &Model) -> Areas {
    areas_with(model, |width| ListIndex::new(model, width).total())
}

/// The screen's parts, with `list_total(width)` giving how many rows the list takes at
/// `width` columns (asked only when the list and the detail are stacked).
pub fn areas_with(model: &Model, list_total: impl FnOnce(u16) -> usize) -> Areas {
    let area = Rect::new(0, 0, model.size.0, model.size.1);
    let notice_height = u16::from(model.notice.is_some());
    let (header, rest) = top(area, 2);
    let (notice, rest) = top(rest, notice_height);
    let (body, footer) = bottom(rest, 1);
    let (list_block, detail) = split_body(model, body, list_total);
    let inner = list_block.inner(Margin::new(1, 1));
    let clock_height = clock_height(model, inner.width);
    let (clock, list) = top(inner, clock_height);
    Areas {
        header,
        notice,
        list_block,
        clock,
        list,
        detail,
        footer,
    }
}

fn split_body(model: &Model, body: Rect, list_total: impl FnOnce(u16) -> usize) -> (Rect, Rect) {
    if body.width >= SIDE_BY_SIDE {
        let list_width = (u32::from(body.width) * 45).div_ceil(100) as u16;
        return left(body, list_width);
    }
    // Stacked, the list keeps at least half the body, and more while the detail keeps five
    // rows, so a long list is never squeezed to a few lines.
    let width = body.width.saturating_sub(2);
    let rows = u16::try_from(list_total(width)).unwrap_or(u16::MAX);
    let wanted = rows.saturating_add(2 + clock_height(model, width));
    let half = body.height.div_ceil(2);
    let list_height = wanted.min(body.height.saturating_sub(5)).max(half);
    top(body, list_height)
}

/// The case file screen's list block and detail block: the body the stage screens split,
/// here always stacked, the list taking three fifths and the detail at least six rows.
pub fn timeline_areas(areas: &Areas) -> (Rect, Rect) {
    let body = areas.list_block.union(areas.detail);
    let list = (body.height * 3 / 5).min(body.height.saturating_sub(6));
    top(body, list)
}

/// The first `height` rows of `area` (fewer if it has fewer), and the rest.
pub fn top(area: Rect, height: u16) -> (Rect, Rect) {
    let height = height.min(area.height);
    let rest = Rect {
        y: area.y + height,
        height: area.height - height,
        ..area
    };
    (Rect { height, ..area }, rest)
}

/// The rest of `area`, and its last `height` rows (fewer if it has fewer).
pub fn bottom(area: Rect, height: u16) -> (Rect, Rect) {
    top(area, area.height - height.min(area.height))
}

/// The first `width` columns of `area` (fewer if it has fewer), and the rest.
pub fn left(area: Rect, width: u16) -> (Rect, Rect) {
    let width = width.min(area.width);
    let rest = Rect {
        x: area.x + width,
        width: area.width - width,
        ..area
    };
    (Rect { width, ..area }, rest)
}

/// The rest of `area`, and its last `width` columns (fewer if it has fewer).
pub fn right(area: Rect, width: u16) -> (Rect, Rect) {
    left(area, area.width - width.min(area.width))
}

/// A `width` by `height` rectangle in the middle of `area`, cut to fit; an odd spare row or
/// column goes above or to the left.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect {
        x: area.x + (area.width - width).div_ceil(2),
        y: area.y + (area.height - height).div_ceil(2),
        width,
        height,
    }
}

fn clock_height(model: &Model, width: u16) -> u16 {
    let shows = matches!(
        model.screen,
        Screen::Stage(StageId::Deletion | StageId::Troubleshooting)
    );
    match crate::names::clock_line(model) {
        Some(line) if shows => (wrap::wrap(&line, usize::from(width)).len() as u16).min(4),
        _ => 0,
    }
}

/// The list's rows for the current stage at `width` columns: the intro, a blank row, then
/// each entry's title wrapped with a hanging indent, question headings before their answers.
pub fn list_rows(model: &Model, width: u16) -> Vec<ListRow> {
    let width = usize::from(width);
    let lang = model.lang();
    let row = |kind, text| ListRow { kind, text };
    let intro = wrap::reflow(model.stage().intro.get(lang));
    let mut rows: Vec<ListRow> = wrap::wrap(&intro, width)
        .into_iter()
        .map(|line| row(RowKind::Intro, line))
        .collect();
    if !rows.is_empty() {
        rows.push(row(RowKind::Gap, String::new()));
    }
    let room = list::title_room(width);
    let mut question = None;
    for (index, entry) in model.entries(model.stage_id()).iter().enumerate() {
        if let Entry::Answer(q, _) = entry
            && question != Some(q.id.as_str())
        {
            question = Some(q.id.as_str());
            let heading = wrap::wrap(q.title.get(lang), width);
            rows.extend(heading.into_iter().map(|l| row(RowKind::Heading, l)));
        }
        let lines = wrap::wrap(list::title(entry, lang), room);
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let (first, last) = (i == 0, i + 1 == count);
            rows.push(row(RowKind::Entry { index, first, last }, line));
        }
    }
    rows
}

/// The rows of entry `index`: the first, and how many.
fn entry_rows(rows: &[ListRow], index: usize) -> (usize, usize) {
    let is = |r: &ListRow| matches!(r.kind, RowKind::Entry { index: i, .. } if i == index);
    let first = rows.iter().position(is).unwrap_or(0);
    let count = rows[first..].iter().take_while(|r| is(r)).count();
    (first, count.max(1))
}

/// The first row shown: the cursor's entry whole and near the middle, the intro in view
/// while the cursor is on the first entry, and no blank space at the end.
pub fn list_offset(rows: &[ListRow], cursor: usize, height: u16) -> usize {
    let (at, count) = entry_rows(rows, cursor);
    let intro = entry_rows(rows, 0).0;
    offset_for(cursor == 0, (at, count), (intro, rows.len()), height)
}

/// [`list_offset`] for the cursor's entry, whose title takes rows `at..at + count` of
/// `total`, below `intro` rows of intro; on the first entry the intro above it stays in view.
/// The intro is shown whole or not at all: a view that would start inside it starts at the
/// top when the cursor's entry still fits, else just past it.
fn offset_for(
    on_first: bool,
    (at, count): (usize, usize),
    (intro, total): (usize, usize),
    height: u16,
) -> usize {
    let height = usize::from(height);
    let wanted = match on_first {
        true => (at + count).saturating_sub(height),
        false => (at + count / 2).saturating_sub(height / 2),
    };
    let fits_entry = (at + count).saturating_sub(height);
    let offset = wanted
        .min(total.saturating_sub(height))
        .max(fits_entry.min(at))
        .min(at);
    match offset {
        0 => 0,
        o if o >= intro => o,
        _ if at + count <= height => 0,
        _ => intro.min(at),
    }
}

/// How many entries are out of view above and below the shown rows (partly shown count as
/// hidden), for the list's "N more" marks.
pub fn hidden_entries(rows: &[ListRow], offset: usize, height: u16) -> (usize, usize) {
    let end = offset + usize::from(height);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        match (row.kind, spans.last_mut()) {
            (RowKind::Entry { first: true, .. }, _) => spans.push((i, i)),
            (RowKind::Entry { first: false, .. }, Some(span)) => span.1 = i,
            _ => {}
        }
    }
    let above = spans.iter().filter(|(first, _)| *first < offset).count();
    let below = spans.iter().filter(|(_, last)| *last >= end).count();
    (above, below)
}

/// The entry shown at a screen cell, if any.
pub fn entry_at(model: &Model, column: u16, row: u16) -> Option<usize> {
    let areas = areas(model);
    if !contains(areas.list, column, row) {
        return None;
    }
    let rows = list_rows(model, areas.list.width);
    let offset = list_offset(&rows, model.cursor(model.stage_id()), areas.list.height);
    match rows.get(offset + usize::from(row - areas.list.y))?.kind {
        RowKind::Entry { index, .. } => Some(index),
        _ => None,
    }
}

/// Whether a column falls on the `[x]` mark of a list row.
pub fn on_mark(model: &Model, column: u16) -> bool {
    let x = areas(model).list.x;
    MARK_COLUMNS.contains(&column.saturating_sub(x)) && column >= x
}

pub fn contains(rect: Rect, column: u16, row: u16) -> bool {
    rect.contains(ratatui::layout::Position::new(column, row))
}
