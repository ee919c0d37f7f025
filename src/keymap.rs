//! The one table of key bindings: it drives key handling, the footer hints and the help overlay.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::text::{Lang, Text};
use crate::wizard::{Action, Edit};

/// Where the person is: each context has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Welcome,
    Stage,
    /// Troubleshooting opened with `t` from another screen: Esc and `t` lead back.
    Returnable,
    Summary,
    Help,
    /// Leaving preparation with required items open.
    Gate,
    /// The submission-date dialog, with no date recorded yet.
    Date,
    /// The submission-date dialog correcting a recorded date: it can also be cleared.
    DateRecorded,
    /// The saved session was unreadable: restore, start fresh or quit.
    Recover,
    /// Quit asked while the last save failed.
    Unsaved,
    TooSmall,
    /// The case file's timeline screen.
    Timeline,
    /// The event form: characters go to the focused field.
    Form,
    /// Saving a form whose text looks like it holds a secret.
    Privacy,
    /// Esc on a form with something typed.
    Discard,
    /// Removing a timeline event.
    Remove,
    /// How many days of cooling-off the app showed.
    CoolingOff,
}

/// A key as the table writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
    /// Any character typed without Ctrl: the form's text.
    AnyChar,
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
use Key::{AnyChar, Char, Code, Ctrl};

