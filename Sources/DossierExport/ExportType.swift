/// The type of an exported column, as each format writes it.
public enum ExportType: String, CaseIterable, Sendable {
    case text
    case integer
    case real
    case boolean
    /// A calendar day, written `YYYY-MM-DD`.
    case date

    /// The column's type in SQLite, whose booleans are 0 and 1 and whose dates are ISO text.
    var sqlite: String {
        switch self {
        case .text, .date: return "TEXT"
        case .integer, .boolean: return "INTEGER"
        case .real: return "REAL"
        }
    }

    /// The column's type in DuckDB (and so in Parquet).
    var duckdb: String {
        switch self {
        case .text: return "VARCHAR"
        case .integer: return "BIGINT"
        case .real: return "DOUBLE"
        case .boolean: return "BOOLEAN"
        case .date: return "DATE"
        }
    }
}
