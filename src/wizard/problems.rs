//! What is wrong with an event, worded in the person's language for the event form: the
//! model's [`EventProblem`] carries the facts, this says them in Chinese or English.

use crate::i18n::strings;
use crate::text::Lang;
use crate::timeline::{Channel, EventProblem, MAX_EVIDENCE};

impl EventProblem {
    /// The problem as one sentence in `lang`, without a leading "cannot save" (the form adds
    /// it). Too-long text is refused, not cut, and the sentence says so.
    pub fn text(&self, lang: Lang) -> String {
        let words = &strings(lang).model;
        match self {
            EventProblem::Future(day) => (words.problem_future)(*day),
            EventProblem::TooEarly(day) => (words.problem_too_early)(*day),
            EventProblem::TooLong { field, chars, max } => {
                (words.problem_too_long)(field_name(field, lang), *chars, *max)
            }
            EventProblem::NoChannel => (words.problem_no_channel)(&channels()),
            EventProblem::StrayChannel => words.problem_stray_channel.into(),
            EventProblem::TooMuchEvidence { count } => {
                (words.problem_too_much_evidence)(*count, MAX_EVIDENCE)
            }
            EventProblem::BadHash(_) => words.problem_bad_hash.into(),
            EventProblem::NotAddable => words.problem_not_addable.into(),
        }
    }
}

/// The form's label for a field named in [`EventProblem::TooLong`].
fn field_name(field: &str, lang: Lang) -> &'static str {
    let names = &strings(lang).model.problem_fields;
    match field {
        "note" => names.note,
        "via" => names.via,
        "reference" => names.reference,
        _ => names.other,
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
