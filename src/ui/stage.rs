//! A stage screen: the intro, the review clock, the item list and the detail of the item
//! under the cursor.

use crate::i18n::strings;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Theme, local_time, render_lines, wrapped};
use crate::checklist::{Item, Mark, StageId};
use crate::layout::{self, Areas, ListIndex, ListRow, RowKind};
use crate::names::clock_line;
use crate::text::Lang;
use crate::wizard::{Entry, Model};
use crate::wrap;

/// Draws the stage screen with `list` measured at the list's width; only the rows in view are
/// wrapped. Returns how far the detail can scroll.
pub fn render(
    model: &Model,
    theme: &Theme,
    areas: Areas,
    list: &ListIndex,
    buf: &mut Buffer,
) -> u16 {
    let lang = model.lang();
    let stage = model.stage();
    let title = format!(
        " {} {} ",
        model.position(stage.id) + 1,
        stage.title.get(lang)
    );
    let height = areas.list.height;
    let offset = list.offset(model.cursor(stage.id), height);
    let (above, below) = list.hidden(offset, height);
    let intro_above = list.intro_above(offset);
    let mut block = theme.block(title);
    if let Some(more) = more_text(lang, intro_above, above, below) {
        block = block.title_bottom(Line::from(more).right_aligned());
    }
    block.render(areas.list_block, buf);
    if let Some(line) = clock_line(model) {
        let style = if model.overdue() || model.future_submission().is_some() {
            theme.alert
        } else {
            Style::new()
        };
        render_lines(&wrapped(&line, areas.clock.width, style), areas.clock, buf);
    }
    let rows = list.rows(model, offset..offset + usize::from(height));
    render_list(model, theme, &rows, areas.list, buf);
    render_detail(model, theme, areas.detail, buf)
}

/// The list border's note of what is out of view, e.g. " intro and 3 more above / 10 more
/// below ".
fn more_text(lang: Lang, intro: bool, above: usize, below: usize) -> Option<String> {
    let ui = &strings(lang).ui;
    let up = match (intro, above) {
        (false, 0) => None,
        (true, 0) => Some(ui.intro_above.to_string()),
        (true, n) => Some((ui.intro_and_more_above)(n)),
        (false, n) => Some((ui.more_above)(n)),
    };
    let down = (below > 0).then(|| (ui.more_below)(below));
    let parts: Vec<String> = up.into_iter().chain(down).collect();
    (!parts.is_empty()).then(|| format!(" {} ", parts.join(" / ")))
}

fn render_list(model: &Model, theme: &Theme, rows: &[ListRow], area: Rect, buf: &mut Buffer) {
    let id = model.stage_id();
    let cursor = model.cursor(id);
    for (y, row) in (area.y..area.bottom()).zip(rows) {
        let line = match (row.kind, model.entry(id, row_index(row))) {
            (RowKind::Intro, _) => Line::styled(row.text.as_str(), theme.dim),
            (RowKind::Heading, _) => Line::styled(row.text.as_str(), theme.heading),
            (RowKind::Entry { index, first, last }, Some(entry)) => entry_line(
                model,
                theme,
                &entry,
                (index == cursor, first, last),
                &row.text,
            ),
            (RowKind::Gap | RowKind::Entry { .. }, _) => Line::raw(""),
        };
        buf.set_line(area.x, y, &line, area.width);
    }
}

/// The entry a row belongs to (0 for rows of no entry, whose entry is not used).
fn row_index(row: &ListRow) -> usize {
    match row.kind {
        RowKind::Entry { index, .. } => index,
        _ => 0,
    }
}

/// One row of an entry: on its first row the pointer and mark, on the others an indent, then
/// the title's line, and on its last row the flag.
fn entry_line<'a>(
    model: &Model,
    theme: &Theme,
    entry: &Entry<'_>,
    (selected, first, last): (bool, bool, bool),
    text: &'a str,
) -> Line<'a> {
    let style = if selected { theme.cursor } else { Style::new() };
    let pointer = if selected { "> " } else { "  " };
    let (mark, flag) = match entry {
        Entry::Item(item) => {
            let checked = model.is_confirmed(model.stage_id(), &item.id);
            let mark = if checked { "[x] " } else { "[ ] " };
            (mark, item_flag(model, theme, item))
        }
        Entry::Answer(q, c) => {
            let mark = match (q.multi, model.is_chosen(&q.id, &c.id)) {
                (true, true) => "[x] ",
                (true, false) => "[ ] ",
                (false, true) => "(x) ",
                (false, false) => "( ) ",
            };
            (mark, Span::raw(""))
        }
    };
    let flag = if last { flag } else { Span::raw("") };
    if !first {
        return Line::from(vec![
            Span::raw(" ".repeat(layout::TITLE_INDENT)),
            Span::styled(text, style),
            flag,
        ]);
    }
    Line::from(vec![
        Span::styled(pointer, style),
        Span::styled(mark, style),
        Span::styled(text, style),
        flag,
    ])
}

