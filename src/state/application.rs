//! One resource being written (an application or a needs report): the server's copy with its
//! entity tag, the user's working copy, and the browser's copy of that in `sessionStorage`,
//! written on every change so that a reload, a lost network or an expired session loses
//! nothing. Changes also go to the server in the background, a moment after typing stops.
//! One generic core serves both kinds; only the content type differs.

use crate::api::types::{Application, NeedsReport};
use crate::api::{self, ApiError, Resource};
use crate::domain::draft::{reconcile, LocalCopy, Resolution};
use crate::state::session::SessionState;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How long typing must pause before the change is sent to the server.
const AUTOSAVE_AFTER: Duration = Duration::from_millis(1500);

/// Where the working copy stands against the server's, for the page to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncState {
    /// The server has everything typed.
    Saved,
    /// Changes wait for a pause in typing, or are on their way.
    Saving,
    /// The last attempt failed; the changes are kept in this tab and go with the next save.
    NotSaved,
}

/// What a save or submit ended in, for the page to explain.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    Saved,
    /// Someone else saved a newer version: the user chooses (see `Conflict`).
    Conflict,
    Failed(ApiError),
}

/// Two versions of one resource, neither of which may silently win.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict<R: Resource> {
    pub theirs: R,
    pub theirs_etag: String,
    pub mine: R::Content,
}

#[derive(Serialize, Deserialize)]
struct StoredCopy<C> {
    base_etag: String,
    content: C,
    /// Whether the server lacks some of it (for the warning at log-out, and so that a copy the
    /// server had gives way to a newer version). A copy from a build that did not record this
    /// counts as unsent: nothing typed is dropped unseen.
    #[serde(default)]
    unsent: Option<bool>,
}

pub type ApplicationDraft = Draft<Application>;
pub type NeedsReportDraft = Draft<NeedsReport>;

pub struct Draft<R: Resource> {
    id: StoredValue<String>,
    pub resource: RwSignal<R>,
    pub content: RwSignal<R::Content>,
    etag: StoredValue<String>,
    pub conflict: RwSignal<Option<Conflict<R>>>,
    /// Notified when a whole version replaces the working copy (not when the user types), for
    /// pages that keep finer signals of their own.
    pub replaced: Trigger,
    /// The content the server is known to hold.
    sent: StoredValue<R::Content>,
    in_flight: RwSignal<bool>,
    failed: RwSignal<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    session: SessionState,
}

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

impl<R: Resource> Clone for Draft<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R: Resource> Copy for Draft<R> {}

const APPLICATION_COPY: &str = "skoleleder.application.";
const OTHER_COPY: &str = "skoleleder.draft.";

/// The browser's copy of a draft's content. Applications keep the key they always had, so a
/// copy written by an older build is still found.
fn copy_key<R: Resource>(id: &str) -> String {
    if R::COLLECTION.ends_with("/applications") {
        format!("{APPLICATION_COPY}{id}")
    } else {
        format!("{OTHER_COPY}{id}")
    }
}

/// Whether this tab holds typing the server does not have yet: logging out would lose it.
pub fn unsent_work_in_this_tab() -> bool {
    #[derive(Deserialize)]
    struct Flag {
        #[serde(default)]
        unsent: bool,
    }
    let Some(storage) = storage() else {
        return false;
    };
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(APPLICATION_COPY) || key.starts_with(OTHER_COPY))
        .filter_map(|key| storage.get_item(&key).ok().flatten())
        .filter_map(|json| serde_json::from_str::<Flag>(&json).ok())
        .any(|copy| copy.unsent)
}

fn submit_key(id: &str) -> String {
    format!("skoleleder.submit.{id}")
}

