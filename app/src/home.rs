//! `/{lang}/`: what social tech is, who the portal is for, and the way in.

pub mod api;
pub mod page;
