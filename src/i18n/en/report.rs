//! The reports' strings in English.

use crate::i18n::Report;

pub(super) const REPORT: Report = Report {};
