//! Words the screen and the report share: the short stage names, and times in the person's own
//! time zone. Here so that the report need not import the UI.

use jiff::Timestamp;

use crate::checklist::StageId;
use crate::text::Lang;
use crate::wizard::Model;

/// The short stage names the header and the report use; the files' titles are longer.
pub fn stage_name(id: StageId, lang: Lang) -> &'static str {
    let (zh, en) = match id {
        StageId::Reasons => ("原因", "Reasons"),
        StageId::Preparation => ("准备", "Prepare"),
        StageId::Deletion => ("注销步骤", "Delete"),
        StageId::After => ("注销后", "After"),
        StageId::Troubleshooting => ("疑难解答", "Problems"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// "2026-11-28 14:03" in the person's own time zone (the model's).
pub fn local_time(model: &Model, at: Timestamp) -> String {
    at.to_zoned_datetime(model.tz.clone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}
