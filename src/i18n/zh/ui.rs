//! The wizard's strings in Chinese.

mod case;
mod dialogs;
mod form;
mod keys;

use crate::i18n::Ui;

pub(super) const UI: Ui = Ui {
    // --- header and footer
    languages: "中文 | English",
    saved: "已保存",
    save_failed: "保存失败：",
    disk_full: "磁盘已满",
    no_permission: "没有写入权限",
    newer_version: "文件来自更新的版本",
    write_error: "写入出错",

    // --- welcome, summary and too-small screens
    welcome: WELCOME,
    welcome_title: " 欢迎 ",
    all_done: "全部完成",
    overview: "进度总览",
    not_submitted: "尚未记录提交注销申请。",
    export_hint: "按 e 把进度报告（Markdown）导出到当前文件夹；命令行也可用 xhs-cancel export。",
    summary_title: " 总结 ",
    too_small: |min_w, min_h, w, h| format!("终端窗口太小（至少 {min_w}x{min_h}，现在 {w}x{h}）"),
    too_small_hint: "请放大窗口。按 q 退出",

    // --- a stage screen
    intro_above: "上面有说明",
    intro_and_more_above: |n| format!("上面有说明和 {n} 项"),
    more_above: |n| format!("上面还有 {n} 项"),
    more_below: |n| format!("下面还有 {n} 项"),
    details: "说明",
    details_more: "（J 往下看）",
    details_back: "（K 往上看）",
    option: "选项：",
    choose_many: "可多选：按空格选上，再按一次取消。符合的都选上，后面会显示与其中任何一项有关的项目；不确定就先不选，所有项目都会显示。",
    choose_one: "按空格选择，再按一次取消。你的回答决定后面显示哪些项目；不确定就先不选，所有项目都会显示。",
    overdue: "! 审核已超过 15 个工作日的时限",
    required: "* 必需：离开准备阶段前请确认",
    chosen: "已选择",
    not_chosen: "未选择",
    tried: "已尝试",
    not_tried: "未尝试",
    confirmed: "已确认",
    not_confirmed: "尚未确认",
    sources: "来源",
    date_comma: "，",
    verified_on: "内容核实于",
    confidence_legend: "可信度：H 多方印证，M 单一可靠来源，L 仅个别报道",
    url_too_wide: "（网址比窗口宽，右边被遮住；放大窗口或用 e 导出报告查看全文）",

    // --- the case file, the dialogs and the forms
    case: case::CASE,
    dialogs: dialogs::DIALOGS,
    forms: form::FORMS,

    // --- the key table
    key_help: keys::KEY_HELP,
    key_hints: keys::KEY_HINTS,

    // --- notices of the event loop
    report_written: |name| format!("报告已导出：{name}"),
    export_failed: |dir, e| format!("导出失败：{dir}: {e}"),
    review_ended: |sentence| format!("审核已经结束（{sentence}），没有要提醒的日期"),
    reminders_written: |name| format!("日历提醒已写入：{name}"),
    reminders_failed: |dir, e| format!("无法写入日历提醒：{dir}: {e}"),
};

/// The welcome screen's text.
const WELCOME: &str = "这个向导陪你一步步注销小红书 / rednote 账号：为什么注销、注销前准备什么、按钮在哪里、注销后会怎样、遇到问题怎么办。

隐私承诺：本工具完全离线运行，进度只保存在这台电脑上，绝不会索要密码、短信验证码或身份证号。它不会碰你的账号，每一步都由你自己在 App 里完成。

你确认过的每一项都会立即保存。提交注销申请后，下次打开会接着上次的进度，并按法定节假日日历计算审核用了多少个工作日（时限 15 个工作日）。

按 Enter 开始。Press L for English.";
