//! The two flows, "Mine søknader" and the login pages, as lazy routes. `tools/wasm-split`
//! splits the release wasm at these points, so the application wizard, the needs report, the
//! applicant's list and logging in are each their own wasm chunk, fetched the first time one of
//! their routes opens (or earlier: see [`prefetch_flows`]). The shell (home, catalogue,
//! statements, not found) loads none of them.
//!
//! While a route waits for its flow's chunk (a slow network, or a prefetch that failed or has not
//! finished), it shows the flow's heading and "Laster …" ([`flow_view`]).
//!
//! The split points are `wasm_split` functions with `fallible` rather than Leptos 0.8's
//! `#[lazy_route]`/`#[lazy]`, whose loaders panic when a chunk cannot be fetched (offline, or
//! a deployment that removed the tab's build): here the route says so and offers a reload, and
//! a failed prefetch is only forgotten. (Leptos 0.9 does the same, leptos#4785.) Without the
//! split (native tests) a split function is an ordinary call.

use crate::api::ApiError;
use crate::components::api_error::ApiErrorMessage;
use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, Language};
use crate::pages;
use crate::routing;
use crate::state::language::{load_texts, use_i18n};
use crate::state::loadable::{self, all_ok, Load};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::LazyRoute;
use std::cell::Cell;
use std::future::Future;
use std::task::{Context, Poll, Waker};
use wasm_bindgen::{closure::Closure, JsCast};

/// The wizard's chunk (`split_wizard-….wasm`).
#[wasm_split(wizard, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_wizard))]
fn wizard_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <pages::wizard::Wizard /> }.into_any())
}

/// The needs report's chunk (`split_needs-….wasm`): the list and a report's pages are one split
/// point, so what they share is not a third file.
#[wasm_split(needs, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_needs))]
fn needs_view(report: bool) -> Result<AnyView, SplitLoaderError> {
    Ok(match report {
        false => view! { <pages::needs::NeedsReports /> }.into_any(),
        true => view! { <pages::needs::NeedsReportPage /> }.into_any(),
    })
}

/// "Mine søknader" (`split_applications-….wasm`): not a flow's first page, but what the list
/// alone needs (its items, withdrawing, the application's contract type) kept out of the shell.
#[wasm_split(applications, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_applications))]
fn applications_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <pages::applications::MyApplications /> }.into_any())
}

/// The login pages (`split_login-….wasm`): the test login or the way to ID-porten and back,
/// which only a user about to log in needs.
#[wasm_split(login, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_login))]
fn login_view(returning: bool) -> Result<AnyView, SplitLoaderError> {
    Ok(match returning {
        false => view! { <pages::login::Login /> }.into_any(),
        true => view! { <pages::login::LoginReturn /> }.into_any(),
    })
}

/// In place of a flow whose chunk could not be fetched: the flow's heading and the network
/// message, with a reload (which also picks up a newer build).
fn not_loaded(title: Key) -> AnyView {
    view! {
        <PageHeading key=title />
        <ApiErrorMessage error=ApiError::Network retry=move || { let _ = window().location().reload(); } />
    }
    .into_any()
}

/// One `LazyRoute` type per route (the router wants a type for each), whose view is
/// [`flow_view`] of its flow and split point. No `preload`: the router would keep the last page
/// until it finished; the route shows at once, and says so while the chunk loads.
macro_rules! lazy_routes {
    ($($(#[$doc:meta])* $route:ident => $flow:expr, $page:expr;)*) => {$(
        $(#[$doc])*
        pub struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                flow_view($flow, $page)
            }
        }
    )*};
}

lazy_routes! {
    /// `/soknader/:id/:step`: the application wizard.
    WizardRoute => Flow::Wizard, wizard_view;
    /// `/behovsmelding`: the owner's needs reports.
    NeedsReportsRoute => Flow::Needs, || needs_view(false);
    /// `/behovsmelding/:id` and `/behovsmelding/:id/:section`: one needs report.
    NeedsReportRoute => Flow::Needs, || needs_view(true);
    /// `/soknader`: "Mine søknader".
    ApplicationsRoute => Flow::Applications, applications_view;
    /// `/logg-inn`: logging in.
    LoginRoute => Flow::Login, || login_view(false);
    /// `/logg-inn/:method`: the return from ID-porten.
    LoginReturnRoute => Flow::Login, || login_view(true);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Wizard,
    Needs,
    /// "Mine søknader", a chunk of its own though not a flow.
    Applications,
    /// The login pages, likewise.
    Login,
}

const FLOWS: usize = 4;

/// The heading a flow's pages show while its chunk loads or when it could not be fetched.
fn title(flow: Flow) -> Key {
    match flow {
        Flow::Wizard => Key::WizardTitle,
        Flow::Needs => Key::NeedsTitle,
        Flow::Applications => Key::MyApplicationsTitle,
        Flow::Login => Key::LoginTitle,
    }
}

