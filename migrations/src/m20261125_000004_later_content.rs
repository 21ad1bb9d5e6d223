//! Tables of the features that come next (accounts, offers, pathways, webinars), designed with
//! the catalogue so that the translation model, statuses and links are the same everywhere.
//! Their pages and rules arrive with their own issues, which add columns as new migrations.

use crate::m20261125_000001_frameworks::Competences;
use crate::m20261125_000002_catalogue::{JobProfiles, Organisations};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    from: (DynIden, DynIden),
    to: (DynIden, DynIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

fn i<T: IntoIden>(x: T) -> DynIden {
    x.into_iden()
}

/// A `<item>_translations` table: one row per language, unique on (item, lang).
fn translations(
    table: DynIden,
    owner: DynIden,
    owner_table: DynIden,
    owner_id: DynIden,
    cols: Vec<ColumnDef>,
) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(table.clone())
        .col(pk_auto(Alias::new("id")))
        .col(integer(owner.clone()))
        .col(string_len(Alias::new("lang"), 8));
    for mut c in cols {
        t.col(&mut c);
    }
    t.foreign_key(&mut fk(
        (table, owner),
        (owner_table, owner_id),
        ForeignKeyAction::Cascade,
    ));
    t.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_auto(Users::Id))
                .col(string_len_uniq(Users::Email, 320))
                .col(string_len_null(Users::PasswordHash, 200))
                .col(string_len(Users::DisplayName, 120))
                .col(string_len(Users::Lang, 8))
                .col(string_len(Users::TimeZone, 64))
                .col(string_len(Users::Role, 20))
                .col(timestamp_with_time_zone_null(Users::EmailVerifiedAt))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(OrganisationMembers::Table)
                .col(integer(OrganisationMembers::UserId))
                .col(integer(OrganisationMembers::OrganisationId))
                .col(string_len(OrganisationMembers::Role, 20))
                .primary_key(
                    Index::create()
                        .col(OrganisationMembers::UserId)
                        .col(OrganisationMembers::OrganisationId),
                )
                .foreign_key(&mut fk(
                    (i(OrganisationMembers::Table), i(OrganisationMembers::UserId)),
                    (i(Users::Table), i(Users::Id)),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (
                        i(OrganisationMembers::Table),
                        i(OrganisationMembers::OrganisationId),
                    ),
                    (i(Organisations::Table), i(Organisations::Id)),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        // Offers: job, internship, volunteering or training.
        m.create_table(
            Table::create()
                .table(Offers::Table)
                .col(pk_auto(Offers::Id))
                .col(string_len_uniq(Offers::Slug, 160))
                .col(string_len(Offers::Kind, 20))
                .col(integer(Offers::OrganisationId))
                .col(integer_null(Offers::JobProfileId))
                .col(string_len_null(Offers::City, 120))
                .col(string_len_null(Offers::Country, 2))
                .col(string_len(Offers::WorkMode, 20))
                .col(string_len_null(Offers::Contract, 40))
                .col(string_len(Offers::OriginalLang, 8))
                .col(date_null(Offers::StartsOn))
                .col(date_null(Offers::ValidUntil))
                .col(string_len_null(Offers::ApplyUrl, 500))
                .col(string_len_null(Offers::ApplyEmail, 320))
                .col(string_len(Offers::Status, 20))
                .col(timestamp_with_time_zone(Offers::PostedAt))
                .col(integer_null(Offers::CreatedBy))
                .foreign_key(&mut fk(
                    (i(Offers::Table), i(Offers::OrganisationId)),
                    (i(Organisations::Table), i(Organisations::Id)),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (i(Offers::Table), i(Offers::JobProfileId)),
                    (i(JobProfiles::Table), i(JobProfiles::Id)),
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    (i(Offers::Table), i(Offers::CreatedBy)),
                    (i(Users::Table), i(Users::Id)),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(translations(
            i(OfferTranslations::Table),
            i(OfferTranslations::OfferId),
            i(Offers::Table),
            i(Offers::Id),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("description_md")),
                text_null(Alias::new("how_to_apply")),
            ],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table(OfferCompetences::Table)
                .col(integer(OfferCompetences::OfferId))
                .col(integer(OfferCompetences::CompetenceId))
                .col(integer_null(OfferCompetences::Level))
                .primary_key(
                    Index::create()
                        .col(OfferCompetences::OfferId)
                        .col(OfferCompetences::CompetenceId),
                )
                .foreign_key(&mut fk(
                    (i(OfferCompetences::Table), i(OfferCompetences::OfferId)),
                    (i(Offers::Table), i(Offers::Id)),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (i(OfferCompetences::Table), i(OfferCompetences::CompetenceId)),
                    (i(Competences::Table), i(Competences::Id)),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        // Pathways: ordered steps towards a job profile or a competence level.
        m.create_table(
            Table::create()
                .table(Pathways::Table)
                .col(pk_auto(Pathways::Id))
                .col(string_len_uniq(Pathways::Slug, 160))
                .col(integer_null(Pathways::OrganisationId))
                .col(integer_null(Pathways::JobProfileId))
                .col(string_len(Pathways::OriginalLang, 8))
                .col(string_len(Pathways::Status, 20))
                .col(timestamp_with_time_zone(Pathways::CreatedAt))
                .foreign_key(&mut fk(
                    (i(Pathways::Table), i(Pathways::OrganisationId)),
                    (i(Organisations::Table), i(Organisations::Id)),
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    (i(Pathways::Table), i(Pathways::JobProfileId)),
                    (i(JobProfiles::Table), i(JobProfiles::Id)),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(translations(
            i(PathwayTranslations::Table),
            i(PathwayTranslations::PathwayId),
            i(Pathways::Table),
            i(Pathways::Id),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("goal")),
                text(Alias::new("description_md")),
            ],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table(PathwaySteps::Table)
                .col(pk_auto(PathwaySteps::Id))
                .col(integer(PathwaySteps::PathwayId))
                .col(integer(PathwaySteps::Position))
                .col(string_len(PathwaySteps::Kind, 20))
                .col(integer(PathwaySteps::Minutes))
                .col(boolean(PathwaySteps::Required))
                .col(string_len_null(PathwaySteps::Url, 500))
                .foreign_key(&mut fk(
                    (i(PathwaySteps::Table), i(PathwaySteps::PathwayId)),
                    (i(Pathways::Table), i(Pathways::Id)),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(translations(
            i(PathwayStepTranslations::Table),
            i(PathwayStepTranslations::StepId),
            i(PathwaySteps::Table),
            i(PathwaySteps::Id),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("content_md")),
            ],
        ))
        .await?;

        // Webinars: start stored in UTC, shown in the viewer's zone.
        m.create_table(
            Table::create()
                .table(Webinars::Table)
                .col(pk_auto(Webinars::Id))
                .col(string_len_uniq(Webinars::Slug, 160))
                .col(integer_null(Webinars::OrganisationId))
                .col(timestamp_with_time_zone(Webinars::StartsAt))
                .col(integer(Webinars::DurationMinutes))
                .col(string_len(Webinars::Lang, 8))
                .col(integer_null(Webinars::Capacity))
                .col(string_len_null(Webinars::JoinUrl, 500))
                .col(string_len_null(Webinars::ReplayUrl, 500))
                .col(string_len(Webinars::OriginalLang, 8))
                .col(string_len(Webinars::Status, 20))
                .col(timestamp_with_time_zone(Webinars::CreatedAt))
                .foreign_key(&mut fk(
                    (i(Webinars::Table), i(Webinars::OrganisationId)),
                    (i(Organisations::Table), i(Organisations::Id)),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(translations(
            i(WebinarTranslations::Table),
            i(WebinarTranslations::WebinarId),
            i(Webinars::Table),
            i(Webinars::Id),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("description_md")),
                text(Alias::new("speakers")),
            ],
        ))
        .await?;
        for (name, table, owner) in [
            (
                "ux_offer_translations",
                i(OfferTranslations::Table),
                i(OfferTranslations::OfferId),
            ),
            (
                "ux_pathway_translations",
                i(PathwayTranslations::Table),
                i(PathwayTranslations::PathwayId),
            ),
            (
                "ux_pathway_step_translations",
                i(PathwayStepTranslations::Table),
                i(PathwayStepTranslations::StepId),
            ),
            (
                "ux_webinar_translations",
                i(WebinarTranslations::Table),
                i(WebinarTranslations::WebinarId),
            ),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(table)
                    .col(owner)
                    .col(Alias::new("lang"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            i(WebinarTranslations::Table),
            i(Webinars::Table),
            i(PathwayStepTranslations::Table),
            i(PathwaySteps::Table),
            i(PathwayTranslations::Table),
            i(Pathways::Table),
            i(OfferCompetences::Table),
            i(OfferTranslations::Table),
            i(Offers::Table),
            i(OrganisationMembers::Table),
            i(Users::Table),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    PasswordHash,
    DisplayName,
    Lang,
    TimeZone,
    Role,
    EmailVerifiedAt,
    CreatedAt,
}
#[derive(DeriveIden)]
enum OrganisationMembers {
    Table,
    UserId,
    OrganisationId,
    Role,
}
#[derive(DeriveIden)]
enum Offers {
    Table,
    Id,
    Slug,
    Kind,
    OrganisationId,
    JobProfileId,
    City,
    Country,
    WorkMode,
    Contract,
    OriginalLang,
    StartsOn,
    ValidUntil,
    ApplyUrl,
    ApplyEmail,
    Status,
    PostedAt,
    CreatedBy,
}
#[derive(DeriveIden)]
enum OfferTranslations {
    Table,
    OfferId,
}
#[derive(DeriveIden)]
enum OfferCompetences {
    Table,
    OfferId,
    CompetenceId,
    Level,
}
#[derive(DeriveIden)]
enum Pathways {
    Table,
    Id,
    Slug,
    OrganisationId,
    JobProfileId,
    OriginalLang,
    Status,
    CreatedAt,
}
#[derive(DeriveIden)]
enum PathwayTranslations {
    Table,
    PathwayId,
}
#[derive(DeriveIden)]
enum PathwaySteps {
    Table,
    Id,
    PathwayId,
    Position,
    Kind,
    Minutes,
    Required,
    Url,
}
#[derive(DeriveIden)]
enum PathwayStepTranslations {
    Table,
    StepId,
}
#[derive(DeriveIden)]
enum Webinars {
    Table,
    Id,
    Slug,
    OrganisationId,
    StartsAt,
    DurationMinutes,
    Lang,
    Capacity,
    JoinUrl,
    ReplayUrl,
    OriginalLang,
    Status,
    CreatedAt,
}
#[derive(DeriveIden)]
enum WebinarTranslations {
    Table,
    WebinarId,
}