/// Every context.
const ALL: &[Context] = &[
    Welcome,
    Stage,
    Returnable,
    Summary,
    Help,
    Gate,
    Date,
    DateRecorded,
    Recover,
    Unsaved,
    TooSmall,
    Timeline,
    Form,
    Privacy,
    Discard,
    Remove,
    CoolingOff,
];
const MAIN: &[Context] = &[Stage, Returnable];
/// Where `q` quits: everywhere but the unsaved-changes dialog, which asks exactly that and
/// quits only with its own `d`.
const QUITTING: &[Context] = &[
    Welcome,
    Stage,
    Returnable,
    Summary,
    Help,
    Gate,
    Date,
    DateRecorded,
    Recover,
    TooSmall,
    Timeline,
    Remove,
    CoolingOff,
];
const MOVING: &[Context] = &[Stage, Returnable, Summary];
const SCREENS: &[Context] = &[Welcome, Stage, Returnable, Summary];
const DATES: &[Context] = &[Date, DateRecorded];
const DIGITS: &[Key] = &[
    Char('0'),
    Char('1'),
    Char('2'),
    Char('3'),
    Char('4'),
    Char('5'),
    Char('6'),
    Char('7'),
    Char('8'),
    Char('9'),
    Char('-'),
];

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
/// are ambiguous-width and take two cells in many CJK terminals. Within a context the first
/// row that has the key wins.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    bind(MAIN, &[Code(KeyCode::Up), Char('k')], "Up/Down k/j", Action::Up, ("上移 / 下移", "move up / down"), hint("Up/Down", "移动", "move", 5)),
    bind(MAIN, &[Code(KeyCode::Down), Char('j')], "", Action::Down, ("", ""), None),
    bind(MAIN, &[Code(KeyCode::PageUp)], "PgUp/PgDn", Action::PageUp, ("上翻 / 下翻一页", "page up / down"), None),
    bind(MAIN, &[Code(KeyCode::PageDown)], "", Action::PageDown, ("", ""), None),
    bind(MAIN, &[Code(KeyCode::Home), Char('g')], "Home/End g/G", Action::Top, ("第一项 / 最后一项", "first / last item"), None),
    bind(MAIN, &[Code(KeyCode::End), Char('G')], "", Action::Bottom, ("", ""), None),
    bind(MAIN, &[Char(' '), Char('x')], "Space/x", Action::Toggle, ("勾选 / 取消勾选（「提交注销申请」一步：填写或更正提交日）", "check / uncheck (the submit step: enter or correct the date)"), hint("Space", "勾选/取消", "check/uncheck", 6)),
    bind(MAIN, &[Code(KeyCode::Enter)], "Enter", Action::ConfirmNext, ("确认并到下一项（已确认的不会取消）", "confirm and go to the next item (never unchecks)"), hint("Enter", "确认", "confirm", 6)),
    bind(&[Stage, Returnable, Summary], &[Char('u')], "u", Action::Undo, ("撤销这次打开后的上一次更改（可重复）", "undo the last change of this run (repeatable)"), hint("u", "撤销", "undo", 4)),
    bind(MOVING, &[Code(KeyCode::Right), Char('l'), Code(KeyCode::Tab)], "Right/Left l/h", Action::NextStage, ("下一阶段 / 上一阶段（也可用 Tab / Shift-Tab）", "next / previous stage (Tab / Shift-Tab too)"), hint("Left/Right", "换阶段", "stage", 4)),
    bind(MOVING, &[Code(KeyCode::Left), Char('h'), Code(KeyCode::BackTab)], "", Action::PrevStage, ("", ""), None),
    bind(MOVING, &[Char('1'), Char('2'), Char('3'), Char('4'), Char('5')], "1-5", Action::Jump(0), ("跳到某一阶段", "jump to a stage"), None),
    bind(MAIN, &[Char('J')], "J/K", Action::ScrollDetail(1), ("说明向下 / 向上滚动", "scroll the details down / up"), None),
    bind(MAIN, &[Char('K')], "", Action::ScrollDetail(-1), ("", ""), None),
    bind(&[Returnable], &[Char('t'), Code(KeyCode::Esc)], "t", Action::Troubleshoot, ("疑难解答 / 返回原处（Esc 也可返回）", "troubleshooting / back again (Esc goes back too)"), hint("t/Esc", "返回", "back", 9)),
    bind(&[Stage, Summary], &[Char('t')], "t", Action::Troubleshoot, ("", ""), hint("t", "疑难解答", "problems", 3)),
    bind(SCREENS, &[Char('e')], "e", Action::Export, ("把进度报告导出到当前文件夹", "export the progress report to the current folder"), hint("e", "导出报告", "export", 2)),
    bind(&[Stage, Returnable, Summary], &[Char('r')], "r", Action::Remind, ("把日历提醒（.ics）写到当前文件夹；进度损坏的窗口中：用备份恢复", "write calendar reminders (.ics) to the current folder; in the damaged-progress window: restore the backup"), hint("r", "日历提醒", "reminders", 1)),
    bind(&[Welcome], &[Code(KeyCode::Enter)], "Enter", Action::Confirm, ("", ""), hint("Enter", "开始", "begin", 9)),
    bind(&[Gate], &[Char('c')], "c", Action::ContinueAnyway, ("仍然继续（在「还有必需项」窗口中，会记录时间）", "continue anyway (in the required-items window; the time is recorded)"), hint("c", "仍然继续", "continue anyway", 9)),
    bind(&[Gate, Unsaved], &[Code(KeyCode::Enter), Code(KeyCode::Esc)], "Enter/Esc", Action::Back, ("在窗口中：选安全的一边（不丢任何东西）", "in a window: take the safe choice (nothing is lost)"), hint("Enter/Esc", "返回", "go back", 9)),
    bind(&[Gate, Help], &[Code(KeyCode::Up), Char('k')], "", Action::Up, ("", ""), None),
    bind(&[Gate, Help], &[Code(KeyCode::Down), Char('j')], "", Action::Down, ("", ""), None),
    bind(DATES, &[Code(KeyCode::Left), Char('h')], "Left/Right", Action::ShiftDay(-1), ("提交日窗口：前一天 / 后一天；也可直接输入 YYYY-MM-DD", "date window: a day earlier / later; or type YYYY-MM-DD"), hint("Left/Right", "改日期", "day", 7)),
    bind(DATES, &[Code(KeyCode::Right), Char('l')], "", Action::ShiftDay(1), ("", ""), None),
    bind(DATES, DIGITS, "", Action::Type('0'), ("", ""), None),
    bind(DATES, &[Code(KeyCode::Backspace)], "", Action::Erase, ("", ""), None),
    bind(DATES, &[Code(KeyCode::Enter)], "", Action::Confirm, ("", ""), hint("Enter", "记录这一天", "record this day", 9)),
    bind(&[DateRecorded], &[Char('c')], "", Action::ClearSubmission, ("", ""), hint("c", "清除提交日", "clear the date", 8)),
    bind(&[Recover], &[Char('r')], "r", Action::Restore, ("用备份恢复（进度损坏时）", "restore the backup (damaged progress)"), hint("r", "用备份恢复", "restore backup", 9)),
    bind(&[Recover], &[Char('n')], "n", Action::Fresh, ("重新开始（进度损坏时；旧文件会存档）", "start fresh (damaged progress; the old files are archived)"), hint("n", "重新开始", "start fresh", 9)),
    bind(&[Unsaved], &[Char('s')], "s", Action::Save, ("立即保存（保存失败时重试）", "save now (retries a failed save)"), hint("s", "重试保存", "retry", 9)),
    bind(&[Unsaved], &[Char('w')], "w", Action::WriteElsewhere, ("保存失败时：把进度写到当前文件夹", "when saving fails: write the progress to the current folder"), hint("w", "另存到当前文件夹", "write here", 9)),
    bind(&[Unsaved], &[Char('d')], "d", Action::QuitAnyway, ("保存失败时：放弃未保存的更改并退出", "when saving fails: quit and lose the unsaved changes"), hint("d", "放弃并退出", "discard and quit", 8)),
    bind(MOVING, &[Char('s')], "", Action::Save, ("", ""), None),
    bind(&[Welcome, Stage, Returnable, Summary, Recover, Timeline], &[Char('L')], "L", Action::SwitchLang, ("切换语言 中文 / English", "switch language English / 中文"), hint("L", "English", "中文", 2)),
    bind(&[Welcome, Stage, Returnable, Summary, Help, Timeline], &[Char('?')], "?", Action::Help, ("帮助：所有按键", "help: every key"), hint("?", "帮助", "help", 7)),
    bind(&[Help], &[Code(KeyCode::Esc), Code(KeyCode::Enter)], "Esc", Action::Back, ("关闭窗口 / 从疑难解答返回（从不退出）", "close a window / back from troubleshooting (never quits)"), hint("Esc", "关闭", "close", 9)),
    bind(DATES, &[Code(KeyCode::Esc)], "", Action::Back, ("", ""), hint("Esc", "取消", "cancel", 8)),
    bind(&[Summary], &[Code(KeyCode::Esc)], "", Action::Back, ("", ""), None),
    bind(&[Stage, Returnable, Summary], &[Char('f')], "f", Action::CaseFile, ("记录：案件时间线（提交、联系、回复、投诉、证据）", "case file: the timeline (submission, contacts, replies, complaints, evidence)"), hint("f", "记录", "case file", 5)),
    bind(MAIN, &[Char('n')], "n", Action::NoteItem, ("给当前这一项写备注（显示在说明里）", "add a note to this item (shown in its details)"), None),
    bind(&[Timeline], &[Code(KeyCode::Up), Char('k')], "", Action::Up, ("", ""), hint("Up/Down", "移动", "move", 5)),
    bind(&[Timeline], &[Code(KeyCode::Down), Char('j')], "", Action::Down, ("", ""), None),
    bind(&[Timeline], &[Code(KeyCode::PageUp)], "", Action::PageUp, ("", ""), None),
    bind(&[Timeline], &[Code(KeyCode::PageDown)], "", Action::PageDown, ("", ""), None),
    bind(&[Timeline], &[Code(KeyCode::Home), Char('g')], "", Action::Top, ("", ""), None),
    bind(&[Timeline], &[Code(KeyCode::End), Char('G')], "", Action::Bottom, ("", ""), None),
    bind(&[Timeline], &[Char('J')], "", Action::ScrollDetail(1), ("", ""), None),
    bind(&[Timeline], &[Char('K')], "", Action::ScrollDetail(-1), ("", ""), None),
    bind(&[Timeline], &[Char('a')], "a", Action::AddEvent, ("记录页：添加一条记录", "case file: add an event"), hint("a", "添加", "add", 8)),
    bind(&[Timeline], &[Char('d'), Code(KeyCode::Delete)], "d/Delete", Action::RemoveEvent, ("记录页：删除所选记录（先询问，可撤销；确认和“仍然继续”在所在阶段撤销）", "case file: remove the event (asks first, undoable; confirmations and overrides are undone on their stage)"), hint("d", "删除", "remove", 6)),
    bind(&[Timeline], &[Char('u')], "", Action::Undo, ("", ""), hint("u", "撤销", "undo", 4)),
    bind(&[Timeline], &[Char('f'), Code(KeyCode::Esc)], "", Action::CaseFile, ("", ""), hint("f/Esc", "返回", "back", 9)),
    bind(&[Form], &[Code(KeyCode::Tab)], "Tab", Action::Field(1), ("表单：下一栏 / 上一栏（Shift-Tab）；左右键改类型、日期、渠道", "form: next / previous field (Shift-Tab); Left/Right change kind, date, channel"), hint("Tab", "下一栏", "next field", 7)),
    bind(&[Form], &[Code(KeyCode::BackTab)], "", Action::Field(-1), ("", ""), None),
    bind(&[Form], &[Code(KeyCode::Left)], "", Action::Edit(Edit::Left), ("", ""), None),
    bind(&[Form], &[Code(KeyCode::Right)], "", Action::Edit(Edit::Right), ("", ""), None),
    bind(&[Form], &[Code(KeyCode::Home)], "", Action::Edit(Edit::Home), ("", ""), None),
    bind(&[Form], &[Code(KeyCode::End)], "", Action::Edit(Edit::End), ("", ""), None),
    bind(&[Form], &[Code(KeyCode::Backspace)], "", Action::Edit(Edit::Backspace), ("", ""), None),
    bind(&[Form], &[Code(KeyCode::Delete)], "", Action::Edit(Edit::Delete), ("", ""), None),
    bind(&[Form], &[Code(KeyCode::Enter)], "", Action::Confirm, ("", ""), hint("Enter", "保存", "save", 9)),
    bind(&[Form], &[Code(KeyCode::Esc)], "", Action::Back, ("", ""), hint("Esc", "取消", "cancel", 8)),
    bind(&[Form, Privacy, Discard], &[Ctrl('c')], "Ctrl-C", Action::Quit, ("退出；表单里有内容时先问是否放弃（再按一次 Ctrl-C 退出）", "quit; with text in the form, asks first whether to discard it (Ctrl-C again quits)"), None),
    bind(&[Form], &[AnyChar], "", Action::Type(' '), ("", ""), None),
    bind(&[Privacy], &[Char('k')], "k/m/e", Action::Keep, ("隐私提示：k 照原样保存 / m 打码后保存 / e 回去修改", "privacy check: k keep as typed / m mask / e edit"), hint("k", "照原样保存", "keep", 7)),
    bind(&[Privacy], &[Char('m')], "", Action::Mask, ("", ""), hint("m", "打码", "mask", 8)),
    bind(&[Privacy], &[Char('e'), Code(KeyCode::Enter), Code(KeyCode::Esc)], "", Action::Back, ("", ""), hint("e/Enter/Esc", "修改", "edit", 9)),
    bind(&[Discard], &[Char('d')], "", Action::Discard, ("", ""), hint("d", "放弃", "discard", 8)),
    bind(&[Discard, Remove], &[Code(KeyCode::Enter), Code(KeyCode::Esc)], "", Action::Back, ("", ""), hint("Enter/Esc", "保留", "keep", 9)),
    bind(&[Remove], &[Char('d'), Code(KeyCode::Delete)], "", Action::RemoveEvent, ("", ""), hint("d", "删除", "remove", 8)),
    bind(MAIN, &[Char('o')], "o", Action::CoolingOff, ("「提交注销申请」一步：填写 App 显示的冷静期天数", "the submit step: enter the cooling-off days the app showed"), hint("o", "冷静期", "cooling-off", 8)),
    bind(&[CoolingOff], DIGITS, "", Action::Type('0'), ("", ""), None),
    bind(&[CoolingOff], &[Code(KeyCode::Backspace)], "", Action::Erase, ("", ""), None),
    bind(&[CoolingOff], &[Code(KeyCode::Enter)], "", Action::Confirm, ("", ""), hint("Enter", "记录", "record", 9)),
    bind(&[CoolingOff], &[Code(KeyCode::Esc)], "", Action::Back, ("", ""), hint("Esc", "跳过", "skip", 8)),
    bind(ALL, &[Ctrl('l')], "Ctrl-L", Action::Redraw, ("重画整个屏幕", "redraw the whole screen"), None),
    bind(ALL, &[Ctrl('z')], "", Action::Suspend, ("", ""), None),
    bind(QUITTING, &[Char('q'), Ctrl('c')], "q", Action::Quit, ("退出（进度随时已保存；保存失败时会先询问）", "quit (progress is always saved; asks first if a save failed)"), hint("q", "退出", "quit", 8)),
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
                .map(|_| resolve(b.action.clone(), key))
        })
}

