//! Where sessions live by default. The only test in this binary, because it changes the
//! environment of the process.

use std::path::PathBuf;

use xhs_cancel::store::default_data_dir;

#[test]
fn the_environment_variable_then_the_platform_data_dir() {
    // SAFETY: this binary runs this one test, so no other thread reads the environment.
    unsafe {
        std::env::set_var("XHS_CANCEL_DATA_DIR", "/srv/sessions/me");
        std::env::set_var("XDG_DATA_HOME", "/home/someone/.local/share");
    }
    assert_eq!(default_data_dir(), Some(PathBuf::from("/srv/sessions/me")));

    // Empty counts as unset.
    unsafe { std::env::set_var("XHS_CANCEL_DATA_DIR", "") };
    #[cfg(target_os = "linux")]
    assert_eq!(
        default_data_dir(),
        Some(PathBuf::from("/home/someone/.local/share/xhs-cancel"))
    );

    unsafe { std::env::remove_var("XHS_CANCEL_DATA_DIR") };
    #[cfg(target_os = "linux")]
    assert_eq!(
        default_data_dir(),
        Some(PathBuf::from("/home/someone/.local/share/xhs-cancel"))
    );
    #[cfg(not(target_os = "linux"))]
    assert!(default_data_dir().is_some_and(|d| d.ends_with("xhs-cancel") || d.ends_with("data")));
}
