//! The event loop: draw, read a key, update the model, perform the effect; and the terminal's
//! set-up and restoration on every way out.

mod signals;

use std::io::{self, IsTerminal};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::style::{Attribute, SetAttribute};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen};

use crate::backend::RunBackend;
use crate::keymap;
use crate::report;
use crate::session::Session;
use crate::store::{self, Store, StoreError};
use crate::text::Lang;
use crate::ui::{self, View};
use crate::wizard::{Action, Effect, FailureKind, Model, Overlay, SaveFailure, SaveStatus};
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

enum Command {
    Save(Box<Session>),
    Restore,
    /// Put the damaged files aside, then save this new session.
    Fresh(Box<Session>),
}

enum Reply {
    Saved(Timestamp, Result<(), SaveFailure>),
    Restored(Result<Session, String>),
    Fresh(Result<(), String>),
}

/// Saves in the background so a redraw never waits for the disk; always writes the newest state.
struct Saver {
    tx: Option<Sender<Command>>,
    replies: Receiver<Reply>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    fn start(mut store: Store) -> Saver {
        let (tx, rx) = mpsc::channel::<Command>();
        let (reply_tx, replies) = mpsc::channel();
        let thread = std::thread::spawn(move || {
            while let Ok(mut command) = rx.recv() {
                while let Ok(newer) = rx.try_recv() {
                    command = newer;
                }
                slow_save_for_tests();
                let reply = match command {
                    Command::Save(session) => Reply::Saved(
                        crate::session::now(),
                        store.save(&session).map_err(|e| save_failure(&e)),
                    ),
                    Command::Restore => {
                        Reply::Restored(store.restore_backup().map_err(|e| error_line(&e)))
                    }
                    Command::Fresh(session) => Reply::Fresh(
                        store
                            .start_fresh()
                            .and_then(|_| store.save(&session))
                            .map_err(|e| error_line(&e)),
                    ),
                };
                if reply_tx.send(reply).is_err() {
                    break;
                }
            }
        });
        Saver {
            tx: Some(tx),
            replies,
            thread: Some(thread),
        }
    }

    fn send(&self, command: Command) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(command);
        }
    }

    fn save(&self, session: &Session) {
        self.send(Command::Save(Box::new(session.clone())));
    }

    fn replies(&self) -> Vec<Reply> {
        self.replies.try_iter().collect()
    }

    /// Waits for every queued save; returns the failure if the last save failed.
    fn finish(mut self) -> Option<String> {
        self.tx.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.replies().into_iter().rev().find_map(|r| match r {
            Reply::Saved(_, result) => Some(result.err().map(|e| e.detail)),
            Reply::Restored(_) | Reply::Fresh(_) => None,
        })?
    }
}

/// Applies what the saver reports to the model; true when the screen changes. The footer
/// shows the minute of the last save, so the time is kept to the minute. A restore or fresh
/// start that failed stays in the recovery dialog with its reason, and nothing is saved.
fn apply(model: &mut Model, reply: Reply) -> Applied {
    let before = model.save_status.clone();
    match reply {
        Reply::Saved(at, Ok(())) => {
            model.save_status = SaveStatus::Saved(to_minute(at));
            // The person asked to quit and the retry worked: nothing is left to ask.
            if matches!(model.overlay, Some(Overlay::Unsaved { .. })) {
                model.overlay = None;
                return Applied::Quit;
            }
        }
        Reply::Saved(_, Err(e)) => model.save_status = SaveStatus::Failed(e),
        Reply::Restored(Ok(session)) => {
            model.overlay = None;
            model.replace_session(session);
            model.save_status = SaveStatus::Saved(to_minute(crate::session::now()));
            return Applied::Redraw;
        }
        Reply::Fresh(Ok(())) => {
            model.overlay = None;
            model.save_status = SaveStatus::Saved(to_minute(crate::session::now()));
            return Applied::Redraw;
        }
        Reply::Restored(Err(e)) | Reply::Fresh(Err(e)) => {
            if let Some(Overlay::Recover { failed, .. }) = &mut model.overlay {
                *failed = Some(e);
            }
            return Applied::Redraw;
        }
    }
    match model.save_status != before {
        true => Applied::Redraw,
        false => Applied::Nothing,
    }
}

