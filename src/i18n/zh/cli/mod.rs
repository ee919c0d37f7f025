//! The command line's strings in Chinese.

mod help;
mod log;
mod store;
mod usage;

use crate::i18n::Cli;

pub(super) const CLI: Cli = Cli {
    // --- help
    help: help::HELP,
    log_help: help::LOG_HELP,
    remind_help: help::REMIND_HELP,
    // --- around every message
    error_prefix: "错误：",
    cause_prefix: "  原因：",
    try_help: |command| format!("运行 {command} --help 查看用法。"),
    list_separator: "、",
    list_or: " 或 ",
    did_you_mean: |s| format!("；你是不是想输入 {s}？"),
    terminal_error: "终端出错，向导已停止",
    // --- status, export, log
    no_session: |dir| format!("在 {dir} 中没有保存的进度；运行 xhs-cancel 开始。"),
    // --- check
    calendar_years: |span| match span {
        Some((a, b)) if a == b => format!("日历 {a} 年"),
        Some((a, b)) => format!("日历 {a}-{b} 年"),
        None => "没有日历年份".to_string(),
    },
    check_ok: |stages, items, questions, sources, years| {
        format!("通过：{stages} 个阶段，{items} 项，{questions} 个问题，{sources} 个来源，{years}")
    },
    // --- forget
    forget_list: "将删除以下文件：\n",
    forget_question: "确定删除吗？[y/N] ",
    removed: |file| format!("已删除 {file}"),
    forget_leaves: "只删除了上面列出的文件。用 -o 导出的文件，以及保存在其他文件夹的报告和日历提醒，不会被删除，里面仍有你的记录；需要的话请自己删除。",
    nothing_to_forget: |dir| format!("没有可删除的文件：{dir} 中没有保存的进度。"),
    nothing_removed: "没有删除任何文件。",
    // --- submitted
    submission_recorded: |on, limit, deadline| {
        format!("已记录提交日期 {on}；{limit} 个工作日的审核时限到 {deadline} 为止。")
    },
    clear_question: |on| format!("删除已记录的提交日期 {on}，并把提交一步标为未完成吗？[y/N] "),
    submission_cleared: "已删除提交日期；提交一步重新标为未完成。",
    no_submission: "没有记录提交日期，未做任何更改。",
    nothing_changed: "未做任何更改。",
    // --- the wizard
    archived: |to| format!("原来的进度已归档为 {to}"),
    unsaved: |reason| format!("警告：最后的更改未能保存：{reason}"),
    dumb_terminal: "这个终端（TERM=dumb）不能显示向导的全屏界面，下面是纯文本的进度（xhs-cancel status）。请在普通终端里运行向导。",
    no_utf8_locale: "当前的语言环境不是 UTF-8（见 LC_ALL、LC_CTYPE、LANG），向导的界面会显示成乱码，下面是纯文本的进度（xhs-cancel status）。请设置 UTF-8 语言环境（例如 LANG=zh_CN.UTF-8），或加 --ascii 运行向导。",
    // --- the data folder's owner
    not_owned_shared: |p, owner, fix, private| {
        format!(
            "{p} 是多个用户共享的目录（属于 uid {owner}），其他用户可以在里面放入或替换进度文件。请在其中建一个你自己的目录：{fix}，再运行 xhs-cancel --data-dir {private}"
        )
    },
    not_owned_folder: |p, owner, uid, fix| {
        format!(
            "进度目录 {p} 属于另一个用户（uid {owner}），不属于你（uid {uid}）：那个用户可以读取或替换你的进度。请用 --data-dir 指定你自己的目录；如果它确实是你的，运行：{fix}"
        )
    },
    not_owned_file: |p, owner, uid, fix| {
        format!(
            "{p} 属于另一个用户（uid {owner}），不属于你（uid {uid}）：它可能不是你的进度。请删除它；如果它确实是你的，运行：{fix}"
        )
    },
    tightened: |p, from, to| {
        format!("注意：{p} 其他用户可以访问（权限 {from:04o}），已改为 {to:04o}")
    },
    shared_folder: |p, mode| {
        format!("注意：{p} 是共享目录（权限 {mode:04o}），保持原样；其他用户放入的进度文件会被拒绝")
    },
    // --- the command line's errors
    no_data_dir: "找不到保存进度的目录：请用 --data-dir 指定，或设置环境变量 XHS_CANCEL_DATA_DIR",
    needs_terminal: "向导需要在终端中运行；脚本请使用 xhs-cancel status 或 xhs-cancel export",
    needs_yes: |command| format!("{command} 会先询问再删除：请在终端中运行，或加上 --yes"),
    submission_in_future: |value, today| {
        format!("{value} 晚于今天（{today}）：请填写你在 App 里提交注销申请的那一天")
    },
    own_file: |p, command| {
        format!("{p} 是 xhs-cancel 自己的进度文件，xhs-cancel {command} 不会覆盖它：请换一个文件名")
    },
    submission_too_early: |value| {
        format!("{value} 太早了：小红书 2013 年才上线；请填写你在 App 里提交注销申请的那一天")
    },
    no_submit_step: "清单中没有提交一步（deletion 阶段中 marks = \"submitted\" 的项）",
    cannot_write: |p| format!("无法写入 {p}"),
    not_saved: "进度未保存",
    // --- remind, cooling-off
    cooling_off_recorded: |days, ends| match ends {
        Some(ends) => {
            format!("已记录冷静期 {days} 天，到 {ends} 结束；xhs-cancel remind 可生成日历提醒。")
        }
        None => format!("已记录冷静期 {days} 天。"),
    },
    cooling_off_recorded_ended: |days, ended| {
        format!("已记录冷静期 {days} 天，已于 {ended} 结束；xhs-cancel remind 可生成日历提醒。")
    },
    cooling_off_cleared: "已删除冷静期天数。",
    cooling_off_none: "没有记录冷静期天数，未做任何更改。",
    nothing_to_count_from: "还没有记录提交注销申请的日期，无从起算：先运行 xhs-cancel submitted YYYY-MM-DD（你在 App 里提交的那一天），或在向导的注销阶段确认提交一步",
    review_ended: |sentence| {
        format!(
            "审核已经结束（{sentence}），没有要提醒的日期。如果重新提交了申请，先运行 xhs-cancel submitted YYYY-MM-DD 记录新的提交日期"
        )
    },
    all_past: |deadline| {
        format!(
            "注意：审核时限 {deadline} 已经过去，文件里的日期都在今天之前，只能当作记录；可以用 xhs-cancel export 生成投诉信草稿。"
        )
    },
    // --- more
    usage: usage::USAGE,
    log: log::LOG,
    store_errors: Some(store::STORE_ERRORS),
};
