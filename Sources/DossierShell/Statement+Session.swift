import DossierQuery

/// What the session asks of a statement.
extension Statement {
    /// Whether the statement runs its query: all but a plain `explain` do.
    var runs: Bool {
        if case .explain(_, analyze: false) = kind { return false }
        return true
    }

    var query: Query {
        switch kind {
        case .query(let q), .let(_, let q), .explain(let q, _): return q
        }
    }
}
