//! The errors of the store, the checklists and the commands, worded in the person's language.

use std::path::Path;

use super::{CliError, path, remind};
use crate::error::LoadError;
use crate::i18n::{StoreErrors, strings};
use crate::store::StoreError;
use crate::text::{Lang, sanitize, sanitize_line};

/// An error's own message in `lang`: the command line's, an evidence file's and a bounded read's
/// always, the store's and the checklists' where the language has its own words for them
/// (Chinese); anything else (the system's I/O errors, English's store errors) as it comes.
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
    if let Some(e) = error.downcast_ref::<crate::evidence::EvidenceError>() {
        return e.text(lang);
    }
    if let Some(text) =
        (error.downcast_ref::<crate::fsread::ReadError>()).and_then(|e| e.text(lang))
    {
        return text;
    }
    if error.is::<crate::app::AppError>() {
        return strings(lang).cli.terminal_error.into();
    }
    if let Some(words) = &strings(lang).cli.store_errors {
        if let Some(e) = error.downcast_ref::<StoreError>() {
            return store_error(words, e);
        }
        if let Some(e) = error.downcast_ref::<LoadError>() {
            return load_error(words, e);
        }
    }
    // One line per line of the message (a checklist's problems come one per line), each clean.
    sanitize(&error.to_string())
}

/// The lines printed for a failure: the error in `lang` after `error: ` (or its Chinese), then
/// each cause after `cause: `, worded like the error; a cause that would only repeat the line
/// above it is left out. Every line is clean of anything a terminal would act on, whatever the
/// errors' own `Display` holds.
pub fn failure_lines(error: &(dyn std::error::Error + 'static), lang: Lang) -> Vec<String> {
    let mut said = sanitize(&describe(error, lang));
    let mut lines = vec![format!("{}{said}", super::error_prefix(lang))];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = sanitize_line(&describe(cause, lang));
        if text != said {
            lines.push(format!("{}{text}", super::cause_prefix(lang)));
        }
        said = text;
        source = cause.source();
    }
    lines
}

fn load_error(words: &StoreErrors, e: &LoadError) -> String {
    match e {
        LoadError::Read { path: p, .. } => (words.checklist_read)(&path(p)),
        LoadError::Invalid { problems } => {
            let mut text = (words.checklist_problems)(problems.len());
            for problem in problems {
                text.push('\n');
                text.push_str(&problem.to_string());
            }
            text
        }
    }
}

fn store_error(words: &StoreErrors, e: &StoreError) -> String {
    use StoreError as E;
    let at = |p: &Path, line: &usize, column: &usize| format!("{}:{line}:{column}", path(p));
    match e {
        E::Open { path: p, .. } => (words.open)(&path(p)),
        E::Locked { path: p } => (words.locked)(&path(p)),
        E::Lock { path: p, .. } => (words.lock)(&path(p)),
        E::Read { path: p, .. } => (words.read)(&path(p)),
        E::Corrupt {
            path: p,
            line,
            column,
            message,
            ..
        } => (words.corrupt)(&at(p, line, column), message),
        E::Unreadable {
            path: p,
            line,
            column,
            message,
            ..
        } => (words.unreadable)(&at(p, line, column), message),
        E::NewerVersion { path: p, version } => {
            (words.newer_version)(&path(p), *version, crate::session::VERSION)
        }
        E::Save { path: p, .. } => (words.save)(&path(p)),
        E::Encode { .. } => words.encode.to_string(),
        E::NoBackup { path: p } => (words.no_backup)(&path(p)),
        E::Move { from, to, .. } => (words.move_file)(&path(from), &path(to)),
        E::Remove { path: p, .. } => (words.remove)(&path(p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stores_errors_are_worded_in_chinese_and_left_as_they_are_in_english() {
        let locked = StoreError::Locked {
            path: "d/session.lock".into(),
        };
        assert_eq!(
            describe(&locked, Lang::Zh),
            "另一个 xhs-cancel 正在使用这份进度（d/session.lock 已被锁定）；请先关闭它再试"
        );
        assert_eq!(describe(&locked, Lang::En), locked.to_string());
        let newer = StoreError::NewerVersion {
            path: "d/session.toml".into(),
            version: 99,
        };
        let zh = describe(&newer, Lang::Zh);
        let versions = format!(
            "进度格式版本 99，本程序读取版本 {}",
            crate::session::VERSION
        );
        assert!(zh.contains(&versions), "{zh}");
        assert_eq!(describe(&newer, Lang::En), newer.to_string());
    }

    /// A control byte a terminal would act on, found in the UTF-8 bytes themselves: C0 other
    /// than newline, DEL, or a C1 control (0xC2 then 0x80..=0x9F). Independent of `text`'s table.
    fn control_byte(bytes: &[u8]) -> Option<usize> {
        bytes.iter().enumerate().position(|(i, &b)| {
            (b < 0x20 && b != b'\n')
                || b == 0x7f
                || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
        })
    }

    #[test]
    fn a_failure_and_its_causes_are_printed_without_control_characters() {
        let failure = StoreError::Read {
            path: "d/evil\u{1b}]0;title\u{7}/session.toml".into(),
            source: std::io::Error::other("gone\u{1b}[2J\u{9b}31m\u{7f}"),
        };
        for lang in [Lang::Zh, Lang::En] {
            let lines = failure_lines(&failure, lang);
            assert_eq!(lines.len(), 2, "{lines:?}");
            assert!(lines[1].contains("gone"), "{lines:?}");
            for line in &lines {
                assert_eq!(control_byte(line.as_bytes()), None, "{line:?}");
            }
        }
    }

    #[test]
    fn a_terminal_failure_is_worded_in_the_person_s_language() {
        let failed = crate::app::AppError::Terminal(std::io::Error::other("gone"));
        assert_eq!(describe(&failed, Lang::Zh), "终端出错，向导已停止");
        assert_eq!(describe(&failed, Lang::En), "terminal error");
    }
}
