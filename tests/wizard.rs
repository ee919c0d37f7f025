//! The wizard's state machine driven through actions, over the small fixture checklist.

use jiff::Timestamp;
use jiff::civil::date;
use jiff::tz::TimeZone;
use xhs_cancel::checklist::StageId;
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::{Action, Effect, Entry, Model, Overlay, Screen};

mod common;

use common::{cursor_key, go_to, minimal as checklist, model_with, welcomed};

fn now() -> Timestamp {
    common::at("2026-11-02T02:00:00Z")
}

/// A model past the welcome screen, at 100x30.
fn model() -> Model {
    model_with(checklist(), welcomed(Lang::Zh), now(), (100, 30))
}

#[test]
fn first_run_shows_the_welcome_and_enter_continues() {
    let mut model = Model::new(checklist(), Session::new(Lang::Zh), now(), TimeZone::UTC);
    assert_eq!(model.screen, Screen::Welcome);
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    assert_eq!(model.screen, Screen::Stage(StageId::Reasons));
    assert!(model.session.welcomed);
}

#[test]
fn toggling_confirms_with_the_time_and_unconfirms() {
    let mut model = model();
    model.update(Action::Jump(1));
    assert_eq!(model.update(Action::Toggle), Effect::Save);
    assert_eq!(
        model.confirmed_at(StageId::Preparation, "backup"),
        Some(now())
    );
    model.update(Action::Toggle);
    assert!(!model.is_confirmed(StageId::Preparation, "backup"));
}

#[test]
fn enter_toggles_and_moves_to_the_next_item() {
    let mut model = model();
    model.update(Action::Jump(1));
    model.update(Action::ConfirmNext);
    assert!(model.is_confirmed(StageId::Preparation, "backup"));
    assert_eq!(cursor_key(&model), "close-pro");
}

#[test]
fn leaving_preparation_with_required_items_open_asks_first() {
    let mut model = model();
    model.update(Action::Jump(1));
    assert_eq!(model.update(Action::NextStage), Effect::None);
    let Some(Overlay::Gate { open, .. }) = &model.overlay else {
        panic!("no gate: {:?}", model.overlay)
    };
    assert_eq!(open, &["backup".to_string(), "close-pro".to_string()]);
    assert_eq!(model.update(Action::Back), Effect::None, "Esc stays");
    assert_eq!(model.screen, Screen::Stage(StageId::Preparation));
    assert!(model.session.overrides.is_empty());
}

#[test]
fn continue_anyway_is_recorded_with_its_time_and_what_was_open() {
    let mut model = model();
    model.update(Action::Jump(1));
    model.update(Action::NextStage);
    assert_eq!(model.update(Action::ContinueAnyway), Effect::Save);
    assert_eq!(model.screen, Screen::Stage(StageId::Deletion));
    let recorded = &model.session.overrides[0];
    assert_eq!(
        (recorded.stage.as_str(), recorded.at.0),
        ("preparation", now())
    );
    assert_eq!(recorded.open, ["backup", "close-pro"]);
}

#[test]
fn jumping_over_preparation_is_gated_too_and_moving_back_never_is() {
    let mut model = model();
    model.update(Action::Jump(3));
    assert!(matches!(model.overlay, Some(Overlay::Gate { .. })));
    model.update(Action::Back);
    model.update(Action::Jump(1));
    model.update(Action::PrevStage);
    assert_eq!(model.screen, Screen::Stage(StageId::Reasons));
    assert!(model.overlay.is_none());
}

#[test]
fn confirmed_required_items_open_the_gate() {
    let mut model = model();
    model.update(Action::Jump(1));
    go_to(&mut model, "backup");
    model.update(Action::Toggle);
    go_to(&mut model, "close-pro");
    model.update(Action::Toggle);
    model.update(Action::NextStage);
    assert!(model.overlay.is_none());
    assert_eq!(model.screen, Screen::Stage(StageId::Deletion));
}

#[test]
fn an_answer_hides_items_whose_condition_fails_and_they_stop_gating() {
    let mut model = model();
    go_to(&mut model, "account-type/personal");
    model.update(Action::Toggle);
    assert_eq!(model.session.answers["account-type"], ["personal"]);
    let keys: Vec<String> = model
        .entries(StageId::Preparation)
        .iter()
        .map(Entry::key)
        .collect();
    assert_eq!(keys, ["backup", "optional-tip"]);
    assert_eq!(model.open_required(), ["backup"]);
    go_to(&mut model, "account-type/pro");
    model.update(Action::Toggle);
    assert_eq!(
        model.session.answers["account-type"],
        ["pro"],
        "single choice: the new answer replaces the old"
    );
    assert_eq!(model.entries(StageId::Preparation).len(), 3);
}

