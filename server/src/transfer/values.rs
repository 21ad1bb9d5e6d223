//! One column's value between a database row, a JSON Lines file and an insert: what kind of
//! value a column holds (from its entity's column type), how it is read, written as JSON, and
//! bound again. Times are written to the microsecond (what PostgreSQL keeps), so an export of
//! the same rows says the same on both databases; bytes are base64.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use sea_orm::sea_query::ColumnType;
use sea_orm::{DbErr, QueryResult, Value};
use serde_json::Value as Json;

/// The kinds of value the site's tables hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Int,
    BigInt,
    Bool,
    Double,
    Time,
    Date,
    Json,
    Bytes,
}

impl Kind {
    pub fn of(column: &ColumnType) -> Option<Kind> {
        Some(match column {
            ColumnType::Char(_) | ColumnType::String(_) | ColumnType::Text | ColumnType::Enum { .. } => {
                Kind::Text
            }
            ColumnType::TinyInteger | ColumnType::SmallInteger | ColumnType::Integer => Kind::Int,
            ColumnType::BigInteger => Kind::BigInt,
            ColumnType::Boolean => Kind::Bool,
            ColumnType::Float | ColumnType::Double => Kind::Double,
            ColumnType::DateTime | ColumnType::Timestamp | ColumnType::TimestampWithTimeZone => Kind::Time,
            ColumnType::Date => Kind::Date,
            ColumnType::Json | ColumnType::JsonBinary => Kind::Json,
            ColumnType::Blob | ColumnType::Binary(_) | ColumnType::VarBinary(_) => Kind::Bytes,
            _ => return None,
        })
    }
}

/// Column `name` of `row`, as JSON.
pub fn read(row: &QueryResult, name: &str, kind: Kind) -> Result<Json, DbErr> {
    let value = match kind {
        Kind::Text => row.try_get::<Option<String>>("", name)?.map(Json::String),
        Kind::Int => row.try_get::<Option<i32>>("", name)?.map(Json::from),
        Kind::BigInt => row.try_get::<Option<i64>>("", name)?.map(Json::from),
        Kind::Bool => row.try_get::<Option<bool>>("", name)?.map(Json::Bool),
        Kind::Double => row
            .try_get::<Option<f64>>("", name)?
            .and_then(serde_json::Number::from_f64)
            .map(Json::Number),
        Kind::Time => row
            .try_get::<Option<DateTime<Utc>>>("", name)?
            .map(|t| Json::String(t.to_rfc3339_opts(SecondsFormat::Micros, true))),
        Kind::Date => row
            .try_get::<Option<NaiveDate>>("", name)?
            .map(|d| Json::String(d.to_string())),
        Kind::Json => row.try_get::<Option<Json>>("", name)?,
        Kind::Bytes => row
            .try_get::<Option<Vec<u8>>>("", name)?
            .map(|b| Json::String(STANDARD.encode(b))),
    };
    Ok(value.unwrap_or(Json::Null))
}

/// A JSON value as the value to bind for a column of `kind`; the reason when it cannot be.
pub fn bind(json: &Json, kind: Kind) -> Result<Value, String> {
    let wrong = || format!("expected {kind:?}, found {json}");
    Ok(match (kind, json) {
        (Kind::Text, Json::Null) => Option::<String>::None.into(),
        (Kind::Text, Json::String(s)) => Some(s.clone()).into(),
        (Kind::Int, Json::Null) => Option::<i32>::None.into(),
        (Kind::Int, Json::Number(n)) => {
            Some(n.as_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(wrong)?).into()
        }
        (Kind::BigInt, Json::Null) => Option::<i64>::None.into(),
        (Kind::BigInt, Json::Number(n)) => Some(n.as_i64().ok_or_else(wrong)?).into(),
        (Kind::Bool, Json::Null) => Option::<bool>::None.into(),
        (Kind::Bool, Json::Bool(b)) => Some(*b).into(),
        (Kind::Double, Json::Null) => Option::<f64>::None.into(),
        (Kind::Double, Json::Number(n)) => Some(n.as_f64().ok_or_else(wrong)?).into(),
        (Kind::Time, Json::Null) => Option::<DateTime<Utc>>::None.into(),
        (Kind::Time, Json::String(s)) => Some(
            DateTime::parse_from_rfc3339(s)
                .map_err(|e| format!("{s}: {e}"))?
                .with_timezone(&Utc),
        )
        .into(),
        (Kind::Date, Json::Null) => Option::<NaiveDate>::None.into(),
        (Kind::Date, Json::String(s)) => {
            Some(s.parse::<NaiveDate>().map_err(|e| format!("{s}: {e}"))?).into()
        }
        (Kind::Json, Json::Null) => Option::<Json>::None.into(),
        (Kind::Json, other) => Some(other.clone()).into(),
        (Kind::Bytes, Json::Null) => Option::<Vec<u8>>::None.into(),
        (Kind::Bytes, Json::String(s)) => {
            Some(STANDARD.decode(s).map_err(|e| format!("base64: {e}"))?).into()
        }
        _ => return Err(wrong()),
    })
}

#[cfg(test)]
mod tests {
    use super::{bind, Kind};
    use serde_json::json;

    #[test]
    fn binds_what_it_reads_and_names_what_it_cannot() {
        assert!(bind(&json!("2026-12-07T10:00:00.123456Z"), Kind::Time).is_ok());
        assert!(bind(&json!("yesterday"), Kind::Time).is_err_and(|e| e.contains("yesterday")));
        assert!(
            bind(&json!(3_000_000_000_i64), Kind::Int).is_err(),
            "beyond 32 bits"
        );
        assert!(bind(&json!("aGVsbG8="), Kind::Bytes).is_ok());
        assert!(bind(&json!("not base64!"), Kind::Bytes).is_err());
        assert!(bind(&json!(true), Kind::Text).is_err());
        assert!(bind(&json!(null), Kind::Bool).is_ok());
    }
}
