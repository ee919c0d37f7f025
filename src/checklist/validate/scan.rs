//! Finding the characters a terminal would act on in a file's strings, fast, and where they
//! stand in the file.

use std::ops::Range;

use crate::text::{forbidden_kind, sanitize_line};

/// The first character of `s` that [`forbidden_kind`] names, other than the `\r` of a `\r\n`
/// line ending, and whether `s` holds such a line ending.
///
/// This runs over every string of every file, so it looks at bytes and decodes a character only
/// where it can be forbidden: an ASCII control, or the first byte of a character in one of the
/// blocks that hold forbidden ones (U+0080..U+00BF, U+0600..U+063F, U+1000..U+2FFF,
/// U+F000..U+FFFF).
pub(super) fn scan(s: &str) -> (Option<(char, &'static str)>, bool) {
    let bytes = s.as_bytes();
    let mut crlf = false;
    let mut i = 0;
    while let Some(skip) = bytes[i..].iter().position(|&b| may_start_forbidden(b)) {
        i += skip;
        let c = s[i..].chars().next().expect("a character starts here");
        if c == '\r' && bytes.get(i + 1) == Some(&b'\n') {
            crlf = true;
        } else if let Some(kind) = forbidden_kind(c) {
            return (Some((c, kind)), crlf || s[i..].contains("\r\n"));
        }
        i += c.len_utf8();
    }
    (None, crlf)
}

/// A reference to an id, safe for the screen; only a bad one (already reported) is changed.
pub(super) fn clean_id(s: &str) -> String {
    match scan(s) {
        (None, false) if !s.contains('\n') => s.to_string(),
        _ => sanitize_line(s),
    }
}

/// Whether a byte can begin the UTF-8 encoding of a character that [`forbidden_kind`] names;
/// `forbidden_characters_start_with_flagged_bytes` checks it against every character.
pub(super) fn may_start_forbidden(b: u8) -> bool {
    const FLAGGED: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = b < 0x20 || b == 0x7f || matches!(b, 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xEF);
            b += 1;
        }
        table
    };
    FLAGGED[b as usize]
}

/// Where the first `c` of a string value stands in the file: the character itself when the file
/// holds it literally, else the escape that writes it (`\e`, `\xHH`, `\uHHHH`, `\UHHHHHHHH`),
/// else the start of the value.
pub(super) fn char_offset(src: &str, span: Range<usize>, c: char) -> usize {
    let Some(raw) = src.get(span.clone()) else {
        return span.start;
    };
    if let Some(i) = raw.find(c) {
        return span.start + i;
    }
    let code = c as u32;
    let bytes = raw.as_bytes();
    let hex_is = |digits: &[u8], width: usize| {
        digits.len() >= width
            && std::str::from_utf8(&digits[..width])
                .ok()
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                == Some(code)
    };
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let rest = &bytes[i + 2..];
        let found = match bytes[i + 1] {
            b'e' => code == 0x1b,
            b'x' => hex_is(rest, 2),
            b'u' => hex_is(rest, 4),
            b'U' => hex_is(rest, 8),
            _ => false,
        };
        if found {
            return span.start + i;
        }
        // Skip the escaped character too, so that `\\` never starts an escape.
        i += 2;
    }
    span.start
}

#[cfg(test)]
mod tests {
    use super::{may_start_forbidden, scan};
    use crate::text::forbidden_kind;

    #[test]
    fn forbidden_characters_start_with_flagged_bytes() {
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if forbidden_kind(c).is_some() {
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_start_forbidden(first), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn scan_finds_the_first_forbidden_character_and_line_endings() {
        assert_eq!(scan("标题 → ok\n"), (None, false));
        assert_eq!(scan("a\r\nb"), (None, true));
        assert_eq!(
            scan("a\r\nb\u{200b}c\u{1b}"),
            (Some(('\u{200b}', "zero-width character")), true)
        );
        assert_eq!(scan("a\rb\r\n"), (Some(('\r', "control character")), true));
        assert_eq!(
            scan("…\u{9b}"),
            (Some(('\u{9b}', "C1 control character")), false)
        );
        assert_eq!(scan("x\r"), (Some(('\r', "control character")), false));
    }
}
