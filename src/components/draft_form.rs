//! The frame of a draft's page, one for the wizard's steps and the needs report's sections:
//! the back link, what the flow shows above (a step's progress), the error summary, the
//! question when another version came in, the heading, then the form with the page's fields,
//! a failed save, whether the typing is on the server, and "Lagre og fortsett".

use crate::api::ApiError;
use crate::components::api_error::ApiErrorMessage;
use crate::components::error_summary::{ErrorSummary, FieldMessage};
use crate::components::link::Link;
use crate::components::page_heading::PageHeading;
use crate::components::sent::Wording;
use crate::components::sync_line::SyncLine;
use crate::i18n::Key;
use crate::state::application::SyncState;
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// A shown message goes as soon as the page's checks stop finding it (each time `changed`
/// changes): only one of `own`, so that messages the checks do not make (the server's) stay
/// until the next "Lagre og fortsett".
pub fn drop_fixed_messages(
    messages: RwSignal<Vec<FieldMessage>>,
    changed: impl Fn() + 'static,
    found_now: impl Fn() -> Vec<FieldMessage> + 'static,
    own: impl Fn(&FieldMessage) -> bool + 'static,
) {
    Effect::new(move |first: Option<()>| {
        changed();
        if first.is_some() && messages.with_untracked(|m| !m.is_empty()) {
            let now = found_now();
            let fixed = |m: &FieldMessage| own(m) && !now.contains(m);
            if messages.with_untracked(|shown| shown.iter().any(fixed)) {
                messages.update(|shown| shown.retain(|m| !fixed(m)));
            }
        }
    });
}

/// Where the back link goes, and what it says.
pub struct Back {
    pub to: String,
    pub text: Key,
}

#[component]
pub fn DraftForm(
    back: Back,
    heading: Key,
    form_id: String,
    messages: ReadSignal<Vec<FieldMessage>>,
    /// The flow's question when a newer version changed what this tab changed too.
    conflict: AnyView,
    sync: Signal<SyncState>,
    /// The save on its way (the button says so) and how the last one failed.
    pending: RwSignal<bool>,
    failure: RwSignal<Option<ApiError>>,
    wording: Wording,
    on_continue: Callback<()>,
    /// Shown between the back link and the error summary.
    #[prop(optional)]
    above: Option<AnyView>,
    /// Buttons beside "Lagre og fortsett".
    #[prop(optional)]
    more_actions: Option<AnyView>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_continue.run(());
    };
    view! {
        <p class="ds-paragraph"><Link to=back.to class="ds-link app-back">{i18n.text(back.text)}</Link></p>
        {above}
        <ErrorSummary messages />
        {conflict}
        <PageHeading key=heading />
        <form class="app-form" id=form_id tabindex="-1" on:submit=on_submit novalidate>
            {children()}
            {move || failure.get().map(|error| view! { <ApiErrorMessage error wording /> })}
            <SyncLine state=sync />
            <div class="app-actions">
                <button type="submit" class="ds-button" data-variant="primary" aria-disabled=move || pending.get().then_some("true")>
                    {i18n.text(Key::SaveAndContinue)}
                </button>
                {more_actions}
            </div>
        </form>
    }
}
