//! The ID token's checks: a compact JWS signed RS256 by a key in the provider's JWKS, and its
//! claims (OpenID Connect Core 3.1.3.7 and ID-porten's `pid` and `acr`).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::signature::Verifier;
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, RsaPublicKey};
use serde_json::Value;
use sha2::Sha256;

use super::{Acr, LoginError};
use crate::validate;

/// How far in the future an `iat` may be (the provider's clock may run ahead of ours).
pub const CLOCK_SKEW_SECONDS: i64 = 60;

/// The smallest RSA key accepted, in bytes (2048 bits).
const MIN_KEY_BYTES: usize = 256;

fn invalid(why: impl Into<String>) -> LoginError {
    LoginError::Invalid(why.into())
}

fn decode_part(part: &str, what: &str) -> Result<Vec<u8>, LoginError> {
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| invalid(format!("the {what} is not base64url")))
}

/// One RSA signing key of a JWKS entry, with its `kid`; `None` for any other kind of key.
pub fn rsa_jwk(jwk: &Value) -> Option<(String, RsaPublicKey)> {
    if jwk["kty"] != "RSA"
        || jwk.get("use").is_some_and(|u| u != "sig")
        || jwk.get("alg").is_some_and(|a| a != "RS256")
    {
        return None;
    }
    let number = |name: &str| {
        URL_SAFE_NO_PAD
            .decode(jwk[name].as_str()?)
            .ok()
            .map(|b| BigUint::from_bytes_be(&b))
    };
    let key = RsaPublicKey::new(number("n")?, number("e")?).ok()?;
    Some((jwk["kid"].as_str()?.to_string(), key))
}

/// A compact JWS taken apart, its signature not yet checked.
pub struct Parts<'a> {
    pub kid: String,
    signing_input: &'a str,
    signature: Vec<u8>,
    pub claims: Value,
}

impl<'a> Parts<'a> {
    /// Splits `header.payload.signature`; refuses any `alg` but RS256 and a header without `kid`.
    pub fn split(token: &'a str) -> Result<Parts<'a>, LoginError> {
        let pieces: Vec<&str> = token.split('.').collect();
        let [header, payload, signature] = pieces[..] else {
            return Err(invalid("not a compact JWS (three parts)"));
        };
        let signing_input = &token[..header.len() + 1 + payload.len()];
        let header: Value = serde_json::from_slice(&decode_part(header, "header")?)
            .map_err(|_| invalid("the header is not JSON"))?;
        if header["alg"] != "RS256" {
            return Err(invalid(format!("alg {} is not RS256", header["alg"])));
        }
        let kid = header["kid"]
            .as_str()
            .ok_or_else(|| invalid("the header has no kid"))?
            .to_string();
        let claims: Value = serde_json::from_slice(&decode_part(payload, "payload")?)
            .map_err(|_| invalid("the payload is not JSON"))?;
        if !claims.is_object() {
            return Err(invalid("the payload is not a JSON object"));
        }
        Ok(Parts {
            kid,
            signing_input,
            signature: decode_part(signature, "signature")?,
            claims,
        })
    }

    /// RSASSA-PKCS1-v1_5 with SHA-256 over `header.payload`.
    pub fn verify_signature(&self, key: &RsaPublicKey) -> Result<(), LoginError> {
        if key.size() < MIN_KEY_BYTES {
            return Err(invalid("the provider's key is shorter than 2048 bits"));
        }
        let signature = Signature::try_from(self.signature.as_slice())
            .map_err(|_| invalid("the signature is malformed"))?;
        VerifyingKey::<Sha256>::new(key.clone())
            .verify(self.signing_input.as_bytes(), &signature)
            .map_err(|_| invalid("the signature does not verify"))
    }
}

/// What the claims must say.
pub struct Expected<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub nonce: &'a str,
    pub now: DateTime<Utc>,
    pub min_acr: Acr,
}

/// What a valid ID token says of the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The fødselsnummer or D-nummer (`pid`).
    pub pid: String,
    pub acr: Acr,
}

