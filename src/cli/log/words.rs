//! Every line the `log` commands print and every way they refuse, in both languages. Values
//! from outside the program (typed arguments, paths, notes) are sanitized where they enter a
//! message; a note or a secret is never echoed in an error.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::cli::messages::{count, quoted};
use crate::evidence::Check;
use crate::evidence::EvidenceError;
use crate::privacy::SecretKind;
use crate::text::{Lang, sanitize_line};
use crate::timeline::{Channel, Event, Kind};

/// Picks a `(zh, en)` pair.
pub(super) fn pick<T>(lang: Lang, zh: T, en: T) -> T {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

pub use crate::case_names::{channel_label, kind_label};

/// `#3 联系客服，2026-11-20` / `#3 contacted customer service, 2026-11-20`.
pub fn event_head(lang: Lang, event: &Event) -> String {
    let label = kind_label(event.kind, lang);
    pick(
        lang,
        format!("#{} {label}，{}", event.id, event.on.0),
        format!("#{} {label}, {}", event.id, event.on.0),
    )
}

/// The first 12 hex digits of a SHA-256: enough to tell files apart by eye.
pub fn short_hash(sha256: &str) -> &str {
    sha256.get(..12).unwrap_or(sha256)
}

/// `3 字节` / `3 bytes`.
pub fn bytes(lang: Lang, n: u64) -> String {
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    pick(lang, format!("{n} 字节"), count(n, "byte", "bytes"))
}

/// `--note`, `--via`, `--ref`: the field of a typed event, as its option.
pub fn field_option(field: &str) -> &'static str {
    match field {
        "via" => "--via",
        "reference" => "--ref",
        _ => "--note",
    }
}

