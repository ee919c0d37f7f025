//! The wizard's ratatui backend: writes the cells `Terminal` finds changed in runs that follow
//! each character's width, and keeps the terminal's style and cursor between frames.
//!
//! ratatui's crossterm backend moves the cursor before every changed cell that does not follow
//! the last one, after every wide (CJK) character, and resets the style after every frame; on
//! Chinese text a cursor move cost three times the bytes. Here a short gap of unchanged cells in
//! the current style is written again rather than jumped over, the cursor follows wide
//! characters, the style (the pen) stays set across frames, and the half of a wide character
//! that a terminal erases when the other half is overwritten is written again.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, IntoCrossterm, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::cursor::{Hide, MoveTo, Show};
use ratatui::crossterm::queue;
use ratatui::crossterm::style::{Attribute, Colors, SetAttribute, SetColors, SetUnderlineColor};
use ratatui::crossterm::terminal::{Clear, ClearType as Erase};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier};

/// Unchanged cells up to this many are written again rather than jumped over: a jump
/// (`ESC[row;colH`) costs up to eight bytes.
const MAX_GAP: u16 = 6;

/// A terminal reached through a writer, such as a buffered standard output.
pub struct RunBackend<W: Write> {
    out: W,
    /// The size the program last learnt from the terminal (at start and from resize events),
    /// so a frame costs no system call and a vanished terminal no `tput` fallback.
    size: Size,
    /// What the terminal shows, as this backend wrote it.
    shown: Buffer,
    pen: Pen,
    /// Where the terminal's cursor is; none when unknown (after a clear).
    cursor: Option<Position>,
    /// A cell that the terminal erased because the last write covered the other half of the
    /// wide character it belonged to; it is at the cursor.
    damaged: Option<Position>,
    cursor_hidden: Option<bool>,
}

impl<W: Write> RunBackend<W> {
    /// A backend for a terminal of `width` x `height` cells whose content is not known: draw
    /// after `Terminal::clear`.
    pub fn new(out: W, width: u16, height: u16) -> RunBackend<W> {
        let size = Size::new(width, height);
        RunBackend {
            out,
            size,
            shown: Buffer::empty(Rect::from((Position::ORIGIN, size))),
            pen: Pen::default(),
            cursor: None,
            damaged: None,
            cursor_hidden: None,
        }
    }

    /// Records the terminal's new size, as a resize event reports it; the next draw clears
    /// the screen and writes the frame whole.
    pub fn set_size(&mut self, width: u16, height: u16) {
        self.size = Size::new(width, height);
    }

    /// The writer, e.g. to read what a test backend wrote.
    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// Writes `cell` at `at`, where the cursor is, and notes the cell it erased, if any.
    fn print(&mut self, at: Position, cell: &Cell) -> io::Result<()> {
        let w = width(cell).max(1);
        let right = self.shown.area.right();
        let last = Position::new((at.x + w - 1).min(right - 1), at.y);
        let erases_next = width(&self.shown[last]) == 2 && at.x + w < right;
        self.damaged = erases_next.then_some(Position::new(at.x + w, at.y));
        self.pen.take_style_of(&mut self.out, cell)?;
        self.out.write_all(cell.symbol().as_bytes())?;
        self.shown[at] = cell.clone();
        for x in at.x + 1..(at.x + w).min(right) {
            self.shown[(x, at.y)] = Cell::EMPTY;
        }
        self.cursor = Some(Position::new(at.x + w, at.y));
        Ok(())
    }

    /// Writes the erased cell again, with what the frame has there (it did not change).
    fn repair(&mut self) -> io::Result<()> {
        while let Some(at) = self.damaged.take() {
            let cell = self.shown[at].clone();
            self.print(at, &cell)?;
        }
        Ok(())
    }

    /// Writes the unchanged cells from the cursor up to `to` when they are few, each is a whole
    /// character and all are in the pen's style. True when the cursor is now at `to`.
    fn fill_gap(&mut self, to: Position) -> io::Result<bool> {
        let Some(from) = self.cursor.filter(|c| c.y == to.y && c.x < to.x) else {
            return Ok(false);
        };
        if to.x - from.x > MAX_GAP {
            return Ok(false);
        }
        let mut cells = Vec::new();
        let mut x = from.x;
        while x < to.x {
            let cell = &self.shown[(x, to.y)];
            let w = width(cell);
            x += w.max(1);
            if w == 0 || x > to.x || !self.pen.draws(cell) {
                return Ok(false);
            }
            cells.push(cell.symbol());
        }
        for symbol in cells {
            self.out.write_all(symbol.as_bytes())?;
        }
        self.cursor = Some(to);
        Ok(true)
    }
}

