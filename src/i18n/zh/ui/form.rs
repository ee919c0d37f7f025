//! The forms' strings in Chinese.

use crate::i18n::ui::Forms;

pub(crate) const FORMS: Forms = Forms {
    // --- the event form
    note_title: " 给这一项写备注 ",
    add_title: " 添加一条记录 ",
    complaint_reference: "受理编号",
    kind: "类型",
    date: "日期",
    via: "方式",
    ticket: "工单号",
    channel: "投诉渠道",
    note: "备注",
    evidence: "证据文件",
    via_placeholder: "如：在线客服、电话",
    evidence_placeholder: "可选：截图等文件的路径",
    hashing: "正在计算证据文件的 SHA-256...",
    cannot_save: "无法保存：",
    evidence_failed: "证据文件无法记录：",
    form_keys: "Tab 换栏  Enter 保存  Esc 取消",
    kind_pick: |keys| {
        let mut pieces: Vec<String> = keys
            .iter()
            .map(|(c, name, _)| format!("{c} {name}"))
            .collect();
        if let Some(first) = pieces.first_mut() {
            first.insert_str(0, "左右键或字母选类型：");
        }
        pieces
    },

    // --- the privacy question
    seems_to_contain: |kinds| format!("这段文字里似乎有：{}。", kinds.join("、")),
    unencrypted: "记录以明文保存在这台电脑上。最好不要保存密码、验证码或证件号码。",
    keep_as_typed: "k：照原样保存",
    mask: "m：打码后保存（换成 *）",
    edit: "e / Enter / Esc：回去修改",
    privacy_title: " 隐私提示 ",

    // --- the discard question
    discard_question: "放弃已经输入的内容？",
    keep_editing: "Enter / Esc：继续编辑",
    discard: "d：放弃",
    discard_title: " 放弃输入 ",

    // --- the removal question
    remove_question: "删除这条记录？",
    remove_undo: "删除后可按 u 撤销。确认和「仍然继续」不在这里删除，请到所在阶段撤销。",
    remove_keep: "Enter / Esc：保留",
    remove_it: "d：删除",
    remove_title: " 删除记录 ",

    // --- the cooling-off question
    cooling_question: "提交后，App 显示的冷静期是多少天？（没有显示就留空）",
    days_prompt: "天数：",
    at_most: |max| format!("最多 {max} 天"),
    cooling_keys: "Enter：记录    Esc：跳过",
    cooling_title: " 冷静期 ",
};
