//! Who is logged in. Kept in `sessionStorage`: it survives a reload but not a closed browser,
//! which is what a login on a shared school computer should do. The session holds only a
//! bearer token and the name to show, whichever login produced them (see `auth.mode` in the
//! config); the fødselsnummer stays on the server (`GET /session` has it).

use crate::api::types::SessionCreated;
use crate::api::{self, Api};
use crate::state::config::ConfigResource;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const STORAGE_KEY: &str = "skoleleder.session";

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
}

impl SessionState {
    pub fn new(config: ConfigResource) -> SessionState {
        let stored = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|json| serde_json::from_str(&json).ok());
        SessionState {
            current: RwSignal::new(stored),
            config,
        }
    }

    /// The logged-in user's name, or `None` when nobody is logged in (tracked).
    pub fn user_name(self) -> Option<String> {
        self.current
            .with(|session| session.as_ref().map(|s| s.name.clone()))
    }

    pub fn start(self, created: SessionCreated) {
        let session = ActiveSession {
            token: created.token,
            name: created.user.name,
        };
        if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(&session)) {
            let _ = storage.set_item(STORAGE_KEY, &json);
        }
        self.current.set(Some(session));
    }

    pub fn end(self) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
        self.current.set(None);
    }

    /// Forgets the session here at once; telling the server is best effort, so a log-out
    /// never waits on the network.
    pub fn log_out(self) {
        if let Some(api) = self.api() {
            leptos::task::spawn_local(async move {
                let _ = api::log_out(&api).await;
            });
        }
        self.end();
    }

    /// Asks the backend whether a remembered session is still alive, and forgets it if not
    /// (expired after inactivity, or ended elsewhere). Other failures keep it: a flaky
    /// network is no reason to log anyone out.
    pub fn verify(self) {
        let (Some(checked), Some(api)) = (self.token(), self.api()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Err(error) = api::current_session(&api).await {
                // Only the session asked about: the user may have logged in again meanwhile.
                if error.is_unauthorized() && self.token().as_ref() == Some(&checked) {
                    self.end();
                }
            }
        });
    }

    fn token(self) -> Option<String> {
        self.current
            .with_untracked(|session| session.as_ref().map(|s| s.token.clone()))
    }

    /// The backend, with this user's token; `None` until the runtime config has loaded.
    pub fn api(self) -> Option<Api> {
        let config = self.config.get_untracked()?.ok()?;
        Some(Api::new(&config.api_base_url, self.token()))
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

pub fn use_session() -> SessionState {
    expect_context::<SessionState>()
}
