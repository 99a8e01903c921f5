use crate::components::link::Link;
use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::routing::paths;
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// The two ways in: apply for a programme, or report DeKomp needs.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let way_in = move |heading: Key, body: Key, link: Key, href: &'static str| {
        view! {
            <li class="ds-card app-way-in">
                <h2 class="ds-heading" data-size="sm">{i18n.text(heading)}</h2>
                <p class="ds-paragraph">{i18n.text(body)}</p>
                <Link to=href class="ds-link app-way-in__link">{i18n.text(link)}</Link>
            </li>
        }
    };
    view! {
        <PageHeading key=Key::HomeHeading title=Key::HomeTitle />
        <p class="ds-paragraph" data-size="lg">{i18n.text(Key::HomeIntro)}</p>
        <ul class="app-ways-in" role="list">
            {way_in(Key::ApplyHeading, Key::ApplyBody, Key::ApplyLink, paths::APPLICATIONS)}
            {way_in(Key::NeedsHeading, Key::NeedsBody, Key::NeedsLink, paths::NEEDS_REPORT)}
        </ul>
    }
}
