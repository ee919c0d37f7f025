//! What the terminal shows after a run of frames drawn through the joining backend equals the
//! last frame: the bytes are fed to a terminal emulator (vt100) and compared cell by cell.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use xhs_cancel::checklist::Checklist;
use xhs_cancel::session::Session;
use xhs_cancel::term::Joining;
use xhs_cancel::text::Lang;
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

/// The last frame as the model renders it, one string per row.
fn expected(model: &Model) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
    terminal.draw(|f| f.render_widget(model, f.area())).unwrap();
    let buffer = terminal.backend().buffer();
    (0..H)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < W {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += xhs_cancel::wrap::width(symbol).max(1) as u16;
            }
            row.trim_end().to_string()
        })
        .collect()
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

/// Draws the model after each action through Joining over crossterm, and returns what a
/// terminal emulator shows at the end.
fn shown(model: &mut Model, actions: &[Action]) -> Vec<String> {
    let sink = Sink::default();
    let backend = Joining::new(CrosstermBackend::new(sink.clone()));
    let mut terminal = Terminal::with_options(
        backend,
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, W, H)),
        },
    )
    .unwrap();
    terminal
        .draw(|f| f.render_widget(&*model, f.area()))
        .unwrap();
    for action in actions {
        model.update(*action);
        terminal
            .draw(|f| f.render_widget(&*model, f.area()))
            .unwrap();
    }
    let bytes = sink.0.borrow().clone();
    let mut parser = vt100::Parser::new(H.try_into().unwrap(), W.try_into().unwrap(), 0);
    parser.process(&bytes);
    parser
        .screen()
        .rows(0, W)
        .map(|r| r.trim_end().to_string())
        .collect()
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
    let screen = shown(&mut m, &actions);
    assert_eq!(screen, expected(&m));
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
        Action::Confirm,
        Action::Bottom,
        Action::Top,
    ];
    let screen = shown(&mut m, &actions);
    assert_eq!(screen, expected(&m));
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
            Just(Action::ToggleNext),
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
            let screen = shown(&mut m, &actions);
            prop_assert_eq!(screen, expected(&m));
        }
    }
}
