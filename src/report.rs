//! The progress report: `status` (a short text summary), `markdown` (for people, with a complaint
//! letter draft once the review is overdue) and `json` (a stable schema for scripts).
//!
//! Pure functions over the model: no I/O, the caller writes the output. Checklist text is
//! sanitized at load; strings taken from the session file (ids of removed items, stage names)
//! are sanitized here, so no output carries a terminal control sequence.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use crate::calendar::{REVIEW_LIMIT_WORKING_DAYS, ReviewClock};
use crate::checklist::letter::{self, Field};
use crate::checklist::{Item, Mark, Stage, StageId};
use crate::text::{Lang, Text, sanitize_line};
use crate::ui::{local_time, stage_name};
use crate::wizard::Model;

/// The version of the JSON schema; raised only when a field changes meaning or disappears.
pub const JSON_VERSION: u32 = 2;

/// Picks the program's own string in the report's language.
fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// `n` with the English noun in the right number: "1 working day", "2 working days".
fn count(n: i32, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// The items of a stage shown for the current answers: the only ones that count.
fn shown_items<'a>(model: &'a Model, stage: &'a Stage) -> impl Iterator<Item = &'a Item> {
    stage.items.iter().filter(|i| i.applies(model.answers()))
}

/// (question title, the chosen options' titles) for every question, in the checklist's
/// order; options the checklist no longer has are left out, and `None` means unanswered.
fn answer_titles(model: &Model) -> Vec<(&str, Option<String>)> {
    let lang = model.lang();
    model
        .checklist
        .questions
        .iter()
        .map(|q| {
            let chosen: Vec<&str> = q
                .options
                .iter()
                .filter(|o| model.is_chosen(&q.id, &o.id))
                .map(|o| o.title.get(lang))
                .collect();
            let titles = (!chosen.is_empty()).then(|| chosen.join(tr(lang, "、", ", ")));
            (q.title.get(lang), titles)
        })
        .collect()
}

/// "Question: answer", without a colon after a question that ends in a question mark.
fn question_answer(lang: Lang, question: &str, answer: &str) -> String {
    let sep = if question.ends_with(['？', '：']) {
        ""
    } else if question.ends_with(['?', ':']) {
        " "
    } else {
        tr(lang, "：", ": ")
    };
    format!("{question}{sep}{answer}")
}

/// An item's title, or the (sanitized) id when the checklist no longer has it.
fn item_title(model: &Model, id: &str) -> String {
    match model.checklist.item(id) {
        Some(item) => item.title.get(model.lang()).to_string(),
        None => sanitize_line(id),
    }
}

/// The zone offset the report's local times are in, e.g. `+08:00`.
fn utc_offset(model: &Model) -> String {
    model
        .now
        .to_zoned_datetime(model.tz.clone())
        .strftime("%:z")
        .to_string()
}

/// `2026年10月23日`, for the Chinese letter.
fn zh_date(d: Date) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

// ---------------------------------------------------------------------------------------------
// status

/// The one-screen summary `xhs-cancel status` prints: current stage, progress per stage, the
/// answers and the review clock, in the session's language.
pub fn status(model: &Model) -> String {
    let lang = model.lang();
    let mut out = String::new();
    let title = model.checklist.title.get(lang);
    let _ = writeln!(out, "{title}{}", tr(lang, "：进度", ": status"));
    let current = model.stage_id();
    let _ = writeln!(
        out,
        "{}{} {}",
        tr(lang, "当前阶段：", "Current stage: "),
        model.position(current) + 1,
        stage_name(current, lang)
    );
    for (n, stage) in model.checklist.stages.iter().enumerate() {
        let (done, total) = model.progress(stage.id);
        let mark = match stage.id {
            StageId::Troubleshooting if model.overdue() => "!",
            StageId::Troubleshooting => " ",
            id if model.stage_done(id) => "✓",
            _ => " ",
        };
        let name = stage_name(stage.id, lang);
        let suffix = match stage.id {
            StageId::Reasons => tr(lang, " 已选", " chosen"),
            StageId::Troubleshooting => tr(lang, " 已尝试", " tried"),
            _ => "",
        };
        let _ = writeln!(out, "{mark} {} {name} {done}/{total}{suffix}", n + 1);
    }
    let all = answer_titles(model);
    let unanswered = all.iter().filter(|(_, o)| o.is_none()).count();
    let mut answers: Vec<String> = all
        .iter()
        .filter_map(|(q, o)| o.as_deref().map(|o| question_answer(lang, q, o)))
        .collect();
    if unanswered > 0 {
        answers.push(match lang {
            Lang::Zh => format!("{unanswered} 个问题未回答"),
            Lang::En => format!("{unanswered} not answered"),
        });
    }
    if !answers.is_empty() {
        let _ = writeln!(
            out,
            "{}{}",
            tr(lang, "回答：", "Answers: "),
            answers.join(tr(lang, "；", "; "))
        );
    }
    match model.review_clock() {
        None => {
            let _ = writeln!(
                out,
                "{}",
                tr(
                    lang,
                    "审核计时：尚未记录提交注销申请。",
                    "Review clock: the submission is not recorded yet."
                )
            );
        }
        Some(clock) => status_clock(&mut out, lang, &clock),
    }
    out
}

fn status_clock(out: &mut String, lang: Lang, clock: &ReviewClock) {
    if let Some(problem) = clock.future_problem(lang, "") {
        let _ = writeln!(out, "{}{problem}", tr(lang, "审核计时：", "Review clock: "));
        return;
    }
    let (submitted, days, work, deadline) = (
        clock.submitted_on,
        clock.calendar_days,
        clock.working_days,
        clock.deadline,
    );
    let limit = REVIEW_LIMIT_WORKING_DAYS;
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::Zh => format!("审核计时：{submitted} 提交，至今 {days} 天，{work} 个工作日"),
            Lang::En => format!(
                "Review clock: submitted {submitted}; {}, {} so far",
                count(days, "day", "days"),
                count(work, "working day", "working days")
            ),
        }
    );
    let state = match (clock.overdue, lang) {
        (true, Lang::Zh) => format!("已超时 {} 天", clock.days_past_deadline()),
        (true, Lang::En) => format!(
            "OVERDUE by {}",
            count(clock.days_past_deadline(), "day", "days")
        ),
        (false, Lang::Zh) => format!("未超时，还剩 {} 个工作日", clock.working_days_left()),
        (false, Lang::En) => format!(
            "not overdue, {} left",
            count(clock.working_days_left(), "working day", "working days")
        ),
    };
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::Zh => format!("{limit} 个工作日时限：{deadline}，{state}"),
            Lang::En => format!("{limit}-working-day limit: {deadline}, {state}"),
        }
    );
    if let Some(note) = clock.basis_note(lang) {
        let _ = writeln!(out, "{note}");
    }
    if clock.overdue {
        let _ = writeln!(
            out,
            "{}",
            tr(
                lang,
                "xhs-cancel export 生成的报告里附有投诉信草稿。",
                "The report from xhs-cancel export includes a complaint letter draft."
            )
        );
    }
}

