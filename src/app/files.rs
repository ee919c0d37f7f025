//! The files the wizard writes into the current folder on request: the report (`e`), the
//! calendar reminders (`r`) and, when the data folder cannot be written, the session; each
//! named in a notice short enough for a 60-column terminal.

use std::io;
use std::path::Path;

use crate::i18n::strings;
use crate::report;
use crate::store;
use crate::wizard::{Model, Overlay};

/// Writes the Markdown report into the current folder as
/// `xhs-cancel-report-<local time>.md` (`-2`, `-3`, … when taken) and names the file
/// (it is in the current folder; the whole path would not fit a narrow notice).
pub(super) fn export(model: &mut Model, dir: &Path) {
    let stamp = local_stamp(model);
    let written = store::write_new(
        dir,
        &format!("{}{stamp}", store::REPORT_PREFIX),
        ".md",
        report::markdown(model).as_bytes(),
    );
    let ui = &strings(model.lang()).ui;
    model.notice = Some(crate::text::sanitize_line(&match written {
        Ok(path) => (ui.report_written)(&file_name(&path)),
        Err(e) => (ui.export_failed)(&dir.display().to_string(), &e.to_string()),
    }));
}

/// Writes the calendar reminders into the current folder as
/// `xhs-cancel-reminders-<local time>.ics` (`-2`, … when taken) and names the file, or
/// that there is no submission date to count from.
pub(super) fn remind(model: &mut Model, dir: &Path) {
    let lang = model.lang();
    let ui = &strings(lang).ui;
    if let Some(ended) = crate::outcome::outcome(&model.session) {
        model.notice = Some((ui.review_ended)(&ended.sentence(lang)));
        return;
    }
    let calendar = &model.checklist.calendar;
    let Some(text) = crate::remind::ics(&model.session, calendar, lang, model.now) else {
        model.notice = Some(crate::remind::notice_no_submission(lang).to_string());
        return;
    };
    let base = format!("{}{}", store::REMINDER_PREFIX, local_stamp(model));
    let written = store::write_new(dir, &base, ".ics", text.as_bytes());
    model.notice = Some(crate::text::sanitize_line(&match written {
        Ok(path) => (ui.reminders_written)(&file_name(&path)),
        Err(e) => (ui.reminders_failed)(&dir.display().to_string(), &e.to_string()),
    }));
}

/// The last resort when the data folder cannot be written: the session as
/// `xhs-cancel-session-<local time>.toml` in the current folder, for the quit dialog to show.
pub(super) fn write_elsewhere(model: &mut Model, dir: &Path) {
    let name = format!("xhs-cancel-session-{}", local_stamp(model));
    let written = toml::to_string(&model.session)
        .map_err(io::Error::other)
        .and_then(|text| store::write_new(dir, &name, ".toml", text.as_bytes()));
    let shown = written
        .map(|path| crate::text::sanitize_line(&path.display().to_string()))
        .map_err(|e| crate::text::sanitize_line(&format!("{}: {e}", dir.display())));
    model.overlay = Some(Overlay::Unsaved {
        written: Some(shown),
    });
}

fn local_stamp(model: &Model) -> String {
    model
        .now
        .to_zoned_datetime(model.tz.clone())
        .strftime("%Y%m%d-%H%M%S")
        .to_string()
}

/// The last part of a written path: the file is in the current folder, so its name says
/// where it is.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;
    use crate::checklist::Checklist;
    use crate::session::Session;
    use crate::text::Lang;
    use crate::wizard::Action;

    fn screen(model: &Model, w: u16, h: u16) -> String {
        let area = ratatui::layout::Rect::new(0, 0, w, h);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        ratatui::widgets::Widget::render(model, area, &mut buf);
        (0..h)
            .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect()
    }

    #[test]
    fn the_written_file_s_whole_name_fits_a_60_column_notice() {
        let dir = tempfile::tempdir().unwrap();
        for lang in [Lang::Zh, Lang::En] {
            let mut session = Session::new(lang);
            session.welcomed = true;
            let checklist = Checklist::builtin().unwrap();
            let at = Timestamp::UNIX_EPOCH;
            let mut model = Model::new(checklist, session, at, jiff::tz::TimeZone::UTC);
            model.update(Action::Resize(60, 16));
            export(&mut model, dir.path());
            let name = "xhs-cancel-report-19700101-000000";
            let notice = model.notice.clone().unwrap();
            assert!(notice.contains(name), "{notice}");
            assert!(!notice.contains(&*dir.path().to_string_lossy()), "{notice}");
            let shown = screen(&model, 60, 16);
            assert!(shown.contains(name), "{shown}");
        }
    }
}
