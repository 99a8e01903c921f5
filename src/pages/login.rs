//! Logging in, as the config's `auth.mode` says. `test`: a placeholder for ID-porten that says
//! plainly it is a test login; the user picks a synthetic test person or types a synthetic
//! fødselsnummer. `idporten`: a button that sends the user to ID-porten, and the return route
//! ID-porten sends them back to (`state::id_porten` does the protocol).

use crate::api::types::LocalizedText;
use crate::api::{self, ApiError};
use crate::browser::{focus_after_render, focus_by_id};
use crate::components::api_error::ApiErrorMessage;
use crate::components::error_summary::{message_for, ErrorSummary, FieldMessage};
use crate::components::link::{use_go_to, Link};
use crate::components::not_found::NotFound;
use crate::components::page_heading::PageHeading;
use crate::config::{AuthConfig, OidcClient};
use crate::domain::national_id::{self, NationalIdError};
use crate::domain::oidc::ReturnProblem;
use crate::i18n::Key;
use crate::routing::{self, paths};
use crate::state::action::ActionState;
use crate::state::config::{use_config, use_router_base};
use crate::state::id_porten::{self, LoginFailure};
use crate::state::language::use_i18n;
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

const PERSON_FIELD: &str = "login-person";
const NATIONAL_ID_FIELD: &str = "national-id";
const OTHER_PERSON: &str = "other";
/// The message of a login that came back refused.
const FAILURE_ID: &str = "login-failure";

/// The same checks the server makes, so most slips are caught without a round trip.
pub fn national_id_problem(input: &str) -> Option<Key> {
    if input.trim().is_empty() {
        return Some(Key::ErrorNationalIdRequired);
    }
    match national_id::parse(input) {
        Err(NationalIdError::Format) => Some(Key::ErrorNationalIdFormat),
        Err(NationalIdError::Date) => Some(Key::ErrorNationalIdDate),
        Err(NationalIdError::Checksum) => Some(Key::ErrorNationalIdChecksum),
        Ok(id) if !id.synthetic => Some(Key::ErrorNationalIdNotSynthetic),
        Ok(_) => None,
    }
}

/// The server's verdict on `/national_id`, in the user's language.
pub fn server_problem(error: &ApiError) -> Option<Key> {
    let field = error
        .field_errors()
        .iter()
        .find(|e| e.pointer == "/national_id")?;
    Some(match field.code.as_str() {
        "required" => Key::ErrorNationalIdRequired,
        "invalid_format" => Key::ErrorNationalIdFormat,
        "invalid_date" => Key::ErrorNationalIdDate,
        "invalid_checksum" => Key::ErrorNationalIdChecksum,
        "not_synthetic" => Key::ErrorNationalIdNotSynthetic,
        _ => Key::ErrorUnexpected,
    })
}

/// Where to go after logging in: only an app path, never another site; by default Mine søknader.
/// Only plain path characters are allowed: browsers drop tabs and newlines from URLs, so
/// `/\t/evil.example` would become `//evil.example`, another site.
pub fn return_path(requested: Option<String>) -> String {
    let is_app_path = |path: &String| {
        path.starts_with('/')
            && !path.starts_with("//")
            && path
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "/-_.~?=&%".contains(c))
    };
    requested
        .filter(is_app_path)
        .unwrap_or_else(|| paths::APPLICATIONS.to_owned())
}

