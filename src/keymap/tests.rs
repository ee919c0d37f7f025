//! Tests of `keymap`.

use super::*;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn the_same_key_means_what_its_context_says() {
    let enter = press(KeyCode::Enter);
    assert_eq!(action_for(Stage, enter), Some(Action::ConfirmNext));
    assert_eq!(action_for(Welcome, enter), Some(Action::Confirm));
    assert_eq!(action_for(Date, enter), Some(Action::Confirm));
    assert_eq!(action_for(Gate, enter), Some(Action::Back));
    assert_eq!(action_for(Unsaved, enter), Some(Action::Back));
    assert_eq!(
        action_for(Recover, press(KeyCode::Char('n'))),
        Some(Action::Fresh)
    );
    assert_eq!(
        action_for(Date, press(KeyCode::Char('7'))),
        Some(Action::Type('7'))
    );
}

#[test]
fn enter_and_esc_never_take_the_losing_side_of_a_dialog() {
    let losing = [
        Action::ContinueAnyway,
        Action::ClearSubmission,
        Action::Fresh,
        Action::Restore,
        Action::QuitAnyway,
        Action::Quit,
        Action::Discard,
        Action::RemoveEvent,
        Action::Keep,
        Action::Mask,
    ];
    for context in ALL {
        for key in [KeyCode::Enter, KeyCode::Esc] {
            let action = action_for(*context, press(key));
            assert!(
                !action.as_ref().is_some_and(|a| losing.contains(a)),
                "{key:?} in {context:?} gives {action:?}"
            );
        }
    }
}

#[test]
fn esc_never_quits_and_does_nothing_on_a_plain_stage() {
    assert_eq!(action_for(Stage, press(KeyCode::Esc)), None);
    assert_eq!(action_for(TooSmall, press(KeyCode::Esc)), None);
    assert_eq!(
        action_for(Returnable, press(KeyCode::Esc)),
        Some(Action::Troubleshoot)
    );
}

#[test]
fn digits_jump_to_their_stage_and_ctrl_c_quits() {
    assert_eq!(
        action_for(Stage, press(KeyCode::Char('3'))),
        Some(Action::Jump(2))
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(action_for(TooSmall, ctrl_c), Some(Action::Quit));
    assert_eq!(action_for(Stage, press(KeyCode::Char('c'))), None);
}

#[test]
fn the_form_types_every_character_and_only_ctrl_c_quits_it() {
    for c in ['q', 'u', 'f', 'd', '?', '中', 'L'] {
        assert_eq!(
            action_for(Form, press(KeyCode::Char(c))),
            Some(Action::Type(c))
        );
    }
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(action_for(Form, ctrl_c), Some(Action::Quit));
    assert_eq!(action_for(Form, press(KeyCode::Esc)), Some(Action::Back));
    assert_eq!(
        action_for(Form, press(KeyCode::Tab)),
        Some(Action::Field(1))
    );
    assert_eq!(
        action_for(Timeline, press(KeyCode::Esc)),
        Some(Action::CaseFile)
    );
    assert_eq!(
        action_for(Stage, press(KeyCode::Char('f'))),
        Some(Action::CaseFile)
    );
}

#[test]
fn ctrl_l_redraws_and_ctrl_z_suspends_everywhere() {
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    for context in ALL {
        assert_eq!(action_for(*context, ctrl('l')), Some(Action::Redraw));
        assert_eq!(action_for(*context, ctrl('z')), Some(Action::Suspend));
    }
    assert_ne!(
        action_for(Stage, press(KeyCode::Char('l'))),
        Some(Action::Redraw)
    );
}

#[test]
fn every_help_row_and_footer_hint_has_words_in_both_languages() {
    for lang in [Lang::Zh, Lang::En] {
        for (label, help) in help_rows(lang) {
            assert!(!help.is_empty(), "{label} in {lang:?}");
        }
        for context in ALL {
            for (keys, words, _) in footer_hints(*context, lang) {
                assert!(!words.is_empty(), "{keys} in {context:?}, {lang:?}");
            }
        }
    }
    assert_eq!(help_rows(Lang::Zh).len(), help_rows(Lang::En).len());
}

#[test]
fn every_context_can_quit_and_shows_how() {
    for context in QUITTING {
        assert_eq!(
            action_for(*context, press(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
    }
    assert_eq!(action_for(Unsaved, press(KeyCode::Char('q'))), None);
    assert_eq!(
        action_for(Unsaved, press(KeyCode::Char('d'))),
        Some(Action::QuitAnyway)
    );
    for context in QUITTING.iter().filter(|c| **c != TooSmall) {
        assert!(
            footer_hints(*context, Lang::Zh)
                .iter()
                .any(|(k, ..)| *k == "q"),
            "{context:?}"
        );
    }
}
