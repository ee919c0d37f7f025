//! The shape of the wizard's strings: its screens, dialogs, footer and help.

/// The wizard's strings in one language (see [`super::zh`] and [`super::en`]).
pub struct Ui {
    /// The details pane's title: "说明" / "Details".
    pub details: &'static str,
}
