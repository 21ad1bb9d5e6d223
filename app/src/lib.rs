//! The Social Tech Academy app: the HTML shell, the route table, and the features.
//!
//! Built with `ssr` for the server and with `hydrate` for the browser. Pages render on the
//! server only (Leptos islands): the browser hydrates just the `#[island]` components.

#![recursion_limit = "256"]

#[macro_use]
mod stored_enum;

pub mod accounts;
pub mod admin;
pub mod assessment;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod background;
pub mod catalogue;
pub mod content;
#[cfg(feature = "ssr")]
pub mod entities;
pub mod error;
pub mod home;
pub mod i18n;
pub mod interviews;
pub mod invitations;
pub mod islands;
pub mod jobs;
#[cfg(feature = "ssr")]
pub mod learners;
pub mod legal;
#[cfg(feature = "ssr")]
pub mod mail;
pub mod moderation;
pub mod offers;
pub mod open_data;
pub mod organisations;
pub mod partner;
pub mod pathways;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod pictures;
#[cfg(feature = "ssr")]
pub mod places;
pub mod resources;
pub mod search;
#[cfg(feature = "ssr")]
pub mod state;
pub mod ui;
pub mod web;
pub mod webinars;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The cache-busting version of the static assets (changes with every release).
pub const ASSET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The Content-Security-Policy of a page: only the app's own scripts run — files from this
/// origin and the inline scripts that carry this response's nonce (the island loader and
/// Leptos' own). WebAssembly needs `'wasm-unsafe-eval'` (compiling the bundle, not `eval`).
pub fn security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; \
         object-src 'none'; form-action 'self'"
    )
}

/// What every feature keeps about a person: "my data" exports it all, deleting the account
/// erases it all. A feature that stores personal data adds its declaration here.
#[cfg(feature = "ssr")]
pub fn personal_data_features() -> [personal_data::PersonalData; 9] {
    [
        // In the privacy notice's order: the account first. Erasure runs in this order too
        // (the self-assessment's answers before the learner the pathways remove).
        accounts::my_data::DATA,
        assessment::export::DATA,
        pathways::my_data::DATA,
        offers::my_data::DATA,
        webinars::my_data::DATA,
        invitations::my_data::DATA,
        resources::my_data::DATA,
        pictures::my_data::DATA,
        content::audit::DATA,
    ]
}

/// What runs after every change to content, in its transaction (`content::write`): a feature
/// whose derived data (a search index) depends on content adds its listener here.
#[cfg(feature = "ssr")]
pub fn content_listeners() -> [content::write::Listener; 2] {
    [offers::index::on_change, search::changes::on_change]
}

/// The kinds of item editors write through the content core (`content::edit`): each says
/// which texts one language has and how to read and write it.
#[cfg(feature = "ssr")]
pub fn editable_kinds() -> [&'static content::edit::Editable; 7] {
    [
        &offers::editing::EDITABLE,
        &jobs::editing::EDITABLE,
        &pathways::editing::EDITABLE,
        &resources::editing::EDITABLE,
        &webinars::editing::EDITABLE,
        &interviews::editing::EDITABLE,
        &organisations::editing::EDITABLE,
    ]
}

/// Actions a visitor may start before signing in, completed once they have (`web::pending`).
#[cfg(feature = "ssr")]
pub fn resumable_actions() -> [web::pending::Resumable; 2] {
    [
        offers::saved::RESUME_SAVE_OFFER,
        offers::saved::RESUME_SAVE_SEARCH,
    ]
}

/// What each feature keeps under a learner, moved when an anonymous learner's work joins an
/// account that already has a learner (`learners::adopt`).
#[cfg(feature = "ssr")]
pub fn learner_merges() -> [learners::Merge; 1] {
    [assessment::answers::MERGE]
}

/// What signing in or up takes over from the visitor's session (anonymous progress).
#[cfg(feature = "ssr")]
pub fn sign_in_hooks() -> [web::pending::SignInHook; 1] {
    [learners::on_sign_in]
}

