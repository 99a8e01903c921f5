//! The application wizard, `/soknader/{id}/{step}`: one topic per step, each with a back
//! link, one heading, the step's progress, an error summary and a continue button.

mod check;
mod choose;
mod documents;
mod receipt;
mod remarks;

use crate::api::types::{Alternative, ApplicationContent, Catalogue};
use crate::api::{self, ApiError};
use crate::components::api_error::ApiErrorMessage;
use crate::components::error_summary::{ErrorSummary, FieldMessage};
use crate::components::link::{use_go_to, Link};
use crate::components::page_heading::PageHeading;
use crate::components::require_login::RequireLogin;
use crate::domain::wizard::Step;
use crate::i18n::{Key, Language};
use crate::pages::catalogue::alternative_title;
use crate::routing::paths;
use crate::state::application::{ApplicationDraft, SaveOutcome, SyncState};
use crate::state::language::use_i18n;
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_params_map, use_query_map};

/// What every step needs: the catalogue it chooses from and the draft it writes.
#[derive(Clone)]
pub struct WizardData {
    pub catalogue: Catalogue,
    pub draft: ApplicationDraft,
}

impl WizardData {
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

    pub fn chosen_titles(&self) -> Vec<String> {
        let language = use_i18n().language();
        self.chosen()
            .iter()
            .map(|alternative| alternative_title(alternative, language))
            .collect()
    }
}

/// The address of a step of application `id`.
pub fn step_path(id: &str, slug: &str) -> String {
    format!("{}/{id}/{slug}", paths::APPLICATIONS)
}

pub const RECEIPT_SLUG: &str = "kvittering";

/// What to tell the user about a server finding (a value a submission would refuse), and the
/// step that asks for it.
pub fn finding_message(pointer: &str, code: &str) -> (Step, Key) {
    let step = Step::for_pointer(pointer);
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
    let i18n = use_i18n();
    let session = use_session();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let data = Loadable::new(move || {
        let id = id();
        async move {
            let api = session.api().ok_or(ApiError::Network)?;
            let catalogue = api::catalogue(&api).await?;
            let (application, etag) = api::application(&api, &id).await?;
            let etag = etag.ok_or_else(|| ApiError::Malformed("no ETag".into()))?;
            Ok::<_, ApiError>((catalogue, application, etag))
        }
    });
    move || match data.get() {
        None => {
            view! { <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p> }.into_any()
        }
        Some(Err(error)) => view! {
            <PageHeading key=Key::WizardTitle />
            <ApiErrorMessage error retry=move || data.reload() />
        }
        .into_any(),
        Some(Ok((catalogue, application, etag))) => {
            let draft = ApplicationDraft::new(session, application, etag);
            let data = WizardData { catalogue, draft };
            view! { <StepRouter data /> }.into_any()
        }
    }
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
            Some(Step::Remarks) => view! { <remarks::Remarks data /> }.into_any(),
            Some(Step::Documents) => view! { <documents::Documents data /> }.into_any(),
            Some(Step::Check) => view! { <check::Check data /> }.into_any(),
            None => view! { <crate::pages::not_found::NotFound /> }.into_any(),
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
    let i18n = use_i18n();
    let go_to = use_go_to();
    let query = use_query_map();
    let from_check = move || query.with_untracked(|q| q.get("fra").as_deref() == Some("kontroll"));
    let id = data.draft.id();
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let back = match (from_check(), step.previous()) {
        (true, _) => step_path(&id, Step::Check.slug()),
        (false, Some(previous)) => step_path(&id, previous.slug()),
        (false, None) => paths::APPLICATIONS.to_owned(),
    };
    let draft = data.draft;
    let next = step.next().unwrap_or(Step::Check);
    let on_continue = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let problems = validate.run(());
        messages.set(problems.clone());
        if !problems.is_empty() {
            return;
        }
        pending.set(true);
        failure.set(None);
        let go_to = go_to.clone();
        let target = if from_check() { Step::Check } else { next };
        let id = draft.id();
        spawn_local(async move {
            match draft.save().await {
                SaveOutcome::Saved => {
                    // What only the server knows (a closed round, say) stops the user here.
                    let found: Vec<FieldMessage> = draft.application.with_untracked(|a| {
                        a.findings
                            .iter()
                            .map(|f| finding_message(&f.pointer, &f.code))
                            .filter(|(at, _)| *at == step)
                            .map(|(_, key)| FieldMessage {
                                field_id: form_id(step),
                                key,
                            })
                            .collect()
                    });
                    if found.is_empty() {
                        go_to(&step_path(&id, target.slug()));
                    }
                    messages.set(found);
                }
                SaveOutcome::Conflict => {}
                SaveOutcome::Failed(error) => failure.set(Some(error)),
            }
            pending.set(false);
        });
    };
    view! {
        <p class="ds-paragraph"><Link to=back class="ds-link app-back">{i18n.text(Key::Back)}</Link></p>
        <StepProgress step />
        <ErrorSummary messages=messages.read_only() />
        <ConflictChoice data=data.clone() />
        <PageHeading key=heading />
        <form class="app-form" id=form_id(step) tabindex="-1" on:submit=on_continue novalidate>
            {children()}
            {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
            <SyncLine draft />
            <button type="submit" class="ds-button" data-variant="primary" aria-disabled=move || pending.get().then_some("true")>
                {i18n.text(Key::SaveAndContinue)}
            </button>
        </form>
    }
}

