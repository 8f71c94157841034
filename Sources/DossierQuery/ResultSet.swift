import DossierCorpus

/// What a statement returns: named columns and rows of values.
public struct ResultSet: Sendable {
    public var columns: [String]
    public var rows: [[Value]]
    /// The type of each column, when the table comes from fields (show, count by...): what
    /// a statement that starts from the table kept with `let` compares its values as.
    public var columnTypes: [FieldType]?

    public init(columns: [String], rows: [[Value]], columnTypes: [FieldType]? = nil) {
        self.columns = columns
        self.rows = rows
        self.columnTypes = columnTypes
    }
}
