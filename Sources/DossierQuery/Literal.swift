import DossierCorpus
import DossierDiagnostics

/// A value written in a statement.
public struct Literal: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case string(String)
        case number(Double)
        case date(PartialDate)
        case bool(Bool)
        case null
        case parameter(String)
        case list([Literal])
    }

    public var kind: Kind
    public var span: SourceSpan
}
