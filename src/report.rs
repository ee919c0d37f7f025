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
use crate::checklist::{Item, Mark, Stage, StageId};
use crate::names::{local_time, stage_name};
use crate::text::{Lang, sanitize_line};
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
        markdown_letter(&mut out, lang, &clock, rednote_caveat(model));
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

/// Whether the letter warns that its rules may not apply: only when the person said the
/// account is a rednote one, or is not sure.
fn rednote_caveat(model: &Model) -> bool {
    model
        .answers()
        .get("account")
        .is_some_and(|chosen| chosen.iter().any(|c| c == "rednote" || c == "unsure"))
}

/// The complaint letter: always in Chinese (it goes to a Chinese platform or authority), then
/// an English translation; with a note in the report's language on how to use it, and the
/// rednote caveat where `rednote` says it applies.
fn markdown_letter(out: &mut String, lang: Lang, clock: &ReviewClock, rednote: bool) {
    let limit = REVIEW_LIMIT_WORKING_DAYS;
    let ReviewClock {
        submitted_on,
        today,
        calendar_days,
        working_days,
        deadline,
        ..
    } = *clock;
    let _ = writeln!(
        out,
        "## {}\n",
        tr(lang, "投诉信草稿", "Complaint letter draft")
    );
    let _ = writeln!(out, "{}\n", tr(lang, LETTER_NOTE_ZH, LETTER_NOTE_EN));
    if rednote {
        let _ = writeln!(out, "{}\n", tr(lang, REDNOTE_NOTE_ZH, REDNOTE_NOTE_EN));
    }

    let _ = writeln!(out, "### 中文（发送用）\n");
    let _ = writeln!(
        out,
        "致小红书平台个人信息保护负责人及客服部门：\n\n\
         主题：账号注销申请逾期未完成，请依法处理\n\n\
         我是小红书用户“[你的账号昵称]”（小红书号：[你的小红书号]）。\
         我于{sub}在 App 内提交了注销账号的申请。\
         截至{now}，已过去 {calendar_days} 天，其中 {working_days} 个工作日\
         （按国务院办公厅公布的节假日安排计算，提交当天不计{zh_clause}），\
         {limit} 个工作日的期限已于{dl}届满，注销最迟应在那天完成。\
         注销至今仍未完成，我也没有收到拒绝的理由。\n\n\
         依据以下规定，请贵方依法处理：\n\n\
         1. 《中华人民共和国个人信息保护法》第四十七条：个人撤回同意、处理目的已实现或者为实现处理目的不再必要等情形下，\
         个人信息处理者应当主动删除个人信息；未删除的，个人有权请求删除。我提交注销申请，即撤回同意并请求删除我的个人信息。\n\
         2. 《中华人民共和国个人信息保护法》第五十条：个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制；\
         拒绝个人行使权利的请求的，应当说明理由。\n\
         3. 《App违法违规收集使用个人信息行为认定方法》（国信办秘字〔2019〕191号）第六项：\
         注销用户账号需人工处理的，应在承诺时限内完成核查和处理，\
         “承诺时限不得超过15个工作日，无承诺时限的，以15个工作日为限”；\
         未按时完成的，可被认定为未按法律规定提供删除个人信息功能。\n\
         4. 《网络数据安全管理条例》（2025年1月1日起施行）第二十三条、第二十四条：\
         对注销账号的请求应当及时受理、提供便捷的方式，不得设置不合理条件；注销后应当删除个人信息或者进行匿名化处理。\n\
         5. 《中华人民共和国电子商务法》第二十四条：电子商务经营者不得对用户注销设置不合理条件；\
         用户注销的，应当立即删除该用户的信息（法律、行政法规另有规定或双方另有约定的除外）。\n\
         6. 推荐性国家标准 GB/T 35273-2020《信息安全技术 个人信息安全规范》第8.5条：\
         应提供简便易操作的注销账户方法，注销后应及时删除个人信息或作匿名化处理。\n\n\
         我的请求：\n\n\
         1. 尽快完成我的账号注销，删除或匿名化处理我的个人信息，并书面告知完成日期；\n\
         2. 如拒绝或暂不能完成，请书面说明具体理由，以及还需要我做什么。\n\n\
         如在[答复期限，例如 15 日]内未获答复或答复不合理，我将依据《中华人民共和国个人信息保护法》第六十五条，\
         向履行个人信息保护职责的部门投诉、举报，包括：\n\n\
         - 网信部门的个人信息保护举报渠道；\n\
         - 12321网络不良与垃圾信息举报受理中心（www.12321.cn）；\n\
         - 工业和信息化部电信用户申诉受理中心（dxss.miit.gov.cn）；\n\
         - 涉及余额、订单或店铺的，向市场监督管理部门（12315）投诉。\n\n\
         此致\n\n\
         敬礼！\n\n\
         [你的账号昵称]\n\n\
         [日期]\n",
        sub = zh_date(submitted_on),
        now = zh_date(today),
        dl = zh_date(deadline),
        zh_clause = clock.letter_clause(Lang::Zh).unwrap_or_default(),
    );

    let _ = writeln!(out, "### English (translation, for reference)\n");
    let _ = writeln!(
        out,
        "To: the personal-information protection officer and the customer service of Xiaohongshu\n\n\
         Subject: account deletion request not completed in time; please act as the law requires\n\n\
         I am the Xiaohongshu user \"[your account nickname]\" (Xiaohongshu ID: [your Xiaohongshu ID]). \
         I submitted a request to delete my account in the app on {submitted_on}. \
         As of {today}, {calendar_days} days have passed, {working_days} of them working days \
         (counted on the State Council's holiday arrangements, not counting the day of submission{en_clause}), \
         and the limit of {limit} working days ended on {deadline}: the deletion should have been completed by then. \
         The deletion is still not complete, and I have not been given any reason for refusing it.\n\n\
         Under the following rules, I ask you to act:\n\n\
         1. Personal Information Protection Law of the PRC (PIPL), Article 47: where the person withdraws consent, \
         the purpose of processing has been achieved or is no longer needed, and in the other cases it lists, \
         the processor must delete the personal information on its own initiative; if it does not, \
         the person has the right to request deletion. By submitting the deletion request I withdraw my consent \
         and request the deletion of my personal information.\n\
         2. PIPL, Article 50: processors must have a convenient mechanism to receive and handle requests \
         to exercise these rights, and must give reasons when they refuse a request.\n\
         3. Methods for Identifying Unlawful Collection and Use of Personal Information by Apps \
         (Guoxinban Mizi [2019] No. 191), item 6: where deleting an account needs manual handling, \
         the check and the handling must be completed within the promised time limit: \
         \"the promised limit may not exceed 15 working days; where no limit is promised, the limit is 15 working days\". \
         Failing to do so may be found to be failing to provide the deletion function the law requires.\n\
         4. Regulations on Network Data Security Management (in force since 1 January 2025), Articles 23 and 24: \
         a request to delete an account must be handled promptly, by a convenient method, without unreasonable conditions; \
         afterwards the personal information must be deleted or anonymized.\n\
         5. E-Commerce Law of the PRC, Article 24: an e-commerce operator may not set unreasonable conditions \
         for deleting an account, and when a user deletes the account it must delete the user's information immediately \
         (unless laws or administrative regulations provide otherwise or the parties agreed otherwise).\n\
         6. The recommended national standard GB/T 35273-2020, Information security technology: \
         Personal information security specification, clause 8.5: deleting an account should be simple and easy, \
         and afterwards the personal information should be deleted or anonymized promptly.\n\n\
         My requests:\n\n\
         1. Complete the deletion of my account promptly, delete or anonymize my personal information, \
         and tell me in writing the date it was done;\n\
         2. If you refuse, or cannot complete it yet, tell me in writing the specific reasons and what, if anything, \
         is still needed from me.\n\n\
         If I receive no answer, or no reasonable answer, within [a deadline, e.g. 15 days], \
         I will complain to and report to the departments responsible for personal-information protection \
         under Article 65 of the PIPL, including:\n\n\
         - the cyberspace administration's channels for reporting personal-information violations;\n\
         - the 12321 Reporting Center for Harmful and Spam Internet Information (www.12321.cn);\n\
         - the MIIT Telecom User Complaint Center (电信用户申诉受理中心, dxss.miit.gov.cn);\n\
         - for balances, orders or a shop, the market regulator (12315).\n\n\
         Yours faithfully,\n\n\
         [your account nickname]\n\n\
         [date]\n",
        en_clause = clock.letter_clause(Lang::En).unwrap_or_default(),
    );

    let _ = writeln!(
        out,
        "### {}\n",
        tr(lang, "接下来去哪里投诉", "Where to complain next")
    );
    let _ = writeln!(out, "{}", tr(lang, WHERE_ZH, WHERE_EN));
}

