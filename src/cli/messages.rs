//! Every string the command line prints, in both languages: the lines the commands print, and
//! the errors they report (the help text is in [`crate::i18n::Help`]). Values
//! from outside the program (paths, arguments, file contents) are sanitized here, where they
//! enter a message.

use std::fmt;
use std::path::Path;

use jiff::civil::Date;

use crate::calendar::REVIEW_LIMIT_WORKING_DAYS;
use crate::checklist::Checklist;
use crate::store::owner::{Note, Refusal};
use crate::text::{Lang, sanitize_line};

mod errors;
pub mod remind;
mod usage;
pub use errors::describe;
pub(in crate::cli) use usage::one_of;
pub use usage::usage;

/// Picks a `(zh, en)` pair.
fn pick<T>(lang: Lang, zh: T, en: T) -> T {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// `"value"`, made safe to print: for arguments and paths in messages.
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", sanitize_line(value))
}

/// A path made safe to print.
pub fn path(path: &Path) -> String {
    sanitize_line(&path.display().to_string())
}

/// `n` with the English noun in the right number: "1 day", "2 days".
pub fn count(n: impl Into<i64>, singular: &str, plural: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// The line that starts an error message.
pub fn error_prefix(lang: Lang) -> &'static str {
    pick(lang, "错误：", "error: ")
}

/// The line before each cause in an error's chain.
pub fn cause_prefix(lang: Lang) -> &'static str {
    pick(lang, "  原因：", "  caused by: ")
}

/// The line after a usage error.
pub fn try_help(lang: Lang) -> &'static str {
    pick(
        lang,
        "运行 xhs-cancel --help 查看用法。",
        "Try 'xhs-cancel --help'.",
    )
}

/// What is printed instead of a status or report when nothing is saved.
pub fn no_session(lang: Lang, dir: &Path) -> String {
    let dir = path(dir);
    pick(
        lang,
        format!("在 {dir} 中没有保存的进度；运行 xhs-cancel 开始。"),
        format!("No saved session in {dir}; run xhs-cancel to start."),
    )
}

/// `check`'s line for a set of checklists that passed.
pub fn check_ok(lang: Lang, checklist: &Checklist) -> String {
    let stages = checklist.stages.len();
    let items: usize = checklist.stages.iter().map(|s| s.items.len()).sum();
    let questions = checklist.questions.len();
    let sources = checklist.sources.len();
    let span = checklist.calendar.span();
    match lang {
        Lang::Zh => {
            let years = match span {
                Some((a, b)) if a == b => format!("日历 {a} 年"),
                Some((a, b)) => format!("日历 {a}-{b} 年"),
                None => "没有日历年份".to_string(),
            };
            format!(
                "通过：{stages} 个阶段，{items} 项，{questions} 个问题，{sources} 个来源，{years}"
            )
        }
        Lang::En => {
            let years = match span {
                Some((a, b)) if a == b => format!("calendar {a}"),
                Some((a, b)) => format!("calendar {a}-{b}"),
                None => "no calendar years".to_string(),
            };
            let n = |n: usize, one, many| count(n as i64, one, many);
            format!(
                "ok: {}, {}, {}, {}, {years}",
                n(stages, "stage", "stages"),
                n(items, "item", "items"),
                n(questions, "question", "questions"),
                n(sources, "source", "sources"),
            )
        }
    }
}

/// `forget`'s list and question.
pub fn forget_question(lang: Lang, files: &[std::path::PathBuf]) -> String {
    let mut text = pick(lang, "将删除以下文件：\n", "These files will be deleted:\n").to_string();
    for file in files {
        text.push_str("  ");
        text.push_str(&path(file));
        text.push('\n');
    }
    text.push_str(pick(lang, "确定删除吗？[y/N] ", "Delete them? [y/N] "));
    text
}

/// One line per removed file or folder.
pub fn removed(lang: Lang, file: &Path) -> String {
    let file = path(file);
    pick(lang, format!("已删除 {file}"), format!("removed {file}"))
}

/// After `forget` removed files: what it leaves alone.
pub fn forget_leaves(lang: Lang) -> &'static str {
    pick(
        lang,
        "只删除了上面列出的文件。用 -o 导出的文件，以及保存在其他文件夹的报告和日历提醒，不会被删除，里面仍有你的记录；需要的话请自己删除。",
        "Only the files listed above were removed. Files written with -o, and reports and reminder files in other folders, are not touched and still hold your records; delete them yourself if you want them gone.",
    )
}

pub fn nothing_to_forget(lang: Lang, dir: &Path) -> String {
    let dir = path(dir);
    pick(
        lang,
        format!("没有可删除的文件：{dir} 中没有保存的进度。"),
        format!("Nothing to delete: no saved session in {dir}."),
    )
}

