//! The error summary at the top of a form (GOV.UK and Designsystemet pattern): it takes focus
//! when shown, links to each field, and marks the page as having errors, which puts "Feil: "
//! in front of the page title (see `use_page_title`).

use crate::browser::{focus, focus_by_id};
use crate::components::words::Words;
use crate::i18n::{Key, Language};
use crate::state::language::{use_i18n, PageHasErrors};
use leptos::html;
use leptos::prelude::*;
use std::borrow::Cow;

/// One field's message: `field_id` is the id of the input the link should focus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMessage {
    pub field_id: Cow<'static, str>,
    pub key: Key,
    /// Words put in the key's `{text}` (a question's label, a requirement's reason, a
    /// finding's own message), made in the language the message is shown in.
    pub text: Option<Words>,
    /// The language to show it in when it is not the interface's (the Swedish course).
    pub lang: Option<Language>,
    /// What the summary names before the message (a document, a school year and row), where
    /// the message alone would repeat itself; next to its field the message stands alone.
    pub label: Option<Words>,
}

impl FieldMessage {
    pub fn new(field_id: &'static str, key: Key) -> FieldMessage {
        FieldMessage {
            field_id: Cow::Borrowed(field_id),
            key,
            text: None,
            lang: None,
            label: None,
        }
    }

    /// The message as the summary shows it, in its own language or else the interface's,
    /// after its label if it has one. Plain text.
    pub fn render(&self, interface: Language) -> String {
        let language = self.lang.unwrap_or(interface);
        let alone = self.render_alone(interface);
        match &self.label {
            Some(label) => format!("{}: {alone}", label.get(language)),
            None => alone,
        }
    }

    /// The message as shown next to its field, without the label.
    pub fn render_alone(&self, interface: Language) -> String {
        let language = self.lang.unwrap_or(interface);
        match &self.text {
            Some(text) => self.key.fill(language, &[("text", &text.get(language))]),
            None => self.key.text(language).to_owned(),
        }
    }
}

/// The first message for `field_id`, for showing next to the field.
pub fn message_for(messages: &[FieldMessage], field_id: &str) -> Option<Key> {
    messages
        .iter()
        .find(|m| m.field_id == field_id)
        .map(|m| m.key)
}

#[component]
pub fn ErrorSummary(messages: ReadSignal<Vec<FieldMessage>>) -> impl IntoView {
    let i18n = use_i18n();
    let summary = NodeRef::<html::Section>::new();
    let page_has_errors = use_context::<PageHasErrors>();
    on_cleanup(move || {
        if let Some(flag) = page_has_errors {
            flag.0.set(false);
        }
    });
    // The summary takes focus when a check shows it, not when an entry goes because its field
    // was fixed: the user is typing there, and focus must stay in the field.
    Effect::new(move |shown_before: Option<Vec<FieldMessage>>| {
        let shown = messages.get();
        let has_errors = !shown.is_empty();
        if let Some(flag) = page_has_errors {
            flag.0.set(has_errors);
        }
        let only_fewer = shown_before.as_ref().is_some_and(|before| {
            shown.len() < before.len() && shown.iter().all(|m| before.contains(m))
        });
        if has_errors && !only_fewer {
            if let Some(element) = summary.get() {
                focus(&element);
            }
        }
        shown
    });
    let focus_field = |field_id: Cow<'static, str>| {
        move |ev: leptos::ev::MouseEvent| {
            // The href would resolve against <base href>; focus the field directly instead.
            ev.prevent_default();
            focus_by_id(&field_id);
        }
    };
    view! {
        <Show when=move || messages.with(|m| !m.is_empty())>
            <section class="ds-error-summary" tabindex="-1" node_ref=summary aria-labelledby="error-summary-heading">
                <h2 class="ds-heading" data-size="xs" id="error-summary-heading">{i18n.text(Key::ErrorSummaryTitle)}</h2>
                <ul class="ds-list">
                    {move || messages.get().into_iter().map(|m| view! {
                        <li><a class="ds-link" href=format!("#{}", m.field_id) lang=m.lang.map(Language::code)
                            on:click=focus_field(m.field_id.clone())>{m.render(i18n.language())}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
