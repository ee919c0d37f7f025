//! Drawing the model: `impl Widget for &Model`. Rendering reads state and never changes it.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::text::{Line, Span, Text as RText};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::checklist::{Mark, StageId};
use crate::keymap::{self, Context};
use crate::layout::{self, Areas, ListLine, MIN_HEIGHT, MIN_WIDTH};
use crate::text::Lang;
use crate::wizard::{Entry, Model, Overlay, SaveStatus, Screen};

/// Picks the program's own string in the current language.
fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Styles that never rely on colour alone: with `NO_COLOR` only bold and reverse remain.
struct Theme {
    cursor: Style,
    done: Style,
    required: Style,
    alert: Style,
    dim: Style,
    heading: Style,
    border: border::Set<'static>,
    check: &'static str,
}

impl Theme {
    fn new(model: &Model) -> Theme {
        let color = |c: Color| {
            if model.options.no_color {
                Style::new()
            } else {
                Style::new().fg(c)
            }
        };
        Theme {
            cursor: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            done: color(Color::Green),
            required: color(Color::Yellow).add_modifier(Modifier::BOLD),
            alert: color(Color::Red).add_modifier(Modifier::BOLD),
            dim: if model.options.no_color {
                Style::new()
            } else {
                Style::new().add_modifier(Modifier::DIM)
            },
            heading: Style::new().add_modifier(Modifier::BOLD),
            border: if model.options.ascii {
                ASCII_BORDER
            } else {
                border::PLAIN
            },
            check: if model.options.ascii { "+" } else { "✓" },
        }
    }

    fn block<'a>(&self, title: impl Into<Line<'a>>) -> Block<'a> {
        Block::new()
            .borders(Borders::ALL)
            .border_set(self.border)
            .title(title)
    }
}

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Widget for &Model {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if self.too_small() || area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            render_too_small(self, area, buf);
            return;
        }
        let theme = Theme::new(self);
        let areas = layout::areas(self);
        render_header(self, &theme, areas.header, buf);
        if let Some(notice) = &self.notice {
            Paragraph::new(Span::styled(notice.as_str(), theme.required)).render(areas.notice, buf);
        }
        match self.screen {
            Screen::Welcome => render_welcome(self, &theme, areas, buf),
            Screen::Summary => render_summary(self, &theme, areas, buf),
            Screen::Stage(_) => render_stage(self, &theme, areas, buf),
        }
        render_footer(self, areas.footer, buf);
        match &self.overlay {
            Some(Overlay::Help) => render_help(self, &theme, area, buf),
            Some(Overlay::Gate { open, .. }) => render_gate(self, &theme, open, area, buf),
            Some(Overlay::Unsubmit) => render_unsubmit(self, &theme, area, buf),
            Some(Overlay::Recover { problem, backup }) => {
                render_recover(self, &theme, problem, *backup, area, buf)
            }
            None => {}
        }
    }
}

/// The context the key table applies in, from what is on screen.
pub fn context(model: &Model) -> Context {
    if model.too_small() {
        return Context::TooSmall;
    }
    match (&model.overlay, model.screen) {
        (Some(Overlay::Help), _) => Context::Help,
        (Some(Overlay::Recover { .. }), _) => Context::Recover,
        (Some(_), _) => Context::Dialog,
        (None, Screen::Welcome) => Context::Welcome,
        (None, Screen::Summary) => Context::Summary,
        (None, Screen::Stage(_)) => Context::Stage,
    }
}

fn render_too_small(model: &Model, area: Rect, buf: &mut Buffer) {
    let (w, h) = (area.width, area.height);
    let text = format!("terminal too small (need {MIN_WIDTH}x{MIN_HEIGHT}, have {w}x{h})");
    let hint = tr(
        model.lang(),
        "终端窗口太小。按 q 退出",
        "Enlarge the window. q quits",
    );
    let lines = vec![Line::from(text), Line::from(hint)];
    let y = area.y + area.height.saturating_sub(2) / 2;
    let rect = Rect::new(area.x, y, area.width, area.height.min(2)).intersection(area);
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(rect, buf);
}

fn render_header(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let language = tr(lang, "中文 | en", "zh | English");
    let [title, langs] = Layout::horizontal([Constraint::Min(0), Constraint::Length(14)])
        .areas(Rect { height: 1, ..area });
    Paragraph::new(Span::styled(model.checklist.title.get(lang), theme.heading)).render(title, buf);
    Paragraph::new(language)
        .alignment(Alignment::Right)
        .render(langs, buf);
    let mut spans = Vec::new();
    for (i, stage) in model.checklist.stages.iter().enumerate() {
        let current = model.screen == Screen::Stage(stage.id);
        let label = format!(" {} {} ", i + 1, stage_name(stage.id, lang));
        let style = if current { theme.cursor } else { Style::new() };
        spans.push(Span::styled(label, style));
        spans.push(stage_progress(model, theme, stage.id));
    }
    Paragraph::new(Line::from(spans)).render(
        Rect {
            y: area.y + 1,
            height: 1,
            ..area
        },
        buf,
    );
}

