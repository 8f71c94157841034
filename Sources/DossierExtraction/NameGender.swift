/// The gender a person's name shows, the cue to which person a later "he" or "she" can
/// refer: a given name that almost always goes with one (`Lexicon/given-names.tsv`: "Hillary
/// Clinton", "Josh Earnest"), else the ending of a Slavic or Central Asian surname
/// (Nazarbayeva, Kudaibergenova, Tokayev, Masimov). Most names show neither.
enum NameGender: String, Equatable, Sendable {
    case feminine = "f", masculine = "m", unknown = ""

    /// The gender of a full name; `givenNames` holds lower-case given names.
    static func of(_ name: String, givenNames: WordMap<NameGender>) -> NameGender {
        let words = name.split(separator: " ")
        // A given name opens a name of two words or more: "Clinton" alone is a surname.
        if words.count >= 2, let first = words.first, let gender = givenNames[first.lowercased()] { return gender }
        return ofSurname(name)
    }

    /// The gender a surname shows by its ending alone.
    static func ofSurname(_ name: String) -> NameGender {
        guard let last = name.split(separator: " ").last?.split(separator: "-").last else { return .unknown }
        let surname = last.lowercased()
        if ["ova", "eva", "yeva", "ina", "skaya", "tskaya"].contains(where: surname.hasSuffix) { return .feminine }
        if ["ov", "ev", "yev", "in", "sky", "skiy", "skii"].contains(where: surname.hasSuffix) { return .masculine }
        return .unknown
    }
}
