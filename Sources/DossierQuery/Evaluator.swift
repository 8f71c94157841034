import DossierCorpus

/// Runs parsed statements over a corpus.
public struct Evaluator: Sendable {
    public let corpus: Corpus

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The rows of a query. `tableColumns` asks for the source's table columns instead of
    /// every field when the query does not choose its own.
    public func run(_ query: Query, tableColumns: Bool = false) -> ResultSet {
        guard let schema = Schema.source(named: query.source.text) else { return ResultSet(columns: [], rows: []) }
        var rows = Array(0..<schema.rowCount(corpus))
        var counted = false
        for clause in query.clauses {
            switch clause {
            case .limit(let n, _):
                rows = Array(rows.prefix(n))
            case .count:
                counted = true
            }
        }
        if counted {
            return ResultSet(columns: ["count"], rows: [[.number(Double(rows.count))]])
        }
        let fields = tableColumns ? schema.tableFields.compactMap(schema.field(named:)) : schema.fields
        return ResultSet(columns: fields.map(\.name),
                         rows: rows.map { row in fields.map { $0.value(corpus, row) } })
    }
}
