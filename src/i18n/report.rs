//! The shape of the reports' strings: `status`, and the Markdown and JSON exports.

/// The reports' strings in one language (see [`super::zh`] and [`super::en`]).
pub struct Report {}
