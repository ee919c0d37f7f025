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

/// One row of the table: the keys, what they do, and how the hint reads.
pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Key],
    /// The keys as the footer and help show them.
    pub label: &'static str,
    pub action: Action,
    pub help: (&'static str, &'static str),
    /// Shown in the footer (help always lists every binding).
    pub footer: bool,
}

use Context::*;
use Key::{Char, Code, Ctrl};

const ALL: &[Context] = &[Welcome, Stage, Summary, Help, Dialog, Recover, TooSmall];
const MAIN: &[Context] = &[Stage];

/// The bindings, in the order help lists them.
pub static BINDINGS: &[Binding] = &[
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::Up), Char('k')],
        label: "↑/k",
        action: Action::Up,
        help: ("上移", "move up"),
        footer: false,
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::Down), Char('j')],
        label: "↓/j",
        action: Action::Down,
        help: ("下移", "move down"),
        footer: true,
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::PageUp)],
        label: "PgUp",
        action: Action::PageUp,
        help: ("上翻一页", "page up"),
        footer: false,
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::PageDown)],
        label: "PgDn",
        action: Action::PageDown,
        help: ("下翻一页", "page down"),
        footer: false,
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::Home), Char('g')],
        label: "Home/g",
        action: Action::Top,
        help: ("到第一项", "first item"),
        footer: false,
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::End), Char('G')],
        label: "End/G",
        action: Action::Bottom,
        help: ("到最后一项", "last item"),
        footer: false,
    },
    Binding {
        contexts: MAIN,
        keys: &[Char(' '), Char('x')],
        label: "Space/x",
        action: Action::Toggle,
        help: ("勾选 / 取消", "check / uncheck"),
        footer: true,
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::Enter)],
        label: "Enter",
        action: Action::ToggleNext,
        help: ("勾选并到下一项", "check and go to the next"),
        footer: false,
    },
    Binding {
        contexts: &[Stage, Summary],
        keys: &[Code(KeyCode::Right), Char('l'), Code(KeyCode::Tab)],
        label: "→/l/Tab",
        action: Action::NextStage,
        help: ("下一阶段", "next stage"),
        footer: true,
    },
    Binding {
        contexts: &[Stage, Summary],
        keys: &[Code(KeyCode::Left), Char('h'), Code(KeyCode::BackTab)],
        label: "←/h/S-Tab",
        action: Action::PrevStage,
        help: ("上一阶段", "previous stage"),
        footer: false,
    },
    Binding {
        contexts: &[Stage, Summary],
        keys: &[Char('1'), Char('2'), Char('3'), Char('4'), Char('5')],
        label: "1-5",
        action: Action::Jump(0),
        help: ("跳到某一阶段", "jump to a stage"),
        footer: false,
    },
    Binding {
        contexts: MAIN,
        keys: &[Char('J')],
        label: "J/K",
        action: Action::ScrollDetail(1),
        help: ("滚动右侧说明", "scroll the details"),
        footer: false,
    },
    Binding {
        contexts: MAIN,
        keys: &[Char('K')],
        label: "",
        action: Action::ScrollDetail(-1),
        help: ("", ""),
        footer: false,
    },
    Binding {
        contexts: &[Stage, Summary],
        keys: &[Char('t')],
        label: "t",
        action: Action::Troubleshoot,
        help: ("疑难解答 / 返回", "troubleshooting / back"),
        footer: true,
    },
    Binding {
        contexts: &[Summary],
        keys: &[Char('e')],
        label: "e",
        action: Action::Export,
        help: ("导出报告", "export the report"),
        footer: true,
    },
    Binding {
        contexts: &[Welcome, Dialog],
        keys: &[Code(KeyCode::Enter), Char('y')],
        label: "Enter",
        action: Action::Confirm,
        help: ("确认 / 继续", "confirm / continue"),
        footer: true,
    },
    Binding {
        contexts: &[Recover],
        keys: &[Char('r')],
        label: "r",
        action: Action::Restore,
        help: ("用备份恢复", "restore the backup"),
        footer: true,
    },
    Binding {
        contexts: &[Recover],
        keys: &[Char('n')],
        label: "n",
        action: Action::Fresh,
        help: ("重新开始", "start fresh"),
        footer: true,
    },
    Binding {
        contexts: &[Welcome, Stage, Summary, Recover],
        keys: &[Char('L')],
        label: "L",
        action: Action::SwitchLang,
        help: ("切换语言 中/EN", "switch language 中/EN"),
        footer: true,
    },
    Binding {
        contexts: &[Stage, Summary],
        keys: &[Char('s')],
        label: "s",
        action: Action::Save,
        help: (
            "立即保存（保存失败时重试）",
            "save now (retry a failed save)",
        ),
        footer: false,
    },
    Binding {
        contexts: &[Welcome, Stage, Summary, Help],
        keys: &[Char('?')],
        label: "?",
        action: Action::Help,
        help: ("帮助：所有按键", "help: every key"),
        footer: true,
    },
    Binding {
        contexts: &[Welcome, Stage, Summary, Recover, TooSmall],
        keys: &[Code(KeyCode::Esc)],
        label: "Esc",
        action: Action::Back,
        help: (
            "关闭窗口 / 从疑难解答返回 / 退出",
            "close a window / back from troubleshooting / quit",
        ),
        footer: false,
    },
    Binding {
        contexts: &[Help, Dialog],
        keys: &[Code(KeyCode::Esc), Char('n')],
        label: "Esc",
        action: Action::Back,
        help: ("关闭", "close"),
        footer: true,
    },
    Binding {
        contexts: ALL,
        keys: &[Char('q'), Ctrl('c')],
        label: "q",
        action: Action::Quit,
        help: ("退出（进度已保存）", "quit (progress is saved)"),
        footer: true,
    },
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

/// The footer's hints for a context, in table order.
pub fn footer_hints(context: Context, lang: Lang) -> Vec<(&'static str, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.footer && b.contexts.contains(&context) && !b.label.is_empty())
        .map(|b| (b.label, Text::pick(b.help, lang)))
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
