//! What the requirements and questions steps share: the questions of the chosen alternatives
//! (each asked once, in the institution's language where that is Swedish), their checks, and
//! the server's verdicts on them put back on the same fields.

use super::WizardData;
use crate::api::types::{Alternative, Answer, ApplicationContent, Catalogue, Question};
use crate::browser::now as browser_now;
use crate::components::error_summary::FieldMessage;
use crate::components::question::{question_field_id, QuestionField};
use crate::components::words::Words;
use crate::domain::questions::{
    check_answer, union_by_id, AnswerProblem, Given, Kind, Requirement, Rules,
};
use crate::i18n::{Key, Language};
use crate::state::language::use_i18n;
use leptos::prelude::*;
use std::borrow::Cow;

/// One question as asked, and the language it is asked in when that is not the interface's.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub question: Question,
    pub language: Option<Language>,
}

fn list(alternative: &Alternative, requirements: bool) -> &[Question] {
    if requirements {
        &alternative.requirements
    } else {
        &alternative.questions
    }
}

/// A Swedish institution's questions are Swedish, whatever the interface language.
pub fn own_language(catalogue: &Catalogue, alternative: &Alternative) -> Option<Language> {
    let country = catalogue
        .round(&alternative.round_id)
        .and_then(|round| catalogue.institution(&round.institution_id))
        .map(|institution| institution.country.as_str());
    (country == Some("SE")).then_some(Language::Sv)
}

/// The requirements (or the questions) of the chosen alternatives, the first of each id.
pub fn asked_of(catalogue: &Catalogue, chosen: &[Alternative], requirements: bool) -> Vec<Asked> {
    let ids: Vec<Vec<&str>> = chosen
        .iter()
        .map(|a| {
            list(a, requirements)
                .iter()
                .map(|q| q.id.as_str())
                .collect()
        })
        .collect();
    union_by_id(&ids)
        .into_iter()
        .map(|(a, q)| Asked {
            question: list(&chosen[a], requirements)[q].clone(),
            language: own_language(catalogue, &chosen[a]),
        })
        .collect()
}

pub fn asked(data: &WizardData, requirements: bool) -> Vec<Asked> {
    asked_of(&data.catalogue, &data.chosen(), requirements)
}

pub fn given(answer: Option<&Answer>) -> Given<'_> {
    match answer {
        None => Given::Nothing,
        Some(Answer::YesNo(yes)) => Given::YesNo(*yes),
        Some(Answer::Text(text)) => Given::Text(text),
    }
}

/// A requirement as the domain's eligibility check reads it.
pub fn as_requirement(question: &Question) -> Requirement<'_> {
    Requirement {
        id: &question.id,
        yes_no: question.kind == "yes_no",
        meeting_options: question
            .limits
            .options
            .iter()
            .filter(|o| o.meets_requirement)
            .map(|o| o.id.as_str())
            .collect(),
    }
}

fn problem_key(problem: AnswerProblem) -> Key {
    match problem {
        AnswerProblem::Missing => Key::ErrorAnswerMissing,
        AnswerProblem::TooLong { .. } => Key::ErrorAnswerTooLong,
        AnswerProblem::NotAnOption => Key::ErrorAnswerOption,
        AnswerProblem::DateFormat => Key::ErrorAnswerDate,
        AnswerProblem::DateOutOfRange => Key::ErrorAnswerDateRange,
        AnswerProblem::NationalIdFormat => Key::ErrorIdFormat,
        AnswerProblem::NationalIdDate => Key::ErrorIdDate,
        AnswerProblem::NationalIdChecksum => Key::ErrorIdChecksum,
        AnswerProblem::Email => Key::ErrorAnswerEmail,
        AnswerProblem::Phone => Key::ErrorAnswerPhone,
    }
}

