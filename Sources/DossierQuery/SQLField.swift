/// How a field of a DQL source reads in SQL over the tables of `dossier export`. Columns are
/// named by the alias of their table: `t` the source's own, `a` its article, `s` its sentence.
enum SQLField: Sendable {
    /// A column: a number, a boolean, an enumeration, an id.
    case value(SQLColumn)
    /// A value computed from the row's columns, named as `name` renders them (a range's low
    /// end, a date's precision, an entity's count of mentions).
    case computed(@Sendable (_ name: (SQLColumn) -> String, SQLDialect) -> String)
    /// A date with its precision: the date as written (`2022-01`), its first and last day.
    /// `fallback` is the date used when the first is null (a sentence's date, else its
    /// article's publication).
    case date(text: SQLColumn, first: SQLColumn, last: SQLColumn, fallback: (text: SQLColumn, first: SQLColumn, last: SQLColumn)?)
    /// An entity's id; `written` is the text shown when there is none (a speaker named
    /// but not in the gazetteer).
    case entity(SQLColumn, written: SQLColumn?)
    /// Entities through a table of links, such as an event's actors: the link rows of the
    /// row (`table` aliased `l`, joined to the row on `on`), and the column with the entity.
    case entities(table: String, on: [(link: String, row: SQLColumn)], entity: String)
}

/// A column of a table of the query, by its alias.
struct SQLColumn: Sendable {
    let table: String
    let name: String

    init(_ table: String, _ name: String) {
        self.table = table
        self.name = name
    }
}
