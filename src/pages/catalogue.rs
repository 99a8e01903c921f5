//! The programme catalogue from the backend: what can be applied for, where, and by when.
//! Applying happens under "Mine søknader", linked from here.

use crate::api::types::{Alternative, Catalogue as CatalogueData};
use crate::api::{self, ApiError};
use crate::components::api_error::ApiErrorMessage;
use crate::components::link::Link;
use crate::components::page_heading::PageHeading;
use crate::i18n::{format_instant, Key, Language};
use crate::routing::paths;
use crate::state::language::{use_i18n, I18n};
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use chrono::{DateTime, FixedOffset, Utc};
use leptos::prelude::*;

/// The admission lines for one alternative: deadline or rolling admission, and the opening
/// time while it is still ahead.
pub fn admission_lines(
    catalogue: &CatalogueData,
    alternative: &Alternative,
    language: Language,
    now: DateTime<Utc>,
) -> Vec<String> {
    let Some(round) = catalogue.round(&alternative.round_id) else {
        return Vec::new();
    };
    let date = |instant: DateTime<FixedOffset>| format_instant(language, instant);
    let mut lines = Vec::new();
    if let Some(opens) = round.opens_at.filter(|opens| *opens > now) {
        lines.push(Key::CatalogueOpens.fill(language, &[("date", &date(opens))]));
    }
    lines.push(match (round.rolling_admission, round.deadline) {
        (true, _) => Key::CatalogueRolling.text(language).to_owned(),
        (false, Some(deadline)) => {
            Key::CatalogueDeadline.fill(language, &[("date", &date(deadline))])
        }
        (false, None) => Key::CatalogueNoDeadline.text(language).to_owned(),
    });
    lines
}

#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let catalogue = Loadable::new(move || async move {
        api::catalogue(&session.backend().await.ok_or(ApiError::Network)?).await
    });
    view! {
        <PageHeading key=Key::CatalogueTitle />
        <div class="ds-alert" data-color="info">
            <p class="ds-paragraph">{i18n.text(Key::CatalogueNotice)}</p>
            <p class="ds-paragraph"><Link to=paths::APPLICATIONS class="ds-link">{i18n.text(Key::MyApplicationsTitle)}</Link></p>
        </div>
        {move || match catalogue.get() {
            None => view! { <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p> }.into_any(),
            Some(Err(error)) => view! { <ApiErrorMessage error retry=move || catalogue.reload() /> }.into_any(),
            Some(Ok(data)) => view! { <AlternativeList data i18n /> }.into_any(),
        }}
    }
}

#[component]
fn AlternativeList(data: CatalogueData, i18n: I18n) -> impl IntoView {
    let now = crate::browser::now();
    let items = data
        .alternatives
        .iter()
        .map(|alternative| {
            let (data, alternative) = (data.clone(), alternative.clone());
            move || {
                let language = i18n.language();
                let institution = data
                    .round(&alternative.round_id)
                    .and_then(|round| data.institution(&round.institution_id))
                    .map(|institution| institution.name.get(language).to_owned())
                    .unwrap_or_default();
                let external = alternative.external_application_url.as_deref().and_then(crate::routing::web_link).map(|url| {
                    let url = url.to_owned();
                    let text = Key::CatalogueApplyExternally.fill(language, &[("institution", &institution)]);
                    view! { <p class="ds-paragraph"><a class="ds-link" href=url>{text}</a></p> }
                });
                view! {
                    <li class="ds-card app-programme">
                        <h2 class="ds-heading" data-size="xs">{alternative.title(language)}</h2>
                        <p class="ds-paragraph">{Key::CatalogueOfferedBy.fill(language, &[("institution", &institution)])}</p>
                        {admission_lines(&data, &alternative, language, now).into_iter().map(|line| view! { <p class="ds-paragraph app-programme__admission">{line}</p> }).collect_view()}
                        <h3 class="ds-heading" data-size="2xs">{i18n.text(Key::CatalogueRequirements)}</h3>
                        <p class="ds-paragraph">{alternative.admission_requirements.get(language).to_owned()}</p>
                        {external}
                    </li>
                }
            }
        })
        .collect_view();
    view! { <ul class="app-programmes" role="list">{items}</ul> }
}
