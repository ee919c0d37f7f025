//! Whole-screen snapshots of the case file at 80x24 and 60x16 in both languages: the
//! timeline with events (selected one in the detail), the event form with CJK text, the
//! privacy check and the removal question.

use jiff::Timestamp;
use jiff::civil::date;
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Channel, Draft, Evidence, Kind};
use xhs_cancel::wizard::{Action, Field, Model, Overlay};

mod common;

use common::{at, builtin, draw, model_with, utc8, welcomed};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 16)];

fn now() -> Timestamp {
    at("2026-11-28T02:00:00Z")
}

/// A case: a submission, a contact with a ticket number, a reply with a screenshot, a
/// complaint, recorded a minute apart.
fn session(lang: Lang) -> Session {
    let mut session = welcomed(lang);
    let mut add = |minute: i64, draft: Draft| {
        let when = now() - jiff::SignedDuration::from_secs(3600 - minute * 60);
        session.add_event(draft, when, &utc8()).unwrap();
    };
    add(0, Draft::new(Kind::Submitted, date(2026, 11, 2)));
    add(
        1,
        Draft {
            via: "在线客服".into(),
            reference: "T-20261105-77".into(),
            note: "问审核进度，说七个工作日内回复".into(),
            ..Draft::new(Kind::Contacted, date(2026, 11, 5))
        },
    );
    add(
        2,
        Draft {
            via: "email".into(),
            note: "They said the review is ongoing.\nNo date given.".into(),
            evidence: vec![Evidence {
                path: "/home/a/Pictures/reply.png".into(),
                size: 48_213,
                modified: None,
                sha256: "3f2a9c0e".repeat(8),
            }],
            ..Draft::new(Kind::Reply, date(2026, 11, 12))
        },
    );
    add(
        3,
        Draft {
            to: Some(Channel::Report12321),
            ..Draft::new(Kind::Complaint, date(2026, 11, 27))
        },
    );
    session
}

fn each_screen(name: &str, set_up: impl Fn(&mut Model)) {
    for lang in [Lang::Zh, Lang::En] {
        for size in SIZES {
            let mut model = model_with(builtin(), session(lang), now(), size);
            model.update(Action::CaseFile);
            set_up(&mut model);
            let lang_name = match lang {
                Lang::Zh => "zh",
                Lang::En => "en",
            };
            let snapshot = format!("{name}_{lang_name}_{}x{}", size.0, size.1);
            insta::assert_snapshot!(snapshot, draw(&model));
        }
    }
}

#[test]
fn the_timeline_lists_newest_first_with_the_selected_entry_whole() {
    each_screen("timeline", |m| {
        m.update(Action::Down);
        m.update(Action::Down);
    });
}

#[test]
fn the_event_form_with_cjk_text() {
    each_screen("form", |m| {
        m.update(Action::AddEvent);
        m.update(Action::Field(1));
        m.update(Action::Field(1));
        m.update(Action::Paste("在线客服".into()));
        m.update(Action::Field(1));
        m.update(Action::Field(1));
        m.update(Action::Paste("客服说还要等七个工作日".into()));
        m.update(Action::Edit(xhs_cancel::wizard::Edit::Left));
    });
}

/// On the kind field the status line says how to pick a kind; in Chinese it names the kind
/// of each letter, as the letters come from the English names.
#[test]
fn the_kind_field_says_which_letter_picks_which_kind() {
    each_screen("kind_field", |m| {
        m.update(Action::AddEvent);
        m.update(Action::Type('p'));
    });
}

#[test]
fn the_complaint_form_has_a_reference_field() {
    each_screen("complaint_form", |m| {
        m.update(Action::AddEvent);
        m.update(Action::Type('p'));
        m.update(Action::Field(1));
        m.update(Action::Field(1));
        m.update(Action::Edit(xhs_cancel::wizard::Edit::Right));
        m.update(Action::Field(1));
        m.update(Action::Paste("SL2026110200123".into()));
    });
}

#[test]
fn the_privacy_check_names_what_it_found_and_never_the_text() {
    each_screen("privacy", |m| {
        m.update(Action::AddEvent);
        m.update(Action::Type('n'));
        for _ in 0..2 {
            m.update(Action::Field(1));
        }
        assert!(matches!(&m.overlay, Some(Overlay::EventForm(f)) if f.focus == Field::Note));
        m.update(Action::Paste(
            "密码：hunter22 身份证 11010519491231002X".into(),
        ));
        m.update(Action::Confirm);
    });
}

#[test]
fn removing_asks_first() {
    each_screen("remove", |m| {
        m.update(Action::Down);
        m.update(Action::RemoveEvent);
    });
}

#[test]
fn the_cursor_stands_where_the_text_field_has_it_after_cjk() {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    for size in SIZES {
        let mut model = model_with(builtin(), session(Lang::Zh), now(), size);
        model.update(Action::CaseFile);
        model.update(Action::AddEvent);
        model.update(Action::Type('n'));
        model.update(Action::Field(1));
        model.update(Action::Field(1));
        model.update(Action::Paste("客服说要等七天".into()));
        model.update(Action::Edit(xhs_cancel::wizard::Edit::Left));
        let area = Rect::new(0, 0, size.0, size.1);
        let mut buf = Buffer::empty(area);
        let mut view = xhs_cancel::ui::View::new();
        view.render(&model, area, &mut buf);
        let at = view.cursor().expect("a cursor on the note field");
        assert_eq!(buf[(at.x, at.y)].symbol(), "天", "{size:?}");
        assert_eq!(buf[(at.x - 2, at.y)].symbol(), "七", "{size:?}");
    }
}

#[test]
fn the_cooling_off_question() {
    each_screen("cooling_off", |m| {
        m.update(Action::CaseFile);
        m.update(Action::Jump(2));
        m.update(Action::ContinueAnyway);
        common::go_to(m, "submit");
        m.update(Action::Toggle);
        m.update(Action::Confirm);
        m.update(Action::CoolingOff);
        m.update(Action::Type('7'));
        assert!(matches!(m.overlay, Some(Overlay::CoolingOff { .. })));
    });
}

/// A submission date corrected once, and a troubleshooting step tried: the timeline says what
/// became of the first date, and calls the step tried, not confirmed.
#[test]
fn a_corrected_date_and_a_tried_step_are_named_for_what_they_are() {
    for (lang, corrected, tried) in [
        (
            Lang::Zh,
            "2026-11-27  提交注销申请  （已更正为 2026-11-20）",
            "  已尝试  ",
        ),
        (
            Lang::En,
            "2026-11-27  request submitted  (corrected to 2026-11-20)",
            "  tried  ",
        ),
    ] {
        let mut session = welcomed(lang);
        session.record_submission("submit", date(2026, 11, 27), now());
        session.record_submission("submit", date(2026, 11, 20), now());
        let stamp = xhs_cancel::session::Stamp::new(now());
        (session
            .confirmed
            .entry("troubleshooting".into())
            .or_default())
        .insert("not-eligible".into(), stamp);
        let mut model = model_with(builtin(), session, now(), (100, 30));
        model.update(Action::CaseFile);
        let screen = draw(&model);
        assert!(screen.contains(corrected), "{screen}");
        assert!(screen.contains(tried), "{screen}");
    }
}
