//! Reminders in the person's own calendar: the iCalendar (RFC 5545) file `xhs-cancel remind`
//! and the wizard's `r` write, built with the `icalendar` crate (which escapes and folds the
//! text). All-day events on local calendar dates for the end of the cooling-off period, a
//! check-in before the review limit, and the review limit itself.

use icalendar::{Calendar as Ics, Component, Property, ValueType};
use jiff::Timestamp;
use jiff::civil::Date;

use crate::calendar::{Calendar, REVIEW_LIMIT_WORKING_DAYS, ReviewClock};
use crate::session::Session;
use crate::text::Lang;

/// The check-in falls this many working days before the review limit: time enough to contact
/// customer service and hear back before the limit passes.
pub const CHECK_IN_WORKING_DAYS_BEFORE: i32 = 3;

/// The domain part of every UID (RFC 5545 §3.8.4.7 recommends `something@domain`).
const UID_DOMAIN: &str = "xhs-cancel";

/// Which reminder an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// The last day of the cooling-off period the person entered (submission + its days).
    CoolingOffEnds,
    /// [`CHECK_IN_WORKING_DAYS_BEFORE`] working days before the review limit.
    CheckIn,
    /// The 15th working day after submission: the same deadline `status` prints.
    Deadline,
}

impl Reminder {
    /// The UID's first part. With the submission date, it names the event: the UID changes
    /// only when the submission date does (a different request); the cooling-off length, the
    /// language, notes and the time of writing leave it alone, so importing the file again
    /// updates the events instead of adding copies.
    fn id(self) -> &'static str {
        match self {
            Reminder::CoolingOffEnds => "cooling-off",
            Reminder::CheckIn => "check-in",
            Reminder::Deadline => "deadline",
        }
    }
}

/// One reminder with its local date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub reminder: Reminder,
    pub on: Date,
}

/// The reminders for a session, in date order; empty without a submission date. The
/// cooling-off end is left out when no length was entered, or a length of 0 days.
pub fn reminders(session: &Session, calendar: &Calendar) -> Vec<Dated> {
    let Some(review) = session.review else {
        return Vec::new();
    };
    let submitted = review.submitted_on.0;
    let deadline = ReviewClock::new(calendar, submitted, submitted).deadline;
    let mut all = Vec::new();
    if let Some(days) = review.cooling_off_days.filter(|d| *d > 0)
        && let Ok(on) = submitted.checked_add(jiff::Span::new().days(i64::from(days)))
    {
        all.push(Dated {
            reminder: Reminder::CoolingOffEnds,
            on,
        });
    }
    if let Some(on) = working_days_before(calendar, deadline, CHECK_IN_WORKING_DAYS_BEFORE)
        .filter(|on| *on > submitted)
    {
        all.push(Dated {
            reminder: Reminder::CheckIn,
            on,
        });
    }
    all.push(Dated {
        reminder: Reminder::Deadline,
        on: deadline,
    });
    all.sort_by_key(|d| d.on);
    all
}

/// The `n`th working day before `date`, or `None` before the first date `jiff` represents.
fn working_days_before(calendar: &Calendar, date: Date, n: i32) -> Option<Date> {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day.yesterday().ok()?;
        if calendar.is_working_day(day) {
            left -= 1;
        }
    }
    Some(day)
}

/// The wizard's notice when `r` finds no submission date.
pub fn notice_no_submission(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => {
            "还没有提交日期，无法生成日历提醒：在注销阶段确认「提交注销申请」一步并填写日期"
        }
        Lang::En => {
            "No submission date yet, so no reminders: confirm the submit step in the deletion stage and enter its date"
        }
    }
}

/// The iCalendar text (CRLF lines) for the session's reminders in `lang`, stamped `now`
/// (DTSTAMP, UTC); `None` when no submission date is recorded.
pub fn ics(session: &Session, calendar: &Calendar, lang: Lang, now: Timestamp) -> Option<String> {
    let review = session.review?;
    let submitted = review.submitted_on.0;
    let (basis, _) = calendar.basis_between(submitted, reminders(session, calendar).last()?.on);
    let facts = Facts {
        submitted,
        deadline: ReviewClock::new(calendar, submitted, submitted).deadline,
        cooling_off_days: review.cooling_off_days.unwrap_or(0),
        cooling_off_ends: reminders(session, calendar)
            .iter()
            .find(|d| d.reminder == Reminder::CoolingOffEnds)
            .map(|d| d.on),
        provisional: basis.is_provisional(),
    };
    let mut ics = Ics::empty();
    ics.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", prodid(lang).as_str()))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(calendar_name(lang));
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    for dated in reminders(session, calendar) {
        let (summary, description) = wording(dated, &facts, lang);
        let uid = format!("{}-{submitted}@{UID_DOMAIN}", dated.reminder.id());
        let event = icalendar::Event::new()
            .uid(&uid)
            .add_property("DTSTAMP", &stamp)
            .append_property(date_property("DTSTART", dated.on))
            .append_property(date_property(
                "DTEND",
                dated.on.tomorrow().unwrap_or(dated.on),
            ))
            .summary(&summary)
            .description(&description)
            .add_property("TRANSP", "TRANSPARENT")
            .done();
        ics.push(event);
    }
    Some(ics.done().to_string())
}