/// The labels of what the privacy guard found, each once, joined.
fn found(lang: Lang, kinds: &[SecretKind]) -> String {
    let mut labels: Vec<&str> = Vec::new();
    for kind in kinds {
        let label = kind.label(lang);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join(pick(lang, "、", ", "))
}

/// The line after adding an event whose field was masked.
pub fn masked(lang: Lang, field: &'static str, kinds: &[SecretKind]) -> String {
    let (option, what) = (field_option(field), found(lang, kinds));
    pick(
        lang,
        format!("  {option} 中的{what}已用 * 遮盖后保存"),
        format!("  {what} in {option} was stored masked with *"),
    )
}

/// Why a `log` command was refused or failed.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text(Lang::En))]
pub enum LogError {
    /// `log add` without a kind.
    NoKind,
    /// A kind that is not one of [`Kind::ADDABLE`], with the nearest one when it looks like a typo.
    UnknownKind {
        value: String,
        suggestion: Option<&'static str>,
    },
    /// A `--to` that is not one of [`Channel::ALL`].
    UnknownChannel {
        value: String,
        suggestion: Option<&'static str>,
    },
    /// A `--date` that is not `YYYY-MM-DD`.
    BadDate { value: String },
    /// A date after `today` (local).
    FutureDate { on: Date, today: Date },
    /// A date before [`crate::wizard::EARLIEST`].
    TooEarly(Date),
    /// `field` (`note`, `via`, `reference`) is `chars` characters long; `max` are kept.
    TooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    /// A complaint without `--to`.
    NoChannel,
    /// `--to` with a kind other than a complaint.
    StrayChannel { kind: Kind },
    /// More than [`crate::timeline::MAX_EVIDENCE`] files.
    TooMuchEvidence { count: usize },
    /// Any other reason the timeline refuses the event.
    Rejected(crate::timeline::EventProblem),
    /// An `--item` that names no item of the checklists (`STAGE/ITEM`).
    UnknownItem { value: String },
    /// A `--file` that [`crate::evidence::record`] refused: missing, unreadable, not a
    /// regular file (a folder, a FIFO), too large, or a path that is not Unicode.
    File {
        path: PathBuf,
        #[source]
        source: EvidenceError,
    },
    /// The privacy guard found something in `field`; the finding is never echoed.
    Sensitive {
        field: &'static str,
        kinds: Vec<SecretKind>,
    },
    /// `log remove` without a number.
    NoId,
    /// `log remove` with a number no event has (or not a number), as typed.
    NoEvent { value: String },
    /// `log verify` found `bad` of `total` files missing, changed or unreadable.
    NotVerified { bad: usize, total: usize },
}

impl LogError {
    /// The exit code: 1 when `log verify` found a file missing or changed, else 2 (the input
    /// is refused).
    pub fn code(&self) -> u8 {
        match self {
            LogError::NotVerified { .. } => crate::cli::exit::RUNTIME,
            _ => crate::cli::exit::INVALID,
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use LogError as E;
        match self {
            E::NoKind => pick(
                lang,
                format!("log add 需要一个类型：{}", kinds(lang)),
                format!("log add needs a kind: {}", kinds(lang)),
            ),
            E::NoId => pick(
                lang,
                "log remove 需要记录的编号；运行 xhs-cancel log 查看编号",
                "log remove needs the event's number; run xhs-cancel log to see them",
            )
            .into(),
            E::Rejected(problem) => pick(
                lang,
                format!("这条记录无效：{problem}"),
                format!("this event is refused: {problem}"),
            ),
            E::UnknownKind { value, suggestion } => unknown_kind(lang, value, *suggestion),
            E::UnknownChannel { value, suggestion } => unknown_channel(lang, value, *suggestion),
            E::BadDate { value } => {
                let value = quoted(value);
                pick(
                    lang,
                    format!("{value} 不是有效的日期：请按 YYYY-MM-DD 填写，例如 2026-11-28"),
                    format!(
                        "{value} is not a date: write it as YYYY-MM-DD, for example 2026-11-28"
                    ),
                )
            }
            E::FutureDate { on, today } => pick(
                lang,
                format!("\"{on}\" 晚于今天（{today}）：只能记录已经发生的事"),
                format!(
                    "\"{on}\" is after today ({today}): only what has happened can be recorded"
                ),
            ),
            E::TooEarly(on) => pick(
                lang,
                format!("\"{on}\" 太早了：小红书 2013 年才上线"),
                format!("\"{on}\" is too early: Xiaohongshu started in 2013"),
            ),
            E::TooLong { field, chars, max } => {
                let option = field_option(field);
                pick(
                    lang,
                    format!("{option} 有 {chars} 个字符，最多保存 {max} 个：请缩短后再试"),
                    format!(
                        "{option} has {chars} characters; at most {max} are kept: shorten it and try again"
                    ),
                )
            }
            E::NoChannel => pick(
                lang,
                format!("投诉需要用 --to 说明投诉到哪里：{}", channels(lang)),
                format!(
                    "a complaint needs --to, where it was filed: {}",
                    channels(lang)
                ),
            ),
            E::StrayChannel { kind } => {
                let kind = quoted(kind.as_str());
                pick(
                    lang,
                    format!("--to 只用于投诉（complaint），不能用于 {kind}"),
                    format!("--to goes with a complaint only, not with {kind}"),
                )
            }
            E::TooMuchEvidence { count } => {
                let max = crate::timeline::MAX_EVIDENCE;
                pick(
                    lang,
                    format!("给了 {count} 个证据文件；每条记录最多 {max} 个"),
                    format!("{count} evidence files; at most {max} per event"),
                )
            }
            E::UnknownItem { value } => {
                let value = quoted(value);
                pick(
                    lang,
                    format!("清单中没有 {value} 这一项：请写成 阶段/项，例如 deletion/submit"),
                    format!(
                        "the checklists have no item {value}: write it as STAGE/ITEM, for example deletion/submit"
                    ),
                )
            }
            E::File { source, .. } => source.text(lang),
            E::Sensitive { field, kinds } => sensitive(lang, field, kinds),
            E::NoEvent { value } => {
                let value = quoted(value);
                pick(
                    lang,
                    format!("没有编号为 {value} 的记录；运行 xhs-cancel log 查看编号"),
                    format!("there is no event {value}; run xhs-cancel log to see the numbers"),
                )
            }
            E::NotVerified { bad, total } => pick(
                lang,
                format!("{total} 个证据文件中有 {bad} 个不见了、已改动或无法读取"),
                format!("{bad} of {total} evidence files are missing, changed or unreadable"),
            ),
        }
    }
}

fn did_you_mean(lang: Lang, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => pick(
            lang,
            format!("；你是不是想输入 \"{s}\"？"),
            format!("; did you mean \"{s}\"?"),
        ),
        None => String::new(),
    }
}

fn kinds(lang: Lang) -> String {
    let ids: Vec<&str> = Kind::ADDABLE.iter().map(|k| k.as_str()).collect();
    crate::cli::messages::one_of(lang, &ids)
}

fn unknown_kind(lang: Lang, value: &str, suggestion: Option<&str>) -> String {
    let (value, valid) = (quoted(value), kinds(lang));
    pick(
        lang,
        format!("没有 {value} 这种记录：应为 {valid}"),
        format!("unknown kind {value}: expected {valid}"),
    ) + &did_you_mean(lang, suggestion)
}

fn channels(lang: Lang) -> String {
    let ids: Vec<&str> = Channel::ALL.iter().map(|c| c.as_str()).collect();
    crate::cli::messages::one_of(lang, &ids)
}

fn unknown_channel(lang: Lang, value: &str, suggestion: Option<&str>) -> String {
    let (value, valid) = (quoted(value), channels(lang));
    pick(
        lang,
        format!("--to 的值 {value} 无效：应为 {valid}"),
        format!("invalid value {value} for --to: expected {valid}"),
    ) + &did_you_mean(lang, suggestion)
}

fn sensitive(lang: Lang, field: &str, kinds: &[SecretKind]) -> String {
    let (option, what) = (field_option(field), found(lang, kinds));
    pick(
        lang,
        format!(
            "{option} 里似乎有{what}，未保存。记录以明文保存在这台电脑上：请删掉它再试；\
             或加 --mask 用 * 遮盖后保存，或加 --keep-sensitive 按原样保存"
        ),
        format!(
            "{option} looks like it holds {what}; nothing was saved. Records are stored \
             unencrypted on this computer: remove it and try again, or pass --mask to store it \
             masked with *, or --keep-sensitive to store it as typed"
        ),
    )
}

/// What `log add` prints: the event, and each evidence file with its size and SHA-256 prefix.
pub fn added(lang: Lang, event: &Event) -> String {
    let mut text = pick(lang, "已添加 ", "added ").to_string() + &event_head(lang, event);
    for f in &event.evidence {
        text.push('\n');
        text.push_str(&evidence_line(lang, f));
    }
    text
}

/// `  证据：shot.png（3 字节，SHA-256 ba7816bf8f01）` / `  evidence: shot.png (3 bytes, …)`.
fn evidence_line(lang: Lang, f: &crate::timeline::Evidence) -> String {
    let (name, size, hash) = (
        sanitize_line(f.name()),
        bytes(lang, f.size),
        short_hash(&f.sha256),
    );
    pick(
        lang,
        format!("  证据：{name}（{size}，SHA-256 {hash}）"),
        format!("  evidence: {name} ({size}, SHA-256 {hash})"),
    )
}

/// `log verify` when no event names a file.
pub fn no_evidence(lang: Lang) -> &'static str {
    pick(lang, "没有记录任何证据文件。", "No evidence recorded.")
}

