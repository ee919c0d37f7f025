//! The one table of key bindings: it drives key handling, the footer hints and the help overlay.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::{Ui, strings};
use crate::text::Lang;
use crate::wizard::{Action, Edit};
use crate::wrap;

/// A key's words in the `Ui` table of the person's language (`|u| u.key_hints.undo`).
pub type Words = fn(&Ui) -> &'static str;

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

/// A footer hint: the keys as shown, the words that follow them, and how much it matters
/// when the footer is too narrow for every hint (higher stays longer).
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub keys: &'static str,
    pub words: Words,
    pub priority: u8,
}

/// One row of the table.
pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Key],
    /// The keys as the help overlay lists them; empty rows are not listed.
    pub label: &'static str,
    pub action: Action,
    /// What the help overlay says of the row; `None` on rows it does not list.
    pub help: Option<Words>,
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
/// Where `e` exports with a low-priority hint; on the summary exporting is the main thing left
/// to do, so there it has a row (and a hint) of its own.
const SCREENS: &[Context] = &[Welcome, Stage, Returnable];
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
    help: Option<Words>,
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

/// A row's help words.
const fn says(words: Words) -> Option<Words> {
    Some(words)
}

const fn hint(keys: &'static str, words: Words, priority: u8) -> Option<Hint> {
    Some(Hint {
        keys,
        words,
        priority,
    })
}

