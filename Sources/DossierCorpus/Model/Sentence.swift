/// A sentence of a paragraph, the unit every extracted fact points back to. Ids and
/// offsets are stored in 32 bits (see `Compact`).
public struct Sentence: Sendable {
    @Compact public var article: Int
    @Compact public var paragraph: Int
    /// Position in its article, from 0.
    @Compact public var index: Int
    /// UTF-8 byte range in the article body.
    @CompactRange public var range: Range<Int>
    /// The date the sentence speaks of, when it names one (absolute, or relative to the
    /// article's publication), and where that date is written.
    public var date: PartialDate?
    @CompactOptionalRange public var dateRange: Range<Int>? = nil

    public init(article: Int, paragraph: Int, index: Int, range: Range<Int>) {
        self.article = article
        self.paragraph = paragraph
        self.index = index
        self.range = range
    }
}
