//! The shipped checklist content: complete in both languages, sourced, faithful to the
//! source article (every instruction and precaution of sections 一 to 六 is carried by an
//! item), and shaped the way the engine relies on (question ids, marks, conditions, calendar).

use std::collections::{BTreeSet, HashMap};

use xhs_cancel::checklist::{Checklist, Confidence, Mark, StageId};

mod common;

use common::builtin as checklist;

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

/// Chinese text with its line breaks and the indentation after them removed, for searching
/// phrases that may wrap.
fn flat_zh(s: &str) -> String {
    s.lines().map(str::trim_start).collect()
}

/// English text with every run of whitespace (line breaks, indentation) turned into one space,
/// for searching phrases that may wrap.
fn flat_en(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
fn nothing_asks_for_secrets_and_the_complaint_channels_are_right() {
    let cl = checklist();
    let verify = cl.item("verify-identity").expect("identity step");
    assert!(flat_zh(&verify.detail.zh).contains("本工具从不询问"));
    assert!(flat_en(&verify.detail.en).contains("This tool never asks"));
    for item in cl.stages.iter().flat_map(|s| &s.items) {
        // The cyberspace administration leads personal-information enforcement: no item may
        // send people away from its channels (the first round said "do not go to 12377").
        assert!(
            !item.detail.zh.contains("12377") && !item.detail.en.contains("12377"),
            "{} still names 12377",
            item.id
        );
    }
    // The escalations name every channel, and 12321's phone and e-mail as enquiry lines.
    for id in ["review-too-long", "refused-or-no-reply"] {
        let item = cl.item(id).unwrap_or_else(|| panic!("{id} is gone"));
        let (zh, en) = (flat_zh(&item.detail.zh), flat_en(&item.detail.en));
        for needle in ["网信", "12321受理中心", "工信微报", "手机应用软件", "12315"]
        {
            assert!(zh.contains(needle), "{id} zh lacks {needle}");
        }
        assert!(
            zh.contains("主要用于咨询"),
            "{id}: 12321's phone is for enquiries"
        );
        for needle in [
            "cyberspace administration",
            "12321受理中心",
            "工信微报",
            "12315",
        ] {
            assert!(en.contains(needle), "{id} en lacks {needle}");
        }
        assert!(en.contains("mainly for enquiries"), "{id}");
        for source in ["12321-guide", "miit-gxwb", "ecommerce-24", "guanhai-cac"] {
            assert!(
                item.sources.iter().any(|s| s == source),
                "{id} lacks {source}"
            );
        }
    }
    // The PIPL sets no deadline; the 15 working days come from the 认定方法.
    let legal = cl.item("legal-basis").expect("legal basis");
    assert!(flat_zh(&legal.detail.zh).contains("是错的"));
    assert!(flat_en(&legal.detail.en).contains("is wrong"));
}

/// The 认定方法 is a reference for regulators: a late deletion "can be found" unlawful.
#[test]
fn a_late_deletion_can_be_found_unlawful_not_is_unlawful() {
    let cl = checklist();
    for id in ["review-too-long", "wait-review", "legal-basis"] {
        let item = cl.item(id).unwrap_or_else(|| panic!("{id} is gone"));
        assert!(flat_zh(&item.detail.zh).contains("可被认定"), "{id} zh");
        assert!(
            flat_en(&item.detail.en).contains("can be found unlawful"),
            "{id} en"
        );
    }
    for item in cl.stages.iter().flat_map(|s| &s.items) {
        let (zh, en) = (flat_zh(&item.detail.zh), flat_en(&item.detail.en));
        assert!(!zh.contains("逾期属违法"), "{}", item.id);
        assert!(!en.contains("later is unlawful"), "{}", item.id);
    }
}

/// The 网络数据安全管理条例 and the 电子商务法 are cited, with their uncertainty said, and the
/// draft's 15 working days are not.
#[test]
fn the_law_as_it_stands_is_cited() {
    let cl = checklist();
    let legal = cl.item("legal-basis").unwrap();
    let zh = flat_zh(&legal.detail.zh);
    let en = flat_en(&legal.detail.en);
    for needle in [
        "网络数据安全管理条例",
        "第 23、24 条",
        "电子商务法第 24 条",
        "12315",
        "征求意见稿",
        "不要引用",
    ] {
        assert!(zh.contains(needle), "legal-basis zh lacks {needle}");
    }
    for needle in [
        "Network Data Security",
        "E-Commerce Law Article 24",
        "12315",
        "do not cite it",
        "has not read the full text",
    ] {
        assert!(en.contains(needle), "legal-basis en lacks {needle}");
    }
    for source in [
        "data-regulation",
        "data-regulation-draft",
        "ecommerce-24",
        "pipl-45",
    ] {
        assert!(
            legal.sources.iter().any(|s| s == source),
            "legal-basis lacks {source}"
        );
    }
    // Lawful retention and what stays in others' threads.
    let removed = cl.item("what-is-removed").unwrap();
    assert!(flat_zh(&removed.detail.zh).contains("第 47 条第二款"));
    assert!(flat_zh(&removed.detail.zh).contains("别人笔记下的评论"));
    assert!(flat_en(&removed.detail.en).contains("Article 47, paragraph 2"));
    assert!(removed.sources.iter().any(|s| s == "pipl-47"));
}

/// Only one source names a cooling-off length; the other figures are review times, and
/// "logging in cancels" comes from an article, not from user reports.
#[test]
fn cooling_off_says_what_its_sources_say() {
    let cl = checklist();
    let item = cl.item("cooling-off").unwrap();
    let zh = flat_zh(&item.detail.zh);
    let en = flat_en(&item.detail.en);
    assert!(zh.contains("只有一个来源") && zh.contains("7 天"), "{zh}");
    assert!(
        zh.contains("不是冷静期的长度") && zh.contains("不是用户的反馈"),
        "{zh}"
    );
    assert!(!zh.contains("据部分用户反馈"), "{zh}");
    assert!(
        en.contains("Only one source") && en.contains("not the length"),
        "{en}"
    );
    assert!(en.contains("not from user reports") && !en.contains("Some users report"));
}

/// Cancelling during the cooling-off period: how, what to keep, and how the tool's clock is
/// cleared.
#[test]
fn changing_your_mind_says_how_to_clear_the_clock() {
    let cl = checklist();
    let item = cl.item("changed-mind").unwrap();
    for text in [flat_zh(&item.detail.zh), flat_en(&item.detail.en)] {
        assert!(text.contains("xhs-cancel submitted --clear"), "{text}");
        assert!(text.contains(" c "), "the date dialog's key: {text}");
    }
    assert!(flat_zh(&item.detail.zh).contains("截图"));
    assert!(flat_en(&item.detail.en).contains("Screenshot"));
}

fn conditioned_on(item: &xhs_cancel::checklist::Item, question: &str, options: &[&str]) -> bool {
    item.when.iter().any(|(q, opts)| {
        q == question
            && opts.len() == options.len()
            && options.iter().all(|o| opts.iter().any(|x| x == o))
    })
}

/// A banned account gets its own items in preparation, deletion and troubleshooting, is not
/// told that logging in is the only way, and still sees the submit step.
#[test]
fn banned_accounts_have_their_own_branch() {
    let cl = checklist();
    let banned: Vec<&str> = cl
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .filter(|i| i.id.starts_with("banned"))
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        banned,
        ["banned-route", "banned-deletion-route", "banned-account"]
    );
    for id in &banned {
        let item = cl.item(id).unwrap();
        assert!(
            conditioned_on(item, "account-state", &["banned"]),
            "{id}: {:?}",
            item.when
        );
    }
    for stage in [
        StageId::Preparation,
        StageId::Deletion,
        StageId::Troubleshooting,
    ] {
        assert!(
            cl.stage(stage)
                .items
                .iter()
                .any(|i| conditioned_on(i, "account-state", &["banned"])),
            "{} has no banned item",
            stage.as_str()
        );
    }
    // The deletion stage's banned item comes first, and the "log in" step is for normal accounts.
    let deletion = &cl.stage(StageId::Deletion).items;
    assert_eq!(deletion[0].id, "banned-deletion-route");
    let open = cl.item("open-app").unwrap();
    assert!(
        conditioned_on(open, "account-state", &["normal"]),
        "{:?}",
        open.when
    );
    // The banned route names both ways: the normal flow and customer service.
    let route = cl.item("banned-deletion-route").unwrap();
    assert!(
        flat_zh(&route.detail.zh).contains("正常流程")
            && flat_zh(&route.detail.zh).contains("客服")
    );
    // The submit step is never hidden.
    for item in cl.stages.iter().flat_map(|s| &s.items) {
        if item.marks == Some(Mark::Submitted) {
            assert!(item.when.is_empty(), "the submit step has a condition");
        }
    }
}