/// `DTSTART;VALUE=DATE:20261009`: a local calendar date, no time and no time zone.
fn date_property(key: &str, on: Date) -> Property {
    Property::new(key, on.strftime("%Y%m%d").to_string())
        .append_parameter(ValueType::Date)
        .done()
}

fn prodid(lang: Lang) -> String {
    let tag = match lang {
        Lang::Zh => "ZH",
        Lang::En => "EN",
    };
    format!(
        "-//xhs-cancel//xhs-cancel {}//{tag}",
        env!("CARGO_PKG_VERSION")
    )
}

fn calendar_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "小红书注销提醒",
        Lang::En => "Xiaohongshu account deletion",
    }
}

/// What the descriptions quote.
struct Facts {
    submitted: Date,
    deadline: Date,
    cooling_off_days: u16,
    /// The last day of the cooling-off period, when a length above 0 was entered.
    cooling_off_ends: Option<Date>,
    /// A year the count crosses has no published holiday notice yet.
    provisional: bool,
}

/// The SUMMARY and DESCRIPTION of a reminder in `lang`. The advice follows
/// content-sources.md: do not log in during the cooling-off period (one source says logging
/// in can interrupt the request), the 15-working-day limit of the 《App违法违规收集使用个人信息
/// 行为认定方法》, and the escalation channels (customer service first, then 12321, 12315, MIIT).
/// The check-in warns against logging in only while the cooling-off period may still last on
/// its date: no end recorded, or one on or after it.
fn wording(dated: Dated, f: &Facts, lang: Lang) -> (String, String) {
    let reminder = dated.reminder;
    let (s, d, n, limit) = (
        f.submitted,
        f.deadline,
        f.cooling_off_days,
        REVIEW_LIMIT_WORKING_DAYS,
    );
    let before = CHECK_IN_WORKING_DAYS_BEFORE;
    let (summary, mut text) = match (reminder, lang) {
        (Reminder::CoolingOffEnds, Lang::Zh) => (
            "小红书注销：冷静期结束".to_string(),
            format!(
                "你在 {s} 提交了注销申请；App 显示的冷静期是 {n} 天，到今天结束。\n冷静期内不要登录小红书：有来源说登录可能中断或撤销注销申请。\n今天之后在 App 外查看申请状态（例如用 xhs-cancel status），审核时限是 {d}。"
            ),
        ),
        (Reminder::CoolingOffEnds, Lang::En) => (
            "Xiaohongshu deletion: cooling-off period ends".to_string(),
            format!(
                "You submitted the deletion request on {s}; the app showed a cooling-off period of {n} days, which ends today.\nDo not log in to Xiaohongshu during the cooling-off period: one source says logging in can interrupt or cancel the request.\nThe review limit is {d} (xhs-cancel status shows where things stand)."
            ),
        ),
        (Reminder::CheckIn, Lang::Zh) => (
            "小红书注销：查看审核进度".to_string(),
            format!(
                "{limit} 个工作日的审核时限（{d}）还剩 {before} 个工作日（申请提交于 {s}）。\n查看注销申请是否已处理；如果还没有结果，联系平台客服，记下工单号或会话编号和日期，保存截图。"
            ),
        ),
        (Reminder::CheckIn, Lang::En) => (
            "Xiaohongshu deletion: check the review".to_string(),
            format!(
                "{before} working days are left before the {limit}-working-day review limit ({d}) of the request submitted on {s}.\nCheck whether the deletion request has been handled; if not, contact the platform's customer service, write down the ticket or conversation number and the date, and keep screenshots."
            ),
        ),
        (Reminder::Deadline, Lang::Zh) => (
            format!("小红书注销：{limit} 个工作日审核时限"),
            format!(
                "今天是 {s} 提交的注销申请的第 {limit} 个工作日，审核时限到今天为止。\n如果账号还没有注销、也没有答复：先联系平台客服并记下工单号；仍没有结果，可以向 12321（www.12321.cn）、12315 或工信部投诉。\nxhs-cancel export 可以生成投诉信草稿，列出提交日期、联系记录和证据。"
            ),
        ),
        (Reminder::Deadline, Lang::En) => (
            format!("Xiaohongshu deletion: {limit}-working-day review limit"),
            format!(
                "Today is working day {limit} of the deletion request submitted on {s}: the review limit ends today.\nIf the account is not deleted and there is no answer: contact the platform's customer service first and write down the ticket number; if that brings nothing, complain to 12321 (www.12321.cn), 12315 or the MIIT.\nxhs-cancel export drafts a complaint letter listing the submission date, the contacts and the evidence."
            ),
        ),
    };
    let cooling_off_may_last = f.cooling_off_ends.is_none_or(|end| end >= dated.on);
    if reminder == Reminder::CheckIn && cooling_off_may_last {
        text.push_str(match lang {
            Lang::Zh => "\n冷静期还没过的话不要登录。",
            Lang::En => "\nDo not log in while the cooling-off period lasts.",
        });
    }
    if f.provisional && reminder != Reminder::CoolingOffEnds {
        text.push_str(match lang {
            Lang::Zh => "\n（这一年的放假安排尚未公布，工作日按法定节假日推算，日期可能变化。）",
            Lang::En => "\n(The year's holiday notice is not out yet: working days are counted from the statutory holidays, so this date may change.)",
        });
    }
    (summary, text)
}
