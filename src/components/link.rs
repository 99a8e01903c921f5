//! A link to one of the app's own routes, under the router base.

use crate::app::RouterBase;
use crate::routing;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Link(
    /// A path from `routing::paths`.
    to: &'static str,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let base = expect_context::<RouterBase>();
    view! {
        <A href=routing::href(&base.0, to) attr:class=class>
            {children()}
        </A>
    }
}
