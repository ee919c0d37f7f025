//! The overlays drawn over a screen: help, the preparation gate, unsubmit and recovery.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, tr, wrapped};
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
    let lines = scroll_lines(lines, scroll, room, lang);
    let rect = popup(area, width, lines.len() as u16 + 2);
    clear(rect, buf);
    let title = tr(lang, " 按键（Esc 关闭） ", " Keys (Esc closes) ");
    Paragraph::new(lines)
        .block(theme.block(title))
        .render(rect, buf);
}

/// `room` rows of `lines` from `scroll` on; where rows are hidden, the first or last shown
/// row says how many and which key shows them.
fn scroll_lines(
    lines: Vec<Line<'static>>,
    scroll: usize,
    room: usize,
    lang: Lang,
) -> Vec<Line<'static>> {
    if lines.len() <= room || room < 3 {
        return lines.into_iter().take(room).collect();
    }
    let scroll = scroll.min(lines.len() + 1 - room);
    let top = (scroll > 0).then(|| more_line(lang, scroll, true));
    let mut body = room - usize::from(top.is_some());
    if scroll + body < lines.len() {
        body -= 1;
    }
    let below = lines.len().saturating_sub(scroll + body);
    let mut shown: Vec<Line<'static>> = top.flatten().map(Line::raw).into_iter().collect();
    shown.extend(lines.into_iter().skip(scroll).take(body));
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
    let head = vec![
        tr(
            lang,
            "以下必需项还没有确认：",
            "These required items are not confirmed yet:",
        )
        .to_string(),
    ];
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
        tr(
            lang,
            "Enter / Esc：返回补齐",
            "Enter / Esc: go back and finish them",
        )
        .to_string(),
        tr(
            lang,
            "c：仍然继续（会记录时间）",
            "c: continue anyway (the time is recorded)",
        )
        .to_string(),
    ];
    let title = tr(lang, " 还有必需项未完成 ", " Required items still open ");
    scrolled_dialog(model, theme, title, (head, items, keys), scroll, area, buf);
}

/// On which day the request was submitted: the day shown or typed, with what is wrong with it.
pub fn date(model: &Model, theme: &Theme, input: &DateInput, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let mut lines = vec![
        tr(
            lang,
            "你是哪一天在 App 里提交注销申请的？",
            "On which day did you submit in the app?",
        )
        .to_string(),
        String::new(),
    ];
    if let Some(recorded) = input.recorded {
        lines.push(match lang {
            Lang::Zh => format!("已记录的提交日：{recorded}"),
            Lang::En => format!("Recorded submission date: {recorded}"),
        });
    }
    let shown = match input.typed.is_empty() {
        true => format!("{}  ({})", input.day, weekday(input.day, lang)),
        false => format!("{}_", input.typed),
    };
    lines.push(format!(
        "{}  [ {shown} ]",
        tr(lang, "提交日：", "Submitted on:")
    ));
    if let Some(problem) = &input.problem {
        lines.push(problem_text(problem, lang));
    }
    lines.push(String::new());
    lines.push(
        tr(
            lang,
            "Left / Right：前一天 / 后一天；也可直接输入 2026-11-28",
            "Left / Right: a day earlier / later; or type a date like 2026-11-28",
        )
        .to_string(),
    );
    let keys: &[(&str, &str)] = match input.recorded.is_some() {
        true => &[
            ("Enter：记录这一天", "Enter: record this day"),
            ("Esc：不改", "Esc: change nothing"),
            (
                "c：清除提交日（审核计时随之清除）",
                "c: clear the date (and the review clock)",
            ),
        ],
        false => &[
            (
                "Enter：记录这一天（开始审核计时）",
                "Enter: record this day (starts the review clock)",
            ),
            ("Esc：取消", "Esc: cancel"),
        ],
    };
    lines.extend(keys.iter().map(|(zh, en)| tr(lang, zh, en).to_string()));
    let title = tr(lang, " 提交日 ", " Submission date ");
    dialog(theme, title, lines, keys.len() + 1, area, buf);
}

fn weekday(day: jiff::civil::Date, lang: Lang) -> &'static str {
    use jiff::civil::Weekday::*;
    let (zh, en) = match day.weekday() {
        Monday => ("周一", "Mon"),
        Tuesday => ("周二", "Tue"),
        Wednesday => ("周三", "Wed"),
        Thursday => ("周四", "Thu"),
        Friday => ("周五", "Fri"),
        Saturday => ("周六", "Sat"),
        Sunday => ("周日", "Sun"),
    };
    tr(lang, zh, en)
}

