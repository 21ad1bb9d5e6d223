//! The only parts of the app that run in the browser. Each island gets its strings as props
//! (translated on the server) and works as an enhancement: the page is complete without it.

pub mod copy_link;
