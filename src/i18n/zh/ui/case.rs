//! The case file screen's strings in Chinese.

use crate::i18n::ui::CaseFile;

pub(crate) const CASE: CaseFile = CaseFile {
    title: |at, total| format!(" 记录（第 {at} / {total} 条） "),
    empty: "还没有记录。按 a 添加第一条：提交、联系客服、回复、投诉等。",
    details: " 详情 ",
    details_more: " 详情（J 往下看） ",
    details_back: " 详情（K 往上看） ",
    row_override: "仍然继续",
    open_count: |n| format!("离开准备阶段时还有 {n} 项必需项未完成"),

    // --- the selected entry's fields, each before its value
    kind: "类型：",
    date: "日期：",
    corrects: "更正了：",
    corrected_to: "已更正为：",
    recorded: "记下于：",
    via: "方式：",
    reference: "受理编号：",
    ticket: "工单号：",
    filed_with: "投诉渠道：",
    item: "事项：",
    confirmed: "已确认：",
    chosen: "已选：",
    tried: "已尝试：",
    continued: "仍然继续：",
    time: "时间：",
    evidence: "证据：",
    size: |bytes| format!("{bytes} 字节"),

    // --- on a stage's detail
    notes: "备注（按 n 添加）：",
    cooling_off_days: |d| format!("冷静期：{d} 天（按 o 更改）"),
    cooling_off_ask: "App 显示了冷静期？按 o 填写天数",
};
