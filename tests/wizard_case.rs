//! The case file in the wizard, driven through actions over the small fixture checklist:
//! adding each kind of event with the form, the form's text input (CJK, paste), the privacy
//! check's three choices, evidence hashed by the event loop, removal with a question and `u`,
//! and `n` notes shown in the item's detail.

use jiff::Timestamp;
use jiff::civil::date;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use xhs_cancel::keymap;
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Channel, Draft, Evidence, Kind};
use xhs_cancel::ui;
use xhs_cancel::wizard::{
    Action, Edit, Effect, EventForm, Field, FormProblem, Model, Overlay, Screen,
};

mod common;

use common::{draw, go_to, minimal as checklist, welcomed};

/// 2026-11-02 10:00 in UTC+8.
fn now() -> Timestamp {
    common::at("2026-11-02T02:00:00Z")
}

fn model_with(session: Session) -> Model {
    common::model_with(checklist(), session, now(), (100, 30))
}

fn model() -> Model {
    model_with(welcomed(Lang::En))
}

fn form(model: &Model) -> &EventForm {
    match &model.overlay {
        Some(Overlay::EventForm(form)) => form,
        other => panic!("no form: {other:?}"),
    }
}

fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        model.update(Action::Type(c));
    }
}

/// Tabs until `field` has the focus.
fn focus(model: &mut Model, field: Field) {
    for _ in 0..8 {
        if form(model).focus == field {
            return;
        }
        model.update(Action::Field(1));
    }
    panic!("{field:?} is not in the form");
}

fn open_form(model: &mut Model) {
    model.update(Action::CaseFile);
    assert_eq!(model.screen, Screen::Timeline);
    model.update(Action::AddEvent);
    form(model);
}

/// A model with one note event per text, added through the form a minute apart.
fn with_notes(notes: &[&str]) -> Model {
    let mut model = model();
    for note in notes {
        model.now += jiff::SignedDuration::from_secs(60);
        open_form(&mut model);
        model.update(Action::Type('n'));
        focus(&mut model, Field::Note);
        type_text(&mut model, note);
        assert_eq!(model.update(Action::Confirm), Effect::Save);
        model.update(Action::CaseFile);
    }
    model
}

#[test]
fn every_kind_is_added_from_the_form_dated_today() {
    for (letter, kind) in xhs_cancel::wizard::KIND_KEYS {
        let mut model = model();
        open_form(&mut model);
        model.update(Action::Type(letter));
        assert_eq!(form(&model).kind, kind, "{letter}");
        assert_eq!(model.update(Action::Confirm), Effect::Save, "{kind:?}");
        assert_eq!(model.overlay, None);
        let event = model.session.timeline.last().expect("added");
        assert_eq!((event.kind, event.on.0), (kind, date(2026, 11, 2)));
        assert_eq!(event.to.is_some(), kind == Kind::Complaint, "{kind:?}");
    }
}

#[test]
fn a_contact_keeps_via_and_ticket_and_a_complaint_its_channel() {
    let mut model = model();
    open_form(&mut model);
    model.update(Action::Type('c'));
    focus(&mut model, Field::Via);
    type_text(&mut model, "在线客服");
    model.update(Action::Field(1));
    type_text(&mut model, "T-42");
    model.update(Action::Confirm);
    let event = model.session.timeline.last().unwrap();
    assert_eq!(
        (event.via.as_str(), event.reference.as_str()),
        ("在线客服", "T-42")
    );
    model.update(Action::CaseFile);
    open_form(&mut model);
    model.update(Action::Edit(Edit::Right));
    model.update(Action::Edit(Edit::Right));
    assert_eq!(
        form(&model).kind,
        Kind::Complaint,
        "Right steps through the kinds"
    );
    assert!(!form(&model).fields().contains(&Field::Via));
    focus(&mut model, Field::Channel);
    model.update(Action::Edit(Edit::Right));
    focus(&mut model, Field::Reference);
    type_text(&mut model, "SL2026110200123");
    assert!(draw(&model).contains("受理编号") || draw(&model).contains("Reference"));
    model.update(Action::Confirm);
    let event = model.session.timeline.last().unwrap();
    assert_eq!(event.to, Some(Channel::Report12321));
    assert_eq!(event.reference, "SL2026110200123", "12321's number is kept");
    assert!(event.via.is_empty());
}