// ---------------------------------------------------------------------------------------------
// markdown

/// Escapes what Markdown would read as markup in a line of plain text, and joins lines.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The progress report for people, in the session's language: the answers, every shown item
/// with its state and time, the gate overrides, the review clock and, once the review is past
/// its limit, a complaint letter draft in Chinese with an English translation.
pub fn markdown(model: &Model) -> String {
    let lang = model.lang();
    let mut out = String::new();
    let title = md(model.checklist.title.get(lang));
    let _ = writeln!(
        out,
        "# {title}{}\n",
        tr(lang, "：进度报告", ": progress report")
    );
    let offset = utc_offset(model);
    let generated = local_time(model, model.now);
    let current = model.stage_id();
    let _ = match lang {
        Lang::Zh => writeln!(
            out,
            "- 生成时间：{generated}（UTC{offset}，下文时间均为此时区）\n\
             - 清单内容核实于：{}\n\
             - 当前阶段：{} {}\n",
            model.checklist.verified,
            model.position(current) + 1,
            md(model.checklist.stage(current).title.get(lang)),
        ),
        Lang::En => writeln!(
            out,
            "- Generated: {generated} (UTC{offset}; every time below is in this zone)\n\
             - Checklist content verified on: {}\n\
             - Current stage: {} {}\n",
            model.checklist.verified,
            model.position(current) + 1,
            md(model.checklist.stage(current).title.get(lang)),
        ),
    };
    let _ = writeln!(
        out,
        "{}\n",
        tr(
            lang,
            "本报告只在你的电脑上生成，不含密码、验证码或身份证号。[x] 表示已确认（原因：已选；疑难解答：已尝试），后面是确认时间。",
            "This report was made on your computer and holds no password, code or ID number. [x] means confirmed (reasons: chosen; troubleshooting: tried), followed by the time."
        )
    );

    markdown_answers(&mut out, model);
    for (n, stage) in model.checklist.stages.iter().enumerate() {
        markdown_stage(&mut out, model, n + 1, stage);
    }
    markdown_overrides(&mut out, model);
    markdown_clock(&mut out, model);
    if let Some(clock) = model.review_clock().filter(|c| c.overdue) {
        markdown_letter(&mut out, model, &clock);
    }
    out
}

