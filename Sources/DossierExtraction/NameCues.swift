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
    /// leading "the" ("The U.S." -> "us"). Read on bytes for ASCII names: every start-up
    /// reads a thousand of them.
    static func key(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            var words = WordScanner.keys(of: String(name.filter { $0 != "." }))
            if words.first == "the", words.count > 1 { words.removeFirst() }
            return words.joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var space = false
        for b in name.utf8 {
            switch b {
            case 0x41...0x5A: if space && !bytes.isEmpty { bytes.append(0x20) }; space = false; bytes.append(b + 0x20)
            case 0x61...0x7A, 0x30...0x39, 0x27, 0x2D: if space && !bytes.isEmpty { bytes.append(0x20) }; space = false; bytes.append(b)
            case 0x2E: continue
            default: space = true
            }
        }
        if bytes.count > 4, bytes.starts(with: Array("the ".utf8)) { bytes.removeFirst(4) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The kind a place or country name has, if the vocabulary knows it.
    func place(_ words: [String]) -> EntityKind? {
        var keys = words
        if keys.first == "the", keys.count > 1 { keys.removeFirst() }
        return places[keys.joined(separator: " ").filter { $0 != "." }]
    }
}
