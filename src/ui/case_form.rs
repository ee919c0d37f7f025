//! The case file's dialogs: the event form (with the text cursor where the focused field
//! has it), the privacy question, the discard question and the removal question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::case::{channel_name, kind_name};
use super::dialogs::{clear, dialog, problem_text};
use super::{Theme, tr};
use crate::privacy::SecretKind;
use crate::session::MAX_COOLING_OFF_DAYS;
use crate::text::{Lang, sanitize_line};
use crate::timeline::Kind;
use crate::wizard::{EventForm, Field, FormProblem, KIND_KEYS, Model, TextField};
use crate::wrap;

/// Columns of the labels before the fields.
const LABEL: u16 = 12;

/// The form over the screen; returns where the terminal's cursor goes (on a text field).
pub fn form(
    model: &Model,
    theme: &Theme,
    form: &EventForm,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let lang = model.lang();
    let fields = form.fields();
    let width = 70.min(area.width.saturating_sub(2));
    let height = (fields.len() as u16 + 4).min(area.height);
    let rect = crate::layout::centered(area, width, height);
    clear(rect, buf);
    let title = match &form.item {
        Some(_) => tr(lang, " 给这一项写备注 ", " A note on this item "),
        None => tr(lang, " 添加一条记录 ", " Add an event "),
    };
    let block = theme.block(title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let cursor = fields_rows(model, theme, form, inner, buf);
    let (text, problem) = status_line(form, lang);
    let style = if problem { theme.alert } else { Style::new() };
    let width = usize::from(inner.width);
    let lines: Vec<Line> = wrap::clip(wrap::wrap(&text, width), 2, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    let bottom = Rect::new(
        inner.x,
        inner.bottom().saturating_sub(lines.len() as u16),
        inner.width,
        2,
    );
    super::render_lines(&lines, bottom, buf);
    cursor
}

/// One row per field, its label highlighted when it has the focus; returns the cursor.
fn fields_rows(
    model: &Model,
    theme: &Theme,
    form: &EventForm,
    inner: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let value_width = inner.width.saturating_sub(LABEL);
    let mut cursor = None;
    for (row, field) in form.fields().iter().enumerate() {
        let y = inner.y + row as u16;
        if y >= inner.bottom() {
            break;
        }
        let focused = *field == form.focus;
        let label_style = if focused { theme.cursor } else { theme.heading };
        let label = pad(
            label(*field, form.kind, model.lang()),
            usize::from(LABEL) - 1,
        );
        buf.set_span(inner.x, y, &Span::styled(label, label_style), LABEL);
        let x = inner.x + LABEL;
        let (text, at) = value(model, form, *field, value_width);
        buf.set_line(x, y, &text, value_width);
        if focused && let Some(at) = at {
            cursor = Some(Position::new(x + at, y));
        }
    }
    cursor
}

fn pad(text: &str, width: usize) -> String {
    let text = wrap::clip(wrap::wrap(text, width), 1, width).concat();
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(wrap::width(&text)))
    )
}

/// A field's label; a complaint's reference is the number the authority issued (12321 gives a
/// 受理编号), a contact's is the platform's ticket.
fn label(field: Field, kind: Kind, lang: Lang) -> &'static str {
    match field {
        Field::Reference if kind == Kind::Complaint => tr(lang, "受理编号", "Reference"),
        Field::Kind => tr(lang, "类型", "Kind"),
        Field::Date => tr(lang, "日期", "Date"),
        Field::Via => tr(lang, "方式", "Via"),
        Field::Reference => tr(lang, "工单号", "Ticket"),
        Field::Channel => tr(lang, "投诉渠道", "Channel"),
        Field::Note => tr(lang, "备注", "Note"),
        Field::Evidence => tr(lang, "证据文件", "Evidence"),
    }
}

