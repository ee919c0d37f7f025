//! What is wrong with an event, worded in the person's language for the event form: the
//! model's [`EventProblem`] carries the facts, this says them in Chinese or English.

use crate::text::Lang;
use crate::timeline::{Channel, EventProblem, MAX_EVIDENCE};

use super::tr;

impl EventProblem {
    /// The problem as one sentence in `lang`, without a leading "cannot save" (the form adds
    /// it). Too-long text is refused, not cut, and the sentence says so.
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            EventProblem::Future(day) if zh => format!("日期 {day} 还没到"),
            EventProblem::Future(day) => format!("the date {day} is in the future"),
            EventProblem::TooEarly(day) if zh => {
                format!("日期 {day} 早于 2013 年（那时还没有这个 App）")
            }
            EventProblem::TooEarly(day) => {
                format!("the date {day} is before 2013, when the app did not exist yet")
            }
            EventProblem::TooLong { field, chars, max } if zh => format!(
                "{}有 {chars} 个字，最多 {max} 个，请删短",
                field_name(field, lang)
            ),
            EventProblem::TooLong { field, chars, max } => format!(
                "the {} has {chars} characters; at most {max} are allowed, please shorten it",
                field_name(field, lang)
            ),
            EventProblem::NoChannel if zh => format!("投诉要选渠道（{}）", channels()),
            EventProblem::NoChannel => {
                format!("a complaint needs the channel it went to ({})", channels())
            }
            EventProblem::StrayChannel => {
                tr(lang, "只有投诉才选渠道", "only a complaint names a channel").into()
            }
            EventProblem::TooMuchEvidence { count } if zh => {
                format!("有 {count} 个证据文件，每条记录最多 {MAX_EVIDENCE} 个")
            }
            EventProblem::TooMuchEvidence { count } => {
                format!("{count} evidence files; at most {MAX_EVIDENCE} per event")
            }
            EventProblem::BadHash(_) => tr(
                lang,
                "证据文件的 SHA-256 不是 64 位小写十六进制数",
                "the evidence file's SHA-256 is not 64 lowercase hexadecimal digits",
            )
            .into(),
            EventProblem::NotAddable => tr(
                lang,
                "“清除提交日”由程序自动记录，不能手动添加",
                "\"cleared\" is recorded by the program, not added",
            )
            .into(),
        }
    }
}

/// The form's label for a field named in [`EventProblem::TooLong`].
fn field_name(field: &str, lang: Lang) -> &'static str {
    match field {
        "note" => tr(lang, "备注", "note"),
        "via" => tr(lang, "方式", "via field"),
        "reference" => tr(lang, "单号", "ticket number"),
        _ => tr(lang, "这一栏", "field"),
    }
}

fn channels() -> String {
    let ids: Vec<_> = Channel::ALL.iter().map(|c| c.as_str()).collect();
    ids.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_too_long_note_is_refused_in_the_person_s_language() {
        let problem = EventProblem::TooLong {
            field: "note",
            chars: 5000,
            max: 2000,
        };
        let zh = problem.text(Lang::Zh);
        assert_eq!(zh, "备注有 5000 个字，最多 2000 个，请删短");
        assert!(zh.chars().all(|c| !c.is_ascii_alphabetic()), "{zh}");
        let en = problem.text(Lang::En);
        assert!(en.contains("5000") && en.contains("2000"), "{en}");
        assert!(!en.contains("kept"), "it is refused, not kept: {en}");
    }

    #[test]
    fn every_problem_in_chinese_has_no_english_words() {
        let day = jiff::civil::date(2030, 1, 1);
        let problems = [
            EventProblem::Future(day),
            EventProblem::TooEarly(day),
            EventProblem::StrayChannel,
            EventProblem::TooMuchEvidence { count: 21 },
            EventProblem::BadHash("x".into()),
            EventProblem::NotAddable,
        ];
        for p in problems {
            let zh = p.text(Lang::Zh);
            let latin = zh.chars().filter(char::is_ascii_alphabetic).count();
            assert!(latin <= "SHA".len(), "{zh}");
            assert_ne!(zh, p.text(Lang::En));
        }
    }
}
