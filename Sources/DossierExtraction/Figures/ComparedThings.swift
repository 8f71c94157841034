/// The things whose figures are compared across articles (`Lexicon/compared-things.tsv`):
/// a counted or measured noun and the class it belongs to ("paratroopers" are troops).
struct ComparedThings: Sendable {
    let classes: WordMap<String>

    init(_ table: LexiconTable) {
        var classes: [String: String] = [:]
        for row in table.rows {
            guard let word = row[0]?.lowercased(), let kind = row[1] else { continue }
            classes[word] = kind
        }
        self.classes = WordMap(classes)
    }

    /// The class of a noun as written ("Soldiers" -> troops), nil when it is not compared.
    func kind(of noun: String) -> String? {
        classes[noun.lowercased().replacingApostrophes()]
    }
}
