//! Turns the raw files into a [`Checklist`], collecting every problem with its file position.
//! The checks live in the submodules, one per kind of file; [`ctx`] holds what they share.

use std::collections::{HashMap, HashSet};

use super::raw::{RawCalendar, RawLetter, RawStage, RawWizard};
use super::{Checklist, SourceFile, Stage, StageId};
use crate::error::{LoadError, Problem};

mod calendar;
mod ctx;
mod letter;
mod read;
mod scan;
mod stages;

use ctx::{Ctx, File, Lines, Name, Place};
use read::read_toml;
use stages::{conditions, questions, stage, wizard};

/// The most items one stage may hold: a session records every item id it has shown, and
/// bounds its lists at [`crate::session::MAX_ENTRIES`] (10,000), twice five full stages.
pub const MAX_ITEMS: usize = 1_000;

/// The most questions `reasons.toml` may hold (a session keeps one answer per question).
pub const MAX_QUESTIONS: usize = 1_000;

/// The 1-based line and character column of a byte offset into `src`, for one-off lookups
/// (the session file's errors use it too).
pub fn position(src: &str, offset: usize) -> (usize, usize) {
    Lines::new(src).position(offset)
}

/// What the stage files may refer to, as far as the files defining it could be read.
#[derive(Default)]
struct Known {
    sources: Option<HashSet<String>>,
    /// Question id → its options; the first definition of a question id wins.
    questions: Option<HashMap<String, HashSet<String>>>,
    /// Item id → where it was first defined.
    items: HashMap<String, Place>,
}

pub fn parse(sources: &[SourceFile]) -> Result<Checklist, LoadError> {
    assert_eq!(
        sources.len(),
        super::FILE_NAMES.len(),
        "one SourceFile per checklist file"
    );
    let files: Vec<File> = sources.iter().map(File::new).collect();
    let mut problems = Vec::new();
    let mut known = Known::default();

    let wizard = read_toml::<RawWizard>(&sources[0], &files[0], &mut problems)
        .map(|raw| wizard(&raw, &mut ctx(&files, 0, &mut problems)));
    if let Some(w) = &wizard {
        known.sources = Some(w.sources.iter().map(|s| s.id.clone()).collect());
    }
    let raw_stages: Vec<Option<RawStage>> = sources[1..6]
        .iter()
        .zip(&files[1..6])
        .map(|(source, file)| read_toml(source, file, &mut problems))
        .collect();
    let questions = raw_stages[0]
        .as_ref()
        .map(|raw| questions(&raw.questions, &mut ctx(&files, 1, &mut problems)));
    if let Some(qs) = &questions {
        let mut options = HashMap::new();
        for q in qs {
            options
                .entry(q.id.clone())
                .or_insert_with(|| q.options.iter().map(|o| o.id.clone()).collect());
        }
        known.questions = Some(options);
    }
    let mut stages: Vec<Option<Stage>> = raw_stages
        .iter()
        .zip(StageId::ALL)
        .enumerate()
        .map(|(i, (raw, id))| {
            let raw = raw.as_ref()?;
            Some(stage(
                raw,
                id,
                &mut known,
                &mut ctx(&files, i + 1, &mut problems),
            ))
        })
        .collect();
    let calendar = read_toml::<RawCalendar>(&sources[6], &files[6], &mut problems)
        .map(|raw| calendar::calendar(&raw, &mut ctx(&files, 6, &mut problems)));
    let letter = read_toml::<RawLetter>(&sources[7], &files[7], &mut problems)
        .map(|raw| letter::letter(&raw, &known, &mut ctx(&files, 7, &mut problems)));

    match (wizard, questions, calendar, letter) {
        (Some(w), Some(questions), Some(calendar), Some(letter)) if problems.is_empty() => {
            let stages = w
                .order
                .iter()
                .map(|&id| {
                    let i = StageId::ALL.iter().position(|s| *s == id)?;
                    stages[i].take()
                })
                .collect::<Option<Vec<_>>>();
            Ok(Checklist {
                title: w.title,
                verified: w.verified,
                stages: stages.expect("a valid stage order names every stage once"),
                questions,
                sources: w.sources,
                calendar,
                letter,
            })
        }
        _ => {
            problems.sort_by_key(|p| {
                let file = files.iter().position(|f| f.path == p.path);
                (file, p.position)
            });
            Err(LoadError::Invalid { problems })
        }
    }
}

fn ctx<'a>(files: &'a [File<'a>], at: usize, problems: &'a mut Vec<Problem>) -> Ctx<'a> {
    Ctx {
        files,
        at,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn position_counts_lines_and_characters() {
        let src = "a = 1\n标题 = \"x\"\n";
        assert_eq!(position(src, 0), (1, 1));
        assert_eq!(position(src, 6), (2, 1));
        assert_eq!(position(src, src.find('=').unwrap()), (1, 3));
        let second_eq = src.rfind('=').unwrap();
        assert_eq!(position(src, second_eq), (2, 4));
        assert_eq!(
            position(src, 7),
            (2, 1),
            "inside a character rounds down to it"
        );
    }
}