/// Stages 3 and 5 branch on the answers like stage 2.
#[test]
fn deletion_and_troubleshooting_branch_on_the_answers() {
    let cl = checklist();
    let expect: &[(&str, &str, &[&str])] = &[
        ("rednote-glossary", "account", &["rednote", "unsure"]),
        ("rednote-account", "account", &["rednote", "unsure"]),
        ("rednote-terms", "account", &["rednote", "unsure"]),
        ("rednote-gdpr", "account", &["rednote", "unsure"]),
        (
            "business-account-blocker",
            "account-type",
            &["pro", "enterprise", "shop"],
        ),
        ("pro-close", "account-type", &["pro", "enterprise", "shop"]),
        ("shop-close", "account-type", &["shop"]),
    ];
    for (id, question, options) in expect {
        let item = cl.item(id).unwrap_or_else(|| panic!("{id} is gone"));
        assert!(
            conditioned_on(item, question, options),
            "{id}: {:?}",
            item.when
        );
    }
    assert!(
        cl.stage(StageId::Deletion)
            .items
            .iter()
            .any(|i| !i.when.is_empty())
    );
    assert!(
        cl.stage(StageId::Troubleshooting)
            .items
            .iter()
            .any(|i| !i.when.is_empty())
    );
}

/// A copy of one's data is asked for in preparation, before the submit step, with a request
/// text that cites PIPL art. 45.
#[test]
fn a_copy_of_the_data_is_requested_before_submitting() {
    let cl = checklist();
    let prep = cl.stage(StageId::Preparation);
    let pos = |id: &str| prep.items.iter().position(|i| i.id == id);
    let copy = pos("request-data-copy").expect("the request-copy item is in preparation");
    assert_eq!(pos("backup-export-check"), Some(copy - 1));
    let stages: Vec<StageId> = cl.stages.iter().map(|s| s.id).collect();
    let submit_stage = cl
        .stages
        .iter()
        .find(|s| s.items.iter().any(|i| i.marks == Some(Mark::Submitted)))
        .unwrap()
        .id;
    assert!(
        stages.iter().position(|s| *s == StageId::Preparation)
            < stages.iter().position(|s| *s == submit_stage)
    );
    let item = &prep.items[copy];
    let zh = flat_zh(&item.detail.zh);
    assert!(
        zh.contains("第四十五条") && zh.contains("「你好。") && zh.contains("再提交注销"),
        "{zh}"
    );
    let en = flat_en(&item.detail.en);
    assert!(
        en.contains("Article 45") && en.contains("only after the copy"),
        "{en}"
    );
    assert!(item.sources.iter().any(|s| s == "pipl-45"));
}

