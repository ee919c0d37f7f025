//! The footer and the help overlay, through the model and the key table: they offer the keys
//! that do something where the person is, and the same keys in both languages.

use jiff::Timestamp;
use xhs_cancel::keymap::{self, Context};
use xhs_cancel::text::Lang;
use xhs_cancel::ui;
use xhs_cancel::wizard::{Action, Entry, Model};

mod common;

use common::{go_to, minimal as checklist, model_with, welcomed};

fn now() -> Timestamp {
    common::at("2026-11-02T02:00:00Z")
}

fn model(lang: Lang) -> Model {
    model_with(checklist(), welcomed(lang), now(), (100, 30))
}

/// The keys the footer offers on `model`'s screen, given room enough for every hint.
fn footer_keys(model: &Model) -> Vec<&'static str> {
    keymap::fit_footer(ui::context(model), model.lang(), 1000, |a| model.offers(a))
        .into_iter()
        .map(|(keys, _)| keys)
        .collect()
}

#[test]
fn the_footer_offers_undo_only_when_there_is_something_to_undo() {
    let mut model = model(Lang::Zh);
    assert!(!footer_keys(&model).contains(&"u"), "nothing to undo yet");
    model.update(Action::Toggle);
    assert!(footer_keys(&model).contains(&"u"), "a change to undo");
    model.update(Action::Undo);
    assert!(!footer_keys(&model).contains(&"u"), "undone again");
}

#[test]
fn an_empty_case_file_offers_no_moving_and_no_removing() {
    let mut model = model(Lang::En);
    model.update(Action::CaseFile);
    let keys = footer_keys(&model);
    assert!(
        !keys.contains(&"d") && !keys.contains(&"Up/Down"),
        "{keys:?}"
    );
    assert!(keys.contains(&"a"), "adding is offered: {keys:?}");
    model.update(Action::CaseFile);
    model.update(Action::Toggle);
    model.update(Action::CaseFile);
    let keys = footer_keys(&model);
    assert!(keys.contains(&"d"), "one entry to remove: {keys:?}");
    assert!(!keys.contains(&"Up/Down"), "nowhere to move: {keys:?}");
}

#[test]
fn n_for_a_note_is_in_help_and_in_the_footer_on_an_item() {
    for lang in [Lang::Zh, Lang::En] {
        let note = xhs_cancel::i18n::strings(lang).ui.key_help.note_item;
        assert!(
            keymap::help_rows(lang).contains(&("n", note)),
            "{lang:?}: help lists n for a note"
        );
        let mut model = model(lang);
        go_to(&mut model, "other");
        assert!(footer_keys(&model).contains(&"n"), "{lang:?}: on an item");
        model.update(Action::Down);
        assert!(!matches!(model.current_entry(), Some(Entry::Item(_))));
        assert!(
            !footer_keys(&model).contains(&"n"),
            "{lang:?}: on a question"
        );
    }
}

#[test]
fn every_width_offers_the_same_keys_in_both_languages() {
    let contexts = [
        Context::Welcome,
        Context::Stage,
        Context::Returnable,
        Context::Summary,
        Context::Help,
        Context::Gate,
        Context::Date,
        Context::DateRecorded,
        Context::Recover,
        Context::Unsaved,
        Context::Timeline,
        Context::Form,
        Context::Privacy,
        Context::Discard,
        Context::Remove,
        Context::CoolingOff,
    ];
    for context in contexts {
        for width in 20..=140 {
            let keys = |lang| -> Vec<&str> {
                let hints = keymap::fit_footer(context, lang, width, |_| true);
                hints.into_iter().map(|(keys, _)| keys).collect()
            };
            assert_eq!(keys(Lang::Zh), keys(Lang::En), "{context:?} at {width}");
        }
    }
}

#[test]
fn the_summary_footer_offers_export_at_60_columns() {
    for lang in [Lang::Zh, Lang::En] {
        let hints = keymap::fit_footer(Context::Summary, lang, 60 - 12, |_| true);
        assert!(hints.iter().any(|(keys, _)| *keys == "e"), "{lang:?}");
    }
}

#[test]
fn the_date_window_s_footer_says_what_its_esc_line_says() {
    for lang in [Lang::Zh, Lang::En] {
        let d = &xhs_cancel::i18n::strings(lang).ui.dialogs;
        for (context, lines) in [
            (Context::Date, &d.date_keys_new[..]),
            (Context::DateRecorded, &d.date_keys_change[..]),
        ] {
            let footer = keymap::fit_footer(context, lang, 1000, |_| true);
            let (_, words) = footer.iter().find(|(keys, _)| *keys == "Esc").unwrap();
            let esc = lines.iter().find(|l| l.starts_with("Esc")).unwrap();
            assert!(
                esc.ends_with(words),
                "{lang:?} {context:?}: {esc} / {words}"
            );
        }
    }
}