/// `!` on the slow-review problem once overdue, `*` on required items.
fn item_flag(model: &Model, theme: &Theme, item: &Item) -> Span<'static> {
    if item.marks == Some(Mark::SlowReview) && model.overdue() {
        Span::styled(" !", theme.alert)
    } else if item.required {
        Span::styled(" *", theme.required)
    } else {
        Span::raw("")
    }
}

/// The detail of the entry under the cursor; returns how far it can scroll.
fn render_detail(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) -> u16 {
    let inner = area.height.saturating_sub(2);
    let lines = detail_lines(model, theme, area.width.saturating_sub(2));
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let scroll = model.detail_scroll.min(total.saturating_sub(inner));
    let ui = &strings(model.lang()).ui;
    let name = ui.details;
    let title = match total > inner {
        true if scroll + inner < total => format!(" {name}{} ", ui.details_more),
        true => format!(" {name}{} ", ui.details_back),
        false => format!(" {name} "),
    };
    let block = theme.block(title);
    let text = block.inner(area);
    block.render(area, buf);
    render_lines(lines.iter().skip(usize::from(scroll)), text, buf);
    total.saturating_sub(inner)
}

/// How many lines the detail takes at the current width, for scrolling.
pub fn detail_height(model: &Model) -> u16 {
    let width = layout::areas(model).detail.width.saturating_sub(2);
    let lines = detail_lines(model, &Theme::new(model), width).len();
    u16::try_from(lines).unwrap_or(u16::MAX)
}

fn detail_lines(model: &Model, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    match model.current_entry() {
        Some(Entry::Item(item)) => item_lines(model, theme, item, width),
        Some(Entry::Answer(q, c)) => {
            let lang = model.lang();
            let mut lines = wrapped(q.title.get(lang), width, theme.heading);
            lines.push(Line::raw(""));
            let ui = &strings(lang).ui;
            let option = format!("{}{}", ui.option, c.title.get(lang));
            lines.extend(wrapped(&option, width, Style::new()));
            lines.push(Line::raw(""));
            let how = match q.multi {
                true => ui.choose_many,
                false => ui.choose_one,
            };
            lines.extend(wrapped(how, width, Style::new()));
            lines
        }
        None => Vec::new(),
    }
}

fn item_lines(model: &Model, theme: &Theme, item: &Item, width: u16) -> Vec<Line<'static>> {
    let lang = model.lang();
    let ui = &strings(lang).ui;
    let mut lines = wrapped(item.title.get(lang), width, theme.heading);
    if item.marks == Some(Mark::SlowReview) && model.overdue() {
        lines.extend(wrapped(ui.overdue, width, theme.alert));
    }
    if item.required {
        lines.extend(wrapped(ui.required, width, theme.required));
    }
    lines.push(Line::raw(""));
    lines.extend(wrapped(
        &wrap::reflow(item.detail.get(lang)),
        width,
        Style::new(),
    ));
    lines.push(Line::raw(""));
    lines.extend(wrapped(&confirmed_text(model, item), width, Style::new()));
    if item.marks == Some(Mark::Submitted) && model.session.review.is_some() {
        let text = super::case::cooling_off_text(model);
        lines.extend(wrapped(&text, width, Style::new()));
    }
    lines.extend(super::case::item_notes(model, theme, &item.id, width));
    lines.extend(source_lines(model, theme, &item.sources, width));
    lines
}

fn confirmed_text(model: &Model, item: &Item) -> String {
    let ui = &strings(model.lang()).ui;
    let (done, todo) = match model.stage_id() {
        StageId::Reasons => (ui.chosen, ui.not_chosen),
        StageId::Troubleshooting => (ui.tried, ui.not_tried),
        _ => (ui.confirmed, ui.not_confirmed),
    };
    match model.confirmed_at(model.stage_id(), &item.id) {
        Some(at) => format!("{done} {}", local_time(model, at)),
        None => todo.to_string(),
    }
}

fn source_lines(model: &Model, theme: &Theme, ids: &[String], width: u16) -> Vec<Line<'static>> {
    let lang = model.lang();
    let ui = &strings(lang).ui;
    let mut lines = vec![Line::raw(""), Line::styled(ui.sources, theme.heading)];
    for source in ids.iter().filter_map(|id| model.checklist.source(id)) {
        let date = source
            .published
            .map(|d| format!("{}{d}", ui.date_comma))
            .unwrap_or_default();
        let title = format!(
            "[{}] {}{date}",
            source.confidence.letter(),
            source.title.get(lang)
        );
        lines.extend(wrapped(&title, width, Style::new()));
        lines.extend(url_lines(&source.url, width, model.lang(), theme));
    }
    let verified = format!("{} {}", ui.verified_on, model.checklist.verified);
    lines.extend(wrapped(&verified, width, theme.dim));
    lines.extend(wrapped(ui.confidence_legend, width, theme.dim));
    lines
}

/// An address on a line of its own, never broken (so it copies whole); one wider than the
/// pane runs to the border, with a line saying so.
fn url_lines(url: &str, width: u16, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(url.to_string(), theme.dim)];
    if wrap::width(url) > usize::from(width) {
        let note = strings(lang).ui.url_too_wide;
        lines.extend(wrapped(note, width, theme.dim));
    }
    lines
}
