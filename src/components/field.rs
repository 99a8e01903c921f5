//! A labelled text field with its hint and its error, wired for screen readers: the hint and
//! the error are read with the field, and the field says it is invalid. Used by every form.
//! With `max_chars` it counts characters as GOV.UK's character count does (`CharacterCount`,
//! also under the needs report's long texts): the count shows at once, and is announced
//! politely once typing pauses, not on every key.

use crate::domain::wizard::characters_left;
use crate::i18n::Key;
use crate::state::language::{use_i18n, I18n, Spoken};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the count is announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1000);

fn count_text(i18n: I18n, value: &str, max: usize) -> String {
    let left = characters_left(value, max);
    let (key, n) = if left >= 0 {
        (Key::CharactersLeft, left)
    } else {
        (Key::CharactersTooMany, -left)
    };
    i18n.fill(key, &[("n", &n.to_string())])
}

/// A field's hint, read with the field (its id goes in the field's `aria-describedby`).
pub fn hint_view(id: String, text: impl IntoView + 'static) -> impl IntoView {
    view! { <div class="ds-paragraph" data-size="sm" id=id>{text}</div> }
}

/// A field's error message, read with the field like the hint. Plain text, never HTML.
pub fn error_view(id: String, text: String) -> impl IntoView {
    view! { <p class="ds-validation-message" data-color="danger" id=id>{text}</p> }
}

/// The characters left (or too many) in `value` against `max`, shown at once and said politely
/// once typing pauses. `id` is the count's element id, for the field's `aria-describedby`.
#[component]
pub fn CharacterCount(
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<String>,
    max: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let announced = Spoken::new(i18n);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Each change restarts the pause; the text at the start is not announced.
    Effect::watch(
        move || value.get(),
        move |text, _, _| {
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let message = count_text(i18n, text, max);
            let handle =
                set_timeout_with_handle(move || announced.say(message), ANNOUNCE_AFTER).ok();
            pending.set_value(handle);
        },
        false,
    );
    view! {
        <p class="ds-paragraph" data-size="sm" id=id>{move || count_text(i18n, &value.get(), max)}</p>
        <span class="ds-sr-only" role="status">{move || announced.text()}</span>
    }
}

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
    /// A `<textarea>` for longer text.
    #[prop(optional)]
    multiline: bool,
    /// Shows a character counter against this limit.
    #[prop(optional)]
    max_chars: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let described_by = {
        let (hint_id, error_id, count_id) = (hint_id.clone(), error_id.clone(), count_id.clone());
        move || {
            let parts = [
                hint.map(|_| hint_id.as_str()),
                error.get().map(|_| error_id.as_str()),
                max_chars.map(|_| count_id.as_str()),
            ];
            let joined = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
            (!joined.is_empty()).then_some(joined)
        }
    };
    let typed = move |text: String| on_input.run(text);
    let control = match multiline {
        true => view! {
            <textarea class="ds-input" id=id rows="6"
                aria-describedby=described_by
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || value.get()
                on:input=move |ev| typed(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        false => view! {
            <input class="ds-input" id=id type="text"
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                aria-describedby=described_by
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || value.get()
                on:input=move |ev| typed(event_target_value(&ev))
            />
        }
        .into_any(),
    };
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id>
                {i18n.text(label)}
                {optional.then(|| view! { " " {i18n.text(Key::Optional)} })}
            </label>
            {hint.map(|hint| hint_view(hint_id, i18n.text(hint)))}
            {move || error.get().map(|key| error_view(error_id.clone(), i18n.t(key).to_owned()))}
            {control}
            {max_chars.map(|max| view! { <CharacterCount id=count_id value max /> })}
        </div>
    }
}
