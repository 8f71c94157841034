import DossierCorpus

public struct SortKey: Sendable, Equatable {
    public var field: Name
    public var descending: Bool
}
