//! Terminal events: read on their own thread; bursts of typed characters taken as pastes
//! (a line break ending one is Enter in the date and cooling-off dialogs) unless they are all
//! keys of the screen shown; and translated into the model's actions.

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

/// Turns key presses that arrived together into [`Input::Burst`]s of the characters typed,
/// one per run of them; every other event (Tab, the arrows, a resize) keeps its place.
pub(super) fn as_burst(batch: Vec<Event>) -> Vec<Input> {
    let typed = batch.iter().filter(|e| typed_char(e).is_some()).count();
    if typed < PASTE_BURST {
        return batch.into_iter().map(Input::Event).collect();
    }
    let mut inputs = Vec::new();
    let mut run = String::new();
    for event in batch {
        match typed_char(&event) {
            Some(c) => run.push(c),
            None => {
                if !run.is_empty() {
                    inputs.push(Input::Burst(std::mem::take(&mut run)));
                }
                inputs.push(Input::Event(event));
            }
        }
    }
    if !run.is_empty() {
        inputs.push(Input::Burst(run));
    }
    inputs
}

/// The most characters a burst may hold and still be taken as keys.
const KEYS_BURST: usize = 16;

/// A burst on a main screen (no dialog or form open) whose every character is a key bound
/// there, as key presses in turn: `jjj` or `j` and Space sent together are keys someone typed
/// fast or sent through `tmux send-keys`, not a paste. Any other burst stays as it came, so
/// pasted text never answers a dialog.
pub(super) fn as_keys(model: &Model, input: Input) -> Vec<Input> {
    let Input::Burst(text) = &input else {
        return vec![input];
    };
    let keys: Vec<Event> = text.chars().map(key_event).collect();
    let context = ui::context(model);
    let bound = keys.iter().all(|key| match key {
        Event::Key(key) => keymap::action_for(context, *key).is_some(),
        _ => false,
    });
    if model.overlay.is_none() && keys.len() <= KEYS_BURST && bound {
        keys.into_iter().map(Input::Event).collect()
    } else {
        vec![input]
    }
}

/// The key press that types `c` (a line break is Enter).
fn key_event(c: char) -> Event {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let code = match c {
        '\n' | '\r' => KeyCode::Enter,
        c => KeyCode::Char(c),
    };
    let modifiers = match c.is_uppercase() {
        true => KeyModifiers::SHIFT,
        false => KeyModifiers::NONE,
    };
    Event::Key(KeyEvent::new(code, modifiers))
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

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::checklist::{Checklist, StageId};
    use crate::session::Session;
    use crate::text::Lang;

    fn model() -> Model {
        let mut session = Session::new(Lang::En);
        session.welcomed = true;
        session.stage = "preparation".into();
        let now = "2026-11-28T02:00:00Z".parse().unwrap();
        let tz = jiff::tz::TimeZone::UTC;
        let mut model = Model::new(Checklist::builtin().unwrap(), session, now, tz);
        model.update(Action::Resize(100, 30));
        model
    }

    fn press(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    /// What the loop does with one batch read at once: bursts, then keys, then actions.
    fn send(model: &mut Model, batch: Vec<Event>) {
        let mut view = View::new();
        for input in as_burst(batch) {
            for input in as_keys(model, input) {
                for action in to_actions(model, &mut view, input) {
                    model.update(action);
                }
            }
        }
    }

    fn typed(text: &str) -> Vec<Event> {
        text.chars().map(key_event).collect()
    }

    #[test]
    fn keys_sent_together_on_a_screen_are_keys_in_turn() {
        let mut model = model();
        let start = model.cursor(StageId::Preparation);
        send(&mut model, typed("jjj"));
        assert_eq!(
            model.cursor(StageId::Preparation),
            start + 3,
            "three moves down"
        );
        send(&mut model, typed("k "));
        assert_eq!(model.cursor(StageId::Preparation), start + 2, "one up");
        assert!(
            model.session.confirmed.contains_key("preparation"),
            "then Space"
        );
    }

    #[test]
    fn other_keys_keep_their_place_among_typed_ones() {
        let mut model = model();
        let start = model.cursor(StageId::Preparation);
        let down = press(KeyCode::Down);
        let batch = vec![
            down.clone(),
            down,
            key_event('j'),
            key_event('k'),
            press(KeyCode::Up),
        ];
        send(&mut model, batch);
        let moved = model.cursor(StageId::Preparation) - start;
        assert_eq!(
            moved, 1,
            "down, down, down, up, up: the arrows are not lost"
        );
    }

    #[test]
    fn a_burst_with_any_unbound_character_or_in_a_dialog_stays_a_paste() {
        let mut model = model();
        let start = model.cursor(StageId::Preparation);
        send(&mut model, typed("jj客"));
        assert_eq!(
            model.cursor(StageId::Preparation),
            start,
            "pasted text moves nothing"
        );
        model.update(Action::CaseFile);
        model.update(Action::AddEvent);
        assert_eq!(
            as_keys(&model, Input::Burst("jj".into())),
            [Input::Burst("jj".into())]
        );
    }
}
