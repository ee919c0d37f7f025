//! Whole-screen snapshots of what issue 9 added, at 60x16, 80x24 and 100x30 in both
//! languages: a stage whose list overflows, the gate with more items than fit, the date
//! dialog, and the unsaved-quit dialog.

use jiff::Timestamp;
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::{Action, FailureKind, Model, SaveFailure, SaveStatus};

mod common;

use common::{at, builtin, draw, go_to, model_with, welcomed};

const SIZES: [(u16, u16); 3] = [(60, 16), (80, 24), (100, 30)];

fn model(lang: Lang, size: (u16, u16)) -> Model {
    model_with(builtin(), welcomed(lang), at("2026-11-28T02:00:00Z"), size)
}

fn each_screen(name: &str, set_up: impl Fn(&mut Model)) {
    for lang in [Lang::Zh, Lang::En] {
        for size in SIZES {
            let mut model = model(lang, size);
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
fn a_stage_whose_list_overflows_says_how_much_is_hidden() {
    each_screen("overflow", |m| {
        m.update(Action::Jump(1));
        for _ in 0..6 {
            m.update(Action::Down);
        }
    });
}

#[test]
fn the_gate_with_more_items_than_fit() {
    each_screen("gate_scrolled", |m| {
        m.update(Action::Jump(1));
        m.update(Action::NextStage);
        m.update(Action::Down);
    });
}

#[test]
fn the_date_dialog() {
    each_screen("date_dialog", |m| {
        m.update(Action::Jump(2));
        m.update(Action::ContinueAnyway);
        m.update(Action::Bottom);
        while m.current_entry().map(|e| e.key()).as_deref() != Some("submit") {
            m.update(Action::Up);
        }
        m.update(Action::Toggle);
        m.update(Action::ShiftDay(-2));
    });
}

#[test]
fn the_unsaved_quit_dialog() {
    each_screen("unsaved_quit", |m| {
        m.save_status = SaveStatus::Failed(SaveFailure {
            kind: FailureKind::DiskFull,
            detail: "cannot save the session to /home/ann/.local/share/xhs-cancel/session.toml: no space left on device (os error 28)".into(),
        });
        m.update(Action::Quit);
    });
}

/// A session well under way: the submission recorded on `submitted`, the deletion steps up
/// to it confirmed, and the last save shown in the footer.
fn in_progress(m: &mut Model, submitted: &str) {
    let at: Timestamp = "2026-11-10T02:00:00Z".parse().unwrap();
    let day = xhs_cancel::session::Day(submitted.parse().unwrap());
    for id in [
        "open-app",
        "open-settings",
        "account-security",
        "tap-delete-account",
    ] {
        let stamp = xhs_cancel::session::Stamp::new(at);
        m.session
            .confirmed
            .entry("deletion".into())
            .or_default()
            .insert(id.into(), stamp);
    }
    m.session.record_submission("submit", day.0, at);
    m.update(Action::Jump(2));
    m.update(Action::ContinueAnyway);
    m.save_status = SaveStatus::Saved("2026-11-28T02:03:00Z".parse().unwrap());
}

#[test]
fn a_session_in_progress_with_the_review_clock() {
    each_screen("in_progress", |m| in_progress(m, "2026-11-16"));
}

#[test]
fn an_overdue_review_leads_to_the_slow_review_problem() {
    each_screen("overdue", |m| {
        in_progress(m, "2026-09-28");
        m.update(Action::Troubleshoot);
    });
}

#[test]
fn the_recovery_dialog_after_a_failed_restore() {
    each_screen("recovery", |m| {
        m.overlay = Some(xhs_cancel::wizard::Overlay::Recover {
            problem: "/home/ann/.local/share/xhs-cancel/session.toml:3:9: invalid array".into(),
            backup: true,
            failed: Some("/home/ann/.local/share/xhs-cancel/session.toml.bak was written by a newer xhs-cancel".into()),
        });
    });
}

#[test]
fn without_a_backup_the_recovery_footer_does_not_offer_to_restore() {
    for lang in [Lang::Zh, Lang::En] {
        let mut m = model(lang, (80, 24));
        m.overlay = Some(xhs_cancel::wizard::Overlay::Recover {
            problem: "/home/ann/.local/share/xhs-cancel/session.toml:3:9: invalid array".into(),
            backup: false,
            failed: None,
        });
        let screen = draw(&m);
        let footer = screen.lines().last().unwrap();
        let restore = if lang == Lang::Zh {
            "用备份恢复"
        } else {
            "restore backup"
        };
        assert!(!footer.contains(restore), "{footer}");
        assert!(
            footer.contains(if lang == Lang::Zh {
                "重新开始"
            } else {
                "start fresh"
            }),
            "{footer}"
        );
    }
}

/// What is wrong with `text`'s punctuation as Chinese: curly quotes (「」 are used), or ASCII
/// brackets around Chinese words (full-width （） are used; `(x)`, the option mark, is fine).
fn western_punctuation(text: &str) -> Option<String> {
    if let Some(q) = text.find(['“', '”']) {
        return Some(format!("a curly quote at {q} in {text:?}"));
    }
    let wide = |c: char| unicode_width::UnicodeWidthChar::width(c) == Some(2);
    for (open, _) in text.match_indices('(') {
        let inside = text[open + 1..].split(')').next().unwrap_or("");
        if inside.chars().any(wide) {
            return Some(format!("ASCII brackets around ({inside}) in {text:?}"));
        }
    }
    None
}

#[test]
fn chinese_screens_quote_with_corner_brackets_and_bracket_full_width() {
    let mut texts: Vec<String> = xhs_cancel::keymap::help_rows(Lang::Zh)
        .into_iter()
        .map(|(_, help)| help.to_string())
        .collect();
    let zh = xhs_cancel::i18n::strings(Lang::Zh);
    texts.extend([zh.ui.forms.remove_undo, zh.model.not_removable].map(String::from));
    let mut overflow = model(Lang::Zh, (100, 30));
    overflow.update(Action::Jump(1));
    texts.push(draw(&overflow));
    let mut date = model(Lang::Zh, (100, 30));
    date.update(Action::Jump(2));
    date.update(Action::ContinueAnyway);
    go_to(&mut date, "submit");
    date.update(Action::Toggle);
    texts.push(draw(&date));
    for text in &texts {
        assert_eq!(western_punctuation(text), None);
    }
    assert!(western_punctuation("说明 (J 往下看)").is_some());
    assert!(western_punctuation("“仍然继续”").is_some());
    assert_eq!(western_punctuation("(x) 已选  ( ) 未选"), None);
}
