//! Small builders shared by the migrations: foreign keys, unique indexes and the
//! `<item>_translations` table of the translation model.

use sea_orm_migration::{prelude::*, schema::*};

/// Any identifier, for the builders below.
pub fn id<T: IntoIden>(x: T) -> DynIden {
    x.into_iden()
}

/// A foreign key `from.0(from.1) → to.0(to.1)`.
pub fn fk(
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

/// An index over `cols` of `table`.
pub fn index(name: &str, table: DynIden, cols: &[DynIden]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for col in cols {
        index.col(col.clone());
    }
    index.to_owned()
}

/// A unique index over `cols` of `table`.
pub fn unique(name: &str, table: DynIden, cols: &[DynIden]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table).unique();
    for col in cols {
        index.col(col.clone());
    }
    index.to_owned()
}

/// The translation model: `table` holds one row per (owner, lang) with the text columns `cols`;
/// deleting the owner deletes its translations. Creates the table and its unique index.
pub async fn create_translations(
    manager: &SchemaManager<'_>,
    table_name: &str,
    owner_column: DynIden,
    owner: (DynIden, DynIden),
    cols: Vec<ColumnDef>,
) -> Result<(), DbErr> {
    let table = id(Alias::new(table_name));
    let mut create = Table::create();
    create
        .table(table.clone())
        .col(pk_auto(Alias::new("id")))
        .col(integer(owner_column.clone()))
        .col(string_len(Alias::new("lang"), 8));
    for mut col in cols {
        create.col(&mut col);
    }
    create.foreign_key(&mut fk(
        (table.clone(), owner_column.clone()),
        owner,
        ForeignKeyAction::Cascade,
    ));
    manager.create_table(create.to_owned()).await?;
    let name = format!("ux_{table_name}");
    manager
        .create_index(unique(&name, table, &[owner_column, id(Alias::new("lang"))]))
        .await
}

/// Drops `tables` in order.
pub async fn drop_tables(manager: &SchemaManager<'_>, tables: Vec<DynIden>) -> Result<(), DbErr> {
    for table in tables {
        manager.drop_table(Table::drop().table(table).to_owned()).await?;
    }
    Ok(())
}