/// A field's line and, for a text field, the cursor's column in it.
fn value(
    model: &Model,
    form: &EventForm,
    field: Field,
    width: u16,
) -> (Line<'static>, Option<u16>) {
    let lang = model.lang();
    let text = match field {
        Field::Kind => format!("< {} >  {}", kind_name(form.kind, lang), kind_keys(lang)),
        Field::Channel => format!("< {} >", channel_name(form.channel, lang)),
        Field::Date if form.date.typed.is_empty() => format!("< {} >", form.date.day),
        Field::Date => format!("  {}", form.date.typed),
        Field::Via => {
            return text_value(
                &form.via,
                width,
                tr(lang, "如：在线客服、电话", "e.g. in-app chat, phone"),
            );
        }
        Field::Reference => return text_value(&form.reference, width, ""),
        Field::Note => return text_value(&form.note, width, ""),
        Field::Evidence => {
            return text_value(
                &form.evidence,
                width,
                tr(
                    lang,
                    "可选：截图等文件的路径",
                    "optional: a file's path (screenshot...)",
                ),
            );
        }
    };
    (Line::raw(text), None)
}

fn kind_keys(lang: Lang) -> String {
    let letters: String = KIND_KEYS.iter().map(|(c, _)| *c).collect();
    match lang {
        Lang::Zh => format!("（字母 {letters}）"),
        Lang::En => format!("(letters {letters})"),
    }
}

/// The visible part of a text field (scrolled so the cursor shows) and the cursor's column.
fn text_value(
    field: &TextField,
    width: u16,
    placeholder: &'static str,
) -> (Line<'static>, Option<u16>) {
    let width = usize::from(width.max(1)) - 1;
    if field.value().is_empty() {
        return (Line::styled(placeholder, Style::new().dim()), Some(0));
    }
    let scroll = field.visual_scroll(width);
    let mut skipped = 0;
    let mut shown = String::new();
    for c in sanitize_line(field.value()).chars() {
        let w = wrap::width(c.encode_utf8(&mut [0; 4]));
        if skipped < scroll {
            skipped += w;
            continue;
        }
        if wrap::width(&shown) + w > width {
            break;
        }
        shown.push(c);
    }
    let at = field.visual_cursor().saturating_sub(skipped);
    (Line::raw(shown), u16::try_from(at).ok())
}

/// The form's last line: its problem, the hashing under way, or the keys.
fn status_line(form: &EventForm, lang: Lang) -> (String, bool) {
    if form.hashing {
        return (
            tr(
                lang,
                "正在计算证据文件的 SHA-256...",
                "Hashing the evidence file...",
            )
            .into(),
            false,
        );
    }
    match &form.problem {
        Some(FormProblem::Date(p)) => (problem_text(p, lang), true),
        Some(FormProblem::Event(p)) => (
            format!(
                "{}{}",
                tr(lang, "无法保存：", "Cannot save: "),
                p.text(lang)
            ),
            true,
        ),
        Some(FormProblem::Evidence(why)) => (
            format!(
                "{}{}",
                tr(lang, "证据文件无法记录：", "Evidence not recorded: "),
                sanitize_line(why)
            ),
            true,
        ),
        None if form.kind == Kind::Complaint || form.focus != Field::Kind => (
            tr(
                lang,
                "Tab 换栏  Enter 保存  Esc 取消",
                "Tab next field  Enter save  Esc cancel",
            )
            .into(),
            false,
        ),
        None => (
            tr(
                lang,
                "左右键或字母选类型",
                "Left/Right or a letter picks the kind",
            )
            .into(),
            false,
        ),
    }
}

/// The privacy question: what kinds were found (never the text itself) and the three choices.
pub fn privacy(model: &Model, theme: &Theme, found: &[SecretKind], area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let names: Vec<&str> = found.iter().map(|k| k.label(lang)).collect();
    let sep = tr(lang, "、", ", ");
    let lines = vec![
        format!(
            "{}{}",
            tr(lang, "这段文字里似乎有：", "This text seems to contain "),
            names.join(sep)
        ),
        tr(
            lang,
            "记录以明文保存在这台电脑上。最好不要保存密码、验证码或证件号码。",
            "The case file is stored unencrypted on this computer. Better not to keep passwords, codes or ID numbers.",
        )
        .into(),
        String::new(),
        tr(lang, "k：照原样保存", "k: keep it as typed").into(),
        tr(lang, "m：打码后保存（换成 *）", "m: mask it (replaced by *)").into(),
        tr(lang, "e / Enter / Esc：回去修改", "e / Enter / Esc: edit it").into(),
    ];
    dialog(
        theme,
        tr(lang, " 隐私提示 ", " Privacy check "),
        lines,
        3,
        area,
        buf,
    );
}