/// The short stage names the header uses; the files' titles are longer.
pub fn stage_name(id: StageId, lang: Lang) -> &'static str {
    match id {
        StageId::Reasons => tr(lang, "原因", "Reasons"),
        StageId::Preparation => tr(lang, "准备", "Prepare"),
        StageId::Deletion => tr(lang, "注销步骤", "Delete"),
        StageId::After => tr(lang, "注销后", "After"),
        StageId::Troubleshooting => tr(lang, "疑难解答", "Problems"),
    }
}

fn stage_progress(model: &Model, theme: &Theme, id: StageId) -> Span<'static> {
    let (done, total) = model.progress(id);
    let span = match id {
        StageId::Troubleshooting if model.overdue() => Span::styled("! ", theme.alert),
        StageId::Troubleshooting => Span::raw(" "),
        _ if model.stage_done(id) => Span::styled(format!("{} ", theme.check), theme.done),
        StageId::Reasons => Span::raw(" "),
        _ if done > 0 => Span::raw(format!("{done}/{total} ")),
        _ => Span::raw(" "),
    };
    span
}

fn render_stage(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) {
    let lang = model.lang();
    let stage = model.stage();
    let position = model.position(stage.id) + 1;
    let title = format!(" {position} {} ", stage.title.get(lang));
    theme.block(title).render(areas.list_block, buf);
    Paragraph::new(stage.intro.get(lang))
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .render(areas.intro, buf);
    if let Some(line) = clock_line(model) {
        let style = if model.overdue() {
            theme.alert
        } else {
            Style::new()
        };
        Paragraph::new(line)
            .style(style)
            .wrap(Wrap { trim: true })
            .render(areas.clock, buf);
    }
    render_list(model, theme, areas.list, buf);
    render_detail(model, theme, areas.detail, buf);
}

fn render_list(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let id = model.stage_id();
    let entries = model.entries(id);
    let cursor = model.cursor(id);
    let lines = layout::list_lines(model);
    let offset = layout::list_offset(&lines, cursor, area.height);
    let rows = lines.iter().skip(offset).take(usize::from(area.height));
    for (y, line) in (area.y..).zip(rows) {
        let row = Rect::new(area.x, y, area.width, 1);
        let line = match line {
            ListLine::Heading(q) => Line::styled(
                model.checklist.questions[*q].title.get(model.lang()),
                theme.heading,
            ),
            ListLine::Entry(i) => entry_line(model, theme, &entries[*i], *i == cursor),
        };
        Paragraph::new(line).render(row, buf);
    }
}

fn entry_line<'a>(model: &'a Model, theme: &Theme, entry: &Entry<'a>, selected: bool) -> Line<'a> {
    let lang = model.lang();
    let pointer = if selected { "> " } else { "  " };
    let (mark, title, flag) = match entry {
        Entry::Item(item) => {
            let checked = model.is_confirmed(model.stage_id(), &item.id);
            let mark = if checked { "[x] " } else { "[ ] " };
            let flag = if item.marks == Some(Mark::SlowReview) && model.overdue() {
                Span::styled(" !", theme.alert)
            } else if item.required {
                Span::styled(" *", theme.required)
            } else {
                Span::raw("")
            };
            (mark, item.title.get(lang), flag)
        }
        Entry::Answer(q, c) => {
            let mark = if model.is_chosen(&q.id, &c.id) {
                "(x) "
            } else {
                "( ) "
            };
            (mark, c.title.get(lang), Span::raw(""))
        }
    };
    let style = if selected { theme.cursor } else { Style::new() };
    Line::from(vec![
        Span::styled(pointer, style),
        Span::styled(mark, style),
        Span::styled(title, style),
        flag,
    ])
}

fn render_detail(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let title = tr(model.lang(), " 说明 ", " Details ");
    let block = theme.block(title);
    let scroll = model
        .detail_scroll
        .min(detail_height(model).saturating_sub(area.height.saturating_sub(2)));
    Paragraph::new(detail_text(model, theme))
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .block(block)
        .render(area, buf);
}

