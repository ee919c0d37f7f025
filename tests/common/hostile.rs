//! Hostile text for property tests, and an oracle for "safe to print" that is independent of
//! the library's own table of forbidden characters, so a gap in that table cannot hide itself.

use proptest::prelude::*;

/// Format characters that reorder or hide text: bidi marks, embeddings, overrides and
/// isolates, and zero-width characters.
pub fn invisible_format(c: char) -> bool {
    matches!(
        c as u32,
        0x061c | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xfeff
    )
}

/// Safe to print: no C0 control but the newline, no DEL, no C1 control, no invisible format
/// character.
pub fn terminal_safe(s: &str) -> bool {
    s.chars().all(|c| {
        let n = c as u32;
        c == '\n' || !(n < 0x20 || (0x7f..=0x9f).contains(&n) || invisible_format(c))
    })
}

/// Text made mostly of what a hostile file would hold: escape sequences, C0 and C1
/// controls, bidi and zero-width characters, mixed with ordinary ASCII and Chinese.
pub fn hostile_text(pieces: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::char::range(' ', '~').prop_map(String::from),
        2 => proptest::char::range('\u{4e00}', '\u{9fff}').prop_map(String::from),
        2 => proptest::char::range('\u{0}', '\u{1f}').prop_map(String::from),
        1 => Just("\u{7f}".to_string()),
        2 => proptest::char::range('\u{80}', '\u{9f}').prop_map(String::from),
        2 => prop::sample::select(vec![
            '\u{61c}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202a}',
            '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2060}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{feff}',
        ])
        .prop_map(String::from),
        2 => prop::sample::select(vec![
            "\u{1b}]0;pwned\u{7}".to_string(),
            "\u{1b}[2J\u{1b}[31m".to_string(),
            "\u{9b}31m".to_string(),
            "\u{1b}P1$r\u{1b}\\".to_string(),
        ]),
    ];
    prop::collection::vec(piece, pieces).prop_map(|pieces| pieces.concat())
}
