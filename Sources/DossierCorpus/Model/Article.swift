import DossierDiagnostics

/// One article of the corpus: its metadata from the front matter and its body text.
///
/// The body is kept whole; paragraphs and sentences point into it by UTF-8 byte range, so
/// every result can be traced back to the exact bytes it came from.
public struct Article: Sendable {
    public var id: String
    public var title: String?
    /// The outlet.
    public var source: String?
    public var author: String?
    public var published: PartialDate?
    /// Original language, ISO 639-1.
    public var language: String?
    /// True when the text is a translation or a machine-rewritten copy.
    public var translated: Bool?
    public var url: String?
    public var notes: String?

    /// The file it was read from, as shown in messages (relative to the corpus directory).
    public var file: String
    /// The 1-based line of the file on which the body starts.
    public var bodyLine: Int
    public var body: ArticleText
    /// Words in the body (runs of letters or digits).
    public var words: Int

    /// Positions of this article's paragraphs and sentences in the corpus-wide arrays.
    public var paragraphs: Range<Int> = 0..<0
    public var sentences: Range<Int> = 0..<0

    /// Where the id was written, for a message about a duplicate id.
    var idSpan: SourceSpan?
    var idLineText: String?

    public init(id: String, file: String, bodyLine: Int, body: String) {
        self.id = id
        self.file = file
        self.bodyLine = bodyLine
        self.body = ArticleText(body)
        self.words = Article.countWords(body)
    }

    /// An article whose words were counted before (read back from a snapshot).
    init(id: String, file: String, bodyLine: Int, body: ArticleText, words: Int) {
        self.id = id
        self.file = file
        self.bodyLine = bodyLine
        self.body = body
        self.words = words
    }

    /// The text of a byte range of the body.
    public func text(_ range: Range<Int>) -> String {
        body.text(range)
    }

    /// Counts runs of letters and digits (bytes >= 0x80 count as letters, so any script counts).
    static func countWords(_ text: String) -> Int {
        text.withBytes { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                let isWordByte = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80
                if isWordByte && !inWord { count += 1 }
                inWord = isWordByte || (inWord && (byte == 0x27 || byte == 0x2D))
            }
            return count
        }
    }
}
