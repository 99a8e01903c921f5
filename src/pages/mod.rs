//! One module per route.

pub mod accessibility;
pub mod applications;
pub mod catalogue;
pub mod home;
pub mod login;
pub mod needs;
pub mod privacy;
pub mod wizard;

use crate::api::{self, Api, ApiError, Resource};
use crate::components::api_error::ApiErrorMessage;
use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::state::language::use_i18n;
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::future::Future;

/// A draft's pages (an application's or a needs report's): loads the draft named by the
/// route's `id` with its ETag, and what its pages need beside it (`beside`), then `show`s
/// them; "Laster …" until then, and a failure under `title` with a retry.
pub fn draft_pages<R, X, F, V>(
    title: Key,
    beside: impl Fn(Api) -> F + Copy + 'static,
    show: impl Fn(X, R, String) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    R: Resource,
    X: Clone + Send + Sync + 'static,
    F: Future<Output = Result<X, ApiError>> + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let session = use_session();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let data = Loadable::new(move || {
        let id = id();
        async move {
            let api = session.backend().await.ok_or(ApiError::Network)?;
            crate::state::application::flushed(&id).await;
            let (draft, etag) = api::read::<R>(&api, &id).await?;
            Ok::<_, ApiError>((beside(api).await?, draft, etag))
        }
    });
    move || match data.get() {
        None => {
            view! { <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p> }.into_any()
        }
        Some(Err(error)) => view! {
            <PageHeading key=title />
            <ApiErrorMessage error retry=move || data.reload() />
        }
        .into_any(),
        Some(Ok((beside, draft, etag))) => show(beside, draft, etag).into_any(),
    }
}
