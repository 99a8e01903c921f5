//! Conformance suite: checks a server against `public/openapi.json`, one named test per area.
//!
//! `CONFORMANCE_BASE_URL=http://host:port cargo test -p reference-backend --test conformance`
//! runs it against any server (`CONFORMANCE_APP_ORIGIN` names the app's origin for the CORS
//! checks); without the variable it starts the reference backend in-process, in test mode. Against
//! an outside server without test mode the areas that need it are reported as ignored; in-process
//! they fail instead.

mod common;
mod suite;

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use suite::provider::Provider;
use suite::{Outcome, Suite, Target, TestMode};

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|s| !s.is_empty())
}

fn main() {
    let args = Arguments::from_args();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    // The in-process server lives as long as the runtime.
    let target = match env("CONFORMANCE_BASE_URL") {
        Some(base_url) => Target {
            base_url,
            app_origin: env("CONFORMANCE_APP_ORIGIN"),
            test_mode: TestMode::IfAvailable,
            provider: env("CONFORMANCE_OIDC_ISSUER").map(|issuer| {
                let issuer = issuer.trim_end_matches('/').to_string();
                let addr = issuer
                    .strip_prefix("http://")
                    .expect("CONFORMANCE_OIDC_ISSUER is http://127.0.0.1:PORT")
                    .to_string();
                std::sync::Arc::new(runtime.block_on(Provider::start_at(&addr, Some(issuer))))
            }),
        },
        None => {
            let provider = runtime.block_on(Provider::start());
            let server = runtime.block_on(reference_backend::start(reference_backend::Config {
                port: 0,
                data_dir: reference_backend::temp_data_dir(),
                test_mode: true,
                allow_origin: vec![suite::APP_ORIGIN.to_string()],
                oidc: Some(provider.backend_config()),
                ..reference_backend::Config::default()
            }));
            Target {
                base_url: server.expect("start the reference backend").base_url,
                app_origin: Some(suite::APP_ORIGIN.to_string()),
                test_mode: TestMode::Required,
                provider: Some(std::sync::Arc::new(provider)),
            }
        }
    };
    let suite = std::sync::Arc::new(Suite::new(runtime.handle().clone(), target));
    println!("conformance against {}", suite.base_url());

    let trials: Vec<Trial> = Suite::names()
        .into_iter()
        .map(|name| {
            let suite = suite.clone();
            Trial::ignorable_test(name, move || match suite.run_area(name) {
                Outcome::Passed => Ok(Completion::Completed),
                Outcome::Ignored(reason) => Ok(Completion::ignored_with(reason)),
                Outcome::Failed(message) => Err(Failed::from(message)),
            })
        })
        .collect();
    let running: Vec<&str> = trials
        .iter()
        .filter(|t| !args.is_filtered_out(t) && !args.is_ignored(t))
        .map(Trial::name)
        .collect();
    suite.expect_areas(&running);
    libtest_mimic::run(&args, trials).exit();
}
