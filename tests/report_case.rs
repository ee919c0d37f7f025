//! The export and the letter built from the case file: the Markdown timeline, the JSON
//! `timeline`, and the letter addressed to each channel, in both languages, over
//! `tests/fixtures/report/case.session.toml` at 2026-11-28 18:00 in UTC+8.

use std::path::Path;

use jiff::Timestamp;
use jiff::civil::date;
use jiff::tz::{self, TimeZone};
use xhs_cancel::report;
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Channel, Draft, Kind};
use xhs_cancel::wizard::Model;

mod common;

const NOW: &str = "2026-11-28T10:00:00Z";

fn session() -> Session {
    let path = Path::new("tests/fixtures/report/case.session.toml");
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn model(lang: Lang) -> Model {
    let mut session = session();
    session.lang = lang;
    let now: Timestamp = NOW.parse().unwrap();
    Model::new(
        common::minimal(),
        session,
        now,
        TimeZone::fixed(tz::offset(8)),
    )
}

/// The part of `text` from the line starting `from` up to (not including) the next `## `
/// heading, or the end.
fn section<'a>(text: &'a str, from: &str) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in:\n{text}"));
    let rest = &text[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    &rest[..end]
}

#[test]
fn the_markdown_timeline_lists_every_entry_newest_first_in_chinese() {
    let md = report::markdown(&model(Lang::Zh));
    insta::assert_snapshot!("timeline_zh", section(&md, "## 时间线"));
}

#[test]
fn the_markdown_timeline_in_english() {
    let md = report::markdown(&model(Lang::En));
    insta::assert_snapshot!("timeline_en", section(&md, "## Timeline"));
}

#[test]
fn notes_reach_the_report_without_control_characters_or_markup() {
    for lang in [Lang::Zh, Lang::En] {
        let md = report::markdown(&model(lang));
        assert!(!md.contains('\u{1b}'), "{md}");
        assert!(md.contains("说\\*正在处理\\*，请耐心等待"), "{md}");
        let json = report::json(&model(lang), None);
        assert!(!json.contains("\\u001b"), "{json}");
    }
}

