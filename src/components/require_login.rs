//! Pages for a logged-in user: anyone else goes through login and comes back to the same
//! address, with everything kept (the draft lives on the server and in this tab).

use crate::components::link::use_go_to;
use crate::routing::paths;
use crate::state::config::use_router_base;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The current app path (without the router base), query included.
fn current_path(base: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let path = path.strip_prefix(base).unwrap_or(&path);
    format!("{path}{search}")
}

#[component]
pub fn RequireLogin(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let go_to = use_go_to();
    let base = use_router_base();
    Effect::new(move |_| {
        if session.user_name().is_none() {
            let back = String::from(js_sys::encode_uri_component(&current_path(&base.0)));
            go_to(&format!("{}?neste={back}", paths::LOGIN));
        }
    });
    move || session.user_name().map(|_| children())
}
