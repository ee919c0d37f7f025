//! The rules that keep the person's record safe, driven through actions over the small
//! fixture checklist: Enter never unchecks, dialogs default to the safe side, `u` undoes,
//! the submission date is asked for and can be corrected, and answers the checklists no
//! longer know count as unanswered.

use jiff::Timestamp;
use jiff::civil::{Date, date};
use jiff::tz::TimeZone;
use xhs_cancel::checklist::{Checklist, StageId};
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Draft, Kind};
use xhs_cancel::wizard::{
    Action, DateProblem, Effect, FailureKind, Model, Overlay, SaveFailure, SaveStatus, Screen,
};

mod common;

use common::{cursor_key, go_to, minimal as checklist, welcomed};

/// 2026-11-02 10:00 in UTC+8, a Monday.
fn now() -> Timestamp {
    common::at("2026-11-02T02:00:00Z")
}

fn model_with(session: Session) -> Model {
    common::model_with(checklist(), session, now(), (100, 30))
}

fn model() -> Model {
    model_with(welcomed(Lang::En))
}

/// Puts the cursor on the submit step of the deletion stage, past the gate.
fn to_submit_step(model: &mut Model) {
    model.update(Action::Jump(2));
    if matches!(model.overlay, Some(Overlay::Gate { .. })) {
        model.update(Action::ContinueAnyway);
    }
    go_to(model, "submit");
}

/// Opens the date dialog on the submit step of the deletion stage.
fn open_date_dialog(model: &mut Model) -> Effect {
    to_submit_step(model);
    model.update(Action::Toggle)
}

fn date_input(model: &Model) -> &xhs_cancel::wizard::DateInput {
    match &model.overlay {
        Some(Overlay::SubmitDate(input)) => input,
        other => panic!("no date dialog: {other:?}"),
    }
}

fn submitted_on(model: &Model) -> Option<Date> {
    model.session.review.map(|r| r.submitted_on.0)
}

#[test]
fn enter_on_a_confirmed_item_only_moves_on() {
    let mut model = model();
    model.update(Action::Jump(1));
    go_to(&mut model, "backup");
    model.update(Action::Toggle);
    model.update(Action::Top);
    assert_eq!(
        model.update(Action::ConfirmNext),
        Effect::Save,
        "the cursor moved"
    );
    assert!(
        model.is_confirmed(StageId::Preparation, "backup"),
        "still confirmed"
    );
    assert_eq!(cursor_key(&model), "close-pro");
}

#[test]
fn enter_on_a_chosen_answer_keeps_it() {
    let mut model = model();
    go_to(&mut model, "account-type/pro");
    model.update(Action::ConfirmNext);
    go_to(&mut model, "account-type/pro");
    model.update(Action::ConfirmNext);
    assert_eq!(model.session.answers["account-type"], ["pro"]);
}

#[test]
fn enter_pressed_through_an_answered_question_never_changes_the_answer() {
    let mut model = builtin_model();
    go_to(&mut model, "account/xhs");
    model.update(Action::Toggle);
    go_to(&mut model, "account-state/banned");
    model.update(Action::Toggle);
    go_to(&mut model, "account/xhs");
    for _ in 0..10 {
        model.update(Action::ConfirmNext);
    }
    assert_eq!(model.session.answers["account"], ["xhs"]);
    assert_eq!(model.session.answers["account-state"], ["banned"]);
    assert_eq!(
        model.session.answers["account-type"].len(),
        1,
        "an unanswered question is answered by the first Enter on it, and only once"
    );
}

#[test]
fn enter_and_esc_in_the_gate_go_back_and_only_c_continues() {
    for safe in [Action::Confirm, Action::Back] {
        let mut model = model();
        model.update(Action::Jump(1));
        model.update(Action::NextStage);
        assert_eq!(model.update(safe.clone()), Effect::None);
        assert_eq!(model.screen, Screen::Stage(StageId::Preparation));
        assert!(
            model.session.overrides.is_empty(),
            "{safe:?} records nothing"
        );
    }
    let mut model = model();
    model.update(Action::Jump(1));
    model.update(Action::NextStage);
    assert_eq!(model.update(Action::ContinueAnyway), Effect::Save);
    assert_eq!(model.session.overrides.len(), 1);
}

