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
