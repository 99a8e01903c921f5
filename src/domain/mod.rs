//! Plain Rust with no browser types: the rules of the product, tested natively.

pub mod email;
pub mod national_id;
