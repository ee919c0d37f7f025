//! Crash safety: a child process saves in a loop and is killed with SIGKILL at random moments,
//! hundreds of times. After every kill `session.toml` must parse and be exactly one of the states
//! the child wrote, never older than the one seen before, and `session.toml.bak` an earlier one.
//!
//! The child is this test binary itself, run with `--exact crash_child` and an environment
//! variable naming the folder; in a normal run `crash_child` does nothing.

#![cfg(unix)]

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use jiff::Timestamp;
use xhs_cancel::session::{Session, Stamp};
use xhs_cancel::store::Store;
use xhs_cancel::text::Lang;

const CHILD_ENV: &str = "XHS_STORE_TEST_CRASH_CHILD";
const KILLS: usize = 250;

/// State `n` of the family the child writes: item `n-<n>` plus sixty items whose times depend on
/// `n`, so a file mixing two states, or cut short, cannot pass for one.
fn state(n: u64) -> Session {
    let mut s = Session::new(Lang::Zh);
    s.welcomed = true;
    s.stage = "preparation".into();
    let base = 1_790_000_000 + i64::try_from(n).unwrap() * 100;
    let items = s.confirmed.entry("preparation".into()).or_default();
    items.insert(
        format!("n-{n}"),
        Stamp::new(Timestamp::from_second(base).unwrap()),
    );
    for i in 0..60 {
        items.insert(
            format!("item-{i:02}"),
            Stamp::new(Timestamp::from_second(base + i).unwrap()),
        );
    }
    s.answers.insert("counter".into(), vec![n.to_string()]);
    s
}

/// Which state of the family `s` is, if it is one exactly.
fn which_state(s: &Session) -> Option<u64> {
    let n: u64 = s.answers.get("counter")?.first()?.parse().ok()?;
    (state(n) == *s).then_some(n)
}

/// Run as the child: resume from the saved state and save the next ones until killed. Gives up
/// after a few seconds in case the parent died without killing it.
#[test]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let mut store = Store::open(&dir).expect("open");
    let session = store.load().expect("load").expect("a session");
    let mut n = which_state(&session).expect("a state of the family") + 1;
    println!("READY {n}");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        store.save(&state(n)).expect("save");
        n += 1;
    }
}

/// Kills the child when dropped, so a failing assertion leaves no process behind.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A small xorshift generator: the kill delays, reproducible from the printed seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn spawn_child(dir: &Path) -> Killed {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let child = Killed(child);
    // Wait until the child holds the lock and starts saving.
    let mut lines = BufReader::new(stdout).lines();
    loop {
        let line = lines
            .next()
            .expect("the child said READY")
            .expect("child output");
        if line.contains("READY ") {
            return child;
        }
    }
}

fn saved_state(path: &Path, what: &str, kill: usize, seed: u64) -> u64 {
    let text = fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("kill {kill} (seed {seed}): {what} unreadable: {e}"));
    let session: Session = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("kill {kill} (seed {seed}): {what} torn: {e}\n{text}"));
    which_state(&session)
        .unwrap_or_else(|| panic!("kill {kill} (seed {seed}): {what} is no state written\n{text}"))
}

#[cfg(unix)]
#[test]
fn sigkill_at_random_moments_never_leaves_a_torn_session() {
    let dir = tempfile::Builder::new()
        .prefix("store-crash-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap();
    Store::open(dir.path()).unwrap().save(&state(0)).unwrap();
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("seed {seed}");
    let mut rng = Rng(seed);
    let session_path = dir.path().join("session.toml");
    let backup_path = dir.path().join("session.toml.bak");

    let mut last = 0;
    let mut killed_mid_save = 0;
    let started = Instant::now();
    for kill in 0..KILLS {
        let child = spawn_child(dir.path());
        std::thread::sleep(Duration::from_micros(rng.below(20_000)));
        drop(child); // SIGKILL, then reaped

        // A temporary file left behind means the kill landed inside a save.
        if fs::read_dir(dir.path()).unwrap().any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".session.toml")
        }) {
            killed_mid_save += 1;
        }
        let n = saved_state(&session_path, "session.toml", kill, seed);
        assert!(
            n >= last,
            "kill {kill} (seed {seed}): went back from {last} to {n}"
        );
        if backup_path.exists() {
            let b = saved_state(&backup_path, "session.toml.bak", kill, seed);
            assert!(
                b < n,
                "kill {kill} (seed {seed}): backup {b} not older than {n}"
            );
        }
        last = n;
    }
    eprintln!(
        "{KILLS} kills in {:.1?}: {last} saves completed, {killed_mid_save} kills inside a save",
        started.elapsed()
    );
    assert!(
        last > KILLS as u64 / 4,
        "the child made too little progress: {last}"
    );
    assert!(killed_mid_save > 0, "no kill landed inside a save");
    // The next instance resumes from the last state and cleans up the temporary files.
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.load().unwrap(), Some(state(last)));
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}
