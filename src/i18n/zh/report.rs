//! The reports' strings in Chinese.

use crate::i18n::Report;

pub(super) const REPORT: Report = Report {
    // --- shared
    option_sep: "、",
    answer_colon: "：",
    paren_open: "（",
    paren_close: "）",
    date: |d| format!("{}年{}月{}日", d.year(), d.month(), d.day()),

    // --- status
    status_title: "：进度",
    current_stage: "当前阶段：",
    chosen_suffix: " 已选",
    tried_suffix: " 已尝试",
    answers: "回答：",
    answer_sep: "；",
    clock_label: "审核计时：",
    status_not_submitted: "审核计时：尚未记录提交注销申请。",
    letter_in_export: "xhs-cancel export 生成的报告里附有投诉信草稿。",
    unanswered: |n| format!("{n} 个问题未回答"),
    status_counts: |submitted, days, work| {
        format!("审核计时：{submitted} 提交，至今 {days} 天，{work} 个工作日")
    },
    status_ended: |submitted, outcome, days, work| {
        format!("审核计时：{submitted} 提交；{outcome}，其间 {days} 天，{work} 个工作日；不再计时")
    },
    status_overdue: |days| format!("已超时 {days} 天"),
    status_left: |left| format!("未超时，还剩 {left} 个工作日"),
    status_limit: |limit, deadline, state| format!("{limit} 个工作日时限：{deadline}，{state}"),
    cooling_off_line: |days, ends| {
        format!("冷静期：{days} 天（App 显示），到 {ends} 结束；其间不要登录")
    },
    cooling_off_ended: |days, ended| format!("冷静期：{days} 天（App 显示），已于 {ended} 结束"),

    // --- markdown
    report_title: "：进度报告",
    privacy: "本报告只在你的电脑上生成。时间线和投诉信里的备注、联系方式和工单号按你写下的内容列出，其中能认出的身份证号、手机号、验证码和密码已用 * 遮住；发送前请再检查一遍。[x] 表示已确认（原因：已选；疑难解答：已尝试），后面是确认时间。",
    your_answers: "你的回答",
    no_questions: "（本清单没有问题。）",
    not_answered: "（未回答）",
    stage_done: "，✓ 已完成",
    required: "（必需）",
    past_limit: " **审核已超过 15 个工作日的时限**",
    no_items: "（按你的回答，这一阶段没有项目。）",
    overrides: "未完成必需项就继续的记录",
    none: "无。",
    review_clock: "审核计时",
    not_submitted: "尚未记录提交注销申请。在「注销步骤」里确认提交那一步后开始计时。",
    status_label: "- 状态：",
    working_days_rule: "- 工作日按国务院办公厅公布的节假日安排计算：周一至周五，扣除法定节假日，加上调休上班日；提交当天不计。",
    letter: "投诉信草稿",
    letter_in_this_language: "中文（发送用）",
    where_next: "接下来去哪里投诉",
    report_header: |generated, offset, verified, number, stage| {
        format!(
            "- 生成时间：{generated}（UTC{offset}，下文时间均为此时区）\n\
             - 清单内容核实于：{verified}\n\
             - 当前阶段：{number} {stage}\n"
        )
    },
    without_session: |title, dir| {
        format!("# {title}：进度报告\n\n在 {dir} 中没有保存的进度；运行 xhs-cancel 开始。\n")
    },
    chosen_count: |done, total| format!("已选 {done}/{total}"),
    tried_count: |done, total| format!("已尝试 {done}/{total}"),
    // Each title stands in 「」, since titles themselves contain the list comma 、.
    override_line: |at, stage, open| {
        let open: Vec<String> = open.iter().map(|t| format!("「{t}」")).collect();
        format!("- {at} 离开「{stage}」时仍未确认：{}", open.join("、"))
    },
    clock_counts: |submitted, today, deadline, days, work, limit| {
        format!(
            "- 提交注销申请：{submitted}（第 0 天）\n\
             - 截至 {today}：已过 {days} 天，其中 {work} 个工作日\n\
             - {limit} 个工作日时限：{deadline}（提交后第 {limit} 个工作日）"
        )
    },
    clock_overdue: |days| format!("- 状态：**已超过时限 {days} 天**"),
    clock_left: |left| format!("- 状态：未超时，还剩 {left} 个工作日"),

    // --- timeline and the letter's record
    timeline: "时间线（最新的在前）",
    no_entries: "还没有记录。",
    via: "方式：",
    to: "投诉渠道：",
    note: "备注：",
    on_item: "关于：",
    evidence: "证据：",
    sep: "；",
    override_entry: "还有必需项未完成时仍然继续：",
    record_date_sep: "，",
    record_submitted: "在 App 内提交注销申请：",
    record_evidence: "证据文件（保存在我的电脑上，可提供；SHA-256 用于核对文件未被改动）：",
    no_contacts: "此外没有联系平台或投诉的记录。",
    label: |name| format!("{name}："),
    addressed_to: |channel| {
        format!(
            "收信方：{channel}（用 xhs-cancel export --to platform|12321|12315|miit|cac 可改为其他渠道）"
        )
    },
    evidence_line: |name, size, sha256| format!("{name}（{size} 字节），SHA-256 `{sha256}`"),
};
