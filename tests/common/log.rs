//! Helpers of the `log` tests: a session saved and loaded directly, today in the binary's time
//! zone, and a small evidence file whose hash is known from outside the program.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use xhs_cancel::session::Session;
use xhs_cancel::store::Store;

/// SHA-256("abc"), FIPS 180-2 appendix B.1: an answer computed outside this program.
pub const ABC_SHA256: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

/// Saves `session` into the data folder `dir` as the program would.
pub fn save(dir: &Path, session: &Session) {
    Store::open(dir).unwrap().save(session).unwrap();
}

/// The session saved in `dir`, if any. A lock just released can stay held for a moment: a test
/// running beside this one may fork a process that holds a copy of the lock's file until it
/// execs, so a `Locked` is tried again for up to a second.
pub fn load(dir: &Path) -> Option<Session> {
    for _ in 0..100 {
        match Store::open(dir) {
            Err(xhs_cancel::store::StoreError::Locked { .. }) => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            store => return store.unwrap().load().unwrap(),
        }
    }
    panic!("{} stayed locked for a second", dir.display())
}

/// Today in UTC, the binary's time zone in these tests.
pub fn today() -> Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
}

/// A file holding `abc`, in a folder of its own.
pub fn abc_file(name: &str) -> (tempfile::TempDir, PathBuf) {
    let folder = super::temp_dir("evidence");
    let path = folder.path().join(name);
    std::fs::write(&path, b"abc").unwrap();
    (folder, path)
}
