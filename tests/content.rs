//! The shipped checklist content: complete in both languages, sourced, faithful to the
//! source article (every instruction and precaution of sections 一 to 六 is carried by an
//! item), and shaped the way the engine relies on (question ids, marks, conditions, calendar).

use std::collections::{BTreeSet, HashMap};

use xhs_cancel::checklist::{Checklist, Confidence, Mark, StageId};

fn checklist() -> Checklist {
    Checklist::builtin().expect("the built-in checklists are valid")
}

/// Every paragraph of the article (`seed`) that gives a reason, an instruction or a
/// precaution, named by section and heading, and the items that carry it now.
/// Intros that only announce the list below them are left out.
const COVERAGE: &[(&str, &[&str])] = &[
    ("一、隐私顾虑", &["reason-privacy"]),
    ("一、使用频率降低", &["reason-less-use"]),
    ("一、内容兴趣改变", &["reason-interests"]),
    (
        "一、账号问题",
        &["reason-account-problem", "banned-route", "banned-account"],
    ),
    (
        "一、无论您是出于上述哪个原因（注销前的步骤和注意事项）",
        &["reason-other"],
    ),
    (
        "二、备份重要数据",
        &[
            "backup-export-check",
            "backup-notes",
            "backup-videos",
            "backup-comments",
            "backup-favourites-following",
        ],
    ),
    (
        "二、解绑第三方账号",
        &["unbind-third-party", "phone-access"],
    ),
    ("二、检查钱包余额或积分", &["balances"]),
    ("二、了解账号注销的不可逆性", &["acknowledge-irreversible"]),
    ("三、打开小红书APP", &["open-app"]),
    (
        "三、进入“设置”页面",
        &["open-settings", "cannot-find-entry"],
    ),
    ("三、找到“账号与安全”选项", &["account-security"]),
    ("三、点击“注销账号”", &["tap-delete-account"]),
    (
        "三、阅读注销提示并确认",
        &["read-notice", "eligibility-check"],
    ),
    ("三、完成身份验证", &["verify-identity", "phone-access"]),
    (
        "三、等待注销审核",
        &["submit", "cooling-off", "wait-review"],
    ),
    (
        "四、账号无法恢复",
        &[
            "cannot-recover",
            "what-is-removed",
            "acknowledge-irreversible",
        ],
    ),
    (
        "四、与第三方账号的关联",
        &[
            "third-party-links",
            "check-third-party-auth",
            "unbind-third-party",
        ],
    ),
    (
        "四、交易记录和余额",
        &["balances-records", "balances", "orders-refunds"],
    ),
    (
        "五、系统提示账号不符合注销条件",
        &["not-eligible", "eligibility-check", "disputes-violations"],
    ),
    ("五、无法通过身份验证", &["identity-check-fails"]),
    ("五、等待审核时间过长", &["review-too-long"]),
    (
        "六、总结（备份数据、清空余额、解除绑定）",
        &["backup-notes", "balances", "unbind-third-party"],
    ),
];

fn all_texts(cl: &Checklist) -> Vec<(String, String)> {
    let mut out = vec![
        ("title.zh".to_string(), cl.title.zh.to_string()),
        ("title.en".to_string(), cl.title.en.to_string()),
    ];
    for stage in &cl.stages {
        let s = stage.id.as_str();
        out.push((format!("{s}.title.zh"), stage.title.zh.to_string()));
        out.push((format!("{s}.title.en"), stage.title.en.to_string()));
        out.push((format!("{s}.intro.zh"), stage.intro.zh.to_string()));
        out.push((format!("{s}.intro.en"), stage.intro.en.to_string()));
        for item in &stage.items {
            let i = &item.id;
            out.push((format!("{i}.title.zh"), item.title.zh.to_string()));
            out.push((format!("{i}.title.en"), item.title.en.to_string()));
            out.push((format!("{i}.detail.zh"), item.detail.zh.to_string()));
            out.push((format!("{i}.detail.en"), item.detail.en.to_string()));
        }
    }
    for q in &cl.questions {
        out.push((format!("question {}.zh", q.id), q.title.zh.to_string()));
        out.push((format!("question {}.en", q.id), q.title.en.to_string()));
        for o in &q.options {
            out.push((
                format!("option {}.{}.zh", q.id, o.id),
                o.title.zh.to_string(),
            ));
            out.push((
                format!("option {}.{}.en", q.id, o.id),
                o.title.en.to_string(),
            ));
        }
    }
    for s in &cl.sources {
        out.push((format!("source {}.zh", s.id), s.title.zh.to_string()));
        out.push((format!("source {}.en", s.id), s.title.en.to_string()));
    }
    out
}

