//! What the whole app reads from its deployment: the router base from `<base href>` and the
//! runtime configuration from `config.json`.

use crate::api;
use crate::config::{ConfigError, RuntimeConfig};
use crate::routing;
use crate::state::loadable::Loadable;
use leptos::prelude::*;

/// The router base (`""` at the host root, `"/soknad"` under a sub-path), for building links.
#[derive(Clone)]
pub struct RouterBase(pub String);

/// The runtime configuration as it loads: `None` while loading.
pub type ConfigResource = Loadable<Result<RuntimeConfig, ConfigError>>;

/// The public URL Trunk wrote into `<base href>` at build time.
pub fn public_url() -> String {
    document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|base| base.get_attribute("href"))
        .unwrap_or_else(|| "/".to_owned())
}

/// Starts loading `config.json` from beside `index.html`.
pub fn load_config(public_url: &str) -> ConfigResource {
    let config_url = routing::asset_url(public_url, "config.json");
    Loadable::new(move || {
        let url = config_url.clone();
        async move { api::load_config(&url).await }
    })
}

pub fn use_config() -> ConfigResource {
    expect_context::<ConfigResource>()
}

pub fn use_router_base() -> RouterBase {
    expect_context::<RouterBase>()
}
