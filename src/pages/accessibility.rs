use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::state::config::use_config;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Accessibility() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let email = move || {
        config
            .get()
            .and_then(Result::ok)
            .map(|config| config.support.email)
    };
    view! {
        <PageHeading key=Key::AccessibilityTitle />
        <p class="ds-paragraph">{i18n.text(Key::AccessibilityIntro)}</p>
        <p class="ds-paragraph">{i18n.text(Key::AccessibilityTesting)}</p>
        <p class="ds-paragraph">{i18n.text(Key::AccessibilityKnownGaps)}</p>
        {move || email().map(|email| view! {
            <p class="ds-paragraph">{i18n.fill(Key::AccessibilityReport, &[("email", &email)])}</p>
        })}
    }
}