#[test]
fn the_date_field_moves_by_days_takes_typed_dates_and_refuses_the_future() {
    let mut model = model();
    open_form(&mut model);
    focus(&mut model, Field::Date);
    model.update(Action::Edit(Edit::Left));
    model.update(Action::Confirm);
    assert_eq!(model.session.timeline[0].on.0, date(2026, 11, 1));
    model.update(Action::CaseFile);
    open_form(&mut model);
    focus(&mut model, Field::Date);
    type_text(&mut model, "2026-11-03");
    assert_eq!(model.update(Action::Confirm), Effect::None);
    assert!(matches!(form(&model).problem, Some(FormProblem::Date(_))));
    assert_eq!(model.session.timeline.len(), 1, "nothing added");
    for _ in 0..2 {
        model.update(Action::Edit(Edit::Backspace));
    }
    type_text(&mut model, "01");
    model.update(Action::Confirm);
    assert_eq!(model.session.timeline[1].on.0, date(2026, 11, 1));
}

#[test]
fn text_fields_edit_around_cjk_and_take_pastes_whole() {
    let mut model = model();
    open_form(&mut model);
    focus(&mut model, Field::Note);
    type_text(&mut model, "客服说");
    model.update(Action::Edit(Edit::Left));
    model.update(Action::Type('x'));
    let note = &form(&model).note;
    assert_eq!(note.value(), "客服x说");
    assert_eq!(note.visual_cursor(), 5, "two columns per CJK character");
    model.update(Action::Edit(Edit::End));
    model.update(Action::Paste("：七个\n工作日".into()));
    assert_eq!(form(&model).note.value(), "客服x说：七个 工作日");
    model.update(Action::Edit(Edit::Home));
    model.update(Action::Edit(Edit::Delete));
    model.update(Action::Edit(Edit::End));
    model.update(Action::Edit(Edit::Backspace));
    assert_eq!(form(&model).note.value(), "服x说：七个 工作");
}

#[test]
fn keys_in_the_form_type_text_instead_of_acting() {
    let mut model = model();
    open_form(&mut model);
    focus(&mut model, Field::Note);
    let press = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    for c in ['q', 'u', 'f', '?', 'd'] {
        let action = keymap::action_for(ui::context(&model), press(c));
        assert_eq!(action, Some(Action::Type(c)));
        model.update(action.unwrap());
    }
    assert_eq!(form(&model).note.value(), "quf?d");
}

#[test]
fn esc_asks_before_throwing_typed_text_away() {
    let mut model = model();
    open_form(&mut model);
    model.update(Action::Back);
    assert_eq!(model.overlay, None, "an empty form just closes");
    model.update(Action::AddEvent);
    focus(&mut model, Field::Note);
    type_text(&mut model, "x");
    model.update(Action::Back);
    assert!(matches!(model.overlay, Some(Overlay::DiscardForm(_))));
    model.update(Action::Confirm);
    assert_eq!(form(&model).note.value(), "x", "Enter keeps editing");
    model.update(Action::Back);
    model.update(Action::Discard);
    assert_eq!(model.overlay, None);
    assert!(model.session.timeline.is_empty());
}

#[test]
fn ctrl_c_in_a_form_with_text_asks_first_and_quits_from_the_question() {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let mut model = model();
    open_form(&mut model);
    let quit = |m: &mut Model| m.update(keymap::action_for(ui::context(m), ctrl_c).unwrap());
    assert_eq!(
        quit(&mut model),
        Effect::Quit,
        "an empty form loses nothing"
    );
    focus(&mut model, Field::Note);
    type_text(&mut model, "客服说");
    assert_eq!(quit(&mut model), Effect::None);
    assert!(matches!(model.overlay, Some(Overlay::DiscardForm(_))));
    model.update(Action::Back);
    assert_eq!(
        form(&model).note.value(),
        "客服说",
        "nothing was thrown away"
    );
    quit(&mut model);
    assert_eq!(
        quit(&mut model),
        Effect::Quit,
        "Ctrl-C in the question quits"
    );
}

