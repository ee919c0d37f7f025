//! The `status` and `export` outputs over fixture sessions and the minimal checklist, at a
//! fixed moment (2026-11-28 18:00 in UTC+8).

use std::path::Path;

use jiff::Timestamp;
use jiff::civil::date;
use jiff::tz::{self, TimeZone};
use xhs_cancel::checklist::Checklist;
use xhs_cancel::report;
use xhs_cancel::session::{Day, Review, Session};
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::Model;

const NOW: &str = "2026-11-28T10:00:00Z";

mod common;

use common::minimal as checklist;

fn session(name: &str) -> Session {
    let path = Path::new("tests/fixtures/report").join(name);
    let text = std::fs::read_to_string(&path).expect("fixture readable");
    toml::from_str::<Session>(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn model_at(session: Session, now: &str) -> Model {
    let now: Timestamp = now.parse().unwrap();
    Model::new(checklist(), session, now, TimeZone::fixed(tz::offset(8)))
}

fn model(name: &str) -> Model {
    model_at(session(name), NOW)
}

fn json_value(model: &Model) -> serde_json::Value {
    serde_json::from_str(&report::json(
        model,
        Some(std::path::Path::new("session.toml")),
    ))
    .expect("the export is valid JSON")
}

/// Index of `needle` in `haystack`, failing with the whole text when absent.
fn find(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("missing {needle:?} in:\n{haystack}"))
}

// --- json ---

#[test]
fn json_export_matches_the_fixture() {
    let actual = json_value(&model("overdue.session.toml"));
    let text = std::fs::read_to_string("tests/fixtures/report/overdue.json").unwrap();
    let expected: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        actual,
        expected,
        "actual export:\n{}",
        serde_json::to_string_pretty(&actual).unwrap()
    );
}

