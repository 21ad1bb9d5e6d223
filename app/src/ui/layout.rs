//! The page frame: skip link, header with navigation and language switcher, main, footer,
//! and the `hreflang` alternates of the current page.

use crate::i18n::{t, tr, use_lang, Lang};
use crate::ui::not_found::NotFoundPage;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_meta::{Link, Meta};
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

/// The path and raw query string of the request being rendered.
pub fn request_path_and_query() -> (String, String) {
    #[cfg(feature = "ssr")]
    {
        if let Some(parts) = use_context::<http::request::Parts>() {
            return (
                parts.uri.path().to_string(),
                parts.uri.query().unwrap_or("").to_string(),
            );
        }
    }
    let location = leptos_router::hooks::use_location();
    (
        location.pathname.get_untracked(),
        location
            .search
            .get_untracked()
            .trim_start_matches('?')
            .to_string(),
    )
}

/// The current page's path in another language: the language segment swapped.
fn page_path_in(lang: Lang, path: &str) -> String {
    let rest = path
        .trim_start_matches('/')
        .split_once('/')
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    format!("/{}/{rest}", lang.code())
}

/// The same page in another language: the language segment swapped, the query kept.
pub fn path_in(lang: Lang) -> String {
    let (path, query) = request_path_and_query();
    let url = page_path_in(lang, &path);
    if query.is_empty() {
        url
    } else {
        format!("{url}?{query}")
    }
}

/// The public origin used for absolute links (`hreflang`, feeds), without a trailing slash.
pub fn public_origin() -> String {
    #[cfg(feature = "ssr")]
    {
        if let Some(state) = use_context::<crate::state::AppState>() {
            return state.public_url.trim_end_matches('/').to_string();
        }
    }
    String::new()
}

