//! The page's `<h1>`, which also sets the document title. After an in-app navigation it takes
//! focus, so a screen reader announces the new page instead of staying silent.

use crate::browser::focus;
use crate::i18n::Key;
use crate::state::language::{use_i18n, use_page_title};
use leptos::html;
use leptos::prelude::*;

/// Whether a page has been shown yet: the first page keeps the browser's own focus.
#[derive(Clone, Copy)]
struct FirstPageShown(StoredValue<bool>);

/// Call once, above the routes, so every page sees the same flag.
pub fn provide_navigation_focus() {
    provide_context(FirstPageShown(StoredValue::new(false)));
}

/// `key` is the heading; `title` names the page in the document title when that should be
/// shorter than the heading.
#[component]
pub fn PageHeading(key: Key, #[prop(optional)] title: Option<Key>) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(title.unwrap_or(key));
    let heading = NodeRef::<html::H1>::new();
    let shown = expect_context::<FirstPageShown>();
    heading.on_load(move |element| {
        if shown.0.get_value() {
            focus(&element);
        }
        shown.0.set_value(true);
    });
    view! {
        <h1 class="ds-heading" data-size="lg" tabindex="-1" node_ref=heading>
            {i18n.text(key)}
        </h1>
    }
}
