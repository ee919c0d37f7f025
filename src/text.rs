//! Bilingual text, the two languages, and keeping untrusted text harmless on a terminal.

use std::borrow::Cow;
use std::io;

use serde::{Deserialize, Serialize};
use serde_json::ser::{CharEscape, Formatter, PrettyFormatter};

/// The two languages every shipped string carries; Chinese is the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The language a locale string such as `zh_CN.UTF-8` asks for: `zh*` is Chinese, anything else English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// A human-readable string in both languages, already sanitized for the terminal. Text read
/// from checklist files is owned; `Cow` lets static text be lent without a copy.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    pub zh: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Text {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            zh: Cow::Owned(zh.into()),
            en: Cow::Owned(en.into()),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Why a character may not appear in checklist text: each of these can rewrite or hide what a
/// terminal shows (escape sequences start with C0/C1 controls; bidi and zero-width characters
/// make text read differently from what it is; the line and paragraph separators break a line
/// where a viewer or a JavaScript reader of the JSON output would not expect it).
pub fn forbidden_kind(c: char) -> Option<&'static str> {
    match c {
        '\n' => None,
        '\u{0}'..='\u{1f}' | '\u{7f}' => Some("control character"),
        '\u{80}'..='\u{9f}' => Some("C1 control character"),
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some("bidi control")
        }
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{180e}' => {
            Some("zero-width character")
        }
        '\u{2028}' | '\u{2029}' => Some("line or paragraph separator"),
        _ => None,
    }
}

/// Why terminals may disagree on how many columns a character takes, so that a row holding it is
/// drawn wider or narrower than the program computed (a stray character left behind, a border
/// pushed out): emoji presentation and skin-tone modifiers, keycaps, flag letters, tag
/// characters, and the East Asian "ambiguous" characters (UAX #11), one column in most locales
/// and two in CJK ones, detected as those whose width differs between `unicode-width`'s two
/// tables. Checklist text may hold none of them; the program's own strings avoid them too.
pub fn uncertain_width(c: char) -> Option<&'static str> {
    use unicode_width::UnicodeWidthChar;
    match c {
        '\0'..='\u{7f}' => None,
        '\u{fe00}'..='\u{fe0f}' => Some("variation selector"),
        '\u{1f3fb}'..='\u{1f3ff}' => Some("emoji skin-tone modifier"),
        '\u{20e3}' => Some("combining keycap"),
        '\u{1f1e6}'..='\u{1f1ff}' => Some("regional indicator (flag letter)"),
        '\u{e0020}'..='\u{e007f}' => Some("emoji tag character"),
        // The CJK Unified Ideographs are wide in both tables (UAX #11 class W): most of the
        // checklists' text, so asked first (a test checks the block against both tables).
        '\u{4e00}'..='\u{9fff}' => None,
        c if c.width() != c.width_cjk() => Some("character of East Asian ambiguous width"),
        _ => None,
    }
}

/// Drops every character that [`forbidden_kind`] names, keeping newlines.
pub fn sanitize(s: &str) -> String {
    s.chars().filter(|&c| forbidden_kind(c).is_none()).collect()
}

/// Like [`sanitize`] but for one-line messages: newlines become spaces as well.
pub fn sanitize_line(s: &str) -> String {
    s.chars()
        .filter(|&c| forbidden_kind(c).is_none())
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect()
}

/// `value` as pretty-printed JSON ending in a newline, with every string in it (keys too)
/// cleaned as [`sanitize`] cleans text: the characters [`forbidden_kind`] names are dropped, and
/// newlines are kept (written `\n`). The one writer of the program's JSON (`export --format
/// json`, `log --format json`), so no string reaches the terminal raw, whichever field holds it.
/// The layout is `serde_json`'s pretty one.
pub fn clean_json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    let mut writer =
        serde_json::Serializer::with_formatter(&mut out, Clean(PrettyFormatter::new()));
    value
        .serialize(&mut writer)
        .expect("the program's JSON holds only strings, numbers, booleans, lists and string keys");
    out.push(b'\n');
    String::from_utf8(out).expect("serde_json writes UTF-8 and only whole characters are dropped")
}

/// `serde_json`'s pretty layout, with the characters [`forbidden_kind`] names left out of
/// strings.
struct Clean<'a>(PrettyFormatter<'a>);

/// Forwards the layout calls to the pretty formatter.
macro_rules! pretty {
    ($($call:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $call<W: ?Sized + io::Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            self.0.$call(w $(, $arg)*)
        }
    )*};
}

