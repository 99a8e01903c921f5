//! The browser's half of an OpenID Connect login with ID-porten (authorization code flow with
//! PKCE): the address that sends the user there, what the tab remembers meanwhile, and the
//! checks on the way back. The backend redeems the code and checks the ID token.

use serde::{Deserialize, Serialize};

/// What the tab keeps while the user is at ID-porten: one login at a time, used once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub code_verifier: String,
    /// The app path to return to (already checked to stay in the app).
    pub next: String,
}

impl PendingLogin {
    /// A login from fresh random bytes: 16 for `state` and `nonce`, 32 for the verifier
    /// (43 characters, RFC 7636's minimum length, all unreserved).
    pub fn from_random(
        state: &[u8; 16],
        nonce: &[u8; 16],
        verifier: &[u8; 32],
        next: String,
    ) -> Self {
        PendingLogin {
            state: base64url(state),
            nonce: base64url(nonce),
            code_verifier: base64url(verifier),
            next,
        }
    }
}

/// Why a return from ID-porten is not a login.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReturnProblem {
    /// No login was started in this tab, or it was already used (a return address opened
    /// twice, from history or from someone else).
    NotStarted,
    /// The `state` differs from the one this tab sent: the answer belongs to another request.
    WrongState,
    /// The user stopped at ID-porten (`access_denied`) or ID-porten could not log them in.
    Cancelled,
    /// ID-porten answered with an error of its own.
    ProviderError,
}

/// Checks what ID-porten sent back (`code`, `state`, `error` from the query) against the
/// login this tab started; on success, the code to hand the backend, and the login.
pub fn check_return(
    pending: Option<PendingLogin>,
    code: Option<&str>,
    state: Option<&str>,
    error: Option<&str>,
) -> Result<(String, PendingLogin), ReturnProblem> {
    let pending = pending.ok_or(ReturnProblem::NotStarted)?;
    if state != Some(pending.state.as_str()) {
        return Err(ReturnProblem::WrongState);
    }
    match (error, code) {
        (Some("access_denied" | "login_required" | "interaction_required"), _) => {
            Err(ReturnProblem::Cancelled)
        }
        (Some(_), _) => Err(ReturnProblem::ProviderError),
        (None, Some(code)) if !code.is_empty() => Ok((code.to_owned(), pending)),
        (None, _) => Err(ReturnProblem::ProviderError),
    }
}

/// The settings of one authorization request (from the config and the user's language).
pub struct AuthorizationRequest<'a> {
    pub client_id: &'a str,
    pub redirect_uri: &'a str,
    pub scope: &'a str,
    pub acr_values: &'a str,
    pub ui_locales: &'a str,
}

/// The address that sends the user to ID-porten's authorization endpoint.
pub fn authorization_url(
    endpoint: &str,
    request: &AuthorizationRequest,
    pending: &PendingLogin,
    code_challenge: &str,
) -> String {
    let parameters = [
        ("response_type", "code"),
        ("client_id", request.client_id),
        ("redirect_uri", request.redirect_uri),
        ("scope", request.scope),
        ("state", pending.state.as_str()),
        ("nonce", pending.nonce.as_str()),
        ("code_challenge", code_challenge),
        ("code_challenge_method", "S256"),
        ("acr_values", request.acr_values),
        ("ui_locales", request.ui_locales),
    ];
    let query: Vec<String> = parameters
        .iter()
        .map(|(name, value)| format!("{name}={}", percent_encode(value)))
        .collect();
    let separator = if endpoint.contains('?') { '&' } else { '?' };
    format!("{endpoint}{separator}{}", query.join("&"))
}

/// The redirect URI to register and send: the app's origin, its base path and the return route.
pub fn redirect_uri(origin: &str, router_base: &str, redirect_path: &str) -> String {
    format!("{origin}{router_base}{redirect_path}")
}

