//! The saver: a thread that writes the session in the background so a redraw never waits
//! for the disk, and what its replies do to the model.

use std::io;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use jiff::Timestamp;

use crate::session::Session;
use crate::store::{Store, StoreError};
use crate::text::Lang;
use crate::wizard::{FailureKind, Model, Overlay, SaveFailure, SaveStatus};

pub(super) enum Command {
    Save(Box<Session>),
    /// Restore the backup; with a language, give it to the restored session and save that.
    Restore(Option<Lang>),
    /// Put the damaged files aside, then save this new session.
    Fresh(Box<Session>),
}

pub(super) enum Reply {
    Saved(Timestamp, Result<(), SaveFailure>),
    Restored(Result<Session, String>),
    Fresh(Result<(), String>),
}

/// Saves in the background so a redraw never waits for the disk; always writes the newest state.
pub(super) struct Saver {
    tx: Option<Sender<Command>>,
    replies: Receiver<Reply>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    pub(super) fn start(mut store: Store) -> Saver {
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
                    Command::Restore(lang) => {
                        Reply::Restored(restore(&mut store, lang).map_err(|e| error_line(&e)))
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

    pub(super) fn send(&self, command: Command) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(command);
        }
    }

    pub(super) fn save(&self, session: &Session) {
        self.send(Command::Save(Box::new(session.clone())));
    }

    pub(super) fn replies(&self) -> Vec<Reply> {
        self.replies.try_iter().collect()
    }

    /// Waits for every queued save; returns the failure if the last save failed.
    pub(super) fn finish(mut self) -> Option<String> {
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

/// The backup made the session again; a language the person chose in this run replaces the
/// backup's own, and is saved.
pub(super) fn restore(store: &mut Store, lang: Option<Lang>) -> Result<Session, StoreError> {
    let mut session = store.restore_backup()?;
    if let Some(lang) = lang.filter(|l| *l != session.lang) {
        session.lang = lang;
        store.save(&session)?;
    }
    Ok(session)
}

/// Applies what the saver reports to the model; true when the screen changes. The footer
/// shows the minute of the last save, so the time is kept to the minute. A restore or fresh
/// start that failed stays in the recovery dialog with its reason, and nothing is saved.
pub(super) fn apply(model: &mut Model, reply: Reply) -> Applied {
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
pub(super) enum Applied {
    Nothing,
    Redraw,
    /// A retry from the unsaved-changes dialog worked: the quit asked for can go ahead.
    Quit,
}

/// A failed save as the footer and the quit dialog tell it.
pub(super) fn save_failure(error: &StoreError) -> SaveFailure {
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

pub(super) fn to_minute(at: Timestamp) -> Timestamp {
    Timestamp::from_second(at.as_second().div_euclid(60) * 60).unwrap_or(at)
}

/// The test seam for a save in flight: in debug builds, `XHS_CANCEL_TEST_SAVE_DELAY_MS`
/// makes the saver wait that long before each piece of work, so a test can send a signal
/// while a save is under way. Release builds ignore it.
pub(super) fn slow_save_for_tests() {
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
