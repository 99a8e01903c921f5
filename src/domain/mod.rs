//! Plain Rust with no browser types: the rules of the product, tested natively.

pub mod budget;
pub mod budget_csv;
pub mod budget_paste;
pub mod draft;
pub mod email;
pub mod merge;
pub mod money;
pub mod national_id;
pub mod needs_report;
pub mod oidc;
pub mod organisation_number;
pub mod personnummer;
pub mod questions;
pub mod sent;
pub mod session_clock;
pub mod upload;
pub mod wizard;
