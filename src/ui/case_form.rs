//! The case file's dialogs: the event form (with the text cursor where the focused field
//! has it), the privacy question, the discard question and the removal question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Theme;
use super::case::{channel_name, kind_name};
use super::dialogs::{clear, dialog, problem_text};
use crate::i18n::strings;
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
    let f = &strings(lang).ui.forms;
    let title = match &form.item {
        Some(_) => f.note_title,
        None => f.add_title,
    };
    let block = theme.block(title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let cursor = fields_rows(model, theme, form, inner, buf);
    let (pieces, problem) = status_line(form, lang);
    let style = if problem { theme.alert } else { Style::new() };
    let width = usize::from(inner.width);
    let lines: Vec<Line> = wrap::clip(pack(&pieces, width), 2, width)
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
    let f = &strings(lang).ui.forms;
    match field {
        Field::Reference if kind == Kind::Complaint => f.complaint_reference,
        Field::Kind => f.kind,
        Field::Date => f.date,
        Field::Via => f.via,
        Field::Reference => f.ticket,
        Field::Channel => f.channel,
        Field::Note => f.note,
        Field::Evidence => f.evidence,
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
    let f = &strings(lang).ui.forms;
    let text = match field {
        Field::Kind => format!("< {} >", kind_name(form.kind, lang))
            .trim_end()
            .to_string(),
        Field::Channel => format!("< {} >", channel_name(form.channel, lang)),
        Field::Date if form.date.typed.is_empty() => format!("< {} >", form.date.day),
        Field::Date => format!("  {}", form.date.typed),
        Field::Via => return text_value(&form.via, width, f.via_placeholder),
        Field::Reference => return text_value(&form.reference, width, ""),
        Field::Note => return text_value(&form.note, width, ""),
        Field::Evidence => return text_value(&form.evidence, width, f.evidence_placeholder),
    };
    (Line::raw(text), None)
}

/// Each kind's letter with the kind's name in `lang` and its id.
fn letters(lang: Lang) -> Vec<(char, &'static str, &'static str)> {
    KIND_KEYS
        .iter()
        .map(|(c, kind)| (*c, kind_name(*kind, lang), kind.as_str()))
        .collect()
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
fn status_line(form: &EventForm, lang: Lang) -> (Vec<String>, bool) {
    let f = &strings(lang).ui.forms;
    if form.hashing {
        return (vec![f.hashing.into()], false);
    }
    let (text, problem) = match &form.problem {
        Some(FormProblem::Date(p)) => (problem_text(p, lang), true),
        Some(FormProblem::Event(p)) => (format!("{}{}", f.cannot_save, p.text(lang)), true),
        Some(FormProblem::Evidence(why)) => {
            (format!("{}{}", f.evidence_failed, sanitize_line(why)), true)
        }
        None if form.focus != Field::Kind => (f.form_keys.into(), false),
        None => return ((f.kind_pick)(&letters(lang)), false),
    };
    (vec![text], problem)
}

/// `pieces` joined by two spaces into lines of `width` cells, breaking only between pieces
/// (a piece wider than a line is wrapped on its own).
fn pack(pieces: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for piece in pieces {
        match lines.last_mut() {
            Some(line) if wrap::width(line) + 2 + wrap::width(piece) <= width => {
                line.push_str("  ");
                line.push_str(piece);
            }
            _ => lines.extend(wrap::wrap(piece, width)),
        }
    }
    lines
}

/// The privacy question: what kinds were found (never the text itself) and the three choices.
pub fn privacy(model: &Model, theme: &Theme, found: &[SecretKind], area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let f = &strings(lang).ui.forms;
    let names: Vec<&str> = found.iter().map(|k| k.label(lang)).collect();
    let lines = vec![
        (f.seems_to_contain)(&names),
        f.unencrypted.into(),
        String::new(),
        f.keep_as_typed.into(),
        f.mask.into(),
        f.edit.into(),
    ];
    dialog(theme, f.privacy_title, lines, 3, area, buf);
}

/// Esc on a form with something typed.
pub fn discard(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let f = &strings(model.lang()).ui.forms;
    let lines = vec![
        f.discard_question.into(),
        String::new(),
        f.keep_editing.into(),
        f.discard.into(),
    ];
    dialog(theme, f.discard_title, lines, 2, area, buf);
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
    let f = &strings(lang).ui.forms;
    let lines = vec![
        f.remove_question.into(),
        what.unwrap_or_default(),
        f.remove_undo.into(),
        String::new(),
        f.remove_keep.into(),
        f.remove_it.into(),
    ];
    dialog(theme, f.remove_title, lines, 2, area, buf);
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
    let f = &strings(model.lang()).ui.forms;
    let width = 64.min(area.width.saturating_sub(2));
    let mut lines = wrap::wrap(f.cooling_question, usize::from(width.saturating_sub(2)));
    let asked = lines.len() as u16;
    let prompt = f.days_prompt;
    lines.push(String::new());
    lines.push(format!("{prompt}{typed}"));
    lines.push(match too_many {
        false => String::new(),
        true => (f.at_most)(MAX_COOLING_OFF_DAYS),
    });
    lines.push(f.cooling_keys.into());
    let rect = crate::layout::centered(area, width, lines.len() as u16 + 2);
    clear(rect, buf);
    let block = theme.block(f.cooling_title);
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
