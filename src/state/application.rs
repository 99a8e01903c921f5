//! One application being written: the server's copy with its entity tag, the applicant's
//! working copy, and the browser's copy of that in `sessionStorage`, written on every change
//! so that a reload, a lost network or an expired session loses nothing.

use crate::api::types::{Application, ApplicationContent};
use crate::api::{self, ApiError};
use crate::domain::draft::{reconcile, LocalCopy, Resolution};
use crate::state::session::SessionState;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a save or submit ended in, for the page to explain.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    Saved,
    /// Someone else saved a newer version: the user chooses (see `Conflict`).
    Conflict,
    Failed(ApiError),
}

/// Two versions of one application, neither of which may silently win.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub theirs: Application,
    pub theirs_etag: String,
    pub mine: ApplicationContent,
}

#[derive(Serialize, Deserialize)]
struct StoredCopy {
    base_etag: String,
    content: ApplicationContent,
}

#[derive(Clone, Copy)]
pub struct ApplicationDraft {
    id: StoredValue<String>,
    pub application: RwSignal<Application>,
    pub content: RwSignal<ApplicationContent>,
    etag: StoredValue<String>,
    pub conflict: RwSignal<Option<Conflict>>,
    session: SessionState,
}

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

fn copy_key(id: &str) -> String {
    format!("skoleleder.application.{id}")
}

fn submit_key(id: &str) -> String {
    format!("skoleleder.submit.{id}")
}

impl ApplicationDraft {
    /// Starts from the server's answer, keeping what the browser holds that the server has
    /// not seen yet; a copy based on an older version becomes a conflict to choose from.
    pub fn new(session: SessionState, application: Application, etag: String) -> ApplicationDraft {
        let id = application.id.clone();
        let local = storage()
            .and_then(|s| s.get_item(&copy_key(&id)).ok().flatten())
            .and_then(|json| serde_json::from_str::<StoredCopy>(&json).ok())
            .map(|copy| LocalCopy {
                base_etag: copy.base_etag,
                content: copy.content,
            });
        let (content, conflict) = match reconcile(local, &etag, &application.content) {
            Resolution::Server => (application.content.clone(), None),
            Resolution::Local(mine) => (mine, None),
            Resolution::Conflict { local } => (
                application.content.clone(),
                Some(Conflict {
                    theirs: application.clone(),
                    theirs_etag: etag.clone(),
                    mine: local,
                }),
            ),
        };
        let draft = ApplicationDraft {
            id: StoredValue::new(id),
            application: RwSignal::new(application),
            content: RwSignal::new(content),
            etag: StoredValue::new(etag),
            conflict: RwSignal::new(conflict),
            session,
        };
        Effect::new(move |_| {
            let content = draft.content.get();
            draft.keep_in_browser(&content);
        });
        draft
    }

    pub fn id(self) -> String {
        self.id.get_value()
    }

    fn keep_in_browser(self, content: &ApplicationContent) {
        let copy = StoredCopy {
            base_etag: self.etag.get_value(),
            content: content.clone(),
        };
        if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(&copy)) {
            let _ = storage.set_item(&copy_key(&self.id()), &json);
        }
    }

    fn accept(self, application: Application, etag: Option<String>) {
        if let Some(etag) = etag {
            self.etag.set_value(etag);
        }
        self.content.set(application.content.clone());
        self.application.set(application);
    }

    /// Sends the working copy to the server.
    pub async fn save(self) -> SaveOutcome {
        let Some(api) = self.session.api() else {
            return SaveOutcome::Failed(ApiError::Network);
        };
        let content = self.content.get_untracked();
        let etag = self.etag.get_value();
        match api::save_application(&api, &self.id(), &content, &etag).await {
            Ok((application, etag)) => {
                self.accept(application, etag);
                SaveOutcome::Saved
            }
            Err(error) if error.status() == Some(412) => self.load_conflict(content).await,
            Err(error) => SaveOutcome::Failed(error),
        }
    }

    async fn load_conflict(self, mine: ApplicationContent) -> SaveOutcome {
        let Some(api) = self.session.api() else {
            return SaveOutcome::Failed(ApiError::Network);
        };
        match api::application(&api, &self.id()).await {
            Ok((theirs, Some(theirs_etag))) => {
                self.conflict.set(Some(Conflict {
                    theirs,
                    theirs_etag,
                    mine,
                }));
                SaveOutcome::Conflict
            }
            Ok((_, None)) => SaveOutcome::Failed(ApiError::Malformed("no ETag".into())),
            Err(error) => SaveOutcome::Failed(error),
        }
    }

    /// The user's choice in a conflict: keep their own version (saved over the other on the
    /// next save) or take the other one.
    pub fn resolve(self, keep_mine: bool) {
        let Some(conflict) = self.conflict.get_untracked() else {
            return;
        };
        self.etag.set_value(conflict.theirs_etag);
        let mine = conflict.mine;
        self.application.set(conflict.theirs.clone());
        self.content.set(if keep_mine {
            mine
        } else {
            conflict.theirs.content
        });
        self.conflict.set(None);
    }

    /// Sends the application once: the key is made once per draft and kept in the browser,
    /// so a double click, a retry or a reload repeats the same submission.
    pub async fn submit(self) -> SaveOutcome {
        let key = submit_key(&self.id());
        let idempotency_key = storage()
            .and_then(|s| s.get_item(&key).ok().flatten())
            .unwrap_or_else(|| {
                let fresh = web_sys::window()
                    .and_then(|w| w.crypto().ok())
                    .map(|crypto| crypto.random_uuid())
                    .unwrap_or_else(|| format!("{}-{}", self.id(), js_sys::Date::now()));
                if let Some(storage) = storage() {
                    let _ = storage.set_item(&key, &fresh);
                }
                fresh
            });
        let Some(api) = self.session.api() else {
            return SaveOutcome::Failed(ApiError::Network);
        };
        match api::submit_application(&api, &self.id(), &idempotency_key).await {
            Ok(_receipt) => {
                self.forget_browser_copy();
                // The receipt is part of the application; read it back whole, with the
                // status and entity tag the submission gave it.
                match api::application(&api, &self.id()).await {
                    Ok((application, etag)) => self.accept(application, etag),
                    Err(error) => return SaveOutcome::Failed(error),
                }
                SaveOutcome::Saved
            }
            Err(error) => {
                // A refusal (422, 409) will not change on a retry; a new attempt after the
                // applicant's fix needs a new key. Lost answers keep the key.
                if matches!(error.status(), Some(400..=499)) {
                    if let Some(storage) = storage() {
                        let _ = storage.remove_item(&key);
                    }
                }
                SaveOutcome::Failed(error)
            }
        }
    }

    fn forget_browser_copy(self) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(&copy_key(&self.id()));
            let _ = storage.remove_item(&submit_key(&self.id()));
        }
    }
}