/// The report when nothing is saved in `dir`: the title and a line saying so.
pub fn markdown_without_session(model: &Model, dir: &Path) -> String {
    let lang = model.lang();
    let title = md(model.checklist.title.get(lang));
    let dir = md(&sanitize_line(&dir.display().to_string()));
    match lang {
        Lang::Zh => {
            format!("# {title}：进度报告\n\n在 {dir} 中没有保存的进度；运行 xhs-cancel 开始。\n")
        }
        Lang::En => format!(
            "# {title}: progress report\n\nNo saved session in {dir}; run xhs-cancel to start.\n"
        ),
    }
}

fn markdown_answers(out: &mut String, model: &Model) {
    let lang = model.lang();
    let _ = writeln!(out, "## {}\n", tr(lang, "你的回答", "Your answers"));
    let answers = answer_titles(model);
    if answers.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            tr(
                lang,
                "（本清单没有问题。）",
                "(This checklist asks no questions.)"
            )
        );
        return;
    }
    for (question, option) in answers {
        let option = option.map_or_else(
            || tr(lang, "（未回答）", "(not answered)").to_string(),
            |o| md(&o),
        );
        let _ = writeln!(out, "- {}", question_answer(lang, &md(question), &option));
    }
    out.push('\n');
}

fn markdown_stage(out: &mut String, model: &Model, number: usize, stage: &Stage) {
    let lang = model.lang();
    let (done, total) = model.progress(stage.id);
    let mut state = match (stage.id, lang) {
        (StageId::Reasons, Lang::Zh) => format!("已选 {done}/{total}"),
        (StageId::Reasons, Lang::En) => format!("{done}/{total} chosen"),
        (StageId::Troubleshooting, Lang::Zh) => format!("已尝试 {done}/{total}"),
        (StageId::Troubleshooting, Lang::En) => format!("{done}/{total} tried"),
        _ => format!("{done}/{total}"),
    };
    if stage.id != StageId::Troubleshooting && model.stage_done(stage.id) {
        state.push_str(tr(lang, "，✓ 已完成", ", ✓ done"));
    }
    let _ = writeln!(
        out,
        "## {number} {}{}{state}{}\n",
        md(stage.title.get(lang)),
        tr(lang, "（", " ("),
        tr(lang, "）", ")"),
    );
    let mut any = false;
    for item in shown_items(model, stage) {
        any = true;
        let at = model.confirmed_at(stage.id, &item.id);
        let mark = if at.is_some() { "[x]" } else { "[ ]" };
        let mut line = format!("- {mark} {}", md(item.title.get(lang)));
        if let Some(at) = at {
            let _ = write!(line, " ({})", local_time(model, at));
        }
        if item.required && stage.id == StageId::Preparation {
            line.push_str(tr(lang, "（必需）", " (required)"));
        }
        if item.marks == Some(Mark::SlowReview) && model.overdue() {
            line.push_str(tr(
                lang,
                " **审核已超过 15 个工作日的时限**",
                " **the review is past the 15-working-day limit**",
            ));
        }
        let _ = writeln!(out, "{line}");
    }
    if !any {
        let _ = writeln!(
            out,
            "{}",
            tr(
                lang,
                "（按你的回答，这一阶段没有项目。）",
                "(No items apply for your answers.)"
            )
        );
    }
    out.push('\n');
}

