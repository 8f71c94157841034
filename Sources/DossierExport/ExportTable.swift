/// A table of the export: its name, what a row is, its key, its columns, and how its rows
/// are read from a corpus (row by row, so that no table is held whole in memory).
public struct ExportTable: Sendable {
    public let name: String
    public let summary: String
    /// The columns whose values identify a row.
    public let key: [String]
    public let scope: ExportScope
    public let columns: [ExportColumn]
    let rows: @Sendable (ExportSource, ([ExportValue]) throws -> Void) throws -> Void

    init(_ name: String, _ summary: String, key: [String], scope: ExportScope, columns: [ExportColumn],
         rows: @escaping @Sendable (ExportSource, ([ExportValue]) throws -> Void) throws -> Void) {
        self.name = name
        self.summary = summary
        self.key = key
        self.scope = scope
        self.columns = columns
        self.rows = rows
    }
}