/// The bindings, in the order help lists them. Arrows are written as words: arrow glyphs
/// are ambiguous-width and take two cells in many CJK terminals. Within a context the first
/// row that has the key wins.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    bind(MAIN, &[Code(KeyCode::Up), Char('k')], "Up/Down k/j", Action::Up, says(|u| u.key_help.move_), hint("Up/Down", |u| u.key_hints.move_, 3)),
    bind(MAIN, &[Code(KeyCode::Down), Char('j')], "", Action::Down, None, None),
    bind(MAIN, &[Code(KeyCode::PageUp)], "PgUp/PgDn", Action::PageUp, says(|u| u.key_help.page), None),
    bind(MAIN, &[Code(KeyCode::PageDown)], "", Action::PageDown, None, None),
    bind(MAIN, &[Code(KeyCode::Home), Char('g')], "Home/End g/G", Action::Top, says(|u| u.key_help.first_last), None),
    bind(MAIN, &[Code(KeyCode::End), Char('G')], "", Action::Bottom, None, None),
    bind(MAIN, &[Char(' '), Char('x')], "Space/x", Action::Toggle, says(|u| u.key_help.toggle), hint("Space", |u| u.key_hints.toggle, 6)),
    bind(MAIN, &[Code(KeyCode::Enter)], "Enter", Action::ConfirmNext, says(|u| u.key_help.confirm_next), hint("Enter", |u| u.key_hints.confirm, 7)),
    bind(&[Stage, Returnable, Summary], &[Char('u')], "u", Action::Undo, says(|u| u.key_help.undo), hint("u", |u| u.key_hints.undo, 6)),
    bind(MOVING, &[Code(KeyCode::Right), Char('l'), Code(KeyCode::Tab)], "Right/Left l/h", Action::NextStage, says(|u| u.key_help.stage), hint("Left/Right", |u| u.key_hints.stage, 4)),
    bind(MOVING, &[Code(KeyCode::Left), Char('h'), Code(KeyCode::BackTab)], "", Action::PrevStage, None, None),
    bind(MOVING, &[Char('1'), Char('2'), Char('3'), Char('4'), Char('5')], "1-5", Action::Jump(0), says(|u| u.key_help.jump), None),
    bind(MAIN, &[Char('J')], "J/K", Action::ScrollDetail(1), says(|u| u.key_help.scroll_detail), None),
    bind(MAIN, &[Char('K')], "", Action::ScrollDetail(-1), None, None),
    bind(&[Returnable], &[Char('t'), Code(KeyCode::Esc)], "t", Action::Troubleshoot, says(|u| u.key_help.troubleshoot), hint("t/Esc", |u| u.key_hints.back, 9)),
    bind(&[Stage, Summary], &[Char('t')], "t", Action::Troubleshoot, None, hint("t", |u| u.key_hints.problems, 3)),
    bind(SCREENS, &[Char('e')], "e", Action::Export, says(|u| u.key_help.export), hint("e", |u| u.key_hints.export, 2)),
    bind(&[Summary], &[Char('e')], "", Action::Export, None, hint("e", |u| u.key_hints.export, 7)),
    bind(&[Stage, Returnable, Summary], &[Char('r')], "r", Action::Remind, says(|u| u.key_help.remind), hint("r", |u| u.key_hints.reminders, 1)),
    bind(&[Welcome], &[Code(KeyCode::Enter)], "Enter", Action::Confirm, None, hint("Enter", |u| u.key_hints.begin, 9)),
    bind(&[Gate], &[Char('c')], "c", Action::ContinueAnyway, says(|u| u.key_help.continue_anyway), hint("c", |u| u.key_hints.continue_anyway, 9)),
    bind(&[Gate, Unsaved], &[Code(KeyCode::Enter), Code(KeyCode::Esc)], "Enter/Esc", Action::Back, says(|u| u.key_help.safe_choice), hint("Enter/Esc", |u| u.key_hints.go_back, 9)),
    bind(&[Gate, Help], &[Code(KeyCode::Up), Char('k')], "", Action::Up, None, None),
    bind(&[Gate, Help], &[Code(KeyCode::Down), Char('j')], "", Action::Down, None, None),
    bind(DATES, &[Code(KeyCode::Left), Char('h')], "Left/Right", Action::ShiftDay(-1), says(|u| u.key_help.shift_day), hint("Left/Right", |u| u.key_hints.day, 7)),
    bind(DATES, &[Code(KeyCode::Right), Char('l')], "", Action::ShiftDay(1), None, None),
    bind(DATES, DIGITS, "", Action::Type('0'), None, None),
    bind(DATES, &[Code(KeyCode::Backspace)], "", Action::Erase, None, None),
    bind(DATES, &[Code(KeyCode::Enter)], "", Action::Confirm, None, hint("Enter", |u| u.key_hints.record_day, 9)),
    bind(&[DateRecorded], &[Char('c')], "", Action::ClearSubmission, None, hint("c", |u| u.key_hints.clear_date, 8)),
    bind(&[Recover], &[Char('r')], "r", Action::Restore, says(|u| u.key_help.restore), hint("r", |u| u.key_hints.restore, 9)),
    bind(&[Recover], &[Char('n')], "n", Action::Fresh, says(|u| u.key_help.fresh), hint("n", |u| u.key_hints.fresh, 9)),
    bind(&[Unsaved], &[Char('s')], "s", Action::Save, says(|u| u.key_help.save), hint("s", |u| u.key_hints.retry, 9)),
    bind(&[Unsaved], &[Char('w')], "w", Action::WriteElsewhere, says(|u| u.key_help.write_elsewhere), hint("w", |u| u.key_hints.write_here, 9)),
    bind(&[Unsaved], &[Char('d')], "d", Action::QuitAnyway, says(|u| u.key_help.quit_anyway), hint("d", |u| u.key_hints.discard_and_quit, 8)),
    bind(MOVING, &[Char('s')], "", Action::Save, None, None),
    bind(&[Welcome, Stage, Returnable, Summary, Recover, Timeline], &[Char('L')], "L", Action::SwitchLang, says(|u| u.key_help.switch_lang), hint("L", |u| u.key_hints.other_language, 2)),
    bind(&[Welcome, Stage, Returnable, Summary, Help, Timeline], &[Char('?')], "?", Action::Help, says(|u| u.key_help.help), hint("?", |u| u.key_hints.help, 7)),
    bind(&[Help], &[Code(KeyCode::Esc), Code(KeyCode::Enter)], "Esc", Action::Back, says(|u| u.key_help.close), hint("Esc", |u| u.key_hints.close, 9)),
    bind(&[Date], &[Code(KeyCode::Esc)], "", Action::Back, None, hint("Esc", |u| u.key_hints.cancel, 9)),
    bind(&[DateRecorded], &[Code(KeyCode::Esc)], "", Action::Back, None, hint("Esc", |u| u.key_hints.change_nothing, 9)),
    bind(&[Summary], &[Code(KeyCode::Esc)], "", Action::Back, None, None),
    bind(&[Stage, Returnable, Summary], &[Char('f')], "f", Action::CaseFile, says(|u| u.key_help.case_file), hint("f", |u| u.key_hints.case_file, 5)),
    bind(MAIN, &[Char('n')], "n", Action::NoteItem, says(|u| u.key_help.note_item), hint("n", |u| u.key_hints.note, 3)),
    bind(&[Timeline], &[Code(KeyCode::Up), Char('k')], "", Action::Up, None, hint("Up/Down", |u| u.key_hints.move_, 5)),
    bind(&[Timeline], &[Code(KeyCode::Down), Char('j')], "", Action::Down, None, None),
    bind(&[Timeline], &[Code(KeyCode::PageUp)], "", Action::PageUp, None, None),
    bind(&[Timeline], &[Code(KeyCode::PageDown)], "", Action::PageDown, None, None),
    bind(&[Timeline], &[Code(KeyCode::Home), Char('g')], "", Action::Top, None, None),
    bind(&[Timeline], &[Code(KeyCode::End), Char('G')], "", Action::Bottom, None, None),
    bind(&[Timeline], &[Char('J')], "", Action::ScrollDetail(1), None, None),
    bind(&[Timeline], &[Char('K')], "", Action::ScrollDetail(-1), None, None),
    bind(&[Timeline], &[Char('a')], "a", Action::AddEvent, says(|u| u.key_help.add_event), hint("a", |u| u.key_hints.add, 8)),
    bind(&[Timeline], &[Char('d'), Code(KeyCode::Delete)], "d/Delete", Action::RemoveEvent, says(|u| u.key_help.remove_event), hint("d", |u| u.key_hints.remove, 6)),
    bind(&[Timeline], &[Char('u')], "", Action::Undo, None, hint("u", |u| u.key_hints.undo, 6)),
    bind(&[Timeline], &[Char('f'), Code(KeyCode::Esc)], "", Action::CaseFile, None, hint("f/Esc", |u| u.key_hints.back, 9)),
    bind(&[Form], &[Code(KeyCode::Tab)], "Tab", Action::Field(1), says(|u| u.key_help.field), hint("Tab", |u| u.key_hints.next_field, 7)),
    bind(&[Form], &[Code(KeyCode::BackTab)], "", Action::Field(-1), None, None),
    bind(&[Form], &[Code(KeyCode::Left)], "", Action::Edit(Edit::Left), None, None),
    bind(&[Form], &[Code(KeyCode::Right)], "", Action::Edit(Edit::Right), None, None),
    bind(&[Form], &[Code(KeyCode::Home)], "", Action::Edit(Edit::Home), None, None),
    bind(&[Form], &[Code(KeyCode::End)], "", Action::Edit(Edit::End), None, None),
    bind(&[Form], &[Code(KeyCode::Backspace)], "", Action::Edit(Edit::Backspace), None, None),
    bind(&[Form], &[Code(KeyCode::Delete)], "", Action::Edit(Edit::Delete), None, None),
    bind(&[Form], &[Code(KeyCode::Enter)], "", Action::Confirm, None, hint("Enter", |u| u.key_hints.save, 9)),
    bind(&[Form], &[Code(KeyCode::Esc)], "", Action::Back, None, hint("Esc", |u| u.key_hints.cancel, 8)),
    bind(&[Form, Privacy, Discard], &[Ctrl('c')], "Ctrl-C", Action::Quit, says(|u| u.key_help.quit_form), None),
    bind(&[Form], &[AnyChar], "", Action::Type(' '), None, None),
    bind(&[Privacy], &[Char('k')], "k/m/e", Action::Keep, says(|u| u.key_help.privacy), hint("k", |u| u.key_hints.keep_as_typed, 7)),
    bind(&[Privacy], &[Char('m')], "", Action::Mask, None, hint("m", |u| u.key_hints.mask, 8)),
    bind(&[Privacy], &[Char('e'), Code(KeyCode::Enter), Code(KeyCode::Esc)], "", Action::Back, None, hint("e/Enter/Esc", |u| u.key_hints.edit, 9)),
    bind(&[Discard], &[Char('d')], "", Action::Discard, None, hint("d", |u| u.key_hints.discard, 8)),
    bind(&[Discard, Remove], &[Code(KeyCode::Enter), Code(KeyCode::Esc)], "", Action::Back, None, hint("Enter/Esc", |u| u.key_hints.keep, 9)),
    bind(&[Remove], &[Char('d'), Code(KeyCode::Delete)], "", Action::RemoveEvent, None, hint("d", |u| u.key_hints.remove, 8)),
    bind(MAIN, &[Char('o')], "o", Action::CoolingOff, says(|u| u.key_help.cooling_off), hint("o", |u| u.key_hints.cooling_off, 8)),
    bind(&[CoolingOff], DIGITS, "", Action::Type('0'), None, None),
    bind(&[CoolingOff], &[Code(KeyCode::Backspace)], "", Action::Erase, None, None),
    bind(&[CoolingOff], &[Code(KeyCode::Enter)], "", Action::Confirm, None, hint("Enter", |u| u.key_hints.record, 9)),
    bind(&[CoolingOff], &[Code(KeyCode::Esc)], "", Action::Back, None, hint("Esc", |u| u.key_hints.skip, 8)),
    bind(ALL, &[Ctrl('l')], "Ctrl-L", Action::Redraw, says(|u| u.key_help.redraw), None),
    bind(ALL, &[Ctrl('z')], "Ctrl-Z", Action::Suspend, if cfg!(unix) { says(|u| u.key_help.suspend) } else { None }, None),
    bind(QUITTING, &[Char('q'), Ctrl('c')], "q", Action::Quit, says(|u| u.key_help.quit), hint("q", |u| u.key_hints.quit, 8)),
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
        .map(|h| (h.keys, (h.words)(&strings(lang).ui), h.priority))
        .collect()
}

