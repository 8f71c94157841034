/// A direct quotation and who said it, located in its article. Ids and offsets are stored
/// in 32 bits (see `Paragraph`) and read as `Int`.
public struct Quote: Sendable {
    /// The speaker's name as written (or the pronoun's antecedent), when it does not resolve.
    public var speakerName: String?
    private var storedSpeaker: Int32
    private var storedArticle: Int32
    private var storedSentence: Int32
    private var start: Int32
    private var end: Int32
    /// A short quoted phrase used as a scare quote or a title ("listening state", "Elbasy"),
    /// not the words of a speaker.
    public var fragment: Bool

    /// The speaker as an entity, when the name resolves through the gazetteer.
    public var speaker: Int? {
        get { storedSpeaker < 0 ? nil : Int(storedSpeaker) }
        set { storedSpeaker = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    public var article: Int {
        get { Int(storedArticle) }
        set { storedArticle = Int32(clamping: newValue) }
    }
    /// The sentence where the quotation opens.
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }
    /// UTF-8 byte range of the quoted words, without the quotation marks.
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set { (start, end) = (Int32(clamping: newValue.lowerBound), Int32(clamping: newValue.upperBound)) }
    }

    public init(speaker: Int?, speakerName: String?, article: Int, sentence: Int, range: Range<Int>, fragment: Bool) {
        self.speakerName = speakerName
        storedSpeaker = speaker.map { Int32(clamping: $0) } ?? -1
        storedArticle = Int32(clamping: article)
        storedSentence = Int32(clamping: sentence)
        start = Int32(clamping: range.lowerBound)
        end = Int32(clamping: range.upperBound)
        self.fragment = fragment
    }
}
