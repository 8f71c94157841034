import DossierCorpus

/// `[String: Value]` with a `WordFilter` in front.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    let entries: [String: Value]
    private let filter: WordFilter

    init(_ entries: [String: Value]) {
        self.entries = entries
        filter = WordFilter(entries.keys)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    @inline(__always)
    subscript(key: String) -> Value? {
        filter.mayContain(key) ? entries[key] : nil
    }

    /// The value of a word's key.
    @inline(__always)
    subscript(word word: WordScanner.Word) -> Value? {
        filter.mayContain(hash: word.hash) ? entries[word.key] : nil
    }
}
