/// How `dossier export` writes the tables.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A folder with one CSV file per table (RFC 4180, a header line, null as an empty field).
    case csv
    /// A folder with one file of JSON lines per table, one object per row.
    case jsonl
    /// One SQLite database with a table per table, its key as primary key.
    case sqlite
    /// A folder with one Parquet file per table, written by the `duckdb` executable.
    case parquet
}
