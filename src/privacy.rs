//! The privacy guard: finds what in a note looks like a secret or an identity number, so that it
//! can be flagged before it is saved, and masks it on request. Notes are stored unencrypted on
//! this computer; the program never asks for any of these, and the letter warns against them.

use std::ops::Range;

use crate::i18n::strings;
use crate::text::Lang;

/// What a finding looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// An 18-character mainland resident identity number (GB 11643-1999): one whose check
    /// digit is valid (ISO 7064 MOD 11-2 over the first 17 digits), or, since a mistyped number
    /// is still the person's, one with the number's shape: a region code starting 1 to 8, a
    /// real date of birth (1900 to 2099) in digits 7 to 14, and a digit or X last.
    IdNumber,
    /// An 11-digit mainland mobile number (`1[3-9]` and nine digits), also written 3-4-4 with
    /// spaces or hyphens.
    Mobile,
    /// 4 to 6 digits within a few characters after 验证码, 校验码, 动态码 or "code".
    /// Digits may be full-width (`４８２９`), as a Chinese input method types them.
    Code,
    /// The word after 密码, 口令, "password", "passwd", "pwd", "pw" or "pass" (with 是, "is",
    /// `:` or `=`).
    Password,
}

impl SecretKind {
    /// The finding's name for the dialog and the command line.
    pub fn label(self, lang: Lang) -> &'static str {
        let names = &strings(lang).model.secrets;
        match self {
            SecretKind::IdNumber => names.id_number,
            SecretKind::Mobile => names.mobile,
            SecretKind::Code => names.code,
            SecretKind::Password => names.password,
        }
    }
}

/// A part of a note that looks like a secret: its kind and its byte range in the note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: SecretKind,
    pub range: Range<usize>,
}