/// The answers in which two versions of one application differ: (question, mine, theirs).
fn differences(
    catalogue: &Catalogue,
    mine: &ApplicationContent,
    theirs: &ApplicationContent,
    language: Language,
) -> Vec<(Key, String, String)> {
    let round = |content: &ApplicationContent| {
        content
            .round_id
            .as_deref()
            .and_then(|id| catalogue.round(id))
            .map(|round| round.name.get(language).to_owned())
    };
    let alternatives = |content: &ApplicationContent| {
        let titles: Vec<String> = content
            .alternative_ids
            .iter()
            .filter_map(|id| catalogue.alternative(id))
            .map(|alternative| alternative_title(alternative, language))
            .collect();
        (!titles.is_empty()).then(|| titles.join(", "))
    };
    let documents = |content: &ApplicationContent| Some(content.document_ids.len().to_string());
    let rows = [
        (Key::ChooseRoundLegend, round(mine), round(theirs)),
        (
            Key::ChooseAlternativeLegend,
            alternatives(mine),
            alternatives(theirs),
        ),
        (
            Key::JobTitleLabel,
            mine.remarks.job_title.clone(),
            theirs.remarks.job_title.clone(),
        ),
        (
            Key::SchoolOwnerLabel,
            mine.remarks.school_owner.clone(),
            theirs.remarks.school_owner.clone(),
        ),
        (
            Key::RemarkLabel,
            mine.remarks.remark.clone(),
            theirs.remarks.remark.clone(),
        ),
        (Key::DocumentsCount, documents(mine), documents(theirs)),
    ];
    let not_given = || Key::NotGiven.text(language).to_owned();
    rows.into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(key, a, b)| {
            (
                key,
                a.unwrap_or_else(not_given),
                b.unwrap_or_else(not_given),
            )
        })
        .collect()
}

/// Another tab or device saved this application meanwhile: both versions are shown where they
/// differ, and the user decides which to keep. Nothing is overwritten until then.
#[component]
fn ConflictChoice(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let draft = data.draft;
    move || {
        draft.conflict.get().map(|conflict| {
            let rows = differences(&data.catalogue, &conflict.mine, &conflict.theirs.content, i18n.language())
                .into_iter()
                .map(|(key, mine, theirs)| view! {
                    <div class="app-summary__row">
                        <dt class="app-summary__key">{i18n.t(key)}</dt>
                        <dd class="app-summary__value">
                            <p class="ds-paragraph">{i18n.fill(Key::ConflictYours, &[("value", &mine)])}</p>
                            <p class="ds-paragraph">{i18n.fill(Key::ConflictSaved, &[("value", &theirs)])}</p>
                        </dd>
                    </div>
                })
                .collect_view();
            view! {
                <div class="ds-alert" data-color="warning" role="alert">
                    <h2 class="ds-heading" data-size="xs">{i18n.text(Key::ConflictHeading)}</h2>
                    <p class="ds-paragraph">{i18n.text(Key::ConflictBody)}</p>
                    <dl class="app-summary">{rows}</dl>
                    <div class="app-actions">
                        <button type="button" class="ds-button" data-variant="primary" on:click=move |_| draft.resolve(true)>
                            {i18n.text(Key::ConflictKeepMine)}
                        </button>
                        <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| draft.resolve(false)>
                            {i18n.text(Key::ConflictTakeTheirs)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// Whether what was typed is on the server. Not a live region: it changes with every pause
/// in typing, and a screen reader would hear it each time.
#[component]
pub fn SyncLine(draft: ApplicationDraft) -> impl IntoView {
    let i18n = use_i18n();
    let key = move || match draft.sync_state() {
        SyncState::Saved => Key::SyncSaved,
        SyncState::Saving => Key::SyncSaving,
        SyncState::NotSaved => Key::SyncNotSaved,
    };
    view! { <p class="ds-paragraph app-sync" data-size="sm">{move || i18n.t(key())}</p> }
}

/// "Steg 3 av 4", counted over the wizard's steps.
#[component]
pub fn StepProgress(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let (number, total) = step.position();
    let (number, total) = (number.to_string(), total.to_string());
    view! {
        <p class="ds-paragraph app-step" data-size="sm">
            {move || i18n.fill(Key::StepOf, &[("n", &number), ("total", &total)])}
        </p>
    }
}

/// The link back to the list of one's applications.
#[component]
pub fn ToMyApplications() -> impl IntoView {
    let i18n = use_i18n();
    view! { <Link to=paths::APPLICATIONS class="ds-link">{i18n.text(Key::MyApplicationsTitle)}</Link> }
}