/// How many lines the detail takes at the current width, for scrolling.
pub fn detail_height(model: &Model) -> u16 {
    let width = layout::areas(model).detail.width.saturating_sub(2);
    let theme = Theme::new(model);
    let lines = Paragraph::new(detail_text(model, &theme))
        .wrap(Wrap { trim: false })
        .line_count(width);
    u16::try_from(lines).unwrap_or(u16::MAX)
}

fn detail_text<'a>(model: &'a Model, theme: &Theme) -> RText<'a> {
    let lang = model.lang();
    let mut lines: Vec<Line> = Vec::new();
    match model.current_entry() {
        Some(Entry::Item(item)) => {
            lines.push(Line::styled(item.title.get(lang), theme.heading));
            if item.marks == Some(Mark::SlowReview) && model.overdue() {
                lines.push(Line::styled(
                    tr(
                        lang,
                        "! 审核已超过 15 个工作日的时限",
                        "! The review has passed the 15-working-day limit",
                    ),
                    theme.alert,
                ));
            }
            if item.required {
                lines.push(Line::styled(
                    tr(
                        lang,
                        "* 必需：离开准备阶段前请确认",
                        "* Required before you leave preparation",
                    ),
                    theme.required,
                ));
            }
            lines.push(Line::raw(""));
            lines.extend(item.detail.get(lang).lines().map(Line::raw));
            lines.push(Line::raw(""));
            lines.push(confirmed_line(model, item));
            lines.extend(source_lines(model, theme, &item.sources));
        }
        Some(Entry::Answer(q, c)) => {
            lines.push(Line::styled(q.title.get(lang), theme.heading));
            lines.push(Line::raw(""));
            lines.push(Line::raw(format!(
                "{} {}",
                tr(lang, "选项：", "Option:"),
                c.title.get(lang)
            )));
            lines.push(Line::raw(""));
            lines.push(Line::raw(tr(
                lang,
                "按空格选择。你的回答决定后面显示哪些项目；不确定就先不选，所有项目都会显示。",
                "Press Space to choose. Your answer decides which items the next stages show; if unsure, leave it and every item is shown.",
            )));
        }
        None => {}
    }
    RText::from(lines)
}

fn confirmed_line<'a>(model: &Model, item: &crate::checklist::Item) -> Line<'a> {
    let lang = model.lang();
    let (done, todo) = match model.stage_id() {
        StageId::Reasons => (("已选择", "Chosen"), ("未选择", "Not chosen")),
        StageId::Troubleshooting => (("已尝试", "Tried"), ("未尝试", "Not tried yet")),
        _ => (("已确认", "Confirmed"), ("尚未确认", "Not confirmed yet")),
    };
    match model.confirmed_at(model.stage_id(), &item.id) {
        Some(at) => Line::raw(format!(
            "{} {}",
            tr(lang, done.0, done.1),
            local_time(model, at)
        )),
        None => Line::raw(tr(lang, todo.0, todo.1)),
    }
}

fn source_lines<'a>(model: &'a Model, theme: &Theme, ids: &[String]) -> Vec<Line<'a>> {
    let lang = model.lang();
    let mut lines = vec![
        Line::raw(""),
        Line::styled(tr(lang, "来源", "Sources"), theme.heading),
    ];
    for source in ids.iter().filter_map(|id| model.checklist.source(id)) {
        let date = source
            .published
            .map(|d| format!(", {d}"))
            .unwrap_or_default();
        lines.push(Line::raw(format!(
            "[{}] {}{date}",
            source.confidence.letter(),
            source.title.get(lang)
        )));
        lines.push(Line::styled(format!("    {}", source.url), theme.dim));
    }
    let verified = model.checklist.verified;
    lines.push(Line::styled(
        format!(
            "{} {verified}",
            tr(lang, "内容核实于", "Content verified on")
        ),
        theme.dim,
    ));
    lines.push(Line::styled(
        tr(
            lang,
            "可信度：H 多方印证，M 单一可靠来源，L 仅个别报道",
            "Confidence: H several sources agree, M one good source, L reported by few",
        ),
        theme.dim,
    ));
    lines
}

