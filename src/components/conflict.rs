//! Another tab or device saved a newer version of what is being written: the user chooses which
//! version to keep, and nothing is overwritten until then. What differs is the caller's to say
//! (the children); the choice is raised as an event.

use crate::i18n::Key;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ConflictAlert(
    /// "The application was changed elsewhere", or the report's own words.
    heading: Key,
    /// `true` keeps this tab's version, `false` takes the saved one.
    choose: Callback<bool>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="ds-alert" data-color="warning" role="alert">
            <h2 class="ds-heading" data-size="xs">{i18n.text(heading)}</h2>
            <p class="ds-paragraph">{i18n.text(Key::ConflictBody)}</p>
            {children()}
            <div class="app-actions">
                <button type="button" class="ds-button" data-variant="primary" on:click=move |_| choose.run(true)>
                    {i18n.text(Key::ConflictKeepMine)}
                </button>
                <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| choose.run(false)>
                    {i18n.text(Key::ConflictTakeTheirs)}
                </button>
            </div>
        </div>
    }
}