pub(super) fn problem_text(problem: &DateProblem, lang: Lang) -> String {
    match (problem, lang) {
        (DateProblem::Malformed(text), Lang::Zh) => {
            format!("「{text}」不是有效的日期（格式 YYYY-MM-DD，例如 2026-11-28）")
        }
        (DateProblem::Malformed(text), Lang::En) => {
            format!("\"{text}\" is not a valid date (YYYY-MM-DD, such as 2026-11-28)")
        }
        (DateProblem::TooEarly(day), Lang::Zh) => {
            format!("{day} 太早了：小红书 2013 年才上线")
        }
        (DateProblem::TooEarly(day), Lang::En) => {
            format!("{day} is too early: Xiaohongshu started in 2013")
        }
        (DateProblem::Future(day), Lang::Zh) => format!("{day} 还没到：提交日不能晚于今天"),
        (DateProblem::Future(day), Lang::En) => {
            format!("{day} has not come yet: the date cannot be after today")
        }
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
    let lang = model.lang();
    let mut lines = vec![
        tr(
            lang,
            "保存的进度无法读取；在你选择之前，文件保持原样：",
            "The saved progress could not be read; it stays as it is until you choose:",
        )
        .to_string(),
        String::new(),
        problem.to_string(),
        String::new(),
    ];
    if let Some(failed) = failed {
        lines.push(format!(
            "{}{failed}",
            tr(lang, "没有成功：", "That did not work: ")
        ));
        lines.push(String::new());
    }
    if backup {
        lines.push(
            tr(
                lang,
                "r：用上一次的备份恢复（损坏的文件会另存）",
                "r: restore the last backup (the damaged file is kept)",
            )
            .to_string(),
        );
    }
    lines.push(
        match backup {
            true => tr(
                lang,
                "n：重新开始（损坏的文件和备份都存档，以后仍可恢复）",
                "n: start fresh (both files are archived and can be restored later)",
            ),
            false => tr(
                lang,
                "n：重新开始（损坏的文件会存档，以后仍可恢复）",
                "n: start fresh (the damaged file is archived and can be restored later)",
            ),
        }
        .to_string(),
    );
    lines.push(
        tr(
            lang,
            "q：退出，什么都不改（下次再问）",
            "q: quit, change nothing (asked again next time)",
        )
        .to_string(),
    );
    let title = tr(lang, " 进度文件损坏 ", " Saved progress unreadable ");
    dialog(theme, title, lines, 2 + usize::from(backup), area, buf);
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
    let SaveStatus::Failed(failure) = &model.save_status else {
        return;
    };
    let mut lines = vec![
        format!(
            "{}{}",
            tr(
                lang,
                "最近的更改没能保存：",
                "The latest changes could not be saved: "
            ),
            super::failure_reason(failure.kind, lang)
        ),
        failure.detail.clone(),
        String::new(),
    ];
    match written {
        Some(Ok(path)) => lines.push(format!("{}{path}", tr(lang, "已另存到：", "Written to: "))),
        Some(Err(e)) => lines.push(format!(
            "{}{e}",
            tr(lang, "另存也失败了：", "Writing it there failed too: ")
        )),
        None => {}
    }
    let keys = [
        ("s：再试一次保存", "s: try saving again"),
        ("w：另存到当前文件夹", "w: write it to the current folder"),
        ("Enter / Esc：回到向导", "Enter / Esc: back to the wizard"),
        (
            "d：放弃未保存的更改并退出",
            "d: discard the unsaved changes and quit",
        ),
    ];
    lines.extend(keys.iter().map(|(zh, en)| tr(lang, zh, en).to_string()));
    let title = tr(lang, " 还有未保存的更改 ", " Unsaved changes ");
    dialog(theme, title, lines, keys.len(), area, buf);
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
    (hidden > 0).then(|| match (lang, above) {
        (Lang::Zh, true) => format!("...上面还有 {hidden} 项（Up 查看）"),
        (Lang::Zh, false) => format!("...还有 {hidden} 项（Down 查看）"),
        (Lang::En, true) => format!("...and {hidden} more above (Up)"),
        (Lang::En, false) => format!("...and {hidden} more (Down)"),
    })
}
