//! The checklist files exactly as serde reads them, with spans kept for error messages.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

pub type S<T> = Spanned<T>;

/// `when = { QUESTION = [OPTION, …] }`, every part with its span.
pub type RawWhen = BTreeMap<S<String>, S<Vec<S<String>>>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub zh: Option<S<String>>,
    pub en: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWizard {
    pub schema: S<i64>,
    pub title: S<RawText>,
    pub verified: S<Datetime>,
    pub stages: S<Vec<S<String>>>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: S<String>,
    pub title: S<RawText>,
    pub url: S<String>,
    pub published: Option<S<Datetime>>,
    pub confidence: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStage {
    pub stage: S<String>,
    pub title: S<RawText>,
    pub intro: S<RawText>,
    #[serde(default)]
    pub items: Vec<RawItem>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub id: S<String>,
    pub title: S<RawText>,
    pub detail: S<RawText>,
    #[serde(default)]
    pub required: bool,
    pub sources: S<Vec<S<String>>>,
    pub when: Option<RawWhen>,
    pub marks: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: S<String>,
    pub title: S<RawText>,
    #[serde(default)]
    pub multi: bool,
    pub options: S<Vec<RawChoice>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub id: S<String>,
    pub title: S<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCalendar {
    pub years: Vec<RawYear>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawYear {
    pub year: S<i64>,
    pub title: S<String>,
    pub url: S<String>,
    pub issued: S<Datetime>,
    /// Only part of the year's arrangements is known; the statutory days count on top.
    #[serde(default)]
    pub provisional: bool,
    #[serde(default)]
    pub holidays: Vec<RawHoliday>,
    #[serde(default)]
    pub workdays: Vec<S<Datetime>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHoliday {
    pub name: S<RawText>,
    pub from: S<Datetime>,
    pub to: S<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLetter {
    pub note: S<RawText>,
    #[serde(default)]
    pub caveats: Vec<RawCaveat>,
    pub letter: S<RawText>,
    #[serde(rename = "where")]
    pub where_next: S<RawText>,
    /// Channel id (`platform`, `12321`, …) → its texts.
    #[serde(default)]
    pub to: std::collections::BTreeMap<String, S<RawTo>>,
    pub enclosed: Option<S<RawEnclosed>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnclosed {
    pub both: S<RawText>,
    pub contacts: S<RawText>,
    pub evidence: S<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTo {
    pub addressee: S<RawText>,
    pub ask: S<RawText>,
    pub closing: S<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCaveat {
    pub when: Option<RawWhen>,
    pub text: S<RawText>,
}
