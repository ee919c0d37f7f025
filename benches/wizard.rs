//! One key press's work in the wizard: an update plus a full render at 120x40.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use xhs_cancel::checklist::Checklist;
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::{Action, Model};

fn model() -> Model {
    let mut session = Session::new(Lang::Zh);
    session.welcomed = true;
    let checklist = Checklist::builtin().expect("valid built-in checklists");
    let mut model = Model::new(checklist, session, Timestamp::now(), TimeZone::UTC);
    model.update(Action::Resize(120, 40));
    model.update(Action::Jump(1));
    model.update(Action::Confirm);
    model
}

fn update_and_render(c: &mut Criterion) {
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let mut model = model();
    let mut down = true;
    c.bench_function("update + render 120x40 (cursor move)", |b| {
        b.iter(|| {
            let action = if down { Action::Down } else { Action::Up };
            down = !down;
            black_box(model.update(action));
            (&model).render(area, &mut buf);
        })
    });
    let mut model = self::model();
    c.bench_function("update + render 120x40 (toggle)", |b| {
        b.iter(|| {
            black_box(model.update(Action::Toggle));
            (&model).render(area, &mut buf);
        })
    });
}

criterion_group!(benches, update_and_render);
criterion_main!(benches);