pub fn nothing_removed(lang: Lang) -> &'static str {
    pick(lang, "没有删除任何文件。", "Nothing removed.")
}

/// Whether a typed answer to a `[y/N]` question is yes.
pub fn is_yes(answer: &str) -> bool {
    matches!(answer.trim(), "y" | "Y" | "yes" | "Yes" | "YES" | "是")
}

/// `submitted DATE`'s one line.
pub fn submission_recorded(lang: Lang, on: Date, deadline: Date) -> String {
    let limit = REVIEW_LIMIT_WORKING_DAYS;
    pick(
        lang,
        format!("已记录提交日期 {on}；{limit} 个工作日的审核时限到 {deadline} 为止。"),
        format!(
            "Submission date recorded: {on}; the {limit}-working-day review limit ends on {deadline}."
        ),
    )
}

pub fn clear_question(lang: Lang, on: Date) -> String {
    pick(
        lang,
        format!("删除已记录的提交日期 {on}，并把提交一步标为未完成吗？[y/N] "),
        format!(
            "Remove the recorded submission date {on} and mark the submit step not done? [y/N] "
        ),
    )
}

pub fn submission_cleared(lang: Lang) -> &'static str {
    pick(
        lang,
        "已删除提交日期；提交一步重新标为未完成。",
        "Submission date removed; the submit step is marked not done again.",
    )
}

pub fn no_submission(lang: Lang) -> &'static str {
    pick(
        lang,
        "没有记录提交日期，未做任何更改。",
        "No submission date is recorded; nothing changed.",
    )
}

pub fn nothing_changed(lang: Lang) -> &'static str {
    pick(lang, "未做任何更改。", "Nothing changed.")
}

/// `--new` put the previous session away.
pub fn archived(lang: Lang, to: &Path) -> String {
    let to = path(to);
    pick(
        lang,
        format!("原来的进度已归档为 {to}"),
        format!("The previous session was archived as {to}"),
    )
}

/// The wizard ended with changes it could not save.
pub fn unsaved(lang: Lang, reason: &str) -> String {
    let reason = sanitize_line(reason);
    pick(
        lang,
        format!("警告：最后的更改未能保存：{reason}"),
        format!("warning: the last changes could not be saved: {reason}"),
    )
}

/// Refusing a folder or session file another user owns, with the command that fixes it.
fn not_owned(lang: Lang, r: &Refusal) -> String {
    let (p, owner, uid, fix) = (path(&r.path), r.owner, r.uid, r.fix());
    if r.shared {
        let private = path(&r.private_folder());
        return pick(
            lang,
            format!(
                "{p} 是多个用户共享的目录（属于 uid {owner}），其他用户可以在里面放入或替换进度文件。请在其中建一个你自己的目录：{fix}，再运行 xhs-cancel --data-dir {private}"
            ),
            format!(
                "{p} is a folder shared by several users (owned by uid {owner}): others could put or replace session files in it. Make a folder of your own inside it: {fix}, then run xhs-cancel --data-dir {private}"
            ),
        );
    }
    match (lang, r.is_dir) {
        (Lang::Zh, true) => format!(
            "进度目录 {p} 属于另一个用户（uid {owner}），不属于你（uid {uid}）：那个用户可以读取或替换你的进度。请用 --data-dir 指定你自己的目录；如果它确实是你的，运行：{fix}"
        ),
        (Lang::Zh, false) => format!(
            "{p} 属于另一个用户（uid {owner}），不属于你（uid {uid}）：它可能不是你的进度。请删除它；如果它确实是你的，运行：{fix}"
        ),
        (Lang::En, true) => format!(
            "the data folder {p} belongs to another user (uid {owner}), not to you (uid {uid}): that user could read or replace your session. Use a folder of your own with --data-dir, or if it is yours, run: {fix}"
        ),
        (Lang::En, false) => format!(
            "{p} belongs to another user (uid {owner}), not to you (uid {uid}): it may not be your session. Remove it, or if it is yours, run: {fix}"
        ),
    }
}

/// What the ownership check changed or left in the data folder, one line for stderr.
pub fn owner_note(lang: Lang, note: &Note) -> String {
    match note {
        Note::Tightened { path: p, from, to } => {
            let p = path(p);
            pick(
                lang,
                format!("注意：{p} 其他用户可以访问（权限 {from:04o}），已改为 {to:04o}"),
                format!("note: {p} was open to other users (mode {from:04o}); it is now {to:04o}"),
            )
        }
        Note::Shared { path: p, mode } => {
            let p = path(p);
            pick(
                lang,
                format!(
                    "注意：{p} 是共享目录（权限 {mode:04o}），保持原样；其他用户放入的进度文件会被拒绝"
                ),
                format!(
                    "note: {p} is a shared folder (mode {mode:04o}) and was left as it is; session files other users put in it are refused"
                ),
            )
        }
    }
}

