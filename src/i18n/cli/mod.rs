//! The shape of the command line's strings: help, usage, printed lines and errors.

mod help;

pub use help::{Help, LogHelp, RemindHelp};

/// The command line's strings in one language (see [`super::zh`] and [`super::en`]).
pub struct Cli {
    // --- help
    /// `xhs-cancel --help` and each command's help.
    pub help: Help,
    /// `log`'s and its commands' help.
    pub log_help: LogHelp,
    /// `remind`'s, `cooling-off`'s and `export --to`'s help.
    pub remind_help: RemindHelp,
}