fn markdown_overrides(out: &mut String, model: &Model) {
    let lang = model.lang();
    let _ = writeln!(
        out,
        "## {}\n",
        tr(
            lang,
            "未完成必需项就继续的记录",
            "Continued with required items open"
        )
    );
    if model.session.overrides.is_empty() {
        let _ = writeln!(out, "{}\n", tr(lang, "无。", "None."));
        return;
    }
    for o in &model.session.overrides {
        let stage = StageId::parse(&o.stage).map_or_else(
            || sanitize_line(&o.stage),
            |id| model.checklist.stage(id).title.get(lang).to_string(),
        );
        let open: Vec<String> = o.open.iter().map(|id| md(&item_title(model, id))).collect();
        let at = local_time(model, o.at.0);
        let _ = match lang {
            Lang::Zh => writeln!(
                out,
                "- {at} 离开「{}」时仍未确认：{}",
                md(&stage),
                open.join("、")
            ),
            Lang::En => writeln!(
                out,
                "- {at}: left \"{}\" with these still open: {}",
                md(&stage),
                open.join("; ")
            ),
        };
    }
    out.push('\n');
}

fn markdown_clock(out: &mut String, model: &Model) {
    let lang = model.lang();
    let _ = writeln!(out, "## {}\n", tr(lang, "审核计时", "Review clock"));
    let Some(clock) = model.review_clock() else {
        let _ = writeln!(
            out,
            "{}\n",
            tr(
                lang,
                "尚未记录提交注销申请。在「注销步骤」里确认提交那一步后开始计时。",
                "The submission is not recorded yet. The clock starts when you confirm the submit step in the deletion stage."
            )
        );
        return;
    };
    if let Some(problem) = clock.future_problem(lang, "`") {
        let _ = writeln!(out, "- **{problem}**\n");
        return;
    }
    let limit = REVIEW_LIMIT_WORKING_DAYS;
    let ReviewClock {
        submitted_on,
        today,
        calendar_days,
        working_days,
        deadline,
        ..
    } = clock;
    let _ = match lang {
        Lang::Zh => writeln!(
            out,
            "- 提交注销申请：{submitted_on}（第 0 天）\n\
             - 截至 {today}：已过 {calendar_days} 天，其中 {working_days} 个工作日\n\
             - {limit} 个工作日时限：{deadline}（提交后第 {limit} 个工作日）"
        ),
        Lang::En => writeln!(
            out,
            "- Request submitted: {submitted_on} (day 0)\n\
             - As of {today}: {}, {working_days} of them {}\n\
             - {limit}-working-day limit: {deadline} (the {limit}th working day after submission)",
            count(calendar_days, "day", "days"),
            if working_days == 1 {
                "a working day"
            } else {
                "working days"
            }
        ),
    };
    let state = match (clock.overdue, lang) {
        (true, Lang::Zh) => format!("- 状态：**已超过时限 {} 天**", clock.days_past_deadline()),
        (true, Lang::En) => format!(
            "- Status: **past the limit by {}**",
            count(clock.days_past_deadline(), "day", "days")
        ),
        (false, Lang::Zh) => format!(
            "- 状态：未超时，还剩 {} 个工作日",
            clock.working_days_left()
        ),
        (false, Lang::En) => format!(
            "- Status: within the limit, {} left",
            count(clock.working_days_left(), "working day", "working days")
        ),
    };
    let _ = writeln!(out, "{state}");
    let _ = writeln!(
        out,
        "{}",
        tr(
            lang,
            "- 工作日按国务院办公厅公布的节假日安排计算：周一至周五，扣除法定节假日，加上调休上班日；提交当天不计。",
            "- Working days follow the State Council's holiday arrangements: Monday to Friday, minus public holidays, plus make-up working days; the day of submission does not count."
        )
    );
    if let Some(note) = clock.basis_note(lang) {
        let _ = writeln!(out, "- {note}");
    }
    out.push('\n');
}

