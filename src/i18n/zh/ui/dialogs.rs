//! The dialogs' strings in Chinese.

use crate::i18n::ui::Dialogs;

pub(crate) const DIALOGS: Dialogs = Dialogs {
    // --- help
    help_legend: "* 必需项  ! 已超时  [x] 已确认  (x) 已选",
    help_title: " 按键（Esc 关闭） ",
    more_above: |n| format!("...上面还有 {n} 项（Up 查看）"),
    more_below: |n| format!("...还有 {n} 项（Down 查看）"),

    // --- the preparation gate
    gate_head: "以下必需项还没有确认：",
    gate_back: "Enter / Esc：返回补齐",
    gate_continue: "c：仍然继续（会记录时间）",
    gate_title: " 还有必需项未完成 ",

    // --- the submission date
    date_question: "你是哪一天在 App 里提交注销申请的？",
    date_recorded: |day| format!("已记录的提交日：{day}"),
    submitted_on: "提交日：",
    day_and_weekday: |day, weekday| format!("{day}（{weekday}）"),
    weekdays: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    date_how: "Left / Right：前一天 / 后一天；也可直接输入 2026-11-28",
    date_keys_change: [
        "Enter：记录这一天",
        "Esc：不改",
        "c：清除提交日（审核计时随之清除）",
    ],
    date_keys_new: ["Enter：记录这一天（开始审核计时）", "Esc：取消"],
    date_title: " 提交日 ",
    malformed: |text| format!("「{text}」不是有效的日期（格式 YYYY-MM-DD，例如 2026-11-28）"),
    too_early: |day| format!("{day} 太早了：小红书 2013 年才上线"),
    future: |day| format!("{day} 还没到：提交日不能晚于今天"),

    // --- the saved progress could not be read
    recover_head: "保存的进度无法读取；在你选择之前，文件保持原样：",
    did_not_work: "没有成功：",
    restore: "r：用上一次的备份恢复（损坏的文件会另存）",
    fresh_both: "n：重新开始（损坏的文件和备份都存档，以后仍可恢复）",
    fresh: "n：重新开始（损坏的文件会存档，以后仍可恢复）",
    quit_unchanged: "q：退出，文件保持原样（下次再问）",
    recover_title: " 进度文件损坏 ",

    // --- quit with unsaved changes
    not_saved: "最近的更改没能保存：",
    written_to: "已另存到：",
    write_failed: "另存也失败了：",
    unsaved_keys: [
        "s：再试一次保存",
        "w：另存到当前文件夹",
        "Enter / Esc：回到向导",
        "d：放弃未保存的更改并退出",
    ],
    unsaved_title: " 还有未保存的更改 ",
};