impl<R: Resource> Draft<R> {
    /// Starts from the server's answer, keeping what the browser holds that the server has
    /// not seen yet; a copy based on an older version becomes a conflict to choose from.
    pub fn new(session: SessionState, application: R, etag: String) -> Draft<R> {
        let id = application.id().to_owned();
        let local = storage()
            .and_then(|s| s.get_item(&copy_key::<R>(&id)).ok().flatten())
            .and_then(|json| serde_json::from_str::<StoredCopy<R::Content>>(&json).ok())
            .map(|copy| LocalCopy {
                base_etag: copy.base_etag,
                content: copy.content,
                unsent: copy.unsent.unwrap_or(true),
            });
        let (content, conflict) = match reconcile(local, &etag, application.content()) {
            Resolution::Server => (application.content().clone(), None),
            Resolution::Local(mine) => (mine, None),
            Resolution::Conflict { local } => (
                application.content().clone(),
                Some(Conflict {
                    theirs: application.clone(),
                    theirs_etag: etag.clone(),
                    mine: local,
                }),
            ),
        };
        let draft = Draft {
            id: StoredValue::new(id),
            sent: StoredValue::new(application.content().clone()),
            resource: RwSignal::new(application),
            content: RwSignal::new(content),
            etag: StoredValue::new(etag),
            conflict: RwSignal::new(conflict),
            replaced: Trigger::new(),
            in_flight: RwSignal::new(false),
            failed: RwSignal::new(false),
            timer: StoredValue::new(None),
            session,
        };
        Effect::new(move |_| {
            let content = draft.content.get();
            draft.keep_in_browser(&content);
            draft.save_soon();
        });
        on_cleanup(move || draft.cancel_timer());
        draft
    }

    /// Where the working copy stands against the server's (tracked).
    pub fn sync_state(self) -> SyncState {
        let unsent = self.content.with(|c| *c != self.sent.get_value());
        if self.in_flight.get() || (unsent && !self.failed.get()) {
            SyncState::Saving
        } else if unsent {
            SyncState::NotSaved
        } else {
            SyncState::Saved
        }
    }

    fn unsent(self) -> bool {
        self.content.with_untracked(|c| *c != self.sent.get_value())
    }

    fn cancel_timer(self) {
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    }

    /// Sends unsent changes once typing pauses; never while the user must choose a version.
    fn save_soon(self) {
        self.cancel_timer();
        if !self.unsent() || self.conflict.get_untracked().is_some() {
            return;
        }
        let timer = set_timeout_with_handle(
            move || leptos::task::spawn_local(async move { drop(self.save().await) }),
            AUTOSAVE_AFTER,
        );
        self.timer.set_value(timer.ok());
    }

    pub fn id(self) -> String {
        self.id.get_value()
    }

