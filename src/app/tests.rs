//! Tests of `app`.

use super::*;
use crate::checklist::{Checklist, StageId};
use crate::session::Session;
use crate::store::Fault;
use crate::store::StoreError;
use crate::wizard::FailureKind;
use crate::wizard::{Action, Overlay};
use jiff::Timestamp;

const TZ_UTC: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;

#[test]
fn no_reminders_once_the_review_has_ended() {
    use crate::timeline::{Draft, Kind};
    let now: Timestamp = "2026-11-29T10:00:00Z".parse().unwrap();
    let mut session = Session::new(Lang::En);
    session.record_submission("submit", jiff::civil::date(2026, 11, 2), now);
    let gone = Draft::new(Kind::Gone, jiff::civil::date(2026, 11, 20));
    session.add_event(gone, now, &TZ_UTC).unwrap();
    let checklist = Checklist::builtin().unwrap();
    let mut model = Model::new(checklist, session, now, TZ_UTC);
    let dir = tempfile::tempdir().unwrap();
    remind(&mut model, dir.path());
    let notice = model.notice.clone().unwrap();
    assert!(
        notice.starts_with("The review has ended (deletion confirmed"),
        "{notice}"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

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

#[test]
fn a_paste_goes_whole_to_the_event_form_and_nowhere_on_a_screen() {
    let mut session = Session::new(Lang::En);
    session.welcomed = true;
    let checklist = Checklist::builtin().unwrap();
    let mut model = Model::new(checklist, session, Timestamp::UNIX_EPOCH, TZ_UTC);
    model.update(Action::Resize(100, 30));
    let mut view = View::new();
    let paste = || Input::Event(Event::Paste("客服\n说".into()));
    assert_eq!(to_actions(&model, &mut view, paste()), vec![]);
    model.update(Action::CaseFile);
    model.update(Action::AddEvent);
    assert_eq!(
        to_actions(&model, &mut view, paste()),
        vec![Action::Paste("客服\n说".into())]
    );
}

#[test]
fn a_paste_types_its_digits_into_the_cooling_off_and_the_date_dialog() {
    let mut session = Session::new(Lang::En);
    session.welcomed = true;
    let checklist = Checklist::builtin().unwrap();
    let mut model = Model::new(checklist, session, Timestamp::UNIX_EPOCH, TZ_UTC);
    let mut view = View::new();
    model.overlay = Some(Overlay::CoolingOff {
        typed: String::new(),
        too_many: false,
    });
    let typed = |s: &str| s.chars().map(Action::Type).collect::<Vec<_>>();
    let paste = |text: &str| Input::Event(Event::Paste(text.into()));
    let pasted = to_actions(&model, &mut view, paste(" 1 5天x7890"));
    assert_eq!(pasted, typed("157"), "digits only, at most three");
    for action in pasted {
        model.update(action);
    }
    let typed_in =
        matches!(&model.overlay, Some(Overlay::CoolingOff { typed, .. }) if typed == "157");
    assert!(typed_in, "{:?}", model.overlay);
    model.overlay = Some(Overlay::SubmitDate(crate::wizard::DateInput::new(
        jiff::civil::date(2026, 11, 2),
        None,
        false,
    )));
    let pasted = to_actions(&model, &mut view, paste(" 2026-11-01\n"));
    assert_eq!(pasted, typed("2026-11-01"), "a paste never confirms");
}

#[test]
fn evidence_is_hashed_or_its_error_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shot.png");
    std::fs::write(&file, b"abc").unwrap();
    let evidence = record_evidence(&file, Lang::Zh).unwrap();
    assert_eq!(
        evidence.sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let missing = record_evidence(&dir.path().join("gone.png"), Lang::Zh).unwrap_err();
    assert!(missing.starts_with("证据文件 \""), "{missing}");
    assert!(missing.contains("gone.png\" 不存在"), "{missing}");
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
    assert_eq!(as_burst(burst), vec![Input::Burst("x q".into())]);
    let two = vec![key('x'), key('c')];
    assert_eq!(
        as_burst(two),
        vec![Input::Burst("xc".into())],
        "no one types two at once"
    );
    let one = vec![key('j')];
    assert_eq!(
        as_burst(one),
        vec![Input::Event(key('j'))],
        "a key pressed is a key"
    );
    let mixed = vec![key('a'), Event::Resize(80, 24), key('b'), key('c')];
    assert_eq!(
        as_burst(mixed),
        vec![
            Input::Burst("a".into()),
            Input::Event(Event::Resize(80, 24)),
            Input::Burst("bc".into()),
        ],
        "every event keeps its place"
    );
}

/// The events of `text` typed in one write, as `tmux send-keys 7 Enter` sends them.
fn typed_at_once(text: &str) -> Vec<Input> {
    let enter = || {
        Event::Key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Enter,
            ratatui::crossterm::event::KeyModifiers::NONE,
        ))
    };
    as_burst(
        text.chars()
            .map(|c| if c == '\r' { enter() } else { key(c) })
            .collect(),
    )
}

