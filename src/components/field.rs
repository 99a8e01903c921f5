//! A labelled text field with its hint and its error, wired for screen readers: the hint and
//! the error are read with the field, and the field says it is invalid. Used by every form.

use crate::i18n::Key;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn TextField(
    /// The input's id: the error summary links here.
    id: &'static str,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    #[prop(into)] error: Signal<Option<Key>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let parts = [
                hint.map(|_| hint_id.as_str()),
                error.get().map(|_| error_id.as_str()),
            ];
            let joined = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
            (!joined.is_empty()).then_some(joined)
        }
    };
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id>
                {i18n.text(label)}
                {optional.then(|| view! { " " {i18n.text(Key::Optional)} })}
            </label>
            {hint.map(|hint| view! { <div class="ds-paragraph" data-size="sm" id=hint_id>{i18n.text(hint)}</div> })}
            {move || error.get().map(|key| view! {
                <p class="ds-validation-message" data-color="danger" id=error_id.clone()>{i18n.text(key)}</p>
            })}
            <input
                class="ds-input"
                id=id
                type="text"
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                aria-describedby=described_by
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </div>
    }
}
