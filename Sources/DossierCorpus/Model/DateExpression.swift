/// A date the text names, where it names it: "January 11, 2022", "on Friday", "last
/// month", resolved to a calendar date with its precision. Ids and offsets are stored in 32
/// bits (see `Compact`).
public struct DateExpression: Sendable {
    public var date: PartialDate
    /// Resolved against the article's publication or an earlier date of the article ("on
    /// Friday", "the following day"), rather than written in full.
    public var relative: Bool
    @Compact public var article: Int
    @Compact public var sentence: Int
    /// UTF-8 byte range of the words that give the date.
    @CompactRange public var range: Range<Int>

    public init(date: PartialDate, relative: Bool, article: Int, sentence: Int, range: Range<Int>) {
        self.date = date
        self.relative = relative
        self.article = article
        self.sentence = sentence
        self.range = range
    }
}
