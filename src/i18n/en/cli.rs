//! The command line's strings in English.

use crate::i18n::Cli;

pub(super) const CLI: Cli = Cli {};
