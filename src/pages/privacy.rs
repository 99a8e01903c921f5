//! The privacy notice: what is stored, where, why, for how long, and whom to ask.

use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::state::config::use_config;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Privacy() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let email = move || config.get().and_then(Result::ok).map(|c| c.support.email);
    let section = move |heading: Key, texts: &[Key]| {
        let paragraphs = texts
            .iter()
            .map(|&key| view! { <p class="ds-paragraph">{i18n.text(key)}</p> })
            .collect_view();
        view! { <h2 class="ds-heading" data-size="sm">{i18n.text(heading)}</h2> {paragraphs} }
    };
    view! {
        <PageHeading key=Key::PrivacyTitle />
        <p class="ds-paragraph">{i18n.text(Key::PrivacyIntro)}</p>
        {section(Key::PrivacyWhatHeading, &[Key::PrivacyBrowser, Key::PrivacyServer])}
        {section(Key::PrivacyWhyHeading, &[Key::PrivacyWhy])}
        {section(Key::PrivacyHowLongHeading, &[Key::PrivacyHowLong])}
        <h2 class="ds-heading" data-size="sm">{i18n.text(Key::PrivacyContactHeading)}</h2>
        {move || email().map(|email| view! {
            <p class="ds-paragraph">{i18n.fill(Key::PrivacyContact, &[("email", &email)])}</p>
        })}
    }
}
