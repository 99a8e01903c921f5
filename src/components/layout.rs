//! The frame around every page: skip link, header, footer.

use crate::app::ConfigResource;
use crate::components::language_picker::LanguagePicker;
use crate::components::link::Link;
use crate::i18n::Key;
use crate::routing::paths;
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// Moves focus to `<main>` itself: a plain `#main` link would resolve against `<base href>`
/// and navigate to the home page when the app runs under a sub-path.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a class="ds-skip-link" href="#main" on:click=skip>
            {i18n.text(Key::SkipToContent)}
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="app-header">
            <div class="app-container app-header__row">
                <Link to=paths::HOME class="app-header__name">
                    {i18n.text(Key::AppName)}
                </Link>
                <LanguagePicker />
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let config = expect_context::<ConfigResource>();
    let support = move || {
        config
            .get()
            .and_then(Result::ok)
            .map(|config| config.support)
    };
    view! {
        <footer class="app-footer">
            <div class="app-container">
                <p class="ds-paragraph">
                    <Link to=paths::ACCESSIBILITY class="ds-link">
                        {i18n.text(Key::FooterAccessibilityLink)}
                    </Link>
                </p>
                {move || support().map(|support| {
                    let mailto = format!("mailto:{}", support.email);
                    view! {
                        <h2 class="ds-heading" data-size="2xs">{i18n.text(Key::FooterContactHeading)}</h2>
                        <p class="ds-paragraph">
                            <a class="ds-link" href=mailto>{i18n.fill(Key::FooterContactEmail, &[("email", &support.email)])}</a>
                        </p>
                        {support.phone.map(|phone| view! {
                            <p class="ds-paragraph">{i18n.fill(Key::FooterContactPhone, &[("phone", &phone)])}</p>
                        })}
                    }
                })}
            </div>
        </footer>
    }
}
