//! "Fant ikke siden": the router's fallback, and a flow's answer to an address it does not know.

use crate::components::link::Link;
use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::routing::paths;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading key=Key::NotFoundTitle />
        <p class="ds-paragraph">{i18n.text(Key::NotFoundBody)}</p>
        <p class="ds-paragraph">
            <Link to=paths::HOME class="ds-link">{i18n.text(Key::BackToHome)}</Link>
        </p>
    }
}
