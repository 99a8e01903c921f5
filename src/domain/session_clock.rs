//! When a session ends and when to warn about it (WCAG 2.2.1 Timing Adjustable). Times are
//! milliseconds since the Unix epoch; the caller passes "now", so every rule is tested here.
//!
//! **Clock skew.** The server's `expires_at` is on the server's clock, and the browser's clock
//! may be minutes off. So the browser never compares `expires_at` with its own clock. At login
//! the server sets `expires_at` to its "now" plus the idle limit (the contract's 30 minutes),
//! which gives the server's "now" at the moment the answer was received; the difference to the
//! browser's clock at that moment is the skew, kept for the session. Every later `expires_at` is
//! moved onto the browser's clock by it. The answer's travel time makes the local end at most
//! that late (well under a second), which the two-minute warning absorbs.

/// Without activity a session ends this long after the last authenticated call.
pub const IDLE_MS: i64 = 30 * 60 * 1000;
/// A session ends this long after login, whatever the activity.
pub const ABSOLUTE_MS: i64 = 12 * 60 * 60 * 1000;
/// The warning opens this long before the end.
pub const WARN_BEFORE_MS: i64 = 2 * 60 * 1000;

/// One session's ends, on the browser's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionClock {
    /// The server's clock minus the browser's.
    skew: i64,
    /// When the session ends without further activity.
    idle_end: i64,
    /// When it ends whatever happens.
    absolute_end: i64,
}

/// What the user should see now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionStatus {
    Active,
    /// The end is near: whole minutes left (rounded up, so "2" until the last minute), and
    /// whether it is the absolute end, which staying cannot move.
    Ending {
        minutes: i64,
        absolute: bool,
    },
    Expired,
}

impl SessionClock {
    /// From the login's answer `expires_at` (server clock), received at `received` (browser).
    pub fn at_login(expires_at: i64, received: i64) -> SessionClock {
        SessionClock {
            skew: expires_at - IDLE_MS - received,
            idle_end: received + IDLE_MS,
            absolute_end: received + ABSOLUTE_MS,
        }
    }

    /// A later `expires_at` (from `GET /session`), which replaces the idle end.
    pub fn with_expiry(self, expires_at: i64) -> SessionClock {
        SessionClock {
            idle_end: expires_at - self.skew,
            ..self
        }
    }

    /// Another authenticated call, sent at `sent` (browser clock), succeeded: the server has
    /// counted the idle limit from some moment after that.
    pub fn touched(self, sent: i64) -> SessionClock {
        SessionClock {
            idle_end: self.idle_end.max(sent + IDLE_MS),
            ..self
        }
    }

    /// Three numbers for the browser's storage (smaller in the wasm than serde).
    pub fn encode(self) -> String {
        format!("{} {} {}", self.skew, self.idle_end, self.absolute_end)
    }

    pub fn decode(text: &str) -> Option<SessionClock> {
        let mut numbers = text.split(' ').map(|n| n.parse().ok());
        let mut next = || numbers.next().flatten();
        let clock = SessionClock {
            skew: next()?,
            idle_end: next()?,
            absolute_end: next()?,
        };
        next().is_none().then_some(clock)
    }

    /// When the session ends (browser clock).
    pub fn ends_at(self) -> i64 {
        self.idle_end.min(self.absolute_end)
    }