const LETTER_NOTE_ZH: &str = "审核已超过 15 个工作日的时限。下面是一封投诉信草稿：中文原文用于发给平台或主管部门，后附英文译文供参考。\
使用前把方括号里的内容换成你自己的信息。**不要在信里写密码、短信验证码、身份证号、手机号或银行卡号**：\
核实身份请在 App 内按平台的流程进行。这是草稿，不是法律意见。\
注意：15 个工作日的期限来自《App违法违规收集使用个人信息行为认定方法》，这是监管部门认定违法违规行为的参考，\
逾期“可被认定”为违法违规，并非自动违法；个人信息保护法本身没有规定天数。\
《网络数据安全管理条例》第二十三、二十四条的原文本工具未能完整核对，信中是概括，引用前请查阅原文。";

const LETTER_NOTE_EN: &str = "The review is past the 15-working-day limit. Below is a complaint letter draft: the Chinese original is the one to send to the platform or an authority; the English translation is for reference. \
Replace the parts in square brackets with your own details. **Do not put a password, SMS code, ID number, phone number or bank card number in the letter**: \
identity checks belong inside the app, through the platform's own process. This is a draft, not legal advice. \
Note: the 15-working-day limit comes from the Methods for Identifying Unlawful Collection and Use of Personal Information by Apps, a reference for regulators' findings: \
a late deletion \"can be found\" unlawful under it, not automatically so; the PIPL itself sets no number of days. \
The exact wording of Articles 23 and 24 of the Regulations on Network Data Security Management could not be checked in full: the letter summarizes them; read the text before you rely on it.";