/// Cells a footer hint takes: its keys, a space, its words and two spaces after.
fn hint_width((keys, words, _): &(&str, &str, u8)) -> usize {
    wrap::width(keys) + wrap::width(words) + 3
}

/// The footer's hints for a context in `lang`, in table order: those whose action `applies`,
/// less the lowest-priority ones (the first of equals first) until they fit `width` cells in
/// both languages, so that a width shows the same keys in Chinese and in English.
pub fn fit_footer(
    context: Context,
    lang: Lang,
    width: usize,
    applies: impl Fn(&Action) -> bool,
) -> Vec<(&'static str, &'static str)> {
    let mut zh = footer_hints_where(context, Lang::Zh, &applies);
    let mut en = footer_hints_where(context, Lang::En, &applies);
    let too_wide = |hints: &[(&str, &str, u8)]| hints.iter().map(hint_width).sum::<usize>() > width;
    while too_wide(&zh) || too_wide(&en) {
        let lowest = zh
            .iter()
            .enumerate()
            .min_by_key(|(_, h)| h.2)
            .map(|(i, _)| i);
        let Some(lowest) = lowest else { break };
        zh.remove(lowest);
        en.remove(lowest);
    }
    let shown = match lang {
        Lang::Zh => zh,
        Lang::En => en,
    };
    shown
        .into_iter()
        .map(|(keys, words, _)| (keys, words))
        .collect()
}

/// Every binding the help overlay lists, in table order: one row for each key label and
/// meaning, so a key that means different things in different places (`n`, `r`) has a row
/// for each.
pub fn help_rows(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut rows: Vec<(&str, &str)> = Vec::new();
    let ui = &strings(lang).ui;
    for b in BINDINGS.iter().filter(|b| !b.label.is_empty()) {
        let Some(help) = b.help.map(|help| help(ui)) else {
            continue;
        };
        if !rows.contains(&(b.label, help)) {
            rows.push((b.label, help));
        }
    }
    rows
}

#[cfg(test)]
mod tests;
