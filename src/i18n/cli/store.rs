//! The shape of the store's and the checklists' errors, for a language that does not use their
//! own English messages. Paths reach it sanitized; `at` is `path:line:column`.

/// The store's and the checklists' errors, by variant.
pub struct StoreErrors {
    // --- the session folder
    /// The data folder `path` could not be created or opened.
    pub open: fn(path: &str) -> String,
    /// The lock file `path` is held by another xhs-cancel.
    pub locked: fn(path: &str) -> String,
    /// The lock file `path` could not be locked.
    pub lock: fn(path: &str) -> String,
    /// The session file `path` could not be read.
    pub read: fn(path: &str) -> String,
    /// The session file is not valid at `at`, with the parser's `message`.
    pub corrupt: fn(at: &str, message: &str) -> String,
    /// As `corrupt`, for a command that leaves the file alone.
    pub unreadable: fn(at: &str, message: &str) -> String,
    /// `path` was written by a newer xhs-cancel (format `version`; this one reads `ours`).
    pub newer_version: fn(path: &str, version: i64, ours: u32) -> String,
    /// The session could not be saved to `path`.
    pub save: fn(path: &str) -> String,
    /// The session could not be written as TOML.
    pub encode: &'static str,
    /// No backup to restore: `path` does not exist.
    pub no_backup: fn(path: &str) -> String,
    /// `from` could not be moved to `to`.
    pub move_file: fn(from: &str, to: &str) -> String,
    /// `path` could not be removed.
    pub remove: fn(path: &str) -> String,
    // --- the checklists
    /// A checklist file `path` could not be read.
    pub checklist_read: fn(path: &str) -> String,
    /// The first line before the checklists' `count` problems, one per line.
    pub checklist_problems: fn(count: usize) -> String,
}
