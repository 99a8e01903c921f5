//! A native `<select>`: keyboard and screen-reader support come with it, and each option names
//! its language in that language (with a matching `lang` attribute for pronunciation).

use crate::i18n::{Key, Language};
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let change = move |ev| {
        if let Some(language) = Language::from_code(&event_target_value(&ev)) {
            i18n.choose(language);
        }
    };
    view! {
        <div class="app-language">
            <label class="ds-label" for="language-picker" data-weight="regular">
                {i18n.text(Key::LanguageLabel)}
            </label>
            <select id="language-picker" class="ds-input" on:change=change prop:value=move || i18n.language().code()>
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            <option value=language.code() lang=language.code() selected=move || i18n.language() == language>
                                {language.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