fn privacy_form() -> Model {
    let mut model = model();
    open_form(&mut model);
    model.update(Action::Type('n'));
    focus(&mut model, Field::Note);
    type_text(&mut model, "验证码 123456 打 13812345678");
    assert_eq!(model.update(Action::Confirm), Effect::None);
    match &model.overlay {
        Some(Overlay::Privacy { found, .. }) => {
            let labels: Vec<_> = found.iter().map(|k| k.label(Lang::En)).collect();
            assert_eq!(labels, ["a verification code", "a mobile number"]);
        }
        other => panic!("no privacy check: {other:?}"),
    }
    assert!(model.session.timeline.is_empty(), "nothing added yet");
    model
}

#[test]
fn the_privacy_check_keeps_masks_or_goes_back_to_edit() {
    let mut model = privacy_form();
    assert_eq!(model.update(Action::Keep), Effect::Save);
    assert_eq!(
        model.session.timeline[0].note,
        "验证码 123456 打 13812345678"
    );
    let mut model = privacy_form();
    assert_eq!(model.update(Action::Mask), Effect::Save);
    assert_eq!(
        model.session.timeline[0].note,
        "验证码 ****** 打 ***********"
    );
    for edit in [Action::Back, Action::Confirm] {
        let mut model = privacy_form();
        assert_eq!(model.update(edit), Effect::None);
        assert!(form(&model).note.value().contains("123456"));
        assert!(model.session.timeline.is_empty());
    }
}

#[test]
fn evidence_is_hashed_by_the_event_loop_and_its_failure_shown_in_the_form() {
    let mut model = model();
    open_form(&mut model);
    focus(&mut model, Field::Evidence);
    type_text(&mut model, " shot.png ");
    let effect = model.update(Action::Confirm);
    assert_eq!(effect, Effect::RecordEvidence("shot.png".into()));
    assert_eq!(model.update(Action::Type('z')), Effect::None, "keys wait");
    model.update(Action::EvidenceRecorded(Err("missing".into())));
    assert_eq!(
        form(&model).problem,
        Some(FormProblem::Evidence("missing".into()))
    );
    assert!(model.session.timeline.is_empty());
    model.update(Action::Confirm);
    let evidence = Evidence {
        path: "/home/a/shot.png".into(),
        size: 3,
        modified: None,
        sha256: "a".repeat(64),
    };
    let effect = model.update(Action::EvidenceRecorded(Ok(evidence.clone())));
    assert_eq!(effect, Effect::Save);
    assert_eq!(model.session.timeline[0].evidence, [evidence]);
    assert!(draw(&model).contains("shot.png  3 bytes  SHA-256"));
    model.session.lang = Lang::Zh;
    assert!(draw(&model).contains("shot.png  3 字节  SHA-256"));
    model.session.lang = Lang::En;
    model.session.timeline[0].evidence[0].size = 1;
    assert!(draw(&model).contains("shot.png  1 byte  SHA-256"));
}

#[test]
fn a_note_too_long_is_refused_in_the_person_s_language() {
    let mut model = model_with(welcomed(Lang::Zh));
    open_form(&mut model);
    focus(&mut model, Field::Note);
    model.update(Action::Paste("长".repeat(5000)));
    let undo = model.undo_depth();
    assert_eq!(model.update(Action::Confirm), Effect::None);
    assert_eq!(
        model.undo_depth(),
        undo,
        "nothing changed: nothing for u to take back"
    );
    let screen = draw(&model);
    assert!(
        screen.contains("无法保存：备注有 5000 个字，最多 2000"),
        "{screen}"
    );
    assert!(!screen.contains("characters"), "{screen}");
}

#[test]
fn removing_an_event_asks_first_and_u_brings_it_back() {
    let mut model = with_notes(&["first", "second"]);
    model.update(Action::CaseFile);
    model.update(Action::Top);
    model.update(Action::RemoveEvent);
    assert!(matches!(model.overlay, Some(Overlay::RemoveEvent { .. })));
    for keep in [Action::Back, Action::Confirm] {
        assert_eq!(model.update(keep), Effect::None);
        assert_eq!(model.session.timeline.len(), 2);
        model.update(Action::RemoveEvent);
    }
    assert_eq!(model.update(Action::RemoveEvent), Effect::Save);
    let left: Vec<_> = model
        .session
        .timeline
        .iter()
        .map(|e| e.note.as_str())
        .collect();
    assert_eq!(left, ["first"], "the newest, shown first, went");
    assert_eq!(model.update(Action::Undo), Effect::Save);
    assert_eq!(model.session.timeline.len(), 2);
    model.update(Action::Undo);
    model.update(Action::Undo);
    assert!(
        model.session.timeline.is_empty(),
        "the additions are undone too"
    );
}