#[component]
pub fn Login() -> impl IntoView {
    let config = use_config();
    let session = use_session();
    // `None` until the config has loaded: then nothing is shown in the form's place.
    let auth = move || config.get().and_then(Result::ok).map(|c| c.auth);
    let i18n = use_i18n();
    view! {
        <PageHeading key=Key::LoginTitle />
        <Show when=move || session.expired.get()>
            <div class="ds-alert" data-color="info" role="alert">
                <p class="ds-paragraph">{i18n.text(Key::SessionExpiredNotice)}</p>
            </div>
        </Show>
        // Above the form, which comes when the config has: then it moves nothing.
        <p class="ds-paragraph"><Link to=paths::PRIVACY class="ds-link">{i18n.text(Key::PrivacyLink)}</Link></p>
        {move || match session.user_name() {
            Some(name) => view! { <AlreadyLoggedIn name /> }.into_any(),
            None => match auth() {
                Some(AuthConfig::Test) => view! { <TestLogin /> }.into_any(),
                Some(AuthConfig::IdPorten(client)) => {
                    let next = return_path(use_query_map().with_untracked(|q| q.get("neste")));
                    view! { <IdPortenLogin client next label=Key::LoginWithIdPorten /> }.into_any()
                }
                None => ().into_any(),
            },
        }}
    }
}

/// Shown instead of the form: logging in again would silently replace the session, so the
/// user goes on where they were headed or logs out first.
#[component]
fn AlreadyLoggedIn(name: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let query = use_query_map();
    let next = routing::href(
        &use_router_base().0,
        &return_path(query.with_untracked(|q| q.get("neste"))),
    );
    let log_out = move |_| {
        session.log_out();
        // The button is gone with the session; keep keyboard focus on the page.
        focus_by_id("main");
    };
    view! {
        <div class="ds-alert" data-color="info">
            <p class="ds-paragraph">{move || i18n.about_person(Key::LoginAlreadyLoggedIn, Key::LoginAlreadyLoggedInNameless, &name)}</p>
        </div>
        <div class="app-actions">
            <A href=next attr:class="ds-link">{i18n.text(Key::LoginContinue)}</A>
            <button type="button" class="ds-button" data-variant="secondary" on:click=log_out>
                {i18n.text(Key::LogOut)}
            </button>
        </div>
    }
}

