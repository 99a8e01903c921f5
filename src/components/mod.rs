//! Reusable pieces of interface. Thin: logic lives in `domain`.

pub mod api_error;
pub mod config_error;
pub mod error_summary;
pub mod language_picker;
pub mod layout;
pub mod link;
pub mod page_heading;