#[test]
fn a_new_event_after_an_undo_gets_a_new_id() {
    let mut model = with_notes(&["first"]);
    let first = model.session.timeline[0].id;
    model.update(Action::Undo);
    let draft = Draft::new(Kind::Note, date(2026, 11, 2));
    let id = model
        .session
        .add_event(draft, now(), &common::utc8())
        .unwrap();
    assert!(id > first, "{id} after {first}");
}

#[test]
fn confirmations_are_not_removed_from_the_timeline() {
    let mut model = model();
    model.update(Action::Jump(1));
    model.update(Action::Toggle);
    model.update(Action::CaseFile);
    assert_eq!(model.timeline().len(), 1);
    assert_eq!(model.update(Action::RemoveEvent), Effect::None);
    assert_eq!(model.overlay, None);
    assert!(
        model
            .notice
            .as_deref()
            .unwrap()
            .contains("uncheck them on their stage")
    );
    assert!(!model.session.confirmed.is_empty());
}

#[test]
fn the_timeline_scrolls_and_esc_or_f_returns() {
    let mut model = with_notes(&["a", "b", "c", "d", "e"]);
    model.update(Action::Jump(1));
    model.update(Action::CaseFile);
    model.update(Action::Bottom);
    assert_eq!(model.case.selected, 4);
    model.update(Action::Up);
    assert_eq!(model.case.selected, 3);
    model.update(Action::Top);
    assert_eq!(model.case.selected, 0);
    model.update(Action::Back);
    assert_eq!(
        model.screen,
        Screen::Stage(xhs_cancel::checklist::StageId::Preparation)
    );
    model.update(Action::CaseFile);
    model.update(Action::CaseFile);
    assert!(matches!(model.screen, Screen::Stage(_)));
}

#[test]
fn n_adds_a_note_on_the_item_and_its_detail_shows_it() {
    let mut model = model();
    model.update(Action::Jump(1));
    go_to(&mut model, "backup");
    model.update(Action::NoteItem);
    assert_eq!(form(&model).item.as_deref(), Some("preparation/backup"));
    assert_eq!(form(&model).focus, Field::Note);
    assert!(!form(&model).fields().contains(&Field::Kind));
    type_text(&mut model, "备份在移动硬盘");
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    let notes: Vec<_> = model.session.notes_on("preparation", "backup").collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].kind, Kind::Note);
    let screen = draw(&model);
    assert!(screen.contains("备份在移动硬盘"), "{screen}");
    assert!(screen.contains("2026-11-02"), "{screen}");
}

/// The deletion stage's submit step, with its date recorded.
fn on_recorded_submit() -> Model {
    let mut model = model();
    model.update(Action::Jump(2));
    model.update(Action::ContinueAnyway);
    go_to(&mut model, "submit");
    model.update(Action::CoolingOff);
    assert_eq!(model.overlay, None, "no date yet: nothing to ask");
    assert!(
        model
            .notice
            .as_deref()
            .unwrap()
            .contains("submission date first")
    );
    model.update(Action::Toggle);
    model.update(Action::Confirm);
    model
}

#[test]
fn o_on_the_submit_step_records_the_cooling_off_days() {
    let mut model = on_recorded_submit();
    model.update(Action::CoolingOff);
    type_text(&mut model, "4x00");
    assert_eq!(
        model.update(Action::Confirm),
        Effect::None,
        "400 is too many"
    );
    assert!(matches!(
        model.overlay,
        Some(Overlay::CoolingOff { too_many: true, .. })
    ));
    model.update(Action::Erase);
    model.update(Action::Erase);
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    let days = |m: &Model| m.session.review.unwrap().cooling_off_days;
    assert_eq!(days(&model), Some(4));
    assert!(draw(&model).contains("Cooling-off: 4 days"));
    let submitted = model.session.review.unwrap().submitted_on.0;
    let end = submitted.checked_add(jiff::Span::new().days(4)).unwrap();
    let notice = format!("Cooling-off of 4 days recorded, ends {end}");
    assert_eq!(model.notice.as_deref(), Some(notice.as_str()));
    model.update(Action::CoolingOff);
    model.update(Action::Erase);
    model.update(Action::Back);
    assert_eq!(model.overlay, None, "Esc closes the question");
    assert_eq!(days(&model), Some(4), "Esc keeps what was recorded");
    model.update(Action::CoolingOff);
    model.update(Action::Erase);
    model.update(Action::Confirm);
    assert_eq!(days(&model), None, "empty records none");
    model.update(Action::Undo);
    assert_eq!(days(&model), Some(4));
}

