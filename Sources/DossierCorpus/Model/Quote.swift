/// A direct quotation and who said it, located in its article. Ids and offsets are stored
/// in 32 bits (see `Compact`).
public struct Quote: Sendable {
    /// The speaker as an entity, when the name resolves through the gazetteer.
    @CompactOptional public var speaker: Int?
    /// The speaker's name as written (or the pronoun's antecedent, or the full name a surname
    /// stands for), when it does not resolve to an entity; for a role or an organization
    /// without an entity, the phrase as written ("a Western diplomatic source").
    public var speakerName: String?
    /// Person, organization or role; nil when the quotation has no speaker.
    public var speakerKind: SpeakerKind?
    @Compact public var article: Int
    /// The sentence where the quotation opens.
    @Compact public var sentence: Int
    /// UTF-8 byte range of the quoted words, without the quotation marks.
    @CompactRange public var range: Range<Int>
    /// A short quoted phrase used as a scare quote or a title ("listening state", "Elbasy"),
    /// not the words of a speaker.
    public var fragment: Bool

    public init(speaker: Int?, speakerName: String?, speakerKind: SpeakerKind? = nil, article: Int, sentence: Int,
                range: Range<Int>, fragment: Bool) {
        self.speaker = speaker
        self.speakerName = speakerName
        self.speakerKind = speakerKind
        self.article = article
        self.sentence = sentence
        self.range = range
        self.fragment = fragment
    }
}