#[test]
fn troubleshooting_opens_from_anywhere_and_returns() {
    let mut model = model();
    model.update(Action::Jump(2));
    model.update(Action::ContinueAnyway);
    model.update(Action::Troubleshoot);
    assert_eq!(model.screen, Screen::Stage(StageId::Troubleshooting));
    model.update(Action::Troubleshoot);
    assert_eq!(model.screen, Screen::Stage(StageId::Deletion));
    model.update(Action::Troubleshoot);
    model.update(Action::Back);
    assert_eq!(
        model.screen,
        Screen::Stage(StageId::Deletion),
        "Esc returns as well"
    );
    assert_eq!(
        model.update(Action::Back),
        Effect::None,
        "Esc elsewhere does nothing: it never quits"
    );
    assert_eq!(model.screen, Screen::Stage(StageId::Deletion));
}

#[test]
fn the_language_switches_live_and_is_saved() {
    let mut model = model();
    assert_eq!(model.update(Action::SwitchLang), Effect::Save);
    assert_eq!(model.lang(), Lang::En);
    assert_eq!(model.session.lang, Lang::En);
}

#[test]
fn confirming_the_submit_step_starts_the_review_clock() {
    let mut model = model();
    model.update(Action::Jump(2));
    model.update(Action::ContinueAnyway);
    go_to(&mut model, "submit");
    model.update(Action::Toggle);
    assert!(
        matches!(model.overlay, Some(Overlay::SubmitDate(_))),
        "the date is asked first"
    );
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    let clock = model.review_clock().expect("the clock runs");
    assert_eq!(clock.submitted_on, date(2026, 11, 2));
    assert_eq!(clock.working_days, 0);
    model.update(Action::Toggle);
    let Some(Overlay::SubmitDate(input)) = &model.overlay else {
        panic!("{:?}", model.overlay);
    };
    assert_eq!(input.recorded, Some(date(2026, 11, 2)), "shows the date");
    model.update(Action::Back);
    assert!(model.review_clock().is_some());
    model.update(Action::Toggle);
    assert_eq!(model.update(Action::ClearSubmission), Effect::Save);
    assert!(model.review_clock().is_none());
    assert!(!model.is_confirmed(StageId::Deletion, "submit"));
}

#[test]
fn past_fifteen_working_days_the_review_is_overdue() {
    let mut model = model();
    model.update(Action::Jump(2));
    model.update(Action::ContinueAnyway);
    go_to(&mut model, "submit");
    model.update(Action::Toggle);
    model.update(Action::Confirm);
    model.now = "2026-11-23T02:00:00Z".parse().unwrap();
    assert!(
        !model.overdue(),
        "2026-11-23 is the 15th working day: still inside the limit"
    );
    model.now = "2026-11-24T02:00:00Z".parse().unwrap();
    assert!(model.overdue());
}

/// Confirms every item of the reasons and preparation stages, ending on preparation.
fn confirm_reasons_and_preparation(model: &mut Model) {
    for key in ["privacy", "account-type/personal"] {
        go_to(model, key);
        model.update(Action::Toggle);
    }
    model.update(Action::Jump(1));
    for key in ["backup", "optional-tip"] {
        go_to(model, key);
        model.update(Action::Toggle);
    }
}

#[test]
fn the_summary_appears_once_every_stage_is_done() {
    let mut model = model();
    confirm_reasons_and_preparation(&mut model);
    model.update(Action::NextStage);
    for key in ["open-settings", "submit"] {
        go_to(&mut model, key);
        model.update(Action::Toggle);
    }
    model.update(Action::Confirm);
    model.update(Action::NextStage);
    assert!(!model.all_done());
    model.update(Action::Toggle);
    assert!(model.all_done());
    assert_eq!(model.screen, Screen::Summary);
    assert_eq!(model.update(Action::Export), Effect::Export);
    model.update(Action::Back);
    assert_eq!(model.screen, Screen::Stage(StageId::Troubleshooting));
}

