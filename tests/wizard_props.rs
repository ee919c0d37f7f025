//! Any sequence of actions on any terminal size: no panic, and the cursor stays on a shown row.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use xhs_cancel::checklist::{Checklist, StageId};
use xhs_cancel::session::Session;
use xhs_cancel::text::Lang;
use xhs_cancel::wizard::{Action, Model, Viewport};

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Up),
        Just(Action::Down),
        Just(Action::PageUp),
        Just(Action::PageDown),
        Just(Action::Top),
        Just(Action::Bottom),
        Just(Action::Toggle),
        Just(Action::ConfirmNext),
        Just(Action::NextStage),
        Just(Action::PrevStage),
        (0usize..7).prop_map(Action::Jump),
        Just(Action::Troubleshoot),
        Just(Action::SwitchLang),
        Just(Action::Help),
        Just(Action::Back),
        Just(Action::Save),
        Just(Action::Confirm),
        (-5i16..5).prop_map(Action::ScrollDetail),
        Just(Action::Export),
        Just(Action::Restore),
        Just(Action::Fresh),
        (1u16..=300, 1u16..=100).prop_map(|(w, h)| Action::Resize(w, h)),
        (0usize..80, any::<bool>()).prop_map(|(index, toggle)| Action::Pick { index, toggle }),
        (0u16..100, 0u16..100).prop_map(|(list_rows, detail_overflow)| Action::Viewport(
            Viewport {
                list_rows,
                detail_overflow
            }
        )),
    ]
}

fn assert_cursor_inside(model: &Model) {
    for id in StageId::ALL {
        let shown = model.entries(id).len();
        assert!(
            model.cursor(id) < shown.max(1),
            "{id:?}: cursor {} of {shown}",
            model.cursor(id)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn actions_never_panic_and_keep_the_cursor_on_a_shown_row(
        width in 1u16..=300,
        height in 1u16..=100,
        welcomed in any::<bool>(),
        actions in proptest::collection::vec(action(), 0..60),
    ) {
        let checklist = Checklist::builtin().unwrap();
        let mut session = Session::new(Lang::Zh);
        session.welcomed = welcomed;
        let mut model = Model::new(checklist, session, Timestamp::UNIX_EPOCH, TimeZone::UTC);
        model.update(Action::Resize(width, height));
        for action in actions {
            model.update(action);
            if model.overlay.is_none() {
                assert_cursor_inside(&model);
            }
            let (w, h) = model.size;
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            (&model).render(area, &mut buf);
        }
        assert_cursor_inside(&model);
    }
}