#[test]
fn the_date_dialog_opens_on_today_and_records_the_day_chosen() {
    let mut model = model();
    assert_eq!(open_date_dialog(&mut model), Effect::None);
    assert!(!model.is_confirmed(StageId::Deletion, "submit"), "not yet");
    assert_eq!(date_input(&model).day, date(2026, 11, 2), "today, in UTC+8");
    model.update(Action::ShiftDay(-1));
    model.update(Action::ShiftDay(-1));
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    assert_eq!(submitted_on(&model), Some(date(2026, 10, 31)));
    assert!(model.is_confirmed(StageId::Deletion, "submit"));
    assert_eq!(
        model.review_clock().unwrap().submitted_on,
        date(2026, 10, 31)
    );
}

#[test]
fn a_typed_date_is_taken_and_a_future_or_malformed_one_refused() {
    let mut model = model();
    open_date_dialog(&mut model);
    for c in "2026-11-03".chars() {
        model.update(Action::Type(c));
    }
    assert_eq!(model.update(Action::Confirm), Effect::None);
    assert_eq!(
        date_input(&model).problem,
        Some(DateProblem::Future(date(2026, 11, 3)))
    );
    model.update(Action::ShiftDay(1));
    assert_eq!(
        date_input(&model).day,
        date(2026, 11, 2),
        "never past today"
    );
    for c in "2026-02-30".chars() {
        model.update(Action::Type(c));
    }
    model.update(Action::Confirm);
    assert_eq!(
        date_input(&model).problem,
        Some(DateProblem::Malformed("2026-02-30".into()))
    );
    assert_eq!(submitted_on(&model), None, "nothing recorded meanwhile");
    for _ in 0..10 {
        model.update(Action::Erase);
    }
    for c in "2026-10-20".chars() {
        model.update(Action::Type(c));
    }
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    assert_eq!(submitted_on(&model), Some(date(2026, 10, 20)));
}

#[test]
fn the_recorded_date_can_be_corrected_kept_or_cleared_only_with_c() {
    let mut model = model();
    open_date_dialog(&mut model);
    model.update(Action::Confirm);
    model.update(Action::Toggle);
    assert_eq!(date_input(&model).recorded, Some(date(2026, 11, 2)));
    assert_eq!(
        model.update(Action::Back),
        Effect::None,
        "Esc changes nothing"
    );
    assert_eq!(submitted_on(&model), Some(date(2026, 11, 2)));
    model.update(Action::Toggle);
    model.update(Action::ShiftDay(-3));
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    assert_eq!(submitted_on(&model), Some(date(2026, 10, 30)), "corrected");
    assert!(model.is_confirmed(StageId::Deletion, "submit"));
    model.update(Action::Toggle);
    assert_eq!(model.update(Action::ClearSubmission), Effect::Save);
    assert_eq!(submitted_on(&model), None);
    assert!(!model.is_confirmed(StageId::Deletion, "submit"));
}

#[test]
fn clearing_is_not_offered_before_a_date_is_recorded() {
    let mut model = model();
    open_date_dialog(&mut model);
    assert_eq!(model.update(Action::ClearSubmission), Effect::None);
    assert!(matches!(model.overlay, Some(Overlay::SubmitDate(_))));
}

#[test]
fn undo_takes_back_every_change_of_the_run_one_by_one() {
    let mut model = model();
    let start = model.session.clone();
    go_to(&mut model, "privacy");
    model.update(Action::Toggle);
    go_to(&mut model, "account-type/pro");
    model.update(Action::Toggle);
    model.update(Action::Jump(1));
    model.update(Action::NextStage);
    model.update(Action::ContinueAnyway);
    go_to(&mut model, "submit");
    model.update(Action::Toggle);
    model.update(Action::ShiftDay(-1));
    model.update(Action::Confirm);
    assert_eq!(model.undo_depth(), 4);
    for _ in 0..4 {
        assert_eq!(
            model.update(Action::Undo),
            Effect::Save,
            "each undo is saved"
        );
    }
    assert_eq!(model.session.confirmed, start.confirmed);
    assert_eq!(model.session.answers, start.answers);
    assert_eq!(model.session.overrides, start.overrides);
    assert_eq!(model.session.review, start.review);
    assert_eq!(
        model.update(Action::Undo),
        Effect::None,
        "back at the start"
    );
    assert!(
        model
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("Nothing to undo"))
    );
}