/// `log verify`'s line for one file.
pub fn checked(lang: Lang, event: &Event, f: &crate::timeline::Evidence, check: &Check) -> String {
    let at = format!("#{} {}", event.id, crate::cli::messages::quoted(&f.path));
    let recorded = (bytes(lang, f.size), short_hash(&f.sha256));
    match check {
        Check::Unchanged => pick(lang, format!("{at}：未改动"), format!("{at}: unchanged")),
        Check::Changed { size, sha256 } => {
            let (size, hash) = (bytes(lang, *size), short_hash(sha256));
            pick(
                lang,
                format!(
                    "{at}：已改动（记录时 {}，SHA-256 {}；现在 {size}，SHA-256 {hash}）",
                    recorded.0, recorded.1
                ),
                format!(
                    "{at}: CHANGED (recorded {}, SHA-256 {}; now {size}, SHA-256 {hash})",
                    recorded.0, recorded.1
                ),
            )
        }
        Check::Missing => pick(lang, format!("{at}：不见了"), format!("{at}: MISSING")),
        Check::Unreadable(why) => {
            let why = sanitize_line(why);
            pick(
                lang,
                format!("{at}：无法读取（{why}）"),
                format!("{at}: UNREADABLE ({why})"),
            )
        }
    }
}

/// `log verify`'s last line when every file is unchanged.
pub fn all_unchanged(lang: Lang, total: usize) -> String {
    pick(
        lang,
        format!("全部 {total} 个证据文件未改动。"),
        match total {
            1 => "The evidence file is unchanged.".to_string(),
            _ => format!("All {total} evidence files are unchanged."),
        },
    )
}

/// `log remove`'s question.
pub fn remove_question(lang: Lang, event: &Event) -> String {
    let head = event_head(lang, event);
    pick(
        lang,
        format!("删除记录 {head} 吗？[y/N] "),
        format!("Remove the event {head}? [y/N] "),
    )
}

/// `log remove`'s line once it is done.
pub fn removed(lang: Lang, event: &Event) -> String {
    let head = event_head(lang, event);
    let mut text = pick(lang, format!("已删除 {head}"), format!("removed {head}"));
    if event.kind == Kind::Submitted {
        text.push_str(pick(
            lang,
            "\n审核计时用的提交日期没有改变：要改正请用 xhs-cancel submitted YYYY-MM-DD，要删除请用 xhs-cancel submitted --clear。",
            "\nThe submission date the review clock counts from is unchanged: correct it with xhs-cancel submitted YYYY-MM-DD, or remove it with xhs-cancel submitted --clear.",
        ));
    }
    text
}
