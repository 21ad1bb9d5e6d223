//! The operator's commands: what `server <command>` does, and its help.

use crate::{db, transfer, Settings};

pub const HELP: &str = "\
usage: server [command]

  (no command)              serve the site (migrates the database first)
  migrate                   apply the database migrations (and the demo content when
                            DEMO_CONTENT is on), then exit
  create-admin EMAIL NAME   create an administrator; the password comes from
                            ADMIN_PASSWORD or the first line of standard input
  backup FILE               SQLite: write a consistent copy of the site (it may keep
                            running) to the new file FILE; PostgreSQL: says how to use pg_dump
  restore FILE              load a backup into the empty database of DATABASE_URL
  export DIR                write every table as JSON Lines, with a manifest (versions,
                            row counts, checksums), into the new folder DIR
  import DIR                load an export into the empty database of DATABASE_URL (SQLite
                            or PostgreSQL), in one transaction
  help                      this text

Settings come from the environment (README.md, docs/operating.md).";

/// One command line, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Serve,
    Migrate,
    CreateAdmin { email: String, name: String },
    Backup(std::path::PathBuf),
    Restore(std::path::PathBuf),
    Export(std::path::PathBuf),
    Import(std::path::PathBuf),
    Help,
}

impl Command {
    pub fn parse(args: &[String]) -> Result<Command, String> {
        let words: Vec<&str> = args.iter().map(String::as_str).collect();
        match words.as_slice() {
            [] | ["serve"] => Ok(Command::Serve),
            ["migrate"] => Ok(Command::Migrate),
            ["create-admin", email, name] => Ok(Command::CreateAdmin {
                email: email.to_string(),
                name: name.to_string(),
            }),
            ["create-admin", ..] => Err("create-admin needs an e-mail address and a display name".into()),
            ["backup", file] => Ok(Command::Backup(file.into())),
            ["restore", file] => Ok(Command::Restore(file.into())),
            ["export", dir] => Ok(Command::Export(dir.into())),
            ["import", dir] => Ok(Command::Import(dir.into())),
            ["backup" | "restore", ..] => Err(format!("{} needs one file", words[0])),
            ["export" | "import", ..] => Err(format!("{} needs one folder", words[0])),
            ["help" | "--help" | "-h"] => Ok(Command::Help),
            [other, ..] => Err(format!("unknown command `{other}`")),
        }
    }
}

pub async fn run(command: Command, settings: &Settings) -> Result<(), Box<dyn std::error::Error>> {
    if let Some(seed) = settings.badge_signing_key {
        app::pathways::badges::signing::configure(seed);
    }
    match command {
        Command::Help => {
            println!("{HELP}");
            Ok(())
        }
        Command::Serve => {
            let db = db::connect(&settings.database_url).await?;
            db::prepare(&db, settings.demo_content).await?;
            crate::serve::serve(settings, db).await
        }
        Command::Migrate => {
            let db = db::connect(&settings.database_url).await?;
            db::prepare(&db, settings.demo_content).await?;
            println!("database migrated");
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let db = db::connect(&settings.database_url).await?;
            db::prepare(&db, settings.demo_content).await?;
            let password = match std::env::var("ADMIN_PASSWORD") {
                Ok(p) if !p.is_empty() => p,
                _ => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            let email = crate::admin_cli::create_admin(&db, &[email, name], &password).await?;
            println!("administrator {email} created");
            Ok(())
        }
        // The data commands never load the demo content: they move a site's own data.
        Command::Backup(file) => {
            let db = existing(&settings.database_url).await?;
            transfer::backup::backup(&db, &file).await?;
            println!("backup written to {}", file.display());
            if let Some(dir) = &settings.resource_files_dir {
                println!("resources' files are kept in {dir} (RESOURCE_FILES_DIR): copy that folder too");
            }
            Ok(())
        }
        Command::Restore(file) => {
            let db = db::connect(&settings.database_url).await?;
            let rows = transfer::backup::restore(&db, &file).await?;
            println!("{rows} rows restored from {}", file.display());
            Ok(())
        }
        Command::Export(dir) => {
            let db = existing(&settings.database_url).await?;
            let manifest = transfer::dump::export(&db, &dir).await?;
            let rows: u64 = manifest.tables.iter().map(|t| t.rows).sum();
            println!(
                "{} tables, {rows} rows exported to {} (content hash {})",
                manifest.tables.len(),
                dir.display(),
                manifest.content_hash
            );
            Ok(())
        }
        Command::Import(dir) => {
            let db = db::connect(&settings.database_url).await?;
            let manifest = transfer::load::import(&db, &dir).await?;
            let rows: u64 = manifest.tables.iter().map(|t| t.rows).sum();
            println!(
                "{} tables, {rows} rows imported from {} (content hash {})",
                manifest.tables.len(),
                dir.display(),
                manifest.content_hash
            );
            Ok(())
        }
    }
}

/// The database of a site that exists: a SQLite file that is not there is a mistake in
/// `DATABASE_URL` (connecting would create an empty one).
async fn existing(url: &str) -> Result<sea_orm::DatabaseConnection, Box<dyn std::error::Error>> {
    if let Some(path) = db::sqlite_file(url) {
        if !std::path::Path::new(&path).is_file() {
            return Err(format!("DATABASE_URL names the SQLite file {path}, which does not exist").into());
        }
    }
    Ok(db::connect(url).await?)
}

#[cfg(test)]
mod tests {
    use super::Command;

    fn parse(line: &str) -> Result<Command, String> {
        let args: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        Command::parse(&args)
    }

    #[test]
    fn parses_commands() {
        assert_eq!(parse(""), Ok(Command::Serve));
        assert_eq!(parse("migrate"), Ok(Command::Migrate));
        assert!(parse("create-admin a@b.org").is_err());
        assert_eq!(parse("export out"), Ok(Command::Export("out".into())));
        assert!(parse("import").is_err_and(|e| e.contains("folder")));
        assert!(parse("backup a b").is_err());
        assert!(parse("frobnicate").is_err_and(|e| e.contains("frobnicate")));
    }
}
