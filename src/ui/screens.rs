//! The whole-body screens: welcome, summary, and the too-small notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{Theme, tr, wrapped};
use crate::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};
use crate::names::clock_line;
use crate::text::Lang;
use crate::wizard::Model;

const WELCOME_ZH: &str = "这个向导陪你一步步注销小红书 / rednote 账号：为什么注销、注销前准备什么、按钮在哪里、注销后会怎样、遇到问题怎么办。

隐私承诺：本工具完全离线运行，进度只保存在这台电脑上，绝不会索要密码、短信验证码或身份证号。它不会碰你的账号，每一步都由你自己在 App 里完成。

你确认过的每一项都会立即保存。提交注销申请后，下次打开会接着上次的进度，并按法定节假日日历计算审核用了多少个工作日（时限 15 个工作日）。

按 Enter 开始。Press L for English.";

const WELCOME_EN: &str = "This guide walks you through deleting a Xiaohongshu / RedNote account, step by step: why, what to prepare, where the button is, what happens after, and what to do when something goes wrong.

Privacy promise: this tool works offline, stores its progress only on this computer, and never asks for a password, SMS code or ID number. It never touches your account: you do every step in the app yourself.

Everything you confirm is saved at once. After you submit the request, the next run resumes where you left off and counts the review's working days on the official holiday calendar (the limit is 15 working days).

Press Enter to begin. 按 L 切换到中文。";

pub fn welcome(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) {
    let lang = model.lang();
    let body = areas.list_block.union(areas.detail);
    let width = body.width.saturating_sub(2);
    let text = match lang {
        Lang::Zh => WELCOME_ZH,
        Lang::En => WELCOME_EN,
    };
    let mut lines = wrapped(model.checklist.title.get(lang), width, theme.heading);
    lines.push(Line::raw(""));
    lines.extend(wrapped(text, width, Style::new()));
    let title = tr(lang, " 欢迎 ", " Welcome ");
    Paragraph::new(lines)
        .block(theme.block(title))
        .render(body, buf);
}

pub fn summary(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) {
    let lang = model.lang();
    let body = areas.list_block.union(areas.detail);
    let width = body.width.saturating_sub(2);
    let heading = match model.all_done() {
        true => tr(lang, "全部完成", "All stages done"),
        false => tr(lang, "进度总览", "Overview"),
    };
    let mut lines = vec![Line::styled(heading, theme.heading), Line::raw("")];
    for stage in &model.checklist.stages {
        let (done, total) = model.progress(stage.id);
        let mark = if model.stage_done(stage.id) {
            theme.check
        } else {
            " "
        };
        let n = model.position(stage.id) + 1;
        let text = format!("{mark} {n} {}  {done}/{total}", stage.title.get(lang));
        lines.extend(wrapped(&text, width, Style::new()));
    }
    lines.push(Line::raw(""));
    let not_yet = tr(
        lang,
        "尚未记录提交注销申请。",
        "The submission is not recorded yet.",
    );
    let clock = clock_line(model).unwrap_or_else(|| not_yet.to_string());
    lines.extend(wrapped(&clock, width, Style::new()));
    lines.push(Line::raw(""));
    let export = tr(
        lang,
        "按 e 把进度报告（Markdown）导出到当前文件夹；命令行也可用 xhs-cancel export。",
        "Press e to export the progress report (Markdown) to the current folder, or run xhs-cancel export.",
    );
    lines.extend(wrapped(export, width, Style::new()));
    Paragraph::new(lines)
        .block(theme.block(tr(lang, " 总结 ", " Summary ")))
        .render(body, buf);
}

pub fn too_small(model: &Model, area: Rect, buf: &mut Buffer) {
    let (w, h) = (area.width, area.height);
    let text = match model.lang() {
        Lang::Zh => format!("终端窗口太小（至少 {MIN_WIDTH}x{MIN_HEIGHT}，现在 {w}x{h}）"),
        Lang::En => format!("terminal too small (need {MIN_WIDTH}x{MIN_HEIGHT}, have {w}x{h})"),
    };
    let hint = tr(
        model.lang(),
        "请放大窗口。按 q 退出",
        "Enlarge the window. q quits",
    );
    let mut lines = wrapped(&text, w, Style::new());
    lines.extend(wrapped(hint, w, Style::new()));
    let height = (lines.len() as u16).min(h);
    let rect = Rect::new(area.x, area.y + (h - height) / 2, w, height);
    Paragraph::new(lines).render(rect, buf);
}
