//! A failed call explained in the user's language, with a way to try again.

use crate::api::ApiError;
use crate::components::sent::{Wording, APPLICATION};
use crate::i18n::Key;
use crate::state::language::use_i18n;
use leptos::prelude::*;

/// What to tell the user about a failure they cannot fix by editing a field (about an
/// application, when it is about what is being changed).
pub fn message_key(error: &ApiError) -> Key {
    message_for(error, APPLICATION)
}

/// What to tell the user about a failure, naming what is being changed in `wording`'s words.
pub fn message_for(error: &ApiError, wording: Wording) -> Key {
    // The state of what is being changed, which no retry changes.
    if let ApiError::Problem(problem) = error {
        match problem.code.as_deref() {
            Some("deadline_passed") => return wording.deadline_passed,
            Some("document_deadline_passed") => return Key::ErrorDocumentDeadlinePassed,
            Some("not_editable" | "not_withdrawable" | "already_submitted" | "not_deletable") => {
                return wording.no_longer_changeable
            }
            _ => {}
        }
    }
    match error {
        ApiError::Network => Key::ErrorNetwork,
        ApiError::Timeout => Key::ErrorTimeout,
        ApiError::Malformed(_) => Key::ErrorMalformed,
        _ => match error.status() {
            Some(401) => Key::ErrorSessionExpired,
            Some(503) => Key::ErrorUnavailable,
            Some(500..=599) => Key::ErrorServer,
            _ => Key::ErrorUnexpected,
        },
    }
}

#[component]
pub fn ApiErrorMessage(
    error: ApiError,
    #[prop(optional, into)] retry: Option<Callback<()>>,
    /// What is being changed, when it is not an application.
    #[prop(optional)]
    wording: Option<Wording>,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = message_for(&error, wording.unwrap_or(APPLICATION));
    view! {
        <div class="ds-alert" data-color="danger" role="alert">
            <p class="ds-paragraph">{i18n.text(key)}</p>
            {retry.map(|retry| view! {
                <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| retry.run(())>
                    {i18n.text(Key::TryAgain)}
                </button>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::problem::error_from_response;

    #[test]
    fn each_failure_has_its_own_message() {
        assert_eq!(message_key(&ApiError::Network), Key::ErrorNetwork);
        assert_eq!(message_key(&ApiError::Timeout), Key::ErrorTimeout);
        assert_eq!(
            message_key(&ApiError::Malformed("x".into())),
            Key::ErrorMalformed
        );
        assert_eq!(message_key(&ApiError::Status(503)), Key::ErrorUnavailable);
        assert_eq!(message_key(&ApiError::Status(500)), Key::ErrorServer);
        assert_eq!(message_key(&ApiError::Status(502)), Key::ErrorServer);
        assert_eq!(
            message_key(&error_from_response(
                401,
                r#"{"title":"x","status":401,"code":"session_expired"}"#
            )),
            Key::ErrorSessionExpired
        );
        assert_eq!(message_key(&ApiError::Status(404)), Key::ErrorUnexpected);
    }

    #[test]
    fn a_state_that_forbids_the_change_is_named() {
        let conflict = |code: &str| {
            message_key(&error_from_response(
                409,
                &format!(r#"{{"title":"x","status":409,"code":"{code}"}}"#),
            ))
        };
        assert_eq!(conflict("deadline_passed"), Key::ErrorDeadlinePassed);
        assert_eq!(
            conflict("document_deadline_passed"),
            Key::ErrorDocumentDeadlinePassed
        );
        assert_eq!(conflict("not_editable"), Key::ErrorNoLongerChangeable);
        assert_eq!(conflict("already_submitted"), Key::ErrorNoLongerChangeable);
        assert_eq!(conflict("etag_mismatch"), Key::ErrorUnexpected);
    }

    #[test]
    fn a_needs_report_is_named_as_one() {
        let conflict = |code: &str| {
            message_for(
                &error_from_response(
                    409,
                    &format!(r#"{{"title":"x","status":409,"code":"{code}"}}"#),
                ),
                crate::components::sent::NEEDS_REPORT,
            )
        };
        assert_eq!(conflict("deadline_passed"), Key::NrErrorDeadlinePassed);
        assert_eq!(conflict("not_editable"), Key::NrErrorNoLongerChangeable);
        assert_eq!(conflict("not_withdrawable"), Key::NrErrorNoLongerChangeable);
        assert_eq!(conflict("etag_mismatch"), Key::ErrorUnexpected);
    }
}
