//! The words of `remind` and `cooling-off`, in both languages: their lines and their refusals.

use std::fmt;

use jiff::civil::Date;

use super::{pick, quoted};
use crate::cli::args::CoolingOffUsage;
use crate::outcome::Outcome;
use crate::session::MAX_COOLING_OFF_DAYS;
use crate::text::Lang;

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
