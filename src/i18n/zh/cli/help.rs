//! The command line's help text in Chinese: every command's and option's, `log`'s, and
//! `remind`'s and `cooling-off`'s.

use crate::i18n::cli::{Help, LogHelp, RemindHelp};

pub(super) const HELP: Help = Help {
    // --- xhs-cancel --help
    about: "逐步注销小红书账号，全程离线。\n\
            进度只保存在这台电脑上；本程序不会索要密码、短信验证码或身份证号。",
    after: "不带命令时启动向导，或继续上次保存的进度。\n\
            各命令的用法：xhs-cancel <命令> --help。\n\
            --new、--mouse、--ascii 只用于向导。",
    exit_codes: "退出码：0 成功，1 运行出错，2 用法错误或输入无效，\n\
                 3 进度已在另一个 xhs-cancel 中打开。",
    usage: "用法：",
    commands: "命令：",
    command: "命令",
    options: "选项：",
    arguments: "参数：",
    dir: "目录",
    file: "文件",
    options_placeholder: "[选项]",
    command_placeholder: "[命令]",
    // --- options of xhs-cancel
    new: "重新开始：原来的进度会归档保留，不会删除",
    lang: "界面语言（默认：上次保存的选择；\n否则按 LC_ALL / LANG 等区域设置，zh 开头为中文）",
    checklists: "使用该目录中的清单文件，而不是内置清单",
    data_dir: "进度的保存位置（默认：环境变量\nXHS_CANCEL_DATA_DIR，否则为系统的数据目录）",
    mouse: "启用鼠标（默认关闭，方便选择和复制文字）",
    ascii: "用 ASCII 字符画边框和标记\n（适合把框线字符显示成双倍宽度的终端）",
    help: "显示帮助",
    version: "显示版本号",
    // --- commands
    status: "显示已保存进度的简短摘要",
    status_long: "显示已保存进度的简短摘要：各阶段的完成数、你的回答、审核计时和冷静期。",
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
    completions_long: "把所指定 shell 的补全脚本输出到标准输出；把它保存到该 shell 查找补全脚本的位置即可使用。",
    shell: "shell 类型",
    man: "输出 man 手册页（roff 格式）",
    man_long: "把 man 手册页（roff 格式）输出到标准输出：保存为 xhs-cancel.1，再用 man ./xhs-cancel.1 阅读。",
    // --- the man page
    man_commands: "命令",
    man_notes: "说明",
    man_exit_status: "退出状态",
    man_name: "逐步注销小红书账号，全程离线",
};

pub(super) const LOG_HELP: LogHelp = LogHelp {
    // --- log
    about: "案件记录：提交、联系客服、答复、投诉，以及证据文件",
    long: "案件记录：按时间列出（最新的在前）你记下的事（提交、联系客服、答复、投诉……）、\n\
           已确认的步骤和「仍然继续」。记录以明文保存在这台电脑上的 session.toml 中，\n\
           xhs-cancel forget 会删除它们。",
    usage: "xhs-cancel log [--format text|json]\n      \
            xhs-cancel log add <类型> [选项]\n      \
            xhs-cancel log verify\n      \
            xhs-cancel log remove <编号> [--yes]",
    format: "text（默认，给人阅读）或 json（格式稳定，供脚本使用）",
    // --- log add
    add: "添加一条记录",
    add_long: "添加一条记录。类型：submitted（提交申请）、contacted（联系客服）、reply（平台答复）、\n\
               complaint（投诉，需要 --to）、cancelled（申请已撤销）、gone（账号已注销）、note（备注）。\n\
               备注中像身份证号、手机号、验证码或密码的内容会被拦下：可加 --mask 或 --keep-sensitive。",
    kind: "记录的类型，例如 contacted",
    kind_name: "类型",
    date: "发生的日期（默认：今天）",
    note: "备注（最多 2000 字）",
    via: "联系的途径，例如 App 内客服、电话",
    reference: "工单号或会话编号",
    to: "投诉渠道：platform、12321、12315、miit、cac、court",
    item: "关联到清单中的一项：阶段/项，例如 deletion/submit",
    item_name: "阶段/项",
    file: "作为证据的文件（可重复）：只记录路径、大小和 SHA-256，\n不复制、不上传",
    mask: "把看起来像密码、验证码、证件号或手机号的内容用 * 遮盖后保存",
    keep: "按原样保存看起来敏感的内容",
    // --- log verify, log remove
    verify: "重新计算每个证据文件的 SHA-256，找出不见了或改动过的",
    verify_long: "重新计算每个证据文件的 SHA-256，逐个说明未改动、已改动、不见了或无法读取。\n\
                  全部未改动时退出码为 0；有任何不见了、改动过或无法读取的文件时为 1。",
    remove: "删除一条记录（会先询问）",
    remove_long: "删除一条记录：先显示它并询问，确认后再删除。编号见 xhs-cancel log。",
    id: "记录的编号（xhs-cancel log 中 # 后面的数字）",
    id_name: "编号",
    yes: "不询问，直接删除",
    // --- value names
    text: "文字",
    path: "路径",
};

pub(super) const REMIND_HELP: RemindHelp = RemindHelp {
    // --- remind
    remind: "生成日历提醒（.ics）：冷静期结束、审核时限前的检查、审核时限",
    remind_long: "生成日历提醒（iCalendar .ics 文件），可导入手机或电脑的日历：\n\
                  冷静期结束（如已用 cooling-off 记录天数）、15 个工作日审核时限前 3 个工作日的检查、\n\
                  审核时限当天。都是全天事件；再次导入会更新原来的事件而不是重复添加。\n\
                  需要先记录提交日期（xhs-cancel submitted YYYY-MM-DD）。",
    output: "写入该文件（整体替换，只有你本人可读）；\n- 表示标准输出",
    // --- cooling-off
    cooling_off: "记录 App 显示的冷静期天数，或用 --clear 删除",
    cooling_off_long: "记录提交注销申请后 App 显示的冷静期（自然日天数，0 到 366）：\n\
                       日历提醒会在冷静期结束那天提醒你。需要先记录提交日期。",
    cooling_off_usage: "xhs-cancel cooling-off <天数>\n      xhs-cancel cooling-off --clear",
    days: "App 显示的冷静期天数（自然日），例如 7",
    days_name: "天数",
    clear: "删除已记录的冷静期天数",
    // --- export --to
    to: "投诉信的收信方：platform（平台）、12321、12315、\n\
         miit（工信部）或 cac（网信部门）；默认为最近一次\n\
         投诉的渠道，否则为平台",
    channel: "渠道",
};
