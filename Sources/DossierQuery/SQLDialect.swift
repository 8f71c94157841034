import DossierCorpus

/// The SQL engines a statement compiles for (`dossier sql --dialect`). They read the tables
/// of `dossier export` (docs/export.md): SQLite the database of `--format sqlite`, DuckDB
/// and Spark SQL the Parquet files, each table registered under its name.
public enum SQLDialect: String, CaseIterable, Sendable {
    case sqlite
    case duckdb
    case spark

    /// A column or table name. SQLite and DuckDB quote with double quotes, Spark with backticks.
    func name(_ identifier: String) -> String {
        self == .spark ? "`\(identifier)`" : "\"\(identifier)\""
    }

    /// A day: SQLite keeps dates as `YYYY-MM-DD` text, which sorts as the days do.
    func day(_ number: Int) -> String {
        let text = PartialDate(dayNumber: number).description
        return self == .sqlite ? "'\(text)'" : "DATE '\(text)'"
    }

    /// A boolean column's value: SQLite stores 0 and 1.
    func boolean(_ value: Bool) -> String {
        self == .sqlite ? (value ? "1" : "0") : (value ? "TRUE" : "FALSE")
    }

    func string(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "'", with: "''")
        return self == .spark ? "'" + escaped.replacingOccurrences(of: "\\", with: "\\\\") + "'" : "'\(escaped)'"
    }

    /// A text folded as DQL compares text (`NameKey`): curly apostrophes made straight,
    /// hyphens and dashes made `-`, runs of white space made one space, trimmed, lower case.
    /// Nil for SQLite, whose lower() folds only ASCII letters and which has no regular
    /// expressions to fold the spaces with.
    func key(_ expression: String) -> String? {
        guard self != .sqlite else { return nil }
        let apostrophes = "\u{2018}\u{2019}\u{201B}\u{02BC}`\u{00B4}"
        let dashes = "\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}\u{2212}\u{00AD}"
        // Unicode's White_Space, as Swift's `isWhitespace` reads it.
        let spaces = #"[\s\x{0B}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]+"#
        let translated = "translate(\(expression), \(string(apostrophes + dashes)), \(string(String(repeating: "'", count: 6) + String(repeating: "-", count: 8))))"
        return "trim(regexp_replace(lower(\(translated)), \(string(spaces)), ' '\(self == .duckdb ? ", 'g'" : "")))"
    }

    func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
