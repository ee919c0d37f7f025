//! Helpers the integration tests share: the checklists, models at a fixed moment in UTC+8, the
//! screen drawn to text, moving the cursor, temporary folders and the binary with a fixed
//! environment. Each test file declares `mod common;` and uses what it needs.

// Every test file is its own crate and uses only some of these.
#![allow(dead_code)]

pub mod hostile;
pub mod log;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use jiff::Timestamp;
use jiff::tz::{self, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use xhs_cancel::checklist::Checklist;
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::{Action, Effect, Model};

/// The smallest valid set of checklist files, which most tests run against.
pub const MINIMAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

/// The checklists of `tests/fixtures/minimal`.
pub fn minimal() -> Checklist {
    Checklist::from_dir(Path::new(MINIMAL)).expect("the minimal fixture is valid")
}

/// The checklists compiled into the binary.
pub fn builtin() -> Checklist {
    Checklist::builtin().expect("the built-in checklists are valid")
}

/// UTC+8, the zone of the tests' local times.
pub fn utc8() -> TimeZone {
    TimeZone::fixed(tz::offset(8))
}

/// A moment written in RFC 3339, e.g. `2026-11-28T02:00:00Z`.
pub fn at(rfc3339: &str) -> Timestamp {
    rfc3339.parse().expect("an RFC 3339 moment")
}

/// `session` over `checklist` at `now` in UTC+8, with a `width` x `height` screen.
pub fn model_with(
    checklist: Checklist,
    session: Session,
    now: Timestamp,
    (width, height): (u16, u16),
) -> Model {
    let mut model = Model::new(checklist, session, now, utc8());
    model.update(Action::Resize(width, height));
    model
}

/// A new session in `lang`, past the welcome screen.
pub fn welcomed(lang: Lang) -> Session {
    let mut session = Session::new(lang);
    session.welcomed = true;
    session
}

/// The screen as text, one line per row, trailing spaces kept so widths show; a wide
/// character's second cell is not repeated.
pub fn draw(model: &Model) -> String {
    let (width, height) = model.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(model, frame.area()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = ratatui::text::Line::raw(symbol).width().saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// The key of the entry under the cursor, or `""`.
pub fn cursor_key(model: &Model) -> String {
    model.current_entry().map(|e| e.key()).unwrap_or_default()
}

/// Moves the cursor to the entry `key` of the current stage, failing when there is none.
pub fn go_to(model: &mut Model, key: &str) {
    model.update(Action::Top);
    while cursor_key(model) != key {
        assert_ne!(model.update(Action::Down), Effect::None, "{key} not found");
    }
}

/// A new empty folder under Cargo's temporary folder for tests, named `PREFIX…`, removed
/// when dropped.
pub fn temp_dir(prefix: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
}

/// The binary in UTC with an English (C) locale and no input; callers add the data folder,
/// arguments and any other environment.
pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xhs-cancel"));
    command
        .env("TZ", "UTC")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .stdin(Stdio::null());
    command
}

/// [`binary`] run to completion with `args` on the data folder `dir`.
pub fn run_in(dir: &std::path::Path, args: &[&str]) -> Output {
    binary()
        .args(args)
        .env("XHS_CANCEL_DATA_DIR", dir)
        .output()
        .unwrap()
}

/// [`run_in`] with more environment: `env`'s variables set.
pub fn run_env_in(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    binary()
        .args(args)
        .env("XHS_CANCEL_DATA_DIR", dir)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

/// What the binary printed on standard output, lossily decoded.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What the binary printed on standard error, lossily decoded.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
