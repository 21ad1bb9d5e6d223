//! Reading an item's text in the reader's language, the same way for every content type:
//! the translations of a page of items come in one query (`Texts::load`), and `pick` chooses
//! requested language → the item's original language → English → any. The language chosen is
//! returned with the text, so the page can show the fallback notice and mark the text's `lang`.

use crate::catalogue::translation::{by_owner, pick};
use crate::entities::{
    interview_translation, job_profile_translation, offer_translation, organisation_translation,
    pathway_step_translation, pathway_translation, quiz_choice_translation, quiz_question_translation,
    resource_translation, webinar_translation,
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
translation!(webinar_translation, webinar_id, WebinarId);
translation!(resource_translation, resource_id, ResourceId);
translation!(pathway_translation, pathway_id, PathwayId);
translation!(pathway_step_translation, step_id, StepId);
translation!(quiz_question_translation, question_id, QuestionId);
translation!(quiz_choice_translation, choice_id, ChoiceId);

/// Writes the texts of every language `snapshot` has into item `id`'s rows of `T` (a language
/// with none of the row's `fields` written is left alone): a language's row is changed when it
/// exists and added otherwise (`new_row`: its item and language); `fill` sets its text fields
/// from the snapshot's text of that language, by field name. Every editable kind's `apply`
/// uses it.
pub async fn save_texts<A>(
    db: &impl ConnectionTrait,
    id: i32,
    snapshot: &crate::content::snapshot::Snapshot,
    fields: &[crate::content::edit::TextSpec],
    new_row: impl Fn(Lang) -> A,
    fill: impl Fn(&mut A, &dyn Fn(&str) -> String),
) -> Result<(), DbErr>
where
    A: sea_orm::ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: Translation<Entity = A::Entity> + sea_orm::IntoActiveModel<A>,
{
    type Row<A> = <<A as sea_orm::ActiveModelTrait>::Entity as EntityTrait>::Model;
    let mut existing: HashMap<String, Row<A>> = A::Entity::find()
        .filter(<Row<A> as Translation>::owner_column().eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.lang().to_string(), t))
        .collect();
    for &lang in snapshot.texts.keys() {
        if fields
            .iter()
            .all(|f| snapshot.text(lang, f.name).trim().is_empty())
        {
            continue;
        }
        let mut row = match existing.remove(lang.code()) {
            Some(found) => sea_orm::IntoActiveModel::into_active_model(found),
            None => new_row(lang),
        };
        fill(&mut row, &|name| snapshot.text(lang, name).trim().to_string());
        row.save(db).await?;
    }
    Ok(())
}
