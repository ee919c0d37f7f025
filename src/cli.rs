//! The command line: argument parsing, the subcommands, and exit codes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::checklist::Checklist;
use crate::error::LoadError;

/// Exit codes, as DESIGN.md §2 promises them.
pub mod exit {
    pub const OK: u8 = 0;
    pub const RUNTIME: u8 = 1;
    pub const INVALID: u8 = 2;
    pub const LOCKED: u8 = 3;
}

#[derive(Debug, Parser)]
#[command(
    name = "xhs-cancel",
    version,
    about = "Delete a Xiaohongshu / RedNote account, step by step, offline"
)]
pub struct Cli {
    /// Checklist files from DIR instead of the built-in ones
    #[arg(long, global = true, value_name = "DIR")]
    pub checklists: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate checklist files (default: the built-in ones)
    Check {
        /// The directory holding wizard.toml and the other files
        dir: Option<PathBuf>,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { dir }) => check(dir.as_deref().or(cli.checklists.as_deref())),
        None => check(cli.checklists.as_deref()),
    }
}

/// Loads the checklists the command line names, built-in by default.
pub fn load_checklist(dir: Option<&Path>) -> Result<Checklist, LoadError> {
    match dir {
        Some(dir) => Checklist::from_dir(dir),
        None => Checklist::builtin(),
    }
}

fn check(dir: Option<&Path>) -> ExitCode {
    match load_checklist(dir) {
        Ok(checklist) => {
            println!("{}", checklist.summary());
            ExitCode::from(exit::OK)
        }
        Err(e) => {
            print_error(&e);
            ExitCode::from(exit::INVALID)
        }
    }
}

/// Prints an error and its chain of causes to stderr, one per line.
pub fn print_error(error: &dyn std::error::Error) {
    eprintln!("error: {}", crate::text::sanitize(&error.to_string()));
    let mut source = error.source();
    while let Some(cause) = source {
        eprintln!(
            "  caused by: {}",
            crate::text::sanitize_line(&cause.to_string())
        );
        source = cause.source();
    }
}
