//! The words of `xhs-cancel log`, `log add`, `log verify` and `log remove`: their clap
//! definition (help in the person's language) and what they parsed. Values are kept as typed;
//! [`crate::cli::log`] checks them, so every refusal is worded in its own messages.

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Command as ClapCommand, value_parser};

use super::{Format, base, flag, positional, value};
use crate::i18n::{LogHelp, strings};
use crate::text::Lang;

/// What `log` was asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Log {
    /// Print the timeline, newest first.
    List {
        format: Format,
    },
    Add(Box<Add>),
    /// Re-hash every evidence file.
    Verify,
    /// Remove the event numbered `id` (as typed); `yes` skips the question.
    Remove {
        id: String,
        yes: bool,
    },
}

/// `log add`'s arguments, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Add {
    pub kind: String,
    /// `YYYY-MM-DD`; `None`: today.
    pub date: Option<String>,
    pub note: String,
    pub via: String,
    pub reference: String,
    pub to: Option<String>,
    /// `STAGE/ITEM`.
    pub item: Option<String>,
    pub files: Vec<PathBuf>,
    /// `--mask`: store what the privacy guard finds masked.
    pub mask: bool,
    /// `--keep-sensitive`: store it as typed.
    pub keep_sensitive: bool,
}

/// `log` with its commands, its help worded in `lang`.
pub fn command(lang: Lang) -> ClapCommand {
    let (h, l) = (&strings(lang).cli.help, &strings(lang).cli.log_help);
    let template = format!(
        "{}\n\n{}{{usage}}\n\n{}\n{{subcommands}}\n\n{}\n{{options}}\n",
        l.long, h.usage, h.commands, h.options
    );
    base("log", h, l.about, l.usage.to_string())
        .long_about(l.long)
        .help_template(template)
        .subcommand_value_name(h.command)
        .arg(
            value("format", l.format, "text|json")
                .value_parser(["text", "json"])
                .default_value("text"),
        )
        .subcommand(add(lang, l))
        .subcommand(leaf(lang, "verify", l.verify, l.verify_long, false))
        .subcommand(
            leaf(lang, "remove", l.remove, l.remove_long, true)
                .arg(positional("id", l.id, l.id_name).required(true))
                .arg(flag("yes", l.yes)),
        )
}

/// A command under `log`: `positionals` when it takes an argument.
fn leaf(
    lang: Lang,
    name: &'static str,
    about: &'static str,
    long: &'static str,
    positionals: bool,
) -> ClapCommand {
    let h = &strings(lang).cli.help;
    let arguments = match positionals {
        true => format!("{}\n{{positionals}}\n\n", h.arguments),
        false => String::new(),
    };
    let template = format!(
        "{long}\n\n{}{{usage}}\n\n{arguments}{}\n{{options}}\n",
        h.usage, h.options
    );
    let options = h.options_placeholder;
    let l = &strings(lang).cli.log_help;
    let usage = match name {
        "add" => format!("xhs-cancel log add <{}> {options}", l.kind_name),
        "remove" => format!("xhs-cancel log remove <{}> {options}", l.id_name),
        _ => format!("xhs-cancel log {name} {options}"),
    };
    base(name, h, about, usage)
        .long_about(long)
        .help_template(template)
}

fn add(lang: Lang, l: &'static LogHelp) -> ClapCommand {
    let text = |name: &'static str, help: &'static str| value(name, help, l.text);
    leaf(lang, "add", l.add, l.add_long, true)
        .arg(positional("kind", l.kind, l.kind_name).required(true))
        .arg(value("date", l.date, "YYYY-MM-DD"))
        .arg(text("note", l.note))
        .arg(text("via", l.via))
        .arg(
            Arg::new("reference")
                .long("ref")
                .value_name(l.text)
                .help(l.reference),
        )
        .arg(value("to", l.to, strings(lang).cli.remind_help.channel))
        .arg(value("item", l.item, l.item_name))
        .arg(
            value("file", l.file, l.path)
                .action(ArgAction::Append)
                .value_parser(value_parser!(PathBuf)),
        )
        .arg(flag("mask", l.mask).conflicts_with("keep-sensitive"))
        .arg(flag("keep-sensitive", l.keep))
}

/// What `log` and its commands parsed.
pub fn parse(m: &ArgMatches) -> Log {
    let text = |m: &ArgMatches, id| m.get_one::<String>(id).cloned();
    match m.subcommand() {
        Some(("add", m)) => Log::Add(Box::new(Add {
            kind: text(m, "kind").unwrap_or_default(),
            date: text(m, "date"),
            note: text(m, "note").unwrap_or_default(),
            via: text(m, "via").unwrap_or_default(),
            reference: text(m, "reference").unwrap_or_default(),
            to: text(m, "to"),
            item: text(m, "item"),
            files: m
                .get_many::<PathBuf>("file")
                .map(|files| files.cloned().collect())
                .unwrap_or_default(),
            mask: m.get_flag("mask"),
            keep_sensitive: m.get_flag("keep-sensitive"),
        })),
        Some(("verify", _)) => Log::Verify,
        Some(("remove", m)) => Log::Remove {
            id: text(m, "id").unwrap_or_default(),
            yes: m.get_flag("yes"),
        },
        _ => Log::List {
            format: match text(m, "format").as_deref() {
                Some("json") => Format::Json,
                _ => Format::Markdown,
            },
        },
    }
}