/// What a reply from the saver asks of the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Applied {
    Nothing,
    Redraw,
    /// A retry from the unsaved-changes dialog worked: the quit asked for can go ahead.
    Quit,
}

/// A failed save as the footer and the quit dialog tell it.
fn save_failure(error: &StoreError) -> SaveFailure {
    let io_kind = std::iter::successors(Some(error as &dyn std::error::Error), |e| e.source())
        .find_map(|e| e.downcast_ref::<io::Error>())
        .map(io::Error::kind);
    let kind = match (error, io_kind) {
        (StoreError::NewerVersion { .. }, _) => FailureKind::NewerVersion,
        (_, Some(io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded)) => {
            FailureKind::DiskFull
        }
        (_, Some(io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem)) => {
            FailureKind::NoPermission
        }
        _ => FailureKind::Other,
    };
    SaveFailure {
        kind,
        detail: error_line(error),
    }
}

fn to_minute(at: Timestamp) -> Timestamp {
    Timestamp::from_second(at.as_second().div_euclid(60) * 60).unwrap_or(at)
}

/// The test seam for a save in flight: in debug builds, `XHS_CANCEL_TEST_SAVE_DELAY_MS`
/// makes the saver wait that long before each piece of work, so a test can send a signal
/// while a save is under way. Release builds ignore it.
fn slow_save_for_tests() {
    if !cfg!(debug_assertions) {
        return;
    }
    let delay = std::env::var("XHS_CANCEL_TEST_SAVE_DELAY_MS")
        .ok()
        .and_then(|ms| ms.parse::<u64>().ok());
    if let Some(ms) = delay {
        std::thread::sleep(Duration::from_millis(ms.min(10_000)));
    }
}

/// One line for the footer: the error and its causes.
pub fn error_line(error: &dyn std::error::Error) -> String {
    let mut line = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        line.push_str(": ");
        line.push_str(&cause.to_string());
        source = cause.source();
    }
    crate::text::sanitize_line(&line)
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
    leave();
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
    terminal.draw(|frame| view.render(model, frame.area(), frame.buffer_mut()))?;
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
                if let Event::Resize(width, height) = event {
                    terminal.backend_mut().set_size(width, height);
                }
                for action in to_actions(model, view, event) {
                    effect = merge(effect, model.update(action));
                    dirty = true;
                }
            }
            Err(RecvTimeoutError::Timeout) if terminal_lost() => return Ok(()),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        match effect {
            Effect::Quit => return Ok(()),
            Effect::Export => export(model, dir),
            Effect::WriteElsewhere => write_elsewhere(model, dir),
            Effect::Redraw => terminal.clear()?,
            Effect::Suspend => dirty |= signals.suspend(terminal, model.options.mouse)?,
            _ => {}
        }
        if dirty {
            draw(terminal, model, view)?;
        }
        // The saver gets its work once the frame is out, so its thread never competes with
        // drawing for the processor.
        match effect {
            Effect::Save => saver.save(&model.session),
            Effect::RestoreBackup => saver.send(Command::Restore),
            Effect::StartFresh => saver.send(Command::Fresh(Box::new(model.session.clone()))),
            _ => {}
        }
    }
    Ok(())
}

/// A terminal that hung up reads as endless end-of-file, which crossterm's reader loops on
/// without reporting, and its size is still answered by `tput`; but the standard streams no
/// longer count as terminals (their terminal calls fail), whatever signals did or did not
/// arrive.
fn terminal_lost() -> bool {
    !io::stdin().is_terminal() || !io::stdout().is_terminal()
}

