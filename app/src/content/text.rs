//! Reading an item's text in the reader's language, the same way for every content type:
//! the translations of a page of items come in one query (`Texts::load`), and `pick` chooses
//! requested language → the item's original language → English → any. The language chosen is
//! returned with the text, so the page can show the fallback notice and mark the text's `lang`.

use crate::catalogue::translation::{by_owner, pick};
use crate::entities::{
    interview_translation, job_profile_translation, offer_translation, organisation_translation,
    pathway_step_translation, pathway_translation, quiz_choice_translation, quiz_question_translation,
    resource_translation,
};
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// A row of a `<type>_translations` table.
pub trait Translation: Sized + Send + Sync {
    type Entity: EntityTrait<Model = Self>;
    /// The column holding the id of the item this text belongs to.
    fn owner_column() -> <Self::Entity as EntityTrait>::Column;
    /// The id of the item this text belongs to.
    fn owner(&self) -> i32;
    /// The language code it is written in.
    fn lang(&self) -> &str;
}

/// The translations of some items, by item id.
pub struct Texts<T>(HashMap<i32, Vec<T>>);

impl<T: Translation> Texts<T> {
    /// Every translation of the items `ids`, in one query (also for none: a list runs the same
    /// number of queries whatever its length).
    pub async fn load(db: &impl ConnectionTrait, ids: &[i32]) -> Result<Texts<T>, DbErr> {
        let rows = T::Entity::find()
            .filter(T::owner_column().is_in(ids.to_vec()))
            .all(db)
            .await?;
        Ok(Texts(by_owner(rows, T::owner)))
    }

    /// The text of item `id` to show in `wanted`, with the language it is really in.
    pub fn pick(&self, id: i32, original: Lang, wanted: Lang) -> Option<(&T, Lang)> {
        let rows = self.0.get(&id)?;
        pick(wanted, original, rows.iter().map(|r| (r.lang(), r))).map(|p| (p.text, p.lang))
    }

    /// Every translation of item `id`, as stored.
    pub fn all(&self, id: i32) -> &[T] {
        self.0.get(&id).map(Vec::as_slice).unwrap_or_default()
    }
}

macro_rules! translation {
    ($module:ident, $owner:ident, $column:ident) => {
        impl Translation for $module::Model {
            type Entity = $module::Entity;
            fn owner_column() -> $module::Column {
                $module::Column::$column
            }
            fn owner(&self) -> i32 {
                self.$owner
            }
            fn lang(&self) -> &str {
                &self.lang
            }
        }
    };
}

translation!(organisation_translation, organisation_id, OrganisationId);
translation!(job_profile_translation, job_profile_id, JobProfileId);
translation!(interview_translation, interview_id, InterviewId);
translation!(offer_translation, offer_id, OfferId);
translation!(resource_translation, resource_id, ResourceId);
translation!(pathway_translation, pathway_id, PathwayId);
translation!(pathway_step_translation, step_id, StepId);
translation!(quiz_question_translation, question_id, QuestionId);
translation!(quiz_choice_translation, choice_id, ChoiceId);