/// "已保存 14:03": a moment in the person's own time zone.
pub fn local_time(model: &Model, at: Timestamp) -> String {
    at.to_zoned_datetime(model.tz.clone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// The review clock in one sentence, once the submit step is confirmed.
pub fn clock_line(model: &Model) -> Option<String> {
    let clock = model.review_clock()?;
    let lang = model.lang();
    let (days, work, deadline) = (clock.calendar_days, clock.working_days, clock.deadline);
    let mut line = if clock.overdue {
        match lang {
            Lang::Zh => format!(
                "! 审核已过 {work} 个工作日（{days} 天），超过时限 {deadline}：按 t 看投诉办法"
            ),
            Lang::En => format!(
                "! Review at {work} working days ({days} days), past the limit of {deadline}: press t for how to complain"
            ),
        }
    } else {
        let left = clock.working_days_left();
        match lang {
            Lang::Zh => format!(
                "审核已过 {work} 个工作日（{days} 天），时限 {deadline}，还剩 {left} 个工作日"
            ),
            Lang::En => format!(
                "Review: {work} working days ({days} days) so far; limit {deadline}, {left} working days left"
            ),
        }
    };
    if !clock.calendar_covers {
        line.push_str(tr(
            lang,
            "（日历外的日期按周一至周五计）",
            " (dates outside the calendar count Mon-Fri)",
        ));
    }
    Some(line)
}

fn render_footer(model: &Model, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let status = match &model.save_status {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saved(at) => {
            format!("{} {}", tr(lang, "已保存", "Saved"), local_hm(model, *at))
        }
        SaveStatus::Failed(e) => format!(
            "{}: {e} {}",
            tr(lang, "保存失败", "Save failed"),
            tr(lang, "按 s 重试", "s retries")
        ),
    };
    let status_width = Line::raw(status.as_str()).width() as u16;
    let [hints, status_area] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(status_width.min(area.width)),
    ])
    .areas(area);
    let mut spans = Vec::new();
    let mut width = 0;
    for (key, label) in keymap::footer_hints(context(model), lang) {
        let hint = format!("{key} {label}  ");
        let w = Line::raw(hint.as_str()).width();
        if width + w > usize::from(hints.width) {
            break;
        }
        width += w;
        spans.push(Span::styled(key, Style::new().add_modifier(Modifier::BOLD)));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    Paragraph::new(Line::from(spans)).render(hints, buf);
    let style = match model.save_status {
        SaveStatus::Failed(_) => Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        _ => Style::new(),
    };
    Paragraph::new(status).style(style).render(status_area, buf);
}

fn local_hm(model: &Model, at: Timestamp) -> String {
    at.to_zoned_datetime(model.tz.clone())
        .strftime("%H:%M")
        .to_string()
}

fn render_welcome(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) {
    let lang = model.lang();
    let body = areas.list_block.union(areas.detail);
    let text = match lang {
        Lang::Zh => WELCOME_ZH,
        Lang::En => WELCOME_EN,
    };
    let mut lines = vec![
        Line::styled(model.checklist.title.get(lang), theme.heading),
        Line::raw(""),
    ];
    lines.extend(text.lines().map(Line::raw));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(theme.block(tr(lang, " 欢迎 ", " Welcome ")))
        .render(body, buf);
}

const WELCOME_ZH: &str = "这个向导陪你一步步注销小红书 / rednote 账号：为什么注销、注销前准备什么、按钮在哪里、注销后会怎样、遇到问题怎么办。

隐私承诺：本工具完全离线运行，进度只保存在这台电脑上，绝不会索要密码、短信验证码或身份证号。它不会碰你的账号，每一步都由你自己在 App 里完成。

你确认过的每一项都会立即保存。提交注销申请后，下次打开会接着上次的进度，并按法定节假日日历计算审核用了多少个工作日（时限 15 个工作日）。

按 Enter 开始。Press L for English.";

const WELCOME_EN: &str = "This guide walks you through deleting a Xiaohongshu / RedNote account, step by step: why, what to prepare, where the button is, what happens after, and what to do when something goes wrong.

Privacy promise: this tool works offline, stores its progress only on this computer, and never asks for a password, SMS code or ID number. It never touches your account: you do every step in the app yourself.

Everything you confirm is saved at once. After you submit the request, the next run resumes where you left off and counts the review's working days on the official holiday calendar (the limit is 15 working days).

Press Enter to begin. 按 L 切换到中文。";

fn render_summary(model: &Model, theme: &Theme, areas: Areas, buf: &mut Buffer) {
    let lang = model.lang();
    let body = areas.list_block.union(areas.detail);
    let mut lines = vec![Line::styled(
        if model.all_done() {
            tr(lang, "全部完成", "All stages done")
        } else {
            tr(lang, "进度总览", "Overview")
        },
        theme.heading,
    )];
    lines.push(Line::raw(""));
    for stage in &model.checklist.stages {
        let (done, total) = model.progress(stage.id);
        let mark = if model.stage_done(stage.id) {
            theme.check
        } else {
            " "
        };
        let name = stage.title.get(lang);
        lines.push(Line::raw(format!(
            "{mark} {} {name}  {done}/{total}",
            model.position(stage.id) + 1
        )));
    }
    lines.push(Line::raw(""));
    match clock_line(model) {
        Some(clock) => lines.push(Line::raw(clock)),
        None => lines.push(Line::raw(tr(
            lang,
            "尚未记录提交注销申请。",
            "The submission is not recorded yet.",
        ))),
    }
    lines.push(Line::raw(""));
    lines.push(Line::raw(tr(
        lang,
        "按 e 把进度报告（Markdown）导出到数据目录；命令行也可用 xhs-cancel export。",
        "Press e to export the progress report (Markdown) to the data folder, or run xhs-cancel export.",
    )));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(theme.block(tr(lang, " 总结 ", " Summary ")))
        .render(body, buf);
}

fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    rect
}

