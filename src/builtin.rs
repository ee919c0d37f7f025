//! The built-in checklists, validated when the program is built (src/build.rs) and embedded
//! ready to use: starting the wizard costs no TOML parsing.

use crate::checklist::Checklist;
use crate::error::LoadError;

/// The validated built-in checklist, as src/build.rs encoded it with postcard.
static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-checklist.postcard"));

impl Checklist {
    /// The checklists compiled into the binary. The build refuses invalid built-in files, so
    /// this decodes what was validated then; should decoding ever fail, the embedded TOML is
    /// parsed and validated again.
    pub fn builtin() -> Result<Checklist, LoadError> {
        postcard::from_bytes(ENCODED).or_else(|_| Checklist::parse(&Checklist::builtin_files()))
    }
}
