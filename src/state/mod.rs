//! State shared across the app through Leptos context.

pub mod language;
pub mod loadable;
pub mod session;
