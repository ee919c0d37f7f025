//! The terminal screen: the frame shown, the frame being drawn, and the bytes that take the
//! terminal from one to the other.
//!
//! This replaces ratatui's `Terminal` and crossterm backend for the wizard. Those jump the
//! cursor across every unchanged cell and after every wide (CJK) character, so on Chinese text a
//! cursor move cost twice the bytes; and putting a joining layer between them meant a third copy
//! of the screen plus two copies of every changed cell, which showed in start-up time and peak
//! memory. Here the changed cells are written in runs straight from the new frame: the cursor
//! follows each character's width, and a short gap of unchanged cells in the current style is
//! written again rather than jumped over.

use std::io::{self, Write};

use ratatui::backend::IntoCrossterm;
use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::queue;
use ratatui::crossterm::style::{Attribute, Colors, SetAttribute, SetColors, SetUnderlineColor};
use ratatui::crossterm::terminal::{Clear, ClearType};
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier};

/// Unchanged cells up to this many are written again rather than jumped over: a jump
/// (`ESC[row;colH`) costs up to eight bytes.
const MAX_GAP: u16 = 6;

/// A terminal that the program draws whole frames on.
pub struct Screen<W: Write> {
    out: W,
    /// What the terminal shows; none until the first frame, and after a resize.
    shown: Option<Buffer>,
    /// The last frame but one, reused for the next so a key press allocates nothing.
    spare: Option<Buffer>,
}

impl<W: Write> Screen<W> {
    /// A screen whose content is not known yet: the first frame clears the terminal.
    pub fn new(out: W) -> Screen<W> {
        Screen {
            out,
            shown: None,
            spare: None,
        }
    }

    /// Renders a frame of `area`, the terminal's whole size, and writes what changed. A new
    /// size clears the terminal first, since terminals reflow or drop content on resize. The
    /// first frame is written against the cleared screen, so it needs only its own buffer.
    pub fn draw(&mut self, area: Rect, render: impl FnOnce(Rect, &mut Buffer)) -> io::Result<()> {
        let mut next = match self.spare.take() {
            Some(mut buffer) if buffer.area == area => {
                buffer.reset();
                buffer
            }
            _ => Buffer::empty(area),
        };
        render(area, &mut next);
        match self.shown.take() {
            Some(shown) if shown.area == area => {
                write_changes(&mut self.out, shown.diff_iter(&next), Some(&shown), &next)?;
                self.spare = Some(shown);
            }
            _ => {
                queue!(self.out, Clear(ClearType::All))?;
                write_changes(&mut self.out, against_blank(&next), None, &next)?;
            }
        }
        self.out.flush()?;
        self.shown = Some(next);
        Ok(())
    }
}

/// The cells of `next` that a cleared screen does not already show. Like ratatui's diff, the
/// cells a wide character covers are skipped: the character's own write fills them.
fn against_blank(next: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let columns = usize::from(next.area.width.max(1));
    let (left, top) = (usize::from(next.area.x), usize::from(next.area.y));
    let blank = Cell::EMPTY;
    let mut covered = 0;
    next.content
        .iter()
        .enumerate()
        .filter_map(move |(i, cell)| {
            if covered > 0 {
                covered -= 1;
                return None;
            }
            if *cell == blank {
                return None;
            }
            covered = width(cell).saturating_sub(1);
            let x = (left + i % columns) as u16;
            let y = (top + i / columns) as u16;
            Some((x, y, cell))
        })
}

/// Writes `changes`, the cells of `next` that differ from `shown`, joined into runs.
fn write_changes<'a>(
    out: &mut impl Write,
    changes: impl Iterator<Item = (u16, u16, &'a Cell)>,
    shown: Option<&Buffer>,
    next: &Buffer,
) -> io::Result<()> {
    let mut pen = Pen::default();
    let mut cursor: Option<Position> = None;
    for (x, y, cell) in changes {
        let here = Position { x, y };
        if let Some(at) = cursor
            && at != here
        {
            cursor = Some(repair(out, shown, next, at, &mut pen)?);
        }
        if cursor != Some(here) {
            let filled = match cursor {
                Some(from) if from.y == y => fill_gap(out, next, from, x, &pen)?,
                _ => false,
            };
            if !filled {
                queue!(out, MoveTo(x, y))?;
            }
        }
        cursor = Some(print(out, here, cell, &mut pen)?);
    }
    if let Some(at) = cursor {
        repair(out, shown, next, at, &mut pen)?;
    }
    if pen != Pen::default() {
        queue!(out, SetAttribute(Attribute::Reset))?;
    }
    Ok(())
}

