import DossierCorpus
import DossierDiagnostics

/// A name as written in a statement (a source, a field, a named result), with its place.
/// Where a field goes, it may stand for a computed column: `text` is then the column's name
/// (what follows `as`, else the expression as written).
public struct Name: Sendable, Equatable {
    public var text: String
    public var span: SourceSpan
    public var expression: Expression? = nil
}
