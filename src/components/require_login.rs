//! Pages for a logged-in user: anyone else goes through login and comes back to the same
//! address, with everything kept (the draft lives on the server and in this tab).

use crate::components::link::use_go_to;
use crate::routing::paths;
use crate::state::config::use_router_base;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::Location;

/// The app path the router is showing (without the router base), query included. The
/// router's own location, not the browser's: during an in-app navigation the address bar
/// changes only after the new route has rendered.
fn current_path(base: &str, location: &Location) -> String {
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let path = path.strip_prefix(base).unwrap_or(&path);
    match search.is_empty() {
        true => path.to_owned(),
        false => format!("{path}?{}", search.trim_start_matches('?')),
    }
}

/// Sends the user to login, which brings them back here afterwards.
pub fn use_login_and_return() -> impl Fn() + Clone {
    let go_to = use_go_to();
    let base = use_router_base();
    let location = use_location();
    move || {
        let here = current_path(&base.0, &location);
        if !here.starts_with(paths::LOGIN) {
            let back = String::from(js_sys::encode_uri_component(&here));
            go_to(&format!("{}?neste={back}", paths::LOGIN));
        }
    }
}

#[component]
pub fn RequireLogin(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let log_in = use_login_and_return();
    Effect::new(move |_| {
        // After an expiry `SessionEnd` sends the user there too; a second call finds the login
        // page already showing and does nothing.
        if session.user_name().is_none() {
            log_in();
        }
    });
    move || session.user_name().map(|_| children())
}
