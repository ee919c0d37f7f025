//! The built-in checklists, validated when the program is built (src/build.rs) and embedded
//! ready to use: starting the wizard costs no TOML parsing and no copying of text.

use crate::checklist::Checklist;
use crate::error::LoadError;
use crate::text::strings;

/// The validated built-in checklist, as src/build.rs encoded it with postcard.
static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-checklist.postcard"));
/// Every string of the built-in checklist; `ENCODED` holds positions in it.
static STRINGS: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-strings.txt"));

impl Checklist {
    /// The checklists compiled into the binary. The build refuses invalid built-in files, so
    /// this decodes what was validated then; should decoding ever fail, the embedded TOML is
    /// parsed and validated again.
    pub fn builtin() -> Result<Checklist, LoadError> {
        strings::borrow(STRINGS, || postcard::from_bytes(ENCODED))
            .or_else(|_| Checklist::parse(&Checklist::builtin_files()))
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::text::Text;

    #[test]
    fn the_embedded_checklist_decodes_on_its_own_and_borrows_its_text() {
        let decoded: Checklist = strings::borrow(STRINGS, || postcard::from_bytes(ENCODED))
            .expect("the embedded encoding decodes without the TOML fallback");
        assert_eq!(
            decoded,
            Checklist::parse(&Checklist::builtin_files()).unwrap()
        );
        assert!(matches!(decoded.title.zh, Cow::Borrowed(_)));
    }

    #[test]
    fn text_encodes_and_decodes_only_with_a_string_table() {
        let text = Text::new("注销", "delete");
        assert!(postcard::to_allocvec(&text).is_err());
        let (encoded, table) = strings::collect(|| postcard::to_allocvec(&text).unwrap());
        assert_eq!(table, "注销delete");
        assert!(postcard::from_bytes::<Text>(&encoded).is_err());
        let table: &'static str = Box::leak(table.into_boxed_str());
        let decoded: Text = strings::borrow(table, || postcard::from_bytes(&encoded)).unwrap();
        assert_eq!(decoded, text);
    }
}
