//! The store's and the checklists' errors in Chinese (English uses their own messages).

use crate::i18n::cli::StoreErrors;

pub(super) const STORE_ERRORS: StoreErrors = StoreErrors {
    // --- the session folder
    open: |p| format!("无法创建或打开进度目录 {p}"),
    locked: |p| format!("另一个 xhs-cancel 正在使用这份进度（{p} 已被锁定）；请先关闭它再试"),
    lock: |p| format!("无法锁定 {p}"),
    read: |p| format!("无法读取进度文件 {p}"),
    corrupt: |at, message| format!("{at}：{message}"),
    unreadable: |at, message| {
        format!(
            "{at}：{message}（进度文件已损坏，保持原样未动；运行 xhs-cancel 可恢复备份或重新开始）"
        )
    },
    newer_version: |p, version, ours| {
        format!(
            "{p} 由更新版本的 xhs-cancel 写入（进度格式版本 {version}，本程序读取版本 {ours}）；文件未改动：请升级 xhs-cancel 后继续"
        )
    },
    save: |p| format!("无法保存进度到 {p}"),
    encode: "无法把进度写成 TOML",
    no_backup: |p| format!("没有可恢复的备份（{p} 不存在）"),
    move_file: |from, to| format!("无法把 {from} 移到 {to}"),
    remove: |p| format!("无法删除 {p}"),
    // --- the checklists
    checklist_read: |p| format!("无法读取清单文件 {p}"),
    checklist_problems: |count| format!("清单文件中有 {count} 处问题："),
};
