//! Who is logged in. Kept in `sessionStorage`: it survives a reload but not a closed browser,
//! which is what a login on a shared school computer should do. The session holds only a
//! bearer token and the name to show, whichever login produced them (see `auth.mode` in the
//! config); the fødselsnummer stays on the server (`GET /session` has it).
//!
//! It also knows when the session ends (`domain::session_clock`): from the login's answer, from
//! every authenticated call (the `Api` it hands out reports each one) and from `GET /session`.
//! A clock tick each second turns that into the warning shown before the end, and at the end
//! the session is forgotten here and marked as expired, for the login page to say so.

use crate::api::client::Observer;
use crate::api::types::SessionCreated;
use crate::api::{self, Api};
use crate::browser::{leave_for, now_millis, tab_storage};
use crate::domain::session_clock::{SessionClock, SessionStatus};
use crate::routing::web_link;
use crate::state::application::{keep_copies_only_of, record_copies_owner};
use crate::state::config::ConfigResource;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const STORAGE_KEY: &str = "skoleleder.session";
const CLOCK_KEY: &str = "skoleleder.session.clock";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveSession {
    pub token: String,
    /// The display name, as the login answered it.
    pub name: String,
}

#[derive(Clone, Copy)]
pub struct SessionState {
    current: RwSignal<Option<ActiveSession>>,
    config: ConfigResource,
    /// Apart from `current`, which would re-render every logged-in page on each call.
    clock: RwSignal<Option<SessionClock>>,
    /// The browser's clock, moved on each second.
    pub now: RwSignal<i64>,
    /// The session ended by time (or the server said so), not by logging out.
    pub expired: RwSignal<bool>,
    /// The user closed the warning of the absolute end, which staying cannot move.
    dismissed: RwSignal<bool>,
}

impl SessionState {
    pub fn new(config: ConfigResource) -> SessionState {
        let stored = |key| {
            tab_storage()
                .and_then(|s| s.get_item(key).ok().flatten())
                .unwrap_or_default()
        };
        let clock = RwSignal::new(SessionClock::decode(&stored(CLOCK_KEY)));
        let now = RwSignal::new(now_millis());
        let session = SessionState {
            current: RwSignal::new(serde_json::from_str(&stored(STORAGE_KEY)).ok()),
            config,
            clock,
            now,
            expired: RwSignal::new(false),
            dismissed: RwSignal::new(false),
        };
        let _ = set_interval_with_handle(
            move || now.set(now_millis()),
            std::time::Duration::from_secs(1),
        );
        Effect::new(move |_| {
            if session.status() == SessionStatus::Expired {
                session.expire();
            }
        });
        session
    }

    /// Where the session stands now (tracked: changes each second).
    fn status(self) -> SessionStatus {
        self.clock
            .get()
            .map_or(SessionStatus::Active, |clock| clock.status(self.now.get()))
    }

    /// The warning to show: whole minutes left, and whether it is the absolute end.
    pub fn ending(self) -> Option<(i64, bool)> {
        match self.status() {
            SessionStatus::Ending { minutes, absolute } if !(absolute && self.dismissed.get()) => {
                Some((minutes, absolute))
            }
            _ => None,
        }
    }

    fn set_clock(self, clock: Option<SessionClock>) {
        if let Some(storage) = tab_storage() {
            let _ = storage.set_item(
                CLOCK_KEY,
                &clock.map(SessionClock::encode).unwrap_or_default(),
            );
        }
        self.clock.set(clock);
    }

    /// The logged-in user's name, or `None` when nobody is logged in (tracked).
    pub fn user_name(self) -> Option<String> {
        self.current
            .with(|session| session.as_ref().map(|s| s.name.clone()))
    }