impl<W: Write> Backend for RunBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        for (x, y, cell) in content {
            let here = Position::new(x, y);
            if !self.shown.area.contains(here) {
                continue;
            }
            if self.cursor != Some(here) {
                self.repair()?;
            }
            if self.cursor != Some(here) && !self.fill_gap(here)? {
                queue!(self.out, MoveTo(x, y))?;
            }
            self.print(here, cell)?;
        }
        self.repair()
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(true) {
            queue!(self.out, Hide)?;
            self.cursor_hidden = Some(true);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(false) {
            queue!(self.out, Show)?;
            self.cursor_hidden = Some(false);
        }
        Ok(())
    }

    /// Where this backend last left the cursor (the top left when unknown): asking the
    /// terminal would mean reading its answer from the input.
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor.unwrap_or(Position::ORIGIN))
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        self.repair()?;
        if self.cursor != Some(position) {
            queue!(self.out, MoveTo(position.x, position.y))?;
            self.cursor = Some(position);
        }
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    /// Clears the whole screen in the default style; the other regions are not used by a
    /// full-screen program and are refused.
    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        if clear_type != ClearType::All {
            return Err(io::Error::other(format!(
                "clearing {clear_type} is not supported"
            )));
        }
        if self.pen != Pen::default() {
            queue!(self.out, SetAttribute(Attribute::Reset))?;
            self.pen = Pen::default();
        }
        queue!(self.out, Clear(Erase::All))?;
        // The same size keeps the buffer: a fresh one costs page faults, at start above all.
        let area = Rect::from((Position::ORIGIN, self.size));
        if self.shown.area == area {
            self.shown.reset();
        } else {
            self.shown = Buffer::empty(area);
        }
        self.cursor = None;
        // Whether the terminal shows its cursor is not known either: a clear follows taking the
        // terminal back (at start, after Ctrl-Z and `fg`), and what was written in between
        // (the restore shows the cursor) bypassed this backend.
        self.cursor_hidden = None;
        self.damaged = None;
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
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
            let color = cell.underline_color.into_crossterm();
            queue!(out, SetUnderlineColor(color))?;
            self.underline = cell.underline_color;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::style::Style;

    type Cells<'a> = &'a [(u16, &'a str, Style)];

    fn paint(terminal: &mut Terminal<RunBackend<Vec<u8>>>, cells: Cells) {
        terminal
            .draw(|frame| {
                for (x, text, style) in cells {
                    frame.buffer_mut().set_string(*x, 0, text, *style);
                }
            })
            .unwrap();
    }

    fn terminal(width: u16) -> Terminal<RunBackend<Vec<u8>>> {
        let mut terminal = Terminal::new(RunBackend::new(Vec::new(), width, 1)).unwrap();
        terminal.clear().unwrap();
        terminal
    }

    fn written(terminal: &mut Terminal<RunBackend<Vec<u8>>>) -> String {
        let out = std::mem::take(terminal.backend_mut().writer_mut());
        String::from_utf8(out).unwrap()
    }

    /// The bytes written to go from a frame with `before` on row 0 to one with `after`.
    fn bytes(before: Cells, after: Cells) -> String {
        let mut terminal = terminal(20);
        paint(&mut terminal, before);
        written(&mut terminal);
        paint(&mut terminal, after);
        written(&mut terminal)
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
    fn the_pen_is_kept_from_one_frame_to_the_next() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let out = bytes(&[(0, "a", bold)], &[(0, "b", bold)]);
        assert_eq!(out, "\x1b[1;1Hb");
    }

    #[test]
    fn the_first_frame_is_written_against_the_cleared_screen_and_hides_the_cursor() {
        let mut terminal = terminal(20);
        assert_eq!(written(&mut terminal), "\x1b[2J\x1b[1;1H");
        paint(&mut terminal, &[(1, "abc", PLAIN)]);
        assert_eq!(
            written(&mut terminal),
            " abc\x1b[?25l",
            "a one-cell gap is written"
        );
        paint(&mut terminal, &[(1, "abc", PLAIN)]);
        assert_eq!(written(&mut terminal), "");
    }

    #[test]
    fn a_new_size_clears_the_screen_and_writes_the_frame_whole() {
        let mut terminal = terminal(20);
        paint(&mut terminal, &[(1, "abc", PLAIN)]);
        written(&mut terminal);
        terminal.backend_mut().set_size(10, 1);
        paint(&mut terminal, &[(1, "abc", PLAIN)]);
        assert_eq!(
            written(&mut terminal),
            "\x1b[2J\x1b[2J\x1b[1;2Habc\x1b[?25l"
        );
    }

    #[test]
    fn turning_a_modifier_off_resets_then_sets_the_rest() {
        let bold = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
        let out = bytes(&[(0, "x", PLAIN)], &[(0, "a", bold), (1, "b", PLAIN)]);
        assert_eq!(out, "\x1b[1;1H\x1b[1m\x1b[7ma\x1b[0mb");
    }

    #[test]
    fn a_clear_forgets_the_cursor_s_visibility_so_the_next_frame_hides_it_again() {
        let mut terminal = terminal(20);
        paint(&mut terminal, &[(0, "a", PLAIN)]);
        assert!(written(&mut terminal).ends_with("\x1b[?25l"));
        terminal.clear().unwrap();
        paint(&mut terminal, &[(0, "a", PLAIN)]);
        assert!(
            written(&mut terminal).ends_with("\x1b[?25l"),
            "hidden again"
        );
    }

    #[test]
    fn a_clear_resets_the_style_first() {
        let mut terminal = terminal(20);
        paint(&mut terminal, &[(0, "a", Style::new().fg(Color::Red))]);
        written(&mut terminal);
        terminal.clear().unwrap();
        assert!(written(&mut terminal).starts_with("\x1b[0m\x1b[2J"));
    }
}
