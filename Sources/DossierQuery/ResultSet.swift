import DossierCorpus

/// What a statement returns: named columns and rows of values.
public struct ResultSet: Sendable {
    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}