/// The complaint letter from the checklist's `letter.toml`: the note on how to use it and the
/// caveats for the person's answers, in the report's language; the letter always in Chinese
/// (it goes to a Chinese platform or authority), then its English translation; then where to
/// complain next, in the report's language.
fn markdown_letter(out: &mut String, model: &Model, clock: &ReviewClock) {
    let lang = model.lang();
    let letter = &model.checklist.letter;
    let fill = |text: &Text, lang: Lang| letter::fill(text.get(lang), |f| field(clock, lang, f));
    let _ = writeln!(
        out,
        "## {}\n",
        tr(lang, "投诉信草稿", "Complaint letter draft")
    );
    let _ = writeln!(out, "{}\n", fill(&letter.note, lang));
    for caveat in (letter.caveats.iter()).filter(|c| c.applies(model.answers())) {
        let _ = writeln!(out, "{}\n", fill(&caveat.text, lang));
    }
    let _ = writeln!(out, "### 中文（发送用）\n");
    let _ = writeln!(out, "{}", fill(&letter.letter, Lang::Zh));
    let _ = writeln!(out, "### English (translation, for reference)\n");
    let _ = writeln!(out, "{}", fill(&letter.letter, Lang::En));
    let _ = writeln!(
        out,
        "### {}\n",
        tr(lang, "接下来去哪里投诉", "Where to complain next")
    );
    let _ = writeln!(out, "{}", fill(&letter.where_next, lang));
}

/// The value of a letter's placeholder, for a text in `lang`: dates are Chinese-style in
/// Chinese (`2026年10月23日`), ISO in English.
fn field(clock: &ReviewClock, lang: Lang, field: Field) -> String {
    let date = |d: Date| match lang {
        Lang::Zh => zh_date(d),
        Lang::En => d.to_string(),
    };
    match field {
        Field::SubmittedOn => date(clock.submitted_on),
        Field::Today => date(clock.today),
        Field::CalendarDays => clock.calendar_days.to_string(),
        Field::WorkingDays => clock.working_days.to_string(),
        Field::Limit => REVIEW_LIMIT_WORKING_DAYS.to_string(),
        Field::Deadline => date(clock.deadline),
        Field::Clause => clock.letter_clause(lang).unwrap_or_default(),
    }
}

// ---------------------------------------------------------------------------------------------
// json

