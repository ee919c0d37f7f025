//! The overlays drawn over a screen: help, the preparation gate, unsubmit and recovery.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, wrapped};
use crate::i18n::strings;
use crate::keymap;
use crate::text::Lang;
use crate::wizard::{DateInput, DateProblem, Model, SaveStatus};
use crate::wrap;

fn popup(area: Rect, width: u16, height: u16) -> Rect {
    crate::layout::centered(area, width, height)
}

/// Clears `rect` for a dialog, and a wide character that straddles its left edge too: a
/// terminal erases the whole character when its second half is overwritten, so half of it
/// would be left to chance (and with it, the dialog's border).
pub(super) fn clear(rect: Rect, buf: &mut Buffer) {
    Clear.render(rect, buf);
    if rect.x == 0 {
        return;
    }
    for y in rect.top()..rect.bottom() {
        let cell = &mut buf[(rect.x - 1, y)];
        if wrap::width(cell.symbol()) > 1 {
            cell.set_symbol(" ");
        }
    }
}

/// Every key, scrolled with Up/Down when they do not all fit.
pub fn help(model: &Model, theme: &Theme, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let rows = keymap::help_rows(lang);
    let key_width = rows.iter().map(|(k, _)| wrap::width(k)).max().unwrap_or(0) + 2;
    let width = 66.min(area.width.saturating_sub(2));
    let text_width = usize::from(width.saturating_sub(2))
        .saturating_sub(key_width)
        .max(10);
    // Each line with whether it starts a row (the legend counts as one).
    let mut lines = Vec::new();
    for (key, help) in rows {
        for (i, part) in wrap::wrap(help, text_width).into_iter().enumerate() {
            let key = if i == 0 { key } else { "" };
            let pad = " ".repeat(key_width - wrap::width(key));
            let line = Line::from(vec![
                Span::styled(key, theme.heading),
                Span::raw(format!("{pad}{part}")),
            ]);
            lines.push((line, i == 0));
        }
    }
    lines.push((Line::raw(""), false));
    let d = &strings(lang).ui.dialogs;
    let legend = wrapped(d.help_legend, width.saturating_sub(2), Style::new());
    lines.extend(legend.into_iter().enumerate().map(|(i, l)| (l, i == 0)));
    // Its borders, and the header's and footer's rows left showing: the footer says how to
    // close it.
    let room = usize::from(area.height.saturating_sub(4));
    let lines = scroll_lines(lines, scroll, room, lang);
    let rect = popup(area, width, lines.len() as u16 + 2);
    clear(rect, buf);
    Paragraph::new(lines)
        .block(theme.block(d.help_title))
        .render(rect, buf);
}

/// `room` rows of `lines` from line `scroll` on; where lines are hidden, the first or last
/// shown row says how many entries (lines marked as starting one) and which key shows them.
fn scroll_lines(
    lines: Vec<(Line<'static>, bool)>,
    scroll: usize,
    room: usize,
    lang: Lang,
) -> Vec<Line<'static>> {
    if lines.len() <= room || room < 3 {
        return lines.into_iter().take(room).map(|(l, _)| l).collect();
    }
    let scroll = scroll.min(lines.len() + 1 - room);
    let starts = |range: &[(Line, bool)]| range.iter().filter(|(_, start)| *start).count();
    let top = (scroll > 0).then(|| more_line(lang, starts(&lines[..scroll]), true));
    let mut body = room - usize::from(top.is_some());
    if scroll + body < lines.len() {
        body -= 1;
    }
    let below = starts(lines.get(scroll + body..).unwrap_or_default());
    let mut shown: Vec<Line<'static>> = top.flatten().map(Line::raw).into_iter().collect();
    shown.extend(lines.into_iter().skip(scroll).take(body).map(|(l, _)| l));
    shown.extend(more_line(lang, below, false).map(Line::raw));
    shown
}

/// The gate: the open required items, scrolled with Up/Down when they do not all fit.
pub fn gate(
    model: &Model,
    theme: &Theme,
    open: &[String],
    scroll: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = model.lang();
    let d = &strings(lang).ui.dialogs;
    let head = vec![d.gate_head.to_string()];
    let items: Vec<String> = open
        .iter()
        .map(|id| {
            let title = model
                .checklist
                .item(id)
                .map_or(id.as_str(), |i| i.title.get(lang));
            format!("[ ] {title}")
        })
        .collect();
    let items = (items, 4);
    let keys = vec![
        String::new(),
        d.gate_back.to_string(),
        d.gate_continue.to_string(),
    ];
    let parts = (head, items, keys);
    scrolled_dialog(model, theme, d.gate_title, parts, scroll, area, buf);
}

