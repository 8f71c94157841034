import DossierCorpus

/// A set of word keys that answers "no" fast: most words of a text are in none of the
/// extractor's small vocabularies (months, units, speech verbs...), and a 64-bit FNV hash
/// checked against a bit table rules them out without Swift's string hashing. A "maybe"
/// goes on to the real set, so the answer is always exact.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256)  // 16,384 bits

    init<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys {
            let h = WordFilter.hash(key)
            bits[Int(h >> 6) & 0xFF] |= 1 << (h & 63)
        }
    }

    @inline(__always)
    func mayContain(_ key: String) -> Bool {
        mayContain(hash: WordFilter.hash(key))
    }

    /// With the key's hash already known (`WordScanner.Word.hash`).
    @inline(__always)
    func mayContain(hash h: UInt64) -> Bool {
        bits[Int(h >> 6) & 0xFF] & (1 << (h & 63)) != 0
    }

    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        FNV.hash(key)
    }
}

/// `Set<String>` with a `WordFilter` in front.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    private let filter: WordFilter

    init(_ words: Set<String>) {
        self.words = words
        filter = WordFilter(words)
    }

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    @inline(__always)
    func contains(_ key: String) -> Bool {
        filter.mayContain(key) && words.contains(key)
    }

    /// Whether the set holds a word's key.
    @inline(__always)
    func contains(_ word: WordScanner.Word) -> Bool {
        filter.mayContain(hash: word.hash) && words.contains(word.key)
    }

    /// Whether the set holds a word's base (its key without a possessive ending), else its key.
    @inline(__always)
    func containsBase(_ word: WordScanner.Word) -> Bool {
        guard let base = word.base else { return contains(word) }
        return filter.mayContain(hash: word.baseHash) && words.contains(base)
    }

    func subtracting(_ other: Set<String>) -> WordSet {
        WordSet(words.subtracting(other))
    }

    func union(_ other: Set<String>) -> WordSet {
        WordSet(words.union(other))
    }
}

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