/// Every finding in `text`, in order, none overlapping (the first kind found wins).
pub fn scan(text: &str) -> Vec<Finding> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match secret_at(&chars, i) {
            Some((kind, len)) => {
                let end = chars.get(i + len).map_or(text.len(), |&(b, _)| b);
                found.push(Finding {
                    kind,
                    range: chars[i].0..end,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// `text` with every finding replaced by one `*` per character.
pub fn mask(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in scan(text) {
        out.push_str(&text[last..f.range.start]);
        out.extend(text[f.range.clone()].chars().map(|_| '*'));
        last = f.range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// The secret starting at character `i`, as its kind and length in characters.
fn secret_at(chars: &[(usize, char)], i: usize) -> Option<(SecretKind, usize)> {
    let digit_before = i > 0 && is_digit(chars[i - 1].1);
    if !digit_before {
        if let Some(len) = id_number_at(chars, i) {
            return Some((SecretKind::IdNumber, len));
        }
        if let Some(len) = mobile_at(chars, i) {
            return Some((SecretKind::Mobile, len));
        }
        if let Some(len) = code_at(chars, i) {
            return Some((SecretKind::Code, len));
        }
    }
    password_at(chars, i).map(|len| (SecretKind::Password, len))
}

/// A digit as a Chinese input method may type it: ASCII `0`–`9` or full-width `０`–`９`.
fn digit(c: char) -> Option<u32> {
    match c {
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => c.to_digit(10),
    }
}

fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

/// Digits from `i` on, as values, until the first non-digit.
fn digits_from(chars: &[(usize, char)], i: usize) -> Vec<u32> {
    chars[i..].iter().map_while(|&(_, c)| digit(c)).collect()
}

fn id_number_at(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let digits = digits_from(chars, i);
    if digits.len() < 17 || digits.len() > 18 {
        return None;
    }
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    let expected = b"10X98765432"[(sum % 11) as usize] as char;
    let last = chars.get(i + 17).map(|&(_, c)| match c {
        'ｘ' | 'Ｘ' => 'X',
        c => digit(c).map_or(c.to_ascii_uppercase(), |d| char::from(b'0' + d as u8)),
    })?;
    let after = chars.get(i + 18).map(|&(_, c)| c);
    let ends = after.is_none_or(|c| !c.is_ascii_alphanumeric());
    let shaped = (last == 'X' || last.is_ascii_digit()) && id_shape(&digits);
    ((last == expected || shaped) && ends).then_some(18)
}

/// Whether the first 17 digits read as an identity number: a region code starting 1 to 8 and
/// a date of birth that exists, 1900 to 2099.
fn id_shape(digits: &[u32]) -> bool {
    let number = |range: std::ops::Range<usize>| digits[range].iter().fold(0, |n, d| n * 10 + d);
    let (year, month, day) = (number(6..10), number(10..12), number(12..14));
    let born = i16::try_from(year)
        .ok()
        .zip(i8::try_from(month).ok())
        .zip(i8::try_from(day).ok());
    (1..=8).contains(&digits[0])
        && (1900..=2099).contains(&year)
        && born.is_some_and(|((y, m), d)| jiff::civil::Date::new(y, m, d).is_ok())
}

fn mobile_at(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let plain = digits_from(chars, i);
    if plain.len() == 11 && plain[0] == 1 && (3..=9).contains(&plain[1]) {
        return Some(11);
    }
    // 138 1234 5678 or 138-1234-5678: groups of 3, 4 and 4 with one separator between.
    let text: String = chars[i..chars.len().min(i + 13)]
        .iter()
        .map(|&(_, c)| c)
        .collect();
    let bytes = text.as_bytes();
    let grouped = bytes.len() == 13
        && [3usize, 8].iter().all(|&s| matches!(bytes[s], b' ' | b'-'))
        && bytes[3] == bytes[8]
        && (0..13)
            .filter(|k| *k != 3 && *k != 8)
            .all(|k| bytes[k].is_ascii_digit())
        && bytes[0] == b'1'
        && (b'3'..=b'9').contains(&bytes[1]);
    let after = chars.get(i + 13).map(|&(_, c)| c);
    (grouped && after.is_none_or(|c| !is_digit(c))).then_some(13)
}

/// Words after which 4–6 digits are a code, and how far after them the digits may start.
const CODE_WORDS: [&str; 5] = ["验证码", "校验码", "动态码", "code", "Code"];
const CODE_REACH: usize = 8;

fn code_at(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let len = digits_from(chars, i).len();
    if !(4..=6).contains(&len) {
        return None;
    }
    let before: String = chars[i.saturating_sub(CODE_REACH + 3)..i]
        .iter()
        .map(|&(_, c)| c)
        .collect();
    let near = CODE_WORDS.iter().any(|w| {
        before.rfind(w).is_some_and(|at| {
            let gap = before[at + w.len()..].chars().count();
            gap <= CODE_REACH
        })
    });
    near.then_some(len)
}

/// Words after which the next word is a password.
const PASSWORD_WORDS: [&str; 7] = ["密码", "口令", "password", "passwd", "pwd", "pw", "pass"];

/// At `i`, the length of a password token that follows one of [`PASSWORD_WORDS`] ending
/// right before `i`, with only 是, "is", `:`, `：`, `=` or spaces between (spaces alone only
/// when the token is more than letters).
fn password_at(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let token = chars[i..]
        .iter()
        .take_while(|&&(_, c)| !c.is_whitespace() && !"，。,;；".contains(c))
        .count();
    let starts_token = i == 0 || !chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '是';
    if token < 4 || !starts_token {
        return None;
    }
    let before: String = chars[i.saturating_sub(16)..i]
        .iter()
        .map(|&(_, c)| c)
        .collect::<String>()
        .to_lowercase();
    let lead = before.trim_end_matches([' ', ':', '：', '=', '是']);
    let marked = before[lead.len()..].contains([':', '：', '=', '是']);
    let (lead, marked) = match lead.strip_suffix(" is") {
        Some(rest) => (rest.trim_end(), true),
        None => (lead, marked),
    };
    // With only a space between ("password yesterday"), a plain word is talk about a password;
    // a word with a digit or a symbol in it is taken for one.
    let word = chars[i..i + token].iter().all(|&(_, c)| c.is_alphabetic());
    let follows = PASSWORD_WORDS.iter().any(|w| lead.ends_with(w))
        && lead.len() < before.len()
        && (marked || !word);
    follows.then_some(token)
}

#[cfg(test)]
mod tests;
