//! State shared across the app through Leptos context: the deployment (router base and
//! configuration), the language, the session, and data loaded from the backend. Pages and
//! components read it; only this floor and the pages call `api`.

pub mod action;
pub mod application;
pub mod choice;
pub mod config;
pub mod contract;
pub mod id_porten;
pub mod language;
pub mod loadable;
pub mod needs_progress;
pub mod session;
pub mod upload;
