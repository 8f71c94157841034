/// The grammatical words of English that tell where a noun phrase ends, and the plurals
/// without -s (`Lexicon/english.tsv`).
struct EnglishWords: Sendable {
    enum Class: String, Sendable {
        case determiner, possessive, preposition, conjunction, pronoun, auxiliary, relative, adverb, plural, common
    }

    let classes: WordMap<Class>

    init(_ table: LexiconTable) {
        var classes: [String: Class] = [:]
        for row in table.rows {
            guard let word = row[0]?.lowercased(), let kind = row[1].flatMap(Class.init) else { continue }
            if classes[word] == nil { classes[word] = kind }
        }
        self.classes = WordMap(classes)
    }

    /// A word that is not part of a noun phrase's modifiers and head: a determiner, a
    /// preposition, a conjunction, a pronoun, an auxiliary, a relative or an adverb.
    @inline(__always)
    func isGrammatical(_ key: String) -> Bool {
        guard let kind = classes[key] else { return false }
        return kind != .plural && kind != .common
    }

    /// A word that is never a name by itself, capitalised or not: a grammatical word, or a
    /// common word that opens sentences and headings ("However", "Featured").
    func isCommon(_ key: String) -> Bool {
        classes[key] != nil && classes[key] != .plural
    }

    /// A plural noun: one of the table's plurals without -s, else a word ending in -s but
    /// not in -ss, -us, -is or an apostrophe s, of four letters or more.
    func looksPlural(_ key: String) -> Bool {
        if let kind = classes[key] { return kind == .plural }
        let utf8 = Array(key.utf8)
        guard utf8.count >= 4, utf8[utf8.count - 1] == 0x73 else { return false }
        let before = utf8[utf8.count - 2]
        return before != 0x73 && before != 0x75 && before != 0x69 && before != 0x27
    }
}
