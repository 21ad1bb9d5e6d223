//! What the resource library keeps about a person: the resources they created and the files
//! they uploaded. Both stay (they belong to the organisation) without the person's id once the
//! account is deleted.

use crate::entities::{resource, resource_file, user};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use futures::FutureExt;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};
use serde_json::{json, Value};

pub const DATA: PersonalData = PersonalData {
    notice: "resources",
    kept: &[Period::Content],
    exports: &[("resources", "created_by"), ("resource_files", "uploaded_by")],
    erases: &[("resources", "created_by"), ("resource_files", "uploaded_by")],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn export(db: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    let created = resource::Entity::find()
        .filter(resource::Column::CreatedBy.eq(user.id))
        .all(db)
        .await?;
    let uploaded = resource_file::Entity::find()
        .filter(resource_file::Column::UploadedBy.eq(user.id))
        .all(db)
        .await?;
    Ok(json!({
        "resources_created": created.iter().map(|r| json!({
            "slug": r.slug, "created_at": r.created_at,
        })).collect::<Vec<_>>(),
        "resource_files_uploaded": uploaded.iter().map(|f| json!({
            "file_name": f.file_name, "uploaded_at": f.uploaded_at,
        })).collect::<Vec<_>>(),
    }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    resource::Entity::update_many()
        .col_expr(resource::Column::CreatedBy, Expr::value(Option::<i32>::None))
        .filter(resource::Column::CreatedBy.eq(user.id))
        .exec(txn)
        .await?;
    resource_file::Entity::update_many()
        .col_expr(
            resource_file::Column::UploadedBy,
            Expr::value(Option::<i32>::None),
        )
        .filter(resource_file::Column::UploadedBy.eq(user.id))
        .exec(txn)
        .await?;
    Ok(())
}