#[test]
fn a_value_and_enter_typed_at_once_are_recorded_in_the_dialogs_and_ignored_on_a_screen() {
    let session = Session::new(Lang::En);
    let checklist = Checklist::builtin().unwrap();
    let now = "2026-11-28T02:00:00Z".parse().unwrap();
    let mut model = Model::new(checklist, session, now, TZ_UTC);
    model.update(Action::Resize(100, 30));
    let mut view = View::new();
    let mut send = |model: &mut Model, text: &str| {
        for input in typed_at_once(text) {
            for input in as_keys(model, input) {
                for action in to_actions(model, &mut view, input) {
                    model.update(action);
                }
            }
        }
    };
    send(&mut model, "客服\r");
    let welcome = crate::wizard::Screen::Welcome;
    assert_eq!(
        model.screen, welcome,
        "pasted text on a screen does nothing"
    );
    model.update(Action::Confirm);
    let today = jiff::civil::date(2026, 11, 28);
    let dialog = crate::wizard::DateInput::new(today, None, false);
    model.overlay = Some(Overlay::SubmitDate(dialog));
    send(&mut model, "2026-11-25\r");
    assert_eq!(model.overlay, None, "Enter closed the date window");
    let submitted = model.session.review.map(|r| r.submitted_on.0);
    assert_eq!(submitted, Some(jiff::civil::date(2026, 11, 25)));
    model.overlay = Some(Overlay::CoolingOff {
        typed: String::new(),
        too_many: false,
    });
    send(&mut model, "7\r");
    assert_eq!(model.overlay, None, "Enter closed the cooling-off window");
    let days = model.session.review.and_then(|r| r.cooling_off_days);
    assert_eq!(days, Some(7));
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
    let format = text
        .chars()
        .any(|c| matches!(c as u32, 0x200b..=0x200f | 0x202a..=0x202e | 0x2066..=0x2069 | 0xfeff));
    bytes_ok && !c1 && !format
}

#[test]
fn a_save_failure_shown_in_the_footer_carries_nothing_a_terminal_acts_on() {
    let path = std::path::PathBuf::from("/tmp/x\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}/session.toml");
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

#[test]
fn a_restored_backup_takes_the_language_chosen_in_this_run_and_saves_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut session = Session::new(Lang::Zh);
    session.welcomed = true;
    store.save(&session).unwrap();
    store.save(&session).unwrap();
    std::fs::write(store.session_path(), "x = [").unwrap();
    assert_eq!(saver::restore(&mut store, None).unwrap().lang, Lang::Zh);
    std::fs::write(store.session_path(), "x = [").unwrap();
    let restored = saver::restore(&mut store, Some(Lang::En)).unwrap();
    assert_eq!(restored.lang, Lang::En);
    drop(store);
    let saved = Store::open(dir.path()).unwrap().load().unwrap().unwrap();
    assert_eq!(saved.lang, Lang::En, "and saved");
}
