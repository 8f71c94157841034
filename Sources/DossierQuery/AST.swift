import DossierCorpus

/// A name as written in a statement (a source, a field, a keyword), with where it was written.
public struct Name: Sendable, Equatable {
    public var text: String
    public var span: SourceSpan
}

/// One statement of a script or a REPL line.
public struct Statement: Sendable, Equatable {
    public var query: Query
    public var span: SourceSpan
}

/// `source clause*`: rows of a source, then each clause in order.
public struct Query: Sendable, Equatable {
    public var source: Name
    public var clauses: [Clause]
}

public enum Clause: Sendable, Equatable {
    /// `count`: one row with the number of rows.
    case count(SourceSpan)
    /// `limit N`: the first N rows.
    case limit(Int, SourceSpan)
}
