//! The application wizard, `/soknader/{id}/{step}`: one topic per step, each with a back
//! link, one heading, the step's progress, an error summary and a continue button.

mod answers;
mod check;
mod choose;
mod documents;
mod questions;
mod receipt;
mod remarks;
mod requirements;

use crate::api;
use crate::api::types::{AdmissionRound, Alternative, Answer, Catalogue};
use crate::components::conflict::{value_text, ConflictField, DraftConflict};
use crate::components::draft_form::{drop_fixed_messages, Back, DraftForm};
use crate::components::error_summary::FieldMessage;
use crate::components::link::{use_go_to, Link};
use crate::components::not_found::NotFound;
use crate::components::require_login::RequireLogin;
use crate::components::sent::APPLICATION;
use crate::domain::merge::FieldConflict;
use crate::domain::wizard::{Step, Steps};
use crate::i18n::{Key, Language};
use crate::routing::paths::{self, application_step as step_path, RECEIPT_SLUG};
use crate::state::action::ActionState;
use crate::state::application::ApplicationDraft;
use crate::state::choice::{is_requirement_of, steps_for};
use crate::state::language::use_i18n;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde_json::Value;

/// What every step needs: the catalogue it chooses from and the draft it writes.
#[derive(Clone)]
pub struct WizardData {
    pub catalogue: Catalogue,
    pub draft: ApplicationDraft,
}

impl WizardData {
    /// The round in the server's copy: for a sent application the round it was sent in (the
    /// server refuses another), whose deadlines hold whatever is typed in this tab.
    pub fn server_round(&self) -> Option<AdmissionRound> {
        self.draft
            .resource
            .with_untracked(|a| a.content.round_id.clone())
            .and_then(|id| self.catalogue.round(&id).cloned())
    }

    /// The chosen alternatives, in priority order.
    pub fn chosen(&self) -> Vec<Alternative> {
        self.draft.content.with(|content| {
            content
                .alternative_ids
                .iter()
                .filter_map(|id| self.catalogue.alternative(id))
                .cloned()
                .collect()
        })
    }

    /// The wizard's steps for the alternatives chosen now.
    pub fn steps(&self) -> Steps {
        let round_id = self.draft.content.with(|c| c.round_id.clone());
        let round = round_id.and_then(|id| self.catalogue.round(&id));
        steps_for(round, &self.chosen())
    }

    /// Whether `id` is an admission requirement of a chosen alternative (asked on its own
    /// step), not a programme question.
    pub fn is_requirement(&self, id: &str) -> bool {
        is_requirement_of(&self.chosen(), id)
    }

    /// The server's findings about what `step` asks, as messages for its page: on an answer's
    /// own field where `asked` has it, else on the step's form.
    pub fn findings_on(&self, step: Step, asked: &[answers::Asked]) -> Vec<FieldMessage> {
        let findings = self.draft.resource.with_untracked(|a| a.findings.clone());
        findings
            .iter()
            .filter_map(|f| {
                let (at, key) = finding_message(&f.pointer, &f.code, |id| self.is_requirement(id));
                (at == step).then(|| {
                    answers::server_message(asked, &f.pointer, &f.code)
                        .unwrap_or_else(|| FieldMessage::new(form_id(step), key))
                })
            })
            .collect()
    }

    /// Drops answers to questions no chosen alternative asks (left from an earlier choice),
    /// which the server would refuse.
    pub fn forget_unasked_answers(&self) {
        let chosen = self.chosen();
        let asked = |id: &String| {
            chosen
                .iter()
                .flat_map(|a| a.questions.iter().chain(&a.requirements))
                .any(|q| &q.id == id)
        };
        let stale = self
            .draft
            .content
            .with_untracked(|c| c.answers.keys().any(|id| !asked(id)));
        if stale {
            self.draft
                .content
                .update(|c| c.answers.retain(|id, _| asked(id)));
        }
    }

    pub fn chosen_titles(&self, language: Language) -> Vec<String> {
        self.chosen()
            .iter()
            .map(|alternative| alternative.title(language))
            .collect()
    }
}

