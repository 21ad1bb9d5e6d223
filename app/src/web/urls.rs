//! Typed addresses of every page and form of the site: `Route::Offer(slug).at(lang)` instead of
//! a `format!` in each feature, so a path is spelt in one place. Also the check of a return
//! address (`next`) carried through sign-in and sign-up.

use crate::i18n::Lang;

/// A page or form of the site, under a language prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    Home,
    Jobs,
    Job(&'a str),
    Interviews,
    Interview(&'a str),
    Organisations,
    Organisation(&'a str),
    Offers,
    /// The offer list with a query string (without the `?`).
    OffersQuery(&'a str),
    Offer(&'a str),
    OffersFeed,
    Unsubscribe(&'a str),
    Pathways,
    Resources,
    Webinars,
    /// The Atom feed of upcoming webinars (with the list's filters as a query).
    WebinarsFeed,
    /// The resource list with a query string (without the `?`).
    ResourcesQuery(&'a str),
    Resource(&'a str),
    Webinar(&'a str),
    /// A webinar's public calendar file (no join link).
    WebinarCalendar(&'a str),
    ResourceFile(&'a str),
    Pathway(&'a str),
    Step(&'a str, u32),
    PathwayBadge(&'a str),
    Badge(&'a str),
    Resume,
    ResumeCode(&'a str),
    /// The site-wide search.
    Search,
    /// The privacy notice, the accessibility statement and the legal notice.
    Privacy,
    Accessibility,
    LegalNotice,
    /// The self-assessment (its first area) and the form every area posts to.
    Assessment,
    /// Area `n` (from 1) of the self-assessment.
    AssessmentArea(usize),
    AssessmentProfile,
    AssessmentProfileJson,
    AssessmentResults,
    Account,
    /// The account's sections, each on its own page.
    AccountLearning,
    AccountWebinars,
    AccountProfile,
    SignUp,
    SignIn,
    SignOut,
    ForgotPassword,
    ResetPassword(&'a str),
    VerifyEmail(&'a str),
    DeleteAccount,
    MyData,
    Saved,
    AdminUsers,
    AdminUser(i32),
    AdminOutbox,
    AdminJobs,
    AdminBadges,
    AdminBadge(&'a str),
    Moderation,
    /// The moderation queue with a query string (without the `?`).
    ModerationQuery(&'a str),
    /// An item in review (or its pending change), for the moderators.
    Review(crate::content::ContentKind, i32),
    Partner,
    /// The partner space with a query string (without the `?`).
    PartnerQuery(&'a str),
    /// A new offer of the organisation with this slug.
    PartnerNewOffer(&'a str),
    PartnerOffer(i32),
    /// A new interview of the organisation with this slug.
    PartnerNewInterview(&'a str),
    /// A new resource of the organisation with this slug.
    PartnerNewResource(&'a str),
    /// A new webinar of the organisation with this slug.
    PartnerNewWebinar(&'a str),
    /// The registrations of webinar `id`, for its organisers.
    PartnerWebinarRegistrations(i32),
    /// The form that sends a resource's file.
    PartnerResourceFile(i32),
    /// The editor's form of an item of any kind (`partner/offers/12`).
    PartnerItem(crate::content::ContentKind, i32),
    /// Job profiles to propose a change to, and a new one to propose.
    PartnerJobProfiles,
    /// The form proposing a new job profile.
    PartnerNewJobProfile,
    /// A new pathway of the organisation with this slug.
    PartnerNewPathway(&'a str),
    /// The outline of a pathway's steps (POST: add, move, remove, reorder).
    PartnerPathwaySteps(i32),
    /// The form of step `n` (from 1) of a pathway.
    PartnerPathwayStep(i32, u32),
    /// Withdraws a published item (POST).
    PartnerArchive(crate::content::ContentKind, i32),
    /// The text of an item in one language, side by side with its original.
    PartnerTranslation(crate::content::ContentKind, i32, Lang),
    /// The public page of an item of any kind, by slug.
    Item(crate::content::ContentKind, &'a str),
    /// A reader's translation of a published item into the page's language.
    ProposeTranslation(crate::content::ContentKind, &'a str),
    /// Markdown rendered for the live preview of a form (POST, signed in).
    MarkdownPreview,
    /// An invitation to edit for an organisation (its secret).
    Invitation(&'a str),
    AdminOrganisations,
    AdminOrganisation(i32),
    Forbidden,
}

impl Route<'_> {
    /// The path of this route in `lang` (`/fr/offers/…`).
    pub fn at(self, lang: Lang) -> String {
        let rest = match self {
            Route::Home => String::new(),
            Route::Jobs => "jobs".into(),
            Route::Job(slug) => format!("jobs/{slug}"),
            Route::Interviews => "interviews".into(),
            Route::Interview(slug) => format!("interviews/{slug}"),
            Route::Organisations => "organisations".into(),
            Route::Organisation(slug) => format!("organisations/{slug}"),
            Route::Offers => "offers".into(),
            Route::OffersQuery("") => "offers".into(),
            Route::OffersQuery(query) => format!("offers?{query}"),
            Route::Offer(slug) => format!("offers/{slug}"),
            Route::OffersFeed => "offers/feed.atom".into(),
            Route::Unsubscribe(token) => format!("offers/alerts/unsubscribe/{token}"),
            Route::Resources => "resources".into(),
            Route::Webinars => "webinars".into(),
            Route::WebinarsFeed => "webinars/feed.atom".into(),
            Route::ResourcesQuery("") => "resources".into(),
            Route::ResourcesQuery(query) => format!("resources?{query}"),
            Route::Resource(slug) => format!("resources/{slug}"),
            Route::Webinar(slug) => format!("webinars/{slug}"),
            Route::WebinarCalendar(slug) => format!("webinars/{slug}.ics"),
            Route::ResourceFile(slug) => format!("resources/{slug}/file"),
            Route::Pathways => "pathways".into(),
            Route::Pathway(slug) => format!("pathways/{slug}"),
            Route::Step(slug, n) => format!("pathways/{slug}/steps/{n}"),
            Route::PathwayBadge(slug) => format!("pathways/{slug}/badge"),
            Route::Badge(id) => format!("badges/{id}"),
            Route::Resume => "resume".into(),
            Route::ResumeCode(code) => format!("resume/{code}"),
            Route::Search => "search".into(),
            Route::Privacy => "privacy".into(),
            Route::Accessibility => "accessibility".into(),
            Route::LegalNotice => "legal".into(),
            Route::Assessment => "assessment".into(),
            Route::AssessmentArea(n) => format!("assessment?area={n}"),
            Route::AssessmentProfile => "assessment/profile".into(),
            Route::AssessmentProfileJson => "assessment/profile.json".into(),
            Route::AssessmentResults => "assessment/results".into(),
            Route::Account => "account".into(),
            Route::AccountLearning => "account/learning".into(),
            Route::AccountWebinars => "account/webinars".into(),
            Route::AccountProfile => "account/profile".into(),
            Route::SignUp => "account/sign-up".into(),
            Route::SignIn => "account/sign-in".into(),
            Route::SignOut => "account/sign-out".into(),
            Route::ForgotPassword => "account/forgot-password".into(),
            Route::ResetPassword(token) => format!("account/reset/{token}"),
            Route::VerifyEmail(token) => format!("account/verify/{token}"),
            Route::DeleteAccount => "account/delete".into(),
            Route::MyData => "account/data.json".into(),
            Route::Saved => "account/saved".into(),
            Route::AdminUsers => "admin/users".into(),
            Route::AdminUser(id) => format!("admin/users/{id}"),
            Route::AdminOutbox => "admin/outbox".into(),
            Route::AdminJobs => "admin/jobs".into(),
            Route::AdminBadges => "admin/badges".into(),
            Route::AdminBadge(id) => format!("admin/badges/{id}"),
            Route::Moderation => "moderation".into(),
            Route::ModerationQuery("") => "moderation".into(),
            Route::ModerationQuery(query) => format!("moderation?{query}"),
            Route::Review(kind, id) => format!("moderation/{}/{id}", kind.segment()),
            Route::Partner => "partner".into(),
            Route::PartnerQuery("") => "partner".into(),
            Route::PartnerQuery(query) => format!("partner?{query}"),
            Route::PartnerNewOffer(org) => format!("partner/offers/new?org={org}"),
            Route::PartnerOffer(id) => format!("partner/offers/{id}"),
            Route::PartnerNewInterview(org) => format!("partner/interviews/new?org={org}"),
            Route::PartnerNewResource(org) => format!("partner/resources/new?org={org}"),
            Route::PartnerResourceFile(id) => format!("partner/resources/{id}/file"),
            Route::PartnerNewWebinar(org) => format!("partner/webinars/new?org={org}"),
            Route::PartnerWebinarRegistrations(id) => format!("partner/webinars/{id}/registrations"),
            Route::PartnerItem(kind, id) => format!("partner/{}/{id}", kind.segment()),
            Route::PartnerJobProfiles => "partner/job-profiles".into(),
            Route::PartnerNewJobProfile => "partner/job-profiles/new".into(),
            Route::PartnerNewPathway(org) => format!("partner/pathways/new?org={org}"),
            Route::PartnerPathwaySteps(id) => format!("partner/pathways/{id}/steps"),
            Route::PartnerPathwayStep(id, n) => format!("partner/pathways/{id}/steps/{n}"),
            Route::PartnerArchive(kind, id) => format!("partner/{}/{id}/archive", kind.segment()),
            Route::PartnerTranslation(kind, id, to) => {
                format!("partner/translate/{}/{id}/{}", kind.code(), to.code())
            }
            Route::Item(crate::content::ContentKind::JobProfile, slug) => format!("jobs/{slug}"),
            Route::Item(kind, slug) => format!("{}/{slug}", kind.segment()),
            Route::ProposeTranslation(kind, slug) => format!("translate/{}/{slug}", kind.segment()),
            Route::MarkdownPreview => "markdown-preview".into(),
            Route::Invitation(token) => format!("invitations/{token}"),
            Route::AdminOrganisations => "admin/organisations".into(),
            Route::AdminOrganisation(id) => format!("admin/organisations/{id}"),
            Route::Forbidden => "forbidden".into(),
        };
        format!("/{}/{rest}", lang.code())
    }

    /// The path with a return address (`?next=…`), for sign-in and sign-up links.
    pub fn with_next(self, lang: Lang, next: Option<&str>) -> String {
        self.with_next_then(lang, next, None)
    }

    /// The path with a return address and the action to finish there once signed in
    /// (`?next=…&then=save-offer`).
    pub fn with_next_then(self, lang: Lang, next: Option<&str>, then: Option<&str>) -> String {
        let path = self.at(lang);
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(next) = next.and_then(safe_next) {
            query.append_pair("next", &next);
            if let Some(then) = then {
                query.append_pair("then", then);
            }
        }
        let query = query.finish();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    }
}

/// A return address: a path on this site only (no `//host`, no scheme, no control character).
pub fn safe_next(next: &str) -> Option<String> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control())
        && next.len() <= 2000;
    ok.then(|| next.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_paths_under_the_language() {
        assert_eq!(Route::Home.at(Lang::Fr), "/fr/");
        assert_eq!(Route::Offer("a-b").at(Lang::Es), "/es/offers/a-b");
        assert_eq!(Route::Step("p", 3).at(Lang::It), "/it/pathways/p/steps/3");
        assert_eq!(Route::OffersQuery("").at(Lang::En), "/en/offers");
        assert_eq!(Route::OffersQuery("q=x").at(Lang::En), "/en/offers?q=x");
        assert_eq!(
            Route::SignIn.with_next(Lang::En, Some("/en/offers/x?y=1")),
            "/en/account/sign-in?next=%2Fen%2Foffers%2Fx%3Fy%3D1"
        );
        assert_eq!(
            Route::SignIn.with_next(Lang::En, Some("//evil")),
            "/en/account/sign-in"
        );
    }

    #[test]
    fn next_stays_on_site() {
        assert_eq!(safe_next("/fr/admin?x=1").as_deref(), Some("/fr/admin?x=1"));
        assert_eq!(safe_next("//evil.example/"), None);
        assert_eq!(safe_next("https://evil.example/"), None);
        assert_eq!(safe_next("/\\evil.example"), None);
    }
}
