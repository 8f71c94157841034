/// A block of the body separated from the next by a blank line. Ids and offsets are stored
/// in 32 bits (see `Compact`).
public struct Paragraph: Sendable {
    @Compact public var article: Int
    /// Position in its article, from 0.
    @Compact public var index: Int
    /// UTF-8 byte range in the article body.
    @CompactRange public var range: Range<Int>
    /// Why the paragraph is scraper residue (a photo credit, a comment form...), or nil.
    public var boilerplate: String?

    public init(article: Int, index: Int, range: Range<Int>) {
        self.article = article
        self.index = index
        self.range = range
    }
}