/// On which day the request was submitted: the day shown or typed, with what is wrong with it.
pub fn date(model: &Model, theme: &Theme, input: &DateInput, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let d = &strings(lang).ui.dialogs;
    let mut lines = vec![d.date_question.to_string(), String::new()];
    if let Some(recorded) = input.recorded {
        lines.push((d.date_recorded)(recorded));
    }
    let shown = match input.typed.is_empty() {
        true => (d.day_and_weekday)(input.day, weekday(input.day, lang)),
        false => format!("{}_", input.typed),
    };
    lines.push(format!("{}  [ {shown} ]", d.submitted_on));
    if let Some(problem) = &input.problem {
        lines.push(problem_text(problem, lang));
    }
    lines.push(String::new());
    lines.push(d.date_how.to_string());
    let keys: &[&str] = match input.recorded.is_some() {
        true => &d.date_keys_change,
        false => &d.date_keys_new,
    };
    lines.extend(keys.iter().map(|k| k.to_string()));
    dialog(theme, d.date_title, lines, keys.len() + 1, area, buf);
}

fn weekday(day: jiff::civil::Date, lang: Lang) -> &'static str {
    let monday_first = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap_or(0);
    strings(lang).ui.dialogs.weekdays[monday_first]
}

pub(super) fn problem_text(problem: &DateProblem, lang: Lang) -> String {
    let d = &strings(lang).ui.dialogs;
    match problem {
        DateProblem::Malformed(text) => (d.malformed)(text),
        DateProblem::TooEarly(day) => (d.too_early)(*day),
        DateProblem::Future(day) => (d.future)(*day),
    }
}

pub fn recover(
    model: &Model,
    theme: &Theme,
    problem: &str,
    backup: bool,
    failed: Option<&str>,
    area: Rect,
    buf: &mut Buffer,
) {
    let d = &strings(model.lang()).ui.dialogs;
    let mut lines = vec![
        d.recover_head.to_string(),
        String::new(),
        problem.to_string(),
        String::new(),
    ];
    if let Some(failed) = failed {
        lines.push(format!("{}{failed}", d.did_not_work));
        lines.push(String::new());
    }
    if backup {
        lines.push(d.restore.to_string());
    }
    lines.push(
        match backup {
            true => d.fresh_both,
            false => d.fresh,
        }
        .to_string(),
    );
    lines.push(d.quit_unchanged.to_string());
    let keys = 2 + usize::from(backup);
    dialog(theme, d.recover_title, lines, keys, area, buf);
}

/// Quit with a failed save pending: the reason in full, and what can still be done.
pub fn unsaved(
    model: &Model,
    theme: &Theme,
    written: Option<&Result<String, String>>,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = model.lang();
    let d = &strings(lang).ui.dialogs;
    let SaveStatus::Failed(failure) = &model.save_status else {
        return;
    };
    let mut lines = vec![
        format!(
            "{}{}",
            d.not_saved,
            super::failure_reason(failure.kind, lang)
        ),
        failure.detail.clone(),
        String::new(),
    ];
    match written {
        Some(Ok(path)) => lines.push(format!("{}{path}", d.written_to)),
        Some(Err(e)) => lines.push(format!("{}{e}", d.write_failed)),
        None => {}
    }
    let keys = &d.unsaved_keys;
    lines.extend(keys.iter().map(|k| k.to_string()));
    dialog(theme, d.unsaved_title, lines, keys.len(), area, buf);
}

