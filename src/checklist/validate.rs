//! Turns the raw files into a [`Checklist`], collecting every problem with its file position.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use jiff::civil::{Date, Weekday};
use serde::de::DeserializeOwned;
use toml::value::Datetime;

use super::raw::{
    RawCalendar, RawChoice, RawHoliday, RawItem, RawQuestion, RawStage, RawText, RawWhen,
    RawWizard, RawYear, S,
};
use super::{
    Checklist, Choice, Confidence, Item, Mark, Question, Source, SourceFile, Stage, StageId,
};
use crate::calendar::{Calendar, CalendarYear, Holiday};
use crate::error::{LoadError, Problem};
use crate::text::{Text, forbidden_kind, quote, sanitize, sanitize_line};

/// The 1-based line and character column of a byte offset into `src`.
pub fn position(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Reports problems against one file.
struct Ctx<'a> {
    path: &'a str,
    src: &'a str,
    problems: &'a mut Vec<Problem>,
}

impl Ctx<'_> {
    fn err(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: self.path.to_string(),
            position: Some(position(self.src, span.start)),
            message: sanitize_line(&message.into()),
        });
    }

    fn location(&self, span: &Range<usize>) -> String {
        let (line, column) = position(self.src, span.start);
        format!("{}:{line}:{column}", self.path)
    }

    fn string(&mut self, what: &str, s: &S<String>) -> String {
        if s.get_ref().trim().is_empty() {
            self.err(s.span(), format!("{what} is empty"));
        }
        if let Some((c, kind)) = s
            .get_ref()
            .chars()
            .find_map(|c| Some((c, forbidden_kind(c)?)))
        {
            let value = quote(s.get_ref());
            self.err(
                s.span(),
                format!("{what} contains a {kind} (U+{:04X}): {value}", c as u32),
            );
        }
        sanitize(s.get_ref())
    }

    fn text(&mut self, what: &str, t: &S<RawText>) -> Text {
        let mut lang = |code: &str, value: &Option<S<String>>| match value {
            Some(s) => self.string(&format!("{what}.{code}"), s),
            None => {
                self.err(t.span(), format!("{what} has no \"{code}\" text"));
                String::new()
            }
        };
        let zh = lang("zh", &t.get_ref().zh);
        let en = lang("en", &t.get_ref().en);
        Text { zh, en }
    }

    fn id(&mut self, what: &str, s: &S<String>) -> String {
        let id = s.get_ref();
        let ok = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            let value = quote(id);
            self.err(
                s.span(),
                format!("invalid {what} id {value}: use 1 to 64 of a-z, 0-9 and \"-\""),
            );
        }
        sanitize_line(id)
    }

    fn date(&mut self, what: &str, d: &S<Datetime>) -> Option<Date> {
        let v = d.get_ref();
        let date = match (v.date, v.time, v.offset) {
            (Some(date), None, None) => {
                Date::new(date.year as i16, date.month as i8, date.day as i8).ok()
            }
            _ => None,
        };
        if date.is_none() {
            self.err(
                d.span(),
                format!("{what} must be a date such as 2026-11-28, found {v}"),
            );
        }
        date
    }

    fn url(&mut self, what: &str, s: &S<String>) -> String {
        let url = self.string(what, s);
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && !url.contains(char::is_whitespace);
        if !ok {
            let value = quote(s.get_ref());
            self.err(
                s.span(),
                format!("{what} must be an http(s) address without spaces, found {value}"),
            );
        }
        url
    }
}

