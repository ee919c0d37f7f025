//! The performance floor: a minimal ratatui program showing a 20-item list, built as the
//! example `floor` and measured side by side with xhs-cancel in a pseudo-terminal
//! (benches/pty.sh). It does the least any ratatui list program can: draw, move, toggle, quit.

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::widgets::{Block, List, ListState};

fn main() -> std::io::Result<()> {
    let mut checked = [false; 20];
    let mut state = ListState::default().with_selected(Some(0));
    let mut terminal = ratatui::init();
    let result = loop {
        let items: Vec<String> = (1..=20)
            .map(|i| format!("[{}] Item {i}", if checked[i - 1] { 'x' } else { ' ' }))
            .collect();
        let list = List::new(items)
            .block(Block::bordered().title("floor"))
            .highlight_symbol("> ");
        if let Err(e) =
            terminal.draw(|frame| frame.render_stateful_widget(list, frame.area(), &mut state))
        {
            break Err(e);
        }
        match event::read() {
            Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => match key.code {
                KeyCode::Char('q') => break Ok(()),
                KeyCode::Down | KeyCode::Char('j') => state.select_next(),
                KeyCode::Up | KeyCode::Char('k') => state.select_previous(),
                KeyCode::Char(' ') => {
                    let i = state.selected().unwrap_or(0).min(19);
                    checked[i] = !checked[i];
                }
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    ratatui::restore();
    result
}
