//! The model's own strings in Chinese.

use crate::i18n::ModelStrings;

pub(super) const MODEL: ModelStrings = ModelStrings {
    cooling_off_cleared: "已清除冷静期",
    cooling_off_recorded: |d, end| match end {
        Some(end) => format!("已记录冷静期 {d} 天，到 {end} 结束"),
        None => format!("已记录冷静期 {d} 天"),
    },
};
