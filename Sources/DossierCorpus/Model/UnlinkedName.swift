/// A name the text uses that the gazetteer does not link: a candidate entity, or a garbled
/// variant of a known one (then `suggestion` says which), for a curator to add as an alias.
public struct UnlinkedName: Sendable {
    /// The form as first written.
    public var text: String
    public var kind: EntityKind
    /// Each place it occurs: article, sentence, byte range.
    public var occurrences: [(article: Int, sentence: Int, range: Range<Int>)]
    /// The entity it most likely stands for, when one is close.
    public var suggestion: Int?

    public init(text: String, kind: EntityKind, occurrences: [(article: Int, sentence: Int, range: Range<Int>)], suggestion: Int?) {
        self.text = text
        self.kind = kind
        self.occurrences = occurrences
        self.suggestion = suggestion
    }
}
