//! The frame around every page: skip link, header, footer.

use crate::browser::{focus_after_render, focus_by_id};
use crate::components::language_picker::{LanguageOffer, LanguagePicker};
use crate::components::link::{use_go_to, Link};
use crate::i18n::Key;
use crate::routing::paths;
use crate::state::application::unsent_work_in_this_tab;
use crate::state::config::use_config;
use crate::state::language::use_i18n;
use crate::state::session::use_session;
use leptos::prelude::*;

/// Runs `then` once the browser has painted and timed the first screen from `index.html` (a
/// `first-contentful-paint` entry exists, so the paint's largest text is on record as painted
/// by the page, not by the app that repaints it the same), or after `frames` frames without.
pub fn after_first_paint(frames: u32, then: impl FnOnce() + 'static) {
    let timed = window().performance().is_some_and(|performance| {
        performance
            .get_entries_by_name("first-contentful-paint")
            .length()
            > 0
    });
    match timed || frames == 0 {
        true => request_animation_frame(then),
        false => request_animation_frame(move || after_first_paint(frames - 1, then)),
    }
}

/// Removes the first screen that `index.html` brought (`tools/first-paint`), in the same task
/// as the app's own first render, so the browser never paints between the two.
pub fn remove_first_paint() {
    while let Ok(Some(element)) = document().query_selector("[data-first-paint]") {
        element.remove();
    }
}

/// Moves focus to `<main>` itself: a plain `#main` link would resolve against `<base href>`
/// and navigate to the home page when the app runs under a sub-path.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_by_id("main");
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
                <div class="app-header__tools">
                    <UserMenu />
                    <LanguagePicker />
                </div>
            </div>
            <LanguageOffer />
        </header>
    }
}

/// The logged-in user and a log-out button, or a link to log in.
#[component]
fn UserMenu() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let go_to = use_go_to();
    let logged_out = RwSignal::new(false);
    let warning = RwSignal::new(false);
    let log_out_now = move || {
        warning.set(false);
        session.log_out();
        logged_out.set(true);
        go_to(paths::HOME);
        // The button is gone; without this, focus would fall to <body> when already on home.
        focus_by_id("main");
    };
    // Logging out clears the tab's copies: first say so when the server lacks some typing.
    let log_out = {
        let log_out_now = log_out_now.clone();
        move |_| {
            if unsent_work_in_this_tab() {
                warning.set(true);
                focus_after_render("log-out-anyway");
            } else {
                log_out_now();
            }
        }
    };
    view! {
        <div class="app-user">
            {move || match session.user_name() {
                Some(name) => view! {
                    <span class="ds-paragraph" data-size="sm">{move || i18n.about_person(Key::LoggedInAs, Key::LoggedInNameless, &name)}</span>
                    <button type="button" class="ds-button" data-variant="secondary" data-size="sm" on:click=log_out.clone()>
                        {i18n.text(Key::LogOut)}
                    </button>
                }.into_any(),
                None => view! { <Link to=paths::LOGIN class="ds-link">{i18n.text(Key::LoginTitle)}</Link> }.into_any(),
            }}
            <span class="ds-sr-only" role="status">{move || (logged_out.get() && session.user_name().is_none()).then(|| i18n.t(Key::LoggedOut))}</span>
        </div>
        {move || warning.get().then(|| {
            let log_out_now = log_out_now.clone();
            view! {
                <div class="ds-alert app-log-out-warning" data-color="warning" role="alert">
                    <p class="ds-paragraph">{i18n.text(Key::LogOutUnsentWarning)}</p>
                    <div class="app-actions">
                        <button type="button" id="log-out-anyway" class="ds-button" data-variant="primary" on:click=move |_| log_out_now()>
                            {i18n.text(Key::LogOutAnyway)}
                        </button>
                        <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| warning.set(false)>
                            {i18n.text(Key::StayLoggedInToSave)}
                        </button>
                    </div>
                </div>
            }
        })}
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
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
                <p class="ds-paragraph">
                    <Link to=paths::PRIVACY class="ds-link">{i18n.text(Key::PrivacyTitle)}</Link>
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
