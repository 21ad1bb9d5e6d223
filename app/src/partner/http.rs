//! `GET /{lang}/publish`, the partner space's former address, answers with a permanent redirect.

use crate::state::AppState;
use crate::web::lang::PathLang;
use crate::web::urls::Route;
use axum::response::Redirect;
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/publish", get(moved))
}

async fn moved(PathLang(lang): PathLang) -> Redirect {
    Redirect::permanent(&Route::Partner.at(lang))
}
