//! The model's own strings in English.

use crate::i18n::{ModelStrings, count};

pub(super) const MODEL: ModelStrings = ModelStrings {
    cooling_off_cleared: "Cooling-off cleared",
    cooling_off_recorded: |d, end| {
        let days = count(d.into(), "day", "days");
        match end {
            Some(end) => format!("Cooling-off of {days} recorded, ends {end}"),
            None => format!("Cooling-off of {days} recorded"),
        }
    },
};
