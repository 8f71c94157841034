import DossierCorpus

/// Finds names the gazetteer does not know: runs of capitalised words that no mention
/// covers, with a kind guessed from cues (a title before a person, an organisation word, a
/// known country or city), and the gazetteer entity a garbled form most likely stands for.
///
/// A capital that starts a sentence is no evidence of a name, and common words are never names.
struct NameFinder {
    struct Candidate {
        var text: String
        var kind: EntityKind
        var article: Int
        var sentence: Int
        var range: Range<Int>
    }

    static let personTitles: WordSet = ["president", "mr", "mrs", "ms", "dr", "professor", "prof", "minister", "premier",
                                            "senator", "general", "governor", "mayor", "chancellor", "king", "queen", "prince",
                                            "scientist", "analyst", "expert", "researcher", "journalist", "leader", "ruler", "dictator"]
    static let organizationWords: WordSet = ["organization", "organisation", "committee", "council", "party", "university",
                                                 "center", "centre", "centers", "institute", "ministry", "union", "agency", "bank",
                                                 "company", "group", "service", "foundation", "association", "house", "treaty",
                                                 "assembly", "parliament", "court", "army", "police", "corporation", "fund",
                                                 "college", "academy", "commission", "office", "embassy", "times", "guardian",
                                                 "reports", "news", "radio", "broadcaster", "watch", "front", "movement", "board",
                                                 "department", "authority", "administration", "government", "directorate"]
    static let countries: WordSet = ["kazakhstan", "russia", "china", "ukraine", "belarus", "armenia", "kyrgyzstan", "tajikistan",
                                         "uzbekistan", "turkmenistan", "georgia", "azerbaijan", "moldova", "germany", "france",
                                         "britain", "united kingdom", "united states", "america", "usa", "us", "u.s", "singapore",
                                         "turkey", "iran", "afghanistan", "india", "japan", "poland", "mongolia", "syria",
                                         "soviet union", "ussr", "european union", "eu", "kazakh ssr"]
    static let places: WordSet = ["moscow", "beijing", "washington", "london", "berlin", "paris", "almaty", "astana", "nur-sultan",
                                      "zhanaozen", "aktau", "shymkent", "taraz", "kyiv", "kiev", "minsk", "tashkent", "bishkek",
                                      "st petersburg", "st. petersburg", "brussels", "glasgow", "mangystau", "aktobe", "karaganda", "atyrau",
                                      "central asia", "europe", "asia", "siberia", "caucasus", "the west", "west", "east"]
    /// Capitalised words that are not names by themselves.
    static let common: WordSet = [
        "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as", "after",
        "before", "since", "during", "when", "while", "where", "what", "who", "why", "how", "this", "that", "these", "those",
        "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "there", "here", "then", "now", "so",
        "yet", "still", "also", "even", "however", "meanwhile", "instead", "although", "though", "because", "both", "all",
        "some", "many", "most", "no", "not", "one", "two", "first", "second", "third", "last", "new", "next", "other", "such",
        "every", "each", "more", "less", "only", "just", "moreover", "furthermore", "indeed", "thus", "therefore", "perhaps",
        "according", "despite", "unlike", "like", "among", "between", "under", "over", "into", "about", "until", "would",
        "could", "should", "may", "might", "will", "can", "must", "do", "does", "did", "is", "was", "are", "were", "be", "has",
        "have", "had", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "dec",
        "photograph", "featured", "more", "details", "home", "read", "source", "original", "leave", "reply", "required",
        "kazakh", "kazakhs", "russian", "russians", "chinese", "soviet", "western", "ukrainian", "american", "european",
        "german", "asian", "uzbek", "kyrgyz", "belarusian", "armenian", "islamic", "muslim", "christian", "communist",
        "christmas", "year", "yes", "asian", "african", "arab", "iranian", "indian", "turkish", "french", "british", "people",
        "political", "economic", "social", "national", "international", "global", "internal", "external", "northern",
        "southern", "eastern", "also", "let", "see", "why", "any", "very", "much", "well", "oh", "mr", "mrs", "ms", "dr", "president", "prime", "minister", "professor",
    ]

    /// The capitalised runs of a sentence that no mention covers.
    func candidates(in words: [WordScanner.Word], _ bytes: UnsafeBufferPointer<UInt8>,
                    covered: [Range<Int>], article: Int, sentence: Int) -> [Candidate] {
        var result: [Candidate] = []
        // A headline in title case capitalises every word: no evidence of names.
        let content = words.filter { !Self.titleCaseSmallWords.contains($0.key) }
        if words.count >= 3 && content.allSatisfy(\.capitalized) { return [] }
        var i = 0
        while i < words.count {
            guard isNameWord(words[i]), !isCovered(words[i].range, covered) else { i += 1; continue }
            var end = i
            while end + 1 < words.count, isNameWord(words[end + 1]) || (isConnector(words, end + 1) && hasOrganizationWord(words[i...end])),
                  !isCovered(words[end + 1].range, covered), joined(bytes, words[end], words[end + 1]) {
                end += 1
            }
            while end > i, isConnector(words, end) { end -= 1 }
            var start = i
            // Common words and adjectives ("Russian-led") at either end are not part of a name,
            // and a sentence-initial word is not a name on its own.
            while start <= end, isCommon(words[start]) || (start < end && Self.personTitles.contains(words[start].key)) { start += 1 }
            let adjectival = start <= end && isCommon(words[end])  // "Central Asian", "Russian-led"
            if start <= end && !adjectival {
                if !(start == 0 && start == end) {
                    let range = words[start].range.lowerBound..<words[end].range.upperBound
                    var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    if let base = words[end].base, words[end].key != base {
                        text = String(text.dropLast(words[end].key.count - base.count))  // "Tokayev’s" -> "Tokayev"
                    }
                    let before = start > 0 ? words[start - 1].key : ""
                    result.append(Candidate(text: text, kind: kind(of: words[start...end].map { $0.base ?? $0.key }, before: before),
                                            article: article, sentence: sentence, range: range))
                }
            }
            i = end + 1
        }
        return result
    }