#[test]
fn next_stage_from_the_last_stage_shows_the_summary() {
    let mut model = model();
    model.update(Action::Jump(4));
    model.update(Action::ContinueAnyway);
    model.update(Action::NextStage);
    assert_eq!(model.screen, Screen::Summary);
}

#[test]
fn help_opens_and_esc_closes_it_first() {
    let mut model = model();
    model.update(Action::Help);
    assert_eq!(model.overlay, Some(Overlay::Help { scroll: 0 }));
    assert_eq!(model.update(Action::Back), Effect::None);
    assert!(model.overlay.is_none());
    assert_eq!(model.update(Action::Quit), Effect::Quit);
}

#[test]
fn a_tiny_terminal_only_quits() {
    let mut model = model();
    model.update(Action::Resize(40, 10));
    assert_eq!(model.update(Action::Toggle), Effect::None);
    assert!(model.session.confirmed.is_empty());
    assert_eq!(model.update(Action::Back), Effect::None);
    assert_eq!(model.update(Action::Quit), Effect::Quit);
}

#[test]
fn redraw_and_suspend_leave_the_model_as_it_was_even_when_tiny() {
    let mut model = model();
    model.update(Action::Help);
    assert_eq!(model.update(Action::Redraw), Effect::Redraw);
    assert_eq!(model.update(Action::Suspend), Effect::Suspend);
    assert_eq!(model.overlay, Some(Overlay::Help { scroll: 0 }));
    model.update(Action::Resize(40, 10));
    assert_eq!(model.update(Action::Redraw), Effect::Redraw);
}

#[test]
fn the_cursor_is_saved_as_an_id_and_restored() {
    let mut model = model();
    model.update(Action::Jump(1));
    go_to(&mut model, "optional-tip");
    let session = model.session.clone();
    assert_eq!(session.cursor["preparation"], "optional-tip");
    let again = Model::new(checklist(), session, now(), TimeZone::UTC);
    assert_eq!(again.screen, Screen::Stage(StageId::Preparation));
    assert_eq!(cursor_key(&again), "optional-tip");
}

#[test]
fn ids_the_checklists_lost_are_kept_and_new_items_are_announced() {
    let mut session = Session::new(Lang::En);
    session.welcomed = true;
    let stamp = xhs_cancel::session::Stamp::new(now());
    session
        .confirmed
        .entry("preparation".into())
        .or_default()
        .insert("gone-item".into(), stamp);
    session.seen = ["backup".to_string()].into();
    let mut model = Model::new(checklist(), session, now(), TimeZone::UTC);
    assert!(
        model
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("9 new items")),
        "{:?}",
        model.notice
    );
    model.update(Action::Jump(1));
    model.update(Action::Toggle);
    assert!(model.session.confirmed["preparation"].contains_key("gone-item"));
    assert!(model.session.seen.contains("submit"));
}

#[test]
fn a_mouse_click_selects_and_a_click_on_the_mark_toggles() {
    let mut model = model();
    model.update(Action::Jump(1));
    let areas = xhs_cancel::layout::areas(&model);
    let rows = xhs_cancel::layout::list_rows(&model, areas.list.width);
    let third = rows
        .iter()
        .position(|r| {
            matches!(
                r.kind,
                xhs_cancel::layout::RowKind::Entry {
                    index: 2,
                    first: true,
                    ..
                }
            )
        })
        .expect("a third entry");
    let row = areas.list.y + third as u16;
    let mut view = xhs_cancel::ui::View::new();
    let mut click = |model: &mut Model, column| {
        let action = view.click(model, column, row).expect("a click on an entry");
        model.update(action);
    };
    click(&mut model, areas.list.x + 10);
    assert_eq!(cursor_key(&model), "optional-tip");
    assert!(!model.is_confirmed(StageId::Preparation, "optional-tip"));
    click(&mut model, areas.list.x + 3);
    assert!(model.is_confirmed(StageId::Preparation, "optional-tip"));
    let header = view.click(&model, areas.list.x + 3, 0);
    assert_eq!(header, None, "a click outside the list picks nothing");
}