#[component]
fn TestLogin() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let go_to = use_go_to();
    let query = use_query_map();
    let identities = Loadable::new(move || async move {
        api::test_identities(&session.api().ok_or(ApiError::Network)?).await
    });
    let choice = RwSignal::new(None::<String>);
    let typed = RwSignal::new(String::new());
    let (messages, set_messages) = signal(Vec::<FieldMessage>::new());
    let action = ActionState::new();
    let ActionState { pending, failure } = action;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if action.busy() {
            return;
        }
        let chosen = choice.get_untracked();
        let (national_id, field_id) = match chosen.as_deref() {
            None => {
                return set_messages.set(vec![FieldMessage::new(
                    PERSON_FIELD,
                    Key::ErrorChoosePerson,
                )])
            }
            Some(OTHER_PERSON) => (
                typed.get_untracked().split_whitespace().collect::<String>(),
                NATIONAL_ID_FIELD,
            ),
            Some(listed) => (listed.to_owned(), PERSON_FIELD),
        };
        if let Some(key) = national_id_problem(&national_id) {
            return set_messages.set(vec![FieldMessage::new(field_id, key)]);
        }
        let Some(api) = session.api() else { return };
        set_messages.set(Vec::new());
        let next = return_path(query.with_untracked(|q| q.get("neste")));
        let go_to = go_to.clone();
        action.run(async move {
            match api::log_in(&api, &national_id).await {
                Ok(created) => {
                    session.start(created);
                    go_to(&next);
                }
                Err(error) => match server_problem(&error) {
                    Some(key) => set_messages.set(vec![FieldMessage::new(field_id, key)]),
                    None => action.fail(error),
                },
            }
        });
    };

    let person_error = move || messages.with(|m| message_for(m, PERSON_FIELD));
    let national_id_error = move || messages.with(|m| message_for(m, NATIONAL_ID_FIELD));
    let radio = move |id: String,
                      value: String,
                      label: String,
                      description: Option<LocalizedText>| {
        let checked_value = value.clone();
        let description_id = format!("{id}-description");
        view! {
            <div class="ds-field">
                <input
                    type="radio"
                    class="ds-input"
                    name="person"
                    id=id.clone()
                    value=value.clone()
                    aria-describedby=description.as_ref().map(|_| description_id.clone())
                    aria-invalid=move || person_error().map(|_| "true")
                    prop:checked=move || choice.get().as_deref() == Some(checked_value.as_str())
                    on:change=move |_| choice.set(Some(value.clone()))
                />
                <label class="ds-label" data-weight="regular" for=id>{label}</label>
                {description.map(|text| view! {
                    <div class="ds-paragraph" data-size="sm" id=description_id>{move || text.get(i18n.language()).to_owned()}</div>
                })}
            </div>
        }
    };

    view! {
        <ErrorSummary messages />
        <div class="app-idporten">
            <p class="app-idporten__provider">{i18n.text(Key::LoginProvider)}</p>
            <div class="ds-alert" data-color="warning">
                <p class="ds-paragraph">{i18n.text(Key::LoginTestNotice)}</p>
            </div>
            {move || identities.get().map(|loaded| match loaded {
                Err(error) => view! { <ApiErrorMessage error retry=move || identities.reload() /> }.into_any(),
                Ok(people) => view! {
                    <form class="app-form" on:submit=submit.clone() novalidate>
                        <fieldset class="ds-fieldset" aria-describedby=move || person_error().map(|_| "login-person-error")>
                            <legend class="ds-label">{i18n.text(Key::LoginChoosePerson)}</legend>
                            {move || person_error().map(|key| view! {
                                <p class="ds-validation-message" data-color="danger" id="login-person-error">{i18n.text(key)}</p>
                            })}
                            {people.iter().enumerate().map(|(index, person)| {
                                // The first radio carries the id the error summary links to.
                                let id = if index == 0 { PERSON_FIELD.to_owned() } else { format!("{PERSON_FIELD}-{index}") };
                                radio(id, person.national_id.clone(), format!("{} ({})", person.name, person.national_id), Some(person.description.clone()))
                            }).collect_view()}
                            {radio(format!("{PERSON_FIELD}-other"), OTHER_PERSON.to_owned(), i18n.t(Key::LoginOtherPerson).to_owned(), None)}
                        </fieldset>
                        <Show when=move || choice.get().as_deref() == Some(OTHER_PERSON)>
                            <div class="ds-field app-reveal">
                                <label class="ds-label" for=NATIONAL_ID_FIELD>{i18n.text(Key::LoginNationalIdLabel)}</label>
                                <div class="ds-paragraph" data-size="sm" id="national-id-hint">{i18n.text(Key::LoginNationalIdHint)}</div>
                                {move || national_id_error().map(|key| view! {
                                    <p class="ds-validation-message" data-color="danger" id="national-id-error">{i18n.text(key)}</p>
                                })}
                                <input
                                    class="ds-input"
                                    id=NATIONAL_ID_FIELD
                                    type="text"
                                    inputmode="numeric"
                                    autocomplete="off"
                                    size="14"
                                    aria-describedby=move || if national_id_error().is_some() { "national-id-hint national-id-error" } else { "national-id-hint" }
                                    aria-invalid=move || national_id_error().map(|_| "true")
                                    prop:value=move || typed.get()
                                    on:input=move |ev| typed.set(event_target_value(&ev))
                                />
                            </div>
                        </Show>
                        <button type="submit" class="ds-button" data-variant="primary" aria-disabled=move || pending.get().then_some("true")>
                            {i18n.text(Key::LoginSubmit)}
                        </button>
                    </form>
                }.into_any(),
            })}
            {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
        </div>
    }
}

