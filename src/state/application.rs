//! One resource being written (an application or a needs report): the server's copy with its
//! entity tag, the user's working copy, and the browser's copy of that in `sessionStorage`,
//! written on every change so that a reload, a lost network or an expired session loses
//! nothing. Changes also go to the server in the background, a moment after typing stops.
//! One generic core serves both kinds; only the content type differs.

use crate::api::types::{Application, NeedsReport};
use crate::api::{self, Api, ApiError, Resource};
use crate::browser::{now_millis, tab_storage};
use crate::domain::draft::{reconcile, LocalCopy, Resolution};
use crate::domain::merge::{merge, take_theirs, FieldConflict};
use crate::state::action::ActionState;
use crate::state::session::SessionState;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How long typing must pause before the change is sent to the server.
const AUTOSAVE_AFTER: Duration = Duration::from_millis(1500);
/// The tab's copy is written once typing stops this long (and at once as the page goes): a
/// keystroke must not serialise the whole report.
const COPY_AFTER: Duration = Duration::from_millis(300);

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

/// What a page is told about a field: where (a JSON Pointer) and what (a code).
pub type Finding = (String, String);

/// How sending a draft went.
#[derive(Debug, PartialEq)]
pub enum SendOutcome {
    Sent,
    /// A newer version came first: the user chooses, then sends again.
    Conflict,
    /// Held back before sending, or refused by the server, for these fields.
    Refused(Vec<Finding>),
    Failed(ApiError),
}

/// A newer version saved elsewhere changed some of the values this tab changed too: each is
/// the user's to decide. Everything else of both versions is in the working copy already.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict<R: Resource> {
    pub theirs: R,
    /// The values both changed differently, with the working copy holding this tab's.
    pub fields: Vec<FieldConflict>,
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
    /// Where a newer version saved elsewhere was taken into the working copy without a
    /// question (JSON Pointers), for the page to say what changed.
    pub taken_in: RwSignal<Vec<String>>,
    /// Notified when a whole version replaces the working copy (not when the user types), for
    /// pages that keep finer signals of their own.
    pub replaced: Trigger,
    /// The content the server is known to hold.
    sent: StoredValue<R::Content>,
    /// The tab's unsent copy this draft started from, which the page that wrote it may have
    /// sent as it went away (a reload, a page left): if the server turns out to hold exactly
    /// that, it is this tab's own save, not someone else's, and no choice is needed.
    own_echo: StoredValue<Option<R::Content>>,
    in_flight: RwSignal<bool>,
    failed: RwSignal<bool>,
    /// Whether the working copy may differ from `sent`. Set by typing without comparing (a
    /// keystroke must not walk the whole report); made exact when a save settles or finds
    /// nothing to send, so it can say "not saved" a moment too long but never "saved" early.
    maybe_unsent: RwSignal<bool>,
    /// Set when the server's version replaces the working copy whole (`accept`): that change
    /// is not the user's and leaves nothing unsent.
    accepted: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    copy_timer: StoredValue<Option<TimeoutHandle>>,
    session: SessionState,
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
    let Some(storage) = tab_storage() else {
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

const SUBMIT_KEY: &str = "skoleleder.submit.";

fn submit_key(id: &str) -> String {
    format!("{SUBMIT_KEY}{id}")
}

/// Whose the tab's working copies are: the backend's opaque subject id for the person who
/// typed them (never the fødselsnummer).
const COPIES_OWNER: &str = "skoleleder.copies-owner";

/// The tab's working copies belong to one person. At a login as anyone else (the next user of
/// a shared school computer) they are removed before anything can show them; after a session
/// ran out, the same person finds them again. Copies without a recorded owner (from a build
/// before this rule) count as someone else's.
pub fn keep_copies_only_of(subject: &str) {
    let Some(storage) = tab_storage() else {
        return;
    };
    if storage.get_item(COPIES_OWNER).ok().flatten().as_deref() == Some(subject) {
        return;
    }
    let copies = [
        APPLICATION_COPY,
        OTHER_COPY,
        SUBMIT_KEY,
        crate::state::needs_progress::LEFT_PREFIX,
    ];
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| copies.iter().any(|prefix| key.starts_with(prefix)))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
    let _ = storage.set_item(COPIES_OWNER, subject);
}

