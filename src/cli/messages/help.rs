//! The help text of the command line, one [`Help`] per language.

use crate::text::Lang;

/// The help text of every command and option in one language.
pub struct Help {
    pub about: &'static str,
    pub after: &'static str,
    pub usage: &'static str,
    pub commands: &'static str,
    pub command: &'static str,
    pub options: &'static str,
    pub arguments: &'static str,
    pub dir: &'static str,
    pub file: &'static str,
    pub new: &'static str,
    pub lang: &'static str,
    pub checklists: &'static str,
    pub data_dir: &'static str,
    pub mouse: &'static str,
    pub ascii: &'static str,
    pub help: &'static str,
    pub version: &'static str,
    pub status: &'static str,
    pub export: &'static str,
    pub export_long: &'static str,
    pub format: &'static str,
    pub output: &'static str,
    pub check: &'static str,
    pub check_long: &'static str,
    pub check_dir: &'static str,
    pub submitted: &'static str,
    pub submitted_long: &'static str,
    pub submitted_usage: &'static str,
    pub date: &'static str,
    pub clear: &'static str,
    pub clear_yes: &'static str,
    pub forget: &'static str,
    pub forget_long: &'static str,
    pub forget_yes: &'static str,
    pub completions: &'static str,
    pub shell: &'static str,
    pub man: &'static str,
}

/// The help in `lang`.
pub fn help(lang: Lang) -> &'static Help {
    match lang {
        Lang::Zh => &HELP_ZH,
        Lang::En => &HELP_EN,
    }
}

const HELP_ZH: Help = Help {
    about: "逐步注销小红书账号，全程离线。\n\
            进度只保存在这台电脑上；本程序不会索要密码、短信验证码或身份证号。",
    after: "不带命令时启动向导，或继续上次保存的进度。\n\
            各命令的用法：xhs-cancel <命令> --help。\n\
            --new、--mouse、--ascii 只用于向导。\n\n\
            退出码：0 成功，1 运行出错，2 用法错误或输入无效，\n\
            3 进度已在另一个 xhs-cancel 中打开。",
    usage: "用法：",
    commands: "命令：",
    command: "命令",
    options: "选项：",
    arguments: "参数：",
    dir: "目录",
    file: "文件",
    new: "重新开始：原来的进度会归档保留，不会删除",
    lang: "界面语言（默认：上次保存的选择；\n否则按 LC_ALL / LANG 等区域设置，zh 开头为中文）",
    checklists: "使用该目录中的清单文件，而不是内置清单",
    data_dir: "进度的保存位置（默认：环境变量\nXHS_CANCEL_DATA_DIR，否则为系统的数据目录）",
    mouse: "启用鼠标（默认关闭，方便选择和复制文字）",
    ascii: "用 ASCII 字符画边框和标记\n（适合把框线字符显示成双倍宽度的终端）",
    help: "显示帮助",
    version: "显示版本号",
    status: "显示已保存进度的简短摘要",
    export: "导出进度报告：回答、各项状态、审核计时",
    export_long: "导出进度报告：你的回答、每一项的状态与确认时间、审核计时；\n\
                  审核超过时限后，报告附有投诉信草稿。\n\
                  报告使用进度保存时的语言（可用 --lang 更改）。",
    format: "报告格式：markdown（默认，给人阅读）\n或 json（格式稳定，供脚本使用）",
    output: "写入该文件（整体替换，只有你本人可读）；\n- 表示标准输出",
    check: "检查清单文件（默认检查内置清单）",
    check_long: "检查清单文件：逐个指出出错的文件、行和列。不给目录时检查内置清单。",
    check_dir: "清单文件所在的目录（默认：--checklists 指定的目录，\n否则为内置清单）",
    submitted: "记录或更正你在 App 里提交注销申请的日期",
    submitted_long: "记录或更正你在 App 里提交注销申请的日期：审核计时从这一天算起（当天为第 0 天），\n\
                     「提交注销申请」这一步同时标为已完成。日期不能晚于今天。",
    submitted_usage: "xhs-cancel submitted <YYYY-MM-DD>\n      xhs-cancel submitted --clear [--yes]",
    date: "提交注销申请的日期，例如 2026-11-28",
    clear: "删除已记录的提交日期，并把提交一步标为未完成\n（会先询问）",
    clear_yes: "不询问，直接删除（与 --clear 一起使用）",
    forget: "从这台电脑上删除保存的进度、备份和归档",
    forget_long: "从这台电脑上删除保存的进度、备份和归档：先列出将要删除的每个文件，确认后再删除。\n\
                  只删除数据目录中本程序的文件，其他文件不会动。",
    forget_yes: "不询问，直接删除",
    completions: "输出命令行补全脚本",
    shell: "shell 类型",
    man: "输出 man 手册页（roff 格式）",
};

