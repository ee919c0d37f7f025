//! Any bytes as any file the program reads (the session, its backup, each checklist file) never
//! panic, never hang and stay bounded: arbitrary bytes up to 4 KB, and deep nesting of arrays and
//! inline tables. Every case runs on a thread with a 512 KiB stack, a quarter of what the saver
//! thread gets, so a parse that recursed without bound would overflow it.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use xhs_cancel::checklist::{Checklist, FILE_NAMES};
use xhs_cancel::store::{self, Store, StoreError};

const MINIMAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");
const STACK: usize = 512 * 1024;

/// Runs `f` on a thread with a [`STACK`]-byte stack; a panic there fails the case.
fn on_small_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(STACK)
            .spawn_scoped(s, f)
            .unwrap()
            .join()
            .expect("no panic")
    })
}

fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("hostile-props-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
}

/// `bytes` as `session.toml` and as `session.toml.bak`: loading, peeking, restoring and saving
/// all return (an error names the file), and a refused restore changes nothing.
fn session_case(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempdir();
    let current = dir.path().join("session.toml");
    let backup = dir.path().join("session.toml.bak");
    fs::write(&current, bytes).unwrap();
    fs::write(&backup, bytes).unwrap();
    on_small_stack(|| -> Result<(), TestCaseError> {
        let mut store = Store::open(dir.path()).unwrap();
        let loaded = store.load();
        let peeked = store::peek(dir.path());
        prop_assert_eq!(loaded.is_ok(), peeked.is_ok());
        match store.restore_backup() {
            Ok(_) => prop_assert_eq!(fs::read(&current).unwrap(), bytes),
            Err(StoreError::Corrupt { .. } | StoreError::NewerVersion { .. }) => {
                prop_assert_eq!(fs::read(&backup).unwrap(), bytes);
            }
            Err(other) => prop_assert!(false, "unexpected {other:?}"),
        }
        if let Ok(Some(session)) = loaded {
            store.save(&session).unwrap();
        }
        Ok(())
    })
}

/// `bytes` as checklist file `index` of a copy of the minimal set, read from the folder.
fn checklist_case(index: usize, bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempdir();
    for name in FILE_NAMES {
        fs::copy(Path::new(MINIMAL).join(name), dir.path().join(name)).unwrap();
    }
    fs::write(dir.path().join(FILE_NAMES[index]), bytes).unwrap();
    on_small_stack(|| {
        if let Err(e) = Checklist::from_dir(dir.path()) {
            prop_assert!(!e.problems().is_empty(), "{e}");
        }
        Ok(())
    })
}

/// A TOML value nested `depth` levels, arrays and inline tables in the order `shape` picks.
fn nested(shape: &[bool]) -> String {
    let open: String = shape.iter().map(|&t| if t { "{a=" } else { "[" }).collect();
    let close: String = shape
        .iter()
        .rev()
        .map(|&t| if t { "}" } else { "]" })
        .collect();
    format!("{open}1{close}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_bytes_as_the_session_and_backup(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        session_case(&bytes)?;
    }

    #[test]
    fn any_text_as_the_session_and_backup(text in "(version = 1\nlang = \"en\"\nstage = \"reasons\"\n)?[\\[\\]{}=a-z0-9\"'#., \n]{0,2000}") {
        session_case(text.as_bytes())?;
    }

    #[test]
    fn deep_nesting_as_the_session(shape in proptest::collection::vec(any::<bool>(), 0..3000), key in 0usize..4) {
        let field = ["seen", "cursor", "x", "overrides"][key];
        let text = format!("version = 1\nlang = \"en\"\nstage = \"reasons\"\n{field} = {}\n", nested(&shape));
        session_case(text.as_bytes())?;
    }

    #[test]
    fn any_bytes_as_each_checklist_file(index in 0..FILE_NAMES.len(), bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        checklist_case(index, &bytes)?;
    }

    #[test]
    fn deep_nesting_as_each_checklist_file(index in 0..FILE_NAMES.len(), shape in proptest::collection::vec(any::<bool>(), 0..3000)) {
        let text = format!("title = {}\n", nested(&shape));
        checklist_case(index, text.as_bytes())?;
    }
}
