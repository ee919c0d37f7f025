//! Drawing the model: `impl Widget for &Model`. Rendering reads state and never changes it.

mod case;
mod case_form;
mod dialogs;
mod screens;
mod stage;
mod view;

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::checklist::StageId;
use crate::i18n::strings;
use crate::keymap::{self, Context};
use crate::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use crate::text::Lang;
use crate::wizard::{FailureKind, Model, Overlay, SaveStatus, Screen, Viewport};
use crate::wrap;

pub use crate::names::{local_time, stage_name};
pub use stage::detail_height;
pub use view::View;

/// Lines already wrapped or cut to the area's width, one per row from the top. A `Paragraph`
/// would measure, truncate and restyle them all again, and that was a third of a frame's work.
fn render_lines<'a>(lines: impl IntoIterator<Item = &'a Line<'a>>, area: Rect, buf: &mut Buffer) {
    for (y, line) in (area.top()..area.bottom()).zip(lines) {
        buf.set_line(area.x, y, line, area.width);
    }
}

/// Wraps one text into lines of one style.
fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap::wrap(text, usize::from(width))
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
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
        let plain = model.options.no_color;
        let color = |c: Color| {
            if plain {
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
            dim: if plain {
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
        View::new().render(self, area, buf);
    }
}

/// The whole screen; `view` keeps the measured list between frames and learns the viewport.
fn render(model: &Model, view: &mut View, area: Rect, buf: &mut Buffer) {
    if model.too_small() || area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        screens::too_small(model, area, buf);
        return;
    }
    let theme = Theme::new(model);
    let areas = view.areas(model);
    render_header(model, &theme, areas.header, buf);
    let (list_rows, detail_overflow) = render_body(model, &theme, (area, areas), view, buf);
    render_footer(model, areas.footer, buf);
    let cursor = render_overlay(model, &theme, area, buf);
    view.set_cursor(cursor);
    view.set_viewport(Viewport {
        list_rows,
        detail_overflow,
    });
}

/// The notice and the screen itself; returns the list's rows and how far the detail can
/// scroll (0 off a stage).
fn render_body(
    model: &Model,
    theme: &Theme,
    (area, areas): (Rect, layout::Areas),
    view: &mut View,
    buf: &mut Buffer,
) -> (u16, u16) {
    if let Some(notice) = &model.notice {
        let line = wrap::clip(
            wrap::wrap(notice, usize::from(area.width)),
            1,
            usize::from(area.width),
        );
        let line = Line::styled(line.concat(), theme.required);
        render_lines([&line], areas.notice, buf);
    }
    match model.screen {
        Screen::Welcome => screens::welcome(model, theme, areas, buf),
        Screen::Summary => screens::summary(model, theme, areas, buf),
        Screen::Stage(_) => {
            let list = view.list(model, areas.list.width);
            return (
                areas.list.height,
                stage::render(model, theme, areas, list, buf),
            );
        }
        Screen::Timeline => return case::render(model, theme, areas, buf),
    }
    (areas.list.height, 0)
}

/// The dialog over the screen, if any; returns where the text cursor goes.
fn render_overlay(
    model: &Model,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<ratatui::layout::Position> {
    match &model.overlay {
        Some(Overlay::EventForm(form)) => return case_form::form(model, theme, form, area, buf),
        Some(Overlay::Privacy { found, .. }) => case_form::privacy(model, theme, found, area, buf),
        Some(Overlay::DiscardForm(_)) => case_form::discard(model, theme, area, buf),
        Some(Overlay::RemoveEvent { id }) => case_form::remove(model, theme, *id, area, buf),
        Some(Overlay::CoolingOff { typed, too_many }) => {
            return Some(case_form::cooling_off(
                model, theme, typed, *too_many, area, buf,
            ));
        }
        Some(Overlay::Help { scroll }) => dialogs::help(model, theme, *scroll, area, buf),
        Some(Overlay::Gate { open, scroll, .. }) => {
            dialogs::gate(model, theme, open, *scroll, area, buf)
        }
        Some(Overlay::SubmitDate(input)) => dialogs::date(model, theme, input, area, buf),
        Some(Overlay::Recover {
            problem,
            backup,
            failed,
        }) => dialogs::recover(model, theme, problem, *backup, failed.as_deref(), area, buf),
        Some(Overlay::Unsaved { written }) => {
            dialogs::unsaved(model, theme, written.as_ref(), area, buf)
        }
        None => {}
    }
    None
}

/// The context the key table applies in, from what is on screen.
pub fn context(model: &Model) -> Context {
    if model.too_small() {
        return Context::TooSmall;
    }
    match (&model.overlay, model.screen) {
        (Some(Overlay::Help { .. }), _) => Context::Help,
        (Some(Overlay::Gate { .. }), _) => Context::Gate,
        (Some(Overlay::SubmitDate(input)), _) if input.recorded.is_some() => Context::DateRecorded,
        (Some(Overlay::SubmitDate(_)), _) => Context::Date,
        (Some(Overlay::Recover { .. }), _) => Context::Recover,
        (Some(Overlay::Unsaved { .. }), _) => Context::Unsaved,
        (Some(Overlay::EventForm(_)), _) => Context::Form,
        (Some(Overlay::Privacy { .. }), _) => Context::Privacy,
        (Some(Overlay::DiscardForm(_)), _) => Context::Discard,
        (Some(Overlay::RemoveEvent { .. }), _) => Context::Remove,
        (Some(Overlay::CoolingOff { .. }), _) => Context::CoolingOff,
        (None, Screen::Timeline) => Context::Timeline,
        (None, Screen::Welcome) => Context::Welcome,
        (None, Screen::Summary) => Context::Summary,
        (None, Screen::Stage(_)) if model.can_return() => Context::Returnable,
        (None, Screen::Stage(_)) => Context::Stage,
    }
}

fn render_header(model: &Model, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    let (title, langs) = layout::right(Rect { height: 1, ..area }, 14);
    let name = model.checklist.title.get(lang);
    render_lines([&Line::styled(name, theme.heading)], title, buf);
    let language = strings(lang).ui.languages;
    Paragraph::new(language)
        .alignment(Alignment::Right)
        .render(langs, buf);
    let stages = Rect {
        y: area.y + 1,
        height: 1,
        ..area
    };
    let full = stage_spans(model, theme, false);
    let fits = Line::from(full.clone()).width() <= usize::from(area.width);
    let spans = if fits {
        full
    } else {
        stage_spans(model, theme, true)
    };
    render_lines([&Line::from(spans)], stages, buf);
}

/// The stages with their progress; `compact` names only the current stage, for narrow
/// terminals. Each progress field keeps one width, so checking an item rewrites only its digits.
fn stage_spans(model: &Model, theme: &Theme, compact: bool) -> Vec<Span<'static>> {
    let lang = model.lang();
    let mut spans = Vec::new();
    for (i, stage) in model.checklist.stages.iter().enumerate() {
        let current = model.screen == Screen::Stage(stage.id);
        let label = match compact && !current {
            true => format!(" {} ", i + 1),
            false => format!(" {} {} ", i + 1, stage_name(stage.id, lang)),
        };
        let style = if current { theme.cursor } else { Style::new() };
        spans.push(Span::styled(label, style));
        let progress = stage_progress(model, theme, stage.id);
        let total = model.progress(stage.id).1;
        let width = match stage.id {
            StageId::Reasons | StageId::Troubleshooting => 2,
            _ => format!("{total}/{total} ").len().max(2),
        };
        let pad = " ".repeat(width.saturating_sub(progress.width()));
        spans.push(progress);
        spans.push(Span::raw(pad));
    }
    spans
}

