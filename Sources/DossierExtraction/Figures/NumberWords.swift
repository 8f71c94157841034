/// Numbers written in words and the scales that multiply a number (`Lexicon/numbers.tsv`).
struct NumberWords: Sendable {
    enum Role: String, Sendable {
        case unit, teen, ten, hundred, scale, dozen, fraction, vague, abbrev
    }

    struct Entry: Sendable {
        var value: Double
        var role: Role
    }

    /// Words in lower case.
    let words: WordMap<Entry>
    /// Abbreviated scales, as written: "m", "bn", "K".
    let abbreviations: [String: Double]
    /// The first bytes of the words, to rule out most words with one comparison.
    let initials: ByteSet

    init(_ table: LexiconTable) {
        var words: [String: Entry] = [:]
        var abbreviations: [String: Double] = [:]
        for row in table.rows {
            guard let word = row[0], let value = row[1].flatMap(Double.init), let role = row[2].flatMap(Role.init) else { continue }
            if role == .abbrev {
                abbreviations[word] = value
            } else {
                words[word.lowercased()] = Entry(value: value, role: role)
            }
        }
        self.words = WordMap(words)
        self.abbreviations = abbreviations
        initials = ByteSet(words.keys.compactMap { $0.utf8.first })
    }

    @inline(__always)
    func entry(_ key: String) -> Entry? {
        guard let first = key.utf8.first, initials.contains(first) else { return nil }
        return words[key]
    }

    /// The entry of a word's key, with its hash already known.
    @inline(__always)
    func entry(_ word: WordScanner.Word) -> Entry? {
        guard let first = word.key.utf8.first, initials.contains(first) else { return nil }
        return words[word: word]
    }
}
