//! The real binary in a pseudo-terminal: keys in, the parsed screen out, and the terminal
//! left as it was found however the program ends.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const COLS: u16 = 100;
const ROWS: u16 = 30;

/// A running `xhs-cancel` with everything it wrote parsed by a terminal emulator.
struct Pty {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn MasterPty + Send>,
}

impl Pty {
    fn spawn(data_dir: &Path, args: &[&str]) -> Pty {
        Pty::spawn_with(data_dir, args, &[])
    }

    /// Like `spawn`, with more environment variables (set after the defaults).
    fn spawn_with(data_dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
        Pty::spawn_program(env!("CARGO_BIN_EXE_xhs-cancel"), data_dir, args, env)
    }

    /// `program` with `args` in a new pseudo-terminal, with the wizard's environment.
    fn spawn_program(program: &str, data_dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("XHS_CANCEL_DATA_DIR", data_dir);
        // Reports and reminders go to the current folder: the test's own, not the repository.
        cmd.cwd(data_dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_CTYPE");
        for (name, value) in env {
            cmd.env(name, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn xhs-cancel");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            ROWS.try_into().unwrap(),
            COLS.try_into().unwrap(),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Pty {
            child,
            writer,
            parser,
            _master: pair.master,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Types `keys` as one burst (a paste, to the program, when it is two characters or
    /// more), then waits a moment as a person would before the next key.
    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(40));
    }

    /// Waits until the screen shows `text`; fails with the screen when it does not.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; the screen:\n{}", self.screen());
    }

    /// Waits until the parsed screen satisfies `done`; fails with the screen after 10 s.
    #[cfg(target_os = "linux")]
    fn wait_until(&self, done: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if done(self.parser.lock().unwrap().screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the screen never got there:\n{}", self.screen());
    }

    fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("xhs-cancel did not exit; the screen:\n{}", self.screen());
    }

    /// The terminal as the program left it: not in the alternate screen, no mouse reporting.
    fn assert_restored(&self) {
        // Give this test's reader time to parse the last bytes on a loaded machine.
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            let restored = {
                let parser = self.parser.lock().unwrap();
                let screen = parser.screen();
                !screen.alternate_screen() && !screen.bracketed_paste() && !screen.hide_cursor()
            };
            if restored {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still in the alternate screen");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture left on"
        );
        assert!(!screen.bracketed_paste(), "bracketed paste left on");
        assert!(!screen.hide_cursor(), "the cursor is left hidden");
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid").to_string();
        let status = std::process::Command::new("kill")
            .args(["-s", name, &pid])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Pty {
    /// A failed test must not leave the program running behind it.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Starts past the welcome screen, in English, with the mouse on.
fn started(dir: &Path) -> Pty {
    let mut pty = Pty::spawn(dir, &["--lang", "en", "--mouse"]);
    pty.wait_for("Press Enter to begin");
    pty.send("\r");
    pty.wait_for("> [ ]");
    pty
}

#[test]
fn moves_toggles_switches_language_and_quits_with_q() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = started(dir.path());
    pty.send("j");
    pty.send(" ");
    pty.wait_for("[x]");
    assert!(
        pty.screen().lines().any(|l| l.contains("> [x]")),
        "{}",
        pty.screen()
    );
    pty.send("L");
    pty.wait_for("1 原因");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored();
    let saved = std::fs::read_to_string(dir.path().join("session.toml")).expect("a saved session");
    assert!(saved.contains("lang = \"zh\""), "{saved}");
    assert!(saved.contains("[confirmed.reasons]"), "{saved}");
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = started(dir.path());
    pty.send("\u{3}");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored();
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = started(dir.path());
    pty.send(" ");
    pty.wait_for("[x]");
    pty.signal("TERM");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored();
    let saved = std::fs::read_to_string(dir.path().join("session.toml")).unwrap();
    assert!(saved.contains("[confirmed.reasons]"), "{saved}");
}

#[test]
fn a_second_instance_is_refused_with_exit_code_3() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = started(dir.path());
    let second = std::process::Command::new(env!("CARGO_BIN_EXE_xhs-cancel"))
        .env("XHS_CANCEL_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("another xhs-cancel"), "{stderr}");
    assert!(
        second.stdout.is_empty(),
        "the second instance touched the terminal"
    );
    first.send("j");
    first.send("q");
    assert_eq!(first.wait_exit(), 0, "the first instance keeps working");
}

#[test]
fn resumes_where_it_left_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = started(dir.path());
    pty.send("3");
    pty.wait_for("Required items still open");
    pty.send("c");
    pty.wait_for("3 Delete");
    pty.send("q");
    pty.wait_exit();
    let mut again = Pty::spawn(dir.path(), &[]);
    again.wait_for("Delete in the app");
    assert!(
        !again.screen().contains("Press Enter to begin"),
        "no welcome on later runs"
    );
    again.send("q");
    again.wait_exit();
}

#[test]
fn sighup_saves_and_exits() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = started(dir.path());
    pty.send(" ");
    pty.wait_for("[x]");
    pty.signal("HUP");
    assert_eq!(pty.wait_exit(), 0);
    let saved = std::fs::read_to_string(dir.path().join("session.toml")).unwrap();
    assert!(saved.contains("[confirmed.reasons]"), "{saved}");
}

/// A session whose request was submitted on 2026-09-28 with the cursor on the submit step of
/// the built-in deletion stage: long overdue by now.
fn overdue_session(dir: &Path) -> String {
    let text = "version = 1\nlang = \"en\"\nwelcomed = true\nstage = \"deletion\"\n\
        review = { submitted_on = 2026-09-28 }\n\n[cursor]\ndeletion = \"submit\"\n\n\
        [confirmed.deletion]\nsubmit = 2026-09-28T01:10:00Z\n";
    std::fs::write(dir.join("session.toml"), text).unwrap();
    text.to_string()
}

fn submitted_on(dir: &Path) -> String {
    let saved = std::fs::read_to_string(dir.join("session.toml")).unwrap();
    saved
        .lines()
        .find(|l| l.contains("submitted_on"))
        .unwrap_or("no submitted_on")
        .to_string()
}

#[test]
fn enter_pressed_twenty_times_keeps_the_submission_date() {
    let dir = tempfile::tempdir().unwrap();
    overdue_session(dir.path());
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.wait_for("Review since 2026-09-28 at 4");
    for _ in 0..20 {
        pty.send("\r");
        std::thread::sleep(Duration::from_millis(20));
    }
    pty.send("\u{1b}");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(submitted_on(dir.path()), "submitted_on = 2026-09-28");
}

#[test]
fn a_paste_is_never_taken_as_keys() {
    let dir = tempfile::tempdir().unwrap();
    overdue_session(dir.path());
    let before = std::fs::read_to_string(dir.path().join("session.toml")).unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.wait_for("Review since 2026-09-28 at 4");
    assert!(
        pty.parser.lock().unwrap().screen().bracketed_paste(),
        "paste mode on"
    );
    pty.send("\u{1b}[200~Submitted, waiting for review x q\r\u{1b}[201~");
    // The same text unbracketed, in one write as tmux `paste-buffer` without `-p` sends it.
    pty.send("Submitted, waiting for review x q\r");
    // A key typed after it, by a person: not in the same burst.
    std::thread::sleep(Duration::from_millis(300));
    pty.send("?");
    pty.wait_for("Keys (Esc closes)");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored();
    let after = std::fs::read_to_string(dir.path().join("session.toml")).unwrap_or(before.clone());
    assert!(after.contains("submitted_on = 2026-09-28"), "{after}");
    assert!(after.contains("submit = 2026-09-28T01:10:00Z"), "{after}");
}

#[test]
fn a_damaged_session_is_offered_for_recovery_and_quit_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let damaged = "version = 1\nlang = \"en\"\nstage = [\n";
    std::fs::write(dir.path().join("session.toml"), damaged).unwrap();
    for _ in 0..2 {
        let mut pty = Pty::spawn(dir.path(), &[]);
        pty.wait_for("Saved progress unreadable");
        pty.send("\r");
        pty.send("\u{1b}");
        pty.send("q");
        assert_eq!(pty.wait_exit(), 0);
        pty.assert_restored();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("session.toml")).unwrap(),
            damaged,
            "left exactly as it was"
        );
    }
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.wait_for("Saved progress unreadable");
    pty.send("n");
    pty.wait_for("Saved ");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    let kept: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("session.toml.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is archived");
    assert_eq!(
        std::fs::read_to_string(dir.path().join(&kept[0])).unwrap(),
        damaged
    );
}

