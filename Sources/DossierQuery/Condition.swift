import DossierCorpus
import DossierDiagnostics

/// A condition of `where`, with `not` binding tighter than `and`, and `and` tighter than `or`.
/// A chain (`a or b or c`) is one node with its parts, two or more, so that a long chain is
/// flat and nothing walks it by recursion.
public indirect enum Condition: Sendable, Equatable {
    case or([Condition])
    case and([Condition])
    case not(Condition, SourceSpan)
    case comparison(Comparison)
}