/// The JSON export, schema version [`JSON_VERSION`]. Field names and meanings are stable;
/// scripts may rely on them.
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    pub version: u32,
    pub checklist: ChecklistInfo,
    /// The saved session this report is of; `null` when nothing is saved, and every field
    /// below then describes a fresh start.
    pub session: Option<SessionExport>,
    /// `"zh"` or `"en"`: the language of the item titles below.
    pub lang: Lang,
    /// The current stage's id.
    pub stage: &'static str,
    /// Question id → the option ids chosen (one at most for a single-choice question), for
    /// the questions and options the checklist has. A list since schema version 2.
    pub answers: BTreeMap<String, Vec<String>>,
    /// Every stage, in the checklist's order.
    pub stages: Vec<StageExport>,
    /// Each "continue anyway" past a gate, oldest first.
    pub overrides: Vec<OverrideExport>,
    /// `null` until the submit step is confirmed.
    pub review: Option<ReviewExport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionExport {
    /// The path of `session.toml`, sanitized for the terminal.
    pub file: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChecklistInfo {
    pub title: TitleExport,
    /// `YYYY-MM-DD`: when the checklist's sources were last checked.
    pub verified: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TitleExport {
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageExport {
    pub id: &'static str,
    /// Confirmed items among `items`.
    pub done: usize,
    /// The number of `items`: those shown for the answers.
    pub total: usize,
    pub items: Vec<ItemExport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemExport {
    pub id: String,
    /// In the language `lang` names.
    pub title: String,
    pub confirmed: bool,
    /// RFC 3339 in UTC (`2026-11-28T09:30:00Z`), or `null`.
    pub confirmed_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OverrideExport {
    pub stage: String,
    /// RFC 3339 in UTC.
    pub at: String,
    /// The ids of the required items still open at that moment.
    pub open: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewExport {
    /// `YYYY-MM-DD`, the local date of submission: day 0.
    pub submitted_on: String,
    /// Days since submission (0 when `submitted_in_future`).
    pub calendar_days: i32,
    /// Working days after the day of submission, up to and including today (0 when
    /// `submitted_in_future`).
    pub working_days: i32,
    /// `YYYY-MM-DD`: the 15th working day after submission.
    pub deadline: String,
    /// False when `submitted_in_future`.
    pub overdue: bool,
    /// False when some year counted has no published notice: see `calendar_basis`.
    pub calendar_covers: bool,
    /// What the count rests on, for the least sure year counted: `published` (the notices),
    /// `provisional_notice` (a notice only partly known, plus the statutory holidays),
    /// `statutory_only` (no notice yet: the statutory holidays on weekdays only, make-up working
    /// days unknown) or `weekdays_only` (before 2025 without a notice: Monday to Friday).
    pub calendar_basis: &'static str,
    /// True when the count may change once a notice is published.
    pub provisional: bool,
    /// The first and last years counted without a published notice, or `null`.
    pub uncertain_years: Option<YearRange>,
    /// The recorded submission date is after today: the counts are 0 and the date needs
    /// correcting (`xhs-cancel submitted YYYY-MM-DD`).
    pub submitted_in_future: bool,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct YearRange {
    pub first: i16,
    pub last: i16,
}

fn rfc3339(t: Timestamp) -> String {
    t.to_string()
}

impl Export {
    /// The export of `model`; `session_file` is the saved session it was read from, if any.
    pub fn new(model: &Model, session_file: Option<&Path>) -> Export {
        let lang = model.lang();
        let checklist = &model.checklist;
        let answers = model.answers().clone();
        let stages = checklist
            .stages
            .iter()
            .map(|stage| {
                let items: Vec<ItemExport> = shown_items(model, stage)
                    .map(|item| {
                        let at = model.confirmed_at(stage.id, &item.id);
                        ItemExport {
                            id: item.id.clone(),
                            title: item.title.get(lang).to_string(),
                            confirmed: at.is_some(),
                            confirmed_at: at.map(rfc3339),
                        }
                    })
                    .collect();
                StageExport {
                    id: stage.id.as_str(),
                    done: items.iter().filter(|i| i.confirmed).count(),
                    total: items.len(),
                    items,
                }
            })
            .collect();
        let overrides = model
            .session
            .overrides
            .iter()
            .map(|o| OverrideExport {
                stage: sanitize_line(&o.stage),
                at: rfc3339(o.at.0),
                open: o.open.iter().map(|id| sanitize_line(id)).collect(),
            })
            .collect();
        let review = model.review_clock().map(|c| ReviewExport {
            submitted_on: c.submitted_on.to_string(),
            calendar_days: c.calendar_days,
            working_days: c.working_days,
            deadline: c.deadline.to_string(),
            overdue: c.overdue,
            calendar_covers: c.calendar_covers,
            calendar_basis: c.basis.as_str(),
            provisional: c.is_provisional(),
            uncertain_years: c
                .uncertain_years
                .map(|(first, last)| YearRange { first, last }),
            submitted_in_future: c.future,
        });
        Export {
            version: JSON_VERSION,
            checklist: ChecklistInfo {
                title: TitleExport {
                    zh: checklist.title.zh.to_string(),
                    en: checklist.title.en.to_string(),
                },
                verified: checklist.verified.to_string(),
            },
            session: session_file.map(|path| SessionExport {
                file: sanitize_line(&path.display().to_string()),
            }),
            lang,
            stage: model.stage_id().as_str(),
            answers,
            stages,
            overrides,
            review,
        }
    }
}

/// The JSON export, pretty-printed, ending in a newline. `session_file` is the saved session
/// the model was read from; `None` gives `"session": null`.
pub fn json(model: &Model, session_file: Option<&Path>) -> String {
    let mut text = serde_json::to_string_pretty(&Export::new(model, session_file))
        .expect("the export holds only strings, numbers and booleans");
    text.push('\n');
    text
}
