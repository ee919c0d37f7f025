//! `xhs-cancel log`: the case file on the command line. Printing the timeline, adding an event
//! (checked, guarded for secrets, its files hashed, then saved under the lock), re-hashing the
//! evidence, and removing an event after asking.

mod show;
mod words;

use std::path::Path;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::args::{Format, Log, LogAdd, is_iso_date};
use super::commands::ask;
use super::messages;
use super::{
    Failure, checklist, default_lang, fail, locale_lang, out, out_line, own_data_dir, store_failure,
};
use crate::checklist::{Checklist, StageId};
use crate::evidence::{self, Check};
use crate::privacy::{self, SecretKind};
use crate::session::Session;
use crate::store::{self, Store};
use crate::text::Lang;
use crate::timeline::{self, Channel, Draft, EventProblem, Kind};
pub use words::LogError;
pub(in crate::cli) use words::kinds;

/// Runs `log` or one of its commands.
pub(super) fn run(cli: &super::Cli, what: &Log) -> Result<(), Failure> {
    match what {
        Log::List { format } => list(cli, *format),
        Log::Add(add) => add_event(cli, add),
        Log::Verify => verify(cli),
        Log::Remove { id, yes } => remove(cli, id, *yes),
    }
}

fn refuse(e: LogError) -> Failure {
    fail(e.code(), e)
}

/// The language of what a command prints: `--lang`, else the session's.
fn lang_of(cli: &super::Cli, session: &Session) -> Lang {
    cli.lang.unwrap_or(session.lang)
}

/// The timeline, newest first. Without a session: the "no session" line (for JSON, on stderr,
/// with `[]` on stdout so scripts still read an array).
fn list(cli: &super::Cli, format: Format) -> Result<(), Failure> {
    let dir = own_data_dir(cli, false)?;
    let Some(session) = store::peek(&dir).map_err(store_failure)? else {
        let line = messages::no_session(default_lang(cli), &dir);
        return match format {
            Format::Json => {
                super::err(&line);
                out_line("[]")
            }
            Format::Markdown => out_line(&line),
        };
    };
    let (lang, checklist, tz) = (lang_of(cli, &session), checklist(cli)?, TimeZone::system());
    out(&match format {
        Format::Json => show::json(lang, &checklist, &session, &tz),
        Format::Markdown => show::text(lang, &checklist, &session, &tz),
    })
}

