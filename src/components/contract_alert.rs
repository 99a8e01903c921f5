//! Says plainly when the backend cannot serve this app (another contract major version, or a
//! login method it does not accept).

use crate::api::Incompatibility;
use crate::i18n::Key;
use crate::state::language::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ContractAlert(#[prop(into)] problem: Signal<Option<Incompatibility>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let problem = problem.get()?;
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