#[test]
fn the_json_timeline_has_every_event_oldest_first_with_its_evidence() {
    let json = report::json(&model(Lang::En), None);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["version"], 2, "schema version unchanged");
    let timeline = v["timeline"].as_array().unwrap();
    let kinds: Vec<&str> = timeline
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "submitted",
            "contacted",
            "reply",
            "contacted",
            "complaint",
            "note"
        ]
    );
    let contact = &timeline[1];
    assert_eq!(contact["on"], "2026-10-26");
    assert_eq!(contact["recorded"], "2026-10-26T02:00:00Z");
    assert_eq!(contact["via"], "App 内客服");
    assert_eq!(contact["reference"], "A-1001");
    assert_eq!(contact["to"], serde_json::Value::Null);
    let evidence = &contact["evidence"][0];
    assert_eq!(evidence["name"], "chat, 1.png");
    assert_eq!(evidence["path"], "/home/me/shots/chat, 1.png");
    assert_eq!(evidence["size"], 12345);
    assert_eq!(evidence["modified"], "2026-10-26T02:05:00Z");
    assert_eq!(evidence["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(timeline[2]["note"], "说*正在处理*，请耐心等待[31m");
    assert_eq!(timeline[4]["to"], "12321");
    assert_eq!(timeline[5]["item"], "deletion/submit");
}

#[test]
fn the_letter_goes_to_the_latest_complaints_channel_unless_told() {
    assert_eq!(report::default_channel(&session()), Channel::Report12321);
    let mut none = session();
    none.timeline.retain(|e| e.kind != Kind::Complaint);
    assert_eq!(report::default_channel(&none), Channel::Platform);
    let mut court = session();
    for e in court
        .timeline
        .iter_mut()
        .filter(|e| e.kind == Kind::Complaint)
    {
        e.to = Some(Channel::Court);
    }
    assert_eq!(
        report::default_channel(&court),
        Channel::Platform,
        "no letter to a court"
    );
}

#[test]
fn the_letter_to_12321_in_a_chinese_report() {
    let md = report::markdown(&model(Lang::Zh));
    insta::assert_snapshot!("letter_12321_zh", section(&md, "## 投诉信草稿"));
}

#[test]
fn the_letter_to_the_platform_in_an_english_report() {
    let md = report::markdown_to(&model(Lang::En), Some(Channel::Platform));
    insta::assert_snapshot!(
        "letter_platform_en",
        section(&md, "## Complaint letter draft")
    );
}

/// The letter's Chinese and English closing sentences about what the record lists, for the
/// built-in `letter.toml` and `session`, in that order.
fn enclosed_sentences(session: Session) -> Vec<String> {
    let now: Timestamp = NOW.parse().unwrap();
    let tz = TimeZone::fixed(tz::offset(8));
    let model = Model::new(common::builtin(), session, now, tz);
    let md = report::markdown_to(&model, Some(Channel::Report12321));
    (md.lines())
        .filter(|l| l.contains("随本信提供") || l.contains("with this letter"))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_letter_offers_only_the_contacts_and_evidence_the_record_lists() {
    assert_eq!(
        enclosed_sentences(session()),
        [
            "上面列出的联系记录和证据文件可以随本信提供。",
            "The records of the contacts and the evidence files listed above can be provided with this letter."
        ]
    );
    let mut contacts = session();
    contacts
        .timeline
        .iter_mut()
        .for_each(|e| e.evidence.clear());
    assert_eq!(
        enclosed_sentences(contacts),
        [
            "上面列出的联系记录可以随本信提供。",
            "The records of the contacts listed above can be provided with this letter."
        ]
    );
    let mut evidence = session();
    let listed = [Kind::Contacted, Kind::Reply, Kind::Complaint];
    (evidence.timeline.iter_mut())
        .filter(|e| listed.contains(&e.kind))
        .for_each(|e| e.kind = Kind::Note);
    assert_eq!(
        enclosed_sentences(evidence),
        [
            "上面列出的证据文件可以随本信提供。",
            "The evidence files listed above can be provided with this letter."
        ]
    );
    let mut neither = session();
    neither.timeline.retain(|e| e.kind == Kind::Submitted);
    assert!(enclosed_sentences(neither).is_empty());
}

#[test]
fn the_english_letter_names_the_12321_center_one_way() {
    let md = report::markdown_to(&model(Lang::En), Some(Channel::Report12321));
    let english = section(&md, "### English");
    let english = &english[..english.find("### Where").unwrap()];
    assert!(
        english.contains("To: the 12321 Reporting Center for Harmful"),
        "{english}"
    );
    assert!(
        english.contains("filed with: the 12321 Reporting Center\n"),
        "{english}"
    );
    assert!(!english.to_lowercase().contains("centre"), "{english}");
}

#[test]
fn every_channel_has_its_own_addressee_and_the_same_record() {
    let mut addressees = Vec::new();
    for channel in [
        Channel::Platform,
        Channel::Report12321,
        Channel::Consumer12315,
        Channel::Miit,
        Channel::Cac,
    ] {
        let md = report::markdown_to(&model(Lang::En), Some(channel));
        let letter = section(&md, "### 中文");
        let first = letter.lines().nth(2).unwrap().to_string();
        assert!(first.starts_with('致'), "{channel:?}: {first}");
        addressees.push(first);
        for needle in [
            "- 在 App 内提交注销申请：2026年9月28日",
            "- 2026年10月26日，联系客服；方式：App 内客服；工单号：A-1001；备注：问注销进度",
            "- 2026年11月20日，投诉；受理编号：12321-778899；投诉渠道：12321 举报受理中心",
            "- chat, 1.png（12345 字节），SHA-256 `0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef`",
        ] {
            assert!(letter.contains(needle), "{channel:?}: {needle}\n{letter}");
        }
        assert!(!letter.contains('{'), "every placeholder filled: {letter}");
    }
    addressees.sort();
    addressees.dedup();
    assert_eq!(addressees.len(), 5, "{addressees:?}");
}

#[test]
fn a_kept_id_number_is_masked_in_the_timeline_and_the_letter_but_kept_in_the_session() {
    let id = "11010519491231002X";
    let stars = "\\*".repeat(id.len());
    for lang in [Lang::Zh, Lang::En] {
        let mut m = model(lang);
        let mut draft = Draft::new(Kind::Contacted, date(2026, 11, 27));
        draft.via = format!("phone, ID {id}");
        draft.reference = format!("R-{id}");
        draft.note = format!("身份证号 {id}");
        draft.evidence.push(xhs_cancel::timeline::Evidence {
            path: format!("/home/a/{id}.png"),
            size: 2,
            modified: None,
            sha256: "ab".repeat(32),
        });
        let now: Timestamp = NOW.parse().unwrap();
        m.session.add_event(draft, now, &m.tz.clone()).unwrap();
        let md = report::markdown(&m);
        assert!(!md.contains(id), "{md}");
        let json = report::json(&m, None);
        assert!(!json.contains(id), "the JSON export masks it too: {json}");
        let timeline = section(&md, tr(lang, ("## 时间线", "## Timeline")));
        let letter = section(&md, "### 中文");
        for part in [timeline, letter] {
            assert!(part.contains(&format!("phone, ID {stars}")), "{part}");
            assert!(part.contains(&format!("R-{stars}")), "{part}");
            assert!(part.contains(&format!("身份证号 {stars}")), "{part}");
        }
        let kept = m.session.timeline.last().unwrap();
        assert_eq!(
            kept.note,
            format!("身份证号 {id}"),
            "the session keeps it as typed"
        );
        let header = tr(lang, ("本报告只在你的电脑上生成", "This report was made"));
        let privacy = md.lines().find(|l| l.starts_with(header)).unwrap();
        assert!(!privacy.contains("不含密码"), "{privacy}");
        assert!(!privacy.contains("holds no password"), "{privacy}");
        assert!(
            privacy.contains(tr(lang, ("按你写下的内容", "as written"))),
            "{privacy}"
        );
    }
}

fn tr(lang: Lang, (zh, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
