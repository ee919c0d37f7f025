//! The errors of the store, the checklists and the commands, worded in the person's language.

use std::path::Path;

use super::{CliError, path, remind};
use crate::error::LoadError;
use crate::store::StoreError;
use crate::text::{Lang, sanitize};

/// An error's own message in `lang`: the command line's, the store's and the checklists' are
/// worded in Chinese too; anything else (the system's I/O errors) as it comes.
pub fn describe(error: &(dyn std::error::Error + 'static), lang: Lang) -> String {
    if let Some(e) = error.downcast_ref::<CliError>() {
        return e.text(lang);
    }
    if let Some(e) = error.downcast_ref::<crate::cli::log::LogError>() {
        return e.text(lang);
    }
    if let Some(e) = error.downcast_ref::<remind::RemindError>() {
        return e.text(lang);
    }
    if lang == Lang::Zh {
        if let Some(e) = error.downcast_ref::<StoreError>() {
            return store_error_zh(e);
        }
        if let Some(e) = error.downcast_ref::<LoadError>() {
            return load_error_zh(e);
        }
    }
    // One line per line of the message (a checklist's problems come one per line), each clean.
    sanitize(&error.to_string())
}

fn load_error_zh(e: &LoadError) -> String {
    match e {
        LoadError::Read { path: p, .. } => format!("无法读取清单文件 {}", path(p)),
        LoadError::Invalid { problems } => {
            let mut text = format!("清单文件中有 {} 处问题：", problems.len());
            for problem in problems {
                text.push('\n');
                text.push_str(&problem.to_string());
            }
            text
        }
    }
}

fn store_error_zh(e: &StoreError) -> String {
    use StoreError as E;
    let at = |p: &Path, line: &usize, column: &usize| format!("{}:{line}:{column}", path(p));
    match e {
        E::Open { path: p, .. } => format!("无法创建或打开进度目录 {}", path(p)),
        E::Locked { path: p } => format!(
            "另一个 xhs-cancel 正在使用这份进度（{} 已被锁定）；请先关闭它再试",
            path(p)
        ),
        E::Lock { path: p, .. } => format!("无法锁定 {}", path(p)),
        E::Read { path: p, .. } => format!("无法读取进度文件 {}", path(p)),
        E::Corrupt {
            path: p,
            line,
            column,
            message,
            ..
        } => format!("{}：{message}", at(p, line, column)),
        E::Unreadable {
            path: p,
            line,
            column,
            message,
            ..
        } => format!(
            "{}：{message}（进度文件已损坏，保持原样未动；运行 xhs-cancel 可恢复备份或重新开始）",
            at(p, line, column)
        ),
        E::NewerVersion { path: p, version } => format!(
            "{} 由更新版本的 xhs-cancel 写入（进度格式版本 {version}，本程序读取版本 {}）；文件未改动：请升级 xhs-cancel 后继续",
            path(p),
            crate::session::VERSION
        ),
        E::Save { path: p, .. } => format!("无法保存进度到 {}", path(p)),
        E::Encode { .. } => "无法把进度写成 TOML".to_string(),
        E::NoBackup { path: p } => format!("没有可恢复的备份（{} 不存在）", path(p)),
        E::Move { from, to, .. } => format!("无法把 {} 移到 {}", path(from), path(to)),
        E::Remove { path: p, .. } => format!("无法删除 {}", path(p)),
    }
}
