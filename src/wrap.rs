//! Line wrapping for mixed Chinese and English text: a line may break between any two CJK
//! characters and at spaces, and an English word stays whole when it fits on a line.

use unicode_width::UnicodeWidthStr;

/// Display width in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps `text` to `max` cells per line; each `\n` starts a new line and blank lines are kept.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    text.split('\n')
        .flat_map(|line| wrap_item(line, max))
        .collect()
}

/// How many lines [`wrap`] gives for `text` at `max` cells, without building them when the text
/// is one line that fits (the common case for a title, measured for every entry of a list).
pub fn height(text: &str, max: usize) -> usize {
    let fits = || tokens(text).iter().map(|t| width(t)).sum::<usize>() <= max.max(1);
    if !text.contains('\n') && list_marker(text).is_empty() && fits() {
        1
    } else {
        wrap(text, max).len()
    }
}

/// A list item's continuation lines are indented under its text, past the `1. ` or `- `.
fn wrap_item(line: &str, max: usize) -> Vec<String> {
    let marker = list_marker(line);
    let indent = width(marker);
    if indent == 0 || indent * 3 > max {
        return wrap_line(line, max);
    }
    let mut lines = wrap_line(&line[marker.len()..], max - indent);
    for (i, l) in lines.iter_mut().enumerate() {
        let prefix = if i == 0 {
            marker.to_string()
        } else {
            " ".repeat(indent)
        };
        l.insert_str(0, &prefix);
    }
    lines
}

/// `used` is the width of `current`, kept as text is added rather than measured again.
fn wrap_line(line: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    for token in tokens(line) {
        let is_space = token.chars().all(char::is_whitespace);
        if is_space && current.is_empty() && !lines.is_empty() {
            continue;
        }
        let token_width = width(token);
        if used + token_width <= max {
            current.push_str(token);
            used += token_width;
            continue;
        }
        if is_space {
            lines.push(std::mem::take(&mut current).trim_end().to_string());
            used = 0;
            continue;
        }
        if !current.is_empty() {
            let carried = carry_for(token, &mut current);
            lines.push(std::mem::take(&mut current).trim_end().to_string());
            current.push_str(&carried);
            used = width(&current);
        }
        for c in token.chars() {
            let mut buf = [0; 4];
            let c = c.encode_utf8(&mut buf);
            let w = width(c);
            if used + w > max && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                used = 0;
            }
            current.push_str(c);
            used += w;
        }
    }
    lines.push(current.trim_end().to_string());
    lines
}

/// Punctuation that may not start a line (避头点): Chinese, and the ASCII closers that follow
/// Chinese words in English text, as in "export (导出)".
const NO_LINE_START: &str = "，。、；：！？）」』》〉】”’…),.;:!?]";

/// When `token` may not start a line, the characters it must follow move down with it: any
/// closing punctuation at the end of `current` and the character before that, or the whole
/// word before it.
fn carry_for(token: &str, current: &mut String) -> String {
    let closes = |c: char| NO_LINE_START.contains(c);
    if !token.chars().next().is_some_and(closes) {
        return String::new();
    }
    let mut carried = Vec::new();
    while let Some(last) = current.pop() {
        carried.push(last);
        if !closes(last) || current.is_empty() {
            break;
        }
    }
    // A word before the closer goes down whole: "2026-11-28）" never breaks inside the date.
    if carried
        .last()
        .is_some_and(|c| !closes(*c) && class(*c) == Class::Word)
    {
        while let Some(c) = current.pop() {
            if class(c) != Class::Word {
                current.push(c);
                break;
            }
            carried.push(c);
        }
    }
    if current.is_empty() {
        current.extend(carried.iter().rev());
        return String::new();
    }
    carried.iter().rev().collect()
}

/// Splits a line where it may break: runs of spaces, runs of other non-wide characters
/// (words), and each wide character on its own.
fn tokens(line: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut kind = None;
    for (i, c) in line.char_indices() {
        let k = class(c);
        if Some(k) != kind || k == Class::Wide {
            if i > start {
                tokens.push(&line[start..i]);
            }
            start = i;
            kind = Some(k);
        }
    }
    if start < line.len() {
        tokens.push(&line[start..]);
    }
    tokens
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Wide,
    Word,
}

fn class(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) >= 2 {
        Class::Wide
    } else {
        Class::Word
    }
}

