//! The closed vocabularies of resources. Labels live in `locales/*/resources.ftl`
//! (`resources-kind-guide`, `resources-licence-cc-by-sa-4-0`, `resources-audience-learner`).

stored_enum! {
    /// What a resource is (`resources.kind`).
    #[serde(rename_all = "snake_case")]
    pub enum ResourceKind {
        Guide = "guide",
        Toolkit = "toolkit",
        Template = "template",
        Checklist = "checklist",
        RecordedTalk = "recorded_talk",
    }
}

stored_enum! {
    /// The licence a resource is published under (`resources.licence`); CC BY-SA by default.
    pub enum Licence {
        CcBySa = "cc-by-sa-4.0",
        CcBy = "cc-by-4.0",
        CcByNcSa = "cc-by-nc-sa-4.0",
        Cc0 = "cc0-1.0",
    }
}

stored_enum! {
    /// Who a resource is written for (`resource_audiences.audience`).
    #[serde(rename_all = "snake_case")]
    pub enum Audience {
        Learner = "learner",
        JobSeeker = "job_seeker",
        Organisation = "organisation",
    }
}

/// The Fluent key of a vocabulary's value (`resources-kind-recorded-talk`).
fn key(vocabulary: &str, code: &str) -> String {
    format!("resources-{vocabulary}-{}", code.replace(['_', '.'], "-"))
}

impl ResourceKind {
    pub fn label_key(self) -> String {
        key("kind", self.code())
    }
}

impl Licence {
    /// The licence a new resource starts with.
    pub const DEFAULT: Licence = Licence::CcBySa;

    pub fn label_key(self) -> String {
        key("licence", self.code())
    }

    /// The licence's own page (its legal code and summary).
    pub fn url(self) -> &'static str {
        match self {
            Licence::CcBySa => "https://creativecommons.org/licenses/by-sa/4.0/",
            Licence::CcBy => "https://creativecommons.org/licenses/by/4.0/",
            Licence::CcByNcSa => "https://creativecommons.org/licenses/by-nc-sa/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
        }
    }
}

impl Audience {
    pub fn label_key(self) -> String {
        key("audience", self.code())
    }
}
