//! Offers: jobs, internships, volunteering and training, with the competences they ask for.
//! Search, pages and feeds come with the offers issue.

use crate::helpers::{create_translations, drop_tables, fk, id};
use crate::m20261125_000001_frameworks::Competences;
use crate::m20261125_000002_organisations::Organisations;
use crate::m20261125_000003_job_profiles::JobProfiles;
use crate::m20261125_000006_accounts::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Offers::Table)
                    .col(pk_auto(Offers::Id))
                    .col(string_len_uniq(Offers::Slug, 160))
                    // job, internship, volunteering, training
                    .col(string_len(Offers::Kind, 20))
                    .col(integer(Offers::OrganisationId))
                    .col(integer_null(Offers::JobProfileId))
                    .col(string_len_null(Offers::City, 120))
                    .col(string_len_null(Offers::Country, 2))
                    // on_site, hybrid, remote
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
                        (id(Offers::Table), id(Offers::OrganisationId)),
                        (id(Organisations::Table), id(Organisations::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (id(Offers::Table), id(Offers::JobProfileId)),
                        (id(JobProfiles::Table), id(JobProfiles::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (id(Offers::Table), id(Offers::CreatedBy)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "offer_translations",
            id(Alias::new("offer_id")),
            (id(Offers::Table), id(Offers::Id)),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("description_md")),
                text_null(Alias::new("how_to_apply")),
            ],
        )
        .await?;
        manager
            .create_table(
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
                        (id(OfferCompetences::Table), id(OfferCompetences::OfferId)),
                        (id(Offers::Table), id(Offers::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (id(OfferCompetences::Table), id(OfferCompetences::CompetenceId)),
                        (id(Competences::Table), id(Competences::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(OfferCompetences::Table),
                id(Alias::new("offer_translations")),
                id(Offers::Table),
            ],
        )
        .await
    }
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
enum OfferCompetences {
    Table,
    OfferId,
    CompetenceId,
    Level,
}
