//! The terminal backend: crossterm, with the changed cells of a frame joined into runs so the
//! terminal gets fewer cursor jumps. ratatui's crossterm backend jumps after every wide (CJK)
//! character and across every unchanged cell; on Chinese text a cursor move cost twice the
//! bytes.

use std::io;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};

/// Unchanged cells up to this many are written again rather than jumped over: a jump
/// (`ESC[row;colH`) costs up to eight bytes.
const MAX_GAP: u16 = 6;

/// Wraps a backend, remembering what the screen shows so short gaps between changed cells
/// can be filled with what is already there.
pub struct Joining<B> {
    inner: B,
    screen: Buffer,
    /// ratatui hides the cursor after every frame; once is enough.
    cursor_hidden: bool,
}

impl<B: Backend> Joining<B> {
    pub fn new(inner: B) -> Joining<B> {
        Joining {
            inner,
            screen: Buffer::empty(Rect::ZERO),
            cursor_hidden: false,
        }
    }

    /// The changed cells, with short same-style gaps filled from the screen and each wide
    /// character followed by an empty cell, so that consecutive cells stay contiguous.
    fn joined(&mut self, changed: Vec<(u16, u16, Cell)>) -> Vec<(u16, u16, Cell)> {
        let mut out: Vec<(u16, u16, Cell)> = Vec::with_capacity(changed.len());
        let mut end: Option<(u16, u16)> = None;
        for (i, (x, y, cell)) in changed.iter().enumerate() {
            if let Some((ex, ey)) = end
                && ey == *y
                && ex < *x
                && *x - ex <= MAX_GAP
            {
                self.fill(&mut out, ex, *x, *y);
            }
            out.push((*x, *y, cell.clone()));
            let width = symbol_width(cell);
            let next_is_neighbour = changed
                .get(i + 1)
                .is_some_and(|n| n.1 == *y && n.0 == x + 1);
            if width == 2 && !next_is_neighbour {
                out.push((x + 1, *y, continuation(cell)));
            }
            end = Some((x + width.max(1), *y));
        }
        out
    }

    /// Appends the screen's cells from `from` to `to` on row `y` when they are all known and
    /// share the style of the last cell written; otherwise leaves the jump.
    fn fill(&self, out: &mut Vec<(u16, u16, Cell)>, from: u16, to: u16, y: u16) {
        let Some((_, _, last)) = out.last() else {
            return;
        };
        let mut cells = Vec::new();
        let mut x = from;
        while x < to {
            let Some(cell) = self.screen.cell((x, y)) else {
                return;
            };
            let width = symbol_width(cell);
            if width == 0 || x + width > to || !same_style(cell, last) {
                return;
            }
            cells.push((x, y, cell.clone()));
            if width == 2 {
                cells.push((x + 1, y, continuation(cell)));
            }
            x += width;
        }
        out.extend(cells);
    }

    /// Records what the terminal shows after `cells` are written. A cell written over half of
    /// a wide character erases the other half too; that half becomes unknown (an empty
    /// symbol), and `fill` never writes an unknown cell.
    fn remember(&mut self, cells: &[(u16, u16, Cell)]) {
        for (x, y, cell) in cells {
            if cell.symbol().is_empty() {
                continue;
            }
            let (x, y) = (*x, *y);
            let end = x + symbol_width(cell).max(1);
            if x > 0 && self.is_continuation(x, y) {
                self.forget_cell(x - 1, y);
            }
            if self
                .screen
                .cell((end - 1, y))
                .is_some_and(|c| symbol_width(c) == 2)
            {
                self.forget_cell(end, y);
            }
            if let Some(slot) = self.screen.cell_mut((x, y)) {
                *slot = cell.clone();
            }
            if end == x + 2
                && let Some(slot) = self.screen.cell_mut((x + 1, y))
            {
                *slot = continuation(cell);
            }
        }
    }

    fn is_continuation(&self, x: u16, y: u16) -> bool {
        self.screen
            .cell((x, y))
            .is_some_and(|c| c.symbol().is_empty())
    }

    fn forget_cell(&mut self, x: u16, y: u16) {
        if let Some(slot) = self.screen.cell_mut((x, y)) {
            slot.set_symbol("");
        }
    }

    fn forget_screen(&mut self) -> Result<(), B::Error> {
        let size = self.inner.size()?;
        self.screen = Buffer::empty(Rect::new(0, 0, size.width, size.height));
        Ok(())
    }
}

fn symbol_width(cell: &Cell) -> u16 {
    crate::wrap::width(cell.symbol()) as u16
}

/// The empty cell that follows a wide character: it prints nothing and keeps the style.
fn continuation(cell: &Cell) -> Cell {
    let mut next = cell.clone();
    next.set_symbol("");
    next
}

fn same_style(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.modifier == b.modifier
        && a.underline_color == b.underline_color
}

impl<B: Backend> Backend for Joining<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let size = self.inner.size()?;
        if self.screen.area != Rect::new(0, 0, size.width, size.height) {
            self.forget_screen()?;
        }
        let changed: Vec<(u16, u16, Cell)> = content.map(|(x, y, c)| (x, y, c.clone())).collect();
        let cells = self.joined(changed);
        self.remember(&cells);
        self.inner.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        if !self.cursor_hidden {
            self.inner.hide_cursor()?;
            self.cursor_hidden = true;
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.cursor_hidden = false;
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        self.forget_screen()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        self.forget_screen()
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

impl<B> Joining<B> {
    /// What this backend believes the screen shows, for tests.
    pub fn screen(&self) -> &Buffer {
        &self.screen
    }
}

/// The terminal the wizard draws on.
pub type Tty = ratatui::Terminal<Joining<ratatui::backend::CrosstermBackend<io::Stdout>>>;

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Color, Style};

    fn cell(symbol: &str) -> Cell {
        let mut c = Cell::default();
        c.set_symbol(symbol);
        c
    }

    fn positions(cells: &[(u16, u16, Cell)]) -> Vec<(u16, &str)> {
        cells.iter().map(|(x, _, c)| (*x, c.symbol())).collect()
    }

    fn joining() -> Joining<TestBackend> {
        let mut j = Joining::new(TestBackend::new(20, 2));
        j.forget_screen().unwrap();
        j
    }

    #[test]
    fn a_short_gap_is_filled_with_what_the_screen_shows() {
        let mut j = joining();
        j.remember(&[(2, 0, cell("b")), (3, 0, cell("c"))]);
        let out = j.joined(vec![(1, 0, cell("A")), (4, 0, cell("D"))]);
        assert_eq!(positions(&out), [(1, "A"), (2, "b"), (3, "c"), (4, "D")]);
    }

    #[test]
    fn a_gap_in_another_style_or_too_long_stays_a_jump() {
        let mut j = joining();
        let mut red = cell("r");
        red.set_style(Style::new().fg(Color::Red));
        j.remember(&[(2, 0, red)]);
        let out = j.joined(vec![(1, 0, cell("A")), (3, 0, cell("C"))]);
        assert_eq!(positions(&out), [(1, "A"), (3, "C")]);
        let out = j.joined(vec![(0, 1, cell("A")), (10, 1, cell("B"))]);
        assert_eq!(positions(&out), [(0, "A"), (10, "B")]);
    }

    #[test]
    fn a_wide_character_is_followed_by_an_empty_cell() {
        let mut j = joining();
        let out = j.joined(vec![(0, 0, cell("书")), (2, 0, cell("x"))]);
        assert_eq!(positions(&out), [(0, "书"), (1, ""), (2, "x")]);
    }
}
