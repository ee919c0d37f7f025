//! Every string the report writes of its own, in both languages: headings, labels and sentences
//! as `(zh, en)` pairs picked with [`tr`], and the lines with values in them as functions. The
//! checklist's text, the letter (`letter.toml`) and the review clock's notes (from
//! [`crate::calendar`]) come from elsewhere.

use jiff::civil::Date;

use crate::checklist::StageId;
use crate::text::Lang;

/// A `(zh, en)` pair of the report's own strings.
pub type Pair = (&'static str, &'static str);

/// Picks the string of `pair` in `lang`.
pub fn tr(lang: Lang, pair: Pair) -> &'static str {
    match lang {
        Lang::Zh => pair.0,
        Lang::En => pair.1,
    }
}

/// `n` with the English noun in the right number: "1 working day", "2 working days".
pub fn count(n: i32, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

// --- shared

/// Between the options chosen for one question.
pub const OPTION_SEP: Pair = ("、", ", ");
/// After a question that ends in neither a question mark nor a colon.
pub const ANSWER_COLON: Pair = ("：", ": ");

// --- status

pub const STATUS_TITLE: Pair = ("：进度", ": status");
pub const CURRENT_STAGE: Pair = ("当前阶段：", "Current stage: ");
pub const CHOSEN_SUFFIX: Pair = (" 已选", " chosen");
pub const TRIED_SUFFIX: Pair = (" 已尝试", " tried");
pub const ANSWERS: Pair = ("回答：", "Answers: ");
/// Between the answers on the status line.
pub const ANSWER_SEP: Pair = ("；", "; ");
pub const CLOCK_LABEL: Pair = ("审核计时：", "Review clock: ");
pub const STATUS_NOT_SUBMITTED: Pair = (
    "审核计时：尚未记录提交注销申请。",
    "Review clock: the submission is not recorded yet.",
);
pub const LETTER_IN_EXPORT: Pair = (
    "xhs-cancel export 生成的报告里附有投诉信草稿。",
    "The report from xhs-cancel export includes a complaint letter draft.",
);

/// "3 not answered", for the status line of answers.
pub fn unanswered(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 个问题未回答"),
        Lang::En => format!("{n} not answered"),
    }
}

/// The status line of the review clock's counts.
pub fn status_counts(lang: Lang, submitted: Date, days: i32, work: i32) -> String {
    match lang {
        Lang::Zh => format!("审核计时：{submitted} 提交，至今 {days} 天，{work} 个工作日"),
        Lang::En => format!(
            "Review clock: submitted {submitted}; {}, {} so far",
            count(days, "day", "days"),
            count(work, "working day", "working days")
        ),
    }
}

/// The status line of an ended review: submitted on `submitted`, then `outcome` (from
/// [`crate::outcome::Outcome::sentence`]) after `days` calendar and `work` working days.
pub fn status_ended(
    lang: Lang,
    submitted: Date,
    outcome: &str,
    (days, work): (i32, i32),
) -> String {
    match lang {
        Lang::Zh => format!(
            "审核计时：{submitted} 提交；{outcome}，其间 {days} 天，{work} 个工作日；不再计时"
        ),
        Lang::En => format!(
            "Review clock: submitted {submitted}; {outcome}, after {}, {}; the clock has stopped",
            count(days, "day", "days"),
            count(work, "working day", "working days")
        ),
    }
}

/// The status words for a review past its limit by `days_past`, or with `left` working days.
pub fn status_state(lang: Lang, overdue: bool, days_past: i32, left: i32) -> String {
    match (overdue, lang) {
        (true, Lang::Zh) => format!("已超时 {days_past} 天"),
        (true, Lang::En) => format!("OVERDUE by {}", count(days_past, "day", "days")),
        (false, Lang::Zh) => format!("未超时，还剩 {left} 个工作日"),
        (false, Lang::En) => format!(
            "not overdue, {} left",
            count(left, "working day", "working days")
        ),
    }
}

/// The status line of the limit: its deadline and `state` from [`status_state`].
pub fn status_limit(lang: Lang, limit: i32, deadline: Date, state: &str) -> String {
    match lang {
        Lang::Zh => format!("{limit} 个工作日时限：{deadline}，{state}"),
        Lang::En => format!("{limit}-working-day limit: {deadline}, {state}"),
    }
}

// --- markdown

