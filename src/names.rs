//! Words the screen, its layout and the report share: the short stage names, times in the
//! person's own time zone, and the review clock's sentence. Here so that neither the report nor
//! the layout imports the UI.

use jiff::Timestamp;

use crate::checklist::StageId;
use crate::outcome::outcome;
use crate::text::Lang;
use crate::wizard::Model;

/// The short stage names the header and the report use; the files' titles are longer.
pub fn stage_name(id: StageId, lang: Lang) -> &'static str {
    let (zh, en) = match id {
        StageId::Reasons => ("原因", "Reasons"),
        StageId::Preparation => ("准备", "Prepare"),
        StageId::Deletion => ("注销步骤", "Delete"),
        StageId::After => ("注销后", "After"),
        StageId::Troubleshooting => ("疑难解答", "Problems"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// "2026-11-28 14:03" in the person's own time zone (the model's).
pub fn local_time(model: &Model, at: Timestamp) -> String {
    at.to_zoned_datetime(model.tz.clone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// "1 working day", "3 working days": English counts with the right plural.
fn count(n: i32, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// Where the overdue banner sends the person: `t` from a stage; in troubleshooting, the
/// slow-review problem below (where `t` leads back).
fn complain_hint(model: &Model) -> &'static str {
    match model.stage_id() {
        StageId::Troubleshooting => tr(
            model.lang(),
            "投诉办法见下面的「审核时间过长」",
            "see \"The review takes too long\" below for how to complain",
        ),
        _ => tr(
            model.lang(),
            "按 t 看投诉办法",
            "press t for how to complain",
        ),
    }
}

/// The review clock in one sentence, once the submit step is confirmed; a recorded date
/// after today is said to be a mistake instead, and a recorded outcome (see
/// [`crate::outcome`]) ends it: "Review ended: deletion confirmed complete on … (recorded)".
pub fn clock_line(model: &Model) -> Option<String> {
    let clock = model.review_clock()?;
    if let Some(problem) = clock.future_problem(model.lang(), "") {
        let hint = tr(
            model.lang(),
            "也可以在「提交注销申请」那一步按空格更正。",
            " Or press Space on the submit step.",
        );
        return Some(format!("! {problem}{hint}"));
    }
    if let Some(ended) = outcome(&model.session) {
        let label = tr(model.lang(), "审核结束：", "Review ended: ");
        return Some(format!("{label}{}", ended.sentence(model.lang())));
    }
    let (days, work, deadline) = (clock.calendar_days, clock.working_days, clock.deadline);
    let left = clock.working_days_left();
    let mut line = match (model.lang(), clock.overdue) {
        (Lang::Zh, true) => {
            format!(
                "! 审核已过 {work} 个工作日（{days} 天），超过时限 {deadline}：{}",
                complain_hint(model)
            )
        }
        (Lang::En, true) => format!(
            "! Review at {} ({}), past the limit of {deadline}: {}",
            count(work, "working day", "working days"),
            count(days, "day", "days"),
            complain_hint(model),
        ),
        (Lang::Zh, false) => {
            format!("审核已过 {work} 个工作日（{days} 天），时限 {deadline}，还剩 {left} 个工作日")
        }
        (Lang::En, false) => format!(
            "Review: {} ({}) so far; limit {deadline}, {} left",
            count(work, "working day", "working days"),
            count(days, "day", "days"),
            count(left, "working day", "working days"),
        ),
    };
    line.extend(clock.basis_tag(model.lang()));
    Some(line)
}

fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    crate::text::Text::pick((zh, en), lang)
}
