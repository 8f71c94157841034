import DossierCorpus

/// What a statement may refer to besides the schema: the corpus (with its indexes), the
/// named results of the session and the parameters given with `--param` or `.param`.
public struct Environment: Sendable {
    public var handle: CorpusHandle
    public var named: [String: NamedResult]
    public var parameters: [String: String]

    public init(handle: CorpusHandle, named: [String: NamedResult] = [:], parameters: [String: String] = [:]) {
        self.handle = handle
        self.named = named
        self.parameters = parameters
    }

    public var corpus: Corpus { handle.corpus }
}