const REDNOTE_NOTE_ZH: &str = "你说账号是 rednote 账号或不确定：据隐私政策版本对比，rednote 账号（例如 2025-12-08 起用非 +86 手机号注册的账号）适用另一套条款（rednote.com），以上规定和渠道未必适用。\
是不是 rednote 账号，看账号被引导到哪个网站和哪份条款，比看手机号的国家代码更可靠。";

const REDNOTE_NOTE_EN: &str = "You said the account is a rednote account, or you are not sure: according to the privacy policy's version history, rednote accounts (such as those registered with a non-+86 number on or after 2025-12-08) fall under separate terms (rednote.com), and the rules and channels here may not apply. \
Which site and terms the account is sent to tells whether it is a rednote account better than the phone number's country code.";

const WHERE_ZH: &str = "1. 先向平台投诉：通过 App 内的客服或意见反馈把上面的信发给平台，保留截图和发送时间。\n\
2. 网信部门：网信系统牵头个人信息保护执法，各地网信举报中心开设过 App 个人信息举报渠道，类别包括不提供注销功能（例如山东，2022-03-23）；“App个人信息举报”微信公众号是否仍在受理，不确定。\n\
3. 12321网络不良与垃圾信息举报受理中心（中国互联网协会受工业和信息化部委托设立）：在 www.12321.cn 选“不良APP”或“个人信息泄露”投诉，或用“12321受理中心”微信公众号；电话 010-12321 主要用于咨询。\n\
4. 工业和信息化部：电信用户申诉受理中心 dxss.miit.gov.cn，须先向企业投诉，企业 15 日内未答复或对答复不满意再申诉（是否受理 App 账号类问题尚不确定）；也可用“工信微报”微信公众号 → 我要投诉 → 手机应用软件。\n\
5. 涉及余额、订单、店铺的：电子商务法由市场监督管理部门执法，可拨打 12315 或在全国12315平台投诉。\n";

const WHERE_EN: &str = "1. Complain to the platform first: send the letter above through the in-app customer service or feedback, and keep screenshots and the time you sent it.\n\
2. The cyberspace administration (网信): it leads personal-information enforcement; provincial reporting centres have run app personal-information channels whose categories include failing to provide deletion (e.g. Shandong, 2022-03-23). Whether the \"App个人信息举报\" WeChat service still takes cases is not certain.\n\
3. The 12321 Reporting Center for Harmful and Spam Internet Information (run by the Internet Society of China for MIIT): complain at www.12321.cn (\"不良APP\" or \"个人信息泄露\") or through the \"12321受理中心\" WeChat service; the 010-12321 phone is mainly for enquiries.\n\
4. MIIT: the Telecom User Complaint Center (电信用户申诉受理中心), dxss.miit.gov.cn; complain to the company first, and file there if it has not answered within 15 days or the answer is unsatisfactory (whether it takes app-account cases is uncertain). Or the \"工信微报\" WeChat service, 我要投诉 > 手机应用软件.\n\
5. For balances, orders or a shop: the market regulator enforces the E-Commerce Law; call 12315 or use the national 12315 platform.\n";

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