/// A message on `asked`'s field: `key` with the question's label, or with `text` instead.
pub fn message(
    asked: &Asked,
    key: Key,
    text: Option<&crate::api::types::LocalizedText>,
) -> FieldMessage {
    FieldMessage {
        field_id: Cow::Owned(question_field_id(&asked.question.id)),
        key,
        text: Some(Words::Data(text.unwrap_or(&asked.question.label).clone())),
        lang: asked.language,
        label: None,
    }
}

/// The problems with the answers given, one message per question. Requirements must all be
/// answered, whatever they say about `required`.
pub fn answer_messages(
    asked: &[Asked],
    content: &ApplicationContent,
    requirements: bool,
) -> Vec<FieldMessage> {
    let today = browser_now().date_naive();
    asked
        .iter()
        .filter_map(|a| {
            let q = &a.question;
            let rules = Rules {
                required: q.required || requirements,
                max_length: q.limits.max_length.map(|n| n as usize),
                options: q.limits.options.iter().map(|o| o.id.as_str()).collect(),
                min_date: q.limits.min_date.as_deref(),
                max_date: q.limits.max_date.as_deref(),
            };
            let problem = check_answer(
                Kind::from_code(&q.kind),
                &rules,
                given(content.answers.get(&q.id)),
                today,
            )?;
            Some(message(a, problem_key(problem), None))
        })
        .collect()
}

/// The server's verdict on an answer (`/answers/<id>`), on that answer's field.
pub fn server_message(asked: &[Asked], pointer: &str, code: &str) -> Option<FieldMessage> {
    let id = pointer
        .strip_prefix("/answers/")?
        .replace("~1", "/")
        .replace("~0", "~");
    let found = asked.iter().find(|a| a.question.id == id)?;
    let key = match code {
        "required" => Key::ErrorAnswerMissing,
        "too_long" => Key::ErrorAnswerTooLong,
        "invalid_option" | "invalid_type" => Key::ErrorAnswerOption,
        "invalid_format" if found.question.kind.starts_with("national_id") => Key::ErrorIdFormat,
        "invalid_date" if found.question.kind.starts_with("national_id") => Key::ErrorIdDate,
        "invalid_date" => Key::ErrorAnswerDate,
        "invalid_checksum" => Key::ErrorIdChecksum,
        "out_of_range" => Key::ErrorAnswerDateRange,
        "invalid_email" => Key::ErrorAnswerEmail,
        "invalid_phone" => Key::ErrorAnswerPhone,
        "not_eligible" => {
            return Some(message(
                found,
                Key::ErrorNotEligible,
                found.question.not_met.as_ref(),
            ))
        }
        _ => Key::ErrorAnswerInvalid,
    };
    Some(message(found, key, None))
}

/// Every question in `asked`, each drawn by its type, with its answer in the draft.
#[component]
pub fn AnswerFields(
    asked: Vec<Asked>,
    data: WizardData,
    messages: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    // Drawn anew when the language changes; the answers live in the draft, so nothing is lost.
    move || {
        let interface = i18n.language();
        asked
            .iter()
            .map(|a| {
                let id = a.question.id.clone();
                let field_id = question_field_id(&id);
                let value = {
                    let id = id.clone();
                    Signal::derive(move || content.with(|c| c.answers.get(&id).cloned()))
                };
                let on_change = Callback::new(move |answer: Option<Answer>| {
                    content.update(|c| match answer {
                        Some(answer) => {
                            c.answers.insert(id.clone(), answer);
                        }
                        None => {
                            c.answers.remove(&id);
                        }
                    })
                });
                let error = Signal::derive(move || {
                    messages.with(|m| {
                        m.iter()
                            .find(|m| m.field_id == field_id)
                            .map(|m| m.render(interface))
                    })
                });
                view! {
                    <QuestionField question=a.question.clone() language=a.language.unwrap_or(interface)
                        own_language=a.language.is_some_and(|l| l != interface) value on_change error />
                }
            })
            .collect_view()
    }
}
