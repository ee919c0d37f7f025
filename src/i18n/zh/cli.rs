//! The command line's strings in Chinese.

use crate::i18n::Cli;

pub(super) const CLI: Cli = Cli {};
