//! What the case file's kinds, channels and fields are called: one wording for the wizard's
//! screens, the command line and the report, in both languages.

use crate::text::{Lang, Text};
use crate::timeline::{Channel, Kind};

/// What a kind of event is called in lists, forms and messages.
pub fn kind_label(kind: Kind, lang: Lang) -> &'static str {
    let pair = match kind {
        Kind::Submitted => ("提交注销申请", "request submitted"),
        Kind::Contacted => ("联系客服", "contacted customer service"),
        Kind::Reply => ("平台答复", "the platform replied"),
        Kind::Complaint => ("投诉", "complaint filed"),
        Kind::Cancelled => ("申请已撤销", "request cancelled"),
        Kind::Gone => ("确认已注销", "deletion confirmed"),
        Kind::Note => ("备注", "note"),
        Kind::Cleared => ("删除提交日期", "submission date removed"),
    };
    Text::pick(pair, lang)
}

/// What a complaint channel is called. Sources: content-sources.md, "Escalation channels".
pub fn channel_label(channel: Channel, lang: Lang) -> &'static str {
    let pair = match channel {
        Channel::Platform => ("小红书平台", "the platform"),
        Channel::Report12321 => ("12321 举报受理中心", "the 12321 reporting centre"),
        Channel::Consumer12315 => ("12315（市场监管）", "12315 (market regulation)"),
        Channel::Miit => ("工业和信息化部", "MIIT"),
        Channel::Cac => ("网信部门", "the cyberspace administration"),
        Channel::Court => ("法院", "a court"),
    };
    Text::pick(pair, lang)
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
    let pair = match field {
        FieldName::Via => ("方式", "via"),
        FieldName::Reference => ("工单号", "ticket"),
        FieldName::To => ("投诉渠道", "filed with"),
        FieldName::Note => ("备注", "note"),
        FieldName::Evidence => ("证据", "evidence"),
        FieldName::Item => ("清单项", "item"),
    };
    Text::pick(pair, lang)
}

/// What an event's `reference` is called: a complaint channel gives a 受理编号 (case number),
/// customer service a 工单号 (ticket).
pub fn reference_label(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Complaint => Text::pick(("受理编号", "reference"), lang),
        _ => field_label(FieldName::Reference, lang),
    }
}

/// `（更正 2026-11-02）` / ` (corrects 2026-11-02)`: what a submission date corrects.
pub fn corrects(on: jiff::civil::Date, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（更正 {on}）"),
        Lang::En => format!(" (corrects {on})"),
    }
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