/// The HTML document around every page.
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    let lang = i18n::request_lang();
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        if let Ok(value) = http::HeaderValue::from_str(&security_policy(&nonce.to_string())) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href=format!("/assets/site.css?v={ASSET_VERSION}")/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <islands::IslandScripts/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The route table. Every route loads its data before responding (`SsrMode::Async`), so each
/// page is complete without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    use crate::accounts::pages::{
        account::AccountPage,
        delete::DeleteAccountPage,
        forgot::ForgotPasswordPage,
        links::{ResetPasswordPage, VerifyEmailPage},
        sign_in::SignInPage,
        sign_out::SignOutPage,
        sign_up::SignUpPage,
    };
    use crate::admin::pages::organisation::OrganisationAdminPage;
    use crate::admin::pages::organisations::OrganisationsAdminPage;
    use crate::admin::pages::{
        jobs::BackgroundJobsPage, outbox::OutboxPage, user::UserPage, users::UsersPage,
    };
    use crate::assessment::pages::{
        area::AssessmentPage, profile::AssessmentProfilePage, results::AssessmentResultsPage,
    };
    use crate::home::page::HomePage;
    use crate::interviews::pages::{detail::InterviewPage, list::InterviewsPage};
    use crate::invitations::page::InvitationPage;
    use crate::jobs::pages::{detail::JobPage, list::JobsPage};
    use crate::moderation::page::ModerationPage;
    use crate::moderation::review_page::ReviewPage;
    use crate::offers::pages::{
        detail::OfferPage, list::OffersPage, saved::SavedOffersPage, unsubscribe::UnsubscribePage,
    };
    use crate::organisations::pages::{detail::OrganisationPage, list::OrganisationsPage};
    use crate::partner::interview_page::InterviewEditPage;
    use crate::partner::job_page::{JobProfileEditPage, JobProfilesPage};
    use crate::partner::offer_page::OfferEditPage;
    use crate::partner::page::PartnerPage;
    use crate::partner::pathway_page::PathwayEditPage;
    use crate::partner::profile_page::ProfileEditPage;
    use crate::partner::resource_page::ResourceEditPage;
    use crate::partner::step_page::StepEditPage;
    use crate::partner::translation_page::{ProposalPage, TranslationPage};
    use crate::partner::webinar_page::WebinarEditPage;
    use crate::partner::webinar_registrations_page::WebinarRegistrationsPage;
    use crate::pathways::pages::{
        admin_badges::AdminBadgesPage, badge::BadgePage, detail::PathwayPage, list::PathwaysPage,
        resume::ResumePage, step::StepRoute,
    };
    use crate::resources::pages::detail::ResourcePage;
    use crate::resources::pages::list::ResourcesPage;
    use crate::search::pages::SearchResultsPage;
    use crate::ui::layout::Layout;
    use crate::ui::not_found::{ErrorRoute, ForbiddenContent};
    use crate::ui::not_found::{NotFoundContent, NotFoundPage};
    use crate::webinars::pages::detail::WebinarPage;
    use crate::webinars::pages::list::WebinarsPage;
    use crate::webinars::pages::registration::WebinarRegistrationPage;

    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <ParentRoute path=path!("/:lang") view=Layout ssr=SsrMode::Async>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("jobs") view=JobsPage ssr=SsrMode::Async/>
                    <Route path=path!("jobs/:slug") view=JobPage ssr=SsrMode::Async/>
                    <Route path=path!("interviews") view=InterviewsPage ssr=SsrMode::Async/>
                    <Route path=path!("interviews/:slug") view=InterviewPage ssr=SsrMode::Async/>
                    <Route path=path!("offers") view=OffersPage ssr=SsrMode::Async/>
                    <Route path=path!("offers/:slug") view=OfferPage ssr=SsrMode::Async/>
                    <Route path=path!("invitations/:token") view=InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("translate/:kind/:slug") view=ProposalPage ssr=SsrMode::Async/>
                    <Route path=path!("resources") view=ResourcesPage ssr=SsrMode::Async/>
                    <Route path=path!("resources/:slug") view=ResourcePage ssr=SsrMode::Async/>
                    <Route path=path!("webinars") view=WebinarsPage ssr=SsrMode::Async/>
                    <Route path=path!("webinars/:slug") view=WebinarPage ssr=SsrMode::Async/>
                    <Route path=path!("webinars/registration/:token") view=WebinarRegistrationPage ssr=SsrMode::Async/>
                    <Route path=path!("pathways") view=PathwaysPage ssr=SsrMode::Async/>
                    <Route path=path!("pathways/:slug") view=PathwayPage ssr=SsrMode::Async/>
                    <Route path=path!("pathways/:slug/steps/:n") view=StepRoute ssr=SsrMode::Async/>
                    <Route path=path!("badges/:id") view=BadgePage ssr=SsrMode::Async/>
                    <Route path=path!("resume") view=ResumePage ssr=SsrMode::Async/>
                    <Route path=path!("search") view=SearchResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("assessment") view=AssessmentPage ssr=SsrMode::Async/>
                    <Route path=path!("assessment/profile") view=AssessmentProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("assessment/results") view=AssessmentResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("resume/:code") view=ResumePage ssr=SsrMode::Async/>
                    <Route path=path!("admin/badges") view=AdminBadgesPage ssr=SsrMode::Async/>
                    <Route path=path!("organisations") view=OrganisationsPage ssr=SsrMode::Async/>
                    <Route path=path!("organisations/:slug") view=OrganisationPage ssr=SsrMode::Async/>
                    <Route path=path!("account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("account/learning") view=crate::pathways::pages::my_progress::MyLearningPage ssr=SsrMode::Async/>
                    <Route path=path!("account/webinars") view=crate::webinars::pages::mine::MyWebinarsPage ssr=SsrMode::Async/>
                    <Route path=path!("account/profile") view=crate::accounts::pages::account_profile::AccountProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("account/sign-up") view=SignUpPage ssr=SsrMode::Async/>
                    <Route path=path!("account/sign-in") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("account/sign-out") view=SignOutPage ssr=SsrMode::Async/>
                    <Route path=path!("account/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("account/reset/:token") view=ResetPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("account/verify/:token") view=VerifyEmailPage ssr=SsrMode::Async/>
                    <Route path=path!("account/delete") view=DeleteAccountPage ssr=SsrMode::Async/>
                    <Route path=path!("account/saved") view=SavedOffersPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/users") view=UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/organisations") view=OrganisationsAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/organisations/:id") view=OrganisationAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/users/:id") view=UserPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/outbox") view=OutboxPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/jobs") view=BackgroundJobsPage ssr=SsrMode::Async/>
                    <Route path=path!("moderation") view=ModerationPage ssr=SsrMode::Async/>
                    <Route path=path!("moderation/:kind/:id") view=ReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("partner") view=PartnerPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/offers/new") view=OfferEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/offers/:id") view=OfferEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/translate/:kind/:id/:to") view=TranslationPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/resources/new") view=ResourceEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/interviews/new") view=InterviewEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/job-profiles") view=JobProfilesPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/job-profiles/new") view=JobProfileEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/job-profiles/:id") view=JobProfileEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/pathways/new") view=PathwayEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/pathways/:id") view=PathwayEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/pathways/:id/steps/:n") view=StepEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/interviews/:id") view=InterviewEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/organisations/:id") view=ProfileEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/resources/:id") view=ResourceEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/webinars/new") view=WebinarEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/webinars/:id") view=WebinarEditPage ssr=SsrMode::Async/>
                    <Route path=path!("partner/webinars/:id/registrations") view=WebinarRegistrationsPage ssr=SsrMode::Async/>
                    <Route path=path!("privacy") view=crate::legal::pages::privacy::PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("accessibility") view=crate::legal::pages::accessibility::AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("legal") view=crate::legal::pages::legal_notice::LegalNoticePage ssr=SsrMode::Async/>
                    <Route path=path!("forbidden") view=ForbiddenContent ssr=SsrMode::Async/>
                    <Route path=path!("error") view=ErrorRoute ssr=SsrMode::Async/>
                    <Route path=path!("offers/alerts/unsubscribe/:token") view=UnsubscribePage ssr=SsrMode::Async/>
                    <Route path=path!("*any") view=NotFoundContent ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