/// The flow an address belongs to: `path` is the address's path without the router base
/// (`"/soknader/abc/velg"`).
pub fn flow_of(path: &str) -> Option<Flow> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        ["soknader"] => Some(Flow::Applications),
        ["soknader", _, _] => Some(Flow::Wizard),
        ["behovsmelding"] | ["behovsmelding", _] | ["behovsmelding", _, _] => Some(Flow::Needs),
        ["logg-inn"] | ["logg-inn", _] => Some(Flow::Login),
        _ => None,
    }
}

/// The path of `href` inside the app (`base` is the router base, `""` or `"/soknad"`), when
/// `href` is an absolute path under it (as the app's own links are).
fn app_path<'a>(base: &str, href: &'a str) -> Option<&'a str> {
    let path = href.split(['?', '#']).next()?;
    let inside = path.strip_prefix(base)?;
    (inside.is_empty() || inside.starts_with('/')).then_some(inside)
}

thread_local! {
    static REQUESTED: [Cell<bool>; FLOWS] = const { [const { Cell::new(false) }; FLOWS] };
    /// The chunks known to be here (the loader keeps a chunk once it has it).
    static LOADED: [Cell<bool>; FLOWS] = const { [const { Cell::new(false) }; FLOWS] };
}

fn loaded(flow: Flow) -> bool {
    LOADED.with(|flags| flags[flow as usize].get())
}

/// The future's output if it has one on its first poll: a split function's, once its chunk is
/// here.
fn ready<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut context = Context::from_waker(Waker::noop());
    match std::pin::pin!(future).poll(&mut context) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

/// A flow's route: its page at once when the chunk is here (a deep link loads it before the
/// app mounts; the idle prefetch or a pointed-at link usually has); otherwise the flow's
/// heading (which takes focus and names the document, as a page's does) and a polite
/// "Laster …" until it comes, then the page, or the failure with a reload.
///
/// The route's own view, ready on the router's first poll: a view still pending would keep
/// the last page on the screen, with nothing to say another is on its way.
fn flow_view<F>(flow: Flow, page: impl Fn() -> F + Send + 'static) -> AnyView
where
    F: Future<Output = Result<AnyView, SplitLoaderError>>,
{
    let show = move |result: Option<Result<AnyView, SplitLoaderError>>| match result {
        Some(Ok(view)) => view,
        _ => not_loaded(title(flow)),
    };
    if loaded(flow) {
        return show(ready(page()));
    }
    // Whether the chunk (and, for the wizard, Swedish texts) came.
    let arrived = RwSignal::new(None::<bool>);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(flow).await.is_ok();
        // The route may have been left meanwhile.
        let _ = arrived.try_set(Some(loaded));
    });
    let i18n = use_i18n();
    (move || match arrived.get() {
        None => view! {
            <PageHeading key=title(flow) />
            <p class="ds-paragraph" role="status">{i18n.text(Key::Loading)}</p>
        }
        .into_any(),
        Some(true) => show(ready(page())),
        Some(false) => not_loaded(title(flow)),
    })
    .into_any()
}

/// Fetches a flow's chunk (the loader keeps it once it has it); after a failure the next
/// reason to fetch it (a link pointed at, the route opened) tries again.
async fn load(flow: Flow) -> Result<(), SplitLoaderError> {
    let chunk: Load = match flow {
        Flow::Wizard => Box::pin(preload_wizard()),
        Flow::Needs => Box::pin(preload_needs()),
        Flow::Applications => Box::pin(preload_applications()),
        Flow::Login => Box::pin(preload_login()),
    };
    // The wizard shows a Swedish institution's questions, and the messages about them, in
    // Swedish whatever the interface's language (`answers::own_language`): Swedish texts come
    // beside its chunk. Other languages come when chosen, as anywhere.
    let loaded = match flow {
        Flow::Wizard => all_ok(vec![chunk, Box::pin(load_texts(Language::Sv))]).await,
        Flow::Needs | Flow::Applications | Flow::Login => chunk.await,
    };
    match loaded {
        Ok(()) => LOADED.with(|flags| flags[flow as usize].set(true)),
        Err(_) => REQUESTED.with(|requested| requested[flow as usize].set(false)),
    }
    loaded
}

/// Starts fetching a flow's chunk (once; the loader keeps it).
fn preload(flow: Flow) {
    let first = REQUESTED.with(|requested| !requested[flow as usize].replace(true));
    if first {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = load(flow).await;
        });
    }
}

/// The router base of this page, from `<base href>`.
fn router_base() -> String {
    routing::router_base(&crate::state::config::public_url())
}

