//! The only code that talks HTTP.

use crate::config::{self, ConfigError, RuntimeConfig};
use gloo_net::http::Request;

/// Fetches and validates the runtime configuration deployed beside `index.html`.
pub async fn load_config(url: &str) -> Result<RuntimeConfig, ConfigError> {
    let response = Request::get(url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    if !response.ok() {
        return Err(ConfigError::Unreachable(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response
        .text()
        .await
        .map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    config::parse(&text)
}
