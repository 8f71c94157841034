import DossierCorpus

/// `origin clause*`: rows of a source or a named result, then each clause in order.
public struct Query: Sendable, Equatable {
    public var origin: Name
    public var clauses: [Clause]
}
