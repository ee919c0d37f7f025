//! The wizard's strings in English.

use crate::i18n::Ui;

pub(super) const UI: Ui = Ui { details: "Details" };