/// Whether a stage is shown checked off (the tab bar and the summary agree): troubleshooting
/// never is, as it has nothing to finish.
fn checked(model: &Model, id: StageId) -> bool {
    id != StageId::Troubleshooting && model.stage_done(id)
}

fn stage_progress(model: &Model, theme: &Theme, id: StageId) -> Span<'static> {
    let (done, total) = model.progress(id);
    match id {
        StageId::Troubleshooting if model.overdue() => Span::styled("! ", theme.alert),
        StageId::Troubleshooting => Span::raw(" "),
        _ if checked(model, id) => Span::styled(format!("{} ", theme.check), theme.done),
        StageId::Reasons => Span::raw(" "),
        _ if done > 0 => Span::raw(format!("{done}/{total} ")),
        _ => Span::raw(" "),
    }
}

fn render_footer(model: &Model, area: Rect, buf: &mut Buffer) {
    let lang = model.lang();
    // A failure may take three quarters of the row: the hints give way before it does.
    let room = match model.save_status {
        SaveStatus::Failed(_) => area.width / 4 * 3,
        _ => area.width / 2,
    };
    let status = footer_status(model, lang, room);
    // The hints get the room the status leaves in either language, so a width shows the same
    // keys in both.
    let widest = [Lang::Zh, Lang::En]
        .map(|l| wrap::width(&footer_status(model, l, room)) as u16)
        .into_iter()
        .max()
        .unwrap_or(0);
    let (hints, _) = layout::right(area, widest);
    let (_, status_area) = layout::right(area, wrap::width(&status) as u16);
    // Keys that would do nothing here are not offered (`u` with nothing to undo, `o` off the
    // submit step, `r` with no backup to restore).
    let shown = keymap::fit_footer(context(model), lang, usize::from(hints.width), |a| {
        model.offers(a)
    });
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let spans: Vec<Span> = shown
        .iter()
        .flat_map(|(keys, words)| [Span::styled(*keys, bold), Span::raw(format!(" {words}  "))])
        .collect();
    render_lines([&Line::from(spans)], hints, buf);
    let style = match model.save_status {
        SaveStatus::Failed(_) => Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        _ => Style::new(),
    };
    Paragraph::new(status).style(style).render(status_area, buf);
}

/// The footer's save status in `lang`, cut to `room` cells.
fn footer_status(model: &Model, lang: Lang, room: u16) -> String {
    let ui = &strings(lang).ui;
    let status = match &model.save_status {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saved(at) => format!("{} {}", ui.saved, local_hm(model, *at)),
        SaveStatus::Failed(e) => format!("{}{}", ui.save_failed, failure_reason(e.kind, lang)),
    };
    wrap::clip(wrap::wrap(&status, usize::from(room)), 1, usize::from(room)).concat()
}

/// Why a save failed, in a few words of the person's language; the dialog adds the detail.
pub fn failure_reason(kind: FailureKind, lang: Lang) -> &'static str {
    let ui = &strings(lang).ui;
    match kind {
        FailureKind::DiskFull => ui.disk_full,
        FailureKind::NoPermission => ui.no_permission,
        FailureKind::NewerVersion => ui.newer_version,
        FailureKind::Other => ui.write_error,
    }
}

fn local_hm(model: &Model, at: Timestamp) -> String {
    at.to_zoned_datetime(model.tz.clone())
        .strftime("%H:%M")
        .to_string()
}
