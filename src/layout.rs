//! Where everything sits on the screen: shared by rendering and by mouse and page handling.

use ratatui::layout::{Margin, Rect};

use crate::checklist::StageId;
use crate::wizard::{Entry, Model, Screen};
use crate::wrap;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// From this width the list and the detail sit side by side.
pub const SIDE_BY_SIDE: u16 = 100;
/// Columns of `> [x] ` before an item's title; a click on the mark toggles.
pub const MARK_COLUMNS: std::ops::Range<u16> = 2..5;

/// The screen's parts for the current size and state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub header: Rect,
    pub notice: Rect,
    /// The bordered block around intro, clock and list.
    pub list_block: Rect,
    pub intro: Rect,
    pub clock: Rect,
    pub list: Rect,
    /// The bordered detail block.
    pub detail: Rect,
    pub footer: Rect,
}

/// One line of the list: a question heading (reasons stage), or a selectable entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListLine {
    Heading(usize),
    Entry(usize),
}

pub fn areas(model: &Model) -> Areas {
    let area = Rect::new(0, 0, model.size.0, model.size.1);
    let notice_height = u16::from(model.notice.is_some());
    let (header, rest) = top(area, 2);
    let (notice, rest) = top(rest, notice_height);
    let (body, footer) = bottom(rest, 1);
    let (list_block, detail) = split_body(model, body);
    let inner = list_block.inner(Margin::new(1, 1));
    let clock_height = clock_height(model, inner.width);
    let intro_height = intro_height(model, inner, body.width >= SIDE_BY_SIDE, clock_height);
    let (intro, rest) = top(inner, intro_height);
    let (clock, list) = top(rest, clock_height);
    Areas {
        header,
        notice,
        list_block,
        intro,
        clock,
        list,
        detail,
        footer,
    }
}

fn split_body(model: &Model, body: Rect) -> (Rect, Rect) {
    if body.width >= SIDE_BY_SIDE {
        let list_width = (u32::from(body.width) * 45).div_ceil(100) as u16;
        return left(body, list_width);
    }
    let wanted = list_lines(model).len() as u16 + 2 + 3;
    let list_height = wanted.min(body.height / 2).max(6.min(body.height));
    top(body, list_height)
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

/// The intro takes up to a third of a tall list (two lines when stacked), never the list's
/// last rows: long intros are cut with "...".
fn intro_height(model: &Model, inner: Rect, side_by_side: bool, clock: u16) -> u16 {
    if inner.height < 8 + clock {
        return 0;
    }
    let intro = wrap::reflow(model.stage().intro.get(model.lang()));
    let lines = wrap::wrap(&intro, usize::from(inner.width)).len();
    let room = if side_by_side { inner.height / 3 } else { 2 };
    (lines as u16).min(room)
}

fn clock_height(model: &Model, width: u16) -> u16 {
    let shows = matches!(
        model.screen,
        Screen::Stage(StageId::Deletion | StageId::Troubleshooting)
    );
    match crate::ui::clock_line(model) {
        Some(line) if shows => (wrap::wrap(&line, usize::from(width)).len() as u16).min(3),
        _ => 0,
    }
}

/// The list's lines for the current stage: headings before each question's answers.
pub fn list_lines(model: &Model) -> Vec<ListLine> {
    let mut lines = Vec::new();
    let mut question = None;
    for (i, entry) in model.entries(model.stage_id()).iter().enumerate() {
        if let Entry::Answer(q, _) = entry {
            let index = model.checklist.questions.iter().position(|x| x.id == q.id);
            if index != question {
                question = index;
                lines.push(ListLine::Heading(index.unwrap_or(0)));
            }
        }
        lines.push(ListLine::Entry(i));
    }
    lines
}

/// The first list line shown: the cursor's line kept near the middle, no blank space at the end.
pub fn list_offset(lines: &[ListLine], cursor: usize, height: u16) -> usize {
    let height = usize::from(height);
    let at = lines
        .iter()
        .position(|l| *l == ListLine::Entry(cursor))
        .unwrap_or(0);
    at.saturating_sub(height / 2)
        .min(lines.len().saturating_sub(height))
}

/// The entry shown at a screen cell, if any.
pub fn entry_at(model: &Model, column: u16, row: u16) -> Option<usize> {
    let areas = areas(model);
    if !contains(areas.list, column, row) {
        return None;
    }
    let lines = list_lines(model);
    let offset = list_offset(&lines, model.cursor(model.stage_id()), areas.list.height);
    match lines.get(offset + usize::from(row - areas.list.y))? {
        ListLine::Entry(i) => Some(*i),
        ListLine::Heading(_) => None,
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
