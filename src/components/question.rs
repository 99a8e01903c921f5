//! One programme question or admission requirement, drawn from catalogue data by its type:
//! radios in a fieldset for `choice` and `yes_no`, a textarea for `long_text`, a date input for
//! `date`, a text input (with the right keyboard) for the rest. Texts come in `language`, which
//! is the interface's or the question's own (the Swedish course's questions are Swedish), and
//! are marked with `lang` when they differ, so screen readers pronounce them right.

use crate::api::types::{Answer, Question};
use crate::components::field::{error_view, hint_view};
use crate::domain::questions::Kind;
use crate::i18n::{Key, Language};
use leptos::prelude::*;

/// The id of a question's input (its first radio for a radio group): the error summary and
/// the check-answers page point here.
pub fn question_field_id(question_id: &str) -> String {
    format!("answer-{question_id}")
}

/// `type` and `inputmode` of a one-line input: the keyboard that fits the answer.
fn input_attributes(kind: Kind) -> (&'static str, Option<&'static str>) {
    match kind {
        Kind::Date => ("date", None),
        Kind::Email => ("email", Some("email")),
        Kind::Phone => ("tel", Some("tel")),
        Kind::NationalIdNo => ("text", Some("numeric")),
        _ => ("text", None),
    }
}

#[component]
pub fn QuestionField(
    question: Question,
    /// The language of the question's texts.
    language: Language,
    /// Set when `language` is not the interface's: marks the field with `lang`.
    #[prop(optional)]
    own_language: bool,
    #[prop(into)] value: Signal<Option<Answer>>,
    #[prop(into)] on_change: Callback<Option<Answer>>,
    /// The message to show, already in the right language.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let id = question_field_id(&question.id);
    let kind = Kind::from_code(&question.kind);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let has_hint = question.help.is_some();
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let parts = [
                has_hint.then_some(&hint_id),
                error.with(Option::is_some).then_some(&error_id),
            ];
            let joined: Vec<&str> = parts.into_iter().flatten().map(String::as_str).collect();
            (!joined.is_empty()).then(|| joined.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let label = format!(
        "{}{}",
        question.label.get(language),
        if question.required {
            String::new()
        } else {
            format!(" {}", Key::Optional.text(language))
        }
    );
    let hint = question
        .help
        .as_ref()
        .map(|help| hint_view(hint_id.clone(), help.get(language).to_owned()));
    let error_line = move || error.get().map(|text| error_view(error_id.clone(), text));
    let lang = own_language.then_some(language.code());

    if matches!(kind, Kind::Choice | Kind::YesNo) {
        let options: Vec<(Answer, String)> = if kind == Kind::YesNo {
            vec![
                (Answer::YesNo(true), Key::Yes.text(language).to_owned()),
                (Answer::YesNo(false), Key::No.text(language).to_owned()),
            ]
        } else {
            question
                .limits
                .options
                .iter()
                .map(|o| (Answer::Text(o.id.clone()), o.label.get(language).to_owned()))
                .collect()
        };
        let radios = options
            .into_iter()
            .enumerate()
            .map(|(index, (answer, text))| {
                let input_id = if index == 0 { id.clone() } else { format!("{id}-{index}") };
                let checked = {
                    let answer = answer.clone();
                    move || value.with(|v| v.as_ref() == Some(&answer))
                };
                view! {
                    <div class="ds-field">
                        <input type="radio" class="ds-input" name=id.clone() id=input_id.clone() aria-invalid=invalid
                            prop:checked=checked on:change=move |_| on_change.run(Some(answer.clone())) />
                        <label class="ds-label" data-weight="regular" for=input_id>{text}</label>
                    </div>
                }
            })
            .collect_view();
        return view! {
            <fieldset class="ds-fieldset app-question" lang=lang aria-describedby=described_by>
                <legend class="ds-label">{label}</legend>
                {hint}
                {error_line}
                {radios}
            </fieldset>
        }
        .into_any();
    }

    let text = move || match value.get() {
        Some(Answer::Text(text)) => text,
        _ => String::new(),
    };
    let changed = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        on_change.run((!typed.trim().is_empty()).then_some(Answer::Text(typed)));
    };
    // autocomplete="off": the questions are about the participant or the principal, not about
    // the person filling in, so the browser's store of the user's own details does not fit.
    let control = if kind == Kind::LongText {
        view! {
            <textarea class="ds-input" id=id.clone() rows="6" aria-describedby=described_by aria-invalid=invalid
                prop:value=text on:input=changed></textarea>
        }
        .into_any()
    } else {
        let (input_type, input_mode) = input_attributes(kind);
        let limits = &question.limits;
        view! {
            <input class="ds-input" id=id.clone() type=input_type inputmode=input_mode
                autocomplete="off"
                min=limits.min_date.clone() max=limits.max_date.clone()
                aria-describedby=described_by aria-invalid=invalid
                prop:value=text on:input=changed />
        }
        .into_any()
    };
    view! {
        <div class="ds-field app-question" lang=lang>
            <label class="ds-label" for=id>{label}</label>
            {hint}
            {error_line}
            {control}
        </div>
    }
    .into_any()
}
