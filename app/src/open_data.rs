//! Open data for other platforms: the sitemap (with `hreflang` alternates) and the robots file
//! pointing to it. Offers feeds and the JSON API come with their own issues.

#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod sitemap;
