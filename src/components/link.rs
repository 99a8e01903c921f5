//! A link to one of the app's own routes, under the router base.

use crate::routing;
use crate::state::config::use_router_base;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// Navigates to an app path under the router base, the same address a `Link` would use.
/// (The router's own resolution drops the trailing slash of the home route under a sub-path.)
pub fn use_go_to() -> impl Fn(&str) + Clone {
    let base = use_router_base();
    let navigate = use_navigate();
    move |path: &str| {
        navigate(
            &routing::href(&base.0, path),
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        )
    }
}

#[component]
pub fn Link(
    /// An app path: one from `routing::paths`, or one built from them.
    #[prop(into)]
    to: String,
    #[prop(optional)] class: &'static str,
    /// For an error summary or a test to point at.
    #[prop(optional, into)]
    id: Option<String>,
    children: Children,
) -> impl IntoView {
    let base = use_router_base();
    view! {
        <A href=routing::href(&base.0, &to) attr:class=class attr:id=id>
            {children()}
        </A>
    }
}
