//! The help text of `xhs-cancel log` and its commands, one [`LogHelp`] per language.

use crate::text::Lang;

/// The help of `log`, `log add`, `log verify` and `log remove` in one language.
pub struct LogHelp {
    pub about: &'static str,
    pub long: &'static str,
    pub usage: &'static str,
    pub format: &'static str,
    pub add: &'static str,
    pub add_long: &'static str,
    pub kind: &'static str,
    pub date: &'static str,
    pub note: &'static str,
    pub via: &'static str,
    pub reference: &'static str,
    pub to: &'static str,
    pub item: &'static str,
    pub file: &'static str,
    pub mask: &'static str,
    pub keep: &'static str,
    pub verify: &'static str,
    pub verify_long: &'static str,
    pub remove: &'static str,
    pub remove_long: &'static str,
    pub id: &'static str,
    pub yes: &'static str,
    pub text: &'static str,
    pub path: &'static str,
}

/// The help in `lang`.
pub fn log_help(lang: Lang) -> &'static LogHelp {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

const ZH: LogHelp = LogHelp {
    about: "案件记录：提交、联系客服、答复、投诉，以及证据文件",
    long: "案件记录：按时间列出（最新的在前）你记下的事（提交、联系客服、答复、投诉……）、\n\
           已确认的步骤和「仍然继续」。记录以明文保存在这台电脑上的 session.toml 中，\n\
           xhs-cancel forget 会删除它们。",
    usage: "xhs-cancel log [--format text|json]\n      \
            xhs-cancel log add <类型> [选项]\n      \
            xhs-cancel log verify\n      \
            xhs-cancel log remove <编号> [--yes]",
    format: "text（默认，给人阅读）或 json（格式稳定，供脚本使用）",
    add: "添加一条记录",
    add_long: "添加一条记录。类型：submitted（提交申请）、contacted（联系客服）、reply（平台答复）、\n\
               complaint（投诉，需要 --to）、cancelled（申请已撤销）、gone（账号已注销）、note（备注）。\n\
               备注中像身份证号、手机号、验证码或密码的内容会被拦下：可加 --mask 或 --keep-sensitive。",
    kind: "记录的类型，例如 contacted",
    date: "发生的日期（默认：今天）",
    note: "备注（最多 2000 字）",
    via: "联系的途径，例如 App 内客服、电话",
    reference: "工单号或会话编号",
    to: "投诉渠道：platform、12321、12315、miit、cac、court",
    item: "关联到清单中的一项：阶段/项，例如 deletion/submit",
    file: "作为证据的文件（可重复）：只记录路径、大小和 SHA-256，\n不复制、不上传",
    mask: "把看起来像密码、验证码、证件号或手机号的内容用 * 遮盖后保存",
    keep: "按原样保存看起来敏感的内容",
    verify: "重新计算每个证据文件的 SHA-256，找出不见了或改动过的",
    verify_long: "重新计算每个证据文件的 SHA-256，逐个说明未改动、已改动、不见了或无法读取。\n\
                  全部未改动时退出码为 0；有任何不见了、改动过或无法读取的文件时为 1。",
    remove: "删除一条记录（会先询问）",
    remove_long: "删除一条记录：先显示它并询问，确认后再删除。编号见 xhs-cancel log。",
    id: "记录的编号（xhs-cancel log 中 # 后面的数字）",
    yes: "不询问，直接删除",
    text: "文字",
    path: "路径",
};

const EN: LogHelp = LogHelp {
    about: "the case file: submission, contacts, replies, complaints, evidence",
    long: "The case file: what you recorded (submission, contacts, replies, complaints...),\n\
           the confirmed steps and every \"continue anyway\", newest first. Records are stored\n\
           unencrypted in session.toml on this computer; xhs-cancel forget removes them.",
    usage: "xhs-cancel log [--format text|json]\n       \
            xhs-cancel log add <KIND> [OPTIONS]\n       \
            xhs-cancel log verify\n       \
            xhs-cancel log remove <ID> [--yes]",
    format: "text (the default) is for people; json is stable, for\nscripts",
    add: "record an event",
    add_long: "Record an event. KIND: submitted, contacted (customer service), reply (the\n\
               platform's answer), complaint (needs --to), cancelled (the request was withdrawn),\n\
               gone (the account is gone), note. A note that looks like an ID number, a mobile\n\
               number, a code or a password is refused: pass --mask or --keep-sensitive.",
    kind: "what happened, for example contacted",
    date: "the day it happened (default: today)",
    note: "a note (at most 2,000 characters)",
    via: "how you contacted them: in-app chat, phone, email",
    reference: "the ticket or conversation number",
    to: "where the complaint went: platform, 12321, 12315, miit,\ncac, court",
    item: "tie it to a checklist item: STAGE/ITEM, for example\ndeletion/submit",
    file: "a file kept as proof (repeatable): its path, size and\nSHA-256 are recorded; it is never copied or uploaded",
    mask: "store what looks like a password, code, ID or mobile\nnumber masked with *",
    keep: "store what looks sensitive as typed",
    verify: "re-hash every evidence file: which are missing or changed",
    verify_long: "Re-hash every evidence file and say, file by file, whether it is unchanged,\n\
                  changed, missing or unreadable. Exit code 0 when all are unchanged, 1 when any\n\
                  is missing, changed or unreadable.",
    remove: "remove an event (asks first)",
    remove_long: "Remove an event: it is shown and you are asked first. The numbers are in\n\
                  xhs-cancel log.",
    id: "the event's number (after # in xhs-cancel log)",
    yes: "do not ask first",
    text: "TEXT",
    path: "PATH",
};