/// A bordered dialog of `lines`, the last `keys` of them the keys it takes: those always show
/// whole; when the dialog is too tall, the text above them is cut, with "..." saying so.
pub(super) fn dialog(
    theme: &Theme,
    title: &'static str,
    lines: Vec<String>,
    keys: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = 64.min(area.width.saturating_sub(2));
    let inner = usize::from(width.saturating_sub(2));
    let max_lines = usize::from(area.height.saturating_sub(2));
    let wrap_all = |lines: &[String]| -> Vec<String> {
        lines.iter().flat_map(|l| wrap::wrap(l, inner)).collect()
    };
    let (text, keys) = lines.split_at(lines.len().saturating_sub(keys));
    let (mut text, mut keys) = (wrap_all(text), wrap_all(keys));
    keys.truncate(max_lines);
    if text.len() + keys.len() > max_lines {
        text.truncate(max_lines.saturating_sub(keys.len() + 1));
        text.push("...".to_string());
        text.truncate(max_lines - keys.len());
    }
    text.extend(keys);
    let rect = popup(area, width, text.len() as u16 + 2);
    clear(rect, buf);
    let text: Vec<Line> = text.into_iter().map(Line::raw).collect();
    Paragraph::new(text)
        .block(theme.block(title).border_style(theme.alert))
        .render(rect, buf);
}

/// A dialog whose middle part scrolls: the head and the keys always show, the body from
/// `scroll` on, with how many rows are hidden above and below.
fn scrolled_dialog(
    model: &Model,
    theme: &Theme,
    title: &'static str,
    (head, (body, indent), keys): (Vec<String>, (Vec<String>, usize), Vec<String>),
    scroll: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = 64.min(area.width.saturating_sub(2));
    let inner = usize::from(width.saturating_sub(2));
    let wrap_all = |lines: &[String]| -> Vec<String> {
        lines.iter().flat_map(|l| wrap::wrap(l, inner)).collect()
    };
    let (head, keys) = (wrap_all(&head), wrap_all(&keys));
    let room = usize::from(area.height.saturating_sub(4))
        .saturating_sub(head.len() + keys.len() + 2)
        .max(1);
    let scroll = scroll.min(body.len().saturating_sub(1));
    let mut shown = Vec::new();
    let mut end = scroll;
    for item in &body[scroll..] {
        let lines = hanging(item, inner, indent);
        if end > scroll && shown.len() + lines.len() > room {
            break;
        }
        shown.extend(lines);
        end += 1;
    }
    let mut lines = head;
    lines.extend(more_line(model.lang(), scroll, true));
    lines.extend(shown);
    lines.extend(more_line(model.lang(), body.len() - end, false));
    let key_lines = keys.len();
    lines.extend(keys);
    dialog(theme, title, lines, key_lines, area, buf);
}

/// `text` wrapped to `width`, its second and later lines indented by `indent` columns.
fn hanging(text: &str, width: usize, indent: usize) -> Vec<String> {
    let pad = " ".repeat(indent);
    let mut lines = wrap::wrap(text, width);
    let rest = match lines
        .first()
        .and_then(|first| text.strip_prefix(first.as_str()))
    {
        Some(rest) if lines.len() > 1 => rest.trim_start(),
        _ => return lines,
    };
    lines.truncate(1);
    let narrower = width.saturating_sub(indent).max(1);
    lines.extend(
        wrap::wrap(rest, narrower)
            .into_iter()
            .map(|l| format!("{pad}{l}")),
    );
    lines
}

/// "…and 3 more" above or below a scrolled list; nothing when none are hidden there.
fn more_line(lang: Lang, hidden: usize, above: bool) -> Option<String> {
    let d = &strings(lang).ui.dialogs;
    (hidden > 0).then(|| match above {
        true => (d.more_above)(hidden),
        false => (d.more_below)(hidden),
    })
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn weekdays_are_named_monday_to_sunday() {
        let (monday, sunday) = (date(2026, 11, 23), date(2026, 11, 29));
        assert_eq!(weekday(monday, Lang::En), "Mon");
        assert_eq!(weekday(sunday, Lang::En), "Sun");
        assert_eq!(weekday(monday, Lang::Zh), "周一");
        assert_eq!(weekday(sunday, Lang::Zh), "周日");
    }

    #[test]
    fn scrolled_help_counts_the_hidden_rows_not_their_lines() {
        // Six rows of two lines each: a first line and its continuation.
        let lines: Vec<(Line<'static>, bool)> = (0..12)
            .map(|i| (Line::raw(format!("{i}")), i % 2 == 0))
            .collect();
        let shown = scroll_lines(lines.clone(), 0, 5, Lang::En);
        assert_eq!(shown.last().unwrap().to_string(), "...and 4 more (Down)");
        let shown = scroll_lines(lines, 4, 5, Lang::En);
        assert_eq!(shown[0].to_string(), "...and 2 more above (Up)");
        assert_eq!(shown.last().unwrap().to_string(), "...and 2 more (Down)");
    }
}
