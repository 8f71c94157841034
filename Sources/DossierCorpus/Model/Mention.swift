/// A place in the text where an entity is named, under whatever surface form was used. Ids
/// and offsets are stored in 32 bits (see `Compact`).
public struct Mention: Sendable {
    /// The entity, when the surface form names exactly one.
    @CompactOptional public var entity: Int?
    /// The entities an ambiguous surface form could name (empty when resolved).
    public var candidates: [Int]
    @Compact public var article: Int
    @Compact public var sentence: Int
    /// UTF-8 byte range of the surface form in the article body.
    @CompactRange public var range: Range<Int>

    public init(entity: Int?, candidates: [Int] = [], article: Int, sentence: Int, range: Range<Int>) {
        self.entity = entity
        self.candidates = candidates
        self.article = article
        self.sentence = sentence
        self.range = range
    }
}
