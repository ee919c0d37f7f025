//! xhs-cancel: a terminal wizard for deleting a Xiaohongshu / RedNote account, offline.

pub mod app;
pub mod backend;
pub mod calendar;
pub mod case_names;
pub mod checklist;
pub mod cli;
pub mod error;
pub mod evidence;
pub mod fsread;
pub mod i18n;
pub mod keymap;
pub mod layout;
pub mod names;
pub mod outcome;
pub mod privacy;
pub mod remind;
pub mod report;
pub mod session;
pub mod store;
pub mod text;
pub use session::timeline;
pub mod ui;
pub mod wizard;
pub mod wrap;
