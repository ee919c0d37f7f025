//! The whole-body screens: welcome, summary, and the too-small notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{Theme, wrapped};
use crate::i18n::strings;
use crate::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};
use crate::names::clock_line;
use crate::wizard::Model;

pub fn welcome(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) {
    let lang = model.lang();
    let ui = &strings(lang).ui;
    let body = areas.list_block.union(areas.detail);
    let width = body.width.saturating_sub(2);
    let mut lines = wrapped(model.checklist.title.get(lang), width, theme.heading);
    lines.push(Line::raw(""));
    lines.extend(wrapped(ui.welcome, width, Style::new()));
    Paragraph::new(lines)
        .block(theme.block(ui.welcome_title))
        .render(body, buf);
}

pub fn summary(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) {
    let lang = model.lang();
    let ui = &strings(lang).ui;
    let body = areas.list_block.union(areas.detail);
    let width = body.width.saturating_sub(2);
    let heading = match model.all_done() {
        true => ui.all_done,
        false => ui.overview,
    };
    let mut lines = vec![Line::styled(heading, theme.heading), Line::raw("")];
    for stage in &model.checklist.stages {
        let (done, total) = model.progress(stage.id);
        let mark = if super::checked(model, stage.id) {
            theme.check
        } else {
            " "
        };
        let n = model.position(stage.id) + 1;
        let text = format!("{mark} {n} {}  {done}/{total}", stage.title.get(lang));
        lines.extend(wrapped(&text, width, Style::new()));
    }
    lines.push(Line::raw(""));
    let clock = clock_line(model).unwrap_or_else(|| ui.not_submitted.to_string());
    lines.extend(wrapped(&clock, width, Style::new()));
    lines.push(Line::raw(""));
    let hint = wrapped(ui.export_hint, width, Style::new());
    let keep = hint.len();
    lines.extend(hint);
    let lines = fit(lines, keep, usize::from(body.height.saturating_sub(2)));
    Paragraph::new(lines)
        .block(theme.block(ui.summary_title))
        .render(body, buf);
}

/// `lines` cut to `room` rows with the last `keep` whole (the export hint: the summary's point):
/// the blank spacing lines go first, top first, then the lines just above the kept ones, with
/// `…` where they were.
fn fit(mut lines: Vec<Line<'static>>, keep: usize, room: usize) -> Vec<Line<'static>> {
    while lines.len() > room {
        let Some(blank) = lines.iter().position(|l| l.width() == 0) else {
            break;
        };
        lines.remove(blank);
    }
    if lines.len() > room && room > keep {
        let end = lines.len() - keep;
        let start = (room - keep).saturating_sub(1);
        lines.splice(start..end, [Line::raw("…")]);
    }
    lines
}

pub fn too_small(model: &Model, area: Rect, buf: &mut Buffer) {
    let (w, h) = (area.width, area.height);
    let ui = &strings(model.lang()).ui;
    let text = (ui.too_small)(MIN_WIDTH, MIN_HEIGHT, w, h);
    let mut lines = wrapped(&text, w, Style::new());
    lines.extend(wrapped(ui.too_small_hint, w, Style::new()));
    let height = (lines.len() as u16).min(h);
    let rect = Rect::new(area.x, area.y + (h - height) / 2, w, height);
    Paragraph::new(lines).render(rect, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn an_overflowing_summary_loses_its_spacing_then_its_middle_never_its_end() {
        let lines = || -> Vec<Line<'static>> {
            ["head", "", "1", "2", "", "clock", "", "hint a", "hint b"]
                .map(Line::raw)
                .to_vec()
        };
        assert_eq!(text(&fit(lines(), 2, 9)), text(&lines()), "it fits");
        assert_eq!(
            text(&fit(lines(), 2, 7)),
            ["head", "1", "2", "clock", "", "hint a", "hint b"],
            "spacing goes, top first"
        );
        assert_eq!(
            text(&fit(lines(), 2, 5)),
            ["head", "1", "…", "hint a", "hint b"],
            "then the lines above the end"
        );
    }
}