/// Terminal events on a channel, read on their own thread so the loop never blocks in the
/// reader and can always notice signals and a terminal that went away.
fn read_events() -> Receiver<io::Result<Event>> {
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

/// How many typed characters arriving together make a paste: nobody types two keys in the
/// time the program takes to read one (a held key repeats tens of milliseconds apart).
const PASTE_BURST: usize = 2;

/// The next event, with every event already waiting behind it; a burst of typed characters
/// is a paste the terminal did not bracket (tmux `paste-buffer` without `-p`, a terminal
/// without bracketed paste).
fn next_events() -> io::Result<Vec<Event>> {
    let mut batch = vec![event::read()?];
    while batch.len() < 4096 && event::poll(Duration::ZERO)? {
        batch.push(event::read()?);
    }
    Ok(as_paste(batch))
}

/// Turns a burst of key presses into one [`Event::Paste`] of the characters typed (the
/// wizard ignores it outside the date dialog); other events pass as they came.
fn as_paste(batch: Vec<Event>) -> Vec<Event> {
    let typed = batch.iter().filter(|e| typed_char(e).is_some()).count();
    if typed < PASTE_BURST {
        return batch;
    }
    let text: String = batch.iter().filter_map(typed_char).collect();
    let others = batch.into_iter().filter(|e| !matches!(e, Event::Key(_)));
    std::iter::once(Event::Paste(text)).chain(others).collect()
}

/// The character a key press types: a plain or shifted character, or Enter as a new line.
fn typed_char(event: &Event) -> Option<char> {
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
fn merge(earlier: Effect, later: Effect) -> Effect {
    match (earlier, later) {
        (Effect::Save, Effect::None) => Effect::Save,
        (_, later) => later,
    }
}

/// Pasted text is taken only where text is typed (the date dialog), one character at a
/// time; anywhere else it is ignored, so a paste never confirms anything.
fn to_actions(model: &Model, view: &mut View, event: Event) -> Vec<Action> {
    match event {
        Event::Paste(text) if matches!(model.overlay, Some(Overlay::SubmitDate(_))) => {
            text.trim().chars().take(64).map(Action::Type).collect()
        }
        event => to_action(model, view, event).into_iter().collect(),
    }
}

/// A key through the key table; the mouse through the view, which knows what is drawn where.
fn to_action(model: &Model, view: &mut View, event: Event) -> Option<Action> {
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

/// Writes the Markdown report into the current folder as
/// `xhs-cancel-report-<local time>.md` (`-2`, `-3`, … when taken) and says where it went.
fn export(model: &mut Model, dir: &Path) {
    let stamp = local_stamp(model);
    let written = store::write_new(
        dir,
        &format!("{}{stamp}", store::REPORT_PREFIX),
        ".md",
        report::markdown(model).as_bytes(),
    );
    let lang = model.lang();
    model.notice = Some(crate::text::sanitize_line(&match written {
        Ok(path) if lang == Lang::Zh => format!("报告已导出：{}", path.display()),
        Ok(path) => format!("Report written to {}", path.display()),
        Err(e) if lang == Lang::Zh => format!("导出失败：{}: {e}", dir.display()),
        Err(e) => format!("Export failed: {}: {e}", dir.display()),
    }));
}

/// The last resort when the data folder cannot be written: the session as
/// `xhs-cancel-session-<local time>.toml` in the current folder, for the quit dialog to show.
fn write_elsewhere(model: &mut Model, dir: &Path) {
    let name = format!("xhs-cancel-session-{}", local_stamp(model));
    let written = toml::to_string(&model.session)
        .map_err(io::Error::other)
        .and_then(|text| store::write_new(dir, &name, ".toml", text.as_bytes()));
    let shown = written
        .map(|path| crate::text::sanitize_line(&path.display().to_string()))
        .map_err(|e| crate::text::sanitize_line(&format!("{}: {e}", dir.display())));
    model.overlay = Some(Overlay::Unsaved {
        written: Some(shown),
    });
}

fn local_stamp(model: &Model) -> String {
    model
        .now
        .to_zoned_datetime(model.tz.clone())
        .strftime("%Y%m%d-%H%M%S")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::{Checklist, StageId};
    use crate::session::Session;
    use crate::store::Fault;
    use crate::wizard::Action;

    fn reply(saver: &Saver) -> Reply {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(reply) = saver.replies().into_iter().last() {
                return reply;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no reply from the saver"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_failed_save_shows_in_the_footer_keeps_the_state_and_is_retried() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let mut session = Session::new(Lang::En);
        session.welcomed = true;
        store.save(&session).unwrap();
        let before = std::fs::read(store.session_path()).unwrap();
        store.inject_fault(Some(Fault::WriteAfter(10)));
        let saver = Saver::start(store);
        let mut model = Model::new(
            Checklist::builtin().unwrap(),
            session,
            Timestamp::UNIX_EPOCH,
            jiff::tz::TimeZone::UTC,
        );
        model.update(Action::Resize(100, 30));
        model.update(Action::Jump(1));
        assert_eq!(model.update(Action::Toggle), crate::wizard::Effect::Save);
        saver.save(&model.session);
        assert_eq!(
            apply(&mut model, reply(&saver)),
            Applied::Redraw,
            "the footer changes"
        );
        let SaveStatus::Failed(failure) = &model.save_status else {
            panic!("not shown as failed: {:?}", model.save_status);
        };
        assert_eq!(failure.kind, FailureKind::DiskFull);
        assert!(
            failure.detail.starts_with("cannot save the session to"),
            "{failure:?}"
        );
        assert!(
            model.progress(StageId::Preparation).0 == 1,
            "the confirmation is kept in memory"
        );
        assert_eq!(
            std::fs::read(dir.path().join("session.toml")).unwrap(),
            before,
            "the old file is intact"
        );
        let screen = render(&model);
        assert!(screen.contains("Save failed: disk full"), "{screen}");
        model.update(Action::Save);
        saver.save(&model.session);
        assert!(
            matches!(reply(&saver), Reply::Saved(_, Err(_))),
            "s tries again"
        );
    }

    fn key(c: char) -> Event {
        Event::Key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char(c),
            ratatui::crossterm::event::KeyModifiers::NONE,
        ))
    }

    #[test]
    fn a_burst_of_typed_characters_is_a_paste_and_single_keys_are_keys() {
        let burst: Vec<Event> = "x q".chars().map(key).collect();
        assert_eq!(as_paste(burst), vec![Event::Paste("x q".into())]);
        let two = vec![key('x'), key('c')];
        assert_eq!(
            as_paste(two),
            vec![Event::Paste("xc".into())],
            "no one types two at once"
        );
        let one = vec![key('j')];
        assert_eq!(as_paste(one.clone()), one, "a key pressed is a key");
        let mixed = vec![key('a'), Event::Resize(80, 24), key('b'), key('c')];
        assert_eq!(
            as_paste(mixed),
            vec![Event::Paste("abc".into()), Event::Resize(80, 24)]
        );
    }

    #[test]
    fn a_retry_that_works_from_the_unsaved_dialog_quits() {
        let mut model = Model::new(
            Checklist::builtin().unwrap(),
            Session::new(Lang::En),
            Timestamp::UNIX_EPOCH,
            jiff::tz::TimeZone::UTC,
        );
        model.overlay = Some(Overlay::Unsaved { written: None });
        let applied = apply(&mut model, Reply::Saved(Timestamp::UNIX_EPOCH, Ok(())));
        assert_eq!(applied, Applied::Quit);
        assert_eq!(model.overlay, None);
    }

    /// An independent oracle: bytes a terminal could act on (C0 controls but the newline,
    /// DEL, C1 controls as UTF-8, the bidi and zero-width format characters).
    fn terminal_safe(text: &str) -> bool {
        let bytes_ok = text.bytes().all(|b| b == b'\n' || (b >= 0x20 && b != 0x7f));
        let c1 = text
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == 0xc2 && (0x80..0xa0).contains(&w[1]));
        let format = text.chars().any(
            |c| matches!(c as u32, 0x200b..=0x200f | 0x202a..=0x202e | 0x2066..=0x2069 | 0xfeff),
        );
        bytes_ok && !c1 && !format
    }

    #[test]
    fn a_save_failure_shown_in_the_footer_carries_nothing_a_terminal_acts_on() {
        let path =
            std::path::PathBuf::from("/tmp/x\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}/session.toml");
        let error = StoreError::Save {
            path,
            source: io::Error::new(io::ErrorKind::StorageFull, "no space\u{1b}[2J left"),
        };
        let failure = save_failure(&error);
        assert_eq!(failure.kind, FailureKind::DiskFull);
        assert!(terminal_safe(&failure.detail), "{:?}", failure.detail);
        assert!(
            failure.detail.contains("pwned"),
            "the text stays, made harmless: {:?}",
            failure.detail
        );
    }

    fn render(model: &Model) -> String {
        let area = ratatui::layout::Rect::new(0, 0, 100, 30);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        ratatui::widgets::Widget::render(model, area, &mut buf);
        (0..30)
            .map(|y| (0..100).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect()
    }
}
