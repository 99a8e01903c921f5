//! Wiring only: context providers, the router, the layout around the routes. Nothing here is
//! imported by another module (`tests/layers.rs` holds every module to that).

pub mod flows;

use crate::components::config_error::ConfigErrorView;
use crate::components::contract_alert::ContractAlert;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::not_found::NotFound;
use crate::components::page_heading::provide_navigation_focus;
use crate::components::session_end::SessionEnd;
use crate::pages;
use crate::routing::{self, paths};
use crate::state::config::{load_config, public_url, RouterBase};
use crate::state::contract::check_contract;
use crate::state::language::{initial_language, I18n, PageHasErrors};
use crate::state::session::SessionState;
use flows::{
    ApplicationsRoute, LoginReturnRoute, LoginRoute, NeedsReportRoute, NeedsReportsRoute,
    WizardRoute,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy};

#[component]
pub fn App() -> impl IntoView {
    let public_url = public_url();
    let base = routing::router_base(&public_url);
    provide_context(RouterBase(base.clone()));
    let i18n = I18n::new(initial_language());
    provide_context(i18n);
    provide_navigation_focus();
    provide_context(PageHasErrors(RwSignal::new(false)));
    let config = load_config(&public_url);
    provide_context(config);
    let session = SessionState::new(config);
    provide_context(session);
    Effect::new(move |_| match config.get() {
        Some(Ok(loaded)) => {
            i18n.apply_default(loaded.default_language);
            session.refresh();
        }
        Some(Err(_)) => i18n.apply_browser_language(),
        None => {}
    });
    // Changes only when the config fails or recovers, not when it arrives: the routes stay.
    let config_error = Memo::new(move |_| config.get().and_then(Result::err));
    flows::prefetch_flows();

    view! {
        <Router base=base>
            <SkipLink />
            <Header />
            <main id="main" tabindex="-1" class="app-main">
                // The routes render at once; pages wait for the config only for what they load.
                {move || match config_error.get() {
                    Some(error) => view! { <ConfigErrorView error retry=move || config.reload() /> }.into_any(),
                    None => {
                        let contract = check_contract(config, session);
                        view! { <ContractAlert problem=move || contract.get().flatten() /> <AppRoutes /> }.into_any()
                    }
                }}
            </main>
            <Footer />
            <SessionEnd />
        </Router>
    }
}

#[component]
fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/") view=pages::home::Home />
            <Route path=path!("/studier") view=pages::catalogue::Catalogue />
            // The two flows and Mine søknader load their own wasm chunks (`flows`).
            <Route path=path!("/behovsmelding") view={Lazy::<NeedsReportsRoute>::new()} />
            <Route path=path!("/behovsmelding/:id") view={Lazy::<NeedsReportRoute>::new()} />
            <Route path=path!("/behovsmelding/:id/:section") view={Lazy::<NeedsReportRoute>::new()} />
            <Route path=path!("/tilgjengelighet") view=pages::accessibility::Accessibility />
            <Route path=path!("/personvern") view=pages::privacy::Privacy />
            <Route path=path!("/logg-inn") view={Lazy::<LoginRoute>::new()} />
            <Route path=path!("/logg-inn/:method") view={Lazy::<LoginReturnRoute>::new()} />
            <Route path=path!("/soknader") view={Lazy::<ApplicationsRoute>::new()} />
            <Route path=path!("/soknader/:id/:step") view={Lazy::<WizardRoute>::new()} />
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
    assert!(same(paths::APPLICATIONS, "/soknader"));
    assert!(same(paths::NEEDS_REPORT, "/behovsmelding"));
    assert!(same(paths::ACCESSIBILITY, "/tilgjengelighet"));
    assert!(same(paths::PRIVACY, "/personvern"));
    assert!(same(paths::LOGIN, "/logg-inn"));
};
