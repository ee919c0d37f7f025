//! The one table of key bindings: it drives key handling, the footer hints and the help overlay.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::text::{Lang, Text};
use crate::wizard::Action;

/// Where the person is: each context has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Welcome,
    Stage,
    Summary,
    Help,
    Dialog,
    /// The saved session was unreadable: restore, start fresh or quit.
    Recover,
    TooSmall,
}

/// A key as the table writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

/// A footer hint: the keys as shown, the words in both languages, and how much it matters
/// when the footer is too narrow for every hint (higher stays longer).
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub keys: &'static str,
    pub words: (&'static str, &'static str),
    pub priority: u8,
}

/// One row of the table.
pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Key],
    /// The keys as the help overlay lists them; empty rows are not listed.
    pub label: &'static str,
    pub action: Action,
    pub help: (&'static str, &'static str),
    pub hint: Option<Hint>,
}

use Context::*;
use Key::{Char, Code, Ctrl};

const ALL: &[Context] = &[Welcome, Stage, Summary, Help, Dialog, Recover, TooSmall];
const MAIN: &[Context] = &[Stage];
const MOVING: &[Context] = &[Stage, Summary];

const fn bind(
    contexts: &'static [Context],
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: (&'static str, &'static str),
    hint: Option<Hint>,
) -> Binding {
    Binding {
        contexts,
        keys,
        label,
        action,
        help,
        hint,
    }
}

const fn hint(
    keys: &'static str,
    zh: &'static str,
    en: &'static str,
    priority: u8,
) -> Option<Hint> {
    Some(Hint {
        keys,
        words: (zh, en),
        priority,
    })
}

/// The bindings, in the order help lists them. Arrows are written as words: arrow glyphs
/// are ambiguous-width and take two cells in many CJK terminals.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    bind(MAIN, &[Code(KeyCode::Up), Char('k')], "Up/Down k/j", Action::Up, ("上移 / 下移", "move up / down"), hint("Up/Down", "移动", "move", 5)),
    bind(MAIN, &[Code(KeyCode::Down), Char('j')], "", Action::Down, ("", ""), None),
    bind(MAIN, &[Code(KeyCode::PageUp)], "PgUp/PgDn", Action::PageUp, ("上翻 / 下翻一页", "page up / down"), None),
    bind(MAIN, &[Code(KeyCode::PageDown)], "", Action::PageDown, ("", ""), None),
    bind(MAIN, &[Code(KeyCode::Home), Char('g')], "Home/End g/G", Action::Top, ("第一项 / 最后一项", "first / last item"), None),
    bind(MAIN, &[Code(KeyCode::End), Char('G')], "", Action::Bottom, ("", ""), None),
    bind(MAIN, &[Char(' '), Char('x')], "Space/x", Action::Toggle, ("勾选 / 取消勾选", "check / uncheck"), hint("Space", "勾选", "check", 6)),
    bind(MAIN, &[Code(KeyCode::Enter)], "Enter", Action::ToggleNext, ("勾选并到下一项", "check and go to the next item"), None),
    bind(MOVING, &[Code(KeyCode::Right), Char('l'), Code(KeyCode::Tab)], "Right/Left l/h", Action::NextStage, ("下一阶段 / 上一阶段（也可用 Tab / Shift-Tab）", "next / previous stage (Tab / Shift-Tab too)"), hint("Left/Right", "换阶段", "stage", 4)),
    bind(MOVING, &[Code(KeyCode::Left), Char('h'), Code(KeyCode::BackTab)], "", Action::PrevStage, ("", ""), None),
    bind(MOVING, &[Char('1'), Char('2'), Char('3'), Char('4'), Char('5')], "1-5", Action::Jump(0), ("跳到某一阶段", "jump to a stage"), None),
    bind(MAIN, &[Char('J')], "J/K", Action::ScrollDetail(1), ("说明向下 / 向上滚动", "scroll the details down / up"), None),
    bind(MAIN, &[Char('K')], "", Action::ScrollDetail(-1), ("", ""), None),
    bind(MOVING, &[Char('t')], "t", Action::Troubleshoot, ("疑难解答 / 返回原处", "troubleshooting / back again"), hint("t", "疑难解答", "problems", 3)),
    bind(&[Summary], &[Char('e')], "e", Action::Export, ("导出报告（总结页）", "export the report (summary)"), hint("e", "导出报告", "export", 8)),
    bind(&[Welcome, Dialog], &[Code(KeyCode::Enter), Char('y')], "Enter", Action::Confirm, ("确认 / 继续", "confirm / continue"), hint("Enter", "继续", "continue", 9)),
    bind(&[Recover], &[Char('r')], "r", Action::Restore, ("用备份恢复（进度损坏时）", "restore the backup (damaged progress)"), hint("r", "用备份恢复", "restore backup", 9)),
    bind(&[Recover], &[Char('n')], "n", Action::Fresh, ("重新开始（进度损坏时）", "start fresh (damaged progress)"), hint("n", "重新开始", "start fresh", 9)),
    bind(&[Welcome, Stage, Summary, Recover], &[Char('L')], "L", Action::SwitchLang, ("切换语言 中文 / English", "switch language English / 中文"), hint("L", "English", "中文", 2)),
    bind(MOVING, &[Char('s')], "s", Action::Save, ("立即保存（保存失败时重试）", "save now (retries a failed save)"), None),
    bind(&[Welcome, Stage, Summary, Help], &[Char('?')], "?", Action::Help, ("帮助：所有按键", "help: every key"), hint("?", "帮助", "help", 7)),
    bind(&[Welcome, Stage, Summary, Recover, TooSmall], &[Code(KeyCode::Esc)], "Esc", Action::Back, ("关闭窗口 / 从疑难解答返回 / 退出", "close a window / back from troubleshooting / quit"), None),
    bind(&[Help, Dialog], &[Code(KeyCode::Esc), Char('n')], "Esc", Action::Back, ("关闭", "close"), hint("Esc", "关闭", "close", 9)),
    bind(ALL, &[Char('q'), Ctrl('c')], "q", Action::Quit, ("退出（进度随时已保存）", "quit (progress is always saved)"), hint("q", "退出", "quit", 8)),
];