fn matches(key: Key, event: KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    match key {
        Char(c) => !ctrl && event.code == KeyCode::Char(c),
        Ctrl(c) => ctrl && event.code == KeyCode::Char(c),
        Code(code) => event.code == code,
        AnyChar => !ctrl && matches!(event.code, KeyCode::Char(_)),
    }
}

/// Rows of several character keys: the digit picks the stage, or is the character typed.
fn resolve(action: Action, key: KeyEvent) -> Action {
    match (action, key.code) {
        (Action::Jump(_), KeyCode::Char(c)) => {
            Action::Jump(c.to_digit(10).map_or(0, |d| d as usize - 1))
        }
        (Action::Type(_), KeyCode::Char(c)) => Action::Type(c),
        (action, _) => action,
    }
}

/// The footer's hints for a context, in table order, as (keys, words, priority).
pub fn footer_hints(context: Context, lang: Lang) -> Vec<(&'static str, &'static str, u8)> {
    footer_hints_where(context, lang, |_| true)
}

/// The footer's hints for a context whose action `applies` where the cursor is (`o` only on
/// the submit step), in table order, as (keys, words, priority).
pub fn footer_hints_where(
    context: Context,
    lang: Lang,
    applies: impl Fn(&Action) -> bool,
) -> Vec<(&'static str, &'static str, u8)> {
    BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context) && applies(&b.action))
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
}