/// Writes `cell` at the cursor, which is at `at`; returns where the cursor is after it.
fn print(out: &mut impl Write, at: Position, cell: &Cell, pen: &mut Pen) -> io::Result<Position> {
    pen.take_style_of(out, cell)?;
    out.write_all(cell.symbol().as_bytes())?;
    Ok(Position {
        x: at.x + width(cell).max(1),
        y: at.y,
    })
}

/// A terminal that gets a character over either half of a wide one erases the whole wide
/// character. When the last write ended on the first half of a wide character that `shown`
/// has, the terminal now shows a blank in an unknown style at the cursor: the cell of `next`
/// is written there again. Returns where the cursor is.
fn repair(
    out: &mut impl Write,
    shown: Option<&Buffer>,
    next: &Buffer,
    mut at: Position,
    pen: &mut Pen,
) -> io::Result<Position> {
    let Some(shown) = shown else {
        return Ok(at);
    };
    while at.x > 0 && at.x < shown.area.right() && width(&shown[(at.x - 1, at.y)]) == 2 {
        at = print(out, at, &next[at], pen)?;
    }
    Ok(at)
}

/// Writes the unchanged cells from `from` up to column `to` when there are few of them, each
/// is a whole character, and all are in the pen's style; otherwise writes nothing. True when
/// the cursor is now at `to`.
fn fill_gap(
    out: &mut impl Write,
    next: &Buffer,
    from: Position,
    to: u16,
    pen: &Pen,
) -> io::Result<bool> {
    if from.x >= to || to - from.x > MAX_GAP {
        return Ok(false);
    }
    let gap = || {
        let mut x = from.x;
        std::iter::from_fn(move || {
            let cell = next.cell((x, from.y)).filter(|_| x < to)?;
            let w = width(cell);
            x += w.max(1);
            Some((cell, w > 0 && x <= to))
        })
    };
    if !gap().all(|(cell, whole)| whole && pen.draws(cell)) {
        return Ok(false);
    }
    for (cell, _) in gap() {
        out.write_all(cell.symbol().as_bytes())?;
    }
    Ok(true)
}

fn width(cell: &Cell) -> u16 {
    crate::wrap::width(cell.symbol()) as u16
}

/// The style the terminal writes in, as last set.
#[derive(Debug, Default, PartialEq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