    pub fn status(self, now: i64) -> SessionStatus {
        let left = self.ends_at() - now;
        if left <= 0 {
            SessionStatus::Expired
        } else if left <= WARN_BEFORE_MS {
            SessionStatus::Ending {
                minutes: (left + 59_999) / 60_000,
                absolute: self.absolute_end <= self.idle_end,
            }
        } else {
            SessionStatus::Active
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;
    const T: i64 = 1_800_000_000_000;

    #[test]
    fn warns_exactly_two_minutes_before_the_idle_limit() {
        let clock = SessionClock::at_login(T + IDLE_MS, T);
        assert_eq!(clock.status(T), SessionStatus::Active);
        assert_eq!(clock.status(T + 28 * MIN - 1), SessionStatus::Active);
        let ending = |minutes| SessionStatus::Ending {
            minutes,
            absolute: false,
        };
        assert_eq!(clock.status(T + 28 * MIN), ending(2));
        assert_eq!(clock.status(T + 29 * MIN), ending(1));
        assert_eq!(clock.status(T + 30 * MIN - 1), ending(1));
        assert_eq!(clock.status(T + 30 * MIN), SessionStatus::Expired);
        assert_eq!(clock.status(T + 40 * MIN), SessionStatus::Expired);
    }

    #[test]
    fn minutes_left_round_up_and_do_not_chatter() {
        let clock = SessionClock::at_login(T + IDLE_MS, T);
        let minutes = |now| match clock.status(now) {
            SessionStatus::Ending { minutes, .. } => minutes,
            other => panic!("{other:?}"),
        };
        assert_eq!(minutes(T + 28 * MIN + 1), 2);
        assert_eq!(minutes(T + 29 * MIN - 1), 2);
        assert_eq!(minutes(T + 29 * MIN + 30_000), 1);
    }

    #[test]
    fn staying_moves_the_end() {
        let clock = SessionClock::at_login(T + IDLE_MS, T);
        // "Stay logged in" at 28 minutes: the server answers 30 minutes on from then.
        let stayed = clock.with_expiry(T + 28 * MIN + IDLE_MS);
        assert_eq!(stayed.status(T + 29 * MIN), SessionStatus::Active);
        assert_eq!(stayed.ends_at(), T + 58 * MIN);
    }

    #[test]
    fn any_authenticated_call_moves_the_end_but_never_back() {
        let clock = SessionClock::at_login(T + IDLE_MS, T).touched(T + 10 * MIN);
        assert_eq!(clock.ends_at(), T + 40 * MIN);
        assert_eq!(clock.touched(T + 5 * MIN).ends_at(), T + 40 * MIN);
        assert_eq!(clock.status(T + 37 * MIN), SessionStatus::Active);
    }

    #[test]
    fn the_absolute_limit_cannot_be_stayed_past() {
        let clock = SessionClock::at_login(T + IDLE_MS, T);
        let late = T + ABSOLUTE_MS - 10 * MIN;
        // The server caps expires_at at 12 hours after login; so does the browser on its own.
        let capped = clock.with_expiry(T + ABSOLUTE_MS);
        let touched = clock.touched(late);
        for clock in [capped, touched] {
            assert_eq!(clock.ends_at(), T + ABSOLUTE_MS);
            assert_eq!(clock.status(late), SessionStatus::Active);
            assert_eq!(
                clock.status(T + ABSOLUTE_MS - 2 * MIN),
                SessionStatus::Ending {
                    minutes: 2,
                    absolute: true
                }
            );
            assert_eq!(clock.status(T + ABSOLUTE_MS), SessionStatus::Expired);
        }
    }

    #[test]
    fn a_browser_clock_that_is_off_changes_nothing() {
        // The browser is 7 minutes behind the server, then 45 minutes ahead.
        for skew in [7 * MIN, -45 * MIN] {
            let browser = |server: i64| server - skew;
            let clock = SessionClock::at_login(T + IDLE_MS, browser(T));
            assert_eq!(
                clock.status(browser(T + 28 * MIN) - 1),
                SessionStatus::Active
            );
            assert!(matches!(
                clock.status(browser(T + 28 * MIN)),
                SessionStatus::Ending { minutes: 2, .. }
            ));
            let stayed = clock.with_expiry(T + 28 * MIN + IDLE_MS);
            assert_eq!(stayed.ends_at(), browser(T + 58 * MIN));
            assert_eq!(stayed.status(browser(T + 58 * MIN)), SessionStatus::Expired);
        }
    }

    #[test]
    fn kept_in_storage_as_three_numbers() {
        let clock = SessionClock::at_login(T + IDLE_MS, T - 7 * MIN);
        assert_eq!(SessionClock::decode(&clock.encode()), Some(clock));
        for bad in ["", "1 2", "1 2 3 4", "1 x 3", "null"] {
            assert_eq!(SessionClock::decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn slow_answers_make_the_local_end_late_by_the_travel_time_only() {
        // The server answered at T; the answer arrived 800 ms later.
        let clock = SessionClock::at_login(T + IDLE_MS, T + 800);
        assert_eq!(clock.ends_at(), T + IDLE_MS + 800);
        assert_eq!(
            clock.with_expiry(T + 5 * MIN + IDLE_MS).ends_at(),
            T + 35 * MIN + 800
        );
    }
}
