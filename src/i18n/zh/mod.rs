//! All of the program's own strings in Chinese (简体中文), the first language.

mod cli;
mod model;
mod report;
mod ui;

use super::Strings;

/// The Chinese table.
pub(super) static STRINGS: Strings = Strings {
    ui: ui::UI,
    cli: cli::CLI,
    report: report::REPORT,
    model: model::MODEL,
};