/// The route `/:lang`: checks the language and wraps every page in the frame.
#[component]
pub fn Layout() -> impl IntoView {
    let params = use_params_map();
    let code = params.with_untracked(|p| p.get("lang").unwrap_or_default());
    let Some(lang) = Lang::parse(&code) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    provide_context(lang);
    view! {
        <Alternates/>
        <Meta name="description" content=tr(lang, "site-description")/>
        <SkipLinks/>
        // On a phone: the name, the search field and a menu button (a disclosure, so it works
        // without JavaScript); on wide screens the menu's content shows as a bar (`::details-content`).
        <header class="site-header">
            <div class="wrap header-bar">
                <a class="brand" href=Route::Home.at(lang)>{t("site-name")}</a>
                <form method="get" action=Route::Search.at(lang) role="search" class="site-search"
                    aria-label=t("search-header-label")>
                    <label for="site-q" class="sr-only">{t("search-q-label")}</label>
                    <input type="search" id="site-q" name="q" maxlength="200"/>
                    <button type="submit">{t("search-submit")}</button>
                </form>
                <details class="site-menu">
                    <summary class="menu-button">{t("nav-menu")}</summary>
                    <div class="menu-panel">
                        <nav class="main-nav" aria-label=t("nav-main-label")>
                            <ul>
                                <NavItem href="" key="nav-home"/>
                                <NavItem href="assessment" key="nav-assessment"/>
                                <NavItem href="pathways" key="nav-pathways"/>
                                <NavItem href="resources" key="nav-resources"/>
                                <NavItem href="webinars" key="nav-webinars"/>
                                <NavItem href="offers" key="nav-offers"/>
                                <NavItem href="jobs" key="nav-jobs"/>
                                <NavItem href="interviews" key="nav-interviews"/>
                                <NavItem href="organisations" key="nav-organisations"/>
                            </ul>
                        </nav>
                        <div class="menu-side">
                            <AccountNav/>
                            <LanguageSwitcher/>
                        </div>
                    </div>
                </details>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            <crate::ui::form::FlashNotice/>
            <Outlet/>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{t("footer-about")}</p>
                <p>{t("footer-licence")}</p>
                <nav aria-label=t("footer-legal-label")>
                    <ul class="footer-links">
                        <li><a href=Route::Privacy.at(lang)>{t("footer-privacy")}</a></li>
                        <li><a href=Route::Accessibility.at(lang)>{t("footer-accessibility")}</a></li>
                        <li><a href=Route::LegalNotice.at(lang)>{t("footer-legal")}</a></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
    .into_any()
}

/// The lists whose results a skip link can reach (`#results`), by their path after the language.
const LISTS: [&str; 7] = [
    "offers",
    "pathways",
    "webinars",
    "resources",
    "jobs",
    "interviews",
    "organisations",
];

/// The anchor of a list's results: a search lands there, and so does the skip link.
pub const RESULTS_ANCHOR: &str = "results";

/// "Skip to main content", and on a list page then "Skip to results".
#[component]
fn SkipLinks() -> impl IntoView {
    let (path, _) = request_path_and_query();
    let rest = path
        .trim_matches('/')
        .split_once('/')
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let is_list = LISTS.contains(&rest);
    view! {
        <div class="skip-links">
            <a class="skip-link" href="#main">{t("nav-skip")}</a>
            {is_list.then(|| view! {
                <a class="skip-link" href=format!("#{RESULTS_ANCHOR}")>{t("nav-skip-results")}</a>
            })}
        </div>
    }
}

/// A main navigation link, marked current when the page is in that section.
#[component]
fn NavItem(href: &'static str, key: &'static str) -> impl IntoView {
    let lang = use_lang();
    let (path, _) = request_path_and_query();
    let target = format!("/{}/{}", lang.code(), href);
    let section = path.trim_end_matches('/');
    let current = if href.is_empty() {
        section == format!("/{}", lang.code())
    } else {
        section == target || section.starts_with(&format!("{target}/"))
    };
    view! {
        <li>
            <a href=target aria-current=current.then_some("page")>{t(key)}</a>
        </li>
    }
}

/// Sign in / create an account, or the signed-in person's links and the sign-out button.
#[component]
fn AccountNav() -> impl IntoView {
    use crate::auth::model::Role;
    let lang = use_lang();
    let link = move |path: &str, key: &str| {
        view! { <li><a href=format!("/{}/{path}", lang.code())>{t(key)}</a></li> }
    };
    let items = match crate::web::context::current_viewer() {
        None => view! {
            {link("account/sign-in", "nav-sign-in")}
            {link("account/sign-up", "nav-sign-up")}
        }
        .into_any(),
        Some(viewer) => {
            let token = crate::web::context::csrf_token();
            view! {
                {link("account", "nav-account")}
                {viewer.can(Role::Editor).then(|| link("partner", "nav-publish"))}
                {viewer.can(Role::Moderator).then(|| link("moderation", "nav-moderation"))}
                {viewer.can(Role::Admin).then(|| link("admin/users", "nav-admin"))}
                <li>
                    <form method="post" action=Route::SignOut.at(lang) class="inline-form">
                        <input type="hidden" name=crate::web::flash::CSRF_FIELD value=token/>
                        <button type="submit" class="link-button">{t("nav-sign-out")}</button>
                    </form>
                </li>
            }
            .into_any()
        }
    };
    view! {
        <nav class="account-nav" aria-label=t("nav-account-label")>
            <ul>{items}</ul>
        </nav>
    }
}

/// Links to the same page in every other language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav class="lang-switch" aria-label=t("nav-language-label")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|other| {
                        let current = other == lang;
                        view! {
                            <li>
                                <a
                                    href=path_in(other)
                                    hreflang=other.code()
                                    lang=other.code()
                                    aria-current=current.then_some("true")
                                >
                                    {t(&other.endonym_key())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// `<link rel="alternate" hreflang>` for every language, and the canonical URL.
#[component]
fn Alternates() -> impl IntoView {
    let origin = public_origin();
    let lang = use_lang();
    let (path, _) = request_path_and_query();
    // Alternates and canonical name the page itself, not a particular filter state.
    let url = |lang: Lang| format!("{origin}{}", page_path_in(lang, &path));
    view! {
        <Link rel="canonical" href=url(lang)/>
        {Lang::ALL
            .into_iter()
            .map(|other| {
                view! {
                    <Link
                        rel="alternate"
                        hreflang=other.code()
                        href=url(other)
                    />
                }
            })
            .collect_view()}
        <Link rel="alternate" hreflang="x-default" href=url(Lang::En)/>
    }
}
