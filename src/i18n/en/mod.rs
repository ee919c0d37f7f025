//! All of the program's own strings in English.

mod cli;
mod model;
mod report;
mod ui;

use super::Strings;

/// The English table.
pub(super) static STRINGS: Strings = Strings {
    ui: ui::UI,
    cli: cli::CLI,
    report: report::REPORT,
    model: model::MODEL,
};