/// The action a key press means in a context, if any.
pub fn action_for(context: Context, key: KeyEvent) -> Option<Action> {
    BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .find_map(|b| {
            b.keys
                .iter()
                .find(|k| matches(**k, key))
                .map(|k| resolve(b.action, *k))
        })
}

fn matches(key: Key, event: KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    match key {
        Char(c) => !ctrl && event.code == KeyCode::Char(c),
        Ctrl(c) => ctrl && event.code == KeyCode::Char(c),
        Code(code) => event.code == code,
    }
}

/// The digit keys share one row; the digit picks the stage.
fn resolve(action: Action, key: Key) -> Action {
    match (action, key) {
        (Action::Jump(_), Char(c)) => Action::Jump(c.to_digit(10).map_or(0, |d| d as usize - 1)),
        (action, _) => action,
    }
}

/// The footer's hints for a context, in table order, as (keys, words, priority).
pub fn footer_hints(context: Context, lang: Lang) -> Vec<(&'static str, &'static str, u8)> {
    BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .filter_map(|b| b.hint)
        .map(|h| (h.keys, Text::pick(h.words, lang), h.priority))
        .collect()
}

/// Every binding for the help overlay, each key label once.
pub fn help_rows(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut rows: Vec<(&str, &str)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| !b.label.is_empty()) {
        if !rows.iter().any(|(label, _)| *label == b.label) {
            rows.push((b.label, Text::pick(b.help, lang)));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_same_key_means_what_its_context_says() {
        assert_eq!(
            action_for(Stage, press(KeyCode::Enter)),
            Some(Action::ToggleNext)
        );
        assert_eq!(
            action_for(Welcome, press(KeyCode::Enter)),
            Some(Action::Confirm)
        );
        assert_eq!(
            action_for(Recover, press(KeyCode::Char('n'))),
            Some(Action::Fresh)
        );
        assert_eq!(
            action_for(Dialog, press(KeyCode::Char('n'))),
            Some(Action::Back)
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
    fn every_context_can_quit_and_shows_how() {
        for context in ALL {
            assert_eq!(
                action_for(*context, press(KeyCode::Char('q'))),
                Some(Action::Quit)
            );
        }
        for context in [Welcome, Stage, Summary, Help, Dialog, Recover] {
            assert!(
                footer_hints(context, Lang::Zh)
                    .iter()
                    .any(|(k, ..)| *k == "q"),
                "{context:?}"
            );
        }
    }
}
