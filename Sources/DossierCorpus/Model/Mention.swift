/// A place in the text where an entity is named, under whatever surface form was used.
///
/// A big corpus has millions of mentions: ids and offsets are stored in 32 bits (see
/// `Paragraph`) and read as `Int`.
public struct Mention: Sendable {
    /// The entities an ambiguous surface form could name (empty when resolved).
    public var candidates: [Int]
    private var storedEntity: Int32
    private var storedArticle: Int32
    private var storedSentence: Int32
    private var start: Int32
    private var end: Int32

    /// The entity, when the surface form names exactly one.
    public var entity: Int? {
        get { storedEntity < 0 ? nil : Int(storedEntity) }
        set { storedEntity = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    public var article: Int {
        get { Int(storedArticle) }
        set { storedArticle = Int32(clamping: newValue) }
    }
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }
    /// UTF-8 byte range of the surface form in the article body.
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set { (start, end) = (Int32(clamping: newValue.lowerBound), Int32(clamping: newValue.upperBound)) }
    }

    public init(entity: Int?, candidates: [Int] = [], article: Int, sentence: Int, range: Range<Int>) {
        self.candidates = candidates
        storedEntity = entity.map { Int32(clamping: $0) } ?? -1
        storedArticle = Int32(clamping: article)
        storedSentence = Int32(clamping: sentence)
        start = Int32(clamping: range.lowerBound)
        end = Int32(clamping: range.upperBound)
    }
}