#[test]
fn undo_brings_back_an_unchecked_item_with_its_original_time() {
    let mut model = model();
    model.update(Action::Jump(1));
    model.update(Action::Toggle);
    let at = model.confirmed_at(StageId::Preparation, "backup");
    model.now = "2026-11-02T05:00:00Z".parse().unwrap();
    model.update(Action::Toggle);
    assert_eq!(model.confirmed_at(StageId::Preparation, "backup"), None);
    model.update(Action::Undo);
    assert_eq!(model.confirmed_at(StageId::Preparation, "backup"), at);
}

#[test]
fn esc_on_a_stage_never_quits() {
    let mut model = model();
    for stage in 0..5 {
        model.update(Action::Jump(stage));
        model.update(Action::ContinueAnyway);
        assert_ne!(model.update(Action::Back), Effect::Quit, "stage {stage}");
    }
}

fn failed(model: &mut Model) {
    model.save_status = SaveStatus::Failed(SaveFailure {
        kind: FailureKind::DiskFull,
        detail: "cannot save the session to /x/session.toml: no space left".into(),
    });
}

#[test]
fn quitting_with_a_failed_save_asks_and_enter_or_esc_stay() {
    let mut model = model();
    failed(&mut model);
    assert_eq!(model.update(Action::Quit), Effect::None);
    assert_eq!(model.overlay, Some(Overlay::Unsaved { written: None }));
    for safe in [Action::Confirm, Action::Back] {
        model.update(Action::Quit);
        assert_eq!(model.update(safe.clone()), Effect::None);
        assert_eq!(model.overlay, None, "{safe:?} goes back to the wizard");
    }
    model.update(Action::Quit);
    assert_eq!(model.update(Action::Save), Effect::Save, "s retries");
    assert_eq!(model.update(Action::WriteElsewhere), Effect::WriteElsewhere);
    assert_eq!(model.update(Action::QuitAnyway), Effect::Quit);
}

#[test]
fn quitting_after_a_good_save_just_quits() {
    let mut model = model();
    model.save_status = SaveStatus::Saved(now());
    assert_eq!(model.update(Action::Quit), Effect::Quit);
}

#[test]
fn answers_the_checklists_no_longer_know_count_as_unanswered() {
    let mut session = Session::new(Lang::En);
    session.welcomed = true;
    session
        .answers
        .insert("account-type".into(), vec!["retired-option".into()]);
    session
        .confirmed
        .entry("reasons".into())
        .or_default()
        .insert("privacy".into(), xhs_cancel::session::Stamp::new(now()));
    let model = model_with(session);
    assert!(
        !model.stage_done(StageId::Reasons),
        "the question is open again"
    );
    assert!(model.answers().is_empty());
    assert_eq!(
        model.entries(StageId::Preparation).len(),
        3,
        "every item is shown, as with no answer"
    );
    assert!(!model.is_chosen("account-type", "retired-option"));
    let notice = model.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("1 of your answers no longer applies"),
        "{notice}"
    );
    assert_eq!(
        model.session.answers["account-type"],
        ["retired-option"],
        "kept in the file"
    );
}

#[test]
fn overdue_t_opens_troubleshooting_on_the_slow_review_problem() {
    let mut model = model();
    open_date_dialog(&mut model);
    model.update(Action::Confirm);
    model.now = "2026-12-20T02:00:00Z".parse().unwrap();
    assert!(model.overdue());
    model.update(Action::Troubleshoot);
    assert_eq!(model.screen, Screen::Stage(StageId::Troubleshooting));
    assert_eq!(cursor_key(&model), "review-too-long");
    model.update(Action::Back);
    assert_eq!(
        model.screen,
        Screen::Stage(StageId::Deletion),
        "Esc goes back"
    );
}