#[test]
fn json_is_pretty_and_keeps_the_field_order_of_the_schema() {
    let text = report::json(&model("overdue.session.toml"), None);
    assert!(
        text.starts_with("{\n  \"version\": 2,\n  \"checklist\": {"),
        "{text}"
    );
    assert!(text.ends_with("}\n"));
    let order = [
        "\"version\"",
        "\"checklist\"",
        "\"lang\"",
        "\"stage\"",
        "\"answers\"",
        "\"stages\"",
        "\"overrides\"",
        "\"review\"",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|k| find(&text, &format!("\n  {k}")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
}

#[test]
fn json_titles_follow_the_language_and_review_is_within_the_limit() {
    let v = json_value(&model("within-limit.session.toml"));
    assert_eq!(v["lang"], "en");
    assert_eq!(v["stage"], "after");
    assert_eq!(v["answers"], serde_json::json!({ "account-type": ["pro"] }));
    let prep = &v["stages"][1];
    assert_eq!(prep["id"], "preparation");
    assert_eq!(prep["items"][1]["title"], "Close the professional account");
    assert_eq!(
        (prep["done"].as_u64(), prep["total"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(v["overrides"], serde_json::json!([]));
    assert_eq!(
        v["review"],
        serde_json::json!({
            "submitted_on": "2026-11-20",
            "calendar_days": 8,
            "working_days": 5,
            "deadline": "2026-12-11",
            "overdue": false,
            "calendar_covers": true,
            "calendar_basis": "published",
            "provisional": false,
            "uncertain_years": null,
            "submitted_in_future": false
        })
    );
}

#[test]
fn json_review_is_null_before_submission() {
    let mut s = session("within-limit.session.toml");
    s.review = None;
    let v = json_value(&model_at(s, NOW));
    assert!(v["review"].is_null(), "{v}");
    assert!(
        v.as_object().unwrap().contains_key("review"),
        "the key stays, with null"
    );
}

#[test]
fn json_answers_leave_out_questions_and_options_the_checklist_lacks() {
    let mut s = session("within-limit.session.toml");
    s.answers.insert("gone-question".into(), vec!["x".into()]);
    let v = json_value(&model_at(s, NOW));
    assert_eq!(v["answers"], serde_json::json!({ "account-type": ["pro"] }));
}

// --- hidden items ---

#[test]
fn items_hidden_by_the_answers_are_not_counted_anywhere() {
    // close-pro is confirmed in the session but hidden for a personal account.
    let m = model("overdue.session.toml");
    let v = json_value(&m);
    let prep = &v["stages"][1];
    assert_eq!(
        (prep["done"].as_u64(), prep["total"].as_u64()),
        (Some(1), Some(2))
    );
    let ids: Vec<&str> = prep["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["backup", "optional-tip"]);
    assert!(find(&report::status(&m), "  2 准备 1/2\n") > 0);
    let md = report::markdown(&m);
    assert!(!md.contains("关闭专业号"), "{md}");
    assert!(md.contains("## 2 准备（1/2）"), "{md}");
    // An id the checklist no longer has is neither shown nor counted.
    assert!(!report::json(&m, None).contains("removed-step"));
    assert!(!md.contains("removed-step"));

    // Answering "pro" shows it again, confirmed.
    let mut s = session("overdue.session.toml");
    s.answers.insert("account-type".into(), vec!["pro".into()]);
    let v = json_value(&model_at(s, NOW));
    let prep = &v["stages"][1];
    assert_eq!(
        (prep["done"].as_u64(), prep["total"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(prep["items"][1]["confirmed_at"], "2026-09-27T12:00:00Z");
}

// --- markdown ---

#[test]
fn markdown_lists_answers_every_shown_item_with_its_local_time_and_the_overrides() {
    let md = report::markdown(&model("overdue.session.toml"));
    let expected_in_order = [
        "# 测试向导：进度报告\n",
        "- 生成时间：2026-11-28 18:00（UTC+08:00",
        "- 清单内容核实于：2026-11-28\n",
        "- 当前阶段：3 注销步骤\n",
        "## 你的回答\n\n- 账号类型：个人\n",
        "## 1 原因（已选 1/2，✓ 已完成）\n\n- [x] 隐私 (2026-09-28 08:50)\n- [ ] 其他\n",
        "## 2 准备（1/2）\n\n- [ ] 备份（必需）\n- [x] 可选 (2026-09-28 08:55)\n",
        "## 3 注销步骤（2/2，✓ 已完成）\n\n- [x] 打开设置 (2026-09-28 09:05)\n- [x] 提交申请 (2026-09-28 09:10)\n",
        "## 4 注销后（0/1）\n\n- [ ] 登录失败\n",
        "## 5 疑难解答（已尝试 1/2）\n\n- [ ] 不符合条件\n- [x] 审核太久 (2026-11-27 10:00) **审核已超过 15 个工作日的时限**\n",
        "## 未完成必需项就继续的记录\n\n- 2026-09-28 09:00 离开「准备」时仍未确认：「备份」\n",
        "## 审核计时\n\n- 提交注销申请：2026-09-28（第 0 天）\n- 截至 2026-11-28：已过 61 天，其中 40 个工作日\n- 15 个工作日时限：2026-10-23",
        "- 状态：**已超过时限 36 天**\n",
        "## 投诉信草稿\n",
    ];
    let mut at = 0;
    for part in expected_in_order {
        let i = find(&md[at..], part);
        at += i + part.len();
    }
}

#[test]
fn overdue_markdown_has_the_complaint_letter_with_dates_and_the_rules() {
    let md = report::markdown(&model("overdue.session.toml"));
    let zh = find(&md, "### 中文（发送用）");
    let en = find(&md, "### English (translation, for reference)");
    let next = find(&md, "### 接下来去哪里投诉");
    assert!(
        zh < en && en < next,
        "Chinese first, then English, then where to complain"
    );
    let letter_zh = &md[zh..en];
    let letter_en = &md[en..next];

    // The dates and counts of this review.
    for s in [
        "我于2026年9月28日在 App 内提交",
        "截至2026年11月28日，已过去 61 天，其中 40 个工作日",
        "15 个工作日的期限已于2026年10月23日届满",
    ] {
        find(letter_zh, s);
    }
    for s in [
        "on 2026-09-28",
        "As of 2026-11-28, 61 days have passed, 40 of them working days",
        "the limit of 15 working days ended on 2026-10-23",
    ] {
        find(letter_en, s);
    }
    // The rules, each where it belongs.
    for s in [
        "《中华人民共和国个人信息保护法》第四十七条",
        "《中华人民共和国个人信息保护法》第五十条",
        "拒绝个人行使权利的请求的，应当说明理由",
        "第六十五条",
        "《App违法违规收集使用个人信息行为认定方法》（国信办秘字〔2019〕191号）第六项",
        "承诺时限不得超过15个工作日，无承诺时限的，以15个工作日为限",
        "推荐性国家标准 GB/T 35273-2020《信息安全技术 个人信息安全规范》第8.5条",
        "请书面说明具体理由",
        "《网络数据安全管理条例》（2025年1月1日起施行）第二十三条、第二十四条",
        "《中华人民共和国电子商务法》第二十四条",
        "网信部门的个人信息保护举报渠道",
        "12321网络不良与垃圾信息举报受理中心（www.12321.cn）",
        "工业和信息化部电信用户申诉受理中心（dxss.miit.gov.cn）",
        "向市场监督管理部门（12315）投诉",
        "[你的账号昵称]",
    ] {
        find(letter_zh, s);
    }
    for s in [
        "Article 47",
        "Article 50",
        "Article 65",
        "[2019] No. 191",
        "item 6",
        "GB/T 35273-2020",
        "clause 8.5",
        "Regulations on Network Data Security Management",
        "E-Commerce Law of the PRC, Article 24",
        "www.12321.cn",
        "dxss.miit.gov.cn",
        "the market regulator (12315)",
        "[your account nickname]",
    ] {
        find(letter_en, s);
    }
    // Where next: the company first, then the channels that take such complaints.
    let where_next = &md[next..];
    for s in [
        "须先向企业投诉",
        "网信",
        "12321受理中心",
        "工信微报",
        "12315",
    ] {
        find(where_next, s);
    }
    assert!(
        !md.contains("12377"),
        "no advice about 12377 either way:\n{md}"
    );
    // The 认定方法 is a reference for findings: "can be found" unlawful, never "is".
    find(&md, "逾期“可被认定”为违法违规");
    find(
        &md,
        "不要在信里写密码、短信验证码、身份证号、手机号或银行卡号",
    );
    // The 15 working days are never attributed to the PIPL.
    find(&md, "个人信息保护法本身没有规定天数");
    for wrong in [
        "个人信息保护法规定 15",
        "个保法规定15",
        "PIPL requires",
        "under the PIPL, 15",
    ] {
        assert!(!md.contains(wrong), "{wrong:?} in:\n{md}");
    }
}

#[test]
fn the_letter_stays_chinese_first_in_an_english_report() {
    let mut s = session("overdue.session.toml");
    s.lang = Lang::En;
    let md = report::markdown(&model_at(s, NOW));
    find(&md, "## Complaint letter draft");
    let zh = find(&md, "### 中文（发送用）");
    let en = find(&md, "### English (translation, for reference)");
    assert!(zh < en);
    find(
        &md,
        "Do not put a password, SMS code, ID number, phone number or bank card number in the letter",
    );
    find(&md, "### Where to complain next");
    find(&md, "- Status: **past the limit by 36 days**");
}

#[test]
fn markdown_within_the_limit_has_no_letter() {
    let md = report::markdown(&model("within-limit.session.toml"));
    find(&md, "# Test wizard: progress report\n");
    find(
        &md,
        "- Request submitted: 2026-11-20 (day 0)\n- As of 2026-11-28: 8 days, 5 of them working days\n- 15-working-day limit: 2026-12-11",
    );
    find(&md, "- Status: within the limit, 10 working days left\n");
    find(
        &md,
        "## 2 Preparation (2/3)\n\n- [x] Back up (2026-11-20 09:00) (required)\n- [x] Close the professional account (2026-11-20 09:30) (required)\n- [ ] Optional\n",
    );
    find(&md, "## Continued with required items open\n\nNone.\n");
    for s in [
        "Complaint letter",
        "投诉信",
        "第四十七条",
        "Article 47",
        "12321",
        "[your account nickname]",
    ] {
        assert!(!md.contains(s), "{s:?} in a within-limit report:\n{md}");
    }
}

#[test]
fn markdown_before_submission_says_the_clock_has_not_started() {
    let mut s = session("overdue.session.toml");
    s.review = None;
    let md = report::markdown(&model_at(s, NOW));
    find(&md, "## 审核计时\n\n尚未记录提交注销申请。");
    assert!(!md.contains("投诉信草稿"));
}

// --- status ---

#[test]
fn status_in_chinese_for_an_overdue_review() {
    let expected = "\
测试向导：进度
当前阶段：3 注销步骤
✓ 1 原因 1/2 已选
  2 准备 1/2
✓ 3 注销步骤 2/2
  4 注销后 0/1
! 5 疑难解答 1/2 已尝试
回答：账号类型：个人
审核计时：2026-09-28 提交，至今 61 天，40 个工作日
15 个工作日时限：2026-10-23，已超时 36 天
xhs-cancel export 生成的报告里附有投诉信草稿。
";
    assert_eq!(report::status(&model("overdue.session.toml")), expected);
}

#[test]
fn status_in_english_within_the_limit() {
    let expected = "\
Test wizard: status
Current stage: 4 After
✓ 1 Reasons 1/2 chosen
  2 Prepare 2/3
✓ 3 Delete 2/2
  4 After 0/1
  5 Problems 0/2 tried
Answers: Account type: Professional
Review clock: submitted 2026-11-20; 8 days, 5 working days so far
15-working-day limit: 2026-12-11, not overdue, 10 working days left
";
    assert_eq!(
        report::status(&model("within-limit.session.toml")),
        expected
    );
}

#[test]
fn status_before_submission_and_without_answers() {
    let mut s = session("within-limit.session.toml");
    s.review = None;
    s.answers.clear();
    let status = report::status(&model_at(s, NOW));
    assert!(
        status.ends_with(
            "Answers: 1 not answered\nReview clock: the submission is not recorded yet.\n"
        ),
        "{status}"
    );
    // Unanswered, close-pro is shown: before the person answers, they see more.
    find(&status, "  2 Prepare 2/3\n");
}

/// The within-limit session with another submission date, at another moment.
fn submitted(on: jiff::civil::Date, lang: Lang, now: &str) -> Model {
    let mut s = session("within-limit.session.toml");
    s.review = Some(Review {
        submitted_on: Day(on),
        cooling_off_days: None,
    });
    s.lang = lang;
    model_at(s, now)
}

#[test]
fn status_and_export_say_when_the_count_is_provisional() {
    // Submitted 2026-12-18: the deadline falls in 2027, which has no notice in the fixture
    // calendar: 2027-01-01 is taken off by law, make-up days are unknown.
    let m = submitted(date(2026, 12, 18), Lang::En, "2026-12-28T04:00:00Z");
    let status = report::status(&m);
    find(&status, "15-working-day limit: 2027-01-11, not overdue");
    find(
        &status,
        "Provisional count: the holiday arrangements for 2027 are not published yet, so only the statutory holidays fixed by law (those on Monday to Friday) are deducted;",
    );
    let review = &json_value(&m)["review"];
    assert_eq!(review["calendar_covers"], false);
    assert_eq!(review["calendar_basis"], "statutory_only");
    assert_eq!(review["provisional"], true);
    assert_eq!(
        review["uncertain_years"],
        serde_json::json!({ "first": 2027, "last": 2027 })
    );
    find(
        &report::markdown(&m),
        "- Provisional count: the holiday arrangements for 2027 are not published yet",
    );

    let zh = submitted(date(2026, 12, 18), Lang::Zh, "2026-12-28T04:00:00Z");
    find(
        &report::status(&zh),
        "暂定计数：2027 年的节假日安排尚未公布，只扣除了《全国年节及纪念日放假办法》规定的法定节假日",
    );

    let covered = report::status(&model("within-limit.session.toml"));
    assert!(!covered.contains("rovisional"), "{covered}");
}

#[test]
fn the_letter_says_what_a_provisional_count_assumed() {
    // Submitted 2026-12-15: deadline 2027-01-06 (2027-01-01 off by law); on 2027-01-08 the
    // review is 2 days past it.
    let m = submitted(date(2026, 12, 15), Lang::Zh, "2027-01-08T04:00:00Z");
    let md = report::markdown(&m);
    find(&md, "期限已于2027年1月6日届满");
    find(
        &md,
        "（按国务院办公厅公布的节假日安排计算，提交当天不计；2027 年的安排尚未公布，按法定节假日暂计），",
    );
    find(
        &md,
        "(counted on the State Council's holiday arrangements, not counting the day of submission; those for 2027 are not published yet and are counted provisionally on the statutory holidays), ",
    );
    let published = report::markdown(&model("overdue.session.toml"));
    assert!(
        !published.contains("暂计"),
        "a published count is not hedged"
    );
}

#[test]
fn a_submission_date_in_the_future_is_a_problem_not_a_count() {
    // Recorded as 2026-12-04 while today is 2026-11-28: never "-6 days".
    let en = submitted(date(2026, 12, 4), Lang::En, NOW);
    let status = report::status(&en);
    assert!(
        status.ends_with(
            "Review clock: The recorded submission date 2026-12-04 is in the future; correct it with xhs-cancel submitted YYYY-MM-DD.\n"
        ),
        "{status}"
    );
    let md = report::markdown(&en);
    find(
        &md,
        "- **The recorded submission date 2026-12-04 is in the future; correct it with `xhs-cancel submitted YYYY-MM-DD`.**",
    );
    let review = &json_value(&en)["review"];
    assert_eq!(review["submitted_in_future"], true);
    assert_eq!(
        (
            review["calendar_days"].as_i64(),
            review["working_days"].as_i64()
        ),
        (Some(0), Some(0))
    );
    assert_eq!(review["overdue"], false);

    let zh = submitted(date(2026, 12, 4), Lang::Zh, NOW);
    find(
        &report::status(&zh),
        "审核计时：记录的提交日期 2026-12-04 在今天之后；请用 xhs-cancel submitted YYYY-MM-DD 改正。\n",
    );
    find(
        &report::markdown(&zh),
        "记录的提交日期 2026-12-04 在今天之后；请用 `xhs-cancel submitted YYYY-MM-DD` 改正。",
    );
    for out in [status, md, report::status(&zh), report::markdown(&zh)] {
        assert!(!out.contains("-6") && !out.contains("投诉信草稿"), "{out}");
    }
}

// --- hostile session data ---

#[test]
fn no_output_carries_control_characters_from_the_session() {
    let mut s = session("overdue.session.toml");
    s.overrides[0]
        .open
        .push("gone\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}".into());
    s.overrides[0].stage = "prep\u{1b}[2J".into();
    let m = model_at(s, NOW);
    for (name, out) in [
        ("status", report::status(&m)),
        ("markdown", report::markdown(&m)),
        ("json", report::json(&m, None)),
    ] {
        let bad: Vec<char> = out
            .chars()
            .filter(|&c| c != '\n' && xhs_cancel::text::forbidden_kind(c).is_some())
            .collect();
        assert!(bad.is_empty(), "{name} has {bad:?}");
    }
    find(
        &report::markdown(&m),
        "仍未确认：「备份」、「gone\\]0;pwned31m」",
    );
}

#[test]
fn the_rednote_caveat_appears_only_for_rednote_or_unsure_accounts() {
    let caveat = "rednote 账号（例如 2025-12-08 起用非 +86 手机号注册的账号）适用另一套条款";
    for (answer, shown) in [
        (None, false),
        (Some("xhs"), false),
        (Some("rednote"), true),
        (Some("unsure"), true),
    ] {
        let mut s = session("overdue.session.toml");
        match answer {
            Some(a) => s.answers.insert("account".into(), vec![a.into()]),
            None => s.answers.remove("account"),
        };
        let now: Timestamp = NOW.parse().unwrap();
        let model = Model::new(
            Checklist::builtin().unwrap(),
            s,
            now,
            TimeZone::fixed(tz::offset(8)),
        );
        assert!(model.overdue());
        let md = report::markdown(&model);
        assert_eq!(md.contains(caveat), shown, "{answer:?}");
    }
}
