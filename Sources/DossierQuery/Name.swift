import DossierCorpus
import DossierDiagnostics

/// A name as written in a statement (a source, a field, a named result), with its place.
public struct Name: Sendable, Equatable {
    public var text: String
    public var span: SourceSpan
}
