//! A value fetched once (and again on demand), held in a plain signal: `None` while loading.
//!
//! Used instead of `LocalResource`, which instantiates Leptos's whole async-derived machinery
//! for every value type; with the fetch boxed, each use here costs little more than a signal.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;
use std::cell::{Cell, RefCell};
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::task::{Poll, Waker};

thread_local! {
    /// Loads started and not yet finished, across the page.
    static IN_FLIGHT: Cell<usize> = const { Cell::new(0) };
    /// What waits for the page's loads to finish ([`when_settled`]).
    static WHEN_SETTLED: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Calls `then` once no load is in flight (at once if none is): for work that must not compete
/// with what the page is fetching for itself, such as fetching a flow ahead of need.
pub fn when_settled(then: impl FnOnce() + 'static) {
    match settled() {
        true => then(),
        false => WHEN_SETTLED.with_borrow_mut(|waiting| waiting.push(Box::new(then))),
    }
}

/// A chunk being fetched (`wasm_split`), boxed so one [`all_ok`] serves every kind.
pub type Load = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// Runs `loads` side by side until all have finished; the first failure, if any.
pub async fn all_ok(mut loads: Vec<Load>) -> Result<(), SplitLoaderError> {
    let mut outcome = Ok(());
    poll_fn(|context| {
        loads.retain_mut(|load| match load.as_mut().poll(context) {
            Poll::Ready(result) => {
                outcome = std::mem::replace(&mut outcome, Ok(())).and(result);
                false
            }
            Poll::Pending => true,
        });
        match loads.is_empty() {
            true => Poll::Ready(()),
            false => Poll::Pending,
        }
    })
    .await;
    outcome
}

/// Whether no load is in flight.
pub fn settled() -> bool {
    IN_FLIGHT.get() == 0
}

fn load_finished() {
    IN_FLIGHT.set(IN_FLIGHT.get() - 1);
    if IN_FLIGHT.get() == 0 {
        WHEN_SETTLED
            .with_borrow_mut(std::mem::take)
            .into_iter()
            .for_each(|then| then());
    }
}

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
        IN_FLIGHT.set(IN_FLIGHT.get() + 1);
        spawn_local(async move {
            let loaded = pending.await;
            if this.generation.try_get_value() == Some(generation) {
                this.value.try_set(Some(loaded));
                wake(this.waiting);
            }
            load_finished();
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