/// Each modifier with the attribute that turns it on. Turning one off resets all attributes
/// and sets the remaining ones again: shorter to write than each attribute's own "off".
const ATTRIBUTES: [(Modifier, Attribute); 9] = [
    (Modifier::BOLD, Attribute::Bold),
    (Modifier::DIM, Attribute::Dim),
    (Modifier::ITALIC, Attribute::Italic),
    (Modifier::UNDERLINED, Attribute::Underlined),
    (Modifier::SLOW_BLINK, Attribute::SlowBlink),
    (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    (Modifier::REVERSED, Attribute::Reverse),
    (Modifier::HIDDEN, Attribute::Hidden),
    (Modifier::CROSSED_OUT, Attribute::CrossedOut),
];

impl Pen {
    fn draws(&self, cell: &Cell) -> bool {
        self.fg == cell.fg
            && self.bg == cell.bg
            && self.underline == cell.underline_color
            && self.modifier == cell.modifier
    }

    /// Writes the escapes that change the pen to the style of `cell`.
    fn take_style_of(&mut self, out: &mut impl Write, cell: &Cell) -> io::Result<()> {
        if self.draws(cell) {
            return Ok(());
        }
        if !(self.modifier - cell.modifier).is_empty() {
            queue!(out, SetAttribute(Attribute::Reset))?;
            *self = Pen::default();
        }
        for (modifier, attribute) in ATTRIBUTES {
            if cell.modifier.contains(modifier) && !self.modifier.contains(modifier) {
                queue!(out, SetAttribute(attribute))?;
            }
        }
        self.modifier = cell.modifier;
        if self.fg != cell.fg || self.bg != cell.bg {
            let colors = Colors::new(cell.fg.into_crossterm(), cell.bg.into_crossterm());
            queue!(out, SetColors(colors))?;
            self.fg = cell.fg;
            self.bg = cell.bg;
        }
        if self.underline != cell.underline_color {
            queue!(
                out,
                SetUnderlineColor(cell.underline_color.into_crossterm())
            )?;
            self.underline = cell.underline_color;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    /// The bytes written to go from a frame with `before` on row 0 to one with `after`.
    fn bytes(before: &[(u16, &str, Style)], after: &[(u16, &str, Style)]) -> String {
        let mut screen = Screen::new(Vec::new());
        let area = Rect::new(0, 0, 20, 1);
        let paint = |cells: &[(u16, &str, Style)], buf: &mut Buffer| {
            for (x, text, style) in cells {
                buf.set_string(*x, 0, text, *style);
            }
        };
        screen.draw(area, |_, buf| paint(before, buf)).unwrap();
        screen.out.clear();
        screen.draw(area, |_, buf| paint(after, buf)).unwrap();
        String::from_utf8(screen.out).unwrap()
    }

    const PLAIN: Style = Style::new();

    #[test]
    fn a_short_gap_in_the_same_style_is_written_again() {
        let out = bytes(&[(0, "abcde", PLAIN)], &[(0, "AbcdE", PLAIN)]);
        assert_eq!(out, "\x1b[1;1HAbcdE");
    }

    #[test]
    fn a_long_gap_or_one_in_another_style_is_jumped() {
        let out = bytes(&[(0, "abcdefghij", PLAIN)], &[(0, "AbcdefghiJ", PLAIN)]);
        assert_eq!(out, "\x1b[1;1HA\x1b[1;10HJ");
        let red = Style::new().fg(Color::Red);
        let out = bytes(
            &[(0, "a", PLAIN), (1, "b", red), (2, "c", PLAIN)],
            &[(0, "A", PLAIN), (1, "b", red), (2, "C", PLAIN)],
        );
        assert_eq!(out, "\x1b[1;1HA\x1b[1;3HC");
    }

    #[test]
    fn a_wide_character_moves_the_cursor_two_columns() {
        let out = bytes(&[(0, "书x", PLAIN)], &[(0, "书y", PLAIN)]);
        assert_eq!(out, "\x1b[1;3Hy");
        let out = bytes(&[(0, "ab", PLAIN)], &[(0, "书x", PLAIN)]);
        assert_eq!(out, "\x1b[1;1H书x");
    }

    #[test]
    fn the_half_of_a_wide_character_a_write_erases_is_written_again() {
        let reverse = Style::new().add_modifier(Modifier::REVERSED);
        let out = bytes(&[(0, "书", PLAIN)], &[(0, "a", reverse)]);
        assert_eq!(out, "\x1b[1;1H\x1b[7ma\x1b[0m ");
        let out = bytes(&[(1, "书", PLAIN)], &[(0, "中", reverse)]);
        assert_eq!(out, "\x1b[1;1H\x1b[7m中\x1b[0m ");
    }

    #[test]
    fn the_first_frame_and_a_new_size_clear_the_screen_and_write_everything_shown() {
        let mut screen = Screen::new(Vec::new());
        let abc = |_: Rect, buf: &mut Buffer| {
            buf.set_string(1, 0, "abc", PLAIN);
        };
        screen.draw(Rect::new(0, 0, 20, 1), abc).unwrap();
        assert_eq!(String::from_utf8_lossy(&screen.out), "\x1b[2J\x1b[1;2Habc");
        screen.out.clear();
        screen.draw(Rect::new(0, 0, 20, 1), abc).unwrap();
        assert_eq!(String::from_utf8_lossy(&screen.out), "");
        screen.draw(Rect::new(0, 0, 10, 1), abc).unwrap();
        assert_eq!(String::from_utf8_lossy(&screen.out), "\x1b[2J\x1b[1;2Habc");
    }

    #[test]
    fn the_first_frame_skips_the_cells_a_wide_character_covers() {
        let mut screen = Screen::new(Vec::new());
        let covered = |_: Rect, buf: &mut Buffer| {
            buf.set_string(0, 0, "书", PLAIN);
            buf[(1, 0)].set_symbol("x");
        };
        screen.draw(Rect::new(0, 0, 4, 1), covered).unwrap();
        assert_eq!(String::from_utf8_lossy(&screen.out), "\x1b[2J\x1b[1;1H书");
    }

    #[test]
    fn turning_a_modifier_off_resets_and_the_frame_ends_in_the_default_style() {
        let bold = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
        let out = bytes(&[], &[(0, "a", bold), (1, "b", PLAIN)]);
        assert_eq!(out, "\x1b[1;1H\x1b[1m\x1b[7ma\x1b[0mb");
    }
}
