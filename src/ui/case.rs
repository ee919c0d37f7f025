//! The case file screen: the timeline's entries newest first (only the rows in view are
//! built), and the selected entry whole in the detail below.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{Theme, local_time, render_lines, wrapped};
use crate::case_names::confirmation_label;
use crate::checklist::StageId;
use crate::i18n::strings;
use crate::layout::Areas;
use crate::text::{Lang, sanitize_line};
use crate::timeline::{Entry, Event, Kind};
use crate::wizard::Model;
use crate::wrap;

pub use crate::case_names::{channel_label as channel_name, kind_label as kind_name};

/// The timeline screen in the list and detail areas; returns the rows of the list (for paging)
/// and how far the detail can scroll.
pub fn render(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) -> (u16, u16) {
    let (list_block, detail) = crate::layout::timeline_areas(&areas);
    let entries = model.timeline();
    let case = &strings(model.lang()).ui.case;
    let at = (model.case.selected + 1).min(entries.len());
    let title = (case.title)(at, entries.len());
    let block = theme.block(title);
    let list = block.inner(list_block);
    let rows = usize::from(list.height);
    let offset = shown_from(model.case.offset, model.case.selected, rows, entries.len());
    block.render(list_block, buf);
    if entries.is_empty() {
        render_lines(&wrapped(case.empty, list.width, theme.dim), list, buf);
    }
    let rows = usize::from(list.height);
    let shown = entries.iter().enumerate().skip(offset).take(rows);
    let lines: Vec<Line> = shown
        .map(|(i, entry)| {
            let style = match i == model.case.selected {
                true => theme.cursor,
                false => Style::new(),
            };
            let text = row_text(model, entry, usize::from(list.width));
            Line::styled(text, style)
        })
        .collect();
    render_lines(&lines, list, buf);
    let overflow = render_detail(model, theme, entries.get(model.case.selected), detail, buf);
    (list.height, overflow)
}

/// The selected entry whole, scrolled by J/K; returns how far it can scroll.
fn render_detail(
    model: &Model,
    theme: &Theme,
    entry: Option<&Entry>,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    let case = &strings(model.lang()).ui.case;
    let width = area.width.saturating_sub(2);
    let lines = entry.map_or_else(Vec::new, |e| detail_lines(model, e, width));
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let overflow = total.saturating_sub(area.height.saturating_sub(2));
    let scroll = model.detail_scroll.min(overflow);
    let title = match overflow {
        0 => case.details,
        _ if scroll < overflow => case.details_more,
        _ => case.details_back,
    };
    let block = theme.block(title);
    let inner = block.inner(area);
    block.render(area, buf);
    render_lines(lines.iter().skip(usize::from(scroll)), inner, buf);
    overflow
}

/// The first entry to show: the model's offset, moved so the selection is in view (the model
/// may not know the list's height yet) and no rows are left empty below the last entry.
fn shown_from(offset: usize, selected: usize, rows: usize, len: usize) -> usize {
    let offset = offset.min(selected).min(len.saturating_sub(rows));
    match selected >= offset + rows {
        true => selected + 1 - rows.max(1),
        false => offset,
    }
}

/// One row: the date, the kind and the first line of the note (or what was confirmed).
fn row_text(model: &Model, entry: &Entry, width: usize) -> String {
    let lang = model.lang();
    let case = &strings(lang).ui.case;
    let (day, _) = entry.when(&model.tz);
    let (kind, what) = match entry {
        Entry::Event(e) => (kind_name(e.kind, lang), event_summary(model, e)),
        Entry::Confirmed { stage, item, .. } => (
            confirmation_label(stage, lang),
            item_title(model, stage, item),
        ),
        Entry::Override(o) => (case.row_override, (case.open_count)(o.open.len())),
    };
    let text = format!("{day}  {kind}  {}", sanitize_line(&what));
    let line = wrap::clip(wrap::wrap(&text, width), 1, width);
    pad_to(line.concat(), width)
}

fn pad_to(text: String, width: usize) -> String {
    let pad = width.saturating_sub(wrap::width(&text));
    format!("{text}{}", " ".repeat(pad))
}

/// What became of a corrected submission date, else the note's first line, else the ticket
/// number or the channel.
fn event_summary(model: &Model, e: &Event) -> String {
    let lang = model.lang();
    if let Some(later) = model.session.corrected_to(e) {
        return crate::case_names::corrected_to(later.0, lang)
            .trim()
            .to_string();
    }
    if let Some(earlier) = e.replaces {
        return crate::case_names::corrects(earlier.0, lang)
            .trim()
            .to_string();
    }
    let first = e.note.lines().next().unwrap_or("").trim();
    if !first.is_empty() {
        return first.to_string();
    }
    match (e.to, e.reference.is_empty()) {
        (Some(to), _) => channel_name(to, lang).to_string(),
        (None, false) => format!("#{}", e.reference),
        (None, true) => e.via.clone(),
    }
}

