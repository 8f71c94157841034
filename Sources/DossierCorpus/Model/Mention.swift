/// A place in the text where an entity is named, under whatever surface form was used.
public struct Mention: Sendable {
    /// The entity, when the surface form names exactly one.
    public var entity: Int?
    /// The entities an ambiguous surface form could name (empty when resolved).
    public var candidates: [Int]
    public var article: Int
    public var sentence: Int
    /// UTF-8 byte range of the surface form in the article body.
    public var range: Range<Int>

    public init(entity: Int?, candidates: [Int] = [], article: Int, sentence: Int, range: Range<Int>) {
        self.entity = entity
        self.candidates = candidates
        self.article = article
        self.sentence = sentence
        self.range = range
    }
}
