//! Where everything sits on the screen: shared by rendering and by mouse and page handling.

use ratatui::layout::{Constraint, Layout, Rect};

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
    let [header, notice, body, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(notice_height),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let (list_block, detail) = split_body(model, body);
    let inner = list_block.inner(ratatui::layout::Margin::new(1, 1));
    let clock_height = clock_height(model, inner.width);
    let intro_height = intro_height(model, inner, body.width >= SIDE_BY_SIDE, clock_height);
    let [intro, clock, list] = Layout::vertical([
        Constraint::Length(intro_height),
        Constraint::Length(clock_height),
        Constraint::Min(0),
    ])
    .areas(inner);
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
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(body);
        return (list, detail);
    }
    let wanted = list_lines(model).len() as u16 + 2 + 3;
    let list_height = wanted.min(body.height / 2).max(6.min(body.height));
    let [list, detail] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Min(0)]).areas(body);
    (list, detail)
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
        Some(line) if shows => (wrap::wrap(&line, usize::from(width)).len() as u16).min(2),
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
