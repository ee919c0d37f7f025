//! The signals the wizard answers: those that end it (the loop stops, the session is saved and
//! the terminal restored), and on Unix suspending (SIGTSTP, Ctrl-Z) and resuming (SIGCONT).

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Tty;

/// Signals whose default action ends the process; each sets the stop flag instead.
#[cfg(unix)]
const ENDING: [i32; 7] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
    signal_hook::consts::SIGALRM,
    signal_hook::consts::SIGUSR1,
    signal_hook::consts::SIGUSR2,
];
/// On Windows the C runtime reports Ctrl-C (outside raw mode) and termination requests.
#[cfg(windows)]
const ENDING: [i32; 2] = [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM];

/// Flags set by signal handlers, read by the event loop at least every 100 ms.
pub struct Signals {
    stop: Arc<AtomicBool>,
    #[cfg(unix)]
    suspend: Arc<AtomicBool>,
    #[cfg(unix)]
    resumed: Arc<AtomicBool>,
    /// The terminal was given back on a suspend and not taken again (the program was ended
    /// while stopped): nothing is left to restore.
    #[cfg(unix)]
    given_back: AtomicBool,
}

impl Signals {
    pub fn register() -> io::Result<Signals> {
        let stop = Arc::new(AtomicBool::new(false));
        for signal in ENDING {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
        }
        #[cfg(unix)]
        {
            let suspend = Arc::new(AtomicBool::new(false));
            let resumed = Arc::new(AtomicBool::new(false));
            signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&suspend))?;
            signal_hook::flag::register(signal_hook::consts::SIGCONT, Arc::clone(&resumed))?;
            Ok(Signals {
                stop,
                suspend,
                resumed,
                given_back: AtomicBool::new(false),
            })
        }
        #[cfg(not(unix))]
        Ok(Signals { stop })
    }

    /// Whether the program still has the terminal to restore: false only after it was ended
    /// while suspended.
    pub fn holds_terminal(&self) -> bool {
        #[cfg(unix)]
        let held = !self.given_back.load(Ordering::Relaxed);
        #[cfg(not(unix))]
        let held = true;
        held
    }

    /// True once a signal asked the program to end.
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Acts on a SIGTSTP (suspends) or a SIGCONT that came without one (the process was
    /// stopped from outside): the terminal is taken again and cleared. True when the whole
    /// screen must be drawn again.
    pub fn take_pending(&self, terminal: &mut Tty, mouse: bool) -> io::Result<bool> {
        #[cfg(unix)]
        {
            if self.suspend.swap(false, Ordering::Relaxed) {
                return self.suspend(terminal, mouse);
            }
            if self.resumed.swap(false, Ordering::Relaxed) {
                super::take_terminal(mouse)?;
                terminal.clear()?;
                return Ok(true);
            }
        }
        let _ = (terminal, mouse);
        Ok(false)
    }

    /// Ctrl-Z: gives the terminal back, stops until SIGCONT (the shell's `fg`), then takes
    /// the terminal again and clears it; true, as the whole screen must be drawn. Windows has
    /// no job control: nothing happens there.
    pub fn suspend(&self, terminal: &mut Tty, mouse: bool) -> io::Result<bool> {
        #[cfg(unix)]
        {
            super::leave();
            signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
            self.resumed.store(false, Ordering::Relaxed);
            if self.stopped() {
                // Ended while stopped (the shell's `kill %1` sends SIGTERM, then SIGCONT): the
                // terminal stays with the shell, as taking it from the background would stop
                // the program again (SIGTTOU) before it could save and end.
                self.given_back.store(true, Ordering::Relaxed);
                return Ok(false);
            }
            super::take_terminal(mouse)?;
            terminal.clear()?;
            Ok(true)
        }
        #[cfg(not(unix))]
        {
            let _ = (terminal, mouse);
            Ok(false)
        }
    }
}
