import Dispatch
import DossierCorpus
import DossierDiagnostics

/// Why a corpus could not be loaded: one or more problems, each located.
public struct CorpusLoadError: Error, Sendable {
    public var problems: [Diagnostic]

    public init(problems: [Diagnostic]) {
        self.problems = problems
    }
}