/// The way to ID-porten: what happens there, and the button that goes.
#[component]
fn IdPortenLogin(client: OidcClient, next: String, label: Key) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_router_base().0;
    let (starting, set_starting) = signal(false);
    let failure = RwSignal::new(None::<LoginFailure>);
    let start = move |_| {
        if starting.get_untracked() {
            return;
        }
        set_starting.set(true);
        failure.set(None);
        let (client, base, next) = (client.clone(), base.clone(), next.clone());
        leptos::task::spawn_local(async move {
            // On success the page is already on its way to ID-porten.
            if let Err(problem) =
                id_porten::start(&client, &base, untrack(|| i18n.language()), next).await
            {
                failure.set(Some(problem));
                set_starting.set(false);
            }
        });
    };
    view! {
        <div class="app-idporten">
            <p class="ds-paragraph">{i18n.text(Key::LoginIdPortenIntro)}</p>
            <button type="button" id="idporten-login" class="ds-button" data-variant="primary" aria-disabled=move || starting.get().then_some("true") on:click=start>
                {i18n.text(label)}
            </button>
            {move || failure.get().map(|problem| view! { <LoginFailureMessage problem /> })}
        </div>
    }
}

/// What went wrong with a login, in the user's language.
#[component]
fn LoginFailureMessage(
    problem: LoginFailure,
    /// For focus to land on (the return page's message).
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    match failure_key(&problem) {
        Some(key) => view! {
            <div class="ds-alert" data-color="danger" role="alert" id=id tabindex=id.map(|_| "-1")>
                <p class="ds-paragraph">{i18n.text(key)}</p>
            </div>
        }
        .into_any(),
        None => match problem {
            LoginFailure::Api(error) => view! { <ApiErrorMessage error /> }.into_any(),
            _ => ().into_any(),
        },
    }
}

/// The text for a failed login, or `None` for a failed call the generic message explains.
pub fn failure_key(problem: &LoginFailure) -> Option<Key> {
    Some(match problem {
        LoginFailure::Return(ReturnProblem::NotStarted) => Key::LoginRefusedNotStarted,
        LoginFailure::Return(ReturnProblem::WrongState) => Key::LoginRefusedWrongState,
        LoginFailure::Return(ReturnProblem::Cancelled) => Key::LoginCancelled,
        LoginFailure::Return(ReturnProblem::ProviderError) => Key::LoginProviderError,
        LoginFailure::NoCrypto => Key::LoginNoCrypto,
        LoginFailure::Api(ApiError::Problem(problem)) if problem.status == 401 => {
            match problem.code.as_deref() {
                Some("id_token_expired") => Key::LoginRefusedExpired,
                Some("acr_too_low") => Key::LoginRefusedLevel,
                _ => Key::LoginRefused,
            }
        }
        LoginFailure::Api(_) => return None,
    })
}

