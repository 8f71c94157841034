/// One place where the text uses a name that the gazetteer does not link, as extraction
/// found it in one article, before the names of the whole corpus are joined.
public struct NameOccurrence: Sendable {
    public var text: String
    public var kind: EntityKind
    public var article: Int
    public var sentence: Int
    public var range: Range<Int>

    public init(text: String, kind: EntityKind, article: Int, sentence: Int, range: Range<Int>) {
        (self.text, self.kind, self.article, self.sentence, self.range) = (text, kind, article, sentence, range)
    }
}
