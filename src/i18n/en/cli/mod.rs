//! The command line's strings in English.

mod help;

use crate::i18n::Cli;

pub(super) const CLI: Cli = Cli {
    // --- help
    help: help::HELP,
    log_help: help::LOG_HELP,
    remind_help: help::REMIND_HELP,
};