/// Where ID-porten sends the user back (`auth.redirect_path`, under `/logg-inn/`): finishes
/// the login and goes on to where the user was, or says why not and offers to start again.
#[component]
pub fn LoginReturn() -> impl IntoView {
    let config = use_config();
    let session = use_session();
    let base = use_router_base().0;
    let params = use_params_map();
    let query = use_query_map();
    let navigate = use_navigate();
    let client = move || {
        let here = format!(
            "{}/{}",
            paths::LOGIN,
            params.with(|p| p.get("method")).unwrap_or_default()
        );
        match config.get()?.ok()?.auth {
            AuthConfig::IdPorten(client) if client.redirect_path == here => Some(Some(client)),
            _ => Some(None),
        }
    };
    let outcome = RwSignal::new(None::<(String, Result<(), LoginFailure>)>);
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(Some(client)) = client() else { return };
        // Once: the tab's started login is used up by the first attempt.
        if started.get_value() {
            return;
        }
        started.set_value(true);
        let answer = |name: &str| query.with_untracked(|q| q.get(name));
        let (code, state, error) = (answer("code"), answer("state"), answer("error"));
        let (base, navigate) = (base.clone(), navigate.clone());
        leptos::task::spawn_local(async move {
            let (next, result) =
                id_porten::finish(session, &client, &base, code, state, error).await;
            match result {
                // Replacing the return address: going back must not offer a used code again.
                Ok(()) => navigate(
                    &routing::href(&base, &next),
                    NavigateOptions {
                        resolve: false,
                        replace: true,
                        ..Default::default()
                    },
                ),
                Err(_) => focus_after_render(FAILURE_ID),
            }
            outcome.set(Some((next, result)));
        });
    });
    let i18n = use_i18n();
    move || {
        match client() {
        None => ().into_any(),
        Some(None) => view! { <NotFound /> }.into_any(),
        Some(Some(client)) => view! {
            <PageHeading key=Key::LoginTitle />
            {move || match outcome.get() {
                None | Some((_, Ok(()))) => view! { <p class="ds-paragraph" role="status">{i18n.text(Key::LoginReturning)}</p> }.into_any(),
                Some((next, Err(problem))) => view! {
                    <LoginFailureMessage problem id=FAILURE_ID />
                    <IdPortenLogin client=client.clone() next label=Key::LoginAgain />
                }.into_any(),
            }}
        }.into_any(),
    }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::problem::error_from_response;

    #[test]
    fn local_checks_match_the_server_codes() {
        assert_eq!(
            national_id_problem("  "),
            Some(Key::ErrorNationalIdRequired)
        );
        assert_eq!(national_id_problem("123"), Some(Key::ErrorNationalIdFormat));
        assert_eq!(
            national_id_problem("30029200250"),
            Some(Key::ErrorNationalIdDate)
        );
        assert_eq!(
            national_id_problem("01819000048"),
            Some(Key::ErrorNationalIdChecksum)
        );
        assert_eq!(
            national_id_problem("29029200120"),
            Some(Key::ErrorNationalIdNotSynthetic)
        );
        assert_eq!(national_id_problem("01819000049"), None);
    }

    #[test]
    fn server_verdicts_land_on_the_field() {
        let body = r#"{"title":"Ugyldig","status":422,"errors":[{"pointer":"/national_id","code":"not_synthetic","message":"…"}]}"#;
        assert_eq!(
            server_problem(&error_from_response(422, body)),
            Some(Key::ErrorNationalIdNotSynthetic)
        );
        let other = r#"{"title":"Ugyldig","status":422,"errors":[{"pointer":"/other","code":"required","message":"…"}]}"#;
        assert_eq!(server_problem(&error_from_response(422, other)), None);
        assert_eq!(server_problem(&ApiError::Network), None);
    }

    #[test]
    fn each_refusal_has_its_own_words() {
        let refused = |code: &str| {
            let body = format!(r#"{{"title":"Avvist","status":401,"code":"{code}"}}"#);
            LoginFailure::Api(error_from_response(401, &body))
        };
        assert_eq!(
            failure_key(&refused("id_token_expired")),
            Some(Key::LoginRefusedExpired)
        );
        assert_eq!(
            failure_key(&refused("acr_too_low")),
            Some(Key::LoginRefusedLevel)
        );
        assert_eq!(
            failure_key(&refused("id_token_wrong_nonce")),
            Some(Key::LoginRefused)
        );
        assert_eq!(
            failure_key(&refused("login_code_refused")),
            Some(Key::LoginRefused)
        );
        assert_eq!(
            failure_key(&LoginFailure::Return(ReturnProblem::WrongState)),
            Some(Key::LoginRefusedWrongState)
        );
        assert_eq!(
            failure_key(&LoginFailure::Return(ReturnProblem::NotStarted)),
            Some(Key::LoginRefusedNotStarted)
        );
        // A backend that could not be reached is the generic message's, with its own words.
        assert_eq!(failure_key(&LoginFailure::Api(ApiError::Network)), None);
        assert_eq!(failure_key(&LoginFailure::Api(ApiError::Status(502))), None);
    }

    #[test]
    fn return_path_stays_in_the_app() {
        assert_eq!(return_path(Some("/studier".into())), "/studier");
        assert_eq!(return_path(None), "/soknader", "Mine søknader");
        for evil in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            " /studier",
        ] {
            assert_eq!(return_path(Some(evil.into())), "/soknader", "{evil:?}");
        }
        assert_eq!(
            return_path(Some("/%09/evil.example".into())),
            "/%09/evil.example",
            "stays a path"
        );
    }
}
