//! The overlays drawn over a screen: help, the preparation gate, unsubmit and recovery.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, tr, wrapped};
use crate::keymap;
use crate::text::Lang;
use crate::wizard::Model;
use crate::wrap;

fn popup(area: Rect, width: u16, height: u16) -> Rect {
    crate::layout::centered(area, width, height)
}

pub fn help(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let rows = keymap::help_rows(lang);
    let key_width = rows.iter().map(|(k, _)| wrap::width(k)).max().unwrap_or(0) + 2;
    let width = 66.min(area.width.saturating_sub(2));
    let text_width = usize::from(width.saturating_sub(2))
        .saturating_sub(key_width)
        .max(10);
    let mut lines = Vec::new();
    for (key, help) in rows {
        for (i, part) in wrap::wrap(help, text_width).into_iter().enumerate() {
            let key = if i == 0 { key } else { "" };
            let pad = " ".repeat(key_width - wrap::width(key));
            lines.push(Line::from(vec![
                Span::styled(key, theme.heading),
                Span::raw(format!("{pad}{part}")),
            ]));
        }
    }
    lines.push(Line::raw(""));
    let legend = tr(
        lang,
        "* 必需项  ! 已超时  [x] 已确认  (x) 已选",
        "* required  ! overdue  [x] done  (x) chosen",
    );
    lines.extend(wrapped(legend, width.saturating_sub(2), Style::new()));
    let room = usize::from(area.height.saturating_sub(2));
    if lines.len() > room {
        lines.truncate(room.saturating_sub(1));
        lines.push(Line::raw(tr(
            lang,
            "...（放大窗口可看全部）",
            "... (enlarge the window to see all)",
        )));
    }
    let rect = popup(area, width, lines.len() as u16 + 2);
    Clear.render(rect, buf);
    let title = tr(lang, " 按键（Esc 关闭） ", " Keys (Esc closes) ");
    Paragraph::new(lines)
        .block(theme.block(title))
        .render(rect, buf);
}

pub fn gate(model: &Model, theme: &Theme, open: &[String], area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let mut lines = vec![
        tr(
            lang,
            "以下必需项还没有确认：",
            "These required items are not confirmed yet:",
        )
        .to_string(),
        String::new(),
    ];
    for id in open {
        let title = model
            .checklist
            .item(id)
            .map_or(id.as_str(), |i| i.title.get(lang));
        lines.push(format!("[ ] {title}"));
    }
    lines.push(String::new());
    lines.push(
        tr(
            lang,
            "Enter：仍然继续（会记录时间）  Esc：返回补齐",
            "Enter: continue anyway (the time is recorded)  Esc: go back",
        )
        .to_string(),
    );
    dialog(
        theme,
        tr(lang, " 还有必需项未完成 ", " Required items still open "),
        lines,
        area,
        buf,
    );
}

pub fn unsubmit(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let date = model
        .session
        .review
        .map(|r| r.submitted_on.0.to_string())
        .unwrap_or_default();
    let lines = vec![
        match lang {
            Lang::Zh => format!("取消勾选会清除审核计时（提交日 {date}）。"),
            Lang::En => format!("Unchecking clears the review clock (submitted on {date})."),
        },
        String::new(),
        tr(
            lang,
            "Enter：清除  Esc：保留",
            "Enter: clear it  Esc: keep it",
        )
        .to_string(),
    ];
    dialog(
        theme,
        tr(lang, " 取消“已提交”？ ", " Uncheck \"submitted\"? "),
        lines,
        area,
        buf,
    );
}

pub fn recover(
    model: &Model,
    theme: &Theme,
    problem: &str,
    backup: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = model.lang();
    let mut lines = vec![
        tr(
            lang,
            "上次保存的进度无法读取，已原样移到一旁保存：",
            "The saved progress could not be read; it was moved aside unchanged:",
        )
        .to_string(),
        String::new(),
        problem.to_string(),
        String::new(),
    ];
    if backup {
        lines.push(
            tr(
                lang,
                "r：用上一次的备份恢复",
                "r: restore the previous backup",
            )
            .to_string(),
        );
    }
    lines.push(
        tr(
            lang,
            "n：重新开始  q：退出（什么都不改）",
            "n: start fresh  q: quit (nothing changes)",
        )
        .to_string(),
    );
    dialog(
        theme,
        tr(lang, " 进度文件损坏 ", " Saved progress unreadable "),
        lines,
        area,
        buf,
    );
}

fn dialog(theme: &Theme, title: &'static str, lines: Vec<String>, area: Rect, buf: &mut Buffer) {
    let width = 64.min(area.width.saturating_sub(2));
    let inner = width.saturating_sub(2);
    let max_lines = usize::from(area.height.saturating_sub(2));
    let text: Vec<String> = lines
        .iter()
        .flat_map(|l| wrap::wrap(l, usize::from(inner)))
        .collect();
    let text = clip_middle(text, max_lines);
    let rect = popup(area, width, text.len() as u16 + 2);
    Clear.render(rect, buf);
    let text: Vec<Line> = text.into_iter().map(Line::raw).collect();
    Paragraph::new(text)
        .block(theme.block(title).border_style(theme.alert))
        .render(rect, buf);
}

/// Keeps the first and last lines (the question and the keys) when a dialog is too tall.
fn clip_middle(mut lines: Vec<String>, max: usize) -> Vec<String> {
    if lines.len() <= max || max < 3 {
        lines.truncate(max);
        return lines;
    }
    let tail = lines.split_off(lines.len() - 2);
    lines.truncate(max - 3);
    lines.push("...".to_string());
    lines.extend(tail);
    lines
}