#[test]
fn the_wheel_moves_the_cursor_over_the_list_and_scrolls_over_the_detail() {
    let mut model = model();
    model.update(Action::Jump(1));
    let areas = xhs_cancel::layout::areas(&model);
    let mut view = xhs_cancel::ui::View::new();
    let (list, detail) = (areas.list, areas.detail);
    assert_eq!(view.wheel(&model, list.x, list.y, true), Some(Action::Down));
    assert_eq!(view.wheel(&model, list.x, list.y, false), Some(Action::Up));
    let scroll = view.wheel(&model, detail.x + 1, detail.y + 1, true);
    assert_eq!(scroll, Some(Action::ScrollDetail(3)));
    model.update(Action::Help);
    assert_eq!(
        view.wheel(&model, list.x, list.y, true),
        None,
        "not over a dialog"
    );
}

#[test]
fn page_keys_and_detail_scrolling_follow_the_viewport_the_view_drew() {
    let mut model = model();
    model.update(Action::Jump(1));
    let mut view = xhs_cancel::ui::View::new();
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    view.render(&model, area, &mut ratatui::buffer::Buffer::empty(area));
    let viewport = view.viewport();
    assert_eq!(
        viewport.list_rows,
        xhs_cancel::layout::areas(&model).list.height
    );
    model.update(Action::Viewport(xhs_cancel::wizard::Viewport {
        list_rows: 2,
        detail_overflow: 2,
    }));
    model.update(Action::PageDown);
    assert_eq!(
        model.cursor(StageId::Preparation),
        1,
        "a page is the rows less one"
    );
    model.update(Action::PageUp);
    assert_eq!(model.cursor(StageId::Preparation), 0, "and a page back");
    for _ in 0..5 {
        model.update(Action::ScrollDetail(1));
    }
    assert_eq!(
        model.detail_scroll, 2,
        "the detail stops where its end shows"
    );
}

#[test]
fn an_unreadable_session_offers_restore_fresh_or_quit() {
    let recover = || {
        let mut m = model();
        m.overlay = Some(Overlay::Recover {
            problem: "session.toml:1:1: the file is empty".into(),
            backup: true,
            failed: None,
        });
        m
    };
    let mut m = recover();
    assert_eq!(
        m.update(Action::Toggle),
        Effect::None,
        "nothing else happens meanwhile"
    );
    assert_eq!(m.update(Action::Restore), Effect::RestoreBackup(None));
    assert!(
        m.overlay.is_some(),
        "the dialog stays until the restore is known to have worked"
    );
    let mut m = recover();
    m.lang_chosen = true;
    assert_eq!(
        m.update(Action::Restore),
        Effect::RestoreBackup(Some(Lang::Zh)),
        "--lang given: the backup takes it"
    );
    let mut m = recover();
    m.update(Action::SwitchLang);
    assert_eq!(
        m.update(Action::Restore),
        Effect::RestoreBackup(Some(Lang::En)),
        "L pressed in the dialog: the backup takes it"
    );
    let mut m = recover();
    assert_eq!(m.update(Action::Fresh), Effect::StartFresh);
    let mut m = recover();
    for safe in [Action::Back, Action::Confirm, Action::ConfirmNext] {
        assert_eq!(
            m.update(safe.clone()),
            Effect::None,
            "{safe:?} changes nothing"
        );
    }
    assert_eq!(m.update(Action::Quit), Effect::Quit);
    let mut m = model();
    m.overlay = Some(Overlay::Recover {
        problem: "x".into(),
        backup: false,
        failed: None,
    });
    assert_eq!(
        m.update(Action::Restore),
        Effect::None,
        "no backup, nothing to restore"
    );
}

#[test]
fn the_gate_s_list_scrolls_down_and_back_up() {
    let mut model = model();
    model.update(Action::Jump(1));
    model.update(Action::NextStage);
    let scroll = |model: &Model| match &model.overlay {
        Some(Overlay::Gate { scroll, .. }) => *scroll,
        other => panic!("no gate: {other:?}"),
    };
    model.update(Action::Down);
    assert_eq!(scroll(&model), 1);
    model.update(Action::Up);
    assert_eq!(scroll(&model), 0, "Up goes back");
}

#[test]
fn esc_in_the_date_window_closes_it_and_records_nothing() {
    let mut model = model();
    model.update(Action::Jump(2));
    model.update(Action::ContinueAnyway);
    go_to(&mut model, "submit");
    model.update(Action::Toggle);
    assert!(matches!(model.overlay, Some(Overlay::SubmitDate(_))));
    assert_eq!(model.update(Action::Back), Effect::None);
    assert_eq!(model.overlay, None, "Esc closed the window");
    assert_eq!(model.session.review, None, "and recorded nothing");
}

