//! The model's own strings in Chinese.

use crate::i18n::{
    BasisWords, ChannelNames, ConfirmationNames, FieldNames, KindNames, ModelStrings,
    ProblemFields, ReadErrorWords, Reminders, SecretNames, StageNames,
};

pub(super) const MODEL: ModelStrings = ModelStrings {
    // --- cooling-off
    cooling_off_cleared: "已清除冷静期",
    cooling_off_recorded: |d, end| match end {
        Some(end) => format!("已记录冷静期 {d} 天，到 {end} 结束"),
        None => format!("已记录冷静期 {d} 天"),
    },
    cooling_off_needs_date: "先记录提交日（空格），再填冷静期",

    // --- the wizard's notices
    unknown_answers: |n| format!("清单已更新：你有 {n} 个回答已不再适用，请在第 1 阶段重新回答"),
    new_items: |n| format!("清单已更新：有 {n} 项新内容，尚未确认"),
    not_removable: "确认和「仍然继续」不能在这里删除：在所在阶段取消勾选，或按 u 撤销",
    event_removed: "已删除这条记录（按 u 撤销）",
    event_recorded: "已记下",
    nothing_to_undo: "这次打开后没有可撤销的更改",
    undone: "已撤销上一次更改",

    // --- problems with an event
    problem_future: |day| format!("日期 {day} 还没到"),
    problem_too_early: |day| format!("日期 {day} 早于 2013 年（那时还没有这个 App）"),
    problem_too_long: |field, chars, max| format!("{field}有 {chars} 个字，最多 {max} 个，请删短"),
    problem_no_channel: |channels| format!("投诉要选渠道（{channels}）"),
    problem_stray_channel: "只有投诉才选渠道",
    problem_too_much_evidence: |count, max| format!("有 {count} 个证据文件，每条记录最多 {max} 个"),
    problem_bad_hash: "证据文件的 SHA-256 不是 64 位小写十六进制数",
    problem_not_addable: "「清除提交日」由程序自动记录，不能手动添加",
    problem_fields: ProblemFields {
        note: "备注",
        via: "方式",
        reference: "单号",
        other: "这一栏",
    },

    // --- stage names
    stages: StageNames {
        reasons: "原因",
        preparation: "准备",
        deletion: "注销步骤",
        after: "注销后",
        troubleshooting: "疑难解答",
    },

    // --- the review clock's line on the stage screen
    clock_future_hint: "也可以在「提交注销申请」那一步按空格更正。",
    clock_ended: "审核结束：",
    complain_below: "投诉办法见下面的「审核时间过长」",
    complain_key: "按 t 看投诉办法",
    clock_overdue: |from, work, days, deadline, hint| {
        format!("! {from} 提交，审核已过 {work} 个工作日（{days} 天），超过时限 {deadline}：{hint}")
    },
    clock_running: |from, work, days, deadline, left| {
        format!(
            "{from} 提交，审核已过 {work} 个工作日（{days} 天），时限 {deadline}，还剩 {left} 个工作日"
        )
    },

    // --- the review clock's notes
    provisional_notice: BasisWords {
        note: |y| {
            format!(
                "暂定计数：{y} 年的节假日安排只公布了一部分。已知的放假日和《全国年节及纪念日放假办法》规定的法定节假日都已扣除，但调休上班日可能还不全，安排公布后截止日期可能会变。"
            )
        },
        tag: |y| format!("（暂定：{y} 年安排未全部公布）"),
        clause: |y| format!("；{y} 年的安排只公布了一部分，其余按法定节假日暂计"),
    },
    statutory_only: BasisWords {
        note: |y| {
            format!(
                "暂定计数：{y} 年的节假日安排尚未公布，只扣除了《全国年节及纪念日放假办法》规定的法定节假日（落在周一至周五的）；调休上班日和周末补假还不知道，安排公布后截止日期可能会变。"
            )
        },
        tag: |y| format!("（暂定：{y} 年安排未公布）"),
        clause: |y| format!("；{y} 年的安排尚未公布，按法定节假日暂计"),
    },
    weekdays_only: BasisWords {
        note: |y| {
            format!(
                "注意：{y} 年不在节假日日历内，也早于现行放假办法（2025 年起施行），这些日期按周一至周五计算，可能与官方安排不同。"
            )
        },
        tag: |y| format!("（{y} 年按周一至周五计）"),
        clause: |y| format!("；{y} 年按周一至周五计"),
    },
    future_date: |d, c, q| format!("记录的提交日期 {d} 在今天之后；请用 {q}{c}{q} 改正。"),

    // --- outcomes
    outcome_gone: |on| format!("已于 {on} 确认注销完成（已记录）"),
    outcome_cancelled: |on| format!("注销申请已于 {on} 撤销（已记录）"),

    // --- the case file's names
    kinds: KindNames {
        submitted: "提交注销申请",
        contacted: "联系客服",
        reply: "平台答复",
        complaint: "投诉",
        cancelled: "申请已撤销",
        gone: "确认已注销",
        note: "备注",
        cleared: "删除提交日期",
    },
    channels: ChannelNames {
        platform: "小红书平台",
        report_12321: "12321 举报受理中心",
        consumer_12315: "12315（市场监管）",
        miit: "工业和信息化部",
        cac: "网信部门",
        court: "法院",
    },
    fields: FieldNames {
        via: "方式",
        reference: "工单号",
        to: "投诉渠道",
        note: "备注",
        evidence: "证据",
        item: "清单项",
    },
    complaint_reference: "受理编号",
    confirmations: ConfirmationNames {
        confirmed: "已确认",
        chosen: "已选",
        tried: "已尝试",
    },
    corrects: |on| format!("（更正 {on}）"),
    corrected_to: |on| format!("（已更正为 {on}）"),

    // --- the privacy guard's findings
    secrets: SecretNames {
        id_number: "身份证号",
        mobile: "手机号",
        code: "验证码",
        password: "密码",
    },

    // --- evidence errors
    evidence_missing: |p| format!("证据文件 {p} 不存在：请检查路径"),
    evidence_not_unicode: |p| {
        format!("证据文件的路径 {p} 不是有效的 Unicode：请给文件或目录改名后再试")
    },
    evidence_too_large: |p, max| format!("证据文件 {p} 大于 {max}"),
    evidence_unreadable: |p| format!("无法把 {p} 记为证据：它必须是一个能读取的普通文件"),

    read_errors: ReadErrorWords {
        not_regular: |kind| format!("它不是普通文件，而是{kind}"),
        too_large: |max| format!("它大于 {max}，超过了这个文件的上限"),
        fifo: "命名管道（FIFO）",
        char_device: "字符设备",
        block_device: "块设备",
        socket: "套接字",
        folder: "文件夹",
        other: "其他类型的文件",
    },

    // --- reminders
    remind: Reminders {
        no_submission: "还没有提交日期，无法生成日历提醒：在注销阶段确认「提交注销申请」一步并填写日期",
        calendar_name: "小红书注销提醒",
        cooling_off_summary: "小红书注销：冷静期结束",
        cooling_off_text: |s, n, d| {
            format!(
                "你在 {s} 提交了注销申请；App 显示的冷静期是 {n} 天，到今天结束。\n冷静期内不要登录小红书：有来源说登录可能中断或撤销注销申请。\n今天之后在 App 外查看申请状态（例如用 xhs-cancel status），审核时限是 {d}。"
            )
        },
        check_in_summary: "小红书注销：查看审核进度",
        check_in_text: |before, limit, d, s| {
            format!(
                "{limit} 个工作日的审核时限（{d}）还剩 {before} 个工作日（申请提交于 {s}）。\n查看注销申请是否已处理；如果还没有结果，联系平台客服，记下工单号或会话编号和日期，保存截图。"
            )
        },
        deadline_summary: |limit| format!("小红书注销：{limit} 个工作日审核时限"),
        deadline_text: |limit, s| {
            format!(
                "今天是 {s} 提交的注销申请的第 {limit} 个工作日，审核时限到今天为止。\n如果账号还没有注销、也没有答复：先联系平台客服并记下工单号；仍没有结果，可以向 12321（www.12321.cn）、12315 或工信部投诉。\nxhs-cancel export 可以生成投诉信草稿，列出提交日期、联系记录和证据。"
            )
        },
        do_not_log_in: "\n冷静期还没过的话不要登录。",
        provisional: "\n（这一年的放假安排尚未公布，工作日按法定节假日推算，日期可能变化。）",
    },
};
