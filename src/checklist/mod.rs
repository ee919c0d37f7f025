//! The checklist content: its data model, the built-in files, and loading them from a directory.

pub mod letter;
mod raw;
mod validate;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::error::{LoadError, Problem};
use crate::fsread::{self, CHECKLIST_CAP, ReadError};
use crate::text::Text;

pub use letter::Letter;
pub use validate::position;

/// The files a checklist directory holds, in the order they are read and reported.
pub const FILE_NAMES: [&str; 8] = [
    "wizard.toml",
    "reasons.toml",
    "preparation.toml",
    "deletion.toml",
    "after.toml",
    "troubleshooting.toml",
    "calendar.toml",
    "letter.toml",
];

const BUILTIN: [&[u8]; 8] = [
    include_bytes!("../../checklists/wizard.toml"),
    include_bytes!("../../checklists/reasons.toml"),
    include_bytes!("../../checklists/preparation.toml"),
    include_bytes!("../../checklists/deletion.toml"),
    include_bytes!("../../checklists/after.toml"),
    include_bytes!("../../checklists/troubleshooting.toml"),
    include_bytes!("../../checklists/calendar.toml"),
    include_bytes!("../../checklists/letter.toml"),
];

/// The five stages; each has its own file and its own kind of interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StageId {
    Reasons,
    Preparation,
    Deletion,
    After,
    Troubleshooting,
}

impl StageId {
    pub const ALL: [StageId; 5] = [
        StageId::Reasons,
        StageId::Preparation,
        StageId::Deletion,
        StageId::After,
        StageId::Troubleshooting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StageId::Reasons => "reasons",
            StageId::Preparation => "preparation",
            StageId::Deletion => "deletion",
            StageId::After => "after",
            StageId::Troubleshooting => "troubleshooting",
        }
    }

    pub fn parse(s: &str) -> Option<StageId> {
        StageId::ALL.into_iter().find(|id| id.as_str() == s)
    }
}

/// A role an item plays in the program beyond being confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// The submit step: confirming it starts the review clock.
    Submitted,
    /// The slow-review problem, highlighted once the review passes its legal limit.
    SlowReview,
}

/// How far a source can be trusted, as content-sources.md grades it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    pub fn letter(self) -> &'static str {
        match self {
            Confidence::High => "H",
            Confidence::Medium => "M",
            Confidence::Low => "L",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: Text,
    pub url: String,
    pub published: Option<Date>,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub title: Text,
    pub detail: Text,
    pub required: bool,
    pub sources: Vec<String>,
    /// Question id and the options under which the item is shown.
    pub when: Vec<(String, Vec<String>)>,
    pub marks: Option<Mark>,
}

impl Item {
    /// An item is shown unless a question it names has been answered, and none of the options
    /// chosen is one the item lists ("any of"): before the person answers, they see more
    /// rather than less. `answers` maps a question id to the options chosen.
    pub fn applies(&self, answers: &BTreeMap<String, Vec<String>>) -> bool {
        self.when.iter().all(|(question, options)| {
            answers
                .get(question)
                .filter(|chosen| !chosen.is_empty())
                .is_none_or(|chosen| chosen.iter().any(|c| options.contains(c)))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub title: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub title: Text,
    /// `multi = true`: any number of options may be chosen (a 专业号 can also have a shop);
    /// otherwise one at most, a new choice replacing the old.
    pub multi: bool,
    pub options: Vec<Choice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub id: StageId,
    pub title: Text,
    pub intro: Text,
    pub items: Vec<Item>,
}

/// Everything the wizard shows, validated: a value of this type is always consistent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    pub title: Text,
    /// The day the sources were last checked.
    pub verified: Date,
    /// In the order `wizard.toml` gives.
    pub stages: Vec<Stage>,
    pub questions: Vec<Question>,
    pub sources: Vec<Source>,
    pub calendar: Calendar,
    /// The complaint letter draft the report adds once the review is overdue.
    pub letter: Letter,
}

/// One checklist file's bytes and the path its problems are reported under.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub bytes: Cow<'static, [u8]>,
}

impl Checklist {
    /// The files compiled into the binary.
    pub fn builtin_files() -> Vec<SourceFile> {
        FILE_NAMES
            .iter()
            .zip(BUILTIN)
            .map(|(name, bytes)| SourceFile {
                path: format!("checklists/{name}"),
                bytes: Cow::Borrowed(bytes),
            })
            .collect()
    }

    /// The checklists compiled into the binary, parsed and validated when the program starts
    /// (tests/checklist_builtin.rs keeps them valid, so this fails only for a build whose
    /// tests did not pass).
    pub fn builtin() -> Result<Checklist, LoadError> {
        Checklist::parse(&Checklist::builtin_files())
    }

    /// Reads the eight files of `dir`, each within [`CHECKLIST_CAP`] bytes; problems are
    /// reported under `dir/NAME.toml`. A file that cannot be opened or read gives
    /// [`LoadError::Read`]; one that is not a regular file (a FIFO, a device) or is larger than
    /// the cap is a problem of the set ([`LoadError::Invalid`]), reported with the others.
    pub fn read_dir(dir: &Path) -> Result<Vec<SourceFile>, LoadError> {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for name in FILE_NAMES {
            let path = dir.join(name);
            let shown = path.display().to_string();
            match fsread::read_capped(&path, CHECKLIST_CAP) {
                Ok(bytes) => files.push(SourceFile {
                    path: shown,
                    bytes: Cow::Owned(bytes),
                }),
                Err(ReadError::Io { source }) => return Err(LoadError::Read { path, source }),
                Err(e) => problems.push(Problem {
                    path: shown,
                    position: None,
                    message: format!("cannot be used: {e}"),
                }),
            }
        }
        if problems.is_empty() {
            Ok(files)
        } else {
            Err(LoadError::Invalid { problems })
        }
    }

    pub fn from_dir(dir: &Path) -> Result<Checklist, LoadError> {
        Checklist::parse(&Checklist::read_dir(dir)?)
    }

    /// Parses and validates the eight files, given in [`FILE_NAMES`] order.
    pub fn parse(files: &[SourceFile]) -> Result<Checklist, LoadError> {
        validate::parse(files)
    }

    pub fn stage(&self, id: StageId) -> &Stage {
        self.stages
            .iter()
            .find(|s| s.id == id)
            .expect("a valid checklist has every stage")
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.stages
            .iter()
            .flat_map(|s| &s.items)
            .find(|i| i.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Counts for the one line `check` prints on success.
    pub fn summary(&self) -> String {
        let items: usize = self.stages.iter().map(|s| s.items.len()).sum();
        let mut years = match self.calendar.span() {
            Some((a, b)) if a == b => format!("calendar {a}"),
            Some((a, b)) => format!("calendar {a}-{b}"),
            None => "no calendar years".to_string(),
        };
        let provisional: Vec<String> = (self.calendar.years.iter())
            .filter(|y| y.provisional)
            .map(|y| y.year.to_string())
            .collect();
        if !provisional.is_empty() {
            years.push_str(&format!(" ({} provisional)", provisional.join(", ")));
        }
        format!(
            "ok: {} stages, {items} items, {} questions, {} sources, {years}",
            self.stages.len(),
            self.questions.len(),
            self.sources.len(),
        )
    }
}
