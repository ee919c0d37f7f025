//! The shape of the model's own strings: notices, problems with typed input, stage names and
//! the review clock's sentence.

use jiff::civil::Date;

/// The model's strings in one language (see [`super::zh`] and [`super::en`]).
pub struct ModelStrings {
    /// The notice once the cooling-off length is cleared.
    pub cooling_off_cleared: &'static str,
    /// The notice once a cooling-off of `days` is recorded, with the day it ends when the
    /// submission date is known.
    pub cooling_off_recorded: fn(days: u16, ends: Option<Date>) -> String,
}