/// What to tell the user about a server finding (a value a submission would refuse), and the
/// step that asks for it.
pub fn finding_message(
    pointer: &str,
    code: &str,
    is_requirement: impl Fn(&str) -> bool,
) -> (Step, Key) {
    let step = Step::for_pointer(pointer, is_requirement);
    let key = match code {
        "deadline_passed" => Key::ErrorDeadlinePassed,
        "not_open" => Key::ErrorRoundNotOpen,
        "missing_document" => Key::ErrorDocumentMissing,
        "external_application" => Key::ApplyAtInstitution,
        "not_editable" => Key::ErrorRoundLocked,
        _ => match step {
            Step::Remarks => Key::ErrorRemarksIncomplete,
            Step::Choose => Key::ErrorChooseAlternative,
            _ => Key::ErrorFixBeforeSending,
        },
    };
    (step, key)
}

/// The id of a step's form: the error summary links there for findings without a field of
/// their own on the page.
fn form_id(step: Step) -> &'static str {
    match step {
        Step::Choose => "form-velg",
        Step::Requirements => "form-krav",
        Step::Questions => "form-sporsmal",
        Step::Remarks => "form-merknader",
        Step::Documents => "form-dokumenter",
        Step::Check => "form-kontroll",
    }
}

#[component]
pub fn Wizard() -> impl IntoView {
    view! { <RequireLogin><LoadedWizard /></RequireLogin> }
}

#[component]
fn LoadedWizard() -> impl IntoView {
    let session = use_session();
    crate::pages::draft_pages(
        Key::WizardTitle,
        |api| async move { api::catalogue(&api).await },
        move |catalogue, application: crate::api::types::Application, etag| {
            let draft = ApplicationDraft::new(session, application, etag);
            let data = WizardData { catalogue, draft };
            view! { <StepRouter data /> }
        },
    )
}