/// The situations real people hit each have an item that names what matters.
#[test]
fn missing_situations_have_items() {
    let cl = checklist();
    let expect: &[(&str, &[&str])] = &[
        (
            "shop-close",
            &["已完成结算", "分销", "订单号和商品号", "12315"],
        ),
        (
            "promotions-partnerships",
            &["薯条", "聚光", "蒲公英", "没有来源说明"],
        ),
        (
            "income-and-payments",
            &["提现", "自动续费", "免密支付", "支付宝", "微信支付"],
        ),
        ("login-without-phone", &["先不要解绑", "回收"]),
        (
            "minor-account",
            &["未成年人保护法第 72 条", "个人信息保护法第 31 条"],
        ),
        ("rednote-gdpr", &["GDPR", "第 15 条", "第 17 条"]),
        ("rednote-terms", &["rednote.com", "Google", "并不可靠"]),
        (
            "rednote-glossary",
            &["Account Security", "Account Cancellation", "注销账号"],
        ),
        (
            "banned-route",
            &["7 天", "人脸识别", "一个身份证只能对应一个账号"],
        ),
    ];
    for (id, needles) in expect {
        let item = cl.item(id).unwrap_or_else(|| panic!("{id} is gone"));
        let zh = flat_zh(&item.detail.zh);
        for needle in *needles {
            assert!(zh.contains(needle), "{id} lacks {needle}");
        }
    }
    let minors = cl.item("minor-account").unwrap();
    for source in ["minors-72", "pipl-31"] {
        assert!(
            minors.sources.iter().any(|s| s == source),
            "minor-account lacks {source}"
        );
    }
}

/// "The article" always says which article, and the "other platforms' logins" claim is
/// attributed to it alone.
#[test]
fn the_article_is_named_and_its_unsourced_claim_flagged() {
    let cl = checklist();
    for item in cl.stages.iter().flat_map(|s| &s.items) {
        let zh = item.detail.zh.replace("原文件", "");
        assert!(!zh.contains("原文"), "{}: 原文 without naming it", item.id);
        let en = flat_en(&item.detail.en).to_lowercase();
        assert!(
            !en.contains("the article"),
            "{}: \"the article\" without naming it",
            item.id
        );
    }
    for id in ["unbind-third-party", "third-party-links"] {
        let item = cl.item(id).unwrap();
        assert!(
            flat_zh(&item.detail.zh).contains("只有这篇教程这样说"),
            "{id}"
        );
        assert!(
            flat_en(&item.detail.en).contains("Only that article says so"),
            "{id}"
        );
    }
}

/// Copies of laws and of the privacy policy say in their titles that they are not the
/// official text; the unrelated ichaocai.com copy and the bare techpu.com address are gone.
#[test]
fn source_addresses_are_full_and_mirrors_labelled() {
    let cl = checklist();
    const COPIES: &[&str] = &[
        "ahdhf.com",
        "daowen.com",
        "github5.com",
        "rdhyw.com",
        "termshub.cn",
        "43u.com.cn",
        "pfbkw.com",
    ];
    for source in &cl.sources {
        assert!(!source.url.contains("ichaocai.com"), "{}", source.id);
        if COPIES.iter().any(|host| source.url.contains(host)) {
            assert!(
                source.title.zh.contains("非官方地址"),
                "{}: {}",
                source.id,
                source.title.zh
            );
            assert!(
                source.title.en.contains("not the official address"),
                "{}: {}",
                source.id,
                source.title.en
            );
        }
    }
    let techpu = cl.source("techpu").unwrap();
    assert_eq!(
        techpu.url,
        "https://www.techpu.com/album/yxuwd/20250805/30610.html"
    );
    assert_eq!(cl.verified.to_string(), "2026-11-29");
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