impl Formatter for Clean<'_> {
    /// A run of a string with nothing `serde_json` escapes in it: DEL, C1, bidi, zero-width and
    /// separator characters can be there, and are dropped. Newlines never reach here.
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        s: &str,
    ) -> io::Result<()> {
        w.write_all(sanitize(s).as_bytes())
    }

    /// The C0 controls other than the newline are dropped; quotes, backslashes and newlines
    /// are escaped as `serde_json` escapes them.
    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        e: CharEscape,
    ) -> io::Result<()> {
        match e {
            CharEscape::Backspace
            | CharEscape::FormFeed
            | CharEscape::CarriageReturn
            | CharEscape::Tab
            | CharEscape::AsciiControl(_) => Ok(()),
            CharEscape::Quote
            | CharEscape::ReverseSolidus
            | CharEscape::Solidus
            | CharEscape::LineFeed => self.0.write_char_escape(w, e),
        }
    }

    pretty! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}

/// The most characters of outside text a message quotes: [`excerpt`] cuts there.
pub const EXCERPT_CHARS: usize = 160;

/// A one-line, sanitized excerpt of `s` for a message: at most [`EXCERPT_CHARS`] characters,
/// then `...`. For text from a file or a parser that may quote the file at length.
pub fn excerpt(s: &str) -> String {
    let line = sanitize_line(s);
    match line.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}...", &line[..cut]),
        None => line,
    }
}

/// Quotes a value for an error message, writing every forbidden character as `\u{..}` so the
/// message shows what is in the file without letting it act on the terminal.
pub fn quote(s: &str) -> String {
    const MAX_CHARS: usize = 60;
    let mut out = String::from("\"");
    for (i, c) in s.chars().enumerate() {
        if i == MAX_CHARS {
            out.push_str("...");
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if forbidden_kind(c).is_some() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_removes_escape_introducers_and_keeps_newlines() {
        let s = sanitize("a\u{1b}]0;x\u{7}\u{1b}[31mb\u{9b}c\nd\u{202e}e\u{200b}f");
        assert_eq!(s, "a]0;x[31mbc\ndef");
    }

    #[test]
    fn clean_json_drops_what_sanitize_drops_from_every_string_and_keeps_the_layout() {
        use std::collections::BTreeMap;
        let hostile = "a\u{1b}]0;x\u{7}\t\r\u{7f}b\u{9b}c\u{85}\nd\u{202e}e\u{200b}f\u{2028}g\"h\\";
        let clean = "a]0;xbc\ndefg\"h\\";
        let shape = |s: &str| {
            (
                BTreeMap::from([(s.to_string(), [s.to_string()])]),
                1,
                None::<u8>,
            )
        };
        let expected = serde_json::to_string_pretty(&shape(clean)).unwrap() + "\n";
        assert_eq!(clean_json(&shape(hostile)), expected);
    }

    #[test]
    fn clean_json_leaves_out_every_forbidden_character() {
        let all: String = (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|&c| c == '\n' || forbidden_kind(c).is_some())
            .collect();
        assert_eq!(clean_json(&all), "\"\\n\"\n");
    }

    #[test]
    fn quote_escapes_what_a_terminal_would_act_on() {
        assert_eq!(quote("a\u{1b}b\"c"), "\"a\\u{1b}b\\\"c\"");
        assert_eq!(quote("\u{9b}\u{2066}"), "\"\\u{9b}\\u{2066}\"");
    }

    #[test]
    fn excerpt_is_one_short_clean_line() {
        assert_eq!(excerpt("a\nb\u{1b}c"), "a bc");
        let long = excerpt(&"é".repeat(500));
        assert_eq!(long, format!("{}...", "é".repeat(EXCERPT_CHARS)));
    }

    #[test]
    fn quote_shortens_long_values() {
        let q = quote(&"x".repeat(100));
        assert_eq!(q, format!("\"{}...\"", "x".repeat(60)));
    }

    #[test]
    fn the_ideographs_asked_first_are_wide_in_both_tables() {
        use unicode_width::UnicodeWidthChar;
        for c in '\u{4e00}'..='\u{9fff}' {
            assert_eq!((c.width(), c.width_cjk()), (Some(2), Some(2)), "{c}");
        }
    }

    #[test]
    fn characters_of_uncertain_width_are_named_and_plain_text_passes() {
        assert_eq!(uncertain_width('\u{fe0f}'), Some("variation selector"));
        assert_eq!(
            uncertain_width('\u{1f3fd}'),
            Some("emoji skin-tone modifier")
        );
        assert_eq!(uncertain_width('\u{20e3}'), Some("combining keycap"));
        assert_eq!(uncertain_width('\u{e0041}'), Some("emoji tag character"));
        assert_eq!(
            uncertain_width('\u{1f1e8}'),
            Some("regional indicator (flag letter)")
        );
        for c in [
            '“', '”', '‘', '’', '…', '→', '①', '•', '·', '—', '–', '§', '×',
        ] {
            assert_eq!(
                uncertain_width(c),
                Some("character of East Asian ambiguous width"),
                "{c}"
            );
        }
        for c in "小红书，。：；（）「」、 abc-é😀".chars() {
            assert_eq!(uncertain_width(c), None, "{c}");
        }
    }

    #[test]
    fn locale_picks_chinese_only_for_zh() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("ZH_tw"), Lang::Zh);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
    }
}
