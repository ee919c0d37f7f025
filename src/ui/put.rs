//! Writing lines of text into the buffer: ratatui's `Buffer::set_line`, with a fast path for
//! the text this program shows most (ASCII and Chinese), where every character is a grapheme
//! of its own. Splitting text into graphemes was a sixth of the work before the first frame.

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::Line;

/// Writes `line` at `x`, `y`, at most `max_width` cells wide; the same cells as
/// `Buffer::set_line`. Returns the column after the last cell written.
pub fn line(buf: &mut Buffer, x: u16, y: u16, line: &Line, max_width: u16) -> u16 {
    let mut x = x;
    let mut remaining = max_width;
    for span in line {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let end = string(buf, x, y, &span.content, remaining, style);
        remaining = remaining.saturating_sub(end.saturating_sub(x));
        x = end;
    }
    x
}

/// `Buffer::set_stringn` for one span; the column after the last cell written.
fn string(buf: &mut Buffer, x: u16, y: u16, text: &str, max_width: u16, style: Style) -> u16 {
    let Some(widths) = simple_widths(text) else {
        return buf.set_stringn(x, y, text, usize::from(max_width), style).0;
    };
    let mut remaining = buf.area.right().saturating_sub(x).min(max_width);
    let mut x = x;
    for (c, width) in text.chars().zip(widths) {
        let Some(left) = remaining.checked_sub(width) else {
            break;
        };
        remaining = left;
        let mut bytes = [0; 4];
        buf[(x, y)]
            .set_symbol(c.encode_utf8(&mut bytes))
            .set_style(style);
        for covered in x + 1..x + width {
            buf[(covered, y)].reset();
        }
        x += width;
    }
    x
}

/// The width of each character when every one is a grapheme of its own with a width of one
/// or two cells: none joins, combines or is a control. `None` for any other text.
fn simple_widths(text: &str) -> Option<impl Iterator<Item = u16> + '_> {
    let width = |c: char| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) as u16;
    let simple = text
        .chars()
        .all(|c| is_simple(c) && matches!(width(c), 1 | 2));
    simple.then(|| text.chars().map(width))
}

/// Printable ASCII, CJK ideographs, CJK and general punctuation, and fullwidth forms: each
/// breaks from its neighbours as a grapheme and is one or two cells wide.
fn is_simple(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{2010}'..='\u{2027}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{303e}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ff01}'..='\u{ff60}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::buffer::Cell;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    /// Characters from the fast path's ranges and from outside them: combining marks, a
    /// zero-width joiner, emoji, Hangul jamo, a tab, and a variation selector.
    fn character() -> impl Strategy<Value = char> {
        prop_oneof![
            8 => proptest::char::range(' ', '~'),
            8 => proptest::char::range('\u{4e00}', '\u{4e40}'),
            4 => proptest::char::range('\u{2010}', '\u{2030}'),
            4 => proptest::char::range('\u{3000}', '\u{3040}'),
            2 => proptest::char::range('\u{ff01}', '\u{ff70}'),
            1 => proptest::sample::select(vec![
                '\u{301}', '\u{200d}', '😀', '\u{1100}', '\u{1161}', '\t', '\u{fe0f}', 'é'
            ]),
        ]
    }

    fn spans() -> impl Strategy<Value = Vec<(String, bool)>> {
        let text = proptest::collection::vec(character(), 0..12)
            .prop_map(|cs| cs.into_iter().collect::<String>());
        proptest::collection::vec((text, any::<bool>()), 0..4)
    }

    proptest! {
        #[test]
        fn writes_the_same_cells_as_set_line(
            spans in spans(),
            x in 0u16..12,
            max_width in 0u16..24,
        ) {
            let line = Line::from(
                spans
                    .into_iter()
                    .map(|(text, bold)| {
                        let style = if bold { Style::new().add_modifier(Modifier::BOLD) } else { Style::new() };
                        Span::styled(text, style)
                    })
                    .collect::<Vec<_>>(),
            )
            .style(Style::new().fg(Color::Yellow));
            let area = Rect::new(0, 0, 16, 1);
            let mut before = Cell::new("x");
            before.set_bg(Color::Red);
            let mut ours = Buffer::filled(area, before.clone());
            let mut theirs = Buffer::filled(area, before);
            let end = super::line(&mut ours, x, 0, &line, max_width);
            let (their_end, _) = theirs.set_line(x, 0, &line, max_width);
            prop_assert_eq!(ours, theirs);
            prop_assert_eq!(end, their_end);
        }
    }
}
