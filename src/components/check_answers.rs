//! The check-answers list (GOV.UK "summary list"): each answer with a "Change" link. Shared
//! by the application wizard and the needs report. Every answer is shown isolated (`<bdi>`):
//! what a user typed may hold a right-to-left override (U+202E), which must not turn the
//! app's own text after it around.

use crate::components::link::Link;
use crate::i18n::{Key, Language};
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerRow {
    /// The question, in `lang` or else the interface's language.
    pub label: String,
    /// The language of the label and values when it is not the interface's.
    pub lang: Option<Language>,
    /// One line each; the page puts "Ikke oppgitt" for an answer left out.
    pub values: Vec<AnswerValue>,
    /// The app path of the step that changes this answer.
    pub change: String,
    /// The id of the change link, for the error summary to point at.
    pub change_id: String,
}

/// One line of an answer: what was given, and perhaps a note in the app's own words after it
/// (a document's type after its file name), kept apart so the answer cannot turn it around.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerValue {
    pub text: String,
    pub note: Option<String>,
}

impl From<String> for AnswerValue {
    fn from(text: String) -> AnswerValue {
        AnswerValue { text, note: None }
    }
}

/// An answer's lines, each in its own paragraph with the answer isolated.
#[component]
pub fn AnswerValues(values: Vec<AnswerValue>) -> impl IntoView {
    values
        .into_iter()
        .map(|AnswerValue { text, note }| {
            let note = note.map(|note| format!(" ({note})"));
            view! { <p class="ds-paragraph"><bdi>{text}</bdi>{note}</p> }
        })
        .collect_view()
}

#[component]
pub fn CheckAnswers(#[prop(into)] rows: Signal<Vec<AnswerRow>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let rows = rows.get().into_iter().map(|row| {
            let label = row.label;
            let lang = row.lang.map(Language::code);
            view! {
                <div class="app-summary__row">
                    <dt class="app-summary__key" lang=lang>{label.clone()}</dt>
                    <dd class="app-summary__value" lang=lang>
                        <AnswerValues values=row.values />
                    </dd>
                    <dd class="app-summary__action">
                        <Link to=row.change class="ds-link" id=row.change_id>
                            {i18n.t(Key::Change)}<span class="ds-sr-only" lang=lang>{format!(" {}", label.to_lowercase())}</span>
                        </Link>
                    </dd>
                </div>
            }
        }).collect_view();
        view! { <dl class="app-summary">{rows}</dl> }
    }
}