pub const REPORT_TITLE: Pair = ("：进度报告", ": progress report");
pub const PRIVACY: Pair = (
    "本报告只在你的电脑上生成。时间线和投诉信里的备注、联系方式和工单号按你写下的内容列出，其中能认出的身份证号、手机号、验证码和密码已用 * 遮住；发送前请再检查一遍。[x] 表示已确认（原因：已选；疑难解答：已尝试），后面是确认时间。",
    "This report was made on your computer. The timeline and the letter hold your notes, contact ways and ticket numbers as written, with any ID number, mobile number, verification code or password the program recognises masked with *; check them before you send anything. [x] means confirmed (reasons: chosen; troubleshooting: tried), followed by the time.",
);
pub const YOUR_ANSWERS: Pair = ("你的回答", "Your answers");
pub const NO_QUESTIONS: Pair = (
    "（本清单没有问题。）",
    "(This checklist asks no questions.)",
);
pub const NOT_ANSWERED: Pair = ("（未回答）", "(not answered)");
pub const STAGE_DONE: Pair = ("，✓ 已完成", ", ✓ done");
pub const PAREN_OPEN: Pair = ("（", " (");
pub const PAREN_CLOSE: Pair = ("）", ")");
pub const REQUIRED: Pair = ("（必需）", " (required)");
pub const PAST_LIMIT: Pair = (
    " **审核已超过 15 个工作日的时限**",
    " **the review is past the 15-working-day limit**",
);
pub const NO_ITEMS: Pair = (
    "（按你的回答，这一阶段没有项目。）",
    "(No items apply for your answers.)",
);
pub const OVERRIDES: Pair = (
    "未完成必需项就继续的记录",
    "Continued with required items open",
);
pub const NONE: Pair = ("无。", "None.");
pub const REVIEW_CLOCK: Pair = ("审核计时", "Review clock");
pub const NOT_SUBMITTED: Pair = (
    "尚未记录提交注销申请。在「注销步骤」里确认提交那一步后开始计时。",
    "The submission is not recorded yet. The clock starts when you confirm the submit step in the deletion stage.",
);
/// Before a recorded outcome on the review clock's status line.
pub const STATUS_LABEL: Pair = ("- 状态：", "- Status: ");
pub const WORKING_DAYS_RULE: Pair = (
    "- 工作日按国务院办公厅公布的节假日安排计算：周一至周五，扣除法定节假日，加上调休上班日；提交当天不计。",
    "- Working days follow the State Council's holiday arrangements: Monday to Friday, minus public holidays, plus make-up working days; the day of submission does not count.",
);
pub const LETTER: Pair = ("投诉信草稿", "Complaint letter draft");
/// The heading of the Chinese letter, in Chinese in either report.
pub const LETTER_ZH: &str = "中文（发送用）";
/// The heading of the English translation, in English in either report.
pub const LETTER_EN: &str = "English (translation, for reference)";
pub const WHERE_NEXT: Pair = ("接下来去哪里投诉", "Where to complain next");

/// The lines under the report's title: when it was made (`generated`, in the zone at
/// `offset`), when the checklist was verified, and the current stage.
pub fn report_header(
    lang: Lang,
    (generated, offset): (&str, &str),
    verified: Date,
    (number, stage): (usize, &str),
) -> String {
    match lang {
        Lang::Zh => format!(
            "- 生成时间：{generated}（UTC{offset}，下文时间均为此时区）\n\
             - 清单内容核实于：{verified}\n\
             - 当前阶段：{number} {stage}\n"
        ),
        Lang::En => format!(
            "- Generated: {generated} (UTC{offset}; every time below is in this zone)\n\
             - Checklist content verified on: {verified}\n\
             - Current stage: {number} {stage}\n"
        ),
    }
}

/// The whole report when nothing is saved in `dir`.
pub fn without_session(lang: Lang, title: &str, dir: &str) -> String {
    match lang {
        Lang::Zh => {
            format!("# {title}：进度报告\n\n在 {dir} 中没有保存的进度；运行 xhs-cancel 开始。\n")
        }
        Lang::En => format!(
            "# {title}: progress report\n\nNo saved session in {dir}; run xhs-cancel to start.\n"
        ),
    }
}

/// A stage heading's count: "已选 2/5", "2/5 chosen", "3/4".
pub fn stage_count(lang: Lang, stage: StageId, done: usize, total: usize) -> String {
    match (stage, lang) {
        (StageId::Reasons, Lang::Zh) => format!("已选 {done}/{total}"),
        (StageId::Reasons, Lang::En) => format!("{done}/{total} chosen"),
        (StageId::Troubleshooting, Lang::Zh) => format!("已尝试 {done}/{total}"),
        (StageId::Troubleshooting, Lang::En) => format!("{done}/{total} tried"),
        _ => format!("{done}/{total}"),
    }
}

/// One "continued anyway" line: when, the stage left, the required items still open. In
/// Chinese each title stands in 「」, since titles themselves contain the list comma 、.
pub fn override_line(lang: Lang, at: &str, stage: &str, open: &[String]) -> String {
    match lang {
        Lang::Zh => {
            let open: Vec<String> = open.iter().map(|t| format!("「{t}」")).collect();
            format!("- {at} 离开「{stage}」时仍未确认：{}", open.join("、"))
        }
        Lang::En => format!(
            "- {at}: left \"{stage}\" with these still open: {}",
            open.join("; ")
        ),
    }
}

/// The review clock's counts in the report: (submitted, today, deadline), calendar and working
/// days, and the limit.
pub fn clock_counts(
    lang: Lang,
    dates: (Date, Date, Date),
    days: i32,
    work: i32,
    limit: i32,
) -> String {
    let (submitted_on, today, deadline) = dates;
    match lang {
        Lang::Zh => format!(
            "- 提交注销申请：{submitted_on}（第 0 天）\n\
             - 截至 {today}：已过 {days} 天，其中 {work} 个工作日\n\
             - {limit} 个工作日时限：{deadline}（提交后第 {limit} 个工作日）"
        ),
        Lang::En => format!(
            "- Request submitted: {submitted_on} (day 0)\n\
             - As of {today}: {}, {work} of them {}\n\
             - {limit}-working-day limit: {deadline} (the {limit}th working day after submission)",
            count(days, "day", "days"),
            if work == 1 {
                "a working day"
            } else {
                "working days"
            }
        ),
    }
}

/// The report's status line for a review past its limit by `days_past`, or with `left`
/// working days.
pub fn clock_state(lang: Lang, overdue: bool, days_past: i32, left: i32) -> String {
    match (overdue, lang) {
        (true, Lang::Zh) => format!("- 状态：**已超过时限 {days_past} 天**"),
        (true, Lang::En) => format!(
            "- Status: **past the limit by {}**",
            count(days_past, "day", "days")
        ),
        (false, Lang::Zh) => format!("- 状态：未超时，还剩 {left} 个工作日"),
        (false, Lang::En) => format!(
            "- Status: within the limit, {} left",
            count(left, "working day", "working days")
        ),
    }
}