/// Reads one file as UTF-8 TOML into `T`, or records why it cannot.
fn read_toml<T: DeserializeOwned>(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<T> {
    let src = match std::str::from_utf8(&file.bytes) {
        Ok(src) => src,
        Err(e) => {
            let valid = std::str::from_utf8(&file.bytes[..e.valid_up_to()]).unwrap_or_default();
            let byte = file.bytes[e.valid_up_to()];
            problems.push(Problem {
                path: file.path.clone(),
                position: Some(position(valid, valid.len())),
                message: format!("not valid UTF-8 (byte 0x{byte:02X}); save the file as UTF-8"),
            });
            return None;
        }
    };
    match toml::from_str(src) {
        Ok(value) => Some(value),
        Err(e) => {
            problems.push(Problem {
                path: file.path.clone(),
                position: Some(position(src, e.span().map_or(0, |s| s.start))),
                message: sanitize_line(e.message().trim()),
            });
            None
        }
    }
}

fn src(file: &SourceFile) -> &str {
    std::str::from_utf8(&file.bytes).unwrap_or_default()
}

/// What the stage files may refer to, as far as the files defining it could be read.
#[derive(Default)]
struct Known {
    sources: Option<HashSet<String>>,
    questions: Option<HashMap<String, HashSet<String>>>,
    /// Item id → where it was first defined.
    items: HashMap<String, String>,
}

pub fn parse(files: &[SourceFile]) -> Result<Checklist, LoadError> {
    assert_eq!(
        files.len(),
        super::FILE_NAMES.len(),
        "one SourceFile per checklist file"
    );
    let mut problems = Vec::new();
    let mut known = Known::default();

    let wizard = read_toml::<RawWizard>(&files[0], &mut problems)
        .map(|raw| wizard(&raw, &mut ctx(&files[0], &mut problems)));
    if let Some(w) = &wizard {
        known.sources = Some(w.sources.iter().map(|s| s.id.clone()).collect());
    }
    let raw_stages: Vec<Option<RawStage>> = files[1..6]
        .iter()
        .map(|f| read_toml(f, &mut problems))
        .collect();
    let questions = raw_stages[0]
        .as_ref()
        .map(|raw| questions(&raw.questions, &mut ctx(&files[1], &mut problems)));
    if let Some(qs) = &questions {
        known.questions = Some(
            qs.iter()
                .map(|q| {
                    (
                        q.id.clone(),
                        q.options.iter().map(|o| o.id.clone()).collect(),
                    )
                })
                .collect(),
        );
    }
    let mut stages = Vec::new();
    for ((raw, file), id) in raw_stages.iter().zip(&files[1..6]).zip(StageId::ALL) {
        if let Some(raw) = raw {
            stages.push(stage(raw, id, &mut known, &mut ctx(file, &mut problems)));
        }
    }
    let calendar = read_toml::<RawCalendar>(&files[6], &mut problems)
        .map(|raw| calendar(&raw, &mut ctx(&files[6], &mut problems)));

    match (wizard, questions, calendar) {
        (Some(w), Some(questions), Some(calendar)) if problems.is_empty() => {
            let stages = w
                .order
                .iter()
                .map(|id| stages.iter().find(|s| s.id == *id).cloned())
                .collect::<Option<Vec<_>>>();
            Ok(Checklist {
                title: w.title,
                verified: w.verified,
                stages: stages.unwrap_or_default(),
                questions,
                sources: w.sources,
                calendar,
            })
        }
        _ => {
            let order: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
            problems.sort_by_key(|p| (order.iter().position(|o| *o == p.path), p.position));
            Err(LoadError::Invalid { problems })
        }
    }
}

fn ctx<'a>(file: &'a SourceFile, problems: &'a mut Vec<Problem>) -> Ctx<'a> {
    Ctx {
        path: &file.path,
        src: src(file),
        problems,
    }
}

struct Wizard {
    title: Text,
    verified: Date,
    order: Vec<StageId>,
    sources: Vec<Source>,
}

fn wizard(raw: &RawWizard, cx: &mut Ctx) -> Wizard {
    if *raw.schema.get_ref() != 1 {
        let n = raw.schema.get_ref();
        cx.err(
            raw.schema.span(),
            format!("unsupported schema {n}: this program reads schema 1"),
        );
    }
    let title = cx.text("title", &raw.title);
    let verified = cx.date("verified", &raw.verified).unwrap_or_default();
    let order = stage_order(&raw.stages, cx);
    let mut seen = HashMap::new();
    let mut sources = Vec::new();
    for s in &raw.sources {
        let id = cx.id("source", &s.id);
        if let Some(first) = seen.insert(id.clone(), cx.location(&s.id.span())) {
            cx.err(
                s.id.span(),
                format!("duplicate source id {} (first at {first})", quote(&id)),
            );
        }
        sources.push(source(&id, s, cx));
    }
    Wizard {
        title,
        verified,
        order,
        sources,
    }
}

fn source(id: &str, s: &super::raw::RawSource, cx: &mut Ctx) -> Source {
    let title = cx.text(&format!("source {id} title"), &s.title);
    let url = cx.url(&format!("source {id} url"), &s.url);
    let published = s
        .published
        .as_ref()
        .and_then(|d| cx.date(&format!("source {id} published"), d));
    let confidence = match s.confidence.get_ref().as_str() {
        "H" => Confidence::High,
        "M" => Confidence::Medium,
        "L" => Confidence::Low,
        other => {
            cx.err(
                s.confidence.span(),
                format!(
                    "unknown confidence {}: use \"H\", \"M\" or \"L\"",
                    quote(other)
                ),
            );
            Confidence::Low
        }
    };
    Source {
        id: id.to_string(),
        title,
        url,
        published,
        confidence,
    }
}

fn stage_order(stages: &S<Vec<S<String>>>, cx: &mut Ctx) -> Vec<StageId> {
    let mut order = Vec::new();
    for s in stages.get_ref() {
        match StageId::parse(s.get_ref()) {
            Some(id) if order.contains(&id) => cx.err(s.span(), format!("duplicate stage {}", quote(s.get_ref()))),
            Some(id) => order.push(id),
            None => cx.err(
                s.span(),
                format!("unknown stage {}: the stages are reasons, preparation, deletion, after and troubleshooting", quote(s.get_ref())),
            ),
        }
    }
    for id in StageId::ALL.into_iter().filter(|id| !order.contains(id)) {
        cx.err(
            stages.span(),
            format!("stage \"{}\" is missing from stages", id.as_str()),
        );
    }
    order
}

fn questions(raw: &[RawQuestion], cx: &mut Ctx) -> Vec<Question> {
    let mut seen = HashMap::new();
    raw.iter()
        .map(|q| {
            let id = cx.id("question", &q.id);
            if let Some(first) = seen.insert(id.clone(), cx.location(&q.id.span())) {
                cx.err(
                    q.id.span(),
                    format!("duplicate question id {} (first at {first})", quote(&id)),
                );
            }
            let title = cx.text(&format!("question {id} title"), &q.title);
            let options = choices(&id, &q.options, cx);
            Question { id, title, options }
        })
        .collect()
}

fn choices(question: &str, raw: &S<Vec<RawChoice>>, cx: &mut Ctx) -> Vec<Choice> {
    if raw.get_ref().len() < 2 {
        cx.err(
            raw.span(),
            format!("question {} needs at least two options", quote(question)),
        );
    }
    let mut seen = HashSet::new();
    raw.get_ref()
        .iter()
        .map(|c| {
            let id = cx.id("option", &c.id);
            if !seen.insert(id.clone()) {
                cx.err(
                    c.id.span(),
                    format!(
                        "duplicate option id {} in question {}",
                        quote(&id),
                        quote(question)
                    ),
                );
            }
            let title = cx.text(&format!("option {id} title"), &c.title);
            Choice { id, title }
        })
        .collect()
}

fn stage(raw: &RawStage, expected: StageId, known: &mut Known, cx: &mut Ctx) -> Stage {
    if raw.stage.get_ref() != expected.as_str() {
        let found = quote(raw.stage.get_ref());
        cx.err(
            raw.stage.span(),
            format!(
                "this file is for stage \"{}\" but says stage = {found}",
                expected.as_str()
            ),
        );
    }
    if expected != StageId::Reasons && !raw.questions.is_empty() {
        cx.err(
            raw.questions[0].id.span(),
            "questions belong in reasons.toml",
        );
    }
    if raw.items.is_empty() {
        cx.err(
            raw.stage.span(),
            format!("stage \"{}\" has no items", expected.as_str()),
        );
    }
    let title = cx.text("title", &raw.title);
    let intro = cx.text("intro", &raw.intro);
    let items: Vec<Item> = raw
        .items
        .iter()
        .map(|i| item(i, expected, known, cx))
        .collect();
    check_marks(raw, expected, cx);
    Stage {
        id: expected,
        title,
        intro,
        items,
    }
}

fn item(raw: &RawItem, stage: StageId, known: &mut Known, cx: &mut Ctx) -> Item {
    let id = cx.id("item", &raw.id);
    if let Some(first) = known.items.get(&id) {
        let first = first.clone();
        cx.err(
            raw.id.span(),
            format!("duplicate item id {} (first at {first})", quote(&id)),
        );
    } else {
        known.items.insert(id.clone(), cx.location(&raw.id.span()));
    }
    let title = cx.text(&format!("item {id} title"), &raw.title);
    let detail = cx.text(&format!("item {id} detail"), &raw.detail);
    let sources = item_sources(&id, &raw.sources, known, cx);
    let when = raw
        .when
        .as_ref()
        .map(|w| conditions(w, known, cx))
        .unwrap_or_default();
    let marks = raw.marks.as_ref().and_then(|m| mark(m, stage, cx));
    Item {
        id,
        title,
        detail,
        required: raw.required,
        sources,
        when,
        marks,
    }
}

fn item_sources(id: &str, raw: &S<Vec<S<String>>>, known: &Known, cx: &mut Ctx) -> Vec<String> {
    if raw.get_ref().is_empty() {
        cx.err(raw.span(), format!("item {} names no sources", quote(id)));
    }
    for s in raw.get_ref() {
        if known
            .sources
            .as_ref()
            .is_some_and(|k| !k.contains(s.get_ref()))
        {
            cx.err(
                s.span(),
                format!(
                    "unknown source {}: add it to [[sources]] in wizard.toml",
                    quote(s.get_ref())
                ),
            );
        }
    }
    raw.get_ref()
        .iter()
        .map(|s| sanitize(s.get_ref()))
        .collect()
}

fn conditions(raw: &RawWhen, known: &Known, cx: &mut Ctx) -> Vec<(String, Vec<String>)> {
    let mut when = Vec::new();
    for (question, options) in raw {
        let q = question.get_ref();
        let answers = known.questions.as_ref().map(|k| k.get(q));
        if let Some(None) = answers {
            cx.err(
                question.span(),
                format!("unknown question {} in when", quote(q)),
            );
        }
        if options.get_ref().is_empty() {
            cx.err(
                options.span(),
                format!("when {} lists no options", quote(q)),
            );
        }
        for o in options.get_ref() {
            if let Some(Some(valid)) = answers
                && !valid.contains(o.get_ref())
            {
                cx.err(
                    o.span(),
                    format!(
                        "unknown option {} for question {}",
                        quote(o.get_ref()),
                        quote(q)
                    ),
                );
            }
        }
        when.push((
            sanitize(q),
            options
                .get_ref()
                .iter()
                .map(|o| sanitize(o.get_ref()))
                .collect(),
        ));
    }
    when
}

fn mark(raw: &S<String>, stage: StageId, cx: &mut Ctx) -> Option<Mark> {
    let (mark, home) = match raw.get_ref().as_str() {
        "submitted" => (Mark::Submitted, StageId::Deletion),
        "slow-review" => (Mark::SlowReview, StageId::Troubleshooting),
        other => {
            cx.err(
                raw.span(),
                format!(
                    "unknown marks {}: use \"submitted\" or \"slow-review\"",
                    quote(other)
                ),
            );
            return None;
        }
    };
    if stage != home {
        let value = quote(raw.get_ref());
        cx.err(
            raw.span(),
            format!(
                "marks = {value} belongs in the {} stage, not {}",
                home.as_str(),
                stage.as_str()
            ),
        );
        return None;
    }
    Some(mark)
}

fn check_marks(raw: &RawStage, stage: StageId, cx: &mut Ctx) {
    let (name, min) = match stage {
        StageId::Deletion => ("submitted", 1),
        StageId::Troubleshooting => ("slow-review", 0),
        _ => return,
    };
    let marked: Vec<&RawItem> = raw
        .items
        .iter()
        .filter(|i| i.marks.as_ref().is_some_and(|m| m.get_ref() == name))
        .collect();
    if marked.len() < min {
        cx.err(
            raw.stage.span(),
            format!(
                "stage \"{}\" needs one item with marks = \"{name}\", found none",
                stage.as_str()
            ),
        );
    }
    for extra in marked.iter().skip(1) {
        let first = quote(marked[0].id.get_ref());
        let span = extra.marks.as_ref().map_or(extra.id.span(), |m| m.span());
        cx.err(
            span,
            format!("only one item may have marks = \"{name}\"; the first is {first}"),
        );
    }
}

fn calendar(raw: &RawCalendar, cx: &mut Ctx) -> Calendar {
    let mut years: Vec<CalendarYear> = Vec::new();
    let mut spans: Vec<(Date, Date, String, Range<usize>)> = Vec::new();
    for y in &raw.years {
        let year = calendar_year(y, cx, &mut spans);
        if years.iter().any(|other| other.year == year.year) {
            cx.err(y.year.span(), format!("year {} appears twice", year.year));
        }
        years.push(year);
    }
    spans.sort_by_key(|(from, ..)| *from);
    for pair in spans.windows(2) {
        let ((a_from, a_to, a_name, _), (b_from, b_to, b_name, b_span)) = (&pair[0], &pair[1]);
        if b_from <= a_to {
            cx.err(
                b_span.clone(),
                format!("holiday {b_name} {b_from}..{b_to} overlaps {a_name} {a_from}..{a_to}"),
            );
        }
    }
    for y in &years {
        for d in &y.workdays {
            if let Some(h) = y.holidays.iter().find(|h| h.from <= *d && *d <= h.to) {
                let span = raw
                    .years
                    .iter()
                    .find(|r| *r.year.get_ref() == i64::from(y.year))
                    .map_or(0..0, |r| r.year.span());
                cx.err(
                    span,
                    format!(
                        "make-up working day {d} lies inside holiday {} {}..{}",
                        quote(&h.name.zh),
                        h.from,
                        h.to
                    ),
                );
            }
        }
    }
    Calendar { years }
}

fn calendar_year(
    y: &RawYear,
    cx: &mut Ctx,
    spans: &mut Vec<(Date, Date, String, Range<usize>)>,
) -> CalendarYear {
    let year = match i16::try_from(*y.year.get_ref()) {
        Ok(year) if (1949..=2200).contains(&year) => year,
        _ => {
            cx.err(
                y.year.span(),
                format!("year {} is out of range", y.year.get_ref()),
            );
            0
        }
    };
    let title = cx.string("title", &y.title);
    let url = cx.url("url", &y.url);
    let issued = cx.date("issued", &y.issued).unwrap_or_default();
    let holidays = y
        .holidays
        .iter()
        .filter_map(|h| holiday(h, cx, spans))
        .collect();
    let workdays = y.workdays.iter().filter_map(|d| workday(d, cx)).collect();
    CalendarYear {
        year,
        title,
        url,
        issued,
        holidays,
        workdays,
    }
}

fn holiday(
    h: &RawHoliday,
    cx: &mut Ctx,
    spans: &mut Vec<(Date, Date, String, Range<usize>)>,
) -> Option<Holiday> {
    let name = cx.text("holiday name", &h.name);
    let (from, to) = (cx.date("from", &h.from)?, cx.date("to", &h.to)?);
    if from > to {
        cx.err(
            h.from.span(),
            format!(
                "holiday {} runs backwards: from {from} is after to {to}",
                quote(&name.zh)
            ),
        );
        return None;
    }
    spans.push((from, to, quote(&name.zh), h.from.span()));
    Some(Holiday { name, from, to })
}

fn workday(d: &S<Datetime>, cx: &mut Ctx) -> Option<Date> {
    let date = cx.date("make-up working day", d)?;
    if !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
        cx.err(
            d.span(),
            format!(
                "make-up working day {date} is a {:?}, not a Saturday or Sunday",
                date.weekday()
            ),
        );
    }
    Some(date)
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