/// Checks the claims of a token whose signature verified.
pub fn check_claims(claims: &Value, expected: &Expected) -> Result<Verified, LoginError> {
    if claims["iss"].as_str() != Some(expected.issuer) {
        return Err(invalid(format!(
            "iss {} is not the provider",
            claims["iss"]
        )));
    }
    check_audience(claims, expected.client_id)?;
    let time = |name: &str| {
        claims[name]
            .as_i64()
            .or_else(|| claims[name].as_f64().map(|f| f as i64))
            .ok_or_else(|| invalid(format!("{name} is not a number")))
    };
    let now = expected.now.timestamp();
    if time("exp")? <= now {
        return Err(LoginError::Expired);
    }
    if time("iat")? > now + CLOCK_SKEW_SECONDS {
        return Err(invalid("iat is in the future"));
    }
    if claims["nonce"].as_str() != Some(expected.nonce) {
        return Err(LoginError::WrongNonce);
    }
    let acr = claims["acr"].as_str().unwrap_or_default();
    match Acr::parse(acr) {
        Some(level) if level >= expected.min_acr => {}
        _ => return Err(LoginError::AcrTooLow(acr.to_string())),
    }
    let pid = claims["pid"]
        .as_str()
        .ok_or_else(|| invalid("no pid claim"))?;
    match validate::fodselsnummer(pid, expected.now.date_naive()) {
        Ok(id) if !id.h_number => {}
        _ => return Err(invalid("pid is not a valid fødselsnummer or D-nummer")),
    }
    Ok(Verified {
        pid: pid.to_string(),
        acr: Acr::parse(acr).unwrap_or(expected.min_acr),
    })
}

/// `aud` is the client id or a list holding it; with several audiences `azp` must be the client
/// id, and an `azp` present must always be.
fn check_audience(claims: &Value, client_id: &str) -> Result<(), LoginError> {
    let audiences: Vec<&str> = match &claims["aud"] {
        Value::String(one) => vec![one.as_str()],
        Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let azp = claims.get("azp").map(|a| a.as_str());
    let azp_ok = match azp {
        None => audiences.len() == 1,
        Some(azp) => azp == Some(client_id),
    };
    if audiences.contains(&client_id) && azp_ok {
        Ok(())
    } else {
        Err(LoginError::WrongAudience)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn expected(now: DateTime<Utc>) -> Expected<'static> {
        Expected {
            issuer: "https://idporten.example",
            client_id: "client",
            nonce: "n1",
            now,
            min_acr: Acr::Substantial,
        }
    }

    fn good(now: i64) -> Value {
        let birth = chrono::NaiveDate::from_ymd_opt(1983, 9, 14).unwrap();
        let pid = validate::make_synthetic_fodselsnummer(birth, 123).unwrap();
        json!({
            "iss": "https://idporten.example", "aud": "client", "exp": now + 60, "iat": now,
            "nonce": "n1", "acr": "idporten-loa-substantial", "pid": pid,
        })
    }

    #[test]
    fn each_claim_is_checked() {
        let now = Utc::now();
        let t = now.timestamp();
        let e = expected(now);
        assert_eq!(
            check_claims(&good(t), &e).map(|v| v.pid),
            Ok(good(t)["pid"].as_str().unwrap().to_string())
        );
        let with = |k: &str, v: Value| {
            let mut c = good(t);
            c[k] = v;
            check_claims(&c, &e).map(|_| ()).map_err(|e| e.code())
        };
        assert_eq!(with("iss", json!("https://evil")), Err("id_token_invalid"));
        assert_eq!(with("aud", json!("other")), Err("id_token_wrong_audience"));
        assert_eq!(
            with("aud", json!(["client", "x"])),
            Err("id_token_wrong_audience")
        );
        assert_eq!(with("azp", json!("x")), Err("id_token_wrong_audience"));
        assert_eq!(with("exp", json!(t)), Err("id_token_expired"));
        assert_eq!(with("iat", json!(t + 61)), Err("id_token_invalid"));
        assert_eq!(with("iat", json!(t + 60)), Ok(()));
        assert_eq!(with("nonce", json!("n2")), Err("id_token_wrong_nonce"));
        assert_eq!(with("acr", json!("idporten-loa-low")), Err("acr_too_low"));
        assert_eq!(with("acr", json!("Level4")), Err("acr_too_low"));
        assert_eq!(with("acr", json!("idporten-loa-high")), Ok(()));
        assert_eq!(with("pid", json!("14899399916")), Err("id_token_invalid"));
        assert_eq!(with("pid", Value::Null), Err("id_token_invalid"));
    }

    #[test]
    fn only_rs256_compact_tokens_are_taken_apart() {
        let b64 = |v: Value| URL_SAFE_NO_PAD.encode(v.to_string());
        let token = |alg: &str| {
            format!(
                "{}.{}.c2ln",
                b64(json!({"alg": alg, "kid": "k"})),
                b64(json!({}))
            )
        };
        assert!(Parts::split(&token("RS256")).is_ok());
        for alg in ["none", "HS256", "RS512"] {
            assert_eq!(
                Parts::split(&token(alg)).err().map(|e| e.code()),
                Some("id_token_invalid")
            );
        }
        assert!(Parts::split("a.b").is_err());
        assert!(Parts::split("a.b.c.d").is_err());
    }
}