/// Joins the lines of each paragraph so the text can be wrapped to any width: checklist
/// files break long lines by hand. Blank lines and numbered or dashed list items stay as
/// they are. Chinese joins without a space, English with one.
pub fn reflow(text: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<&str> = None;
    for line in text.trim_matches('\n').split('\n') {
        let line = line.trim_end();
        match previous {
            None => {}
            Some(prev) if prev.is_empty() || line.is_empty() || starts_list_item(line) => {
                out.push('\n')
            }
            Some(prev) => {
                let wide_end = prev.chars().last().is_some_and(|c| class(c) == Class::Wide);
                let wide_start = line.chars().next().is_some_and(|c| class(c) == Class::Wide);
                if !(wide_end || wide_start) {
                    out.push(' ');
                }
            }
        }
        out.push_str(
            if previous.is_some_and(|p| !p.is_empty()) && !starts_list_item(line) {
                line.trim_start()
            } else {
                line
            },
        );
        previous = Some(line);
    }
    out
}

/// `1. `, `12、`, `- `: a line that begins an item of a list.
fn starts_list_item(line: &str) -> bool {
    !list_marker(line).is_empty()
}

/// The `1. `, `12、` or `- ` that starts a list item, or "".
fn list_marker(line: &str) -> &str {
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = line.len() - rest.len();
    if digits > 0 && rest.starts_with(". ") {
        &line[..digits + 2]
    } else if digits > 0 && rest.starts_with('、') {
        &line[..digits + '、'.len_utf8()]
    } else if line.starts_with("- ") {
        &line[..2]
    } else {
        ""
    }
}

/// Cuts lines to at most `n`, ending the last kept one with "..." when something was cut.
pub fn clip(mut lines: Vec<String>, n: usize, max: usize) -> Vec<String> {
    if lines.len() <= n {
        return lines;
    }
    lines.truncate(n);
    if let Some(last) = lines.last_mut() {
        while width(last) + 3 > max && last.pop().is_some() {}
        last.push_str("...");
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn height_counts_the_lines_wrap_gives() {
        let texts = [
            "",
            "Back up your notes",
            "备份笔记、照片和评论，然后再注销",
            "ends in spaces   ",
            "  starts with spaces",
            "1. a numbered item that is long enough to wrap",
            "- a dashed item",
            "two\nlines",
            "看 App，再看设置。",
            "a-very-long-word-that-cannot-break-anywhere-at-all",
        ];
        for text in texts {
            for max in 0..40 {
                assert_eq!(
                    height(text, max),
                    wrap(text, max).len(),
                    "{text:?} at {max}"
                );
            }
        }
    }

    #[test]
    fn chinese_breaks_between_characters_and_keeps_english_words_whole() {
        let lines = wrap("这个向导陪你注销小红书 / rednote 账号：为什么注销", 20);
        assert_eq!(
            lines,
            ["这个向导陪你注销小红", "书 / rednote 账号：", "为什么注销"]
        );
        assert!(lines.iter().all(|l| width(l) <= 20));
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        assert_eq!(wrap("一二三四，五", 8), ["一二三", "四，五"]);
        assert_eq!(wrap("一二三（四）。", 10), ["一二三（", "四）。"]);
        assert_eq!(
            wrap("like export (导出), or", 18),
            ["like export (导", "出), or"]
        );
        assert_eq!(
            wrap("格式 YYYY-MM-DD，例如 2026-11-28）", 32),
            ["格式 YYYY-MM-DD，例如", "2026-11-28）"],
            "a word before a closer goes down whole"
        );
    }

    #[test]
    fn list_items_hang_under_their_text() {
        assert_eq!(
            wrap("1. one two three", 9),
            ["1. one", "   two", "   three"]
        );
        assert_eq!(wrap("- 一二三四五", 8), ["- 一二三", "  四五"]);
    }

    #[test]
    fn english_wraps_at_spaces() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
    }

    #[test]
    fn a_word_longer_than_the_line_is_split() {
        assert_eq!(
            wrap("https://example.com/long", 10),
            ["https://ex", "ample.com/", "long"]
        );
    }

    #[test]
    fn newlines_and_blank_lines_are_kept() {
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
    }

    #[test]
    fn reflow_joins_hand_broken_lines_but_keeps_paragraphs_and_lists() {
        let text = "第一行\n接着写。\n\nOne line\ngoes on.\n1. first\n   more\n2. second";
        assert_eq!(
            reflow(text),
            "第一行接着写。\n\nOne line goes on.\n1. first more\n2. second"
        );
        assert_eq!(
            reflow("看 App\nand more"),
            "看 Appand more".replace("Appand", "App and")
        );
        assert_eq!(reflow("设置\nSettings"), "设置Settings");
    }

    #[test]
    fn clip_marks_what_was_cut() {
        let lines = vec!["abcdef".to_string(), "ghi".to_string()];
        assert_eq!(clip(lines.clone(), 1, 6), ["abc..."]);
        assert_eq!(clip(lines, 2, 6), ["abcdef", "ghi"]);
    }
}