#[test]
fn the_submit_step_shows_o_and_f_in_the_footer_and_records_in_chinese() {
    let mut model = on_recorded_submit();
    model.session.lang = Lang::Zh;
    for size in [(80, 24), (60, 16)] {
        model.update(Action::Resize(size.0, size.1));
        let screen = draw(&model);
        let footer = screen.lines().last().unwrap();
        assert!(footer.contains("o 冷静期"), "{size:?}: {footer}");
    }
    // With a change to undo, `u` takes the room `f` had at 80 columns (the footer offers the
    // same keys in both languages, and English needs more room): `f` is there from 100.
    model.update(Action::Resize(100, 30));
    assert!(draw(&model).lines().last().unwrap().contains("f 记录"));
    model.update(Action::Resize(80, 24));
    model.update(Action::Up);
    let footer = draw(&model).lines().last().unwrap().to_string();
    assert!(
        !footer.contains("o 冷静期"),
        "o does nothing here: {footer}"
    );
    model.update(Action::Down);
    model.update(Action::CoolingOff);
    type_text(&mut model, "7");
    model.update(Action::Confirm);
    let notice = model.notice.clone().unwrap();
    assert!(notice.starts_with("已记录冷静期 7 天，到 20"), "{notice}");
    assert!(notice.ends_with(" 结束"), "{notice}");
}

#[test]
fn the_detail_scrolls_with_j_and_k_and_starts_over_on_another_entry() {
    let mut model = with_notes(&["a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl", "short"]);
    model.update(Action::Resize(60, 16));
    model.update(Action::CaseFile);
    model.update(Action::Bottom);
    let mut view = xhs_cancel::ui::View::new();
    let area = ratatui::layout::Rect::new(0, 0, 60, 16);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    view.render(&model, area, &mut buf);
    model.update(Action::Viewport(view.viewport()));
    assert!(view.viewport().detail_overflow > 0);
    for _ in 0..100 {
        model.update(Action::ScrollDetail(1));
    }
    assert_eq!(model.detail_scroll, view.viewport().detail_overflow);
    assert!(draw(&model).contains("│l "), "the last line shows");
    model.update(Action::Up);
    assert_eq!(model.detail_scroll, 0);
}

#[test]
fn the_last_entry_is_reachable_with_confirmations_and_overrides_in_the_timeline() {
    let mut model = with_notes(&["a"]);
    model.update(Action::Jump(1));
    model.update(Action::NextStage);
    model.update(Action::ContinueAnyway);
    model.update(Action::Toggle);
    model.update(Action::CaseFile);
    let len = model.timeline().len();
    assert_eq!(len, 3, "a note, a \"continue anyway\", a confirmation");
    model.update(Action::Bottom);
    assert_eq!(model.case.selected, len - 1);
    model.update(Action::Down);
    assert_eq!(model.case.selected, len - 1);
}

#[test]
fn the_cooling_off_takes_three_digits_at_most_and_366_days_at_most() {
    let mut model = on_recorded_submit();
    model.update(Action::CoolingOff);
    type_text(&mut model, "3660");
    assert!(
        matches!(&model.overlay, Some(Overlay::CoolingOff { typed, .. }) if typed == "366"),
        "{:?}",
        model.overlay
    );
    assert_eq!(
        model.update(Action::Confirm),
        Effect::Save,
        "366 is allowed"
    );
    assert_eq!(model.session.review.unwrap().cooling_off_days, Some(366));
}

#[test]
fn up_and_down_are_offered_on_a_stage_whatever_the_case_file_holds() {
    let mut model = model();
    model.update(Action::Jump(1));
    assert!(model.session.timeline.is_empty());
    assert!(model.offers(&Action::Up) && model.offers(&Action::Down));
    model.update(Action::CaseFile);
    assert!(
        !model.offers(&Action::Down),
        "an empty case file has nothing to move through"
    );
}