#[test]
fn recording_the_date_as_the_last_open_step_shows_the_summary() {
    let mut model = model();
    confirm_reasons_and_preparation(&mut model);
    model.update(Action::Jump(3));
    model.update(Action::Toggle);
    model.update(Action::Jump(2));
    go_to(&mut model, "open-settings");
    model.update(Action::Toggle);
    go_to(&mut model, "submit");
    model.update(Action::Toggle);
    assert!(!model.all_done(), "only the date is left");
    model.update(Action::Confirm);
    assert!(model.all_done());
    assert_eq!(model.screen, Screen::Summary);
}

#[test]
fn the_welcome_takes_l_help_and_export() {
    let mut m = model_with(checklist(), Session::new(Lang::Zh), now(), (100, 30));
    assert_eq!(m.screen, Screen::Welcome);
    m.update(Action::SwitchLang);
    assert_eq!(m.lang(), Lang::En);
    assert_eq!(m.update(Action::Export), Effect::Export);
    m.update(Action::Help);
    assert_eq!(m.overlay, Some(Overlay::Help { scroll: 0 }));
    assert_eq!(m.screen, Screen::Welcome, "still the welcome under help");
}

#[test]
fn the_summary_takes_its_reminders_export_and_troubleshooting_keys() {
    let mut m = model();
    m.screen = Screen::Summary;
    assert_eq!(m.update(Action::Remind), Effect::Remind);
    assert_eq!(m.update(Action::Export), Effect::Export);
    m.update(Action::Troubleshoot);
    assert_eq!(m.screen, Screen::Stage(StageId::Troubleshooting));
    m.update(Action::Troubleshoot);
    assert_eq!(m.screen, Screen::Summary, "t again goes back");
}

#[test]
fn the_summary_takes_the_keys_every_screen_has() {
    let mut m = model();
    m.update(Action::Toggle);
    m.screen = Screen::Summary;
    assert_eq!(m.update(Action::Save), Effect::Save);
    m.update(Action::SwitchLang);
    assert_eq!(m.lang(), Lang::En);
    m.update(Action::Help);
    assert_eq!(m.overlay, Some(Overlay::Help { scroll: 0 }));
    m.update(Action::Back);
    assert_eq!(m.undo_depth(), 1);
    assert_eq!(m.update(Action::Undo), Effect::Save);
    assert_eq!(m.undo_depth(), 0, "the toggle taken back");
    m.update(Action::CaseFile);
    assert_eq!(m.screen, Screen::Timeline);
    m.screen = Screen::Summary;
    m.update(Action::Jump(9));
    assert_eq!(m.screen, Screen::Summary, "no ninth stage");
    m.update(Action::Jump(0));
    assert_eq!(m.screen, Screen::Stage(StageId::Reasons));
}

#[test]
fn a_stage_takes_export_remind_and_the_save_key() {
    let mut m = model();
    assert_eq!(m.update(Action::Export), Effect::Export);
    assert_eq!(m.update(Action::Remind), Effect::Remind);
    assert_eq!(m.update(Action::Save), Effect::Save);
}

#[test]
fn keys_with_nowhere_to_go_change_nothing() {
    let mut m = model();
    assert_eq!(m.screen, Screen::Stage(StageId::Reasons));
    assert_eq!(m.update(Action::PrevStage), Effect::None);
    assert_eq!(m.update(Action::Jump(9)), Effect::None);
    assert_eq!(m.screen, Screen::Stage(StageId::Reasons));
    // Troubleshooting reached by its number has no stage to go back to: Esc stays, and so
    // does the notice shown.
    m.update(Action::Jump(4));
    m.update(Action::ContinueAnyway);
    m.notice = Some("kept".into());
    assert_eq!(m.update(Action::Back), Effect::None);
    assert_eq!(m.screen, Screen::Stage(StageId::Troubleshooting));
    assert_eq!(m.notice.as_deref(), Some("kept"));
}

#[test]
fn troubleshooting_s_own_number_keeps_the_way_back() {
    let mut m = model();
    m.update(Action::Troubleshoot);
    assert_eq!(m.screen, Screen::Stage(StageId::Troubleshooting));
    m.update(Action::Jump(4));
    assert!(
        m.can_return(),
        "still on troubleshooting, still reached by t"
    );
    m.update(Action::Back);
    assert_eq!(m.screen, Screen::Stage(StageId::Reasons));
}
