//! One button per language, each naming its language in that language (with a matching `lang`
//! attribute for pronunciation). Buttons rather than a `<select>`: a select that switches on
//! change would change the whole page on every arrow key (WCAG 3.2.2, On Input).

use crate::browser::focus_by_id;
use crate::i18n::{Key, Language};
use crate::state::language::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="app-language" aria-labelledby="language-picker-label">
            <span class="ds-label" id="language-picker-label" data-weight="regular">
                {i18n.text(Key::LanguageLabel)}
            </span>
            <ul class="app-language__list" role="list">
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="ds-button"
                                    data-variant=move || if i18n.language() == language { "primary" } else { "tertiary" }
                                    data-size="sm"
                                    lang=language.code()
                                    aria-pressed=move || if i18n.language() == language { "true" } else { "false" }
                                    on:click=move |_| i18n.choose(language)
                                >
                                    {language.native_name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            // A language's texts come when first chosen (`state::language`): if they cannot,
            // the page stays as it was and says why.
            {move || i18n.not_loaded().map(|language| view! {
                <p class="ds-validation-message" data-color="danger" data-size="sm" role="alert">
                    {move || i18n.fill(Key::LanguageNotLoaded, &[("language", language.native_name())])}
                </p>
            })}
        </nav>
    }
}

/// "This service is also in English", in that language, where the browser prefers a language
/// the app has and the page is in another: one link to this page in it, never a switch by
/// itself.
#[component]
pub fn LanguageOffer() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    move || {
        i18n.offer().map(|language| {
            let switch = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                i18n.choose(language);
                // The link is gone with the offer; keep keyboard focus on the page.
                focus_by_id("main");
            };
            view! {
                <p class="ds-paragraph app-container app-language-offer" data-size="sm">
                    <a class="ds-link" href=move || location.pathname.get() lang=language.code() hreflang=language.code() on:click=switch>
                        {language.offer_text()}
                    </a>
                </p>
            }
        })
    }
}
