//! Shown instead of the app when `config.json` is missing or broken: a plain explanation in
//! the user's language, with the technical detail underneath for whoever runs the service.

use crate::config::{ConfigError, ConfigProblem, Expected, ProblemKind};
use crate::i18n::Key;
use crate::state::language::{use_i18n, use_page_title, I18n};
use leptos::prelude::*;

fn problem_text(i18n: I18n, problem: &ConfigProblem) -> String {
    let field = [("field", problem.field.as_str())];
    match problem.kind {
        ProblemKind::Missing => i18n.fill(Key::ConfigProblemMissing, &field),
        ProblemKind::Invalid => i18n.fill(Key::ConfigProblemInvalid, &field),
        ProblemKind::WrongType(expected) => {
            let expected = i18n.t(match expected {
                Expected::Text => Key::TypeText,
                Expected::Number => Key::TypeNumber,
                Expected::List => Key::TypeList,
                Expected::Object => Key::TypeObject,
            });
            i18n.fill(
                Key::ConfigProblemWrongType,
                &[field[0], ("expected", expected)],
            )
        }
    }
}

#[component]
pub fn ConfigErrorView(error: ConfigError, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(Key::ConfigErrorTitle);
    let detail = move || -> AnyView {
        match &error {
            ConfigError::Unreachable(reason) => {
                technical(i18n, Key::ConfigErrorUnreachable, reason.clone())
            }
            ConfigError::NotJson(reason) => {
                technical(i18n, Key::ConfigErrorNotJson, reason.clone())
            }
            ConfigError::Invalid(problems) => {
                let items = problems
                    .iter()
                    .map(|p| view! { <li>{problem_text(i18n, p)}</li> })
                    .collect_view();
                view! {
                    <p class="ds-paragraph">{i18n.text(Key::ConfigErrorInvalid)}</p>
                    <ul class="ds-list">{items}</ul>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="ds-alert" data-color="danger" role="alert">
            <h1 class="ds-heading" data-size="md">{i18n.text(Key::ConfigErrorTitle)}</h1>
            <p class="ds-paragraph">{i18n.text(Key::ConfigErrorBody)}</p>
        </div>
        <section class="app-section" aria-labelledby="config-error-details">
            <h2 class="ds-heading" data-size="xs" id="config-error-details">{i18n.text(Key::ConfigErrorDetails)}</h2>
            {detail}
        </section>
        <button type="button" class="ds-button" data-variant="primary" on:click=move |_| retry.run(())>
            {i18n.text(Key::TryAgain)}
        </button>
    }
}

fn technical(i18n: I18n, summary: Key, reason: String) -> AnyView {
    view! {
        <p class="ds-paragraph">{i18n.text(summary)}</p>
        <p class="ds-paragraph"><code>{reason}</code></p>
    }
    .into_any()
}
