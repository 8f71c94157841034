import DossierCorpus

/// What tells the kind of a name or a noun phrase, read from the vocabulary: titles and
/// role nouns of persons (`Lexicon/titles.tsv`), head nouns of organizations and groups
/// (`Lexicon/kind-cues.tsv`), countries and places (`Lexicon/places.tsv`) and the adjectives
/// of nationality (`Lexicon/nationalities.tsv`).
struct NameCues: Sendable {
    enum Title: String, Sendable {
        case honorific, office, role
    }

    /// Titles and role nouns, in lower case without full stops.
    let titles: WordMap<Title>
    /// Head nouns of organizations ("ministry", "daily") and groups ("protesters").
    let kinds: WordMap<EntityKind>
    /// Countries and places by every form, in lower case: "kazakhstan", "u.s.", "almaty".
    let places: [String: EntityKind]
    /// The longest place name in words.
    let longestPlace: Int
    /// Nationality and regional adjectives, in lower case: "kazakh", "russian", "western".
    let nationalities: WordSet

    init(titles titleTable: LexiconTable, kinds kindTable: LexiconTable, places placeTable: LexiconTable,
         nationalities nationalityTable: LexiconTable) {
        var titles: [String: Title] = [:]
        for row in titleTable.rows {
            if let word = row[0]?.lowercased(), let title = row[1].flatMap(Title.init) { titles[word] = title }
        }
        self.titles = WordMap(titles)
        var kinds: [String: EntityKind] = [:]
        for row in kindTable.rows {
            if let word = row[0]?.lowercased(), let kind = row[1].flatMap(EntityKind.init) { kinds[word] = kind }
        }
        self.kinds = WordMap(kinds)
        var places: [String: EntityKind] = [:]
        var longest = 1
        for row in placeTable.rows {
            guard let name = row[0], let kind = row[1].flatMap(EntityKind.init) else { continue }
            for form in [name] + row.forms(2) {
                let key = NameCues.key(form)
                if places[key] == nil { places[key] = kind }
                longest = max(longest, key.split(separator: " ").count)
            }
        }
        self.places = places
        longestPlace = longest
        nationalities = WordSet(Set(nationalityTable.rows.compactMap { $0[0]?.lowercased() }))
    }

    /// A name's words as keys: lower case, joined by one space, without full stops and a
    /// leading "the" ("The U.S." -> "us").
    static func key(_ name: String) -> String {
        var words = WordScanner.keys(of: name.replacingOccurrences(of: ".", with: ""))
        if words.first == "the", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The kind a place or country name has, if the vocabulary knows it.
    func place(_ words: [String]) -> EntityKind? {
        var keys = words
        if keys.first == "the", keys.count > 1 { keys.removeFirst() }
        return places[keys.joined(separator: " ").replacingOccurrences(of: ".", with: "")]
    }
}

extension String {
    /// The text with every `target` replaced by `replacement` (both short and ASCII).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
