//! The reports' strings in Chinese.

use crate::i18n::Report;

pub(super) const REPORT: Report = Report {};
