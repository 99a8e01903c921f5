//! The line under a draft's form that says whether what was typed is on the server.

use crate::i18n::Key;
use crate::state::application::SyncState;
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// Whether what was typed is on the server. Not a live region: it changes with every pause
/// in typing, and a screen reader would hear it each time.
#[component]
pub fn SyncLine(#[prop(into)] state: Signal<SyncState>) -> impl IntoView {
    let i18n = use_i18n();
    let key = move || match state.get() {
        SyncState::Saved => Key::SyncSaved,
        SyncState::Saving => Key::SyncSaving,
        SyncState::NotSaved => Key::SyncNotSaved,
    };
    view! { <p class="ds-paragraph app-sync" data-size="sm">{move || i18n.t(key())}</p> }
}