/// Esc on a form with something typed.
pub fn discard(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let lines = vec![
        tr(lang, "放弃已经输入的内容？", "Throw away what you typed?").into(),
        String::new(),
        tr(lang, "Enter / Esc：继续编辑", "Enter / Esc: keep editing").into(),
        tr(lang, "d：放弃", "d: discard it").into(),
    ];
    dialog(
        theme,
        tr(lang, " 放弃输入 ", " Discard "),
        lines,
        2,
        area,
        buf,
    );
}

/// Removing a timeline event: which one, and that `u` brings it back.
pub fn remove(model: &Model, theme: &Theme, id: u32, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let what = model.session.timeline.iter().find(|e| e.id == id).map(|e| {
        let note = e.note.lines().next().unwrap_or("");
        format!(
            "{}  {}  {}",
            e.on.0,
            kind_name(e.kind, lang),
            sanitize_line(note)
        )
    });
    let lines = vec![
        tr(lang, "删除这条记录？", "Remove this event?").into(),
        what.unwrap_or_default(),
        tr(
            lang,
            "删除后可按 u 撤销。确认和“仍然继续”不在这里删除，请到所在阶段撤销。",
            "u undoes the removal. Confirmations and \"continue anyway\" are undone on their own stage, not here.",
        )
        .into(),
        String::new(),
        tr(lang, "Enter / Esc：保留", "Enter / Esc: keep it").into(),
        tr(lang, "d：删除", "d: remove it").into(),
    ];
    dialog(
        theme,
        tr(lang, " 删除记录 ", " Remove event "),
        lines,
        2,
        area,
        buf,
    );
}

/// The cooling-off question after the submission date; returns where the cursor goes (after
/// the digits typed).
pub fn cooling_off(
    model: &Model,
    theme: &Theme,
    typed: &str,
    too_many: bool,
    area: Rect,
    buf: &mut Buffer,
) -> Position {
    let lang = model.lang();
    let width = 64.min(area.width.saturating_sub(2));
    let question = tr(
        lang,
        "提交后，App 显示的冷静期是多少天？（没有显示就留空）",
        "How many days of cooling-off (冷静期) did the app show? (leave empty if none)",
    );
    let mut lines = wrap::wrap(question, usize::from(width.saturating_sub(2)));
    let asked = lines.len() as u16;
    let prompt = tr(lang, "天数：", "Days: ");
    lines.push(String::new());
    lines.push(format!("{prompt}{typed}"));
    lines.push(match (too_many, lang) {
        (false, _) => String::new(),
        (true, Lang::Zh) => format!("最多 {MAX_COOLING_OFF_DAYS} 天"),
        (true, Lang::En) => format!("At most {MAX_COOLING_OFF_DAYS} days"),
    });
    lines.push(
        tr(
            lang,
            "Enter：记录    Esc：跳过",
            "Enter: record    Esc: skip",
        )
        .into(),
    );
    let rect = crate::layout::centered(area, width, lines.len() as u16 + 2);
    clear(rect, buf);
    let block = theme.block(tr(lang, " 冷静期 ", " Cooling-off "));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let style = |i: usize| match i == lines.len() - 2 {
        true => theme.alert,
        false => Style::new(),
    };
    let shown: Vec<Line> = (lines.iter().enumerate())
        .map(|(i, l)| Line::styled(l.clone(), style(i)))
        .collect();
    super::render_lines(&shown, inner, buf);
    let x = inner.x + (wrap::width(prompt) + typed.len()) as u16;
    Position::new(x, inner.y + asked + 1)
}
