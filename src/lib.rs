//! xhs-cancel: a terminal wizard for deleting a Xiaohongshu / RedNote account, offline.

pub mod calendar;
pub mod checklist;
pub mod cli;
pub mod error;
pub mod session;
pub mod text;
