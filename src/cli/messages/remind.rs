//! The words of `remind` and `cooling-off` (and of `export --to`), in both languages: their
//! help, their lines, and their refusals.

use std::fmt;

use jiff::civil::Date;

use super::{pick, quoted};
use crate::cli::args::CoolingOffUsage;
use crate::outcome::Outcome;
use crate::session::MAX_COOLING_OFF_DAYS;
use crate::text::Lang;

/// The help of `remind` and `cooling-off` in one language.
pub struct RemindHelp {
    pub remind: &'static str,
    pub remind_long: &'static str,
    pub output: &'static str,
    pub cooling_off: &'static str,
    pub cooling_off_long: &'static str,
    pub cooling_off_usage: &'static str,
    pub days: &'static str,
    pub days_name: &'static str,
    pub clear: &'static str,
    /// `export --to`, and its value's name.
    pub to: &'static str,
    pub channel: &'static str,
}

/// The help in `lang`.
pub fn help(lang: Lang) -> &'static RemindHelp {
    pick(lang, &HELP_ZH, &HELP_EN)
}

const HELP_ZH: RemindHelp = RemindHelp {
    remind: "生成日历提醒（.ics）：冷静期结束、审核时限前的检查、审核时限",
    remind_long: "生成日历提醒（iCalendar .ics 文件），可导入手机或电脑的日历：\n\
                  冷静期结束（如已用 cooling-off 记录天数）、15 个工作日审核时限前 3 个工作日的检查、\n\
                  审核时限当天。都是全天事件；再次导入会更新原来的事件而不是重复添加。\n\
                  需要先记录提交日期（xhs-cancel submitted YYYY-MM-DD）。",
    output: "写入该文件（整个替换，只有你能读取）；- 表示标准输出",
    cooling_off: "记录 App 显示的冷静期天数，或用 --clear 删除",
    cooling_off_long: "记录提交注销申请后 App 显示的冷静期（自然日天数，0 到 366）：\n\
                       日历提醒会在冷静期结束那天提醒你。需要先记录提交日期。",
    cooling_off_usage: "xhs-cancel cooling-off <天数>\n      xhs-cancel cooling-off --clear",
    days: "App 显示的冷静期天数（自然日），例如 7",
    days_name: "天数",
    clear: "删除已记录的冷静期天数",
    channel: "渠道",
    to: "投诉信的收信方：platform（平台）、12321、12315、\n\
         miit（工信部）或 cac（网信部门）；默认为最近一次\n\
         投诉的渠道，否则为平台",
};

const HELP_EN: RemindHelp = RemindHelp {
    remind: "calendar reminders (.ics): cooling-off end, a check-in, the review limit",
    remind_long: "Calendar reminders as an iCalendar (.ics) file for your phone's or computer's\n\
                  calendar: the end of the cooling-off period (once recorded with cooling-off),\n\
                  a check-in 3 working days before the 15-working-day review limit, and the\n\
                  limit itself. All-day events; importing the file again updates them instead\n\
                  of adding copies. Needs the submission date (xhs-cancel submitted YYYY-MM-DD).",
    output: "write to FILE (replaced whole, readable by you only);\n- is standard output",
    cooling_off: "record the cooling-off period the app showed, or remove it with --clear",
    cooling_off_long: "Record the cooling-off period the app showed after you submitted the\n\
                       deletion request, in calendar days (0 to 366): the calendar reminders\n\
                       mark the day it ends. Needs the submission date.",
    cooling_off_usage: "xhs-cancel cooling-off <DAYS>\n       xhs-cancel cooling-off --clear",
    days: "the cooling-off period the app showed, in calendar days,\nfor example 7",
    days_name: "DAYS",
    clear: "remove the recorded cooling-off length",
    channel: "CHANNEL",
    to: "whom the complaint letter is addressed to: platform,\n\
         12321, 12315, miit or cac (default: the channel of the\n\
         latest complaint recorded, else the platform)",
};

/// A refused `cooling-off` command line.
pub fn usage(e: &CoolingOffUsage, lang: Lang) -> String {
    let max = MAX_COOLING_OFF_DAYS;
    match e {
        CoolingOffUsage::Missing => pick(
            lang,
            format!("cooling-off 需要天数（0 到 {max}），或 --clear"),
            format!("cooling-off needs a number of days (0 to {max}) or --clear"),
        ),
        CoolingOffUsage::BadDays(typed) => {
            let typed = quoted(typed);
            pick(
                lang,
                format!("{typed} 不是有效的冷静期：请填写 0 到 {max} 之间的整数天数，例如 7"),
                format!(
                    "{typed} is not a cooling-off length: give a whole number of days from 0 to {max}, for example 7"
                ),
            )
        }
    }
}

/// `cooling-off DAYS`'s line.
pub fn recorded(lang: Lang, days: u16, ends: Option<Date>) -> String {
    match (lang, ends) {
        (Lang::Zh, Some(ends)) => {
            format!("已记录冷静期 {days} 天，到 {ends} 结束；xhs-cancel remind 可生成日历提醒。")
        }
        (Lang::Zh, None) => format!("已记录冷静期 {days} 天。"),
        (Lang::En, Some(ends)) => format!(
            "Cooling-off period recorded: {days} days, ending on {ends}; xhs-cancel remind writes calendar reminders."
        ),
        (Lang::En, None) => format!("Cooling-off period recorded: {days} days."),
    }
}

pub fn cleared(lang: Lang) -> &'static str {
    pick(lang, "已删除冷静期天数。", "Cooling-off length removed.")
}

pub fn none_recorded(lang: Lang) -> &'static str {
    pick(
        lang,
        "没有记录冷静期天数，未做任何更改。",
        "No cooling-off length is recorded; nothing changed.",
    )
}

/// Refusals of `remind` and `cooling-off` (exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemindError {
    /// No submission date is recorded: nothing to count from.
    NoSubmission,
    /// `remind` only: a recorded outcome (`gone` or `cancelled`) ended the review.
    Ended(Outcome),
}

impl RemindError {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            RemindError::NoSubmission => pick(
                lang,
                "还没有记录提交注销申请的日期，无法计算提醒日期：先运行 xhs-cancel submitted YYYY-MM-DD（你在 App 里提交的那一天），或在向导的注销阶段确认提交一步",
                "no submission date is recorded, so there is nothing to count from: run xhs-cancel submitted YYYY-MM-DD first (the day you submitted the request in the app), or confirm the submit step in the wizard's deletion stage",
            )
            .to_string(),
            RemindError::Ended(ended) => {
                let sentence = ended.sentence(lang);
                pick(
                    lang,
                    format!(
                        "审核已经结束（{sentence}），没有要提醒的日期。如果重新提交了申请，先运行 xhs-cancel submitted YYYY-MM-DD 记录新的提交日期"
                    ),
                    format!(
                        "the review has ended ({sentence}), so there is nothing to remind you of. If you submitted a new request, record its date first: xhs-cancel submitted YYYY-MM-DD"
                    ),
                )
            }
        }
    }
}

impl fmt::Display for RemindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for RemindError {}

/// Said after writing reminders whose dates have all passed: the file is a record now.
pub fn all_past(lang: Lang, deadline: jiff::civil::Date) -> String {
    pick(
        lang,
        format!(
            "注意：审核时限 {deadline} 已经过去，文件里的日期都在今天之前，只能当作记录；可以用 xhs-cancel export 生成投诉信草稿。"
        ),
        format!(
            "Note: the review limit ({deadline}) has passed, so every date in the file is before today and it is only a record now; xhs-cancel export drafts a complaint letter."
        ),
    )
}
