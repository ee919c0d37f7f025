//! What the drawing keeps from one frame to the next: the stage's list as measured (rebuilt
//! only when the stage, width, language or answers change), and the viewport the event loop
//! tells the model after each frame. The mouse is translated here, against the rows as drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use crate::layout::{self, Areas, ListIndex, MARK_COLUMNS};
use crate::wizard::{Action, Model, Screen, Viewport};

/// The view's memory between frames. `impl Widget for &Model` draws with a fresh one; the
/// event loop keeps one for the program's life, so a key press re-measures nothing.
#[derive(Debug, Clone, Default)]
pub struct View {
    list: Option<ListIndex>,
    viewport: Viewport,
    cursor: Option<Position>,
}

impl View {
    pub fn new() -> View {
        View::default()
    }

    /// Draws the whole screen, as `impl Widget for &Model` does.
    pub fn render(&mut self, model: &Model, area: Rect, buf: &mut Buffer) {
        super::render(model, self, area, buf);
    }

    /// What the last frame drew, for [`Action::Viewport`].
    pub fn viewport(&self) -> Viewport {
        self.viewport
    }

    /// Where the last frame put the text cursor (a form's focused field), if anywhere: the
    /// event loop gives it to `Frame::set_cursor_position`.
    pub fn cursor(&self) -> Option<Position> {
        self.cursor
    }

    pub(super) fn set_cursor(&mut self, cursor: Option<Position>) {
        self.cursor = cursor;
    }

    pub(super) fn set_viewport(&mut self, viewport: Viewport) {
        self.viewport = viewport;
    }

    /// The current stage's list at `width` columns, measured once.
    pub(super) fn list(&mut self, model: &Model, width: u16) -> &ListIndex {
        match &mut self.list {
            Some(list) if list.fits(model, width) => {}
            slot => *slot = Some(ListIndex::new(model, width)),
        }
        self.list.as_ref().expect("just measured")
    }

    /// [`layout::areas`], with the list measured once.
    pub(super) fn areas(&mut self, model: &Model) -> Areas {
        layout::areas_with(model, |width| self.list(model, width).total())
    }

    /// The entry drawn at a screen cell of a stage screen, if any.
    fn entry_at(&mut self, model: &Model, column: u16, row: u16) -> Option<usize> {
        let areas = self.areas(model);
        if !layout::contains(areas.list, column, row) {
            return None;
        }
        let cursor = model.cursor(model.stage_id());
        let list = self.list(model, areas.list.width);
        let offset = list.offset(cursor, areas.list.height);
        list.entry_on(offset + usize::from(row - areas.list.y))
    }

    /// A left click: on an entry of the stage shown, that entry ([`Action::Pick`]), toggled
    /// when the click fell on its `[x]` mark. Nothing over a dialog, on the welcome or summary
    /// screen, or on a terminal too small to draw in.
    pub fn click(&mut self, model: &Model, column: u16, row: u16) -> Option<Action> {
        if !on_stage(model) {
            return None;
        }
        let index = self.entry_at(model, column, row)?;
        let x = self.areas(model).list.x;
        let toggle = column >= x && MARK_COLUMNS.contains(&(column - x));
        Some(Action::Pick { index, toggle })
    }

    /// The wheel on a stage screen: over the detail it scrolls three lines, elsewhere it moves
    /// the cursor one row.
    pub fn wheel(&mut self, model: &Model, column: u16, row: u16, down: bool) -> Option<Action> {
        if !on_stage(model) {
            return None;
        }
        if layout::contains(self.areas(model).detail, column, row) {
            return Some(Action::ScrollDetail(if down { 3 } else { -3 }));
        }
        Some(if down { Action::Down } else { Action::Up })
    }
}

/// A stage screen with no dialog over it, big enough to draw: where the mouse acts.
fn on_stage(model: &Model) -> bool {
    matches!(model.screen, Screen::Stage(_)) && model.overlay.is_none() && !model.too_small()
}