/// Records whose the copies are where a session from before that was recorded goes on.
pub fn record_copies_owner(subject: &str) {
    if let Some(storage) = tab_storage() {
        if storage.get_item(COPIES_OWNER).ok().flatten().is_none() {
            let _ = storage.set_item(COPIES_OWNER, subject);
        }
    }
}

impl<R: Resource> Draft<R> {
    /// Starts from the server's answer, keeping what the browser holds that the server has
    /// not seen yet; a copy based on an older version becomes a conflict to choose from.
    pub fn new(session: SessionState, application: R, etag: String) -> Draft<R> {
        let id = application.id().to_owned();
        let local = tab_storage()
            .and_then(|s| s.get_item(&copy_key::<R>(&id)).ok().flatten())
            .and_then(|json| serde_json::from_str::<StoredCopy<R::Content>>(&json).ok())
            .map(|copy| LocalCopy {
                base_etag: copy.base_etag,
                content: copy.content,
                unsent: copy.unsent.unwrap_or(true),
            });
        let mut own_echo = None;
        let (content, conflict) = match reconcile(local, &etag, application.content()) {
            Resolution::Server => (application.content().clone(), None),
            Resolution::Local(mine) => {
                own_echo = Some(mine.clone());
                (mine, None)
            }
            // The version the copy grew from is not kept: every value that differs asks.
            Resolution::Conflict { local } => {
                let merged = merge_versions(None, &local, application.content());
                let conflict = Conflict {
                    theirs: application.clone(),
                    fields: merged.conflicts,
                };
                (merged.content.unwrap_or(local), Some(conflict))
            }
        };
        let draft = Draft {
            id: StoredValue::new(id),
            sent: StoredValue::new(application.content().clone()),
            own_echo: StoredValue::new(own_echo),
            resource: RwSignal::new(application),
            content: RwSignal::new(content),
            etag: StoredValue::new(etag),
            conflict: RwSignal::new(conflict.filter(|c| !c.fields.is_empty())),
            taken_in: RwSignal::new(Vec::new()),
            replaced: Trigger::new(),
            in_flight: RwSignal::new(false),
            failed: RwSignal::new(false),
            maybe_unsent: RwSignal::new(false),
            accepted: StoredValue::new(false),
            timer: StoredValue::new(None),
            copy_timer: StoredValue::new(None),
            session,
        };
        let unsent = draft.unsent();
        draft.maybe_unsent.set(unsent);
        if unsent {
            draft.keep_in_browser();
            draft.save_soon();
        }
        // Each change: mark it, and write the copy and save once typing pauses. Nothing here
        // reads the content itself.
        Effect::new(move |first_run: Option<()>| {
            draft.content.track();
            let accepted = draft.accepted.try_update_value(std::mem::take) == Some(true);
            if first_run.is_some() && !accepted {
                if !draft.maybe_unsent.get_untracked() {
                    draft.maybe_unsent.set(true);
                }
                draft.copy_soon();
                draft.save_soon();
            }
        });
        // Leaving sends at once what the pause autosave waits for would never send.
        let closing = window_event_listener_untyped("pagehide", move |_| draft.flush());
        // Back in view: another tab or device may have saved meanwhile.
        let shown = window_event_listener_untyped("visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                draft.look_for_newer();
            }
        });
        let unload_warning = window_event_listener_untyped("beforeunload", move |event| {
            if draft.unsent() {
                event.prevent_default();
            }
        });
        on_cleanup(move || {
            closing.remove();
            shown.remove();
            unload_warning.remove();
            draft.flush();
        });
        draft
    }

    /// Where the working copy stands against the server's (tracked).
    pub fn sync_state(self) -> SyncState {
        let unsent = self.maybe_unsent.get();
        if self.in_flight.get() || (unsent && !self.failed.get()) {
            SyncState::Saving
        } else if unsent {
            SyncState::NotSaved
        } else {
            SyncState::Saved
        }
    }

    /// Whether the server lacks some of the working copy (false once the draft is disposed).
    fn unsent(self) -> bool {
        self.sent
            .try_with_value(|sent| self.content.try_with_untracked(|c| c != sent))
            .flatten()
            .unwrap_or(false)
    }

    fn cancel_timer(self) {
        clear_timer(self.timer);
    }

    /// Makes `maybe_unsent` exact (one comparison, when a save settles or typing pauses).
    fn recheck_unsent(self) {
        let unsent = self.unsent();
        if self.maybe_unsent.try_get_untracked() != Some(unsent) {
            self.maybe_unsent.try_set(unsent);
        }
    }

    /// Writes the tab's copy once typing pauses for `COPY_AFTER`.
    fn copy_soon(self) {
        clear_timer(self.copy_timer);
        let timer = set_timeout_with_handle(
            move || {
                if !self.content.is_disposed() {
                    self.keep_in_browser();
                }
            },
            COPY_AFTER,
        );
        self.copy_timer.set_value(timer.ok());
    }

    /// Sends unsent changes once typing pauses; never while the user must choose a version.
    /// Whether anything is unsent is asked when the pause comes (`save`), not per keystroke.
    fn save_soon(self) {
        self.cancel_timer();
        if self.conflict.get_untracked().is_some() {
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

    /// Writes the working copy to the tab's storage now (a copy waiting for a pause goes too).
    fn keep_in_browser(self) {
        clear_timer(self.copy_timer);
        let content = &self.content.get_untracked();
        // While a question is open the copy holds this tab's values at its places: it must not
        // pass for a copy grown from their version, or a reload would take it without asking.
        let open_question = self.conflict.with_untracked(Option::is_some);
        let copy = StoredCopy {
            base_etag: if open_question {
                String::new()
            } else {
                self.etag.get_value()
            },
            content: content.clone(),
            unsent: Some(*content != self.sent.get_value()),
        };
        if let (Some(storage), Ok(json)) = (tab_storage(), serde_json::to_string(&copy)) {
            let _ = storage.set_item(&copy_key::<R>(&self.id()), &json);
        }
    }

    /// Takes the server's version as it is now (after a submission, say).
    pub fn accept(self, application: R, etag: Option<String>) {
        if let Some(etag) = etag {
            self.etag.set_value(etag);
        }
        self.sent.set_value(application.content().clone());
        self.accepted.set_value(true);
        self.content.set(application.content().clone());
        self.maybe_unsent.set(false);
        self.resource.set(application);
        self.replaced.notify();
        self.keep_in_browser();
    }

    /// Sends the working copy to the server, unless it has it already. One save at a time:
    /// a second one would carry the first one's old ETag and meet it as a conflict.
    pub async fn save(self) -> SaveOutcome {
        while self.in_flight.try_get_untracked().unwrap_or(false) {
            crate::browser::sleep(50).await;
        }
        if self.in_flight.is_disposed() {
            return SaveOutcome::Failed(ApiError::Network);
        }
        if self.conflict.get_untracked().is_some() {
            return SaveOutcome::Conflict;
        }
        if !self.unsent() {
            self.recheck_unsent();
            return SaveOutcome::Saved;
        }
        let Some(api) = self.session.api() else {
            return SaveOutcome::Failed(ApiError::Network);
        };
        self.cancel_timer();
        self.in_flight.set(true);
        let (id, content, etag) = (
            self.id(),
            self.content.get_untracked(),
            self.etag.get_value(),
        );
        let answer = api::save::<R>(&api, &id, &content, &etag).await;
        self.settle(answer, content, api, id).await
    }

    /// Sends unsent changes at once, as the page goes away: its pages are left (the draft is
    /// being cleaned up) or the tab is closing or hidden for good (`pagehide`, so the request
    /// outlives the page). Everything it sends is read now, before anything is disposed. Not
    /// while a version must be chosen, nor beside a save in flight (that one carries the
    /// change but the last keystrokes, which stay in the tab's copy either way).
    fn flush(self) {
        self.cancel_timer();
        if self.copy_timer.try_with_value(Option::is_some) == Some(true) {
            self.keep_in_browser();
        }
        if !self.idle() || !self.unsent() {
            return;
        }
        let Some(api) = self.session.api() else {
            return;
        };
        self.in_flight.set(true);
        let (id, content, etag) = (
            self.id(),
            self.content.get_untracked(),
            self.etag.get_value(),
        );
        let sending = save_while_leaving::<R>(&api, &id, &content, &etag);
        leptos::task::spawn_local(async move {
            let answer = sending.await;
            drop(self.settle(answer, content, api, id).await);
        });
    }

    /// Takes a save's answer in: the new version, a conflict to choose from, or a failure.
    async fn settle(
        self,
        answer: Result<(R, Option<String>), ApiError>,
        content: R::Content,
        api: Api,
        id: String,
    ) -> SaveOutcome {
        // The page may have gone meanwhile (left, or an ended session led to login): the
        // tab's copy is all that is left to bring up to date.
        if self.in_flight.is_disposed() {
            if let Ok((_, Some(etag))) = &answer {
                after_page_left::<R>(api, id, &content, etag);
            }
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
                self.keep_in_browser();
                SaveOutcome::Saved
            }
            Err(error) if error.status() == Some(412) => self.load_conflict(content).await,
            Err(error) => SaveOutcome::Failed(error),
        };
        self.failed.set(matches!(outcome, SaveOutcome::Failed(_)));
        self.in_flight.set(false);
        self.recheck_unsent();
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

    /// A save met a newer version: it is read and merged with the working copy against the
    /// version both grew from. What only one side changed is taken at once (and saved next);
    /// values both changed differently wait for the user's choice. Typing that came during
    /// the save is in the working copy merged here, so none of it is lost.
    async fn load_conflict(self, sent: R::Content) -> SaveOutcome {
        let Some(api) = self.session.api() else {
            return SaveOutcome::Failed(ApiError::Network);
        };
        let (theirs, theirs_etag) = match api::read::<R>(&api, &self.id()).await {
            Ok(read) => read,
            Err(error) => return SaveOutcome::Failed(error),
        };
        if self.content.is_disposed() {
            return SaveOutcome::Conflict;
        }
        self.take_in(theirs, theirs_etag, &sent)
    }

    /// Takes a newer server version into the working copy by merging (see `load_conflict`);
    /// `sent` is a version this tab saved or tried to, which counts as its own.
    fn take_in(self, theirs: R, theirs_etag: String, sent: &R::Content) -> SaveOutcome {
        // The server holding this tab's own typing (saved as a page went away) is no change
        // from elsewhere: it is the version the working copy grew from.
        let own = theirs.content() == sent
            || self
                .own_echo
                .with_value(|echo| echo.as_ref() == Some(theirs.content()));
        let base = if own {
            theirs.content().clone()
        } else {
            self.sent.get_value()
        };
        let mine = self.content.get_untracked();
        let merged = merge_versions(Some(&base), &mine, theirs.content());
        let Some(content) = merged.content else {
            return SaveOutcome::Failed(ApiError::Malformed("merge".into()));
        };
        self.etag.set_value(theirs_etag);
        self.sent.set_value(theirs.content().clone());
        self.own_echo.set_value(None);
        self.resource.set(theirs.clone());
        if !merged.taken.is_empty() {
            self.taken_in.set(merged.taken);
        }
        if content != mine {
            self.content.set(content);
            self.replaced.notify();
        }
        if merged.conflicts.is_empty() {
            SaveOutcome::Saved
        } else {
            self.conflict.set(Some(Conflict {
                theirs,
                fields: merged.conflicts,
            }));
            SaveOutcome::Conflict
        }
    }

    /// Whether no save is on its way and no choice is open (false once disposed).
    fn idle(self) -> bool {
        !self.in_flight.try_get_untracked().unwrap_or(true)
            && self
                .conflict
                .try_with_untracked(Option::is_none)
                .unwrap_or(false)
    }

    /// Asks the server for its version when the tab comes back into view, and takes a newer
    /// one in as a save would. Not while a save or a choice is open.
    fn look_for_newer(self) {
        let Some(api) = self.session.api().filter(|_| self.idle()) else {
            return;
        };
        let asked_at = self.etag.get_value();
        leptos::task::spawn_local(async move {
            let Ok((theirs, etag)) = api::read::<R>(&api, &self.id()).await else {
                return;
            };
            // A save that landed meanwhile makes this answer older than what the tab has.
            let unchanged = self.etag.try_get_value().is_some_and(|now| now == asked_at);
            if unchanged && self.idle() && etag != asked_at {
                let sent = self.sent.get_value();
                if self.take_in(theirs, etag, &sent) == SaveOutcome::Saved {
                    self.save_soon();
                }
            }
        });
    }

    /// The user's choice in a conflict, one per conflicting value in order (`true` keeps
    /// this tab's). Applied to the working copy as it is now, so typing under the choice
    /// stays; then saved.
    pub fn resolve(self, keep_mine: &[bool]) {
        let Some(conflict) = self.conflict.get_untracked() else {
            return;
        };
        let mut content = serde_json::to_value(self.content.get_untracked()).unwrap_or_default();
        for (field, keep) in conflict.fields.iter().zip(keep_mine) {
            if !keep {
                take_theirs(&mut content, field);
            }
        }
        self.conflict.set(None);
        if let Ok(content) = serde_json::from_value(content) {
            self.content.set(content);
            self.replaced.notify();
        }
        self.save_soon();
    }

    /// "Lagre og fortsett" on any draft page: one save (a press while one is on its way does
    /// nothing). On a conflict the page's question takes over, so neither callback runs.
    pub fn save_then(
        self,
        action: ActionState,
        saved: impl FnOnce() + 'static,
        failed: impl FnOnce(ApiError) + 'static,
    ) {
        action.run(async move {
            match self.save().await {
                SaveOutcome::Saved => saved(),
                SaveOutcome::Conflict => {}
                SaveOutcome::Failed(error) => failed(error),
            }
        });
    }

    /// Saves what is unsent, then sends the draft once, so that the submission covers exactly
    /// what the user checked. `hold` looks at the saved draft first and may keep it back with
    /// findings (JSON Pointer and code) for the page to show; the server's refusals of fields
    /// come back the same way.
    pub async fn send(self, hold: impl FnOnce() -> Option<Vec<Finding>>) -> SendOutcome {
        let outcome = match self.save().await {
            SaveOutcome::Saved => match hold() {
                Some(findings) => return SendOutcome::Refused(findings),
                None => self.submit().await,
            },
            other => other,
        };
        match outcome {
            SaveOutcome::Saved => SendOutcome::Sent,
            SaveOutcome::Conflict => SendOutcome::Conflict,
            SaveOutcome::Failed(error) => {
                let findings: Vec<Finding> = error
                    .field_errors()
                    .iter()
                    .map(|e| (e.pointer.clone(), e.code.clone()))
                    .collect();
                if findings.is_empty() {
                    SendOutcome::Failed(error)
                } else {
                    SendOutcome::Refused(findings)
                }
            }
        }
    }

    /// Sends the application once: the key is made once per draft and kept in the browser,
    /// so a double click, a retry or a reload repeats the same submission.
    pub async fn submit(self) -> SaveOutcome {
        let key = submit_key(&self.id());
        let idempotency_key = tab_storage()
            .and_then(|s| s.get_item(&key).ok().flatten())
            .unwrap_or_else(|| {
                let fresh = fresh_id();
                if let Some(storage) = tab_storage() {
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
                    if let Some(storage) = tab_storage() {
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

/// Stops a pending timer kept in `slot` (nothing if none, or if the draft is gone).
fn clear_timer(slot: StoredValue<Option<TimeoutHandle>>) {
    if let Some(timer) = slot.try_update_value(Option::take).flatten() {
        timer.clear();
    }
}

/// A merge's outcome with the merged version read back as content (`None` if it does not
/// read, which a merge of two valid versions cannot cause).
struct MergedContent<C> {
    content: Option<C>,
    conflicts: Vec<FieldConflict>,
    taken: Vec<String>,
}

/// Merges two versions of a draft's content against `base` (`None`: not known, so every
/// value that differs is a conflict).
fn merge_versions<C: Serialize + serde::de::DeserializeOwned>(
    base: Option<&C>,
    mine: &C,
    theirs: &C,
) -> MergedContent<C> {
    let json = |c: &C| serde_json::to_value(c).unwrap_or_default();
    let (mine, theirs) = (json(mine), json(theirs));
    let base = base.map_or(serde_json::Value::Null, json);
    let merged = merge(&base, &mine, &theirs);
    MergedContent {
        content: serde_json::from_value(merged.value).ok(),
        conflicts: merged.conflicts,
        taken: merged.taken,
    }
}

/// A save that ended after its page had gone: the tab's copy is told the server has `sent` as
/// version `etag`, and typing the copy holds beyond it (typed while that save was on its way)
/// is sent too, as no page of the draft is left to send it.
fn after_page_left<R: Resource>(api: Api, id: String, sent: &R::Content, etag: &str) {
    mark_copy_sent::<R>(&id, sent, etag);
    let later = tab_storage()
        .and_then(|s| s.get_item(&copy_key::<R>(&id)).ok().flatten())
        .and_then(|json| serde_json::from_str::<StoredCopy<R::Content>>(&json).ok())
        .filter(|copy| copy.unsent != Some(false) && copy.content != *sent);
    let Some(later) = later else {
        return;
    };
    let sending = save_while_leaving::<R>(&api, &id, &later.content, etag);
    leptos::task::spawn_local(async move {
        if let Ok((_, Some(etag))) = sending.await {
            mark_copy_sent::<R>(&id, &later.content, &etag);
        }
    });
}

/// Records in the tab's copy of draft `id` that the server holds `content` as version `etag`,
/// unless the copy has changed since (typing on another page of it).
fn mark_copy_sent<R: Resource>(id: &str, content: &R::Content, etag: &str) {
    let Some(storage) = tab_storage() else {
        return;
    };
    let key = copy_key::<R>(id);
    let stored = storage.get_item(&key).ok().flatten();
    let copy = stored.and_then(|json| serde_json::from_str::<StoredCopy<R::Content>>(&json).ok());
    if copy.is_some_and(|copy| copy.content == *content) {
        let sent = StoredCopy {
            base_etag: etag.to_owned(),
            content: content.clone(),
            unsent: Some(false),
        };
        if let Ok(json) = serde_json::to_string(&sent) {
            let _ = storage.set_item(&key, &json);
        }
    }
}

thread_local! {
    /// Drafts whose pages were left with a save still on its way (`Draft::flush`).
    static FLUSHING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Sends `content` as a draft's page goes away: with `keepalive`, and registered at once (not
/// when first polled) so that a page opening the draft next waits for it (`flushed`).
fn save_while_leaving<R: Resource>(
    api: &Api,
    id: &str,
    content: &R::Content,
    etag: &str,
) -> impl std::future::Future<Output = Result<(R, Option<String>), ApiError>> + 'static {
    FLUSHING.with(|f| f.borrow_mut().push(id.to_owned()));
    let (api, id, content, etag) = (
        api.clone().outliving_page(),
        id.to_owned(),
        content.clone(),
        etag.to_owned(),
    );
    async move {
        let answer = api::save::<R>(&api, &id, &content, &etag).await;
        FLUSHING.with(|f| f.borrow_mut().retain(|flushing| *flushing != id));
        answer
    }
}

/// Waits (a few seconds at most) until no save sent on leaving draft `id`'s pages is on its
/// way, so a page opening it right after reads the version with that save in it.
pub async fn flushed(id: &str) {
    for _ in 0..150 {
        if !FLUSHING.with(|f| f.borrow().iter().any(|flushing| flushing == id)) {
            return;
        }
        crate::browser::sleep(20).await;
    }
}

/// A new random id (a UUID): for an Idempotency-Key, or an item of a list in a draft.
pub fn fresh_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|| format!("{}-{}", now_millis(), js_sys::Math::random()))
}

/// Forgets the browser's copy of draft `id` and its submission key.
fn forget_copy<R: Resource>(id: &str) {
    if let Some(storage) = tab_storage() {
        let _ = storage.remove_item(&copy_key::<R>(id));
        let _ = storage.remove_item(&submit_key(id));
    }
}
