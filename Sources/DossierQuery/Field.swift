import DossierCorpus

/// A field of a source: its name (the JSON key), type, meaning and how to read it from a row.
public struct Field: Sendable {
    public var name: String
    public var type: FieldType
    public var summary: String
    /// Other spellings the language accepts, such as `actor` for `actors`.
    public var synonyms: [String]
    /// What the field computes, for the indexes built on it: its name, or for a column
    /// renamed with `as`, the path or expression it stands for.
    var key: String
    public let value: @Sendable (Corpus, Int) -> Value
    /// For text that is a stretch of an article (a sentence, a quote): where it lies, so
    /// that `contains` can search the article's bytes instead of copying the text out.
    let slice: (@Sendable (Corpus, Int) -> (article: Int, range: Range<Int>))?

    init(_ name: String, _ type: FieldType, _ summary: String, synonyms: [String] = [],
         slice: (@Sendable (Corpus, Int) -> (article: Int, range: Range<Int>))? = nil,
         value: @escaping @Sendable (Corpus, Int) -> Value) {
        self.slice = slice
        self.name = name
        self.type = type
        self.summary = summary
        self.synonyms = synonyms
        self.key = name
        self.value = value
    }
}
