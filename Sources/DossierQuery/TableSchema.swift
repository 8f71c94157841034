import DossierCorpus

/// A table kept with `let` as a source of its own: one row per table row, one field per
/// column, so that any clause (where, sort, show, count by...) can follow its name, as
/// after the name of a source. Its fields read the kept table; nothing indexes it.
enum TableSchema {
    static func of(_ table: ResultSet, named name: String) -> SourceSchema {
        of(TableBox(table), named: name, summary: "the table kept as \(name)")
    }

    /// The table an earlier stage of the statement makes, read when the stage has run: its
    /// columns and their types are known now, its rows then.
    static func of(_ box: TableBox, named name: String, summary: String? = nil) -> SourceSchema {
        let table = box.table
        let fields = table.columns.enumerated().map { column, title -> Field in
            Field(title, type(of: column, in: table), "column \(column + 1) of \(name)") { _, row in
                let rows = box.table.rows
                return rows.indices.contains(row) && rows[row].indices.contains(column) ? rows[row][column] : .null
            }
        }
        var schema = SourceSchema(name: name, summary: summary ?? name, fields: fields, tableFields: table.columns,
                                  rowCount: { _ in box.table.rows.count }, examples: [])
        schema.isTable = true
        return schema
    }

    /// The column's type as the table says, else as its first value says. An enumeration
    /// compares as text here: its values are the table's, not the corpus's.
    private static func type(of column: Int, in table: ResultSet) -> FieldType {
        if let types = table.columnTypes, types.indices.contains(column) {
            return types[column] == .enumeration ? .text : types[column]
        }
        for row in table.rows where row.indices.contains(column) {
            switch row[column] {
            case .null: continue
            case .number: return .number
            case .date: return .date
            case .bool: return .boolean
            case .entity: return .entity
            case .list(let items):
                if case .entity? = items.first { return .entityList }
                return .textList
            default: return .text
            }
        }
        return .text
    }
}