#[test]
fn a_future_submission_date_is_a_problem_not_a_count() {
    let mut model = model();
    model.session.review = Some(xhs_cancel::session::Review {
        submitted_on: xhs_cancel::session::Day(date(2026, 11, 8)),
        cooling_off_days: None,
    });
    assert_eq!(model.future_submission(), Some(date(2026, 11, 8)));
    let clock = model.review_clock().unwrap();
    assert_eq!((clock.calendar_days, clock.working_days), (0, 0));
    assert!(!model.overdue());
    let line = xhs_cancel::names::clock_line(&model).unwrap();
    assert!(line.contains("2026-11-08 is in the future"), "{line}");
    assert!(line.contains("press Space on the submit step"), "{line}");
}

/// The built-in checklists, whose account-type question is multi-choice.
fn builtin_model() -> Model {
    let mut session = Session::new(Lang::En);
    session.welcomed = true;
    let mut model = Model::new(
        Checklist::builtin().unwrap(),
        session,
        now(),
        TimeZone::fixed(jiff::tz::offset(8)),
    );
    model.update(Action::Resize(100, 30));
    model
}

#[test]
fn a_multi_choice_question_keeps_every_option_chosen() {
    let mut model = builtin_model();
    go_to(&mut model, "account-type/pro");
    model.update(Action::Toggle);
    go_to(&mut model, "account-type/shop");
    model.update(Action::Toggle);
    assert_eq!(model.session.answers["account-type"], ["pro", "shop"]);
    let shown: Vec<String> = model
        .entries(StageId::Preparation)
        .iter()
        .map(|e| e.key())
        .collect();
    assert!(shown.contains(&"pro-close".to_string()), "{shown:?}");
    assert!(shown.contains(&"shop-close".to_string()), "{shown:?}");
    assert!(!shown.contains(&"enterprise-docs".to_string()), "{shown:?}");
    go_to(&mut model, "account-type/pro");
    model.update(Action::Toggle);
    assert_eq!(
        model.session.answers["account-type"],
        ["shop"],
        "only pro cleared"
    );
    model.update(Action::Undo);
    assert_eq!(model.session.answers["account-type"], ["pro", "shop"]);
}

#[test]
fn a_single_choice_question_still_replaces_its_answer() {
    let mut model = builtin_model();
    go_to(&mut model, "account/xhs");
    model.update(Action::Toggle);
    go_to(&mut model, "account/rednote");
    model.update(Action::Toggle);
    assert_eq!(model.session.answers["account"], ["rednote"]);
}

#[test]
fn a_continue_anyway_covers_only_the_items_open_at_that_time() {
    let mut model = model();
    go_to(&mut model, "account-type/pro");
    model.update(Action::Toggle);
    model.update(Action::Jump(1));
    go_to(&mut model, "close-pro");
    model.update(Action::Toggle);
    model.update(Action::NextStage);
    model.update(Action::ContinueAnyway);
    assert_eq!(model.session.overrides[0].open, ["backup"]);
    model.update(Action::PrevStage);
    go_to(&mut model, "close-pro");
    model.update(Action::Toggle);
    assert_eq!(model.open_required(), ["backup", "close-pro"]);
    model.update(Action::NextStage);
    let Some(Overlay::Gate { open, .. }) = &model.overlay else {
        panic!("close-pro was not open when the person went on: ask again");
    };
    assert_eq!(open, &["backup".to_string(), "close-pro".to_string()]);
}

#[test]
fn help_scrolls_with_up_and_down_and_closes() {
    let mut model = model();
    model.update(Action::Help);
    model.update(Action::Down);
    model.update(Action::Down);
    assert_eq!(model.overlay, Some(Overlay::Help { scroll: 2 }));
    model.update(Action::Up);
    assert_eq!(model.overlay, Some(Overlay::Help { scroll: 1 }));
    model.update(Action::Back);
    assert_eq!(model.overlay, None);
}

