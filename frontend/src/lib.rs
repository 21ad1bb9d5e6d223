//! The browser entry point: hydrates the islands of a server-rendered page.

#[allow(unused_imports)]
use app::*;

/// Called by the island script once the WASM module is loaded.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
