//! One module per route.

pub mod accessibility;
pub mod applications;
pub mod catalogue;
pub mod home;
pub mod login;
pub mod needs;
pub mod not_found;
pub mod privacy;
pub mod wizard;
