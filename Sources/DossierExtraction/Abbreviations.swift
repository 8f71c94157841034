/// Words whose full stop does not end a sentence (`Lexicon/abbreviations.tsv`): titles
/// ("Rev.", "Sen."), months ("Jan."), US states ("Wis.", "N.C.") and others ("Inc.", "e.g.").
struct Abbreviations: Sendable {
    /// Abbreviations that count however they are written, in lower case.
    private let anyCase: WordSet
    /// Abbreviations that count only when written with a capital: states such as "Ill." and
    /// "Miss.", which written in lower case are words that may end a sentence.
    private let capitalOnly: WordSet

    init(_ table: LexiconTable) {
        var anyCase = Set<String>()
        var capitalOnly = Set<String>()
        for row in table.rows {
            guard let word = row[0]?.lowercased(), let kind = row[1] else { continue }
            if kind == "state" { capitalOnly.insert(word) } else { anyCase.insert(word) }
        }
        self.anyCase = WordSet(anyCase)
        self.capitalOnly = WordSet(capitalOnly)
    }

    /// Whether `word` (lower case, without its stop) is an abbreviation, written with a
    /// capital first letter or not.
    func contains(_ word: String, capitalized: Bool) -> Bool {
        anyCase.contains(word) || (capitalized && capitalOnly.contains(word))
    }
}
