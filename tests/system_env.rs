//! What the binary takes from the system: the local date from each form of `TZ` (a zone name,
//! `:name`, an absolute path to a zoneinfo file, a POSIX rule) and from /etc/localtime when `TZ`
//! is unset; the default language from the locale variables and, when none is set, from the
//! system's setting (`LANGUAGE` on Linux, through sys-locale).
//!
//! The program says its "today" when it refuses a date after it (`submitted`), so each time
//! zone test compares that with today in the same zone as jiff computes it here. The zone is
//! picked so that its date differs from UTC's at the moment the test runs (UTC+14 from 10:00
//! UTC, UTC-11 before), so a program that fell back to UTC fails at any hour.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// The binary with the data folder `dir`, with no time zone or locale variable from the
/// environment running the tests; `env` sets the ones a test wants.
fn command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xhs-cancel"));
    command.args(args).env("XHS_CANCEL_DATA_DIR", dir);
    for var in ["TZ", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(var);
    }
    command.envs(env.iter().copied()).stdin(Stdio::null());
    command
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    command(dir, args, env).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A zone whose date is not UTC's right now, with a POSIX rule for the same offset:
/// Kiritimati (UTC+14) from 10:00 UTC, Pago Pago (UTC-11, no daylight saving) before.
fn zone_off_utc() -> (&'static str, &'static str) {
    match Timestamp::now().to_zoned_datetime(TimeZone::UTC).hour() >= 10 {
        true => ("Pacific/Kiritimati", "LINT-14"),
        false => ("Pacific/Pago_Pago", "SST11"),
    }
}

/// The date the program takes for today with the time zone variables `env`: `submitted`
/// refuses a date a month ahead and names today. Retried when `expected` (today in the zone
/// the test means) turns over during the run, so a midnight cannot make it flaky.
fn program_today(env: &[(&str, &str)], expected: impl Fn() -> Date) -> (Date, Date) {
    loop {
        let before = expected();
        let dir = tempfile::tempdir().unwrap();
        let ahead = before.checked_add(jiff::ToSpan::days(30)).unwrap();
        let output = run(dir.path(), &["submitted", &ahead.to_string()], env);
        if expected() != before {
            continue;
        }
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        let err = stderr(&output);
        let today = err
            .split_once("is after today (")
            .and_then(|(_, rest)| rest.get(..10))
            .unwrap_or_else(|| panic!("no today in: {err}"));
        return (today.parse().unwrap(), before);
    }
}

fn today_in(zone: &TimeZone) -> Date {
    Timestamp::now().to_zoned_datetime(zone.clone()).date()
}

/// The zone from the system's database, as jiff reads it for the test's own expectation.
fn named(zone: &str) -> TimeZone {
    jiff::tz::db().get(zone).unwrap()
}

#[test]
fn tz_as_a_zone_name_gives_that_zones_date() {
    let (zone, _) = zone_off_utc();
    let (got, want) = program_today(&[("TZ", zone)], || today_in(&named(zone)));
    assert_eq!(got, want, "TZ={zone}");
    assert_ne!(
        got,
        today_in(&TimeZone::UTC),
        "the zone must not be UTC's date"
    );
}

#[test]
fn tz_as_a_colon_name_gives_that_zones_date() {
    let (zone, _) = zone_off_utc();
    let tz = format!(":{zone}");
    let (got, want) = program_today(&[("TZ", &tz)], || today_in(&named(zone)));
    assert_eq!(got, want, "TZ={tz}");
}

#[cfg(unix)]
#[test]
fn tz_as_an_absolute_path_gives_that_files_date() {
    let (zone, _) = zone_off_utc();
    for path in [
        format!("/usr/share/zoneinfo/{zone}"),
        format!(":/usr/share/zoneinfo/{zone}"),
    ] {
        let (got, want) = program_today(&[("TZ", &path)], || today_in(&named(zone)));
        assert_eq!(got, want, "TZ={path}");
    }
}

#[test]
fn tz_as_a_posix_rule_gives_that_offsets_date() {
    let (_, rule) = zone_off_utc();
    let (got, want) = program_today(&[("TZ", rule)], || {
        today_in(&TimeZone::posix(rule).unwrap())
    });
    assert_eq!(got, want, "TZ={rule}");
    assert_ne!(
        got,
        today_in(&TimeZone::UTC),
        "the rule must not be UTC's date"
    );
    // The form the brief names: China Standard Time, eight hours east of UTC.
    let (got, want) = program_today(&[("TZ", "CST-8")], || {
        today_in(&TimeZone::fixed(jiff::tz::offset(8)))
    });
    assert_eq!(got, want, "TZ=CST-8");
}

/// Without `TZ`, the zone /etc/localtime holds (UTC when there is none).
#[cfg(unix)]
#[test]
fn no_tz_gives_the_date_of_etc_localtime() {
    let system = || match std::fs::read("/etc/localtime") {
        Ok(bytes) => TimeZone::tzif("localtime", &bytes).unwrap(),
        Err(_) => TimeZone::UTC,
    };
    let (got, want) = program_today(&[], || today_in(&system()));
    assert_eq!(got, want);
}

/// The language of `status` with no saved session, given the locale variables `env`.
fn status_says(env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["status"], env);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

const ZH: &str = "没有保存的进度";
const EN: &str = "No saved session";

#[test]
fn the_locale_variables_choose_the_language_in_their_order() {
    assert!(status_says(&[("LANG", "zh_CN.UTF-8")]).contains(ZH));
    assert!(status_says(&[("LANG", "en_US.UTF-8")]).contains(EN));
    let messages_over_lang = [("LC_MESSAGES", "zh_TW.UTF-8"), ("LANG", "en_US.UTF-8")];
    assert!(status_says(&messages_over_lang).contains(ZH));
    let all_over_messages = [("LC_ALL", "C"), ("LC_MESSAGES", "zh_CN.UTF-8")];
    assert!(status_says(&all_over_messages).contains(EN));
}

/// On Linux and the BSDs sys-locale reads `LANGUAGE` when none of the three is set; a set
/// locale variable still wins over it.
#[cfg(all(unix, not(target_vendor = "apple")))]
#[test]
fn without_locale_variables_the_system_setting_chooses() {
    assert!(status_says(&[("LANGUAGE", "zh_CN:en")]).contains(ZH));
    assert!(status_says(&[]).contains(EN));
    let lang_over_system = [("LANGUAGE", "zh_CN"), ("LANG", "en_US.UTF-8")];
    assert!(status_says(&lang_over_system).contains(EN));
}
