//! Router, layout and context providers.

use crate::api::{self, Incompatibility};
use crate::components::config_error::ConfigErrorView;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::page_heading::provide_navigation_focus;
use crate::config::{ConfigError, RuntimeConfig};
use crate::i18n::Key;
use crate::pages;
use crate::routing::{self, paths};
use crate::state::language::{initial_language, use_i18n, I18n, PageHasErrors};
use crate::state::loadable::Loadable;
use crate::state::session::{use_session, SessionState};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The router base (`""` at the host root, `"/soknad"` under a sub-path), for building links.
#[derive(Clone)]
pub struct RouterBase(pub String);

/// The runtime configuration as it loads: `None` while loading.
pub type ConfigResource = Loadable<Result<RuntimeConfig, ConfigError>>;

/// The public URL Trunk wrote into `<base href>` at build time.
fn public_url() -> String {
    document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|base| base.get_attribute("href"))
        .unwrap_or_else(|| "/".to_owned())
}

#[component]
pub fn App() -> impl IntoView {
    let public_url = public_url();
    let base = routing::router_base(&public_url);
    provide_context(RouterBase(base.clone()));
    let i18n = I18n::new(initial_language());
    provide_context(i18n);
    provide_navigation_focus();
    provide_context(PageHasErrors(RwSignal::new(false)));

    let config_url = routing::asset_url(&public_url, "config.json");
    let config: ConfigResource = Loadable::new(move || {
        let url = config_url.clone();
        async move { api::load_config(&url).await }
    });
    provide_context(config);
    let session = SessionState::new(config);
    provide_context(session);
    Effect::new(move |_| {
        if let Some(Ok(loaded)) = config.get() {
            i18n.apply_default(loaded.default_language);
            session.verify();
        }
    });

    view! {
        <Router base=base>
            <SkipLink />
            <Header />
            <main id="main" tabindex="-1" class="app-main">
                {move || match config.get() {
                    None => view! { <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p> }.into_any(),
                    Some(Err(error)) => view! { <ConfigErrorView error retry=move || config.reload() /> }.into_any(),
                    Some(Ok(_)) => view! { <ContractCheck /> <AppRoutes /> }.into_any(),
                }}
            </main>
            <Footer />
        </Router>
    }
}

/// Asks the backend which contract and login methods it supports, and says so plainly when
/// this app cannot work with it. An unreachable backend is reported by the pages that need it.
#[component]
fn ContractCheck() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let config = expect_context::<ConfigResource>();
    let problem = Loadable::new(move || async move {
        let mode = config.get_untracked()?.ok()?.auth.mode();
        let meta = api::meta(&session.api()?).await.ok()?;
        api::incompatibility(&meta, mode)
    });
    move || {
        let problem = problem.get().flatten()?;
        let text = move || match &problem {
            Incompatibility::Contract(version) => {
                i18n.fill(Key::ContractUnsupported, &[("version", version)])
            }
            Incompatibility::AuthMode(mode) => {
                i18n.fill(Key::AuthModeUnsupported, &[("mode", mode)])
            }
        };
        Some(view! {
            <div class="ds-alert" data-color="danger" role="alert">
                <p class="ds-paragraph">{text}</p>
            </div>
        })
    }
}

#[component]
fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=pages::not_found::NotFound>
            <Route path=path!("/") view=pages::home::Home />
            <Route path=path!("/studier") view=pages::catalogue::Catalogue />
            <Route path=path!("/behovsmelding") view=pages::not_available::NeedsReport />
            <Route path=path!("/tilgjengelighet") view=pages::accessibility::Accessibility />
            <Route path=path!("/logg-inn") view=pages::login::Login />
        </Routes>
    }
}

// The `path!` macro needs literals; this keeps them in step with `routing::paths`.
const _: () = {
    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    assert!(same(paths::APPLY, "/studier"));
    assert!(same(paths::NEEDS_REPORT, "/behovsmelding"));
    assert!(same(paths::ACCESSIBILITY, "/tilgjengelighet"));
    assert!(same(paths::LOGIN, "/logg-inn"));
};
