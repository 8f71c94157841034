import DossierCorpus
import DossierDiagnostics

/// One statement of a script or a REPL entry.
public struct Statement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case query(Query)
        /// `let NAME = query`: keeps the result under a name, prints nothing.
        case `let`(Name, Query)
        /// `explain query`: prints the parse tree, the logical plan and the physical plan
        /// instead of running it; `explain analyze query` runs it and adds what each
        /// operator of the physical plan passed on, and how long it took.
        case explain(Query, analyze: Bool)
    }

    public var kind: Kind
    public var span: SourceSpan
}
