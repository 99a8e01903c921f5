//! The programme's own questions, from the chosen alternatives (each asked once). A Swedish
//! institution's questions, help and messages are in Swedish whatever the interface language.

use super::answers::{answer_messages, asked, AnswerFields};
use super::{StepFrame, WizardData};
use crate::components::error_summary::FieldMessage;
use crate::domain::wizard::Step;
use crate::i18n::Key;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Questions(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let content = data.draft.content;
    let asked = asked(&data, false);
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let validate = {
        let asked = asked.clone();
        Callback::new(move |()| content.with_untracked(|c| answer_messages(&asked, c, false)))
    };
    view! {
        <StepFrame step=Step::Questions heading=Key::QuestionsTitle data=data.clone() messages validate>
            <p class="ds-paragraph">{i18n.text(Key::QuestionsIntro)}</p>
            <AnswerFields asked data messages />
        </StepFrame>
    }
}