#[test]
fn a_backup_restored_under_lang_en_is_english_and_saved_so() {
    let dir = tempfile::tempdir().unwrap();
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_xhs-cancel"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--lang", "zh", "submitted", "2026-11-16"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let session = dir.path().join("session.toml");
    std::fs::rename(&session, dir.path().join("session.toml.bak")).unwrap();
    std::fs::write(&session, "stage = [\n").unwrap();
    let mut pty = Pty::spawn(dir.path(), &["--lang", "en"]);
    pty.wait_for("Saved progress unreadable");
    pty.send("r");
    let deadline = Instant::now() + Duration::from_secs(10);
    let saved = loop {
        let saved = std::fs::read_to_string(&session).unwrap();
        if saved.contains("lang = \"en\"") || Instant::now() > deadline {
            break saved;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(saved.contains("lang = \"en\""), "{saved}");
    assert!(
        saved.contains("submitted_on = 2026-11-16"),
        "the backup's: {saved}"
    );
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
}

/// What the program wrote, as a terminal emulator parsed it, and whether it ever entered the
/// alternate screen.
fn plain_run(env: &[(&str, &str)], args: &[&str]) -> (String, u32, bool) {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn_with(dir.path(), args, env);
    let code = pty.wait_exit();
    let screen = pty.screen();
    let entered = pty.parser.lock().unwrap().screen().alternate_screen();
    (screen, code, entered)
}

#[test]
fn a_dumb_terminal_gets_a_message_and_the_plain_status() {
    let (screen, code, alternate) = plain_run(&[("TERM", "dumb")], &["--lang", "en"]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("TERM=dumb"), "{screen}");
    assert!(
        screen.contains("No saved session"),
        "the status follows: {screen}"
    );
    assert!(!alternate);
}

#[test]
fn a_locale_without_utf8_gets_the_plain_status_unless_ascii_is_asked() {
    let (screen, code, _) = plain_run(&[("LANG", "C"), ("LC_CTYPE", "zh_CN.GBK")], &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("The locale is not UTF-8"), "{screen}");
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn_with(dir.path(), &["--ascii", "--lang", "en"], &[("LANG", "C")]);
    pty.wait_for("Press Enter to begin");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
}

/// The process's state letter in /proc (`T` when stopped).
#[cfg(target_os = "linux")]
fn state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after = stat.rsplit_once(") ").unwrap().1;
    after.chars().next().unwrap()
}

#[cfg(target_os = "linux")]
fn wait_state(pid: u32, wanted: char) {
    let start = Instant::now();
    while state(pid) != wanted {
        assert!(start.elapsed() < Duration::from_secs(10), "never {wanted}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Stops the program with `stop` (a key or a signal), checks it gave the terminal back, resumes
/// it with SIGCONT and checks the screen is drawn again whole.
#[cfg(target_os = "linux")]
fn suspends_and_resumes(stop: impl FnOnce(&mut Pty)) {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = started(dir.path());
    let pid = pty.child.process_id().unwrap();
    stop(&mut pty);
    wait_state(pid, 'T');
    // The program wrote the restore before it stopped; this test's reader may still be on
    // its way to parsing it on a loaded machine.
    pty.wait_until(|screen| !screen.alternate_screen());
    pty.assert_restored();
    pty.signal("CONT");
    pty.wait_for("> [ ]");
    // The terminal is as the wizard had it: the alternate screen, the cursor hidden, bracketed
    // paste and (asked for with --mouse) mouse capture; raw mode shows in `q` quitting unechoed.
    pty.wait_until(|screen| screen.hide_cursor());
    let screen = pty.parser.lock().unwrap().screen().clone();
    assert!(screen.alternate_screen());
    assert!(screen.bracketed_paste(), "bracketed paste is on again");
    assert_ne!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture is on again"
    );
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored();
}

#[cfg(target_os = "linux")]
#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_draws_the_screen_again() {
    suspends_and_resumes(|pty| pty.signal("TSTP"));
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_suspends_like_sigtstp() {
    suspends_and_resumes(|pty| pty.send("\x1a"));
}

/// A terminal that goes away without a signal reaching the program (it is in a session of its
/// own, as under a wrapper that ignores SIGHUP): it notices by its input, saves and exits.
#[cfg(target_os = "linux")]
#[test]
fn a_lost_terminal_ends_the_program_with_the_session_saved() {
    let dir = tempfile::tempdir().unwrap();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let pid_file = dir.path().join("pid");
    let mut cmd = CommandBuilder::new("setsid");
    cmd.args(["-w", "sh", "-c", "echo $$ > \"$0\"; exec \"$1\" --lang en"]);
    cmd.arg(&pid_file);
    cmd.arg(env!("CARGO_BIN_EXE_xhs-cancel"));
    cmd.env("XHS_CANCEL_DATA_DIR", dir.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    let _wrapper = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut writer = pair.master.take_writer().unwrap();
    let start = Instant::now();
    while !dir.path().join("session.lock").exists() || !pid_file.exists() {
        assert!(start.elapsed() < Duration::from_secs(10), "never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(500));
    writer.write_all(b"\r").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let proc_dir = std::path::PathBuf::from(format!("/proc/{}", pid.trim()));
    drop(writer);
    drop(pair.master);
    let start = Instant::now();
    while proc_dir.exists() && state(pid.trim().parse().unwrap()) != 'Z' {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "still running after the terminal went away"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let saved = std::fs::read_to_string(dir.path().join("session.toml")).unwrap();
    assert!(saved.contains("welcomed = true"), "{saved}");
}

/// The terminal's modes after the wizard ends, as `stty -a` reads them back from the same
/// pseudo-terminal: raw mode must be off (canonical input and echo back on).
fn modes_after(keys: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let script = format!(
        "'{}' --lang en; echo; echo MODES; stty -a; sleep 5",
        env!("CARGO_BIN_EXE_xhs-cancel")
    );
    let mut pty = Pty::spawn_program("sh", dir.path(), &["-c", &script], &[]);
    pty.wait_for("Press Enter to begin");
    pty.send(keys);
    pty.wait_for("MODES");
    pty.wait_for("icanon");
    pty.assert_restored();
    let screen = pty.screen();
    screen[screen.find("MODES").unwrap()..].to_string()
}

#[test]
fn quitting_leaves_the_terminal_cooked_with_the_cursor_shown() {
    for keys in ["q", "\u{3}"] {
        let modes = modes_after(keys);
        let words: Vec<&str> = modes.split_whitespace().collect();
        for mode in ["icanon", "echo", "isig"] {
            assert!(
                words.contains(&mode),
                "{mode} is off after {keys:?}:\n{modes}"
            );
        }
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the save-delay seam exists in debug builds only"
)]
fn a_signal_during_a_save_still_ends_with_the_change_saved() {
    for signal in ["TERM", "HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let delay = [("XHS_CANCEL_TEST_SAVE_DELAY_MS", "1500")];
        let mut pty = Pty::spawn_with(dir.path(), &["--lang", "en"], &delay);
        pty.wait_for("Press Enter to begin");
        pty.send("\r");
        pty.wait_for("> [ ]");
        std::thread::sleep(Duration::from_millis(1800));
        pty.send(" ");
        pty.wait_for("[x]");
        // The save of the confirmation is now waiting in the saver: the signal lands mid-save.
        std::thread::sleep(Duration::from_millis(300));
        pty.signal(signal);
        let start = Instant::now();
        assert_eq!(pty.wait_exit(), 0, "SIG{signal}");
        assert!(
            start.elapsed() > Duration::from_millis(500),
            "it waited for the save"
        );
        pty.assert_restored();
        let saved = std::fs::read_to_string(dir.path().join("session.toml")).unwrap();
        assert!(
            saved.contains("[confirmed.reasons]"),
            "SIG{signal}: {saved}"
        );
    }
}

#[test]
fn r_writes_the_reminders_into_the_current_folder_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    overdue_session(dir.path());
    let mut pty = Pty::spawn(dir.path(), &["--lang", "en"]);
    pty.wait_for("Submit");
    pty.send("r");
    pty.wait_for("Reminders written: xhs-cancel-reminders-");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    let written: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter(|n| n.starts_with("xhs-cancel-reminders-") && n.ends_with(".ics"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let text = std::fs::read_to_string(dir.path().join(&written[0])).unwrap();
    assert!(
        text.contains("UID:deadline-2026-09-28@xhs-cancel"),
        "{text}"
    );
}

#[test]
fn r_without_a_submission_date_says_so_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = started(dir.path());
    pty.send("r");
    pty.wait_for("No submission date yet");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    let ics = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "ics")
        })
        .count();
    assert_eq!(ics, 0);
}
