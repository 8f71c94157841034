import DossierCorpus

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
