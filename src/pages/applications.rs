//! "Mine søknader": the logged-in user's applications with their status and deadline, and a
//! way to start a new one.

use crate::api::types::{Application, Catalogue};
use crate::api::{self, ApiError};
use crate::components::api_error::ApiErrorMessage;
use crate::components::link::{use_go_to, Link};
use crate::components::page_heading::PageHeading;
use crate::components::require_login::RequireLogin;
use crate::domain::wizard::Step;
use crate::i18n::{format_instant, Key, Language};
use crate::pages::catalogue::alternative_title;
use crate::pages::wizard::{step_path, RECEIPT_SLUG};
use crate::state::language::use_i18n;
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn status_key(status: &str) -> Key {
    match status {
        "draft" => Key::StatusDraft,
        "submitted" => Key::StatusSubmitted,
        "withdrawn" => Key::StatusWithdrawn,
        "offer" => Key::StatusOffer,
        "rejected" => Key::StatusRejected,
        _ => Key::StatusUnknown,
    }
}

/// The first choice's title, or "Ny søknad" for a draft with nothing chosen yet.
fn title(application: &Application, catalogue: &Catalogue, language: Language) -> String {
    application
        .content
        .alternative_ids
        .first()
        .and_then(|id| catalogue.alternative(id))
        .map(|alternative| alternative_title(alternative, language))
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
        let api = session.api().ok_or(ApiError::Network)?;
        Ok::<_, ApiError>((api::applications(&api).await?, api::catalogue(&api).await?))
    });
    let creating = RwSignal::new(false);
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
            match api::create_application(&api).await {
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
        {move || match loaded.get() {
            None => view! { <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p> }.into_any(),
            Some(Err(error)) => view! { <ApiErrorMessage error retry=move || loaded.reload() /> }.into_any(),
            Some(Ok((applications, _))) if applications.is_empty() => view! {
                <p class="ds-paragraph">{i18n.text(Key::NoApplications)}</p>
            }.into_any(),
            Some(Ok((applications, catalogue))) => {
                let language = i18n.language();
                let items = applications.iter().map(|application| {
                    let round = application.content.round_id.as_deref().and_then(|id| catalogue.round(id));
                    let deadline = round.and_then(|r| r.deadline).map(|d| i18n.fill(Key::CatalogueDeadline, &[("date", &format_instant(language, d))]));
                    let (link_key, slug) = if application.status == "draft" { (Key::ContinueApplication, Step::Choose.slug()) } else { (Key::SeeReceipt, RECEIPT_SLUG) };
                    let title = title(application, &catalogue, language);
                    let path = step_path(&application.id, slug);
                    view! {
                        <li class="ds-card app-application">
                            <h2 class="ds-heading" data-size="xs">{title.clone()}</h2>
                            <p class="ds-paragraph">{i18n.fill(Key::StatusLine, &[("status", i18n.t(status_key(&application.status)))])}</p>
                            {deadline.map(|line| view! { <p class="ds-paragraph">{line}</p> })}
                            <p class="ds-paragraph">
                                <Link to=path class="ds-link">
                                    {i18n.t(link_key)}<span class="ds-sr-only">{format!(": {title}")}</span>
                                </Link>
                            </p>
                        </li>
                    }
                }).collect_view();
                view! { <ul class="app-applications" role="list">{items}</ul> }.into_any()
            }
        }}
    }
}