/// The title of `stage/item` in the person's language, or the id when the checklists no
/// longer have it.
fn item_title(model: &Model, stage: &str, item: &str) -> String {
    let found = StageId::parse(stage)
        .map(|s| model.checklist.stage(s))
        .and_then(|s| s.items.iter().find(|i| i.id == item));
    match found {
        Some(i) => i.title.get(model.lang()).to_string(),
        None => format!("{stage}/{item}"),
    }
}

fn detail_lines(model: &Model, entry: &Entry, width: u16) -> Vec<Line<'static>> {
    let lang = model.lang();
    let case = &strings(lang).ui.case;
    let (day, at) = entry.when(&model.tz);
    let mut lines = Vec::new();
    let mut field = |label: &str, value: &str| {
        if !value.is_empty() {
            let text = format!("{label}{}", sanitize_line(value));
            lines.extend(wrapped(&text, width, Style::new()));
        }
    };
    match entry {
        Entry::Event(e) => {
            field(case.kind, kind_name(e.kind, lang));
            field(case.date, &day.to_string());
            if let Some(earlier) = e.replaces {
                field(case.corrects, &earlier.0.to_string());
            }
            if let Some(later) = model.session.corrected_to(e) {
                field(case.corrected_to, &later.0.to_string());
            }
            field(case.recorded, &local_time(model, e.recorded.0));
            field(case.via, &e.via);
            match e.kind {
                Kind::Complaint => field(case.reference, &e.reference),
                _ => field(case.ticket, &e.reference),
            }
            field(case.filed_with, e.to.map_or("", |c| channel_name(c, lang)));
            if let Some((stage, item)) = e.item.as_deref().and_then(|i| i.split_once('/')) {
                field(case.item, &item_title(model, stage, item));
            }
        }
        Entry::Confirmed { stage, item, .. } => {
            let label = match StageId::parse(stage) {
                Some(StageId::Reasons) => case.chosen,
                Some(StageId::Troubleshooting) => case.tried,
                _ => case.confirmed,
            };
            field(label, &item_title(model, stage, item));
        }
        Entry::Override(o) => field(case.continued, &(case.open_count)(o.open.len())),
    }
    if let Some(at) = at.filter(|_| !matches!(entry, Entry::Event(_))) {
        field(case.time, &local_time(model, at));
    }
    if let Entry::Event(e) = entry {
        lines.extend(event_body(e, width, lang));
    }
    lines
}

/// The evidence files, each named with its size and SHA-256's first 12 digits, then the whole
/// note.
fn event_body(e: &Event, width: u16, lang: Lang) -> Vec<Line<'static>> {
    let case = &strings(lang).ui.case;
    let mut lines = Vec::new();
    for ev in &e.evidence {
        let text = format!(
            "{}{}  {}  SHA-256 {}...",
            case.evidence,
            sanitize_line(ev.name()),
            (case.size)(ev.size),
            &ev.sha256[..12.min(ev.sha256.len())]
        );
        lines.extend(wrapped(&text, width, Style::new()));
    }
    if !e.note.is_empty() {
        lines.push(Line::raw(""));
        for para in e.note.lines() {
            lines.extend(wrapped(&sanitize_line(para), width, Style::new()));
        }
    }
    lines
}

/// The notes on `stage/item`, oldest first, for the stage's detail: a heading, then each note's
/// date and text.
pub fn item_notes(model: &Model, theme: &Theme, item: &str, width: u16) -> Vec<Line<'static>> {
    let stage = model.stage_id().as_str();
    let notes: Vec<&Event> = model.session.notes_on(stage, item).collect();
    if notes.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::raw("")];
    let heading = strings(model.lang()).ui.case.notes;
    lines.extend(wrapped(heading, width, theme.heading));
    for note in notes {
        let text = format!("{}  {}", note.on.0, sanitize_line(&note.note));
        lines.extend(wrapped(&text, width, Style::new()));
    }
    lines
}

/// The submit step's line about the cooling-off period: the days recorded, or how to enter them.
pub fn cooling_off_text(model: &Model) -> String {
    let case = &strings(model.lang()).ui.case;
    match model.session.review.and_then(|r| r.cooling_off_days) {
        Some(d) => (case.cooling_off_days)(d),
        None => case.cooling_off_ask.to_string(),
    }
}
