//! Whole-screen snapshots of the built-in wizard over ratatui's TestBackend.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use xhs_cancel::checklist::{Checklist, StageId};
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::{Action, Model};

mod common;

use common::{builtin, draw, model_with, welcomed};

fn now() -> Timestamp {
    common::at("2026-11-28T02:00:00Z")
}

fn model(lang: Lang, width: u16, height: u16) -> Model {
    model_with(builtin(), welcomed(lang), now(), (width, height))
}

fn enter_stage(model: &mut Model, index: usize) {
    model.update(Action::Jump(index));
    if model.overlay.is_some() {
        model.update(Action::ContinueAnyway);
    }
    assert_eq!(
        model.stage_id(),
        model.checklist.stages[index].id,
        "the snapshot shows the stage it names"
    );
}

#[test]
fn every_stage_in_both_languages_at_80x24_and_120x40() {
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        for (width, height) in [(80, 24), (120, 40)] {
            for (index, stage) in StageId::ALL.iter().enumerate() {
                let mut model = model(lang, width, height);
                enter_stage(&mut model, index);
                let snapshot = format!("{}_{name}_{width}x{height}", stage.as_str());
                insta::assert_snapshot!(snapshot, draw(&model));
            }
        }
    }
}

#[test]
fn welcome_screen() {
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let checklist = Checklist::builtin().unwrap();
        let mut model = Model::new(checklist, Session::new(lang), now(), TimeZone::UTC);
        model.update(Action::Resize(80, 24));
        insta::assert_snapshot!(format!("welcome_{name}_80x24"), draw(&model));
    }
}

#[test]
fn help_overlay() {
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let mut model = model(lang, 80, 24);
        model.update(Action::Help);
        insta::assert_snapshot!(format!("help_{name}_80x24"), draw(&model));
    }
}

#[test]
fn gate_dialog() {
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let mut model = model(lang, 80, 24);
        model.update(Action::Jump(1));
        model.update(Action::NextStage);
        insta::assert_snapshot!(format!("gate_{name}_80x24"), draw(&model));
    }
}

#[test]
fn summary_screen() {
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let mut model = model(lang, 80, 24);
        enter_stage(&mut model, 4);
        model.update(Action::NextStage);
        insta::assert_snapshot!(format!("summary_{name}_80x24"), draw(&model));
    }
}

/// At the smallest size the summary still ends with how to export, whole.
#[test]
fn summary_at_60x16_keeps_the_export_hint() {
    for (lang, name) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let mut model = model(lang, 60, 16);
        enter_stage(&mut model, 4);
        model.update(Action::NextStage);
        let screen = draw(&model);
        let hint = xhs_cancel::i18n::strings(lang).ui.export_hint;
        let tail: String = hint
            .chars()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(screen.contains(&tail), "{screen}");
        insta::assert_snapshot!(format!("summary_{name}_60x16"), screen);
    }
}

#[test]
fn too_small_screen() {
    let model = model(Lang::En, 59, 15);
    insta::assert_snapshot!("too_small_59x15", draw(&model));
    let model = self::model(Lang::Zh, 59, 15);
    insta::assert_snapshot!("too_small_zh_59x15", draw(&model));
}

#[test]
fn ascii_borders_and_stacked_layout_at_the_minimum_size() {
    let mut model = model(Lang::Zh, 60, 16);
    model.options.ascii = true;
    enter_stage(&mut model, 1);
    insta::assert_snapshot!("preparation_zh_ascii_60x16", draw(&model));
}
