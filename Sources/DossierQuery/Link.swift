import DossierCorpus

/// A relation from each row of a source to rows of another: a quotation to its speaker, a
/// figure to its sentence, an event to its evidence. A dotted path in a statement follows
/// it (`speaker.description`, `sentence.text`, `evidence.text`; see `FieldPath`).
struct Link: Sendable {
    /// The name the path starts with, and other spellings of it.
    var name: String
    var synonyms: [String] = []
    /// The source its rows belong to.
    var target: String
    /// Whether a row may lead to several (an event's actors): the path then gives a list.
    var many: Bool
    /// The rows of `target` that a row leads to, in order.
    let rows: @Sendable (Corpus, Int) -> [Int]
    /// For a link to at most one row: that row, read without making a list.
    let one: (@Sendable (Corpus, Int) -> Int?)?

    /// A link to several rows (an event's actors, its evidence).
    init(_ name: String, synonyms: [String] = [], to target: String, many rows: @escaping @Sendable (Corpus, Int) -> [Int]) {
        self.name = name
        self.synonyms = synonyms
        self.target = target
        self.many = true
        self.rows = rows
        self.one = nil
    }

    /// A link to at most one row (a quotation's speaker, a figure's sentence).
    init(_ name: String, synonyms: [String] = [], to target: String, one: @escaping @Sendable (Corpus, Int) -> Int?) {
        self.name = name
        self.synonyms = synonyms
        self.target = target
        self.many = false
        self.rows = { corpus, row in one(corpus, row).map { [$0] } ?? [] }
        self.one = one
    }

    func isNamed(_ word: String) -> Bool {
        name == word || synonyms.contains(word)
    }
}
