//! "Mine søknader": the logged-in user's applications with their status and deadline, a way
//! to start a new one, to continue one where it was left, and to delete a draft.

use crate::api::types::{Application, Catalogue};
use crate::api::{self, Api, ApiError};
use crate::browser::focus_by_id;
use crate::components::api_error::ApiErrorMessage;
use crate::components::link::{use_go_to, Link};
use crate::components::page_heading::PageHeading;
use crate::components::require_login::RequireLogin;
use crate::domain::wizard::Step;
use crate::i18n::{format_instant, Key, Language};
use crate::routing::paths::{application_step as step_path, RECEIPT_SLUG};
use crate::state::choice::{is_requirement_of, steps_for};
use crate::state::language::use_i18n;
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn status_key(application: &Application) -> Key {
    match application.status.as_str() {
        "submitted" if application.unsent_changes => Key::StatusUnsentChanges,
        "draft" => Key::StatusDraft,
        "submitted" => Key::StatusSubmitted,
        "withdrawn" => Key::StatusWithdrawn,
        "offer" => Key::StatusOffer,
        "rejected" => Key::StatusRejected,
        _ => Key::StatusUnknown,
    }
}

/// Where the application's link leads, and what it says: a draft resumes at the first step
/// the server still has findings for; a sent one opens its receipt.
fn next_place(application: &Application, catalogue: &Catalogue) -> (Key, String) {
    let (key, slug) = match application.status.as_str() {
        "draft" => {
            let chosen: Vec<_> = (application.content.alternative_ids.iter())
                .filter_map(|id| catalogue.alternative(id).cloned())
                .collect();
            let with_findings = application
                .findings
                .iter()
                .map(|f| Step::for_pointer(&f.pointer, |id| is_requirement_of(&chosen, id)));
            let round =
                (application.content.round_id.as_deref()).and_then(|id| catalogue.round(id));
            let step = steps_for(round, &chosen).resume_at(with_findings);
            (Key::ResumeWhereLeft, step.slug())
        }
        _ => (Key::SeeReceipt, RECEIPT_SLUG),
    };
    (key, step_path(&application.id, slug))
}

/// Deletes a draft as the server has it now (its current entity tag).
async fn delete_draft(api: Api, id: String) -> Result<(), ApiError> {
    let (_, etag) = api::read::<Application>(&api, &id).await?;
    api::delete::<Application>(&api, &id, &etag).await
}

/// The first choice's title, or "Ny søknad" for a draft with nothing chosen yet.
fn title(application: &Application, catalogue: &Catalogue, language: Language) -> String {
    application
        .content
        .alternative_ids
        .first()
        .and_then(|id| catalogue.alternative(id))
        .map(|alternative| alternative.title(language))
        .unwrap_or_else(|| Key::NewApplicationUntitled.text(language).to_owned())
}

#[component]
pub fn MyApplications() -> impl IntoView {
    view! {
        <PageHeading key=Key::MyApplicationsTitle />
        <RequireLogin><ApplicationList /></RequireLogin>
    }
}