/// Checks the arguments, guards the typed text, hashes the files, then adds the event under the
/// session's lock and saves it atomically.
fn add_event(cli: &super::Cli, add: &LogAdd) -> Result<(), Failure> {
    let checklist = checklist(cli)?;
    let tz = TimeZone::system();
    let now = crate::session::now();
    let today = now.to_zoned_datetime(tz.clone()).date();
    let (mut draft, masked) = draft(add, &checklist, today).map_err(refuse)?;
    // The draft's own rules, checked on an empty session before any file is read or locked.
    Session::new(Lang::En)
        .add_event(draft.clone(), now, &tz)
        .map_err(|p| refuse(problem(p, draft.kind, today)))?;
    draft.evidence = add
        .files
        .iter()
        .map(|path| {
            evidence::record(path).map_err(|source| LogError::File {
                path: path.clone(),
                source,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(refuse)?;
    let dir = own_data_dir(cli, true)?;
    let mut store = Store::open(&dir).map_err(store_failure)?;
    // A damaged session is refused in the words that say how to recover it, as elsewhere.
    store::peek(&dir).map_err(store_failure)?;
    let saved = store.load().map_err(store_failure)?;
    let lang = cli
        .lang
        .or(saved.as_ref().map(|s| s.lang))
        .unwrap_or_else(locale_lang);
    let mut session = saved.unwrap_or_else(|| Session::new(default_lang(cli)));
    let kind = draft.kind;
    let id = (session.add_event(draft, now, &tz)).map_err(|p| refuse(problem(p, kind, today)))?;
    store.save(&session).map_err(store_failure)?;
    let event = session.timeline.iter().find(|e| e.id == id);
    out_line(&event.map(|e| words::added(lang, e)).unwrap_or_default())?;
    for (field, kinds) in masked {
        out_line(&words::masked(lang, field, &kinds))?;
    }
    Ok(())
}

/// The fields a privacy-guarded field found secrets in, with what was found.
type Masked = Vec<(&'static str, Vec<SecretKind>)>;

/// The draft `log add`'s arguments describe (without evidence), and which fields were masked.
fn draft(add: &LogAdd, checklist: &Checklist, today: Date) -> Result<(Draft, Masked), LogError> {
    let kind = parse_kind(&add.kind)?;
    // Counted before any file is read: too many are refused without hashing one.
    if add.files.len() > timeline::MAX_EVIDENCE {
        let count = add.files.len();
        return Err(LogError::TooMuchEvidence { count });
    }
    let on = match &add.date {
        Some(value) => parse_date(value)?,
        None => today,
    };
    let mut draft = Draft::new(kind, on);
    draft.to = add.to.as_deref().map(parse_channel).transpose()?;
    draft.item = (add.item.as_deref())
        .map(|i| known_item(checklist, i))
        .transpose()?;
    let mut masked = Vec::new();
    for (field, text) in [
        ("note", &add.note),
        ("via", &add.via),
        ("reference", &add.reference),
    ] {
        let (kept, found) = guard(field, text, add)?;
        if let Some(kinds) = found {
            masked.push((field, kinds));
        }
        match field {
            "note" => draft.note = kept,
            "via" => draft.via = kept,
            _ => draft.reference = kept,
        }
    }
    Ok((draft, masked))
}

/// The privacy guard on one typed field: refused when something is found, unless `--mask`
/// (stored masked; what was found is returned) or `--keep-sensitive` (stored as typed).
fn guard(
    field: &'static str,
    text: &str,
    add: &LogAdd,
) -> Result<(String, Option<Vec<SecretKind>>), LogError> {
    let kinds: Vec<SecretKind> = privacy::scan(text).into_iter().map(|f| f.kind).collect();
    if kinds.is_empty() || add.keep_sensitive {
        return Ok((text.to_string(), None));
    }
    if add.mask {
        return Ok((privacy::mask(text), Some(kinds)));
    }
    Err(LogError::Sensitive { field, kinds })
}

/// The nearest of `ids` to a mistyped `value`, by the same measure clap suggests with.
fn nearest(value: &str, ids: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    ids.map(|id| (strsim::jaro(value, id), id))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

fn parse_kind(value: &str) -> Result<Kind, LogError> {
    Kind::parse(value).ok_or_else(|| LogError::UnknownKind {
        value: value.to_string(),
        suggestion: nearest(value, Kind::ADDABLE.iter().map(|k| k.as_str())),
    })
}

fn parse_channel(value: &str) -> Result<Channel, LogError> {
    Channel::parse(value).ok_or_else(|| LogError::UnknownChannel {
        value: value.to_string(),
        suggestion: nearest(value, Channel::ALL.iter().map(|c| c.as_str())),
    })
}

fn parse_date(value: &str) -> Result<Date, LogError> {
    let bad = || LogError::BadDate {
        value: value.to_string(),
    };
    match is_iso_date(value) {
        true => value.parse::<Date>().map_err(|_| bad()),
        false => Err(bad()),
    }
}

/// `stage/item` when the checklists have that item in that stage.
fn known_item(checklist: &Checklist, value: &str) -> Result<String, LogError> {
    let found = value.split_once('/').is_some_and(|(stage, item)| {
        StageId::parse(stage).is_some_and(|s| checklist.stage(s).items.iter().any(|i| i.id == item))
    });
    match found {
        true => Ok(value.to_string()),
        false => Err(LogError::UnknownItem {
            value: value.to_string(),
        }),
    }
}

/// The timeline's refusal in the command line's words.
fn problem(p: EventProblem, kind: Kind, today: Date) -> LogError {
    match p {
        EventProblem::Future(on) => LogError::FutureDate { on, today },
        EventProblem::TooEarly(on) => LogError::TooEarly(on),
        EventProblem::TooLong { field, chars, max } => LogError::TooLong { field, chars, max },
        EventProblem::NoChannel => LogError::NoChannel,
        EventProblem::StrayChannel => LogError::StrayChannel { kind },
        EventProblem::TooMuchEvidence { count } => LogError::TooMuchEvidence { count },
        other => LogError::Rejected(other),
    }
}

/// Re-hashes every evidence file, one line each; exit 1 when any is not unchanged.
fn verify(cli: &super::Cli) -> Result<(), Failure> {
    let dir = own_data_dir(cli, false)?;
    let Some(session) = store::peek(&dir).map_err(store_failure)? else {
        return out_line(&messages::no_session(default_lang(cli), &dir));
    };
    let lang = lang_of(cli, &session);
    let files: Vec<_> = (session.timeline.iter())
        .flat_map(|e| e.evidence.iter().map(move |f| (e, f)))
        .collect();
    if files.is_empty() {
        return out_line(words::no_evidence(lang));
    }
    let mut bad = 0;
    for (event, file) in &files {
        let check = evidence::verify(file);
        bad += usize::from(check != Check::Unchanged);
        out_line(&words::checked(lang, event, file, &check))?;
    }
    match bad {
        0 => out_line(&words::all_unchanged(lang, files.len())),
        _ => Err(refuse(LogError::NotVerified {
            bad,
            total: files.len(),
        })),
    }
}

/// Removes one event after asking (unless `yes`), under the lock, and says what went.
fn remove(cli: &super::Cli, value: &str, yes: bool) -> Result<(), Failure> {
    let no_event = || {
        refuse(LogError::NoEvent {
            value: value.to_string(),
        })
    };
    let id: u32 = value
        .trim_start_matches('#')
        .parse()
        .map_err(|_| no_event())?;
    let dir = own_data_dir(cli, true)?;
    // Without a session there is nothing to remove: no folder or lock is made for it.
    if store::peek(&dir).map_err(store_failure)?.is_none() {
        return no_session(cli, &dir);
    }
    let mut store = Store::open(&dir).map_err(store_failure)?;
    let Some(mut session) = store.load().map_err(store_failure)? else {
        return no_session(cli, &dir);
    };
    let lang = lang_of(cli, &session);
    let Some(event) = session.timeline.iter().find(|e| e.id == id) else {
        return Err(no_event());
    };
    if !yes && !ask(&words::remove_question(lang, event), "log remove")? {
        return out_line(messages::nothing_changed(lang));
    }
    let Some(event) = session.remove_event(id) else {
        return Err(no_event());
    };
    store.save(&session).map_err(store_failure)?;
    out_line(&words::removed(lang, &event))
}

fn no_session(cli: &super::Cli, dir: &Path) -> Result<(), Failure> {
    out_line(&messages::no_session(default_lang(cli), dir))
}
