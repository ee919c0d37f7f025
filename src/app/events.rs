//! Terminal events: read on their own thread, bursts of typed characters taken as pastes
//! (a line break ending one is Enter in the date and cooling-off dialogs), and translated
//! into the model's actions.

use std::io::{self, IsTerminal};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::keymap;
use crate::ui::{self, View};
use crate::wizard::{Action, Effect, Model, Overlay};

/// A terminal that hung up reads as endless end-of-file, which crossterm's reader loops on
/// without reporting, and its size is still answered by `tput`; but the standard streams no
/// longer count as terminals (their terminal calls fail), whatever signals did or did not
/// arrive.
pub(super) fn terminal_lost() -> bool {
    !io::stdin().is_terminal() || !io::stdout().is_terminal()
}

/// What the reader hands the loop: a terminal event as crossterm read it, or a burst of typed
/// characters that arrived together (a paste the terminal did not bracket, or a program typing
/// for the person: tmux `send-keys`, an auto-typer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Input {
    Event(Event),
    /// The characters of the burst, Enter as a line break.
    Burst(String),
}

/// Terminal events on a channel, read on their own thread so the loop never blocks in the
/// reader and can always notice signals and a terminal that went away.
pub(super) fn read_events() -> Receiver<io::Result<Input>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let events = match next_events() {
                Ok(events) => events.into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            };
            let failed = events.iter().any(Result::is_err);
            if events.into_iter().any(|e| tx.send(e).is_err()) || failed {
                break;
            }
        }
    });
    rx
}

/// How many typed characters arriving together make a burst: nobody types two keys in the
/// time the program takes to read one (a held key repeats tens of milliseconds apart).
pub(super) const PASTE_BURST: usize = 2;

/// The next event, with every event already waiting behind it; typed characters among them
/// are one burst.
pub(super) fn next_events() -> io::Result<Vec<Input>> {
    let mut batch = vec![event::read()?];
    while batch.len() < 4096 && event::poll(Duration::ZERO)? {
        batch.push(event::read()?);
    }
    Ok(as_burst(batch))
}

/// Turns key presses that arrived together into one [`Input::Burst`] of the characters typed;
/// other events pass as they came.
pub(super) fn as_burst(batch: Vec<Event>) -> Vec<Input> {
    let typed = batch.iter().filter(|e| typed_char(e).is_some()).count();
    if typed < PASTE_BURST {
        return batch.into_iter().map(Input::Event).collect();
    }
    let text: String = batch.iter().filter_map(typed_char).collect();
    let others = batch.into_iter().filter(|e| !matches!(e, Event::Key(_)));
    std::iter::once(Input::Burst(text))
        .chain(others.map(Input::Event))
        .collect()
}

/// The character a key press types: a plain or shifted character, or Enter as a new line.
pub(super) fn typed_char(event: &Event) -> Option<char> {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => match key.code {
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(c)
            }
            KeyCode::Enter => Some('\n'),
            _ => None,
        },
        _ => None,
    }
}

/// Several actions from one event (a paste) keep the strongest effect: a save is never lost
/// to a later action that needs none.
pub(super) fn merge(earlier: Effect, later: Effect) -> Effect {
    match (earlier, later) {
        (Effect::Save, Effect::None) => Effect::Save,
        (_, later) => later,
    }
}

/// The most digits a paste types into the cooling-off number (the model keeps three).
const PASTED_DIGITS: usize = 3;

/// The actions of an input. A burst is taken as a paste, except that in the date and
/// cooling-off dialogs a line break ending it is the Enter it was typed as: a value and Enter
/// sent together are recorded, as when typed one key at a time (a bracketed paste still
/// never confirms).
pub(super) fn to_actions(model: &Model, view: &mut View, input: Input) -> Vec<Action> {
    let text = match input {
        Input::Event(event) => return event_actions(model, view, event),
        Input::Burst(text) => text,
    };
    let enter = text.trim_end_matches([' ', '\t']).ends_with(['\n', '\r']);
    let dialog = matches!(
        model.overlay,
        Some(Overlay::SubmitDate(_) | Overlay::CoolingOff { .. })
    );
    let mut actions = event_actions(model, view, Event::Paste(text));
    if enter && dialog {
        actions.push(Action::Confirm);
    }
    actions
}

/// Pasted text is taken only where text is typed: the date dialog, one character at a time;
/// the cooling-off number, its digits only; and the event form's focused field, whole;
/// anywhere else it is ignored, so a paste never confirms anything.
fn event_actions(model: &Model, view: &mut View, event: Event) -> Vec<Action> {
    match event {
        Event::Paste(text) if matches!(model.overlay, Some(Overlay::EventForm(_))) => {
            vec![Action::Paste(text)]
        }
        Event::Paste(text) if matches!(model.overlay, Some(Overlay::SubmitDate(_))) => {
            text.trim().chars().take(64).map(Action::Type).collect()
        }
        Event::Paste(text) if matches!(model.overlay, Some(Overlay::CoolingOff { .. })) => text
            .chars()
            .filter(char::is_ascii_digit)
            .take(PASTED_DIGITS)
            .map(Action::Type)
            .collect(),
        event => to_action(model, view, event).into_iter().collect(),
    }
}

/// A key through the key table; the mouse through the view, which knows what is drawn where.
pub(super) fn to_action(model: &Model, view: &mut View, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            keymap::action_for(ui::context(model), key)
        }
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(mouse) if model.options.mouse => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => view.click(model, mouse.column, mouse.row),
            MouseEventKind::ScrollDown => view.wheel(model, mouse.column, mouse.row, true),
            MouseEventKind::ScrollUp => view.wheel(model, mouse.column, mouse.row, false),
            _ => None,
        },
        _ => None,
    }
}