#[component]
fn ApplicationList() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let go_to = use_go_to();
    let loaded = Loadable::new(move || async move {
        let api = session.backend().await.ok_or(ApiError::Network)?;
        Ok::<_, ApiError>((
            api::list::<Application>(&api).await?,
            api::catalogue(&api).await?,
        ))
    });
    let creating = RwSignal::new(false);
    // How many drafts were deleted here: each one reloads the list.
    let deleted = RwSignal::new(0u32);
    Effect::new(move |_| {
        if deleted.get() > 0 {
            loaded.reload();
        }
    });
    let failure = RwSignal::new(None::<ApiError>);
    let go_to_step = go_to.clone();
    let start = move |_| {
        if creating.get_untracked() {
            return;
        }
        let Some(api) = session.api() else { return };
        creating.set(true);
        let go_to = go_to_step.clone();
        spawn_local(async move {
            match api::create::<Application>(&api).await {
                Ok((application, _)) => go_to(&step_path(&application.id, Step::Choose.slug())),
                Err(error) => failure.set(Some(error)),
            }
            creating.set(false);
        });
    };
    view! {
        <p class="ds-paragraph">
            <button type="button" class="ds-button" data-variant="primary" on:click=start aria-disabled=move || creating.get().then_some("true")>
                {i18n.text(Key::NewApplication)}
            </button>
        </p>
        {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
        <p class="ds-paragraph" role="status" id="deleted" tabindex="-1">{move || (deleted.get() > 0).then(|| i18n.t(Key::DraftDeleted))}</p>
        {move || match loaded.get() {
            None => view! { <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p> }.into_any(),
            Some(Err(error)) => view! { <ApiErrorMessage error retry=move || loaded.reload() /> }.into_any(),
            Some(Ok((applications, _))) if applications.is_empty() => view! {
                <p class="ds-paragraph">{i18n.text(Key::NoApplications)}</p>
            }.into_any(),
            Some(Ok((applications, catalogue))) => {
                let items = applications
                    .into_iter()
                    .map(|application| view! { <ApplicationItem application catalogue=catalogue.clone() deleted /> })
                    .collect_view();
                view! { <ul class="app-applications" role="list">{items}</ul> }.into_any()
            }
        }}
    }
}

/// One application in the list: title, status, deadline, where to go on, and for a draft a
/// delete that asks first.
#[component]
fn ApplicationItem(
    application: Application,
    catalogue: Catalogue,
    deleted: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let deadline = application
        .content
        .round_id
        .as_deref()
        .and_then(|id| catalogue.round(id))
        .and_then(|r| r.deadline);
    let deadline_line = move |deadline| {
        move || {
            let date = format_instant(i18n.language(), deadline);
            i18n.fill(Key::CatalogueDeadline, &[("date", &date)])
        }
    };
    let (link_key, path) = next_place(&application, &catalogue);
    let status = status_key(&application);
    let title = {
        let application = application.clone();
        Memo::new(move |_| title(&application, &catalogue, i18n.language()))
    };
    let is_draft = application.status == "draft";
    let confirming = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let id = application.id.clone();
    let delete = move |_| {
        let Some(api) = session.api() else { return };
        let id = id.clone();
        spawn_local(async move {
            match delete_draft(api, id).await {
                Ok(()) => {
                    deleted.update(|n| *n += 1);
                    focus_by_id("deleted");
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let sr_title = move || format!(": {}", title.get());
    view! {
        <li class="ds-card app-application">
            <h2 class="ds-heading" data-size="xs"><bdi>{title}</bdi></h2>
            <p class="ds-paragraph">{move || i18n.fill(Key::StatusLine, &[("status", i18n.t(status))])}</p>
            {deadline.map(|deadline| view! { <p class="ds-paragraph">{deadline_line(deadline)}</p> })}
            <p class="ds-paragraph">
                <Link to=path class="ds-link">
                    {i18n.text(link_key)}<span class="ds-sr-only">{sr_title}</span>
                </Link>
            </p>
            {is_draft.then(|| view! {
                <p class="ds-paragraph">
                    <button type="button" class="ds-button" data-variant="tertiary" aria-expanded=move || confirming.get().to_string() on:click=move |_| confirming.update(|c| *c = !*c)>
                        {i18n.text(Key::DeleteDraft)}<span class="ds-sr-only">{sr_title}</span>
                    </button>
                </p>
            })}
            {move || confirming.get().then(|| view! {
                <div class="ds-alert" data-color="warning">
                    <p class="ds-paragraph">{i18n.text(Key::DeleteDraftConfirm)}</p>
                    <div class="app-actions">
                        <button type="button" class="ds-button" data-variant="primary" on:click=delete.clone()>{i18n.text(Key::DeleteDraftYes)}</button>
                        <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| confirming.set(false)>{i18n.text(Key::KeepDraft)}</button>
                    </div>
                </div>
            })}
            {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
        </li>
    }
}
