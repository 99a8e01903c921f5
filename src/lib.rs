//! The app: applications for school-leader programmes and DeKomp needs reports.
//! `main.rs` only mounts [`app::App`]; everything else lives here so tests can import it.

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod config;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod routing;
pub mod state;