    static let titleCaseSmallWords: WordSet = ["a", "an", "the", "in", "of", "on", "and", "for", "to", "at", "by", "as", "or", "with"]

    private func hasOrganizationWord(_ words: ArraySlice<WordScanner.Word>) -> Bool {
        words.contains { Self.organizationWords.contains($0.key) }
    }

    private func isCommon(_ word: WordScanner.Word) -> Bool {
        let key = word.base ?? word.key
        return Self.common.contains(key) || key.hasSuffix("-led") || key.hasSuffix("-based") || key.hasSuffix("-backed")
    }

    private func isNameWord(_ word: WordScanner.Word) -> Bool {
        guard word.capitalized, let first = word.key.first, !first.isNumber else { return false }
        return true
    }

    /// "of" and "the" inside a name: "Institute of World Economy", "Committee against Torture".
    private func isConnector(_ words: [WordScanner.Word], _ k: Int) -> Bool {
        ["of", "for", "against", "de", "the"].contains(words[k].key) && k + 1 < words.count && words[k + 1].capitalized
    }

    /// Separated by spaces only, or by ". " after "St" ("St. Petersburg").
    private func joined(_ bytes: UnsafeBufferPointer<UInt8>, _ a: WordScanner.Word, _ b: WordScanner.Word) -> Bool {
        let gap = a.range.upperBound..<b.range.lowerBound
        if ["st", "mt", "ft"].contains(a.key), gap.count == 2, bytes[gap.lowerBound] == 0x2E { return true }
        return gap.allSatisfy { bytes[$0] == 0x20 }
    }

    private func isCovered(_ range: Range<Int>, _ covered: [Range<Int>]) -> Bool {
        covered.contains { $0.overlaps(range) }
    }

    private func kind(of keys: [String], before: String) -> EntityKind {
        let whole = keys.joined(separator: " ")
        if Self.countries.contains(whole) { return .country }
        if Self.places.contains(whole) { return .place }
        if keys.contains(where: Self.organizationWords.contains) { return .organization }
        if Self.personTitles.contains(before) { return .person }
        if before == "of" { return .group }  // "a professor of Eurasian Studies"
        if keys.count >= 2 { return .person }
        if ["in", "to", "at", "from", "near", "across", "around"].contains(before) { return .place }
        return .group
    }

    /// Finds the gazetteer entity a garbled or variant form most likely names: by shared
    /// words, known synonym swaps of spun copies (Safety/Security, Group/Organization,
    /// Space/House), then edit distance. The gazetteer's forms are prepared once.
    struct Suggester {
        private let forms: [(entity: Int, words: Set<String>, count: Int, key: [Unicode.Scalar])]

        init(entities: [Entity]) {
            forms = entities.flatMap { entity in
                ([entity.name] + entity.aliases).map { form in
                    let words = NameFinder.normalizedWords(form)
                    return (entity.id, Set(words), words.count, Array(NameKey.of(form).unicodeScalars))
                }
            }
        }

        /// Nil when nothing is close.
        func suggestion(for text: String) -> Int? {
            let words = NameFinder.normalizedWords(text)
            guard !words.isEmpty else { return nil }
            let wordSet = Set(words)
            let key = Array(NameKey.of(text).unicodeScalars)
            var best: (id: Int, score: Double)?
            for form in forms {
                let shared = Double(wordSet.intersection(form.words).count)
                var score = shared / Double(max(words.count, form.count))
                if score < 0.5, key.count >= 5, abs(key.count - form.key.count) <= 2,
                   Suggestions.editDistance(key, form.key, limit: 2) <= 2 {
                    score = 0.6
                }
                if score >= 0.5, score > (best?.score ?? 0) { best = (form.entity, score) }
            }
            return best?.id
        }
    }

    static let synonyms: WordMap<String> = ["safety": "security", "group": "organization", "space": "house", "nationwide": "national",
                                             "protection": "defense", "college": "university", "birthday": "", "cupboard": "cabinet"]

    static func normalizedWords(_ text: String) -> [String] {
        WordScanner.keys(of: text).map { synonyms[$0] ?? $0 }.filter { !$0.isEmpty && !common.contains($0) }
    }
}
