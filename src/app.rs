//! The event loop: draw, read a key, update the model, perform the effect; and the terminal's
//! set-up and restoration on every way out.

mod events;
mod files;
mod saver;
mod signals;

use std::io;
use std::path::Path;
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::style::{Attribute, SetAttribute};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen};

use crate::backend::RunBackend;
use crate::store::Store;
use crate::text::Lang;
use crate::ui::View;
use crate::wizard::{Action, Effect, Model, SaveStatus};
use events::*;
use files::{export, remind, write_elsewhere};
use saver::*;
use signals::Signals;

/// Why the wizard stopped early; printed by `main` once the terminal is back.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("terminal error")]
    Terminal(#[from] io::Error),
}

/// What the last save left unsaved, for a warning after the terminal is restored.
pub struct Outcome {
    pub unsaved: Option<String>,
}

/// Runs the wizard until the person quits, a signal ends it or the terminal goes away; the
/// terminal is restored on every path, panics included.
pub fn run(mut model: Model, store: Store) -> Result<Outcome, AppError> {
    let dir = store.dir().to_path_buf();
    let signals = Signals::register()?;
    let mut terminal = enter(model.options.mouse)?;
    let dir = std::env::current_dir().unwrap_or(dir);
    let mut view = View::new();
    let first = first_frame(&mut terminal, &mut model, &mut view);
    let saver = Saver::start(store);
    let result = first.and_then(|()| {
        let screen = (&mut terminal, &mut model, &mut view);
        event_loop(screen, &saver, &signals, &dir)
    });
    if signals.holds_terminal() {
        leave();
    }
    if matches!(model.save_status, SaveStatus::Failed(_)) {
        saver.save(&model.session);
    }
    let unsaved = saver.finish();
    result.map(|()| Outcome { unsaved })
}

/// ratatui's `Terminal` on standard output, through the wizard's own backend. Standard output
/// flushes every kilobyte; a frame is written in one piece instead.
type Tty = Terminal<RunBackend<io::BufWriter<io::Stdout>>>;

/// `ratatui::init` with the wizard's backend, bracketed paste and, if asked, the mouse.
fn enter(mouse: bool) -> io::Result<Tty> {
    install_panic_hook();
    take_terminal(mouse)?;
    let (width, height) = terminal::size()?;
    let out = io::BufWriter::with_capacity(1 << 16, io::stdout());
    let mut tty = Terminal::new(RunBackend::new(out, width, height))?;
    tty.clear()?;
    Ok(tty)
}

/// Raw mode, the alternate screen, bracketed paste and the mouse: at start and on resume.
fn take_terminal(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Turns off what `ratatui::restore` leaves on (mouse, paste, the style, the hidden cursor),
/// then restores: leaves the alternate screen and raw mode. Safe to call more than once and
/// from any thread.
pub fn leave() {
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        SetAttribute(Attribute::Reset),
        Show
    );
    // `ratatui::restore` prints a failure with `eprintln!`, which panics when stderr is gone
    // too (a terminal that went away): that panic would abort the program.
    let _ = ratatui::try_restore();
}

/// The hook runs for a panic on any thread. With `panic = "abort"` (release builds) it is the
/// last code that runs, so it restores the terminal before the message is printed.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}

/// Draws at the size the model knows from the terminal's resize events, then tells the model
/// the viewport drawn.
fn draw(terminal: &mut Tty, model: &mut Model, view: &mut View) -> io::Result<()> {
    terminal.draw(|frame| {
        view.render(model, frame.area(), frame.buffer_mut());
        if let Some(at) = view.cursor() {
            frame.set_cursor_position(at);
        }
    })?;
    model.update(Action::Viewport(view.viewport()));
    Ok(())
}

/// The first frame comes before anything it does not need: the saver's thread and the key
/// reader start after it.
fn first_frame(terminal: &mut Tty, model: &mut Model, view: &mut View) -> Result<(), AppError> {
    let size = terminal.size()?;
    model.update(Action::Resize(size.width, size.height));
    Ok(draw(terminal, model, view)?)
}

fn event_loop(
    (terminal, model, view): (&mut Tty, &mut Model, &mut View),
    saver: &Saver,
    signals: &Signals,
    dir: &Path,
) -> Result<(), AppError> {
    let events = read_events();
    while !signals.stopped() {
        let mut dirty = signals.take_pending(terminal, model.options.mouse)?;
        for reply in saver.replies() {
            match apply(model, reply) {
                Applied::Quit => return Ok(()),
                Applied::Redraw => dirty = true,
                Applied::Nothing => {}
            }
        }
        let mut effect = Effect::None;
        match events.recv_timeout(Duration::from_millis(100)) {
            Ok(event) => {
                let event = event?;
                model.now = crate::session::now();
                if let Input::Event(Event::Resize(width, height)) = event {
                    terminal.backend_mut().set_size(width, height);
                }
                for input in as_keys(model, event) {
                    for action in to_actions(model, view, input) {
                        effect = merge(effect, model.update(action));
                        dirty = true;
                    }
                }
            }
            Err(RecvTimeoutError::Timeout) if terminal_lost() => return Ok(()),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        match effect {
            Effect::Quit => return Ok(()),
            Effect::Export => export(model, dir),
            Effect::Remind => remind(model, dir),
            Effect::WriteElsewhere => write_elsewhere(model, dir),
            Effect::Redraw => terminal.clear()?,
            Effect::Suspend => dirty |= signals.suspend(terminal, model.options.mouse)?,
            Effect::RecordEvidence(path) => {
                draw(terminal, model, view)?;
                let recorded = record_evidence(&path, model.lang());
                effect = model.update(Action::EvidenceRecorded(recorded));
            }
            _ => {}
        }
        if dirty {
            draw(terminal, model, view)?;
        }
        // The saver gets its work once the frame is out, so its thread never competes with
        // drawing for the processor.
        match effect {
            Effect::Save => saver.save(&model.session),
            Effect::RestoreBackup(lang) => saver.send(Command::Restore(lang)),
            Effect::StartFresh => saver.send(Command::Fresh(Box::new(model.session.clone()))),
            _ => {}
        }
    }
    Ok(())
}

/// Hashes an evidence file for the form; a failure is its message (which already names the
/// underlying error), sanitized, for the form to show.
fn record_evidence(path: &Path, lang: Lang) -> Result<crate::timeline::Evidence, String> {
    crate::evidence::record(path).map_err(|e| e.text(lang))
}

#[cfg(test)]
mod tests;