    fn keep_in_browser(self, content: &R::Content) {
        let copy = StoredCopy {
            base_etag: self.etag.get_value(),
            content: content.clone(),
            unsent: Some(*content != self.sent.get_value()),
        };
        if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(&copy)) {
            let _ = storage.set_item(&copy_key::<R>(&self.id()), &json);
        }
    }

    /// Takes the server's version as it is now (after a submission, say).
    pub fn accept(self, application: R, etag: Option<String>) {
        if let Some(etag) = etag {
            self.etag.set_value(etag);
        }
        self.sent.set_value(application.content().clone());
        self.content.set(application.content().clone());
        self.resource.set(application);
        self.replaced.notify();
    }

    /// Sends the working copy to the server, unless it has it already. One save at a time:
    /// a second one would carry the first one's old ETag and meet it as a conflict.
    pub async fn save(self) -> SaveOutcome {
        while self.in_flight.try_get_untracked().unwrap_or(false) {
            pause(50).await;
        }
        if self.in_flight.is_disposed() {
            return SaveOutcome::Failed(ApiError::Network);
        }
        if self.conflict.get_untracked().is_some() {
            return SaveOutcome::Conflict;
        }
        if !self.unsent() {
            return SaveOutcome::Saved;
        }
        let Some(api) = self.session.api() else {
            return SaveOutcome::Failed(ApiError::Network);
        };
        self.cancel_timer();
        self.in_flight.set(true);
        let content = self.content.get_untracked();
        let etag = self.etag.get_value();
        let answer = api::save::<R>(&api, &self.id(), &content, &etag).await;
        // The page may have gone meanwhile (an ended session leads to login): the browser's
        // copy keeps the typing, and there is nothing left here to update.
        if self.in_flight.is_disposed() {
            return answer.map_or_else(SaveOutcome::Failed, |_| SaveOutcome::Saved);
        }
        let outcome = match answer {
            Ok((application, etag)) => {
                if let Some(etag) = etag {
                    self.etag.set_value(etag);
                }
                self.sent.set_value(content);
                // The working copy stays as it is: it may have changed while this was sent.
                self.resource.set(application);
                self.keep_in_browser(&self.content.get_untracked());
                SaveOutcome::Saved
            }
            Err(error) if error.status() == Some(412) => self.load_conflict(content).await,
            Err(error) => SaveOutcome::Failed(error),
        };
        self.failed.set(matches!(outcome, SaveOutcome::Failed(_)));
        self.in_flight.set(false);
        // Typing during the save: that goes next.
        if outcome == SaveOutcome::Saved {
            self.save_soon();
        }
        outcome
    }

    /// Deletes this draft on the server and forgets the browser's copy.
    pub async fn delete(self) -> Result<(), ApiError> {
        let api = self.session.api().ok_or(ApiError::Network)?;
        self.cancel_timer();
        api::delete::<R>(&api, &self.id(), &self.etag.get_value()).await?;
        self.forget_browser_copy();
        Ok(())
    }

    /// Withdraws it on the server (a sent one only before its deadline) and takes the
    /// withdrawn version; what this tab held unsent is dropped with it.
    pub async fn withdraw(self) -> Result<(), ApiError> {
        let api = self.session.api().ok_or(ApiError::Network)?;
        self.cancel_timer();
        let id = self.id();
        let (withdrawn, etag) = api::withdraw::<R>(&api, &id).await?;
        forget_copy::<R>(&id);
        // The page may have gone meanwhile (an ended session leads to login).
        if !self.resource.is_disposed() {
            self.accept(withdrawn, etag);
        }
        Ok(())
    }

    async fn load_conflict(self, mine: R::Content) -> SaveOutcome {
        let Some(api) = self.session.api() else {
            return SaveOutcome::Failed(ApiError::Network);
        };
        match api::read::<R>(&api, &self.id()).await {
            Ok((theirs, theirs_etag)) => {
                self.conflict.set(Some(Conflict {
                    theirs,
                    theirs_etag,
                    mine,
                }));
                SaveOutcome::Conflict
            }
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
        self.sent.set_value(conflict.theirs.content().clone());
        self.resource.set(conflict.theirs.clone());
        self.conflict.set(None);
        self.content.set(if keep_mine {
            mine
        } else {
            conflict.theirs.content().clone()
        });
        self.replaced.notify();
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
        let id = self.id();
        let answer = api::submit::<R>(&api, &id, &idempotency_key).await;
        if self.resource.is_disposed() {
            // The page has gone (an ended session): a retry will reuse the key.
            return answer.map_or_else(SaveOutcome::Failed, |_| SaveOutcome::Saved);
        }
        match answer {
            Ok(_receipt) => {
                self.forget_browser_copy();
                // The receipt is part of the application; read it back whole, with the
                // status and entity tag the submission gave it.
                match api::read::<R>(&api, &self.id()).await {
                    Ok((application, etag)) => self.accept(application, Some(etag)),
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
        forget_copy::<R>(&self.id());
    }
}

/// Forgets the browser's copy of draft `id` and its submission key.
fn forget_copy<R: Resource>(id: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&copy_key::<R>(id));
        let _ = storage.remove_item(&submit_key(id));
    }
}

/// Waits `ms` milliseconds without blocking the page.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