/// Calls `then` once the chunk of the flow the page was opened on has loaded (at once on the
/// shell's routes), so a deep link into a flow renders its first screen in the app's first
/// render and the first paint stays until then.
pub fn after_current_flow(then: impl FnOnce() + 'static) {
    let pathname = window().location().pathname().unwrap_or_default();
    let flow = app_path(&router_base(), &pathname).and_then(flow_of);
    match flow {
        None => then(),
        Some(flow) => {
            REQUESTED.with(|requested| requested[flow as usize].set(true));
            wasm_bindgen_futures::spawn_local(async move {
                // On a failure the route itself says so.
                let _ = load(flow).await;
                then();
            });
        }
    }
}

/// Fetches a flow's chunk before it is needed: when a link into it is pointed at or focused,
/// and, once the page has loaded and the browser is idle, what the user needs next (not when
/// the user asked the browser to save data).
pub fn prefetch_flows() {
    let base = router_base();
    let on_link = move |event: web_sys::Event| {
        let Some(element) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let href = element
            .closest("a[href]")
            .ok()
            .flatten()
            .and_then(|link| link.get_attribute("href"));
        if let Some(flow) = href.and_then(|href| app_path(&base, &href).and_then(flow_of)) {
            preload(flow);
        }
    };
    // For the page's life, like the app itself (a dropped handle leaves the listener).
    let _ = window_event_listener_untyped("pointerover", on_link.clone());
    let _ = window_event_listener_untyped("focusin", on_link);

    if save_data() {
        return;
    }
    // Once the page has loaded, has what it fetches for itself and the browser is idle, what
    // the user needs next: logged out, the login pages (every flow starts there); logged in,
    // the flows, and again when a login starts a session. Each is fetched once; fetching all
    // four on every page held the main thread past 100 ms (Lighthouse TBT), and fetching beside
    // the page's own data (the catalogue) made that arrive later on a slow line.
    let owner = Owner::current().unwrap_or_default();
    let session = use_session();
    let prefetch = move || {
        owner.with(|| {
            Effect::new(move |_| {
                let logged_in = session.user_name().is_some();
                // After a login too, only once the page is quiet (Mine søknader loads its list).
                when_quiet(Box::new(move || match logged_in {
                    true => [Flow::Wizard, Flow::Needs, Flow::Applications]
                        .into_iter()
                        .for_each(preload),
                    false => preload(Flow::Login),
                }));
            });
        })
    };
    if document().ready_state() == "complete" {
        when_quiet(Box::new(prefetch));
    } else {
        let _ =
            window_event_listener_untyped("load", move |_| when_quiet(Box::new(prefetch.clone())));
    }
}

/// Calls `then` when the browser is idle and no load of the page's own is in flight (a load
/// that starts before the idle moment is waited for, then the next idle moment).
fn when_quiet(then: Box<dyn FnOnce()>) {
    let idle = Closure::once_into_js(move || match loadable::settled() {
        true => then(),
        false => loadable::when_settled(move || when_quiet(then)),
    });
    let window = window();
    let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    match has_idle {
        true => drop(window.request_idle_callback(idle.unchecked_ref())),
        false => drop(
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(idle.unchecked_ref(), 2000),
        ),
    };
}

/// `navigator.connection.saveData`, where the browser has it.
fn save_data() -> bool {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &"connection".into())
        .ok()
        .filter(|connection| connection.is_object())
        .and_then(|connection| js_sys::Reflect::get(&connection, &"saveData".into()).ok())
        .and_then(|save| save.as_bool())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flows_by_address() {
        assert_eq!(flow_of("/soknader/abc/velg"), Some(Flow::Wizard));
        assert_eq!(flow_of("/soknader/abc/kvittering/"), Some(Flow::Wizard));
        assert_eq!(flow_of("/soknader"), Some(Flow::Applications));
        assert_eq!(flow_of("/soknader/abc"), None);
        assert_eq!(flow_of("/behovsmelding"), Some(Flow::Needs));
        assert_eq!(flow_of("/behovsmelding/abc"), Some(Flow::Needs));
        assert_eq!(flow_of("/behovsmelding/abc/budsjett"), Some(Flow::Needs));
        assert_eq!(flow_of("/behovsmelding/a/b/c"), None);
        assert_eq!(flow_of("/"), None);
        assert_eq!(flow_of("/studier"), None);
        assert_eq!(flow_of("/logg-inn"), Some(Flow::Login));
        assert_eq!(flow_of("/logg-inn/idporten"), Some(Flow::Login));
        assert_eq!(flow_of("/logg-inn/idporten/x"), None);
    }

    #[test]
    fn paths_under_the_base() {
        assert_eq!(
            app_path("/soknad", "/soknad/behovsmelding?x=1"),
            Some("/behovsmelding")
        );
        assert_eq!(app_path("/soknad", "/soknad"), Some(""));
        assert_eq!(app_path("/soknad", "/soknadx/behovsmelding"), None);
        assert_eq!(app_path("/soknad", "/other/behovsmelding"), None);
        assert_eq!(app_path("", "/soknader/a/b#top"), Some("/soknader/a/b"));
        assert_eq!(app_path("", "https://example.no/soknader/a/b"), None);
    }
}
