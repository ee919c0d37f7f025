//! The shape of the command line's strings: help, usage, printed lines and errors.

/// The command line's strings in one language (see [`super::zh`] and [`super::en`]).
pub struct Cli {}