/// The command line's own failures, each worded in both languages.
#[derive(Debug)]
pub enum CliError {
    /// No `--data-dir`, no `XHS_CANCEL_DATA_DIR`, and no platform folder (no home).
    NoDataDir,
    /// The wizard was started without a terminal.
    NeedsTerminal,
    /// A question would be asked, but standard input is not a terminal.
    NeedsYes { command: &'static str },
    /// `submitted` got a day after today.
    FutureDate { value: String, today: Date },
    /// `export -o` or `remind -o` (`command`) naming one of the program's own files.
    OwnFile {
        path: std::path::PathBuf,
        command: &'static str,
    },
    /// A submission date before Xiaohongshu existed ([`crate::wizard::EARLIEST`]).
    TooEarly { value: String },
    /// The checklists have no item marked `submitted` in the deletion stage.
    NoSubmitStep,
    /// The report file could not be written.
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    /// The wizard ended with its last changes unsaved.
    NotSaved,
    /// The data folder or a session file in it belongs to another user.
    NotOwned(Refusal),
}

impl CliError {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            CliError::NoDataDir => pick(
                lang,
                "找不到保存进度的目录：请用 --data-dir 指定，或设置环境变量 XHS_CANCEL_DATA_DIR".into(),
                "no data folder: pass --data-dir DIR or set XHS_CANCEL_DATA_DIR".into(),
            ),
            CliError::NeedsTerminal => pick(
                lang,
                "向导需要在终端中运行；脚本请使用 xhs-cancel status 或 xhs-cancel export".into(),
                "the wizard needs a terminal; for scripts use `xhs-cancel status` or `xhs-cancel export`".into(),
            ),
            CliError::NeedsYes { command } => pick(
                lang,
                format!("{command} 会先询问再删除：请在终端中运行，或加上 --yes"),
                format!("{command} asks before it removes anything: run it in a terminal, or pass --yes"),
            ),
            CliError::FutureDate { value, today } => {
                let value = quoted(value);
                pick(
                    lang,
                    format!("{value} 晚于今天（{today}）：请填写你在 App 里提交注销申请的那一天"),
                    format!("{value} is after today ({today}): give the day you submitted the request in the app"),
                )
            }
            CliError::OwnFile { path: p, command } => pick(
                lang,
                format!("{} 是 xhs-cancel 自己的进度文件，xhs-cancel {command} 不会覆盖它：请换一个文件名", path(p)),
                format!("{} is one of xhs-cancel's own files; xhs-cancel {command} never replaces it: choose another name", path(p)),
            ),
            CliError::TooEarly { value } => {
                let value = quoted(value);
                pick(
                    lang,
                    format!("{value} 太早了：小红书 2013 年才上线；请填写你在 App 里提交注销申请的那一天"),
                    format!("{value} is too early: Xiaohongshu started in 2013; give the day you submitted the request in the app"),
                )
            }
            CliError::NoSubmitStep => pick(
                lang,
                "清单中没有提交一步（deletion 阶段中 marks = \"submitted\" 的项）".into(),
                "the checklists have no submit step (an item with marks = \"submitted\" in the deletion stage)".into(),
            ),
            CliError::Write { path: p, .. } => {
                let p = path(p);
                pick(lang, format!("无法写入 {p}"), format!("cannot write {p}"))
            }
            CliError::NotSaved => pick(lang, "进度未保存", "progress not saved").into(),
            CliError::NotOwned(refusal) => not_owned(lang, refusal),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CliError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// `TERM=dumb`: the wizard's screen needs a terminal that moves the cursor; the plain status
/// is printed instead.
pub fn dumb_terminal(lang: Lang) -> String {
    pick(
        lang,
        "这个终端（TERM=dumb）不能显示向导的全屏界面，下面是纯文本的进度（xhs-cancel status）。请在普通终端里运行向导。",
        "This terminal (TERM=dumb) cannot show the wizard's screen; here is the plain progress (xhs-cancel status) instead. Run the wizard in a regular terminal.",
    )
    .into()
}

/// No UTF-8 locale: the wizard's Chinese text and box lines would be garbled; the plain status
/// is printed instead.
pub fn no_utf8_locale(lang: Lang) -> String {
    pick(
        lang,
        "当前的语言环境不是 UTF-8（见 LC_ALL、LC_CTYPE、LANG），向导的界面会显示成乱码，下面是纯文本的进度（xhs-cancel status）。请设置 UTF-8 语言环境（例如 LANG=zh_CN.UTF-8），或加 --ascii 运行向导。",
        "The locale is not UTF-8 (see LC_ALL, LC_CTYPE, LANG), so the wizard's screen would be garbled; here is the plain progress (xhs-cancel status) instead. Set a UTF-8 locale (for example LANG=en_US.UTF-8), or run the wizard with --ascii.",
    )
    .into()
}