fn render_help(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let rows = keymap::help_rows(lang);
    let key_width = rows
        .iter()
        .map(|(k, _)| Line::raw(*k).width())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|(key, help)| {
            let pad = " ".repeat(key_width - Line::raw(*key).width() + 2);
            Line::from(vec![
                Span::styled(*key, theme.heading),
                Span::raw(format!("{pad}{help}")),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::raw(tr(
        lang,
        "* 必需项    ! 已超时    [x] 已确认    (x) 已选",
        "* required    ! overdue    [x] done    (x) chosen",
    )));
    let rect = popup(area, 64, lines.len() as u16 + 2);
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(theme.block(tr(lang, " 按键 (Esc 关闭) ", " Keys (Esc closes) ")))
        .render(rect, buf);
}

fn render_gate(model: &Model, theme: &Theme, open: &[String], area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let mut lines = vec![
        Line::raw(tr(
            lang,
            "以下必需项还没有确认：",
            "These required items are not confirmed yet:",
        )),
        Line::raw(""),
    ];
    for id in open {
        let title = model
            .checklist
            .item(id)
            .map_or(id.as_str(), |i| i.title.get(lang));
        lines.push(Line::styled(format!("  [ ] {title}"), theme.required));
    }
    lines.push(Line::raw(""));
    lines.push(Line::raw(tr(
        lang,
        "Enter：仍然继续（会记录时间）    Esc：返回补齐",
        "Enter: continue anyway (the time is recorded)    Esc: go back",
    )));
    dialog(
        theme,
        tr(lang, " 还有必需项未完成 ", " Required items open "),
        lines,
        area,
        buf,
    );
}

fn render_unsubmit(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let date = model
        .session
        .review
        .map(|r| r.submitted_on.0.to_string())
        .unwrap_or_default();
    let lines = vec![
        Line::raw(match lang {
            Lang::Zh => format!("取消勾选会清除审核计时（提交日 {date}）。"),
            Lang::En => format!("Unchecking clears the review clock (submitted on {date})."),
        }),
        Line::raw(""),
        Line::raw(tr(
            lang,
            "Enter：清除    Esc：保留",
            "Enter: clear it    Esc: keep it",
        )),
    ];
    dialog(
        theme,
        tr(lang, " 取消“已提交”？ ", " Uncheck \"submitted\"? "),
        lines,
        area,
        buf,
    );
}

fn render_recover(
    model: &Model,
    theme: &Theme,
    problem: &str,
    backup: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = model.lang();
    let mut lines = vec![
        Line::raw(tr(
            lang,
            "上次保存的进度无法读取，已原样移到一旁保存：",
            "The saved progress could not be read; it was moved aside unchanged:",
        )),
        Line::raw(""),
        Line::styled(problem.to_string(), theme.required),
        Line::raw(""),
    ];
    if backup {
        lines.push(Line::raw(tr(
            lang,
            "r：用上一次的备份恢复",
            "r: restore the previous backup",
        )));
    }
    lines.push(Line::raw(tr(
        lang,
        "n：重新开始    q：退出（什么都不改）",
        "n: start fresh    q: quit (nothing changes)",
    )));
    dialog(
        theme,
        tr(lang, " 进度文件损坏 ", " Saved progress unreadable "),
        lines,
        area,
        buf,
    );
}

fn dialog(theme: &Theme, title: &'static str, lines: Vec<Line>, area: Rect, buf: &mut Buffer) {
    let width = 60.min(area.width.saturating_sub(4));
    let height = Paragraph::new(lines.clone())
        .wrap(Wrap { trim: false })
        .line_count(width.saturating_sub(2)) as u16
        + 2;
    let rect = popup(area, width, height);
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(theme.block(title).border_style(theme.alert))
        .render(rect, buf);
}