#[test]
fn the_recovery_dialog_switches_language_and_changes_nothing_else() {
    let mut model = model();
    model.overlay = Some(Overlay::Recover {
        problem: "x".into(),
        backup: true,
        failed: None,
    });
    assert_eq!(model.update(Action::SwitchLang), Effect::None);
    assert_eq!(model.lang(), Lang::Zh);
    assert!(matches!(model.overlay, Some(Overlay::Recover { .. })));
}

#[test]
fn a_date_from_the_case_file_is_shown_in_the_date_dialog_and_enter_keeps_it_and_confirms_the_step()
{
    let mut model = model();
    let draft = Draft::new(Kind::Submitted, date(2026, 10, 20));
    let tz = TimeZone::fixed(jiff::tz::offset(8));
    model.session.add_event(draft, now(), &tz).unwrap();
    assert!(!model.is_confirmed(StageId::Deletion, "submit"));
    open_date_dialog(&mut model);
    let input = date_input(&model);
    assert_eq!(
        input.recorded,
        Some(date(2026, 10, 20)),
        "shown as recorded"
    );
    assert_eq!(input.day, date(2026, 10, 20), "not today");
    let events = model.session.timeline.len();
    assert_eq!(model.update(Action::Confirm), Effect::Save);
    assert_eq!(submitted_on(&model), Some(date(2026, 10, 20)), "kept");
    assert!(model.is_confirmed(StageId::Deletion, "submit"));
    assert_eq!(model.session.timeline.len(), events, "no second event");
}

#[test]
fn a_date_recorded_with_enter_on_the_last_step_of_its_stage_is_saved() {
    let mut model = model();
    to_submit_step(&mut model);
    model.update(Action::ConfirmNext);
    assert!(matches!(model.overlay, Some(Overlay::SubmitDate(_))));
    assert_eq!(
        model.update(Action::Confirm),
        Effect::Save,
        "the cursor cannot move on from the last step, and the date is saved all the same"
    );
    assert_eq!(submitted_on(&model), Some(date(2026, 11, 2)));
}

#[test]
fn q_in_the_unsaved_dialog_keeps_it_and_the_copy_it_wrote() {
    let mut model = model();
    failed(&mut model);
    let written = Some(Ok("/tmp/xhs-cancel-session-copy.toml".to_string()));
    model.overlay = Some(Overlay::Unsaved {
        written: written.clone(),
    });
    assert_eq!(model.update(Action::Quit), Effect::None);
    assert_eq!(model.overlay, Some(Overlay::Unsaved { written }));
}

#[test]
fn enter_on_the_submit_step_moves_on_once_after_the_date_and_never_behind_the_dialog() {
    let mut model = common::model_with(common::builtin(), welcomed(Lang::En), now(), (100, 30));
    to_submit_step(&mut model);
    model.update(Action::ConfirmNext);
    assert!(matches!(model.overlay, Some(Overlay::SubmitDate(_))));
    assert_eq!(cursor_key(&model), "submit", "not moved behind the dialog");
    model.update(Action::Confirm);
    assert_eq!(cursor_key(&model), "cooling-off", "one step on");
}

#[test]
fn the_end_key_stops_on_the_last_row_and_a_page_is_the_rows_less_one() {
    let mut model = common::model_with(common::builtin(), welcomed(Lang::En), now(), (100, 30));
    model.update(Action::Jump(1));
    let last = model.entry_count(StageId::Preparation) - 1;
    model.update(Action::Bottom);
    assert_eq!(model.cursor(StageId::Preparation), last);
    assert_eq!(model.update(Action::Down), Effect::None, "nothing past it");
    assert_eq!(model.cursor(StageId::Preparation), last);
    model.update(Action::Top);
    model.update(Action::Viewport(xhs_cancel::wizard::Viewport {
        list_rows: 5,
        detail_overflow: 0,
    }));
    model.update(Action::PageDown);
    assert_eq!(model.cursor(StageId::Preparation), 4);
}
