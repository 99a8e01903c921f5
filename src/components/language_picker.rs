//! One button per language, each naming its language in that language (with a matching `lang`
//! attribute for pronunciation). Buttons rather than a `<select>`: a select that switches on
//! change would change the whole page on every arrow key (WCAG 3.2.2, On Input).

use crate::i18n::{Key, Language};
use crate::state::language::use_i18n;
use leptos::prelude::*;

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
        </nav>
    }
}
