//! The checks of `wizard.toml` and the five stage files: the title, stage order and sources;
//! the questions and their options; each stage's items, their sources, `when` conditions and
//! marks.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

use super::super::raw::{
    RawChoice, RawItem, RawQuestion, RawSource, RawStage, RawWhen, RawWizard, S,
};
use super::super::{Choice, Confidence, Item, Mark, Question, Source, Stage, StageId};
use super::scan::clean_id;
use super::{Ctx, Known, MAX_ITEMS, MAX_QUESTIONS, Name};
use crate::text::{Text, quote};

pub(super) struct Wizard {
    pub(super) title: Text,
    pub(super) verified: Date,
    pub(super) order: Vec<StageId>,
    pub(super) sources: Vec<Source>,
}

pub(super) fn wizard(raw: &RawWizard, cx: &mut Ctx) -> Wizard {
    if *raw.schema.get_ref() != 1 {
        let n = raw.schema.get_ref();
        cx.err(
            raw.schema.span(),
            format!("unsupported schema {n}: this program reads schema 1"),
        );
    }
    let title = cx.text(Name::field("title"), &raw.title);
    let verified = cx
        .date(Name::field("verified"), &raw.verified)
        .unwrap_or_default();
    let order = stage_order(&raw.stages, cx);
    let mut seen = HashMap::new();
    let mut sources = Vec::new();
    for s in &raw.sources {
        let id = cx.id("source", &s.id);
        if let Some(first) = cx.first_definition(&mut seen, id.clone(), &s.id.span()) {
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

fn source(id: &str, s: &RawSource, cx: &mut Ctx) -> Source {
    let title = cx.text(Name::of("source", id, "title"), &s.title);
    let url = cx.url(Name::of("source", id, "url"), &s.url);
    let published = s
        .published
        .as_ref()
        .and_then(|d| cx.date(Name::of("source", id, "published"), d));
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

pub(super) fn questions(raw: &[RawQuestion], cx: &mut Ctx) -> Vec<Question> {
    let mut seen = HashMap::new();
    raw.iter()
        .map(|q| {
            let id = cx.id("question", &q.id);
            if let Some(first) = cx.first_definition(&mut seen, id.clone(), &q.id.span()) {
                cx.err(
                    q.id.span(),
                    format!("duplicate question id {} (first at {first})", quote(&id)),
                );
            }
            let title = cx.text(Name::of("question", &id, "title"), &q.title);
            let options = choices(&id, &q.options, cx);
            Question {
                id,
                title,
                multi: q.multi,
                options,
            }
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
            let title = cx.text(Name::of("option", &id, "title"), &c.title);
            Choice { id, title }
        })
        .collect()
}

pub(super) fn stage(raw: &RawStage, expected: StageId, known: &mut Known, cx: &mut Ctx) -> Stage {
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
    if let Some(extra) = raw.items.get(MAX_ITEMS) {
        cx.err(
            extra.id.span(),
            format!("more than {MAX_ITEMS} items in one stage"),
        );
    }
    if let Some(extra) = raw.questions.get(MAX_QUESTIONS) {
        cx.err(
            extra.id.span(),
            format!("more than {MAX_QUESTIONS} questions"),
        );
    }
    let title = cx.text(Name::field("title"), &raw.title);
    let intro = cx.text(Name::field("intro"), &raw.intro);
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
    if let Some(first) = cx.first_definition(&mut known.items, id.clone(), &raw.id.span()) {
        cx.err(
            raw.id.span(),
            format!("duplicate item id {} (first at {first})", quote(&id)),
        );
    }
    let title = cx.text(Name::of("item", &id, "title"), &raw.title);
    let detail = cx.text(Name::of("item", &id, "detail"), &raw.detail);
    let sources = item_sources(&id, &raw.sources, known, cx);
    let when = raw
        .when
        .as_ref()
        .map(|w| conditions(w, known, cx))
        .unwrap_or_default();
    let marks = raw.marks.as_ref().and_then(|m| mark(m, stage, cx));
    if let (Some(Mark::Submitted), Some(m)) = (marks, &raw.marks)
        && raw.when.is_some()
    {
        cx.err(
            m.span(),
            "the submit step (marks = \"submitted\") cannot have a when condition: hidden, it could never start the review clock",
        );
    }
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
        .map(|s| clean_id(s.get_ref()))
        .collect()
}

pub(super) fn conditions(raw: &RawWhen, known: &Known, cx: &mut Ctx) -> Vec<(String, Vec<String>)> {
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
            clean_id(q),
            options
                .get_ref()
                .iter()
                .map(|o| clean_id(o.get_ref()))
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
