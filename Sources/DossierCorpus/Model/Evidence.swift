/// A phrase of an article that attests an event, located in the body.
public struct Evidence: Sendable {
    public var article: Int
    public var text: String
    /// UTF-8 byte range of the phrase in the article body.
    public var range: Range<Int>
    /// The sentence that holds the phrase, once sentences are known.
    public var sentence: Int?

    public init(article: Int, text: String, range: Range<Int>, sentence: Int? = nil) {
        self.article = article
        self.text = text
        self.range = range
        self.sentence = sentence
    }
}
