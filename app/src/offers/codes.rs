//! The closed vocabularies of offers. Labels live in `locales/*/offers.ftl`
//! (`offers-kind-job`, `offers-mode-remote`, `offers-contract-permanent`).

stored_enum! {
    /// What an offer is (`offers.kind`).
    #[serde(rename_all = "snake_case")]
    pub enum OfferKind {
        Job = "job",
        Internship = "internship",
        Volunteering = "volunteering",
        Training = "training",
    }
}

stored_enum! {
    /// Where the work is done (`offers.work_mode`).
    #[serde(rename_all = "snake_case")]
    pub enum WorkMode {
        OnSite = "on_site",
        Hybrid = "hybrid",
        Remote = "remote",
    }
}

stored_enum! {
    /// What a salary figure is for (`offers.salary_period`), as schema.org's `unitText` names it.
    #[serde(rename_all = "snake_case")]
    pub enum PayPeriod {
        Hour = "hour",
        Month = "month",
        Year = "year",
    }
}

/// The currencies an offer's pay may be stated in (the partner countries use the euro; the
/// others are for organisations hiring across a border).
pub const CURRENCIES: [&str; 3] = ["EUR", "CHF", "GBP"];

impl PayPeriod {
    /// schema.org `QuantitativeValue.unitText`.
    pub fn unit_text(self) -> &'static str {
        match self {
            PayPeriod::Hour => "HOUR",
            PayPeriod::Month => "MONTH",
            PayPeriod::Year => "YEAR",
        }
    }
}

impl OfferKind {
    /// Whether `contract` says more than the kind: "Training" and a contract "Course" say the
    /// same thing, so the page says it once.
    pub fn contract_adds(self, contract: &str) -> bool {
        !matches!(
            (self, contract),
            (OfferKind::Training, "course")
                | (OfferKind::Internship, "internship")
                | (OfferKind::Volunteering, "volunteer")
                | (_, "other")
        )
    }

    /// The Fluent key of its name (`offers-kind-job`).
    pub fn label_key(self) -> String {
        key("kind", self.code())
    }
}

impl WorkMode {
    /// The Fluent key of its name (`offers-mode-on-site`).
    pub fn label_key(self) -> String {
        key("mode", self.code())
    }

    /// Whether some or all of the work can be done from home.
    pub fn is_remote(self) -> bool {
        matches!(self, WorkMode::Hybrid | WorkMode::Remote)
    }
}

/// The codes of every kind and work mode, for the search form's checks.
pub fn kind_codes() -> Vec<&'static str> {
    OfferKind::ALL.iter().map(|k| k.code()).collect()
}

pub fn work_mode_codes() -> Vec<&'static str> {
    WorkMode::ALL.iter().map(|m| m.code()).collect()
}
pub const CONTRACTS: [&str; 8] = [
    "permanent",
    "fixed_term",
    "freelance",
    "part_time",
    "internship",
    "volunteer",
    "course",
    "other",
];
/// The place value "remote" ("Lyon or remote" is two values of the place filter): offers
/// worked remotely, wherever they are.
pub const REMOTE_PLACE: &str = "remote";

/// Distances around a town a search may use, in kilometres (0: the town itself).
pub const RADII: [&str; 5] = ["0", "10", "20", "50", "100"];

/// The distance when none is chosen: a town and the towns around it, as job boards do.
pub const DEFAULT_RADIUS_KM: u32 = 20;

/// "Posted within" choices, in days.
pub const POSTED_WITHIN: [&str; 3] = ["7", "30", "90"];
/// Sort orders.
pub const SORTS: [&str; 4] = ["relevance", "newest", "closing", "fit"];

/// The Fluent key of a code of one vocabulary (`offers-kind-job`).
pub fn key(vocabulary: &str, code: &str) -> String {
    format!("offers-{vocabulary}-{}", code.replace('_', "-"))
}

/// The actions a visitor may start before signing in (the `then` of sign-in links), finished
/// once they have (`super::saved`).
pub const SAVE_OFFER: &str = "save-offer";
pub const SAVE_SEARCH: &str = "save-search";

/// The anchor of the "save this search" form (or its sign-in link) on the search page.
pub const SAVE_SEARCH_ANCHOR: &str = "save-this-search";
