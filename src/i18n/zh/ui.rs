//! The wizard's strings in Chinese.

use crate::i18n::Ui;

pub(super) const UI: Ui = Ui { details: "说明" };
