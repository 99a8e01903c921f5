//! The two flows arrive in later releases. Until then their routes say so plainly instead of
//! showing forms that do nothing.

use crate::components::link::Link;
use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::routing::paths;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
fn NotAvailable(title: Key) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading key=title />
        <div class="ds-alert" data-color="info">
            <p class="ds-paragraph">{i18n.text(Key::NotAvailableYet)}</p>
        </div>
        <p class="ds-paragraph">
            <Link to=paths::HOME class="ds-link">{i18n.text(Key::BackToHome)}</Link>
        </p>
    }
}

#[component]
pub fn NeedsReport() -> impl IntoView {
    view! { <NotAvailable title=Key::NeedsTitle /> }
}