const HELP_EN: Help = Help {
    about: "Delete a Xiaohongshu / RedNote account (注销), step by step, offline.\n\
            It stores its progress only on this computer and never asks for a password,\n\
            SMS code or ID number.",
    after: "Without a command, xhs-cancel starts the wizard, or resumes the saved session.\n\
            Each command's options: xhs-cancel <COMMAND> --help.\n\
            --new, --mouse and --ascii belong to the wizard.\n\n\
            Exit codes: 0 ok, 1 runtime error, 2 usage or invalid input,\n\
            3 the session is open in another xhs-cancel.",
    usage: "Usage: ",
    commands: "Commands:",
    command: "COMMAND",
    options: "Options:",
    arguments: "Arguments:",
    dir: "DIR",
    file: "FILE",
    new: "start over: the saved session is archived, not deleted",
    lang: "language (default: the saved choice, else the locale:\nLC_ALL / LC_MESSAGES / LANG, zh* is Chinese)",
    checklists: "checklist files from DIR, not the built-in ones",
    data_dir: "where sessions live (default: XHS_CANCEL_DATA_DIR,\nelse the platform data folder)",
    mouse: "enable the mouse (off so text can be selected and\ncopied)",
    ascii: "ASCII borders and marks, for terminals that draw box\ncharacters double-width",
    help: "print this help",
    version: "print the version",
    status: "a short text summary of the saved progress",
    export: "the progress report: answers, items, the review clock",
    export_long: "The progress report: your answers, every item with its state and time,\n\
                  and the review clock; once the review is overdue, a complaint letter draft.\n\
                  It is in the session's language (--lang changes it).",
    format: "markdown (the default) is for people;\njson is stable, for scripts",
    output: "write to FILE (replaced whole, readable by you only);\n- is standard output",
    check: "validate checklist files (default: the built-in ones)",
    check_long: "Validate checklist files: every problem with its file, line and column.\n\
                 Without DIR, the built-in checklists are checked.",
    check_dir: "the folder of checklist files (default: --checklists,\nelse the built-in ones)",
    submitted: "record or correct the day you submitted the deletion request",
    submitted_long: "Record or correct the day you submitted the deletion request in the app:\n\
                     day 0 of the review clock. The submit step is confirmed with it.\n\
                     The date cannot be after today.",
    submitted_usage: "xhs-cancel submitted <YYYY-MM-DD>\n       xhs-cancel submitted --clear [--yes]",
    date: "the day you submitted, for example 2026-11-28",
    clear: "remove the recorded date and mark the submit step not\ndone (asks first)",
    clear_yes: "do not ask first (with --clear)",
    forget: "delete the saved session, its backups and archives from this computer",
    forget_long: "Delete the saved session, its backups and archives from this computer.\n\
                  Every file is listed before it asks. Only this program's files in the\n\
                  data folder are removed.",
    forget_yes: "do not ask first",
    completions: "print a shell completion script",
    shell: "the shell",
    man: "print the manual page (roff)",
};
