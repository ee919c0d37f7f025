//! What the case file's kinds, channels and fields are called: one wording for the wizard's
//! screens, the command line and the report, read from [`crate::i18n::ModelStrings`].

use crate::checklist::StageId;
use crate::i18n::strings;
use crate::text::Lang;
use crate::timeline::{Channel, Kind};

/// What a kind of event is called in lists, forms and messages.
pub fn kind_label(kind: Kind, lang: Lang) -> &'static str {
    let names = &strings(lang).model.kinds;
    match kind {
        Kind::Submitted => names.submitted,
        Kind::Contacted => names.contacted,
        Kind::Reply => names.reply,
        Kind::Complaint => names.complaint,
        Kind::Cancelled => names.cancelled,
        Kind::Gone => names.gone,
        Kind::Note => names.note,
        Kind::Cleared => names.cleared,
    }
}

/// What a complaint channel is called. Sources: content-sources.md, "Escalation channels".
pub fn channel_label(channel: Channel, lang: Lang) -> &'static str {
    let names = &strings(lang).model.channels;
    match channel {
        Channel::Platform => names.platform,
        Channel::Report12321 => names.report_12321,
        Channel::Consumer12315 => names.consumer_12315,
        Channel::Miit => names.miit,
        Channel::Cac => names.cac,
        Channel::Court => names.court,
    }
}

/// The name of an event's field, as a label without its colon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    /// `via`: how the platform was contacted.
    Via,
    /// `reference`: the ticket, conversation or case number.
    Reference,
    /// `to`: where a complaint went.
    To,
    Note,
    Evidence,
    /// `item`: the checklist item a note is about.
    Item,
}

/// What a field is called.
pub fn field_label(field: FieldName, lang: Lang) -> &'static str {
    let names = &strings(lang).model.fields;
    match field {
        FieldName::Via => names.via,
        FieldName::Reference => names.reference,
        FieldName::To => names.to,
        FieldName::Note => names.note,
        FieldName::Evidence => names.evidence,
        FieldName::Item => names.item,
    }
}

/// What an event's `reference` is called: a complaint channel gives a 受理编号 (case number),
/// customer service a 工单号 (ticket).
pub fn reference_label(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Complaint => strings(lang).model.complaint_reference,
        _ => field_label(FieldName::Reference, lang),
    }
}

/// What a confirmed step of the stage `stage` (a stage id as stored) is called: `chosen` in
/// the reasons, `tried` in troubleshooting, `confirmed` elsewhere and for an unknown stage.
pub fn confirmation_label(stage: &str, lang: Lang) -> &'static str {
    let names = &strings(lang).model.confirmations;
    match StageId::parse(stage) {
        Some(StageId::Reasons) => names.chosen,
        Some(StageId::Troubleshooting) => names.tried,
        _ => names.confirmed,
    }
}

/// `（更正 2026-11-02）` / ` (corrects 2026-11-02)`: what a submission date corrects.
pub fn corrects(on: jiff::civil::Date, lang: Lang) -> String {
    (strings(lang).model.corrects)(on)
}

/// `（已更正为 2026-11-20）` / ` (corrected to 2026-11-20)`: a submission date a later entry
/// replaced, and the date it was corrected to.
pub fn corrected_to(later: jiff::civil::Date, lang: Lang) -> String {
    (strings(lang).model.corrected_to)(later)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_channel_has_a_distinct_name_in_each_language() {
        for lang in [Lang::Zh, Lang::En] {
            let kinds: std::collections::BTreeSet<_> = (Kind::ADDABLE.iter())
                .chain(&[Kind::Cleared])
                .map(|k| kind_label(*k, lang))
                .collect();
            assert_eq!(kinds.len(), Kind::ADDABLE.len() + 1, "{lang:?}");
            let channels: std::collections::BTreeSet<_> = Channel::ALL
                .iter()
                .map(|c| channel_label(*c, lang))
                .collect();
            assert_eq!(channels.len(), Channel::ALL.len(), "{lang:?}");
        }
    }
}
