//! When each language of an item was last saved (`translation_saves`), and from that the state
//! of each translation its editors see: missing, up to date, or out of date (the original
//! changed after it).

use super::kind::ContentKind;
use super::snapshot::{Snapshot, TranslationState};
use crate::entities::translation_save;
use crate::i18n::Lang;
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// Records that the texts of `langs` of item `kind`/`id` were saved now.
pub async fn mark_saved(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: i32,
    langs: &[Lang],
) -> Result<(), DbErr> {
    for lang in langs {
        translation_save::Entity::insert(translation_save::ActiveModel {
            item_kind: Set(kind.code().into()),
            item_id: Set(id),
            lang: Set(lang.code().into()),
            saved_at: Set(Utc::now()),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                translation_save::Column::ItemKind,
                translation_save::Column::ItemId,
                translation_save::Column::Lang,
            ])
            .update_column(translation_save::Column::SavedAt)
            .to_owned(),
        )
        .exec(db)
        .await?;
    }
    Ok(())
}

/// The state of every language of an item written in `original` with texts `snapshot`: a
/// translation is out of date when the original was saved after it (texts loaded with the
/// demo content have no save time: they count as written together).
pub async fn translation_states(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: i32,
    original: Lang,
    snapshot: &Snapshot,
) -> Result<Vec<(Lang, TranslationState)>, DbErr> {
    let saves: HashMap<String, chrono::DateTime<Utc>> = translation_save::Entity::find()
        .filter(translation_save::Column::ItemKind.eq(kind.code()))
        .filter(translation_save::Column::ItemId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.lang, s.saved_at))
        .collect();
    let original_saved = saves.get(original.code());
    Ok(Lang::ALL
        .iter()
        .map(|&lang| {
            let state = if lang == original {
                TranslationState::Original
            } else if !snapshot.has_text(lang) {
                TranslationState::Missing
            } else {
                match (original_saved, saves.get(lang.code())) {
                    (Some(original), Some(this)) if original > this => TranslationState::OutOfDate,
                    (Some(_), None) => TranslationState::OutOfDate,
                    _ => TranslationState::Current,
                }
            };
            (lang, state)
        })
        .collect())
}
