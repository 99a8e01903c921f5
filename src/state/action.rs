//! One server action at a time per button: a second press while the first is on its way does
//! nothing, and the button can say it is busy.

use crate::api::ApiError;
use leptos::prelude::*;
use std::future::Future;

/// The state of one action: whether it is on its way, and how the last one failed.
#[derive(Clone, Copy)]
pub struct ActionState {
    pub pending: RwSignal<bool>,
    pub failure: RwSignal<Option<ApiError>>,
}

impl ActionState {
    pub fn new() -> ActionState {
        ActionState {
            pending: RwSignal::new(false),
            failure: RwSignal::new(None),
        }
    }

    /// Runs `work` unless an earlier run is still going; an earlier failure is cleared first.
    /// The page may have gone by the time it ends, so nothing disposed is touched then.
    pub fn run(self, work: impl Future<Output = ()> + 'static) {
        if self.pending.get_untracked() {
            return;
        }
        self.pending.set(true);
        self.failure.set(None);
        leptos::task::spawn_local(async move {
            work.await;
            let _ = self.pending.try_set(false);
        });
    }

    /// Whether a run is on its way (untracked), for checks before starting one.
    pub fn busy(self) -> bool {
        self.pending.get_untracked()
    }

    pub fn fail(self, error: ApiError) {
        let _ = self.failure.try_set(Some(error));
    }
}

impl Default for ActionState {
    fn default() -> ActionState {
        ActionState::new()
    }
}
