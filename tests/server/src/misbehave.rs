//! Deliberate contract violations, so the conformance self-test can prove that the suite catches
//! them. They are switched on only in-process, through [`crate::AppState::misbehaviour`]; no
//! request reaches them, test mode or not.

use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Debug, Default)]
pub struct Misbehaviour {
    /// Deadlines never pass: they are counted from the server's current clock.
    pub ignore_deadlines: AtomicBool,
    /// Sessions never end from inactivity.
    pub ignore_idle_limit: AtomicBool,
    /// Activity keeps a session alive past its absolute lifetime.
    pub ignore_session_lifetime: AtomicBool,
    /// A sent application's working copy may move to another round, and its deadline follows
    /// the working copy (contract 1.3 servers did this).
    pub unlock_rounds: AtomicBool,
    /// Late documents may be anyone's document, not only the user's own.
    pub late_documents_from_anyone: AtomicBool,
    /// Late documents are taken by a withdrawn application too.
    pub late_documents_when_withdrawn: AtomicBool,
    /// Idempotency-Keys are one space for all users instead of one per user.
    pub shared_idempotency_keys: AtomicBool,
    /// The list of applications shows other users' drafts too (never what they have sent).
    pub list_others_application_drafts: AtomicBool,
}

impl Misbehaviour {
    pub fn ignores_deadlines(&self) -> bool {
        self.ignore_deadlines.load(Ordering::Relaxed)
    }
    pub fn ignores_idle_limit(&self) -> bool {
        self.ignore_idle_limit.load(Ordering::Relaxed)
    }
    pub fn ignores_session_lifetime(&self) -> bool {
        self.ignore_session_lifetime.load(Ordering::Relaxed)
    }
    pub fn unlocks_rounds(&self) -> bool {
        self.unlock_rounds.load(Ordering::Relaxed)
    }
    pub fn takes_late_documents_from_anyone(&self) -> bool {
        self.late_documents_from_anyone.load(Ordering::Relaxed)
    }
    pub fn takes_late_documents_when_withdrawn(&self) -> bool {
        self.late_documents_when_withdrawn.load(Ordering::Relaxed)
    }
    pub fn shares_idempotency_keys(&self) -> bool {
        self.shared_idempotency_keys.load(Ordering::Relaxed)
    }
    pub fn lists_others_application_drafts(&self) -> bool {
        self.list_others_application_drafts.load(Ordering::Relaxed)
    }
}
