//! The conformance suite, shared by the `conformance` target (one named test per area) and the
//! `conformance_self_test` target (which runs it against deliberately wrong servers).
//!
//! Areas run concurrently, except those that change server-wide state (clock, faults, reset):
//! those hold the gate exclusively. `coverage` waits until every other area that runs has
//! finished, so it judges everything the run exercised.

mod areas;
pub mod client;
mod idporten;
pub mod provider;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex, PoisonError, RwLock};

use client::Ctx;

/// The origin the in-process server allows for CORS, standing in for the app's origin.
pub const APP_ORIGIN: &str = "https://app.example.no";

/// How an area ended.
pub enum Outcome {
    Passed,
    Failed(String),
    Ignored(String),
}

/// Whether the server under test must have the test-mode endpoints.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TestMode {
    /// An in-process server is always in test mode: its absence is a failure.
    Required,
    /// An outside server may lack it; the areas that need it are then ignored.
    IfAvailable,
}

pub struct Target {
    pub base_url: String,
    /// The app's origin, for the CORS checks; `None` when the app is served from the same origin.
    pub app_origin: Option<String>,
    pub test_mode: TestMode,
    /// The mock OpenID provider the target was configured to trust; without one the ID-porten
    /// areas are ignored.
    pub provider: Option<Arc<provider::Provider>>,
}

enum Needs {
    Nothing,
    TestMode,
    AppOrigin,
    /// A backend that offers ID-porten through the suite's mock provider.
    IdPorten,
}

type AreaFn = for<'a> fn(&'a Ctx) -> Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

enum Run {
    /// May run alongside other areas.
    Shared(AreaFn),
    /// Changes server-wide state, so runs alone.
    Exclusive(AreaFn),
    /// Judges what all other areas exercised; runs after them.
    Coverage,
}

struct Area {
    name: &'static str,
    needs: Needs,
    run: Run,
}

pub struct Suite {
    ctx: Ctx,
    runtime: tokio::runtime::Handle,
    test_mode_missing: Option<String>,
    idporten_missing: Option<String>,
    gate: RwLock<()>,
    /// Areas other than `coverage` that are still to finish in this run.
    pending: Mutex<usize>,
    finished: Condvar,
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panicked".into())
}

impl Suite {
    /// Connects to the target (through `runtime`, which must outlive the suite) and asks whether
    /// it has test mode. Must not be called from inside the runtime.
    pub fn new(runtime: tokio::runtime::Handle, target: Target) -> Suite {
        let mut ctx = Ctx::new(&target.base_url, target.app_origin);
        ctx.provider = target.provider;
        let idporten_missing = runtime.block_on(idporten::missing(&ctx));
        let probe = runtime
            .block_on(ctx.delete("/api/v1/_test/faults").unchecked())
            .unwrap_or_else(|e| panic!("server at {} not reachable: {e}", ctx.base()));
        if probe.status.is_success() {
            runtime.block_on(areas::restore_server(&ctx));
        }
        let test_mode_missing = (target.test_mode == TestMode::IfAvailable
            && probe.status.as_u16() == 404)
            .then(|| {
                format!(
                    "{} has no test-mode endpoints (/api/v1/_test/* answer 404)",
                    ctx.base()
                )
            });
        Suite {
            ctx,
            runtime,
            test_mode_missing,
            idporten_missing,
            gate: RwLock::new(()),
            pending: Mutex::new(0),
            finished: Condvar::new(),
        }
    }

    pub fn base_url(&self) -> &str {
        self.ctx.base()
    }

    /// The names of all areas, in the order they are started.
    pub fn names() -> Vec<&'static str> {
        areas::all().iter().map(|a| a.name).collect()
    }

    /// Declares how many areas (other than `coverage`) this run will start; `coverage` waits for
    /// them.
    pub fn expect_areas(&self, names: &[&str]) {
        *self.pending.lock().unwrap_or_else(PoisonError::into_inner) =
            names.iter().filter(|n| **n != areas::COVERAGE).count();
    }

    fn ignore_reason(&self, area: &Area) -> Option<String> {
        match area.needs {
            Needs::Nothing => None,
            Needs::TestMode => self.test_mode_missing.clone(),
            Needs::IdPorten => self.idporten_missing.clone(),
            Needs::AppOrigin => self.ctx.app_origin.is_none().then(|| {
                "no app origin given (set CONFORMANCE_APP_ORIGIN when the app is served from another origin)".to_string()
            }),
        }
    }

    /// Runs the named area.
    pub fn run_area(&self, name: &str) -> Outcome {
        let all = areas::all();
        let area = all
            .iter()
            .find(|a| a.name == name)
            .unwrap_or_else(|| panic!("no area {name}"));
        let outcome = match self.ignore_reason(area) {
            Some(reason) => Outcome::Ignored(reason),
            None => self.execute(area),
        };
        if !matches!(area.run, Run::Coverage) {
            let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
            *pending = pending.saturating_sub(1);
            self.finished.notify_all();
        }
        outcome
    }

    fn execute(&self, area: &Area) -> Outcome {
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| match area.run {
            Run::Shared(body) => {
                let _shared = self.gate.read().unwrap_or_else(PoisonError::into_inner);
                self.runtime.block_on(body(&self.ctx));
            }
            Run::Exclusive(body) => {
                let _alone = self.gate.write().unwrap_or_else(PoisonError::into_inner);
                let ran = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    self.runtime.block_on(body(&self.ctx))
                }));
                // Even after a failure, so that it does not fail the areas after it.
                self.runtime.block_on(areas::restore_server(&self.ctx));
                if let Err(payload) = ran {
                    std::panic::resume_unwind(payload);
                }
            }
            Run::Coverage => {
                let pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
                drop(
                    self.finished
                        .wait_while(pending, |n| *n > 0)
                        .unwrap_or_else(PoisonError::into_inner),
                );
                areas::coverage(&self.ctx, self.test_mode_missing.is_none());
            }
        }));
        match result {
            Ok(()) => Outcome::Passed,
            Err(payload) => Outcome::Failed(panic_message(payload)),
        }
    }
}
