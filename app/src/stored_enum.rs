//! `stored_enum!`: a closed set of values stored as its code in a text column through SeaORM's
//! active enums, with `ALL`, `code()` and `parse()`. The code is also what URLs, forms and
//! Fluent keys use, so a value is written once, here, and nowhere else as a string.
//!
//! ```text
//! stored_enum! {
//!     /// What an offer is.
//!     pub enum OfferKind {
//!         Job = "job",
//!         Training = "training",
//!     }
//! }
//! ```

macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $code:literal,)+
        }
    ) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
        #[cfg_attr(
            feature = "ssr",
            sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
        )]
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                #[cfg_attr(feature = "ssr", sea_orm(string_value = $code))]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; <[&str]>::len(&[$($code),+])] = [$($name::$variant),+];

            /// The stored code.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The value of a stored code.
            pub fn parse(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::auth::model::{MembershipRole, Role};
    use crate::content::{ContentKind, ContentStatus};
    use crate::offers::codes::{OfferKind, WorkMode};
    use crate::pathways::codes::StepKind;
    use std::collections::HashSet;

    /// Every value reads back from its code, and no two values share one.
    fn round_trip<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        code: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) {
        let codes: HashSet<&str> = all.iter().map(|v| code(*v)).collect();
        assert_eq!(codes.len(), all.len(), "{all:?}");
        for value in all {
            assert_eq!(parse(code(*value)), Some(*value));
        }
        assert_eq!(parse("nonsense"), None);
    }

    #[test]
    fn every_stored_value_reads_back_from_its_code() {
        round_trip(&ContentStatus::ALL, ContentStatus::code, ContentStatus::parse);
        round_trip(&ContentKind::ALL, ContentKind::code, ContentKind::parse);
        round_trip(&Role::ALL, Role::code, Role::parse);
        round_trip(&MembershipRole::ALL, MembershipRole::code, MembershipRole::parse);
        round_trip(&StepKind::ALL, StepKind::code, StepKind::parse);
        round_trip(&OfferKind::ALL, OfferKind::code, OfferKind::parse);
        round_trip(&WorkMode::ALL, WorkMode::code, WorkMode::parse);
        assert_eq!(WorkMode::OnSite.code(), "on_site");
        assert_eq!(WorkMode::OnSite.label_key(), "offers-mode-on-site");
    }
}
