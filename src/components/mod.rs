//! Reusable pieces of interface. Thin: logic lives in `domain`.

pub mod api_error;
pub mod check_answers;
pub mod config_error;
pub mod conflict;
pub mod contract_alert;
pub mod crash;
pub mod draft_form;
pub mod error_summary;
pub mod field;
pub mod language_picker;
pub mod layout;
pub mod link;
pub mod not_found;
pub mod page_heading;
pub mod question;
pub mod require_login;
pub mod sent;
pub mod session_end;
pub mod sync_line;
pub mod upload;
pub mod words;