    pub fn start(self, created: SessionCreated) {
        keep_copies_only_of(&created.subject);
        let received = now_millis();
        self.set_clock(Some(SessionClock::at_login(
            created.expires_at.timestamp_millis(),
            received,
        )));
        self.expired.set(false);
        self.dismissed.set(false);
        let session = ActiveSession {
            token: created.token,
            name: created.user.name,
        };
        if let (Some(storage), Ok(json)) = (tab_storage(), serde_json::to_string(&session)) {
            let _ = storage.set_item(STORAGE_KEY, &json);
        }
        self.current.set(Some(session));
    }

    fn end(self) {
        if let Some(storage) = tab_storage() {
            let _ = storage.remove_item(STORAGE_KEY);
            let _ = storage.remove_item(CLOCK_KEY);
        }
        self.clock.set(None);
        self.current.set(None);
    }

    /// The session ended by time, not by the user: forgotten here, but what the user typed in
    /// this tab is kept for when they log in again.
    pub fn expire(self) {
        if self.current.with_untracked(Option::is_some) {
            self.end();
            self.expired.set(true);
        }
    }

    /// Forgets the session and the tab's working copies at once (a shared school computer);
    /// telling the server is best effort, so a log-out never waits on the network. An
    /// ID-porten session then ends at ID-porten too, at the address the backend gives.
    pub fn log_out(self) {
        if let Some(api) = self.api() {
            leptos::task::spawn_local(async move {
                if let Ok(Some(ended)) = api::log_out(&api).await {
                    if let Some(url) = web_link(&ended.end_session_url) {
                        leave_for(url);
                    }
                }
            });
        }
        if let Some(storage) = tab_storage() {
            let _ = storage.clear();
        }
        self.end();
    }

    /// "Stay logged in": asks the backend, which extends the session and says until when. Also
    /// checks a remembered session after a reload (logged out, it asks nothing); a 401 ends it (through the observer), other
    /// failures keep it: a flaky network is no reason to log anyone out. Before the absolute
    /// end, which nothing moves, it only closes the warning.
    pub fn refresh(self) {
        if matches!(
            untrack(|| self.status()),
            SessionStatus::Ending { absolute: true, .. }
        ) {
            return self.dismissed.set(true);
        }
        // Logged out there is nothing to ask about: the answer could only be 401.
        if self.token().is_none() {
            return;
        }
        let Some(api) = self.api() else { return };
        leptos::task::spawn_local(async move {
            if let Ok(session) = api::current_session(&api).await {
                record_copies_owner(&session.subject);
                let expires_at = session.expires_at.timestamp_millis();
                let clock = self.clock.get_untracked().map_or_else(
                    || SessionClock::at_login(expires_at, now_millis()),
                    |clock| clock.with_expiry(expires_at),
                );
                if self.current.with_untracked(Option::is_some) {
                    self.set_clock(Some(clock));
                }
            }
        });
    }

    fn token(self) -> Option<String> {
        self.current
            .with_untracked(|session| session.as_ref().map(|s| s.token.clone()))
    }

    /// The backend once the runtime config has loaded (`None` if it could not be): for what a
    /// page loads as it opens, which may be before the config has arrived.
    pub async fn backend(self) -> Option<Api> {
        self.config.loaded().await;
        self.api()
    }

    /// The backend, with this user's token; `None` until the runtime config has loaded. Each
    /// call it makes tells the session whether it is still alive.
    pub fn api(self) -> Option<Api> {
        let config = self.config.get_untracked()?.ok()?;
        let token = self.token();
        let asked_with = token.clone();
        let observer = Observer(std::rc::Rc::new(move |outcome: Option<i64>| {
            // Only the session asked about: the user may have logged in again meanwhile.
            if self.token() != asked_with {
                return;
            }
            match (outcome, self.clock.get_untracked()) {
                (Some(sent), Some(clock)) => self.set_clock(Some(clock.touched(sent))),
                (Some(_), None) => {}
                (None, _) => self.expire(),
            }
        }));
        Some(Api::new(&config.api_base_url, token).observed(observer))
    }
}

pub fn use_session() -> SessionState {
    expect_context::<SessionState>()
}
