//! What an application and a needs report share once sent, on the receipt and on check
//! answers: the reference, time and version; a warning while a change is not sent; until the
//! deadline a way to change it (through check answers) or to withdraw it after a
//! confirmation; and the button that sends, sends a change again, or says there is nothing
//! new to send. Only the wording differs between the two.

use crate::api::types::Receipt;
use crate::api::ApiError;
use crate::components::api_error::ApiErrorMessage;
use crate::components::link::Link;
use crate::i18n::{format_instant, Key};
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// The texts that name what was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording {
    pub send: Key,
    pub nothing_to_send: Key,
    pub unsent_warning: Key,
    pub change: Key,
    pub withdraw: Key,
    pub withdraw_confirm: Key,
    pub withdraw_yes: Key,
    /// A change refused because the deadline has passed.
    pub deadline_passed: Key,
    /// A change refused by its state (withdrawn, sent, decided ...).
    pub no_longer_changeable: Key,
}

pub const APPLICATION: Wording = Wording {
    send: Key::SubmitApplication,
    nothing_to_send: Key::NoUnsentChanges,
    unsent_warning: Key::UnsentChangesWarning,
    change: Key::ChangeApplication,
    withdraw: Key::WithdrawApplication,
    withdraw_confirm: Key::WithdrawConfirm,
    withdraw_yes: Key::WithdrawYes,
    deadline_passed: Key::ErrorDeadlinePassed,
    no_longer_changeable: Key::ErrorNoLongerChangeable,
};

pub const NEEDS_REPORT: Wording = Wording {
    send: Key::NrSend,
    nothing_to_send: Key::NrNoUnsentChanges,
    unsent_warning: Key::NrUnsentChangesWarning,
    change: Key::NrChangeReport,
    withdraw: Key::NrWithdrawReport,
    withdraw_confirm: Key::NrWithdrawConfirm,
    withdraw_yes: Key::NrWithdrawYes,
    deadline_passed: Key::NrErrorDeadlinePassed,
    no_longer_changeable: Key::NrErrorNoLongerChangeable,
};

/// The receipt's facts: reference number, when it was sent, and which version after a change.
#[component]
pub fn ReceiptFacts(receipt: Receipt) -> impl IntoView {
    let i18n = use_i18n();
    let Receipt {
        reference_number,
        submitted_at,
        revision,
        ..
    } = receipt;
    let changed = revision > 1;
    let revision = revision.to_string();
    view! {
        <div class="ds-alert" data-color="success">
            <p class="ds-paragraph">{move || i18n.fill(Key::ReceiptReference, &[("reference", &reference_number)])}</p>
            <p class="ds-paragraph">{move || i18n.fill(Key::ReceiptSentAt, &[("time", &format_instant(i18n.language(), submitted_at))])}</p>
            {changed.then(|| view! {
                <p class="ds-paragraph">{move || i18n.fill(Key::ReceiptRevision, &[("revision", &revision)])}</p>
            })}
        </div>
    }
}

/// Sent, then changed: the change counts only once it is sent again, from check answers.
#[component]
pub fn UnsentChanges(wording: Wording, check_path: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="ds-alert app-no-print" data-color="warning">
            <p class="ds-paragraph">{i18n.text(wording.unsent_warning)}</p>
            <p class="ds-paragraph"><Link to=check_path class="ds-link">{i18n.text(Key::ReviewAndSendChanges)}</Link></p>
        </div>
    }
}

/// Print; and while `changeable`, change (through check answers) and withdraw, which asks
/// first. `on_withdraw` withdraws and sets `failure` when that fails.
#[component]
pub fn ReceiptActions(
    wording: Wording,
    changeable: bool,
    check_path: String,
    on_withdraw: Callback<()>,
    #[prop(into)] failure: Signal<Option<ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    view! {
        <div class="app-actions app-no-print">
            <button type="button" class="ds-button" data-variant="secondary" on:click=|_| { let _ = window().print(); }>
                {i18n.text(Key::Print)}
            </button>
            {changeable.then(|| view! {
                <Link to=check_path class="ds-button" attr:data-variant="secondary">{i18n.text(wording.change)}</Link>
                <button type="button" class="ds-button" data-variant="secondary" data-color="danger" on:click=move |_| confirming.set(true)>{i18n.text(wording.withdraw)}</button>
            })}
        </div>
        {move || (changeable && confirming.get()).then(|| view! {
            <div class="ds-alert" data-color="warning" role="alert">
                <p class="ds-paragraph">{i18n.text(wording.withdraw_confirm)}</p>
                <button type="button" class="ds-button" data-variant="primary" data-color="danger" on:click=move |_| on_withdraw.run(())>{i18n.text(wording.withdraw_yes)}</button>
            </div>
        })}
        {move || failure.get().map(|error| view! { <ApiErrorMessage error wording /> })}
    }
}

/// Sends it the first time, or sends a change again; sent and unchanged since, it says there
/// is nothing new to send, under the same `id` (where the error summary points).
#[component]
pub fn SendButton(
    id: &'static str,
    wording: Wording,
    #[prop(into)] sent: Signal<bool>,
    #[prop(into)] changed: Signal<bool>,
    #[prop(into)] pending: Signal<bool>,
    on_send: UnsyncCallback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let sent = sent.get();
        if sent && !changed.get() {
            view! { <p class="ds-paragraph" id=id tabindex="-1">{i18n.text(wording.nothing_to_send)}</p> }.into_any()
        } else {
            view! {
                <button type="button" id=id class="ds-button" data-variant="primary" on:click=move |_| on_send.run(()) aria-disabled=move || pending.get().then_some("true")>
                    {i18n.text(if sent { Key::SendChanges } else { wording.send })}
                </button>
            }
            .into_any()
        }
    }
}
