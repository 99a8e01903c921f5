//! The admission requirements, asked as questions from the catalogue. When the answers show
//! that the applicant does not qualify, the page says which requirement and why; the round
//! decides whether they may still send (the institution then assesses them) or not.

use super::answers::{answer_messages, as_requirement, asked, given, message, AnswerFields, Asked};
use super::{StepFrame, WizardData};
use crate::api::types::ApplicationContent;
use crate::components::error_summary::FieldMessage;
use crate::domain::questions::unmet;
use crate::domain::wizard::Step;
use crate::i18n::Key;
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// The requirements the answers do not meet, in order.
fn unmet_requirements<'a>(asked: &'a [Asked], content: &ApplicationContent) -> Vec<&'a Asked> {
    let requirements: Vec<_> = asked.iter().map(|a| as_requirement(&a.question)).collect();
    let ids = unmet(&requirements, |id| given(content.answers.get(id)));
    asked
        .iter()
        .filter(|a| ids.contains(&a.question.id.as_str()))
        .collect()
}

#[component]
pub fn Requirements(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let asked = asked(&data, true);
    let accepts_unqualified = content
        .with_untracked(|c| c.round_id.clone())
        .and_then(|id| data.catalogue.round(&id).map(|r| r.accepts_unqualified))
        .unwrap_or(false);
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let validate =
        {
            let asked = asked.clone();
            Callback::new(move |()| {
                content.with_untracked(|c| {
                    let mut found = answer_messages(&asked, c, true);
                    if !accepts_unqualified {
                        found.extend(unmet_requirements(&asked, c).into_iter().map(|a| {
                            message(a, Key::ErrorNotEligible, a.question.not_met.as_ref())
                        }));
                    }
                    found
                })
            })
        };
    let verdict = {
        let asked = asked.clone();
        move || {
            let language = i18n.language();
            let items = content.with(|c| {
                unmet_requirements(&asked, c)
                    .into_iter()
                    .map(|a| {
                        let lang = a.language.unwrap_or(language);
                        let reason = a.question.not_met.as_ref().map(|t| t.get(lang).to_owned());
                        view! {
                            <li lang=a.language.map(|l| l.code())>
                                <strong>{a.question.label.get(lang).to_owned()}</strong>
                                <br />{reason}
                            </li>
                        }
                    })
                    .collect::<Vec<_>>()
            });
            (!items.is_empty()).then(|| {
                let then = match accepts_unqualified {
                    true => Key::NotEligibleMayContinue,
                    false => Key::NotEligibleBlocked,
                };
                view! {
                    <div class="ds-alert app-eligibility" data-color="warning">
                        <h2 class="ds-heading" data-size="xs">{i18n.t(Key::NotEligibleHeading)}</h2>
                        <ul class="ds-list">{items}</ul>
                        <p class="ds-paragraph">{i18n.t(then)}</p>
                    </div>
                }
            })
        }
    };
    view! {
        <StepFrame step=Step::Requirements heading=Key::RequirementsTitle data=data.clone() messages validate>
            <p class="ds-paragraph">{i18n.text(Key::RequirementsIntro)}</p>
            <AnswerFields asked data messages />
            {verdict}
        </StepFrame>
    }
}