#[component]
fn StepRouter(data: WizardData) -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("step").unwrap_or_default());
        let data = data.clone();
        if slug == RECEIPT_SLUG {
            return view! { <receipt::Receipt data /> }.into_any();
        }
        match Step::from_slug(&slug) {
            Some(Step::Choose) => view! { <choose::Choose data /> }.into_any(),
            Some(Step::Requirements) => view! { <requirements::Requirements data /> }.into_any(),
            Some(Step::Questions) => view! { <questions::Questions data /> }.into_any(),
            Some(Step::Remarks) => view! { <remarks::Remarks data /> }.into_any(),
            Some(Step::Documents) => view! { <documents::Documents data /> }.into_any(),
            Some(Step::Check) => view! { <check::Check data /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

/// The frame of one step. `validate` returns the step's problems; with none, the draft is
/// saved and the wizard goes on (back to check answers when the user came from there).
#[component]
pub fn StepFrame(
    step: Step,
    heading: Key,
    data: WizardData,
    messages: RwSignal<Vec<FieldMessage>>,
    validate: Callback<(), Vec<FieldMessage>>,
    children: Children,
) -> impl IntoView {
    let go_to = use_go_to();
    let query = use_query_map();
    let from_check = move || query.with_untracked(|q| q.get("fra").as_deref() == Some("kontroll"));
    let id = data.draft.id();
    let action = ActionState::new();
    let ActionState { pending, failure } = action;
    let steps = data.steps();
    let back = match (from_check(), steps.previous(step)) {
        (true, _) => step_path(&id, Step::Check.slug()),
        (false, Some(previous)) => step_path(&id, previous.slug()),
        (false, None) => paths::APPLICATIONS.to_owned(),
    };
    let draft = data.draft;
    // The step's own checks run again on each change while messages show.
    let checked = StoredValue::new(Vec::<FieldMessage>::new());
    drop_fixed_messages(
        messages,
        move || draft.content.track(),
        move || validate.run(()),
        move |m| checked.with_value(|c| c.contains(m)),
    );
    let on_continue = {
        let data = data.clone();
        move |()| {
            if action.busy() {
                return;
            }
            let problems = validate.run(());
            checked.set_value(problems.clone());
            messages.set(problems.clone());
            if !problems.is_empty() {
                return;
            }
            data.forget_unasked_answers();
            let go_to = go_to.clone();
            // The choice of alternatives decides what comes next.
            let next = data.steps().next(step).unwrap_or(Step::Check);
            let target = if from_check() { Step::Check } else { next };
            let id = draft.id();
            let asked = [answers::asked(&data, true), answers::asked(&data, false)].concat();
            let data = data.clone();
            let asked_again = asked.clone();
            draft.save_then(
                action,
                move || {
                    // What only the server knows (a closed round, say) stops the user here.
                    let found = data.findings_on(step, &asked);
                    if found.is_empty() {
                        go_to(&step_path(&id, target.slug()));
                    }
                    messages.set(found);
                },
                move |error| {
                    // The server's verdicts on answers land on the answers' fields.
                    let found: Vec<FieldMessage> = error
                        .field_errors()
                        .iter()
                        .filter_map(|e| answers::server_message(&asked_again, &e.pointer, &e.code))
                        .collect();
                    if found.is_empty() {
                        action.fail(error);
                    } else {
                        messages.set(found);
                    }
                },
            );
        }
    };
    view! {
        <DraftForm back=Back { to: back, text: Key::Back } heading form_id=form_id(step).to_owned()
            messages=messages.read_only() conflict=view! { <ConflictChoice data=data.clone() /> }.into_any()
            sync=Signal::derive(move || draft.sync_state()) pending failure wording=APPLICATION
            on_continue=Callback::new(on_continue) above=view! { <StepProgress step data=data.clone() /> }.into_any()>
            {children()}
        </DraftForm>
    }
}

/// A value both versions changed, as the user knows it: its question or field, and each
/// side's value in words (names for ids, an answer as check answers shows it).
fn conflict_field(data: &WizardData, field: &FieldConflict, language: Language) -> ConflictField {
    let mut parts = field.pointer.split('/').skip(1);
    let (first, second) = (parts.next().unwrap_or_default(), parts.next());
    let plain = |key: Key, shown: &dyn Fn(&Value) -> String| ConflictField {
        label: key.text(language).to_owned(),
        mine: shown(&field.mine),
        theirs: shown(&field.theirs),
    };
    let generic = |value: &Value| value_text(value, language);
    let catalogue = &data.catalogue;
    match (first, second) {
        ("answers", Some(id)) => {
            let asked = [answers::asked(data, true), answers::asked(data, false)].concat();
            match asked.into_iter().find(|a| a.question.id == id) {
                Some(asked) => {
                    let lang = asked.language.unwrap_or(language);
                    let shown = |value: &Value| {
                        let answer = serde_json::from_value::<Answer>(value.clone()).ok();
                        check::answer_text(&asked.question, answer.as_ref(), lang)
                    };
                    ConflictField {
                        label: asked.question.label.get(lang).to_owned(),
                        mine: shown(&field.mine),
                        theirs: shown(&field.theirs),
                    }
                }
                None => plain(Key::QuestionsTitle, &generic),
            }
        }
        ("round_id", _) => plain(Key::ChooseRoundLegend, &|value| {
            value
                .as_str()
                .and_then(|id| catalogue.round(id))
                .map_or_else(|| generic(value), |r| r.name.get(language).to_owned())
        }),
        ("alternative_ids", _) => plain(Key::ChooseAlternativeLegend, &|value| {
            let titles: Vec<String> = value
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|id| catalogue.alternative(id.as_str()?))
                .map(|alternative| alternative.title(language))
                .collect();
            if titles.is_empty() {
                generic(value)
            } else {
                titles.join(", ")
            }
        }),
        ("remarks", Some("job_title")) => plain(Key::JobTitleLabel, &generic),
        ("remarks", Some("school_owner")) => plain(Key::SchoolOwnerLabel, &generic),
        ("remarks", Some("remark")) => plain(Key::RemarkLabel, &generic),
        ("document_ids", _) => plain(Key::DocumentsTitle, &generic),
        _ => plain(Key::WizardTitle, &generic),
    }
}

/// Another tab or device saved a newer version: what it changed alone is in already (and
/// named), and each value both changed is the user's to choose.
#[component]
fn ConflictChoice(data: WizardData) -> impl IntoView {
    let draft = data.draft;
    let describe = move |field: &FieldConflict, language| conflict_field(&data, field, language);
    view! { <DraftConflict draft heading=Key::ConflictHeading describe /> }
}

/// "Steg 3 av 5", counted over the steps for the alternatives chosen (which the first step
/// can change as the user chooses).
#[component]
pub fn StepProgress(step: Step, data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="ds-paragraph app-step" data-size="sm">
            {move || {
                let (number, total) = data.steps().position(step);
                i18n.fill(Key::StepOf, &[("n", &number.to_string()), ("total", &total.to_string())])
            }}
        </p>
    }
}

/// The link back to the list of one's applications.
#[component]
pub fn ToMyApplications() -> impl IntoView {
    let i18n = use_i18n();
    view! { <Link to=paths::APPLICATIONS class="ds-link">{i18n.text(Key::MyApplicationsTitle)}</Link> }
}
