//! One key press's work in the wizard: an update plus a full render at 120x40, and a scroll
//! through a 1,000-row list the way the event loop draws it (through a `View` that keeps the
//! measured list between frames), and the same through a 1,000-event case file timeline.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use std::borrow::Cow;
use std::fmt::Write as _;

use xhs_cancel::checklist::{Checklist, StageId};
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::timeline::{Draft, Kind};
use xhs_cancel::ui::View;
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

/// The built-in checklists with the preparation stage filled to 1,000 items, the most a stage
/// may hold.
fn thousand_items() -> Checklist {
    let mut files = Checklist::builtin_files();
    let prep = files
        .iter_mut()
        .find(|f| f.path.ends_with("preparation.toml"))
        .expect("a preparation file");
    let mut text = String::from_utf8(prep.bytes.to_vec()).unwrap();
    for i in text.matches("[[items]]").count()..1000 {
        write!(
            text,
            "\n[[items]]\nid = \"extra-{i}\"\n\
             title = {{ zh = \"第 {i} 项：检查一件事情\", en = \"Item {i}: check one more thing\" }}\n\
             detail = {{ zh = \"说明 {i}\", en = \"Detail {i}\" }}\nsources = [\"seed\"]\n"
        )
        .unwrap();
    }
    prep.bytes = Cow::Owned(text.into_bytes());
    Checklist::parse(&files).expect("a valid 1,000-item set")
}

/// Down through every row of the preparation stage and back to the top, one key a frame.
fn scroll(c: &mut Criterion) {
    let area = Rect::new(0, 0, 100, 30);
    for (name, checklist) in [
        ("built-in", Checklist::builtin().unwrap()),
        ("1,000 items", thousand_items()),
    ] {
        let mut session = Session::new(Lang::En);
        session.welcomed = true;
        let mut model = Model::new(checklist, session, Timestamp::now(), TimeZone::UTC);
        model.update(Action::Resize(area.width, area.height));
        model.update(Action::Jump(1));
        let rows = model.entry_count(StageId::Preparation);
        let mut view = View::new();
        let mut buf = Buffer::empty(area);
        c.bench_function(&format!("scroll a list, per key ({name})"), |b| {
            b.iter(|| {
                let at_end = model.cursor(StageId::Preparation) + 1 == rows;
                let action = if at_end { Action::Top } else { Action::Down };
                black_box(model.update(action));
                view.render(&model, area, &mut buf);
                model.update(Action::Viewport(view.viewport()));
            })
        });
    }
}

/// A session with 1,000 timeline events, each with a note, a third with a ticket number.
fn thousand_events(now: Timestamp) -> Session {
    let mut session = Session::new(Lang::Zh);
    session.welcomed = true;
    let today = now.to_zoned_datetime(TimeZone::UTC).date();
    for i in 0..1000i64 {
        let on = today.checked_sub(jiff::Span::new().days(i % 300)).unwrap();
        let kind = [Kind::Contacted, Kind::Reply, Kind::Note][i as usize % 3];
        let draft = Draft {
            note: format!("第 {i} 条：客服说还在审核中，请耐心等待"),
            reference: if kind == Kind::Contacted {
                format!("T-{i}")
            } else {
                String::new()
            },
            ..Draft::new(kind, on)
        };
        session.add_event(draft, now, &TimeZone::UTC).unwrap();
    }
    session
}

/// Down through a 1,000-event timeline and back to the top, one key a frame, as the event
/// loop draws it.
fn timeline(c: &mut Criterion) {
    let area = Rect::new(0, 0, 100, 30);
    let now = Timestamp::now();
    let checklist = Checklist::builtin().unwrap();
    let mut model = Model::new(checklist, thousand_events(now), now, TimeZone::UTC);
    model.update(Action::Resize(area.width, area.height));
    model.update(Action::CaseFile);
    let mut view = View::new();
    let mut buf = Buffer::empty(area);
    c.bench_function("scroll the timeline, per key (1,000 events)", |b| {
        b.iter(|| {
            let at_end = model.case.selected + 1 == 1000;
            let action = if at_end { Action::Top } else { Action::Down };
            black_box(model.update(action));
            view.render(&model, area, &mut buf);
            model.update(Action::Viewport(view.viewport()));
        })
    });
}

criterion_group!(benches, update_and_render, scroll, timeline);
criterion_main!(benches);
