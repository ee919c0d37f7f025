//! The strings of `log` and its commands in Chinese.

use crate::i18n::cli::Log;

pub(super) const LOG: Log = Log {
    // --- an event
    event_head: |id, label, on| format!("#{id} {label}，{on}"),
    bytes: |n| format!("{n} 字节"),
    // --- the timeline (xhs-cancel log)
    empty: "案件记录中还没有内容；用 xhs-cancel log add 添加一条。",
    heading: "案件记录（最新的在前）：\n",
    label: |name| format!("{name}："),
    paren: |text| format!("（{text}）"),
    evidence_about: |size, hash| format!("{size}，SHA-256 {hash}"),
    // Each title stands in 「」, since titles themselves contain the list comma 、.
    continued: |stage, open| {
        let open: Vec<String> = open.iter().map(|t| format!("「{t}」")).collect();
        format!("仍然继续：离开「{stage}」时未完成：{}", open.join("、"))
    },
    // --- log add
    added: "已添加 ",
    evidence_line: |name, size, hash| format!("  证据：{name}（{size}，SHA-256 {hash}）"),
    masked: |option, what| format!("  {option} 中的{what}已用 * 遮盖后保存"),
    // --- log verify (`at` is `#id "path"`)
    no_evidence: "没有记录任何证据文件。",
    unchanged: |at| format!("{at}：未改动"),
    changed: |at, was_size, was_hash, size, hash| {
        format!(
            "{at}：已改动（记录时 {was_size}，SHA-256 {was_hash}；现在 {size}，SHA-256 {hash}）"
        )
    },
    missing: |at| format!("{at}：不见了"),
    unreadable: |at, why| format!("{at}：无法读取（{why}）"),
    all_unchanged: |total| format!("全部 {total} 个证据文件未改动。"),
    // --- log remove
    remove_question: |head| format!("删除记录 {head} 吗？[y/N] "),
    removed: |head| format!("已删除 {head}"),
    submission_kept: "\n审核计时用的提交日期没有改变：要改正请用 xhs-cancel submitted YYYY-MM-DD，要删除请用 xhs-cancel submitted --clear。",
    // --- refusals
    no_kind: |kinds| format!("log add 需要一个类型：{kinds}"),
    unknown_kind: |value, valid| format!("没有 {value} 这种记录：应为 {valid}"),
    unknown_channel: |value, valid| format!("--to 的值 {value} 无效：应为 {valid}"),
    rejected: |problem| format!("这条记录无效：{problem}"),
    in_future: |on, today| format!("\"{on}\" 晚于今天（{today}）：只能记录已经发生的事"),
    too_early: |on| format!("\"{on}\" 太早了：小红书 2013 年才上线"),
    too_long: |option, chars, max| {
        format!("{option} 有 {chars} 个字符，最多保存 {max} 个：请缩短后再试")
    },
    no_channel: |channels| format!("投诉需要用 --to 说明投诉到哪里：{channels}"),
    stray_channel: |kind| format!("--to 只用于投诉（complaint），不能用于 {kind}"),
    too_much_evidence: |count, max| format!("给了 {count} 个证据文件；每条记录最多 {max} 个"),
    unknown_item: |value| {
        format!("清单中没有 {value} 这一项：请写成 阶段/项，例如 deletion/submit")
    },
    sensitive: |option, what| {
        format!(
            "{option} 里似乎有{what}，未保存。记录以明文保存在这台电脑上：请删掉它再试；\
             或加 --mask 用 * 遮盖后保存，或加 --keep-sensitive 按原样保存"
        )
    },
    no_id: "log remove 需要记录的编号；运行 xhs-cancel log 查看编号",
    no_event: |value| format!("没有编号为 {value} 的记录；运行 xhs-cancel log 查看编号"),
    not_verified: |bad, total| format!("{total} 个证据文件中有 {bad} 个不见了、已改动或无法读取"),
};
