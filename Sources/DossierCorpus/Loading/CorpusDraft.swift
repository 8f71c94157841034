import DossierDiagnostics

/// What the loader read: articles, gazetteer and curated events, before extraction adds
/// sentences and the rest. Problems are listed, not thrown, so one bad file never stops the
/// others from loading.
public struct CorpusDraft: Sendable {
    public var name: String
    public var articles: [Article]
    public var entities: [Entity]
    public var events: [Event]
    public var problems: [Diagnostic]
}
