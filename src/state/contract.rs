//! Whether the backend speaks this app's contract and accepts its login method.

use crate::api::{self, Incompatibility};
use crate::state::config::ConfigResource;
use crate::state::loadable::Loadable;
use crate::state::session::SessionState;

/// Asks the backend's `meta` once the config has loaded, beside whatever the page shows. An
/// unreachable backend yields `None` here: the pages that need the backend report that
/// themselves.
pub fn check_contract(
    config: ConfigResource,
    session: SessionState,
) -> Loadable<Option<Incompatibility>> {
    Loadable::new(move || async move {
        let mode = config.loaded().await?.ok()?.auth.mode();
        let meta = api::meta(&session.api()?).await.ok()?;
        api::incompatibility(&meta, mode)
    })
}