/// Base64url without padding (RFC 4648 §5), as PKCE and the random values use.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, byte)| n | u32::from(*byte) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(redirect_uri: &str) -> AuthorizationRequest<'_> {
        AuthorizationRequest {
            client_id: "skole-app",
            redirect_uri,
            scope: "openid profile",
            acr_values: "idporten-loa-substantial",
            ui_locales: "nn",
        }
    }

    fn pending() -> PendingLogin {
        PendingLogin {
            state: "s1".into(),
            nonce: "n1".into(),
            code_verifier: "v".repeat(43),
            next: "/soknader".into(),
        }
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        // RFC 4648 §10, with padding dropped and the URL alphabet.
        for (input, expected) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(input.as_bytes()), expected, "{input:?}");
        }
        assert_eq!(base64url(&[0xfb, 0xff, 0xfe]), "-__-", "URL alphabet");
    }

    #[test]
    fn pkce_challenge_of_rfc_7636_appendix_b() {
        // The verifier's SHA-256 (computed by the browser) encodes to the RFC's challenge.
        let digest = [
            19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46, 8, 118, 168, 120,
            173, 109, 241, 68, 86, 110, 225, 137, 74, 203, 112, 249, 195,
        ];
        assert_eq!(
            base64url(&digest),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn fresh_values_have_the_lengths_pkce_asks() {
        let login = PendingLogin::from_random(&[7; 16], &[8; 16], &[9; 32], "/studier".into());
        assert_eq!(login.code_verifier.len(), 43);
        assert_eq!((login.state.len(), login.nonce.len()), (22, 22));
        assert_ne!(login.state, login.nonce);
    }

    #[test]
    fn the_authorization_address_carries_everything_asked() {
        let url = authorization_url(
            "https://test.idporten.no/authorize",
            &request("https://skole.example/soknad/logg-inn/idporten"),
            &pending(),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        );
        assert_eq!(
            url,
            "https://test.idporten.no/authorize?response_type=code&client_id=skole-app\
             &redirect_uri=https%3A%2F%2Fskole.example%2Fsoknad%2Flogg-inn%2Fidporten\
             &scope=openid%20profile&state=s1&nonce=n1\
             &code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM\
             &code_challenge_method=S256&acr_values=idporten-loa-substantial&ui_locales=nn"
        );
        let with_query =
            authorization_url("https://p.example/auth?x=1", &request("r"), &pending(), "c");
        assert!(with_query.starts_with("https://p.example/auth?x=1&response_type=code"));
    }

    #[test]
    fn a_return_is_checked_against_the_tab_login() {
        let login = || Some(pending());
        assert_eq!(
            check_return(login(), Some("c0de"), Some("s1"), None),
            Ok(("c0de".to_owned(), pending()))
        );
        assert_eq!(
            check_return(None, Some("c0de"), Some("s1"), None),
            Err(ReturnProblem::NotStarted),
            "used or never started"
        );
        assert_eq!(
            check_return(login(), Some("c0de"), Some("s2"), None),
            Err(ReturnProblem::WrongState)
        );
        assert_eq!(
            check_return(login(), Some("c0de"), None, None),
            Err(ReturnProblem::WrongState)
        );
        assert_eq!(
            check_return(login(), None, Some("s1"), Some("access_denied")),
            Err(ReturnProblem::Cancelled)
        );
        assert_eq!(
            check_return(login(), None, Some("s1"), Some("server_error")),
            Err(ReturnProblem::ProviderError)
        );
        assert_eq!(
            check_return(login(), Some(""), Some("s1"), None),
            Err(ReturnProblem::ProviderError)
        );
        assert_eq!(
            check_return(login(), None, Some("s2"), Some("access_denied")),
            Err(ReturnProblem::WrongState),
            "an error for another request is not ours to show"
        );
    }

    #[test]
    fn redirect_uri_under_the_public_url() {
        assert_eq!(
            redirect_uri("https://skole.example", "/soknad", "/logg-inn/idporten"),
            "https://skole.example/soknad/logg-inn/idporten"
        );
        assert_eq!(
            redirect_uri("http://127.0.0.1:4604", "", "/logg-inn/idporten"),
            "http://127.0.0.1:4604/logg-inn/idporten"
        );
    }
}
