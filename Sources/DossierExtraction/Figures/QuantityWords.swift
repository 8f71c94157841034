/// The words around a number that say how it is meant (`Lexicon/quantity-words.tsv`):
/// qualifiers ("more than"), changes ("rose", "down"), what happened to the people counted
/// ("killed"), words of money ("price", "paid") and counters ("times").
struct QuantityWords: Sendable {
    enum Change: String, Sendable {
        case up, down
    }

    let qualifiers: PhraseMap<String>
    let changes: PhraseMap<Change>
    let outcomes: PhraseMap<String>
    let money: WordSet
    let counters: WordSet

    init(_ table: LexiconTable) {
        var qualifiers: [(String, String)] = []
        var changes: [(String, Change)] = []
        var outcomes: [(String, String)] = []
        var money = Set<String>()
        var counters = Set<String>()
        for row in table.rows {
            guard let phrase = row[0], let role = row[1] else { continue }
            switch role {
            case "qualifier": if let meaning = row[2] { qualifiers.append((phrase, meaning)) }
            case "change": if let change = row[2].flatMap(Change.init) { changes.append((phrase, change)) }
            case "outcome": if let meaning = row[2] { outcomes.append((phrase, meaning)) }
            case "money": money.insert(phrase)
            case "counter": counters.insert(phrase)
            default: continue
            }
        }
        self.qualifiers = PhraseMap(qualifiers)
        self.changes = PhraseMap(changes)
        self.outcomes = PhraseMap(outcomes)
        self.money = WordSet(money)
        self.counters = WordSet(counters)
    }
}
