//! The error types the library returns; `main` prints their chains after restoring the terminal.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// One thing wrong in a checklist file, pointing at the place a writer has to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    /// 1-based line and column (in characters); `None` when the problem is the whole file.
    pub position: Option<(usize, usize)>,
    /// Already safe to print: any value from the file in it is quoted and escaped.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The path comes from the command line or the file system and may hold anything.
        let path = crate::text::sanitize_line(&self.path);
        match self.position {
            Some((line, column)) => write!(f, "{path}:{line}:{column}: {}", self.message),
            None => write!(f, "{path}: {}", self.message),
        }
    }
}

/// Why the checklists could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read checklist file {}", crate::text::sanitize_line(&.path.display().to_string()))]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}", ProblemList(.problems))]
    Invalid { problems: Vec<Problem> },
}

impl LoadError {
    /// Every problem found, for callers that list them one per line.
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid { problems } => problems,
            LoadError::Read { .. } => &[],
        }
    }
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "{n} problem{} in the checklist files:",
            if n == 1 { "" } else { "s" }
        )?;
        for problem in self.0 {
            write!(f, "\n{problem}")?;
        }
        Ok(())
    }
}
