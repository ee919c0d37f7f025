//! The shape of the command line's help text: `xhs-cancel --help` and each command's, `log`'s,
//! and `remind`'s and `cooling-off`'s, as clap shows them (see `cli::args`), and the man page.

/// The help of `xhs-cancel` and its commands, and the words clap's help is built from.
pub struct Help {
    // --- xhs-cancel --help
    /// The first lines of `--help`; also the man page's description.
    pub about: &'static str,
    /// The notes at the end of `--help` (the wizard, exit codes); the man page's NOTES.
    pub after: &'static str,
    /// The exit codes, after [`Help::after`] in `--help`; the man page's EXIT STATUS.
    pub exit_codes: &'static str,
    /// The heading before the usage line, with its trailing space where it has one.
    pub usage: &'static str,
    /// The heading of the list of commands.
    pub commands: &'static str,
    /// The name of the command in the list of commands' usage (`xhs-cancel log <COMMAND>`).
    pub command: &'static str,
    /// The heading of the list of options.
    pub options: &'static str,
    /// The heading of the list of positional arguments.
    pub arguments: &'static str,
    /// The value name of a folder (`--checklists`, `--data-dir`, `check`).
    pub dir: &'static str,
    /// The value name of a file (`-o`).
    pub file: &'static str,
    /// `[OPTIONS]` in the usage lines.
    pub options_placeholder: &'static str,
    /// `[COMMAND]` in the usage line of `xhs-cancel`.
    pub command_placeholder: &'static str,
    // --- options of xhs-cancel
    /// `--new`.
    pub new: &'static str,
    /// `--lang`.
    pub lang: &'static str,
    /// `--checklists`.
    pub checklists: &'static str,
    /// `--data-dir`.
    pub data_dir: &'static str,
    /// `--mouse`.
    pub mouse: &'static str,
    /// `--ascii`.
    pub ascii: &'static str,
    /// `-h, --help`, on every command.
    pub help: &'static str,
    /// `-V, --version`.
    pub version: &'static str,
    // --- commands
    /// `status` in the list of commands.
    pub status: &'static str,
    /// The start of `status --help`.
    pub status_long: &'static str,
    /// `export` in the list of commands.
    pub export: &'static str,
    /// The start of `export --help`.
    pub export_long: &'static str,
    /// `export --format`.
    pub format: &'static str,
    /// `export -o`.
    pub output: &'static str,
    /// `check` in the list of commands.
    pub check: &'static str,
    /// The start of `check --help`.
    pub check_long: &'static str,
    /// `check`'s folder argument.
    pub check_dir: &'static str,
    /// `submitted` in the list of commands.
    pub submitted: &'static str,
    /// The start of `submitted --help`.
    pub submitted_long: &'static str,
    /// `submitted`'s two usage lines.
    pub submitted_usage: &'static str,
    /// `submitted`'s date argument.
    pub date: &'static str,
    /// `submitted --clear`.
    pub clear: &'static str,
    /// `submitted --yes`.
    pub clear_yes: &'static str,
    /// `forget` in the list of commands.
    pub forget: &'static str,
    /// The start of `forget --help`.
    pub forget_long: &'static str,
    /// `forget --yes`.
    pub forget_yes: &'static str,
    /// `completions` (hidden).
    pub completions: &'static str,
    /// The start of `completions --help`.
    pub completions_long: &'static str,
    /// `completions`' shell argument.
    pub shell: &'static str,
    /// `man` (hidden).
    pub man: &'static str,
    /// The start of `man --help`.
    pub man_long: &'static str,
    // --- the man page
    /// The heading of the man page's section of commands.
    pub man_commands: &'static str,
    /// The heading of the man page's section of notes, [`Help::after`].
    pub man_notes: &'static str,
    /// The heading of the man page's last section, [`Help::exit_codes`].
    pub man_exit_status: &'static str,
    /// The man page's NAME: what the program does, in one short line.
    pub man_name: &'static str,
}

/// The help of `log`, `log add`, `log verify` and `log remove`.
pub struct LogHelp {
    // --- log
    /// `log` in the list of commands.
    pub about: &'static str,
    /// The start of `log --help`.
    pub long: &'static str,
    /// `log`'s usage lines.
    pub usage: &'static str,
    /// `log --format`.
    pub format: &'static str,
    // --- log add
    /// `add` in `log`'s list of commands.
    pub add: &'static str,
    /// The start of `log add --help`.
    pub add_long: &'static str,
    /// `log add`'s kind argument.
    pub kind: &'static str,
    /// The value name of `log add`'s kind.
    pub kind_name: &'static str,
    /// `log add --date`.
    pub date: &'static str,
    /// `log add --note`.
    pub note: &'static str,
    /// `log add --via`.
    pub via: &'static str,
    /// `log add --ref`.
    pub reference: &'static str,
    /// `log add --to`.
    pub to: &'static str,
    /// `log add --item`.
    pub item: &'static str,
    /// The value name of `--item`: a stage and an item.
    pub item_name: &'static str,
    /// `log add --file`.
    pub file: &'static str,
    /// `log add --mask`.
    pub mask: &'static str,
    /// `log add --keep-sensitive`.
    pub keep: &'static str,
    // --- log verify, log remove
    /// `verify` in `log`'s list of commands.
    pub verify: &'static str,
    /// The start of `log verify --help`.
    pub verify_long: &'static str,
    /// `remove` in `log`'s list of commands.
    pub remove: &'static str,
    /// The start of `log remove --help`.
    pub remove_long: &'static str,
    /// `log remove`'s number argument.
    pub id: &'static str,
    /// The value name of `log remove`'s number.
    pub id_name: &'static str,
    /// `log remove --yes`.
    pub yes: &'static str,
    // --- value names
    /// The value name of `--note`, `--via` and `--ref`.
    pub text: &'static str,
    /// The value name of `--file`.
    pub path: &'static str,
}

/// The help of `remind` and `cooling-off`, and of `export --to`.
pub struct RemindHelp {
    // --- remind
    /// `remind` in the list of commands.
    pub remind: &'static str,
    /// The start of `remind --help`.
    pub remind_long: &'static str,
    /// `remind -o`.
    pub output: &'static str,
    // --- cooling-off
    /// `cooling-off` in the list of commands.
    pub cooling_off: &'static str,
    /// The start of `cooling-off --help`.
    pub cooling_off_long: &'static str,
    /// `cooling-off`'s two usage lines.
    pub cooling_off_usage: &'static str,
    /// `cooling-off`'s days argument.
    pub days: &'static str,
    /// The value name of the days argument.
    pub days_name: &'static str,
    /// `cooling-off --clear`.
    pub clear: &'static str,
    // --- export --to
    /// `export --to`.
    pub to: &'static str,
    /// The value name of `--to`.
    pub channel: &'static str,
}
