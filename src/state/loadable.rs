//! A value fetched once (and again on demand), held in a plain signal: `None` while loading.
//!
//! Used instead of `LocalResource`, which instantiates Leptos's whole async-derived machinery
//! for every value type; with the fetch boxed, each use here costs little more than a signal.

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::task::{Poll, Waker};

type Fetch<T> = Box<dyn Fn() -> Pin<Box<dyn Future<Output = T>>>>;

pub struct Loadable<T: Send + Sync + 'static> {
    value: RwSignal<Option<T>>,
    /// Counts loads, so an answer to an older load never overwrites a newer one.
    generation: StoredValue<u32>,
    fetch: StoredValue<Fetch<T>, LocalStorage>,
    /// Tasks awaiting `loaded`, woken when a value arrives.
    waiting: StoredValue<Vec<Waker>, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for Loadable<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Loadable<T> {}

impl<T: Clone + Send + Sync + 'static> Loadable<T> {
    /// Starts loading at once.
    pub fn new<F: Future<Output = T> + 'static>(fetch: impl Fn() -> F + 'static) -> Loadable<T> {
        let fetch: Fetch<T> = Box::new(move || Box::pin(fetch()));
        let loadable = Loadable {
            value: RwSignal::new(None),
            generation: StoredValue::new(0),
            fetch: StoredValue::new_local(fetch),
            waiting: StoredValue::new_local(Vec::new()),
        };
        loadable.reload();
        loadable
    }

    /// The loaded value, tracked: `None` while loading.
    pub fn get(&self) -> Option<T> {
        self.value.get()
    }

    pub fn get_untracked(&self) -> Option<T> {
        self.value.get_untracked()
    }

    /// The value once it has loaded (at once if it has), for code that must wait for it.
    pub async fn loaded(self) -> Option<T> {
        poll_fn(|context| match self.value.try_get_untracked() {
            Some(None) => {
                self.waiting
                    .update_value(|waiting| waiting.push(context.waker().clone()));
                Poll::Pending
            }
            // `None`: the owner is gone, so nothing will arrive.
            value => Poll::Ready(value.flatten()),
        })
        .await
    }

    /// Forgets the value and loads it again (a retry after a failure).
    pub fn reload(&self) {
        let generation = self.generation.get_value().wrapping_add(1);
        self.generation.set_value(generation);
        self.value.set(None);
        let pending = self.fetch.with_value(|fetch| fetch());
        let this = *self;
        spawn_local(async move {
            let loaded = pending.await;
            if this.generation.try_get_value() == Some(generation) {
                this.value.try_set(Some(loaded));
                wake(this.waiting);
            }
        });
    }
}

/// Not generic, so one copy serves every `Loadable<T>`.
#[inline(never)]
fn wake(waiting: StoredValue<Vec<Waker>, LocalStorage>) {
    if let Some(waiting) = waiting.try_update_value(std::mem::take) {
        waiting.into_iter().for_each(Waker::wake);
    }
}
