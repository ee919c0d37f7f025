//! What the terminal shows after a run of frames drawn through `Terminal` and the wizard's
//! backend equals the last frame: the bytes are fed to a terminal emulator (vt100) and compared
//! cell by cell.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use xhs_cancel::backend::RunBackend;
use xhs_cancel::checklist::Checklist;
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::ui::View;
use xhs_cancel::wizard::{Action, Model};

const W: u16 = 60;
const H: u16 = 16;

fn model(lang: Lang) -> Model {
    let checklist = Checklist::builtin().unwrap();
    let mut model = Model::new(
        checklist,
        Session::new(lang),
        Timestamp::UNIX_EPOCH,
        TimeZone::UTC,
    );
    model.update(Action::Resize(W, H));
    model
}

/// The last frame as the model renders it: one string per row, then the style of every cell
/// that holds a character.
fn expected(model: &Model) -> (Vec<String>, Vec<Styled>) {
    let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
    terminal.draw(|f| f.render_widget(model, f.area())).unwrap();
    let buffer = terminal.backend().buffer();
    let mut rows = Vec::new();
    let mut styles = Vec::new();
    for y in 0..H {
        let mut row = String::new();
        let mut x = 0;
        while x < W {
            let cell = &buffer[(x, y)];
            row.push_str(cell.symbol());
            styles.push(Styled {
                x,
                y,
                fg: cell.fg,
                bold: cell.modifier.contains(Modifier::BOLD),
                dim: cell.modifier.contains(Modifier::DIM),
                inverse: cell.modifier.contains(Modifier::REVERSED),
            });
            x += xhs_cancel::wrap::width(cell.symbol()).max(1) as u16;
        }
        rows.push(row.trim_end().to_string());
    }
    (rows, styles)
}

/// What a cell looks like: the parts of a style the wizard uses.
#[derive(Debug, PartialEq)]
struct Styled {
    x: u16,
    y: u16,
    fg: Color,
    bold: bool,
    dim: bool,
    inverse: bool,
}

/// The colours the wizard's theme uses, as a terminal emulator reports them.
fn color(c: vt100::Color) -> Color {
    match c {
        vt100::Color::Default => Color::Reset,
        vt100::Color::Idx(1) => Color::Red,
        vt100::Color::Idx(2) => Color::Green,
        vt100::Color::Idx(3) => Color::Yellow,
        other => panic!("a colour the theme does not use: {other:?}"),
    }
}

/// Bytes written to the "terminal", readable after the backend took its writer.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Draws the model after each action through `Terminal` and the backend, and returns what a
/// terminal emulator shows at the end, in the same form as `expected`.
fn shown(model: &mut Model, actions: &[Action]) -> (Vec<String>, Vec<Styled>) {
    let sink = Sink::default();
    let mut terminal = Terminal::new(RunBackend::new(sink.clone(), W, H)).unwrap();
    terminal.clear().unwrap();
    let mut view = View::new();
    // As the event loop does: draw with the view's memory, then tell the model the viewport.
    let mut draw = |model: &mut Model| {
        terminal
            .draw(|frame| view.render(model, frame.area(), frame.buffer_mut()))
            .unwrap();
        model.update(Action::Viewport(view.viewport()));
    };
    draw(model);
    for action in actions {
        model.update(action.clone());
        draw(model);
    }
    let bytes = sink.0.borrow().clone();
    let mut parser = vt100::Parser::new(H.try_into().unwrap(), W.try_into().unwrap(), 0);
    parser.process(&bytes);
    let screen = parser.screen();
    let rows = screen
        .rows(0, W)
        .map(|r| r.trim_end().to_string())
        .collect();
    let styles = expected(model)
        .1
        .iter()
        .map(|want| {
            let cell = screen.cell(want.y, want.x).unwrap();
            Styled {
                x: want.x,
                y: want.y,
                fg: color(cell.fgcolor()),
                bold: cell.bold(),
                dim: cell.dim(),
                inverse: cell.inverse(),
            }
        })
        .collect();
    (rows, styles)
}

/// The first row or cell style where the terminal differs from the frame.
fn difference(
    (rows, styles): (Vec<String>, Vec<Styled>),
    (want_rows, want_styles): (Vec<String>, Vec<Styled>),
) -> Option<String> {
    if rows != want_rows {
        return Some(format!("shown {rows:#?}\nexpected {want_rows:#?}"));
    }
    let (got, want) = styles.iter().zip(&want_styles).find(|(a, b)| a != b)?;
    Some(format!("shown {got:?}, expected {want:?}\nrows {rows:#?}"))
}

#[test]
fn welcome_then_stages_in_chinese_leave_no_stale_cells() {
    let mut m = model(Lang::Zh);
    let actions = [
        Action::Confirm,
        Action::Down,
        Action::Jump(1),
        Action::Down,
        Action::Help,
    ];
    assert_eq!(difference(shown(&mut m, &actions), expected(&m)), None);
}

#[test]
fn switching_language_and_moving_leave_no_stale_cells() {
    let mut m = model(Lang::En);
    let actions = [
        Action::Confirm,
        Action::SwitchLang,
        Action::Down,
        Action::Toggle,
        Action::SwitchLang,
        Action::NextStage,
        Action::ContinueAnyway,
        Action::Bottom,
        Action::Top,
    ];
    assert_eq!(difference(shown(&mut m, &actions), expected(&m)), None);
}

mod any_actions {
    use super::*;
    use proptest::prelude::*;

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            Just(Action::Up),
            Just(Action::Down),
            Just(Action::PageDown),
            Just(Action::Toggle),
            Just(Action::ConfirmNext),
            Just(Action::NextStage),
            Just(Action::PrevStage),
            (0usize..5).prop_map(Action::Jump),
            Just(Action::Troubleshoot),
            Just(Action::SwitchLang),
            Just(Action::Help),
            Just(Action::Back),
            Just(Action::Confirm),
            Just(Action::ScrollDetail(3)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn the_terminal_always_shows_the_last_frame(
            zh in any::<bool>(),
            actions in proptest::collection::vec(action(), 1..25),
        ) {
            let mut m = model(if zh { Lang::Zh } else { Lang::En });
            prop_assert_eq!(difference(shown(&mut m, &actions), expected(&m)), None);
        }
    }
}