/// Chinese text with its line breaks removed, for searching phrases that may wrap.
fn flat_zh(s: &str) -> String {
    s.replace('\n', "")
}

/// English text with its line breaks turned into spaces, for searching phrases that may wrap.
fn flat_en(s: &str) -> String {
    s.replace('\n', " ")
}

/// Terminal columns a line takes, counting CJK and full-width characters as two.
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn stages_come_in_order() {
    let cl = checklist();
    let ids: Vec<StageId> = cl.stages.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            StageId::Reasons,
            StageId::Preparation,
            StageId::Deletion,
            StageId::After,
            StageId::Troubleshooting
        ]
    );
    for stage in &cl.stages {
        assert!(
            !stage.items.is_empty(),
            "stage {} has no items",
            stage.id.as_str()
        );
    }
}

#[test]
fn every_item_is_bilingual_and_sourced() {
    let cl = checklist();
    let source_ids: BTreeSet<&str> = cl.sources.iter().map(|s| s.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for stage in &cl.stages {
        for item in &stage.items {
            let id = &item.id;
            assert!(seen.insert(id.as_str()), "item id {id} is used twice");
            assert!(!item.title.zh.trim().is_empty(), "{id}: empty zh title");
            assert!(!item.title.en.trim().is_empty(), "{id}: empty en title");
            assert!(!item.detail.zh.trim().is_empty(), "{id}: empty zh detail");
            assert!(!item.detail.en.trim().is_empty(), "{id}: empty en detail");
            assert!(
                item.title
                    .zh
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{id}: the zh title has no Chinese"
            );
            assert!(!item.sources.is_empty(), "{id}: no source");
            for s in &item.sources {
                assert!(source_ids.contains(s.as_str()), "{id}: unknown source {s}");
            }
            let zh_paragraphs = item.detail.zh.split("\n\n").count();
            let en_paragraphs = item.detail.en.split("\n\n").count();
            assert_eq!(
                zh_paragraphs, en_paragraphs,
                "{id}: the zh and en details have different paragraph counts"
            );
        }
    }
}

#[test]
fn every_source_is_used_and_well_formed() {
    let cl = checklist();
    let used: BTreeSet<&str> = cl
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .flat_map(|i| &i.sources)
        .map(|s| s.as_str())
        .collect();
    for source in &cl.sources {
        assert!(
            used.contains(source.id.as_str()),
            "source {} is used by no item",
            source.id
        );
        assert!(
            source.url.starts_with("https://"),
            "source {}: {}",
            source.id,
            source.url
        );
        assert!(
            !source.title.zh.trim().is_empty(),
            "source {}: empty zh title",
            source.id
        );
        assert!(
            !source.title.en.trim().is_empty(),
            "source {}: empty en title",
            source.id
        );
    }
    let seed = cl.source("seed").expect("the article is a source");
    assert_eq!(seed.url, "https://www.mcn7.com/news/14555.html");
}

#[test]
fn every_condition_names_a_real_question_and_option() {
    let cl = checklist();
    for item in cl.stages.iter().flat_map(|s| &s.items) {
        for (question, options) in &item.when {
            let q = cl
                .question(question)
                .unwrap_or_else(|| panic!("{}: unknown question {question}", item.id));
            assert!(
                !options.is_empty(),
                "{}: empty condition on {question}",
                item.id
            );
            for o in options {
                assert!(
                    q.options.iter().any(|c| &c.id == o),
                    "{}: question {question} has no option {o}",
                    item.id
                );
            }
        }
    }
}

#[test]
fn every_article_instruction_and_precaution_is_covered() {
    let cl = checklist();
    let mut missing = Vec::new();
    for (row, ids) in COVERAGE {
        assert!(!ids.is_empty(), "coverage row {row} names no item");
        for id in *ids {
            if cl.item(id).is_none() {
                missing.push(format!("{row}: item {id} is gone"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "article coverage broken:\n{}",
        missing.join("\n")
    );
}

#[test]
fn account_questions_have_the_ids_the_engine_relies_on() {
    let cl = checklist();
    let expected: &[(&str, &[&str])] = &[
        ("account", &["xhs", "rednote", "unsure"]),
        ("account-type", &["personal", "pro", "enterprise", "shop"]),
        ("account-state", &["normal", "banned"]),
    ];
    let ids: Vec<&str> = cl.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, expected.iter().map(|(q, _)| *q).collect::<Vec<_>>());
    for (question, options) in expected {
        let q = cl.question(question).expect("question exists");
        let got: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(&got, options, "options of {question}");
        for o in &q.options {
            assert!(!o.title.zh.trim().is_empty() && !o.title.en.trim().is_empty());
        }
    }
}

#[test]
fn exactly_one_submit_step_and_one_slow_review_problem() {
    let cl = checklist();
    let marked = |mark: Mark| -> Vec<(StageId, String)> {
        cl.stages
            .iter()
            .flat_map(|s| s.items.iter().map(move |i| (s.id, i)))
            .filter(|(_, i)| i.marks == Some(mark))
            .map(|(s, i)| (s, i.id.clone()))
            .collect()
    };
    let submitted = marked(Mark::Submitted);
    assert_eq!(submitted.len(), 1, "submit steps: {submitted:?}");
    assert_eq!(submitted[0].0, StageId::Deletion);
    let slow = marked(Mark::SlowReview);
    assert_eq!(slow.len(), 1, "slow-review problems: {slow:?}");
    assert_eq!(slow[0].0, StageId::Troubleshooting);

    // The marks sit on the items that carry the article's paragraphs about them.
    let row = |name: &str| COVERAGE.iter().find(|(r, _)| *r == name).unwrap().1;
    assert!(row("三、等待注销审核").contains(&submitted[0].1.as_str()));
    assert!(row("五、等待审核时间过长").contains(&slow[0].1.as_str()));

    // The submit step says that confirming it asks for the date and starts the review clock.
    let submit = cl.item(&submitted[0].1).unwrap();
    assert!(
        flat_zh(&submit.detail.zh).contains("会问你是哪一天提交的"),
        "{}",
        submit.detail.zh
    );
    assert!(
        flat_en(&submit.detail.en).contains("review clock"),
        "{}",
        submit.detail.en
    );

    // The escalation names the contact points and the rules.
    let slow = cl.item(&slow[0].1).unwrap();
    for needle in [
        "www.12321.cn",
        "010-12321",
        "abuse@12321.cn",
        "dxss.miit.gov.cn",
        "15",
    ] {
        assert!(
            flat_zh(&slow.detail.zh).contains(needle),
            "zh escalation lacks {needle}"
        );
        assert!(
            flat_en(&slow.detail.en).contains(needle),
            "en escalation lacks {needle}"
        );
    }
    for source in [
        "rending-2019",
        "pipl-47",
        "pipl-50",
        "pipl-65",
        "12321",
        "miit-dxss",
    ] {
        assert!(
            slow.sources.iter().any(|s| s == source),
            "escalation lacks source {source}"
        );
    }
}

#[test]
fn account_kinds_have_their_own_items() {
    let cl = checklist();
    for (question, option) in [
        ("account-type", "pro"),
        ("account-type", "enterprise"),
        ("account-type", "shop"),
        ("account-state", "banned"),
        ("account", "rednote"),
    ] {
        let found = cl.stages.iter().flat_map(|s| &s.items).any(|i| {
            i.when
                .iter()
                .any(|(q, opts)| q == question && opts.iter().any(|o| o == option))
        });
        assert!(found, "no item is shown only for {question} = {option}");
    }
}

#[test]
fn reasons_never_gate_and_preparation_gates_what_matters() {
    let cl = checklist();
    for item in &cl.stage(StageId::Reasons).items {
        assert!(!item.required, "reason {} is required", item.id);
    }
    for id in [
        "backup-notes",
        "unbind-third-party",
        "balances",
        "orders-refunds",
        "acknowledge-irreversible",
    ] {
        let item = cl.item(id).unwrap_or_else(|| panic!("{id} is gone"));
        assert!(item.required, "{id} should be required");
    }
    for stage in [StageId::Deletion, StageId::After, StageId::Troubleshooting] {
        for item in &cl.stage(stage).items {
            assert!(
                !item.required,
                "{} in {} is required",
                item.id,
                stage.as_str()
            );
        }
    }
}

#[test]
fn weak_facts_read_as_reported() {
    let cl = checklist();
    let confidence: HashMap<&str, Confidence> = cl
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.confidence))
        .collect();
    for item in cl.stages.iter().flat_map(|s| &s.items) {
        let only_weak = item
            .sources
            .iter()
            .all(|s| confidence.get(s.as_str()) == Some(&Confidence::Low));
        if only_weak {
            assert!(
                item.detail.zh.contains("据"),
                "{}: zh does not read as reported",
                item.id
            );
            let en = item.detail.en.to_lowercase();
            assert!(
                en.contains("report") || en.contains("some sources"),
                "{}: en does not read as reported",
                item.id
            );
        }
    }
}

#[test]
fn text_renders_cleanly_in_a_narrow_cjk_terminal() {
    let cl = checklist();
    // Ambiguous-width symbols take two cells in many CJK terminals.
    const AMBIGUOUS: &[char] = &[
        '①', '②', '③', '④', '⑤', '■', '□', '○', '●', '★', '☆', '•', '·', '→', '←', '…', '“', '”',
        '‘', '’', '—', '–', '§', '°', '×',
    ];
    for (path, text) in all_texts(&cl) {
        for c in text.chars() {
            assert!(!AMBIGUOUS.contains(&c), "{path}: ambiguous-width {c:?}");
            assert!(
                c == '\n' || !c.is_control(),
                "{path}: control character {c:?}"
            );
        }
        assert!(
            !text.contains('\u{200b}') && !text.contains('\u{feff}'),
            "{path}"
        );
        if path.contains(".detail.") {
            for line in text.lines() {
                assert!(columns(line) <= 80, "{path}: line too wide: {line}");
                assert_eq!(line, line.trim_end(), "{path}: trailing space");
            }
        }
    }
}

#[test]
fn nothing_asks_for_secrets_and_no_wrong_complaint_channel() {
    let cl = checklist();
    let verify = cl.item("verify-identity").expect("identity step");
    assert!(flat_zh(&verify.detail.zh).contains("本工具从不询问"));
    assert!(flat_en(&verify.detail.en).contains("This tool never asks"));
    for item in cl.stages.iter().flat_map(|s| &s.items) {
        // 12377 is for harmful content: it may only be named to say it is the wrong place.
        if item.detail.zh.contains("12377") {
            assert!(
                flat_zh(&item.detail.zh).contains("不要找 12377"),
                "{}",
                item.id
            );
        }
        if item.detail.en.contains("12377") {
            assert!(
                flat_en(&item.detail.en).contains("Do not go to 12377"),
                "{}",
                item.id
            );
        }
    }
    // The PIPL sets no deadline; the 15 working days come from the 认定方法.
    let legal = cl.item("legal-basis").expect("legal basis");
    assert!(flat_zh(&legal.detail.zh).contains("是错的"));
    assert!(flat_en(&legal.detail.en).contains("is wrong"));
}

/// The official 2025 and 2026 arrangements (国办发明电〔2024〕12号, and the notice of
/// 2025-11-04), span by span.
const HOLIDAYS: &[(i16, &str, &str, &str)] = &[
    (2025, "元旦", "2025-01-01", "2025-01-01"),
    (2025, "春节", "2025-01-28", "2025-02-04"),
    (2025, "清明节", "2025-04-04", "2025-04-06"),
    (2025, "劳动节", "2025-05-01", "2025-05-05"),
    (2025, "端午节", "2025-05-31", "2025-06-02"),
    (2025, "国庆节、中秋节", "2025-10-01", "2025-10-08"),
    (2026, "元旦", "2026-01-01", "2026-01-03"),
    (2026, "春节", "2026-02-15", "2026-02-23"),
    (2026, "清明节", "2026-04-04", "2026-04-06"),
    (2026, "劳动节", "2026-05-01", "2026-05-05"),
    (2026, "端午节", "2026-06-19", "2026-06-21"),
    (2026, "中秋节", "2026-09-25", "2026-09-27"),
    (2026, "国庆节", "2026-10-01", "2026-10-07"),
];

const WORKDAYS: &[(i16, &[&str])] = &[
    (
        2025,
        &[
            "2025-01-26",
            "2025-02-08",
            "2025-04-27",
            "2025-09-28",
            "2025-10-11",
        ],
    ),
    (
        2026,
        &[
            "2026-01-04",
            "2026-02-14",
            "2026-02-28",
            "2026-05-09",
            "2026-09-20",
            "2026-10-10",
        ],
    ),
];

#[test]
fn calendar_matches_the_official_notices() {
    let cl = checklist();
    let years: Vec<i16> = cl.calendar.years.iter().map(|y| y.year).collect();
    assert_eq!(years, [2025, 2026]);
    for year in &cl.calendar.years {
        let got: Vec<(String, String, String)> = year
            .holidays
            .iter()
            .map(|h| (h.name.zh.to_string(), h.from.to_string(), h.to.to_string()))
            .collect();
        let want: Vec<(String, String, String)> = HOLIDAYS
            .iter()
            .filter(|(y, ..)| *y == year.year)
            .map(|(_, n, f, t)| (n.to_string(), f.to_string(), t.to_string()))
            .collect();
        assert_eq!(got, want, "holidays of {}", year.year);
        for h in &year.holidays {
            assert!(!h.name.en.trim().is_empty());
        }
        let got: Vec<String> = year.workdays.iter().map(|d| d.to_string()).collect();
        let want = WORKDAYS.iter().find(|(y, _)| *y == year.year).unwrap().1;
        assert_eq!(got, want, "make-up working days of {}", year.year);
        for d in &year.workdays {
            assert!(
                matches!(
                    d.weekday(),
                    jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
                ),
                "make-up day {d} is not a weekend day"
            );
        }
        assert!(year.url.starts_with("https://www.gov.cn/"), "{}", year.url);
        assert!(year.title.contains(&year.year.to_string()));

        // Self-check from the compiled reference: 248 working days in each year.
        let mut day = jiff::civil::date(year.year, 1, 1);
        let mut working = 0;
        while day.year() == year.year {
            if cl.calendar.is_working_day(day) {
                working += 1;
            }
            day = day.tomorrow().unwrap();
        }
        assert_eq!(working, 248, "working days in {}", year.year);
    }
}
