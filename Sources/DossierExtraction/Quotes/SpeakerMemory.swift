/// What an article has said so far about who speaks, read in text order: the speakers and
/// the persons that open sentences (whom a later "he" or "she" may mean), the pronoun each
/// was called by, and the full names whose surname alone may stand for them later.
struct SpeakerMemory {
    /// Speakers and sentence subjects, most recent last, with their keys and the byte offset
    /// where each was named. A pronoun looks back a few names, not the whole article: the
    /// list keeps the latest `limit`.
    private var recent: [(speaker: Speaker, key: String, at: Int, spoke: Bool)] = []
    private static let limit = 24
    /// The pronoun each speaker was called by, by `Speaker.key`.
    private var pronouns: [String: String] = [:]
    /// Full names of persons by their last word in lower case: "weston" -> "Chris Weston".
    private(set) var fullNames: [String: String] = [:]
    /// Given names by gender, for "he" and "she".
    let givenNames: WordMap<NameGender>

    init(givenNames: WordMap<NameGender>) {
        self.givenNames = givenNames
    }

    /// A speaker (`spoke`) or a sentence's subject named at `offset`.
    mutating func named(_ speaker: Speaker, at offset: Int, spoke: Bool = false) {
        let key = speaker.key
        if let index = recent.lastIndex(where: { $0.key == key }) { recent.remove(at: index) }
        if recent.count >= Self.limit { recent.removeFirst() }
        recent.append((speaker, key, offset, spoke))
        if speaker.kind == .person, speaker.entity == nil, let name = speaker.name {
            let words = name.split(separator: " ")
            if words.count >= 2, let last = words.last { fullNames[last.lowercased()] = name }
        }
    }

    /// A person's full name seen before, noted for their surname alone.
    mutating func noteFullName(_ name: String) {
        let words = name.split(separator: " ")
        if words.count >= 2, let last = words.last, fullNames[last.lowercased()] == nil { fullNames[last.lowercased()] = name }
    }

    /// The full name a surname alone stands for, once the full name has appeared.
    func fullName(of surname: String) -> String? {
        fullNames[surname.lowercased()]
    }

    /// Whom a pronoun said before `offset` refers to: the most recent speaker or subject of
    /// the right kind that is not known by another pronoun, and for "he" and "she" whose
    /// given name or surname does not show the other gender (Hillary Clinton, Tokayev,
    /// Kudaibergenova). The last that fit comes first when they spoke (“...,” Anceschi said.
    /// “...,” he added.); else, among the last few that fit, one whose name shows the
    /// pronoun's gender, or who was called by it before. The pronoun is then remembered for them.
    mutating func resolve(_ pronoun: String, before offset: Int) -> Speaker? {
        let personal = pronoun == "he" || pronoun == "she"
        let candidates = recent.filter { $0.at < offset }.reversed()
        let bindings = pronouns
        let givenNames = givenNames
        let wanted: NameGender = pronoun == "he" ? .masculine : .feminine
        // Each candidate with the gender its name shows, read once.
        let fitting = candidates.lazy.compactMap { candidate -> (speaker: Speaker, spoke: Bool, gender: NameGender)? in
            guard personal else { return candidate.speaker.kind != .person ? (candidate.speaker, candidate.spoke, .unknown) : nil }
            guard candidate.speaker.kind == .person else { return nil }
            if let bound = bindings[candidate.key], bound != pronoun { return nil }
            let gender = NameGender.of(candidate.speaker.name ?? "", givenNames: givenNames)
            guard gender == .unknown || gender == wanted else { return nil }
            return (candidate.speaker, candidate.spoke, gender)
        }
        let sure = { (candidate: (speaker: Speaker, spoke: Bool, gender: NameGender)) -> Bool in
            bindings[candidate.speaker.key] == pronoun || candidate.gender == wanted
        }
        let preferred = personal && fitting.first?.spoke == false ? fitting.prefix(3).first(where: sure) : nil
        guard let match = (preferred ?? fitting.first)?.speaker else { return nil }
        if personal { pronouns[match.key] = pronoun }
        return match
    }

    /// Binds a pronoun to a speaker (the name written in the sentence just before it).
    mutating func refer(_ speaker: Speaker, as pronoun: String) {
        pronouns[speaker.key] = pronoun
    }

    func isKnown(_ speaker: Speaker, asOther pronoun: String) -> Bool {
        pronouns[speaker.key].map { $0 != pronoun } ?? false
    }
}
